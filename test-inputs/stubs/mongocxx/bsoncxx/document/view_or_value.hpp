// Stub mirroring bsoncxx/document/view_or_value.hpp
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/bsoncxx/include/bsoncxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <bsoncxx/...>.
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <bsoncxx/document/value.hpp>
#include <bsoncxx/document/view.hpp>
#include <bsoncxx/view_or_value.hpp>

namespace bsoncxx {
namespace v_noabi {
namespace document {

using view_or_value = v_noabi::view_or_value<v_noabi::document::view, v_noabi::document::value>;

} // namespace document
} // namespace v_noabi
} // namespace bsoncxx

namespace bsoncxx {
namespace document {

using v_noabi::document::view_or_value;

} // namespace document
} // namespace bsoncxx
