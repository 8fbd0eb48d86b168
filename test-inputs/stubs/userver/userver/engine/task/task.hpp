// Stub of userver-framework/userver core/include/userver/engine/task/task.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25),
// plus engine::DetachUnscopedUnsafe from newer userver (userver.tech docs, current and v3.x:
// "void engine::DetachUnscopedUnsafe(Task&& task)" in this header).
// NOTE: the member `void Detach() &&` exists up to v2.x (checked at the commit above) and
// is absent from the current docs (replaced by DetachUnscopedUnsafe). Both are stubbed
// so tests can cover either API generation.
#pragma once

#include <userver/engine/task/task_base.hpp>

namespace userver::engine {

/// Move-only task; the destructor cancels the task and waits for it if still valid.
class [[nodiscard]] Task : public TaskBase {
public:
    Task();
    ~Task();

    Task(Task&& other) noexcept;
    Task& operator=(Task&& other) noexcept;

    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;

    /// userver <= v2.x only (removed in newer releases, see DetachUnscopedUnsafe).
    void Detach() &&;

    impl::ContextAccessor* TryGetContextAccessor() noexcept;

protected:
    explicit Task(impl::TaskContextHolder&& context);
};

/// Newer userver (current docs / v3.x): detaches the task, it keeps running unscoped.
void DetachUnscopedUnsafe(Task&& task);

}  // namespace userver::engine
