// Stub mirroring folly/coro/Traits.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Same public trait names; implemented with concepts.
#pragma once

#include <concepts>
#include <type_traits>
#include <utility>

#include <folly/coro/Coroutine.h>

#if FOLLY_HAS_COROUTINES

namespace folly::coro {

namespace detail {

template <typename Awaitable>
concept _has_member_operator_co_await_c = requires(Awaitable&& a) {
  static_cast<Awaitable&&>(a).operator co_await();
};

template <typename Awaitable>
concept _has_free_operator_co_await_c = requires(Awaitable&& a) {
  operator co_await(static_cast<Awaitable&&>(a));
};

} // namespace detail

template <typename T>
struct is_awaiter : std::bool_constant<requires(T& a) {
  { a.await_ready() } -> std::convertible_to<bool>;
  a.await_resume();
}> {};

template <typename T>
constexpr bool is_awaiter_v = is_awaiter<T>::value;

struct get_awaiter_fn {
  template <typename Awaitable>
    requires detail::_has_member_operator_co_await_c<Awaitable>
  decltype(auto) operator()(Awaitable&& awaitable) const {
    return static_cast<Awaitable&&>(awaitable).operator co_await();
  }
  template <typename Awaitable>
    requires(
        !detail::_has_member_operator_co_await_c<Awaitable> &&
        detail::_has_free_operator_co_await_c<Awaitable>)
  decltype(auto) operator()(Awaitable&& awaitable) const {
    return operator co_await(static_cast<Awaitable&&>(awaitable));
  }
  template <typename Awaitable>
    requires(
        !detail::_has_member_operator_co_await_c<Awaitable> &&
        !detail::_has_free_operator_co_await_c<Awaitable>)
  Awaitable&& operator()(Awaitable&& awaitable) const {
    return static_cast<Awaitable&&>(awaitable);
  }
};
inline constexpr get_awaiter_fn get_awaiter{};

template <typename T>
struct is_awaitable : std::bool_constant<requires {
  requires is_awaiter_v<std::remove_reference_t<
      decltype(folly::coro::get_awaiter(std::declval<T>()))>>;
}> {};

template <typename T>
constexpr bool is_awaitable_v = is_awaitable<T>::value;

template <typename Awaitable, typename = void>
struct awaiter_type {};

template <typename Awaitable>
struct awaiter_type<Awaitable, std::enable_if_t<is_awaitable_v<Awaitable>>> {
  using type = decltype(folly::coro::get_awaiter(std::declval<Awaitable>()));
};

template <typename Awaitable>
using awaiter_type_t = typename awaiter_type<Awaitable>::type;

template <typename Awaitable, typename = void>
struct await_result {};

template <typename Awaitable>
struct await_result<Awaitable, std::enable_if_t<is_awaitable_v<Awaitable>>> {
  using type = decltype(std::declval<awaiter_type_t<Awaitable>&>().await_resume());
};

template <typename Awaitable>
using await_result_t = typename await_result<Awaitable>::type;

} // namespace folly::coro

#endif // FOLLY_HAS_COROUTINES
