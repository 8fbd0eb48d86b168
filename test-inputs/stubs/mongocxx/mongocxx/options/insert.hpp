// Stub mirroring mongocxx/options/insert.hpp (subset)
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/mongocxx/include/mongocxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <mongocxx/...>.
// Classes are declared in the (non-inline) namespace mongocxx::v_noabi and re-exported into
// mongocxx by using-declarations, as in the real -fwd.hpp headers.
// Minimal declarations for static analysis tests; exported (non-inline) members are only
// declared, as in the real header.
#pragma once

#include <bsoncxx/stdx/optional.hpp>

namespace mongocxx {
namespace v_noabi {
namespace options {

class insert {
   public:
    insert() = default;

    insert& bypass_document_validation(bool bypass_document_validation);
    bsoncxx::v_noabi::stdx::optional<bool> const& bypass_document_validation() const;

    insert& ordered(bool ordered);
    bsoncxx::v_noabi::stdx::optional<bool> const& ordered() const;
};

} // namespace options
} // namespace v_noabi
} // namespace mongocxx

namespace mongocxx {
namespace options {

using v_noabi::options::insert;

} // namespace options
} // namespace mongocxx
