// Stub of userver-framework/userver mysql/include/userver/storages/mysql/transaction.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// The real StatementResultSet (statement_result_set.hpp) is reduced to a
// declaration here; the real class keeps the connection in a FastPimpl.
#pragma once

#include <userver/stub_namespace.hpp>

#include <userver/engine/deadline.hpp>
#include <userver/storages/mysql/query.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::mysql {

namespace infra {
class ConnectionPtr;
}  // namespace infra

class StatementResultSet final {
public:
    template <typename T>
    T AsSingleRow() &&;
};

/// RAII transaction from Cluster::Begin; the destructor rolls back what was
/// neither committed nor rolled back.
class Transaction final {
public:
    explicit Transaction(infra::ConnectionPtr&& connection, engine::Deadline deadline);
    ~Transaction();
    Transaction(const Transaction& other) = delete;
    Transaction(Transaction&& other) noexcept;

    template <typename... Args>
    StatementResultSet Execute(const Query& query, const Args&... args) const;

    template <typename T>
    StatementResultSet ExecuteDecompose(const Query& query, const T& row) const;

    template <typename Container>
    StatementResultSet ExecuteBulk(const Query& query, const Container& params) const;

    void Commit();

    void Rollback();
};

}  // namespace storages::mysql

USERVER_NAMESPACE_END
