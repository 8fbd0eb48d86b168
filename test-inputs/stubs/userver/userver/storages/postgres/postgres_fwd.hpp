// Stub of userver-framework/userver postgresql/include/userver/storages/postgres/postgres_fwd.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
#pragma once

#include <userver/stub_namespace.hpp>

#include <chrono>
#include <memory>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

class Transaction;
class ResultSet;
class Row;
class Cluster;
using ClusterPtr = std::shared_ptr<Cluster>;

namespace detail {
class Connection;
class ConnectionImpl;
class ConnectionPtr;
class ResultWrapper;
using ResultWrapperPtr = std::shared_ptr<const ResultWrapper>;
}  // namespace detail

using TimeoutDuration = std::chrono::milliseconds;

class DefaultCommandControls;

}  // namespace storages::postgres

USERVER_NAMESPACE_END
