// Stub mirroring folly/futures/Future.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Declarations only (no shared state); subset of the
// public API. Neither ~Future nor ~SemiFuture blocks.
#pragma once

#include <cstdint>
#include <exception>
#include <optional>
#include <stdexcept>
#include <type_traits>
#include <utility>

#include <folly/Executor.h>
#include <folly/ExceptionWrapper.h>
#include <folly/Portability.h>
#include <folly/Try.h>
#include <folly/Unit.h>
#include <folly/futures/Future-pre.h>
#include <folly/futures/Promise.h>
#include <folly/futures/detail/Types.h>

#if FOLLY_HAS_COROUTINES
#include <coroutine>
#endif

namespace folly {

class FutureException : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};
class FutureInvalid : public FutureException {
 public:
  FutureInvalid() : FutureException("Future invalid") {}
};
class FutureAlreadyContinued : public FutureException {
 public:
  FutureAlreadyContinued() : FutureException("Future already continued") {}
};
class FutureNotReady : public FutureException {
 public:
  FutureNotReady() : FutureException("Future not ready") {}
};
class FutureCancellation : public FutureException {
 public:
  FutureCancellation() : FutureException("Future was cancelled") {}
};
class FutureTimeout : public FutureException {
 public:
  FutureTimeout() : FutureException("Timed out") {}
};

namespace futures {
namespace detail {

template <class T>
class FutureBase {
 public:
  using value_type = T;

  template <class T2 = T>
    requires(
        !FutureBaseType<std::decay_t<T2>> && !FutureType<std::decay_t<T2>> &&
        !SemiFutureType<std::decay_t<T2>> &&
        std::is_constructible_v<Try<T>, T2>)
  /* implicit */ FutureBase(T2&& val);

  template <class T2 = T>
  /* implicit */ FutureBase(
      typename std::enable_if<std::is_same<Unit, T2>::value>::type*);

  template <class... Args>
    requires std::is_constructible_v<T, Args&&...>
  explicit FutureBase(std::in_place_t, Args&&... args);

  FutureBase(FutureBase<T> const&) = delete;
  FutureBase(SemiFuture<T>&&) noexcept;
  FutureBase(Future<T>&&) noexcept;
  FutureBase(Future<T> const&) = delete;
  FutureBase(SemiFuture<T> const&) = delete;

  ~FutureBase();

  bool valid() const noexcept;

  T& value() &;
  T const& value() const&;
  T&& value() &&;
  T const&& value() const&&;

  Try<T>& result() &;
  Try<T> const& result() const&;
  Try<T>&& result() &&;
  Try<T> const&& result() const&&;

  bool isReady() const;
  bool hasValue() const;
  bool hasException() const;

  std::optional<Try<T>> poll(); // folly::Optional in the real header

  void raise(exception_wrapper exception);
  void cancel() { raise(FutureCancellation()); }
};

} // namespace detail

// Detach the SemiFuture by scheduling work onto exec.
template <class T>
void detachOn(folly::Executor::KeepAlive<> exec, folly::SemiFuture<T>&& fut);

// Detach the SemiFuture by detaching work onto the global CPU executor.
template <class T>
void detachOnGlobalCPUExecutor(folly::SemiFuture<T>&& fut);
} // namespace futures

template <class T>
class SemiFuture : private futures::detail::FutureBase<T> {
 private:
  using Base = futures::detail::FutureBase<T>;

 public:
  ~SemiFuture();

  static SemiFuture<T> makeEmpty();

  using typename Base::value_type;

  template <class T2 = T>
    requires(
        !FutureBaseType<std::decay_t<T2>> && !FutureType<std::decay_t<T2>> &&
        !SemiFutureType<std::decay_t<T2>> &&
        std::is_constructible_v<Try<T>, T2>)
  /* implicit */ SemiFuture(T2&& val) : Base(static_cast<T2&&>(val)) {}

  template <class T2 = T>
  /* implicit */ SemiFuture(
      typename std::enable_if<std::is_same<Unit, T2>::value>::type* p = nullptr)
      : Base(p) {}

  template <class... Args>
    requires std::is_constructible_v<T, Args&&...>
  explicit SemiFuture(std::in_place_t, Args&&... args)
      : Base(std::in_place, static_cast<Args&&>(args)...) {}

  SemiFuture(SemiFuture<T> const&) = delete;
  SemiFuture(SemiFuture<T>&&) noexcept;
  /* implicit */ SemiFuture(Future<T>&&) noexcept;

  using Base::cancel;
  using Base::hasException;
  using Base::hasValue;
  using Base::isReady;
  using Base::poll;
  using Base::raise;
  using Base::result;
  using Base::valid;
  using Base::value;

