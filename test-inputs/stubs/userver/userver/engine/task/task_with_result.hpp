// Stub of userver-framework/userver core/include/userver/engine/task/task_with_result.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
#pragma once

#include <userver/stub_namespace.hpp>

#include <utility>

#include <userver/engine/task/task.hpp>
#include <userver/engine/task/task_processor_fwd.hpp>

USERVER_NAMESPACE_BEGIN

namespace engine {

template <typename T>
class [[nodiscard]] TaskWithResult : public Task {
public:
    TaskWithResult() = default;

    TaskWithResult(const TaskWithResult&) = delete;
    TaskWithResult& operator=(const TaskWithResult&) = delete;

    TaskWithResult(TaskWithResult&& other) noexcept = default;
    TaskWithResult& operator=(TaskWithResult&& other) noexcept = default;

    /// Waits for the task and returns its result; invalidates the task.
    T Get() noexcept(false);

    using Task::TryGetContextAccessor;

    static constexpr WaitMode kWaitMode = WaitMode::kSingleWaiter;

    explicit TaskWithResult(impl::TaskContextHolder&& context) : Task(std::move(context)) {}
};

}  // namespace engine

USERVER_NAMESPACE_END
