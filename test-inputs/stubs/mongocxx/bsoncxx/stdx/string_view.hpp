// Stub mirroring bsoncxx/stdx/string_view.hpp
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/bsoncxx/include/bsoncxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <bsoncxx/...>.
// Minimal declarations for static analysis tests; not the real implementation.
// Mirrors the BSONCXX_POLY_USE_STD configuration (bsoncxx::v1::stdx::string_view is
// std::string_view).
#pragma once

#include <string_view>

namespace bsoncxx {
namespace v1 {
namespace stdx {

using std::basic_string_view;
using std::string_view;

} // namespace stdx
} // namespace v1
} // namespace bsoncxx

namespace bsoncxx {
namespace v_noabi {
namespace stdx {

using v1::stdx::basic_string_view;
using v1::stdx::string_view;

} // namespace stdx
} // namespace v_noabi
} // namespace bsoncxx

namespace bsoncxx {
namespace stdx {

using v_noabi::stdx::basic_string_view;
using v_noabi::stdx::string_view;

} // namespace stdx
} // namespace bsoncxx
