// Stub mirroring folly/coro/BlockingWait.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). `blockingWait` is a reference to the function object
// `blocking_wait`; the executor overload takes `folly::DrivableExecutor*`.
// Declarations only.
#pragma once

#include <type_traits>

#include <folly/Try.h>
#include <folly/coro/Coroutine.h>
#include <folly/coro/Task.h>
#include <folly/coro/Traits.h>
#include <folly/coro/ViaIfAsync.h>
#include <folly/coro/detail/Traits.h>
#include <folly/executors/DrivableExecutor.h>

#if FOLLY_HAS_COROUTINES

namespace folly {
namespace coro {

struct blocking_wait_fn {
  template <typename Awaitable>
  auto operator()(Awaitable&& awaitable) const
      -> detail::decay_rvalue_reference_t<await_result_t<Awaitable>>;

  template <typename SemiAwaitable>
  auto operator()(
      SemiAwaitable&& awaitable, folly::DrivableExecutor* executor) const
      -> detail::decay_rvalue_reference_t<semi_await_result_t<SemiAwaitable>>;

  template <typename SemiAwaitable>
    requires(!is_awaitable_v<SemiAwaitable>)
  auto operator()(SemiAwaitable&& awaitable) const
      -> detail::decay_rvalue_reference_t<semi_await_result_t<SemiAwaitable>>;
};
inline constexpr blocking_wait_fn blocking_wait{};
static constexpr blocking_wait_fn const& blockingWait =
    blocking_wait; // backcompat

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
