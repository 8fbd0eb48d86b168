// Stub of userver-framework/userver core/include/userver/engine/task/task_base.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// TaskBase is the common base of Task, TaskWithResult, SharedTask, SharedTaskWithResult.
// Constructors/destructor are protected, as in the real header.
#pragma once

#include <userver/stub_namespace.hpp>

#include <chrono>
#include <cstddef>
#include <string>

#include <userver/engine/deadline.hpp>
#include <userver/engine/task/cancel.hpp>
#include <userver/engine/task/task_processor_fwd.hpp>

USERVER_NAMESPACE_BEGIN

namespace engine {

namespace impl {
class TaskContextHolder;
class TaskContext;
class ContextAccessor;
}  // namespace impl

class [[nodiscard]] TaskBase {
public:
    enum class Importance {
        kNormal,
        kCritical,
    };

    enum class State {
        kInvalid,
        kNew,
        kQueued,
        kRunning,
        kSuspended,
        kCancelled,
        kCompleted,
    };

    enum class WaitMode {
        kSingleWaiter,
        kMultipleWaiters,
    };

    bool IsValid() const;
    State GetState() const;
    static const std::string& GetStateName(State state);
    bool IsFinished() const;

    void Wait() const noexcept(false);

    template <typename Rep, typename Period>
    void WaitFor(const std::chrono::duration<Rep, Period>&) const noexcept(false);

    template <typename Clock, typename Duration>
    void WaitUntil(const std::chrono::time_point<Clock, Duration>&) const noexcept(false);

    void WaitUntil(Deadline) const;

    void RequestCancel();
    void SyncCancel() noexcept;
    TaskCancellationReason CancellationReason() const;
    void BlockingWait() const;

protected:
    TaskBase();
    explicit TaskBase(impl::TaskContextHolder&& context);
    TaskBase(TaskBase&&) noexcept;
    TaskBase& operator=(TaskBase&&) noexcept;
    TaskBase(const TaskBase&) noexcept;
    TaskBase& operator=(const TaskBase&) noexcept;
    ~TaskBase();

    void Invalidate() noexcept;
    void Terminate(TaskCancellationReason) noexcept;

private:
    impl::TaskContext* context_{nullptr};
};

namespace current_task {

bool IsTaskProcessorThread() noexcept;
TaskProcessor& GetTaskProcessor();
std::size_t GetStackSize();

}  // namespace current_task

template <typename Rep, typename Period>
void TaskBase::WaitFor(const std::chrono::duration<Rep, Period>& duration) const noexcept(false) {
    WaitUntil(Deadline::FromDuration(duration));
}

template <typename Clock, typename Duration>
void TaskBase::WaitUntil(const std::chrono::time_point<Clock, Duration>& until) const noexcept(false) {
    WaitUntil(Deadline::FromTimePoint(until));
}

}  // namespace engine

USERVER_NAMESPACE_END
