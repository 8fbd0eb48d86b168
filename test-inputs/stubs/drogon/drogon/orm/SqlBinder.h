// Stub mirroring drogonframework/drogon orm_lib/inc/drogon/orm/SqlBinder.h
// @ v1.9.13 (4c5430757ea5451a7c38fbbef4b4bef7dbb47f2f; unchanged at master
// 74fc004c8dc8244fe3b6c56628601053b5a15c37). Only ClientType, Mode and a
// forward declaration of internal::SqlBinder (its stream API is not stubbed).
#pragma once

namespace drogon
{
namespace orm
{
enum class ClientType
{
    PostgreSQL = 0,
    Mysql,
    Sqlite3
};

enum class Mode
{
    NonBlocking,
    Blocking
};

namespace internal
{
class SqlBinder;
}  // namespace internal
}  // namespace orm
}  // namespace drogon
