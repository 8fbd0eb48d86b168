// Stub mirroring mongocxx/client.hpp (subset)
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/mongocxx/include/mongocxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <mongocxx/...>.
// Classes are declared in the (non-inline) namespace mongocxx::v_noabi and re-exported into
// mongocxx by using-declarations, as in the real -fwd.hpp headers.
// Minimal declarations for static analysis tests; exported (non-inline) members are only
// declared, as in the real header.
#pragma once

#include <string>
#include <vector>

#include <bsoncxx/document/view_or_value.hpp>
#include <bsoncxx/string/view_or_value.hpp>

#include <mongocxx/client_session.hpp>
#include <mongocxx/database.hpp>
#include <mongocxx/options/client.hpp>
#include <mongocxx/options/client_session.hpp>
#include <mongocxx/uri.hpp>

namespace mongocxx {
namespace v_noabi {

class client {
   public:
    client() noexcept {}

    client(v_noabi::uri const& mongodb_uri, options::client const& options = options::client());

    client(client&&) noexcept = default;
    client& operator=(client&&) noexcept = default;
    client(client const&) = delete;
    client& operator=(client const&) = delete;
    ~client() = default;

    explicit operator bool() const noexcept;

    v_noabi::uri uri() const;

    // Both are lvalue-only: the rvalue overloads are deleted in the real header.
    v_noabi::database database(bsoncxx::v_noabi::string::view_or_value name) const&;
    v_noabi::database database(bsoncxx::v_noabi::string::view_or_value name) const&& = delete;

    v_noabi::database operator[](bsoncxx::v_noabi::string::view_or_value name) const& {
        return database(name);
    }
    v_noabi::database operator[](bsoncxx::v_noabi::string::view_or_value name) const&& = delete;

    std::vector<std::string> list_database_names(bsoncxx::v_noabi::document::view_or_value const filter = {}) const;

    v_noabi::client_session start_session(v_noabi::options::client_session const& options = {});

    class internal;
};

} // namespace v_noabi
} // namespace mongocxx

namespace mongocxx {

using v_noabi::client;

} // namespace mongocxx
