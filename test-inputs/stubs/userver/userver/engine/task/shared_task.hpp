// Stub of userver-framework/userver core/include/userver/engine/task/shared_task.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
#pragma once

#include <userver/stub_namespace.hpp>

#include <userver/engine/task/task.hpp>
#include <userver/engine/task/task_processor_fwd.hpp>

USERVER_NAMESPACE_BEGIN

namespace engine {

/// Copyable task; the last copy's destructor cancels and waits.
class [[nodiscard]] SharedTask : public TaskBase {
public:
    SharedTask();
    ~SharedTask();

    SharedTask(const SharedTask& other) noexcept;
    SharedTask& operator=(const SharedTask& other) noexcept;

    SharedTask(SharedTask&& other) noexcept;
    SharedTask& operator=(SharedTask&& other) noexcept;

    static constexpr WaitMode kWaitMode = WaitMode::kMultipleWaiters;

protected:
    explicit SharedTask(impl::TaskContextHolder&& context);
};

}  // namespace engine

USERVER_NAMESPACE_END
