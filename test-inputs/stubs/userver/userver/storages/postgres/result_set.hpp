// Stub of userver-framework/userver postgresql/include/userver/storages/postgres/result_set.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Only ResultSet size/typed-access members; Row/Field/iterators are omitted.
#pragma once

#include <userver/stub_namespace.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include <userver/storages/postgres/postgres_fwd.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

struct RowTag {};
struct FieldTag {};
inline constexpr RowTag kRowTag;
inline constexpr FieldTag kFieldTag;

class ResultSet {
public:
    using size_type = std::size_t;
    using difference_type = std::ptrdiff_t;

    explicit ResultSet(std::shared_ptr<detail::ResultWrapper> pimpl) : pimpl_{std::move(pimpl)} {}

    size_type Size() const;
    bool IsEmpty() const { return Size() == 0; }
    size_type RowsAffected() const;
    std::string CommandStatus() const;
    size_type FieldCount() const;

    template <typename Container>
    Container AsContainer() const {
        return Container{};
    }
    template <typename Container>
    Container AsContainer(RowTag) const {
        return Container{};
    }

    /// Real return type is `auto` (T for the usual cases).
    template <typename T>
    auto AsSingleRow() const {
        return T{};
    }
    template <typename T>
    auto AsSingleRow(RowTag) const {
        return T{};
    }
    template <typename T>
    auto AsSingleRow(FieldTag) const {
        return T{};
    }

    template <typename T>
    std::optional<T> AsOptionalSingleRow() const {
        return std::nullopt;
    }
    template <typename T>
    std::optional<T> AsOptionalSingleRow(RowTag) const {
        return std::nullopt;
    }
    template <typename T>
    std::optional<T> AsOptionalSingleRow(FieldTag) const {
        return std::nullopt;
    }

private:
    std::shared_ptr<detail::ResultWrapper> pimpl_;
};

}  // namespace storages::postgres

USERVER_NAMESPACE_END