  SemiFuture& operator=(SemiFuture const&) = delete;
  SemiFuture& operator=(SemiFuture&&) noexcept;
  SemiFuture& operator=(Future<T>&&) noexcept;

  T get() &&;
  T get(HighResDuration dur) &&;
  Try<T> getTry() &&;
  Try<T> getTry(HighResDuration dur) &&;

  SemiFuture<T>& wait() &;
  SemiFuture<T>&& wait() &&;
  // Note: the timed wait on SemiFuture is rvalue-only and returns bool
  // (the lvalue overload is private in the real header).
  bool wait(HighResDuration dur) &&;

  Future<T> via(Executor::KeepAlive<> executor) &&;
  Future<T> viaInlineUnsafe(Executor::KeepAlive<> executor) &&;
  Future<T> via(Executor::KeepAlive<> executor, int8_t priority) &&;

  template <typename F>
  SemiFuture<typename futures::detail::tryCallableResult<T, F>::value_type>
  defer(F&& /*func*/) && { std::terminate(); }

  template <typename F>
  SemiFuture<
      typename futures::detail::tryExecutorCallableResult<T, F>::value_type>
  deferExTry(F&& /*func*/) && { std::terminate(); }

  template <typename F>
  SemiFuture<typename futures::detail::valueCallableResult<T, F>::value_type>
  deferValue(F&& /*func*/) && { std::terminate(); }

  template <class F>
  SemiFuture<T> deferError(F&& /*func*/) && { std::terminate(); }

  template <class F>
  SemiFuture<T> deferEnsure(F&& /*func*/) && { std::terminate(); }

  SemiFuture<Unit> unit() &&;

  SemiFuture<T> within(HighResDuration dur, Timekeeper* tk = nullptr) &&;
  SemiFuture<T> delayed(HighResDuration dur, Timekeeper* tk = nullptr) &&;

  Future<T> toUnsafeFuture() &&;

#if FOLLY_HAS_COROUTINES
  friend Future<T> co_viaIfAsync(
      folly::Executor::KeepAlive<> executor, SemiFuture<T>&& future) noexcept {
    return std::move(future).viaInlineUnsafe(std::move(executor));
  }
#endif

 private:
  template <class>
  friend class futures::detail::FutureBase;
  template <class>
  friend class SemiFuture;
  template <class>
  friend class Future;

  SemiFuture<T>& wait(HighResDuration dur) &;
};

template <class T>
class Future : private futures::detail::FutureBase<T> {
 private:
  using Base = futures::detail::FutureBase<T>;

 public:
  using typename Base::value_type;

  template <class T2 = T>
    requires(
        !FutureBaseType<std::decay_t<T2>> && !FutureType<std::decay_t<T2>> &&
        !SemiFutureType<std::decay_t<T2>> &&
        std::is_constructible_v<Try<T>, T2>)
  /* implicit */ Future(T2&& val) : Base(static_cast<T2&&>(val)) {}

  template <class T2 = T>
  /* implicit */ Future(
      typename std::enable_if<std::is_same<Unit, T2>::value>::type* p = nullptr)
      : Base(p) {}

  template <class... Args>
    requires std::is_constructible_v<T, Args&&...>
  explicit Future(std::in_place_t, Args&&... args)
      : Base(std::in_place, static_cast<Args&&>(args)...) {}

  Future(Future<T> const&) = delete;
  Future(Future<T>&&) noexcept;

  using Base::cancel;
  using Base::hasException;
  using Base::hasValue;
  using Base::isReady;
  using Base::poll;
  using Base::raise;
  using Base::result;
  using Base::valid;
  using Base::value;

  static Future<T> makeEmpty();

  Future& operator=(Future const&) = delete;
  Future& operator=(Future&&) noexcept;

  Future<T> via(Executor::KeepAlive<> executor) &&;
  Future<T> via(Executor::KeepAlive<> executor, int8_t priority) &&;
  Future<T> via(Executor::KeepAlive<> executor) &;
  Future<T> via(Executor::KeepAlive<> executor, int8_t priority) &;

  template <typename F>
  Future<typename futures::detail::tryCallableResult<T, F>::value_type> thenTry(
      F&& /*func*/) && { std::terminate(); }

  template <typename F>
  Future<typename futures::detail::tryCallableResult<T, F>::value_type>
  thenTryInline(F&& /*func*/) && { std::terminate(); }

  template <typename F>
  Future<typename futures::detail::valueCallableResult<T, F>::value_type>
  thenValue(F&& /*func*/) && { std::terminate(); }

