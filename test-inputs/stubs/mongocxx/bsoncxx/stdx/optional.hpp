// Stub mirroring bsoncxx/stdx/optional.hpp
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/bsoncxx/include/bsoncxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <bsoncxx/...>.
// Minimal declarations for static analysis tests; not the real implementation.
// Mirrors the BSONCXX_POLY_USE_STD configuration, where bsoncxx::v1::stdx::optional is
// std::optional (otherwise the real library uses its own polyfill class with the same API).
#pragma once

#include <optional>
#include <utility>

namespace bsoncxx {
namespace v1 {
namespace stdx {

using std::in_place;
using std::in_place_t;
using std::make_optional;
using std::nullopt;
using std::nullopt_t;
using std::optional;

} // namespace stdx
} // namespace v1
} // namespace bsoncxx

namespace bsoncxx {
namespace v_noabi {
namespace stdx {

using v1::stdx::in_place;
using v1::stdx::in_place_t;
using v1::stdx::make_optional;
using v1::stdx::nullopt;
using v1::stdx::nullopt_t;
using v1::stdx::optional;

} // namespace stdx
} // namespace v_noabi
} // namespace bsoncxx

namespace bsoncxx {
namespace stdx {

using v_noabi::stdx::in_place;
using v_noabi::stdx::in_place_t;
using v_noabi::stdx::make_optional;
using v_noabi::stdx::nullopt;
using v_noabi::stdx::nullopt_t;
using v_noabi::stdx::optional;

} // namespace stdx
} // namespace bsoncxx
