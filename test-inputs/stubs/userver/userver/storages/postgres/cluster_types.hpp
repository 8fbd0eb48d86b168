// Stub of userver-framework/userver postgresql/include/userver/storages/postgres/cluster_types.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
#pragma once

#include <userver/stub_namespace.hpp>

#include <userver/utils/flags.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

enum class ClusterHostType {
    kNone = 0x00,
    kMaster = 0x01,
    kSyncSlave = 0x02,
    kSlave = 0x04,
    kSlaveOrMaster = kMaster | kSlave,
    kRoundRobin = 0x08,
    kNearest = 0x10,
};

using ClusterHostTypeFlags = USERVER_NAMESPACE::utils::Flags<ClusterHostType>;

}  // namespace storages::postgres

USERVER_NAMESPACE_END
