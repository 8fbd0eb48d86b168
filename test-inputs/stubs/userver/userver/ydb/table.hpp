// Stub of userver-framework/userver ydb/include/userver/ydb/table.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Only TableClient::Begin is mirrored.
#pragma once

#include <userver/stub_namespace.hpp>

#include <string>

#include <userver/ydb/transaction.hpp>

USERVER_NAMESPACE_BEGIN

namespace ydb {

class TableClient final {
public:
    Transaction Begin(std::string transaction_name, OperationSettings settings = {});
};

}  // namespace ydb

USERVER_NAMESPACE_END
