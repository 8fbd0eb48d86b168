// Mirrors include/cppcoro/when_all.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148 (C++20 <coroutine> in place of
// <experimental/coroutine>).
// Own minimal stub: declarations and trivial bodies, no upstream code.
// Result types, as in cppcoro:
//   co_await when_all(a...)           -> std::tuple<R...>, each R the decayed
//                                        result, detail::void_value for void
//   co_await when_all(std::vector<A>) -> void for void results, otherwise
//                                        std::vector<R> (R&: reference_wrapper)
#pragma once

#include <cppcoro/awaitable_traits.hpp>
#include <cppcoro/is_awaitable.hpp>
#include <cppcoro/when_all_ready.hpp>
#include <cppcoro/detail/unwrap_reference.hpp>
#include <cppcoro/detail/void_value.hpp>

#include <coroutine>
#include <exception>
#include <functional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace cppcoro {

namespace detail {

// Awaiter producing RESULT.
template <typename RESULT>
struct when_all_awaitable_stub {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  RESULT await_resume() { std::terminate(); }
};

template <typename AWAITABLE>
using when_all_element_t = std::conditional_t<
    std::is_void_v<when_all_ready_result_t<AWAITABLE>>, void_value,
    std::decay_t<when_all_ready_result_t<AWAITABLE>>>;

} // namespace detail

template <typename... AWAITABLES,
          std::enable_if_t<
              std::conjunction_v<is_awaitable<detail::unwrap_reference_t<
                  std::remove_reference_t<AWAITABLES>>>...>,
              int> = 0>
[[nodiscard]] auto when_all(AWAITABLES &&...awaitables) {
  (void)sizeof...(awaitables);
  return detail::when_all_awaitable_stub<
      std::tuple<detail::when_all_element_t<AWAITABLES>...>>{};
}

template <typename AWAITABLE,
          typename RESULT = typename awaitable_traits<
              detail::unwrap_reference_t<AWAITABLE>>::await_result_t,
          std::enable_if_t<std::is_void_v<RESULT>, int> = 0>
[[nodiscard]] auto when_all(std::vector<AWAITABLE> awaitables) {
  (void)awaitables;
  return detail::when_all_awaitable_stub<void>{};
}

template <typename AWAITABLE,
          typename RESULT = typename awaitable_traits<
              detail::unwrap_reference_t<AWAITABLE>>::await_result_t,
          std::enable_if_t<!std::is_void_v<RESULT>, int> = 0>
[[nodiscard]] auto when_all(std::vector<AWAITABLE> awaitables) {
  (void)awaitables;
  using element_t = std::conditional_t<
      std::is_lvalue_reference_v<RESULT>,
      std::reference_wrapper<std::remove_reference_t<RESULT>>,
      std::remove_reference_t<RESULT>>;
  return detail::when_all_awaitable_stub<std::vector<element_t>>{};
}

} // namespace cppcoro
