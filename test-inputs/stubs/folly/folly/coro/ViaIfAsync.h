// Stub mirroring folly/coro/ViaIfAsync.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Provides the `co_viaIfAsync` CPO and the
// semi-awaitable traits; no executor hopping is modelled.
#pragma once

#include <type_traits>
#include <utility>

#include <folly/Executor.h>
#include <folly/coro/Coroutine.h>
#include <folly/coro/Traits.h>

#if FOLLY_HAS_COROUTINES

namespace folly::coro {

template <bool IsStackAware, typename Awaitable>
class ViaIfAsyncAwaiter {
 public:
  ViaIfAsyncAwaiter(
      folly::Executor::KeepAlive<> executor, Awaitable&& awaitable);

  bool await_ready() noexcept { return false; }

  template <typename Promise>
  coroutine_handle<> await_suspend(coroutine_handle<Promise> h) noexcept;

  await_result_t<Awaitable> await_resume();
};

template <typename Awaitable>
class ViaIfAsyncAwaitable {
 public:
  explicit ViaIfAsyncAwaitable(
      folly::Executor::KeepAlive<> executor,
      Awaitable&&
          awaitable) noexcept(std::is_nothrow_move_constructible<Awaitable>::
                                  value)
      : executor_(std::move(executor)),
        awaitable_(static_cast<Awaitable&&>(awaitable)) {}

  ViaIfAsyncAwaiter<false, Awaitable> operator co_await() && {
    return ViaIfAsyncAwaiter<false, Awaitable>{
        std::move(executor_), static_cast<Awaitable&&>(awaitable_)};
  }

 private:
  folly::Executor::KeepAlive<> executor_;
  Awaitable awaitable_;
};

namespace detail {
namespace adl {

template <typename Awaitable>
  requires is_awaitable_v<Awaitable>
auto co_viaIfAsync(folly::Executor::KeepAlive<> executor, Awaitable&& awaitable)
    -> ViaIfAsyncAwaitable<Awaitable> {
  return ViaIfAsyncAwaitable<Awaitable>{
      std::move(executor), static_cast<Awaitable&&>(awaitable)};
}

struct ViaIfAsyncFunction {
  template <typename Awaitable>
  auto operator()(folly::Executor::KeepAlive<> executor, Awaitable&& awaitable)
      const noexcept(noexcept(co_viaIfAsync(
          std::move(executor), static_cast<Awaitable&&>(awaitable))))
          -> decltype(co_viaIfAsync(
              std::move(executor), static_cast<Awaitable&&>(awaitable))) {
    return co_viaIfAsync(
        std::move(executor), static_cast<Awaitable&&>(awaitable));
  }
};

} // namespace adl
} // namespace detail

// FOLLY_DEFINE_CPO(detail::adl::ViaIfAsyncFunction, co_viaIfAsync)
namespace folly_cpo__ {
inline constexpr detail::adl::ViaIfAsyncFunction co_viaIfAsync{};
}
using namespace folly_cpo__;

template <typename T>
using semi_await_awaitable_t = decltype(folly::coro::co_viaIfAsync(
    std::declval<folly::Executor::KeepAlive<>>(), std::declval<T>()));

template <typename T, typename = void>
struct is_semi_awaitable : std::false_type {};

template <typename T>
struct is_semi_awaitable<T, std::void_t<semi_await_awaitable_t<T>>>
    : std::true_type {};

template <typename T>
constexpr bool is_semi_awaitable_v = is_semi_awaitable<T>::value;

template <typename T>
using semi_await_result_t = await_result_t<semi_await_awaitable_t<T>>;

} // namespace folly::coro

#endif // FOLLY_HAS_COROUTINES
