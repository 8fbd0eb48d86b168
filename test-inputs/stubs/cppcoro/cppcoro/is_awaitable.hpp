// Mirrors include/cppcoro/is_awaitable.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148.
// Own minimal stub: declarations and trivial bodies, no upstream code.
#pragma once

#include <cppcoro/awaitable_traits.hpp>

#include <type_traits>

namespace cppcoro {

template <typename T, typename = std::void_t<>>
struct is_awaitable : std::false_type {};

template <typename T>
struct is_awaitable<T, std::void_t<typename awaitable_traits<T>::awaiter_t>>
    : std::true_type {};

template <typename T>
constexpr bool is_awaitable_v = is_awaitable<T>::value;

} // namespace cppcoro
