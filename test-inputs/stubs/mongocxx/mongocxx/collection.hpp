// Stub mirroring mongocxx/collection.hpp (subset: insert_one, find_one, name)
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/mongocxx/include/mongocxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <mongocxx/...>.
// Classes are declared in the (non-inline) namespace mongocxx::v_noabi and re-exported into
// mongocxx by using-declarations, as in the real -fwd.hpp headers.
// Minimal declarations for static analysis tests; exported (non-inline) members are only
// declared, as in the real header.
#pragma once

#include <bsoncxx/document/value.hpp>
#include <bsoncxx/document/view_or_value.hpp>
#include <bsoncxx/stdx/optional.hpp>
#include <bsoncxx/stdx/string_view.hpp>

#include <mongocxx/client_session.hpp>
#include <mongocxx/options/find.hpp>
#include <mongocxx/options/insert.hpp>
#include <mongocxx/result/insert_one.hpp>

namespace mongocxx {
namespace v_noabi {

class collection {
   public:
    collection() noexcept {}
    collection(collection&& other) noexcept = default;
    collection& operator=(collection&& other) noexcept = default;
    collection(collection const& other);
    collection& operator=(collection const& other);
    ~collection() = default;

    explicit operator bool() const noexcept;

    bsoncxx::v_noabi::stdx::string_view name() const;

    bsoncxx::v_noabi::stdx::optional<bsoncxx::v_noabi::document::value>
    find_one(bsoncxx::v_noabi::document::view_or_value filter, v_noabi::options::find const& options = {});

    bsoncxx::v_noabi::stdx::optional<bsoncxx::v_noabi::document::value> find_one(
        v_noabi::client_session const& session,
        bsoncxx::v_noabi::document::view_or_value filter,
        v_noabi::options::find const& options = {});

    bsoncxx::v_noabi::stdx::optional<v_noabi::result::insert_one>
    insert_one(bsoncxx::v_noabi::document::view_or_value document, v_noabi::options::insert const& options = {});

    bsoncxx::v_noabi::stdx::optional<v_noabi::result::insert_one> insert_one(
        v_noabi::client_session const& session,
        bsoncxx::v_noabi::document::view_or_value document,
        v_noabi::options::insert const& options = {});

    class internal;
};

} // namespace v_noabi
} // namespace mongocxx

namespace mongocxx {

using v_noabi::collection;

} // namespace mongocxx
