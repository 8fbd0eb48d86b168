// Stub mirroring mongocxx/database.hpp (subset)
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/mongocxx/include/mongocxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <mongocxx/...>.
// Classes are declared in the (non-inline) namespace mongocxx::v_noabi and re-exported into
// mongocxx by using-declarations, as in the real -fwd.hpp headers.
// Minimal declarations for static analysis tests; exported (non-inline) members are only
// declared, as in the real header.
#pragma once

#include <bsoncxx/stdx/string_view.hpp>
#include <bsoncxx/string/view_or_value.hpp>

#include <mongocxx/client_session.hpp>
#include <mongocxx/collection.hpp>

namespace mongocxx {
namespace v_noabi {

class database {
   public:
    database() noexcept {}
    database(database&& other) noexcept = default;
    database& operator=(database&& other) noexcept = default;
    database(database const& other);
    database& operator=(database const& other);
    ~database() = default;

    explicit operator bool() const noexcept;

    bool has_collection(bsoncxx::v_noabi::string::view_or_value name) const;

    bsoncxx::v_noabi::stdx::string_view name() const;

    v_noabi::collection collection(bsoncxx::v_noabi::string::view_or_value name) const;

    v_noabi::collection operator[](bsoncxx::v_noabi::string::view_or_value name) const {
        return this->collection(name);
    }

    class internal;
};

} // namespace v_noabi
} // namespace mongocxx

namespace mongocxx {

using v_noabi::database;

} // namespace mongocxx
