// Stub of userver-framework/userver postgresql/include/userver/storages/postgres/detail/time_types.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Real SteadyClock is utils::datetime::SteadyClock (an alias of std::chrono::steady_clock
// unless mocked); stubbed directly as std::chrono::steady_clock.
#pragma once

#include <userver/stub_namespace.hpp>

#include <chrono>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres::detail {

using SteadyClock = std::chrono::steady_clock;

}  // namespace storages::postgres::detail

USERVER_NAMESPACE_END
