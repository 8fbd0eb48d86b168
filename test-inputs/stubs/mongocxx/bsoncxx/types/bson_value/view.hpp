// Stub mirroring bsoncxx/types/bson_value/view.hpp (class only, no accessors)
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/bsoncxx/include/bsoncxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <bsoncxx/...>.
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

namespace bsoncxx {
namespace v_noabi {
namespace types {
namespace bson_value {

class view {
   public:
    view() noexcept = default;
};

} // namespace bson_value
} // namespace types
} // namespace v_noabi
} // namespace bsoncxx

namespace bsoncxx {
namespace types {
namespace bson_value {

using v_noabi::types::bson_value::view;

} // namespace bson_value
} // namespace types
} // namespace bsoncxx
