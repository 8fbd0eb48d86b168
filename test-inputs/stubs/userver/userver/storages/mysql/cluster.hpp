// Stub of userver-framework/userver mysql/include/userver/storages/mysql/cluster.hpp
// and cluster_host_type.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Only Cluster::Begin is mirrored.
#pragma once

#include <userver/stub_namespace.hpp>

#include <userver/storages/mysql/transaction.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::mysql {

enum class ClusterHostType {
    kPrimary,
    kSecondary
};

class Cluster final {
public:
    Transaction Begin(ClusterHostType host_type) const;
};

}  // namespace storages::mysql

USERVER_NAMESPACE_END
