// Stub mirroring folly/coro/detail/Traits.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48).
#pragma once

#include <functional>
#include <type_traits>

namespace folly {
namespace coro {
namespace detail {

template <typename T>
struct lift_lvalue_reference {
  using type = T;
};

template <typename T>
struct lift_lvalue_reference<T&> {
  using type = std::reference_wrapper<T>;
};

template <typename T>
using lift_lvalue_reference_t = typename lift_lvalue_reference<T>::type;

template <typename T>
struct decay_rvalue_reference {
  using type = T;
};

template <typename T>
struct decay_rvalue_reference<T&&> : std::remove_cvref<T> {};

template <typename T>
using decay_rvalue_reference_t = typename decay_rvalue_reference<T>::type;

} // namespace detail
} // namespace coro
} // namespace folly
