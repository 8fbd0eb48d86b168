// Stub of userver-framework/userver universal/include/userver/logging/level.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
#pragma once

#include <userver/stub_namespace.hpp>

#include <cstdint>

USERVER_NAMESPACE_BEGIN

namespace logging {

enum class Level : std::uint8_t {
    kTrace = 0,
    kDebug = 1,
    kInfo = 2,
    kWarning = 3,
    kError = 4,
    kCritical = 5,
    kNone = 6
};

}  // namespace logging

USERVER_NAMESPACE_END
