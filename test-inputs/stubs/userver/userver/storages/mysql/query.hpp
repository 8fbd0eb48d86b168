// Stub of userver-framework/userver mysql/include/userver/storages/mysql/query.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
#pragma once

#include <userver/stub_namespace.hpp>

#include <optional>
#include <string>

#include <userver/utils/strong_typedef.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::mysql {

class Query final {
public:
    using Name = utils::StrongTypedef<struct NameTag, std::string>;

    Query(const char* statement, std::optional<Name> name = std::nullopt);

    Query(std::string statement, std::optional<Name> name = std::nullopt);

    const std::string& GetStatement() const;

    const std::optional<Name>& GetName() const;

private:
    std::string statement_;
    std::optional<Name> name_;
};

}  // namespace storages::mysql

USERVER_NAMESPACE_END
