// Stub of userver-framework/userver postgresql/include/userver/storages/postgres/options.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// TransactionOptions, IsolationLevel, CommandControl, OptionalCommandControl only.
#pragma once

#include <userver/stub_namespace.hpp>

#include <optional>

#include <userver/storages/postgres/postgres_fwd.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

enum class IsolationLevel {
    kReadCommitted,
    kRepeatableRead,
    kSerializable,
    kReadUncommitted,
};

struct TransactionOptions {
    /// Unscoped enum nested in TransactionOptions (TransactionOptions::kReadOnly etc.).
    enum Mode {
        kReadWrite = 0,
        kReadOnly = 1,
        kDeferrable = 3,
    };

    IsolationLevel isolation_level = IsolationLevel::kReadCommitted;
    Mode mode = kReadWrite;

    constexpr TransactionOptions() = default;
    constexpr explicit TransactionOptions(IsolationLevel lvl) : isolation_level{lvl} {}
    constexpr TransactionOptions(IsolationLevel lvl, Mode m) : isolation_level{lvl}, mode{m} {}
    constexpr explicit TransactionOptions(Mode m) : mode{m} {}

    bool IsReadOnly() const { return mode & kReadOnly; }

    static constexpr TransactionOptions Deferrable() { return {IsolationLevel::kSerializable, kDeferrable}; }
};

constexpr inline bool operator==(const TransactionOptions& lhs, const TransactionOptions& rhs) {
    return lhs.isolation_level == rhs.isolation_level && lhs.mode == rhs.mode;
}

struct CommandControl {
    TimeoutDuration execute{};
    TimeoutDuration statement{};

    constexpr CommandControl(TimeoutDuration execute, TimeoutDuration statement)
        : execute(execute), statement(statement) {}

    constexpr CommandControl WithExecuteTimeout(TimeoutDuration n) const noexcept { return {n, statement}; }
    constexpr CommandControl WithStatementTimeout(TimeoutDuration s) const noexcept { return {execute, s}; }

    bool operator==(const CommandControl& rhs) const { return execute == rhs.execute && statement == rhs.statement; }
    bool operator!=(const CommandControl& rhs) const { return !(*this == rhs); }
};

using OptionalCommandControl = std::optional<CommandControl>;

}  // namespace storages::postgres

USERVER_NAMESPACE_END
