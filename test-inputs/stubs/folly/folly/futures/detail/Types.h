// Stub mirroring folly/futures/detail/Types.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48).
#pragma once

#include <chrono>

namespace folly {

using Duration = std::chrono::milliseconds;
using HighResDuration = std::chrono::microseconds;

} // namespace folly
