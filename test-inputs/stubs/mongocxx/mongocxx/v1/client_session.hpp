// Stub mirroring mongocxx/v1/client_session.hpp of mongo-cxx-driver r4.5.0
// (27fed6e7cc037a9859d4889ee4e8be48081ec660): the stable v1 API, a class of its
// own (not a base or alias of the v_noabi mongocxx::client_session). Its
// with_transaction callback takes the session by reference. ABI export and
// calling-convention macros are left out; the -fwd headers' declarations are
// inlined.
#pragma once

#include <cstdint>
#include <functional>

namespace mongocxx {
namespace v1 {

class client;
class transaction_options;

class client_session {
   public:
    class options;

    enum class transaction_state {
        k_transaction_none,
        k_transaction_starting,
        k_transaction_in_progress,
        k_transaction_committed,
        k_transaction_aborted,
    };

    ~client_session();

    client_session(client_session&& other) noexcept;

    client_session& operator=(client_session&& other) noexcept;

    client_session(client_session const& other) = delete;
    client_session& operator=(client_session const& other) = delete;

    v1::client const& client() const;

    std::uint32_t server_id() const;

    transaction_state get_transaction_state() const;

    bool get_dirty() const;

    void start_transaction(v1::transaction_options const& opts);

    void start_transaction();

    void commit_transaction();

    void abort_transaction();

    using with_transaction_cb = std::function<void(client_session&)>;

    void with_transaction(with_transaction_cb const& fn, v1::transaction_options const& opts);

    void with_transaction(with_transaction_cb const& fn);

    class internal;
};

} // namespace v1
} // namespace mongocxx
