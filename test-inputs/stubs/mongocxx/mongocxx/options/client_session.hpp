// Stub mirroring mongocxx/options/client_session.hpp
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/mongocxx/include/mongocxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <mongocxx/...>.
// Classes are declared in the (non-inline) namespace mongocxx::v_noabi and re-exported into
// mongocxx by using-declarations, as in the real -fwd.hpp headers.
// Minimal declarations for static analysis tests; exported (non-inline) members are only
// declared, as in the real header.
#pragma once

#include <utility>

#include <bsoncxx/stdx/optional.hpp>

#include <mongocxx/options/transaction.hpp>

namespace mongocxx {
namespace v_noabi {
namespace options {

class client_session {
   public:
    client_session() = default;

    client_session& causal_consistency(bool causal_consistency) noexcept {
        _causal_consistency = causal_consistency;
        return *this;
    }
    bool causal_consistency() const noexcept {
        return _causal_consistency.value_or(true);
    }

    client_session& snapshot(bool enable_snapshot_reads) noexcept {
        _snapshot = enable_snapshot_reads;
        return *this;
    }
    bool snapshot() const noexcept {
        return _snapshot.value_or(false);
    }

    client_session& default_transaction_opts(transaction default_transaction_opts) {
        _default_transaction_opts = std::move(default_transaction_opts);
        return *this;
    }
    bsoncxx::v_noabi::stdx::optional<transaction> const& default_transaction_opts() const {
        return _default_transaction_opts;
    }

   private:
    bsoncxx::v_noabi::stdx::optional<bool> _causal_consistency;
    bsoncxx::v_noabi::stdx::optional<bool> _snapshot;
    bsoncxx::v_noabi::stdx::optional<transaction> _default_transaction_opts;
};

} // namespace options
} // namespace v_noabi
} // namespace mongocxx

namespace mongocxx {
namespace options {

using v_noabi::options::client_session;

} // namespace options
} // namespace mongocxx
