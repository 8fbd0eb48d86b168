// Stub of userver-framework/userver core/include/userver/storages/query.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// storages::Query is implicitly constructible from `const char*` and `std::string`.
#pragma once

#include <userver/stub_namespace.hpp>

#include <optional>
#include <string>

#include <userver/utils/strong_typedef.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages {

class Query {
public:
    using Name = utils::StrongTypedef<struct NameTag, std::string>;

    enum class LogMode { kFull, kNameOnly };

    Query() = default;
    Query(const char* statement, std::optional<Name> name = std::nullopt, LogMode log_mode = LogMode::kFull);
    Query(std::string statement, std::optional<Name> name = std::nullopt, LogMode log_mode = LogMode::kFull);

    const std::optional<Name>& GetName() const;
    const std::string& Statement() const;

private:
    std::string statement_{};
    std::optional<Name> name_{};
    LogMode log_mode_ = LogMode::kFull;
};

}  // namespace storages

USERVER_NAMESPACE_END
