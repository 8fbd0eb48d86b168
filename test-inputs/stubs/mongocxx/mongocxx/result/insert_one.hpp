// Stub mirroring mongocxx/result/insert_one.hpp (subset)
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/mongocxx/include/mongocxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <mongocxx/...>.
// Classes are declared in the (non-inline) namespace mongocxx::v_noabi and re-exported into
// mongocxx by using-declarations, as in the real -fwd.hpp headers.
// Minimal declarations for static analysis tests; exported (non-inline) members are only
// declared, as in the real header.
#pragma once

#include <bsoncxx/types/bson_value/view.hpp>

namespace mongocxx {
namespace v_noabi {
namespace result {

class insert_one {
   public:
    bsoncxx::v_noabi::types::bson_value::view const& inserted_id() const {
        return _inserted_id;
    }

   private:
    bsoncxx::v_noabi::types::bson_value::view _inserted_id;
};

} // namespace result
} // namespace v_noabi
} // namespace mongocxx

namespace mongocxx {
namespace result {

using v_noabi::result::insert_one;

} // namespace result
} // namespace mongocxx
