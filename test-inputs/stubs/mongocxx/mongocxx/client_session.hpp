// Stub mirroring mongocxx/client_session.hpp
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/mongocxx/include/mongocxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <mongocxx/...>.
// Classes are declared in the (non-inline) namespace mongocxx::v_noabi and re-exported into
// mongocxx by using-declarations, as in the real -fwd.hpp headers.
// Minimal declarations for static analysis tests; exported (non-inline) members are only
// declared, as in the real header.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>

#include <bsoncxx/document/view.hpp>
#include <bsoncxx/stdx/optional.hpp>

#include <mongocxx/options/client_session.hpp>
#include <mongocxx/options/transaction.hpp>

namespace mongocxx {
namespace v1 {

// Real: mongocxx/v1/client_session.hpp (only the nested enum and move-only-ness are stubbed).
class client_session {
   public:
    client_session(client_session&&) noexcept = default;
    client_session& operator=(client_session&&) noexcept = default;
    client_session(client_session const&) = delete;
    client_session& operator=(client_session const&) = delete;
    ~client_session() = default;

    enum class transaction_state {
        k_transaction_none,
        k_transaction_starting,
        k_transaction_in_progress,
        k_transaction_committed,
        k_transaction_aborted,
    };

   private:
    client_session() = default;
};

} // namespace v1
} // namespace mongocxx

namespace mongocxx {
namespace v_noabi {

class client;

class client_session {
   public:
    using transaction_state = v1::client_session::transaction_state;

    v_noabi::client const& client() const noexcept {
        return *_client;
    }

    options::client_session const& options() const noexcept {
        return _options;
    }

    bsoncxx::v_noabi::document::view id() const noexcept;

    bsoncxx::v_noabi::document::view cluster_time() const noexcept;

    std::uint32_t server_id() const noexcept;

    transaction_state get_transaction_state() const noexcept;

    bool get_dirty() const noexcept;

    void advance_cluster_time(bsoncxx::v_noabi::document::view const& cluster_time);

    void start_transaction(
        bsoncxx::v_noabi::stdx::optional<v_noabi::options::transaction> const& transaction_opts = {});

    void commit_transaction();

    void abort_transaction();

    using with_transaction_cb = std::function<void(client_session*)>;

    void with_transaction(with_transaction_cb cb, v_noabi::options::transaction opts = {});

    class internal;

   private:
    // As in the real header: sessions are only created by client::start_session();
    // the class is movable (v1::client_session member), not copyable.
    v1::client_session _session;
    v_noabi::client* _client;
    v_noabi::options::client_session _options;

    client_session(v1::client_session session, v_noabi::client& client, v_noabi::options::client_session options);
};

} // namespace v_noabi
} // namespace mongocxx

namespace mongocxx {

using v_noabi::client_session;

} // namespace mongocxx
