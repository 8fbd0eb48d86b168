// Stub of userver-framework/userver core/include/userver/engine/wait_all_checked.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// There is no separate container overload: `Tasks&... tasks` accepts either several tasks
// or exactly one container of tasks (dispatched internally via meta::impl::IsSingleRange).
#pragma once

#include <userver/stub_namespace.hpp>

#include <chrono>

#include <userver/engine/deadline.hpp>
#include <userver/engine/future_status.hpp>
#include <userver/utils/meta.hpp>

USERVER_NAMESPACE_BEGIN

namespace engine {

template <typename... Tasks>
void WaitAllChecked(Tasks&... tasks) {}

template <typename... Tasks, typename Rep, typename Period>
[[nodiscard]] FutureStatus WaitAllCheckedFor(const std::chrono::duration<Rep, Period>& duration, Tasks&... tasks) {
    return FutureStatus::kReady;
}

template <typename... Tasks, typename Clock, typename Duration>
[[nodiscard]] FutureStatus WaitAllCheckedUntil(const std::chrono::time_point<Clock, Duration>& until,
                                               Tasks&... tasks) {
    return FutureStatus::kReady;
}

template <typename... Tasks>
[[nodiscard]] FutureStatus WaitAllCheckedUntil(Deadline deadline, Tasks&... tasks) {
    return FutureStatus::kReady;
}

}  // namespace engine

USERVER_NAMESPACE_END
