// Stub of userver-framework/userver universal/include/userver/utils/meta.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Only meta::kIsRange and meta::impl::IsSingleRange (used by WaitAllChecked/GetAll/WaitAny
// to tell "one container of tasks" from "several tasks").
#pragma once

#include <userver/stub_namespace.hpp>

#include <iterator>
#include <type_traits>
#include <utility>

USERVER_NAMESPACE_BEGIN

namespace meta {

namespace impl {

template <typename T, typename = void>
struct IsRangeImpl : std::false_type {};

template <typename T>
struct IsRangeImpl<T, std::void_t<decltype(std::begin(std::declval<T&>())), decltype(std::end(std::declval<T&>()))>>
    : std::true_type {};

template <typename... Args>
constexpr bool IsSingleRange() {
    if constexpr (sizeof...(Args) == 1) {
        return (IsRangeImpl<Args>::value && ...);
    } else {
        return false;
    }
}

}  // namespace impl

template <typename T>
inline constexpr bool kIsRange = impl::IsRangeImpl<T>::value;

}  // namespace meta

USERVER_NAMESPACE_END
