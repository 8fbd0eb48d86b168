// Stub of userver-framework/userver postgresql/include/userver/storages/postgres/query.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
#pragma once

#include <userver/stub_namespace.hpp>

#include <userver/storages/query.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

using Query = USERVER_NAMESPACE::storages::Query;

}  // namespace storages::postgres

USERVER_NAMESPACE_END
