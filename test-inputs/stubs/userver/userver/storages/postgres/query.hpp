// Stub of userver-framework/userver postgresql/include/userver/storages/postgres/query.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
#pragma once

#include <userver/storages/query.hpp>

namespace userver::storages::postgres {

using Query = userver::storages::Query;

}  // namespace userver::storages::postgres
