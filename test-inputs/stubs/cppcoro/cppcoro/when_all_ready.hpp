// Mirrors include/cppcoro/when_all_ready.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148 (C++20 <coroutine> in place of
// <experimental/coroutine>).
// Own minimal stub: declarations and trivial bodies, no upstream code.
// when_all_ready(a...) awaits to a std::tuple of detail::when_all_task<R>
// (R = each awaitable's result type); when_all_ready(std::vector<A>) to a
// std::vector of them. Each element's result() gives that awaitable's result.
#pragma once

#include <cppcoro/awaitable_traits.hpp>
#include <cppcoro/is_awaitable.hpp>
#include <cppcoro/detail/unwrap_reference.hpp>
#include <cppcoro/detail/void_value.hpp>

#include <coroutine>
#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace cppcoro {

namespace detail {

// Holds one finished awaitable's outcome.
template <typename RESULT>
class when_all_task final {
public:
  when_all_task(when_all_task &&) noexcept {}
  when_all_task(const when_all_task &) = delete;
  when_all_task &operator=(const when_all_task &) = delete;
  ~when_all_task() {}

  RESULT &result() & { std::terminate(); }
  RESULT &&result() && { std::terminate(); }
  RESULT &non_void_result() & { std::terminate(); }
  RESULT &&non_void_result() && { std::terminate(); }
};

template <>
class when_all_task<void> final {
public:
  when_all_task(when_all_task &&) noexcept {}
  when_all_task(const when_all_task &) = delete;
  when_all_task &operator=(const when_all_task &) = delete;
  ~when_all_task() {}

  void result() & {}
  void result() && {}
  void_value non_void_result() & { return {}; }
  void_value non_void_result() && { return {}; }
};

// Awaitable that completes once every task in TASK_CONTAINER has finished;
// co_await yields the container itself (lvalue or rvalue, as awaited).
template <typename TASK_CONTAINER>
class when_all_ready_awaitable {
  template <typename CONTAINER_REF>
  struct awaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    CONTAINER_REF await_resume() { std::terminate(); }
  };

public:
  auto operator co_await() & noexcept { return awaiter<TASK_CONTAINER &>{}; }
  auto operator co_await() && noexcept {
    return awaiter<TASK_CONTAINER &&>{};
  }
};

template <typename AWAITABLE>
using when_all_ready_result_t =
    typename awaitable_traits<unwrap_reference_t<
        std::remove_reference_t<AWAITABLE>>>::await_result_t;

} // namespace detail

template <typename... AWAITABLES,
          std::enable_if_t<
              std::conjunction_v<is_awaitable<detail::unwrap_reference_t<
                  std::remove_reference_t<AWAITABLES>>>...>,
              int> = 0>
[[nodiscard]] auto when_all_ready(AWAITABLES &&...awaitables) {
  (void)sizeof...(awaitables);
  return detail::when_all_ready_awaitable<std::tuple<
      detail::when_all_task<detail::when_all_ready_result_t<AWAITABLES>>...>>{};
}

template <typename AWAITABLE,
          typename RESULT = typename awaitable_traits<
              detail::unwrap_reference_t<AWAITABLE>>::await_result_t>
[[nodiscard]] auto when_all_ready(std::vector<AWAITABLE> awaitables) {
  (void)awaitables;
  return detail::when_all_ready_awaitable<
      std::vector<detail::when_all_task<RESULT>>>{};
}

} // namespace cppcoro
