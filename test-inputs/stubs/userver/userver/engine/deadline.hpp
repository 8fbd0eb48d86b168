// Stub of userver-framework/userver core/include/userver/engine/deadline.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Minimal declarations for static-analysis tests; not the real implementation.
#pragma once

#include <userver/stub_namespace.hpp>

#include <chrono>

USERVER_NAMESPACE_BEGIN

namespace engine {

class Deadline final {
public:
    using Clock = std::chrono::steady_clock;
    using TimePoint = Clock::time_point;
    using Duration = TimePoint::duration;

    constexpr Deadline() = default;

    constexpr bool IsReachable() const noexcept { return value_ != TimePoint{}; }
    bool IsReached() const noexcept;
    bool IsSurelyReachedApprox() const noexcept;
    Duration TimeLeft() const noexcept;
    Duration TimeLeftApprox() const noexcept;

    template <typename Rep, typename Period>
    static Deadline FromDuration(const std::chrono::duration<Rep, Period>& incoming_duration) noexcept {
        (void)incoming_duration;
        return Deadline{};
    }

    template <typename Clock, typename Duration>
    static Deadline FromTimePoint(const std::chrono::time_point<Clock, Duration>& time_point) noexcept {
        (void)time_point;
        return Deadline{};
    }

    constexpr static Deadline FromTimePoint(const TimePoint& time_point) { return Deadline(time_point); }
    constexpr static Deadline Passed() noexcept { return Deadline{TimePoint::min()}; }

    constexpr bool operator==(const Deadline& r) const noexcept { return value_ == r.value_; }
    constexpr bool operator<(const Deadline& r) const noexcept { return value_ < r.value_; }

private:
    constexpr explicit Deadline(TimePoint value) noexcept : value_(value) {}

    TimePoint value_{};
};

}  // namespace engine

USERVER_NAMESPACE_END
