// Mirrors include/cppcoro/detail/unwrap_reference.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148.
// Own minimal stub: declarations and trivial bodies, no upstream code.
#pragma once

#include <functional>
#include <type_traits>

namespace cppcoro::detail {

// std::reference_wrapper<X> -> X; anything else unchanged.
template <typename T>
struct unwrap_reference {
  using type = T;
};

template <typename X>
struct unwrap_reference<std::reference_wrapper<X>> {
  using type = X;
};

template <typename T>
using unwrap_reference_t = typename unwrap_reference<T>::type;

} // namespace cppcoro::detail
