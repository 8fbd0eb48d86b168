// Stub of userver-framework/userver postgresql/include/userver/storages/postgres/transaction.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25);
// Begin/Execute/Commit/Rollback unchanged in userver.tech docs v3.0.
// TransactionOptions lives in options.hpp and ResultSet in result_set.hpp (both included here,
// as in the real header). ParameterStore/Portal/ExecuteBulk overloads are omitted.
#pragma once

#include <userver/stub_namespace.hpp>

#include <cstddef>
#include <string>

#include <userver/storages/postgres/detail/time_types.hpp>
#include <userver/storages/postgres/options.hpp>
#include <userver/storages/postgres/postgres_fwd.hpp>
#include <userver/storages/postgres/query.hpp>
#include <userver/storages/postgres/result_set.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

/// Move-only. If neither Commit() nor Rollback() was called, the destructor rolls back.
class Transaction {
public:
    static constexpr TransactionOptions RW{};
    static constexpr TransactionOptions RO{TransactionOptions::kReadOnly};
    static constexpr TransactionOptions Deferrable{TransactionOptions::Deferrable()};

    static constexpr std::size_t kDefaultRowsInChunk = 1024;

    explicit Transaction(detail::ConnectionPtr&& conn, const TransactionOptions& = RW,
                         OptionalCommandControl trx_cmd_ctl = {},
                         detail::SteadyClock::time_point trx_start_time = detail::SteadyClock::now());

    void SetName(std::string name);

    Transaction(Transaction&&) noexcept;
    Transaction& operator=(Transaction&&) noexcept;

    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    ~Transaction();

    template <typename... Args>
    ResultSet Execute(const Query& query, const Args&... args) {
        return ResultSet{nullptr};
    }

    template <typename... Args>
    ResultSet Execute(OptionalCommandControl statement_cmd_ctl, const Query& query, const Args&... args) {
        return ResultSet{nullptr};
    }

    void SetParameter(const std::string& param_name, const std::string& value);

    void Commit();
    void Rollback();
};

}  // namespace storages::postgres

USERVER_NAMESPACE_END