  template <typename F>
  Future<typename futures::detail::valueCallableResult<T, F>::value_type>
  thenValueInline(F&& /*func*/) && { std::terminate(); }

  template <class F>
  typename std::enable_if<
      isFutureOrSemiFuture<std::invoke_result_t<F, exception_wrapper>>::value,
      Future<T>>::type
  thenError(F&& /*func*/) && { std::terminate(); }

  template <class F>
  typename std::enable_if<
      !isFutureOrSemiFuture<std::invoke_result_t<F, exception_wrapper>>::value,
      Future<T>>::type
  thenError(F&& /*func*/) && { std::terminate(); }

  Future<Unit> unit() &&;

  template <class F>
  Future<T> ensure(F&& /*func*/) && { std::terminate(); }

  Future<T> within(HighResDuration dur, Timekeeper* tk = nullptr) &&;
  Future<T> delayed(HighResDuration, Timekeeper* = nullptr) &&;

  T get() &&;
  T get(HighResDuration dur) &&;
  Try<T> getTry() &&;
  Try<T> getTry(HighResDuration dur) &&;

  Future<T>& wait() &;
  Future<T>&& wait() &&;
  Future<T>& wait(HighResDuration dur) &;
  Future<T>&& wait(HighResDuration dur) &&;

  SemiFuture<T> semi() && { return SemiFuture<T>{std::move(*this)}; }

#if FOLLY_HAS_COROUTINES
  friend Future<T> co_viaIfAsync(
      folly::Executor::KeepAlive<> executor, Future<T>&& future) noexcept {
    return std::move(future).via(std::move(executor));
  }
#endif

 private:
  template <class>
  friend class futures::detail::FutureBase;
  template <class>
  friend class Future;
  template <class>
  friend class SemiFuture;
};

template <class T>
SemiFuture<typename std::decay<T>::type> makeSemiFuture(T&& t);

SemiFuture<Unit> makeSemiFuture();

template <class T>
SemiFuture<T> makeSemiFuture(exception_wrapper ew);

template <class T, class E>
  requires std::is_base_of_v<std::exception, std::decay_t<E>>
SemiFuture<T> makeSemiFuture(E&& e);

template <class T>
SemiFuture<T> makeSemiFuture(Try<T> t);

template <class F>
typename std::enable_if<
    isFutureOrSemiFuture<std::invoke_result_t<F>>::value,
    SemiFuture<typename std::invoke_result_t<F>::value_type>>::type
makeSemiFutureWith(F&& /*func*/) { std::terminate(); }

template <class F>
typename std::enable_if<
    !(isFutureOrSemiFuture<std::invoke_result_t<F>>::value),
    SemiFuture<lift_unit_t<std::invoke_result_t<F>>>>::type
makeSemiFutureWith(F&& /*func*/) { std::terminate(); }

template <class T>
Future<typename std::decay<T>::type> makeFuture(T&& t);

Future<Unit> makeFuture();

template <class T>
Future<T> makeFuture(exception_wrapper ew);

template <class T, class E>
  requires std::is_base_of_v<std::exception, std::decay_t<E>>
Future<T> makeFuture(E&& e);

template <class T>
Future<T> makeFuture(Try<T> t);

inline Future<Unit> via(Executor::KeepAlive<> executor) {
  return makeFuture().via(std::move(executor));
}
inline Future<Unit> via(Executor::KeepAlive<> executor, int8_t priority) {
  return makeFuture().via(std::move(executor), priority);
}

// Note: there is no `via(Executor*, Func)` overload any more (removed in
// 2019); `Executor*` converts implicitly to `Executor::KeepAlive<>`.
template <class Func>
auto via(Executor::KeepAlive<>, Func&& func)
    -> Future<typename isFutureOrSemiFuture<
        decltype(static_cast<Func&&>(func)())>::Inner> { std::terminate(); }

} // namespace folly

#if FOLLY_HAS_COROUTINES

namespace folly {
namespace detail {

template <typename T>
class FutureAwaiter {
 public:
  explicit FutureAwaiter(folly::Future<T>&& future) noexcept
      : future_(std::move(future)) {}

  bool await_ready() noexcept;
  T await_resume() { return std::move(result_).value(); }
  Try<drop_unit_t<T>> await_resume_try();
  bool await_suspend(std::coroutine_handle<> h) noexcept;

 private:
  folly::Future<T> future_;
  folly::Try<T> result_;
};

} // namespace detail

template <typename T>
inline detail::FutureAwaiter<T>
/* implicit */ operator co_await(Future<T>&& future) noexcept {
  return detail::FutureAwaiter<T>(std::move(future));
}

} // namespace folly
#endif
