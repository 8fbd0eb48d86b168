// Stub of userver-framework/userver core/include/userver/engine/task/task.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25),
// Generation 3 (USERVER_STUB_MAJOR >= 3, see stub_namespace.hpp): the userver.tech v3.x
// docs list "void engine::DetachUnscopedUnsafe(Task&& task)" in this header and no longer
// the member `void Detach() &&` (which exists up to v2.x, checked at the commit above).
#pragma once

#include <userver/stub_namespace.hpp>

#include <userver/engine/task/task_base.hpp>

USERVER_NAMESPACE_BEGIN

namespace engine {

/// Move-only task; the destructor cancels the task and waits for it if still valid.
class [[nodiscard]] Task : public TaskBase {
public:
    Task();
    ~Task();

    Task(Task&& other) noexcept;
    Task& operator=(Task&& other) noexcept;

    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;

#if USERVER_STUB_MAJOR < 3
    /// userver <= v2.x only (removed in newer releases, see DetachUnscopedUnsafe).
    void Detach() &&;
#endif

    impl::ContextAccessor* TryGetContextAccessor() noexcept;

protected:
    explicit Task(impl::TaskContextHolder&& context);
};

#if USERVER_STUB_MAJOR >= 3
/// Newer userver (current docs / v3.x): detaches the task, it keeps running unscoped.
void DetachUnscopedUnsafe(Task&& task);
#endif

}  // namespace engine

USERVER_NAMESPACE_END
