// Stub mirroring folly/futures/Future-pre.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Type traits used in Future/SemiFuture signatures.
#pragma once

#include <type_traits>

#include <folly/Executor.h>
#include <folly/Try.h>
#include <folly/Unit.h>

namespace folly {

template <class>
class Promise;

template <class T>
class SemiFuture;

template <class T>
class Future;

template <typename T>
struct isSemiFuture : std::false_type {
  using Inner = lift_unit_t<T>;
};

template <typename T>
struct isSemiFuture<SemiFuture<T>> : std::true_type {
  using Inner = T;
};

template <typename T>
struct isFuture : std::false_type {
  using Inner = lift_unit_t<T>;
};

template <typename T>
struct isFuture<Future<T>> : std::true_type {
  using Inner = T;
};

template <typename T>
struct isFutureOrSemiFuture : std::false_type {
  using Inner = lift_unit_t<T>;
};

template <typename T>
struct isFutureOrSemiFuture<Try<T>> : std::false_type {
  using Inner = lift_unit_t<T>;
};

template <typename T>
struct isFutureOrSemiFuture<Future<T>> : std::true_type {
  using Inner = T;
};

template <typename T>
struct isFutureOrSemiFuture<Future<Try<T>>> : std::true_type {
  using Inner = T;
};

template <typename T>
struct isFutureOrSemiFuture<SemiFuture<T>> : std::true_type {
  using Inner = T;
};

template <typename T>
struct isFutureOrSemiFuture<SemiFuture<Try<T>>> : std::true_type {
  using Inner = T;
};

template <typename T>
concept FutureType = isFuture<T>::value;

template <typename T>
concept SemiFutureType = isSemiFuture<T>::value;

template <typename T>
concept FutureOrSemiFutureType = isFutureOrSemiFuture<T>::value;

namespace futures {
namespace detail {
template <class T>
class FutureBase;
} // namespace detail
} // namespace futures

template <typename T>
struct isFutureBase : std::false_type {};

template <typename T>
struct isFutureBase<futures::detail::FutureBase<T>> : std::true_type {};

template <typename T>
concept FutureBaseType = isFutureBase<T>::value;

namespace futures {
namespace detail {

template <typename...>
struct ArgType;

template <typename Arg, typename... Args>
struct ArgType<Arg, Args...> {
  using FirstArg = Arg;
  using Tail = ArgType<Args...>;
};

template <>
struct ArgType<> {
  using FirstArg = void;
};

template <bool isTry_, typename F, typename... Args>
struct argResult {
  using ArgList = ArgType<Args...>;
  using Result = std::invoke_result_t<F, Args...>;
  static constexpr bool isTry() { return isTry_; }
};

template <typename T, typename F>
struct tryCallableResult {
  using Arg = detail::argResult<true, F, Try<T>&&>;
  using ReturnsFuture = isFutureOrSemiFuture<typename Arg::Result>;
  using value_type = typename ReturnsFuture::Inner;
};

template <typename T, typename F>
struct tryExecutorCallableResult {
  using Arg = detail::argResult<true, F, Executor::KeepAlive<>&&, Try<T>&&>;
  using ReturnsFuture = isFutureOrSemiFuture<typename Arg::Result>;
  using value_type = typename ReturnsFuture::Inner;
};

template <typename T, typename F>
struct valueCallableResult {
  using Arg = detail::argResult<false, F, T&&>;
  using ReturnsFuture = isFutureOrSemiFuture<typename Arg::Result>;
  using value_type = typename ReturnsFuture::Inner;
};

template <typename T, typename F>
struct valueExecutorCallableResult {
  using Arg = detail::argResult<false, F, Executor::KeepAlive<>&&, T&&>;
  using ReturnsFuture = isFutureOrSemiFuture<typename Arg::Result>;
  using value_type = typename ReturnsFuture::Inner;
};

class DeferredExecutor;

} // namespace detail
} // namespace futures

class Timekeeper;

} // namespace folly
