// Stub mirroring folly/coro/AsyncScope.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Declarations only (add() keeps the real header's
// static_assert on the awaited result; a bare Task is not awaitable and is
// rejected, exactly as in folly: bind it with co_withExecutor first).
// Note: cleanup() returns SemiFuture<Unit>, not Task<void>.
#pragma once

#include <atomic>
#include <cstddef>
#include <optional>
#include <type_traits>

#include <folly/CancellationToken.h>
#include <folly/ExceptionWrapper.h>
#include <folly/Unit.h>
#include <folly/coro/Coroutine.h>
#include <folly/coro/Task.h>
#include <folly/coro/Traits.h>
#include <folly/futures/Future.h>
#include <folly/portability/SourceLocation.h>

#if FOLLY_HAS_COROUTINES

namespace folly {
namespace coro {

class AsyncScope {
 public:
  AsyncScope() noexcept;
  explicit AsyncScope(bool throwOnJoin) noexcept;
  ~AsyncScope();

  std::size_t remaining() const noexcept;

  template <typename Awaitable>
  void add(Awaitable&& awaitable, void* returnAddress = nullptr);

  template <typename Awaitable>
  void addWithSourceLoc(
      Awaitable&& awaitable,
      void* returnAddress = nullptr,
      source_location sourceLocation = source_location::current());

  Task<void> joinAsync() noexcept;

  SemiFuture<Unit> cleanup() noexcept;

 private:
  template <typename Awaitable>
  static constexpr bool checkAwaitable() {
    static_assert(
        std::is_void_v<await_result_t<Awaitable>> ||
            std::is_same_v<await_result_t<Awaitable>, folly::Unit>,
        "Result of the task would be discarded. Make sure task result is either void or folly::Unit.");
    return true;
  }
};

template <typename Awaitable>
inline void AsyncScope::add(Awaitable&& awaitable, void* returnAddress) {
  static_assert(checkAwaitable<Awaitable>());
  (void)awaitable;
  (void)returnAddress;
}

template <typename Awaitable>
inline void AsyncScope::addWithSourceLoc(
    Awaitable&& awaitable,
    void* returnAddress,
    source_location sourceLocation) {
  static_assert(checkAwaitable<Awaitable>());
  (void)awaitable;
  (void)returnAddress;
  (void)sourceLocation;
}

class CancellableAsyncScope {
 public:
  CancellableAsyncScope() noexcept;
  explicit CancellableAsyncScope(bool throwOnJoin) noexcept;
  explicit CancellableAsyncScope(CancellationToken&& token);
  CancellableAsyncScope(CancellationToken&& token, bool throwOnJoin);

  std::size_t remaining() const noexcept { return scope_.remaining(); }

  template <typename Awaitable>
  void add(
      Awaitable&& awaitable,
      std::optional<CancellationToken> token = std::nullopt,
      void* returnAddress = nullptr) {
    scope_.add(
        co_withCancellation(
            token ? cancellation_token_merge(*token, cancellationToken_)
                  : cancellationToken_,
            static_cast<Awaitable&&>(awaitable)),
        returnAddress);
  }

  template <typename Awaitable>
  void addWithSourceLoc(
      Awaitable&& awaitable,
      std::optional<CancellationToken> token,
      void* returnAddress = nullptr,
      source_location sourceLocation = source_location::current());

  template <typename Awaitable>
  void addWithSourceLoc(
      Awaitable&& awaitable,
      source_location sourceLocation = source_location::current());

  template <class T>
  folly::coro::Task<void> co_schedule(
      folly::coro::Task<T>&& task,
      std::optional<CancellationToken> token = std::nullopt);

  void requestCancellation() const noexcept;
  bool isScopeCancellationRequested() const noexcept;

  Task<void> cancelAndJoinAsync() noexcept;
  Task<void> joinAsync() noexcept;

 private:
  folly::CancellationSource cancellationSource_;
  CancellationToken cancellationToken_;
  AsyncScope scope_;
};

} // namespace coro
} // namespace folly

#endif // FOLLY_HAS_COROUTINES
