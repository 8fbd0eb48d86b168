// Stub mirroring bsoncxx/builder/basic/document.hpp (make_document only)
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/bsoncxx/include/bsoncxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <bsoncxx/...>.
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <utility>

#include <bsoncxx/builder/basic/kvp.hpp>
#include <bsoncxx/document/value.hpp>
#include <bsoncxx/document/view.hpp>

namespace bsoncxx {
namespace v_noabi {
namespace builder {
namespace basic {

// Real: builds a document from kvp(key, value) arguments.
template <typename... Args>
v_noabi::document::value make_document(Args&&... args) {
    ((void)args, ...);
    return v_noabi::document::value{v_noabi::document::view{}};
}

} // namespace basic
} // namespace builder
} // namespace v_noabi
} // namespace bsoncxx

namespace bsoncxx {
namespace builder {
namespace basic {

using v_noabi::builder::basic::make_document;

} // namespace basic
} // namespace builder
} // namespace bsoncxx
