// Mirrors include/cppcoro/awaitable_traits.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148 (C++20 <coroutine> in place of
// <experimental/coroutine>).
// Own minimal stub: declarations and trivial bodies, no upstream code.
#pragma once

#include <coroutine>
#include <type_traits>
#include <utility>

namespace cppcoro {

namespace detail {

// Something with await_ready / await_suspend / await_resume.
template <typename A>
concept stub_awaiter = requires(A &&a, std::coroutine_handle<> h) {
  static_cast<A &&>(a).await_ready();
  static_cast<A &&>(a).await_suspend(h);
  static_cast<A &&>(a).await_resume();
};

template <typename T>
concept stub_member_co_await =
    requires { std::declval<T>().operator co_await(); };

template <typename T>
concept stub_free_co_await =
    requires { operator co_await(std::declval<T>()); };

// What co_await on an expression of type T ends up calling await_*() on:
// a member operator co_await, else a free one, else T itself.
template <typename T>
struct stub_awaiter_of {};

template <typename T>
  requires stub_member_co_await<T>
struct stub_awaiter_of<T> {
  using type = decltype(std::declval<T>().operator co_await());
};

template <typename T>
  requires(!stub_member_co_await<T> && stub_free_co_await<T>)
struct stub_awaiter_of<T> {
  using type = decltype(operator co_await(std::declval<T>()));
};

template <typename T>
  requires(!stub_member_co_await<T> && !stub_free_co_await<T> &&
           stub_awaiter<T>)
struct stub_awaiter_of<T> {
  using type = T &&;
};

template <typename T>
concept stub_awaitable = requires {
  typename stub_awaiter_of<T>::type;
} && stub_awaiter<typename stub_awaiter_of<T>::type>;

} // namespace detail

// Empty unless T can be co_awaited.
template <typename T, typename = void>
struct awaitable_traits {};

template <typename T>
  requires detail::stub_awaitable<T>
struct awaitable_traits<T, void> {
  using awaiter_t = typename detail::stub_awaiter_of<T>::type;
  using await_result_t = decltype(std::declval<awaiter_t>().await_resume());
};

} // namespace cppcoro
