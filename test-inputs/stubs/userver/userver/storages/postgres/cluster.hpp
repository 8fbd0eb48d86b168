// Stub of userver-framework/userver postgresql/include/userver/storages/postgres/cluster.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25);
// the four Begin overloads and the Execute templates are identical in userver.tech docs
// (v2.12 and current). Constructor, QueryQueue, Listen and settings setters are omitted.
// ClusterPtr is declared in postgres_fwd.hpp (included).
#pragma once

#include <userver/stub_namespace.hpp>

#include <string>

#include <userver/engine/task/task_processor_fwd.hpp>
#include <userver/engine/task/task_with_result.hpp>
#include <userver/storages/postgres/cluster_types.hpp>
#include <userver/storages/postgres/options.hpp>
#include <userver/storages/postgres/postgres_fwd.hpp>
#include <userver/storages/postgres/query.hpp>
#include <userver/storages/postgres/transaction.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

class Cluster {
public:
    ~Cluster();

    Transaction Begin(const TransactionOptions&, OptionalCommandControl = {});
    Transaction Begin(ClusterHostTypeFlags, const TransactionOptions&, OptionalCommandControl = {});
    Transaction Begin(std::string name, const TransactionOptions&);
    Transaction Begin(std::string name, ClusterHostTypeFlags, const TransactionOptions&);

    template <typename... Args>
    ResultSet Execute(ClusterHostTypeFlags, const Query& query, const Args&... args);

    template <typename... Args>
    ResultSet Execute(ClusterHostTypeFlags, OptionalCommandControl, const Query& query, const Args&... args);

    void SetDefaultCommandControl(CommandControl);
    CommandControl GetDefaultCommandControl() const;
};

template <typename... Args>
ResultSet Cluster::Execute(ClusterHostTypeFlags flags, const Query& query, const Args&... args) {
    return ResultSet{nullptr};
}

template <typename... Args>
ResultSet Cluster::Execute(ClusterHostTypeFlags flags, OptionalCommandControl statement_cmd_ctl, const Query& query,
                           const Args&... args) {
    return ResultSet{nullptr};
}

}  // namespace storages::postgres

USERVER_NAMESPACE_END
