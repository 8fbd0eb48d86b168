// Stub of userver-framework/userver core/include/userver/utils/periodic_task.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// The constructor taking a callback and Start() run it every period on a task
// of the PeriodicTask; Stop() cancels that task and waits for it, and the
// destructor calls Stop(). Testsuite registration, RCU settings and span
// members are left out.
#pragma once

#include <userver/stub_namespace.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <userver/engine/task/task_processor_fwd.hpp>
#include <userver/logging/level.hpp>
#include <userver/utils/flags.hpp>

USERVER_NAMESPACE_BEGIN

namespace utils {

class PeriodicTask final {
public:
    enum class Flags {
        kNone = 0,
        kNow = 1 << 0,
        kStrong = 1 << 1,
        kChaotic = 1 << 2,
        kCritical = 1 << 4,
    };

    struct Settings final {
        static constexpr uint8_t kDistributionPercent = 25;

        constexpr /*implicit*/ Settings(
            std::chrono::milliseconds period,
            utils::Flags<Flags> flags = {},
            logging::Level span_level = logging::Level::kInfo
        )
            : Settings(period, kDistributionPercent, flags, span_level) {}

        constexpr Settings(
            std::chrono::milliseconds period,
            std::chrono::milliseconds distribution,
            utils::Flags<Flags> flags = {},
            logging::Level span_level = logging::Level::kInfo
        )
            : period(period), distribution(distribution), flags(flags), span_level(span_level) {}

        constexpr Settings(
            std::chrono::milliseconds period,
            uint8_t distribution_percent,
            utils::Flags<Flags> flags = {},
            logging::Level span_level = logging::Level::kInfo
        )
            : Settings(period, period * distribution_percent / 100, flags, span_level) {}

        template <class Rep, class Period>
        constexpr /*implicit*/ Settings(std::chrono::duration<Rep, Period> period)
            : Settings(period, kDistributionPercent, {}, logging::Level::kInfo) {}

        std::chrono::milliseconds period{};
        std::chrono::milliseconds distribution{};
        std::optional<std::chrono::milliseconds> exception_period;
        utils::Flags<Flags> flags{};
        logging::Level span_level{logging::Level::kInfo};
        engine::TaskProcessor* task_processor{nullptr};
    };

    using Callback = std::function<void()>;

    PeriodicTask();

    PeriodicTask(PeriodicTask&&) = delete;
    PeriodicTask(const PeriodicTask&) = delete;

    PeriodicTask(std::string name, Settings settings, Callback callback);

    void Start(std::string name, Settings settings, Callback callback);

    ~PeriodicTask();

    void Stop() noexcept;

    void SetSettings(Settings settings);

    void ForceStepAsync();

    bool SynchronizeDebug(bool preserve_span = false);

    bool IsRunning() const;
};

}  // namespace utils

USERVER_NAMESPACE_END
