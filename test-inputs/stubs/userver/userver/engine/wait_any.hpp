// Stub of userver-framework/userver core/include/userver/engine/wait_any.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Accepts several tasks or exactly one container of tasks; returns the index of a
// finished task or std::nullopt.
#pragma once

#include <userver/stub_namespace.hpp>

#include <chrono>
#include <cstddef>
#include <optional>

#include <userver/engine/deadline.hpp>
#include <userver/utils/meta.hpp>

USERVER_NAMESPACE_BEGIN

namespace engine {

template <typename... Tasks>
std::optional<std::size_t> WaitAny(Tasks&... tasks) {
    return std::nullopt;
}

template <typename... Tasks, typename Rep, typename Period>
std::optional<std::size_t> WaitAnyFor(const std::chrono::duration<Rep, Period>& duration, Tasks&... tasks) {
    return std::nullopt;
}

template <typename... Tasks, typename Clock, typename Duration>
std::optional<std::size_t> WaitAnyUntil(const std::chrono::time_point<Clock, Duration>& until, Tasks&... tasks) {
    return std::nullopt;
}

template <typename... Tasks>
std::optional<std::size_t> WaitAnyUntil(Deadline, Tasks&... tasks) {
    return std::nullopt;
}

}  // namespace engine

USERVER_NAMESPACE_END
