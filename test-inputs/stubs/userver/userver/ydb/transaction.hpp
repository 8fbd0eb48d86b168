// Stub of userver-framework/userver ydb/include/userver/ydb/transaction.hpp
// (+ the names it uses from ydb/query.hpp, ydb/response.hpp, ydb/settings.hpp)
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Declarations only; the YDB SDK types behind them are left out.
#pragma once

#include <userver/stub_namespace.hpp>

#include <string>
#include <utility>

USERVER_NAMESPACE_BEGIN

namespace ydb {

class Query {
public:
    Query() = default;
    Query(const char* statement);
    Query(std::string statement);
};

class ExecuteResponse final {};

struct OperationSettings final {};

/// From TableClient::Begin; the destructor rolls back what was neither
/// committed nor rolled back.
class Transaction final {
public:
    Transaction(Transaction&&) noexcept = default;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(Transaction&&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    template <typename... Args>
    ExecuteResponse Execute(const Query& query, Args&&... args);

    template <typename... Args>
    ExecuteResponse Execute(OperationSettings settings, const Query& query, Args&&... args);

    void Commit(OperationSettings settings = {});

    void Rollback();
};

}  // namespace ydb

USERVER_NAMESPACE_END
