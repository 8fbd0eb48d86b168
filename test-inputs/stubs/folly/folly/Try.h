// Stub mirroring folly/Try.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Public API subset; the real class derives from
// detail::TryBase<T> (value/exception union), here std::optional is used.
// Copyability follows T, as in the real header.
#pragma once

#include <exception>
#include <optional>
#include <stdexcept>
#include <type_traits>
#include <utility>

#include <folly/ExceptionWrapper.h>
#include <folly/Unit.h>

namespace folly {

class TryException : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

class UsingUninitializedTry : public TryException {
 public:
  UsingUninitializedTry() : TryException("Using uninitialized try") {}
};

template <class T>
class Try;

template <class T>
class Try {
  static_assert(
      !std::is_reference<T>::value, "Try may not be used with reference types");

 public:
  using element_type = T;

  Try() noexcept = default;
  explicit Try(const T& v) noexcept(
      std::is_nothrow_copy_constructible<T>::value)
      : value_(v) {}
  explicit Try(T&& v) noexcept(std::is_nothrow_move_constructible<T>::value)
      : value_(std::move(v)) {}
  template <typename... Args>
  explicit Try(std::in_place_t, Args&&... args) noexcept(
      std::is_nothrow_constructible<T, Args&&...>::value)
      : value_(std::in_place, static_cast<Args&&>(args)...) {}
  template <class T2 = T>
  /* implicit */ Try(
      typename std::enable_if<std::is_same<Unit, T2>::value, Try<void> const&>::
          type t) noexcept;
  explicit Try(exception_wrapper e) noexcept
      : hasException_(true), e_(std::move(e)) {}

  template <typename... Args>
  T& emplace(Args&&... args) noexcept(
      std::is_nothrow_constructible<T, Args&&...>::value) {
    hasException_ = false;
    return value_.emplace(static_cast<Args&&>(args)...);
  }
  template <typename... Args>
  exception_wrapper& emplaceException(Args&&... args) noexcept(
      std::is_nothrow_constructible<exception_wrapper, Args&&...>::value);

  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T& value() const& { return *value_; }
  const T&& value() const&& { return std::move(*value_); }

  template <class U>
  T value_or(U&& defaultValue) const&;
  template <class U>
  T value_or(U&& defaultValue) &&;

  void throwUnlessValue() const;
  [[deprecated("Replaced by throwUnlessValue")]] void throwIfFailed() const;

  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  T&& operator*() && { return std::move(value()); }
  const T&& operator*() const&& { return std::move(value()); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  bool hasValue() const noexcept { return value_.has_value(); }
  bool hasException() const noexcept { return hasException_; }
  template <class Ex>
  bool hasException() const noexcept;

  exception_wrapper& exception() & { return e_; }
  exception_wrapper&& exception() && { return std::move(e_); }
  const exception_wrapper& exception() const& { return e_; }
  const exception_wrapper&& exception() const&& { return std::move(e_); }

  std::exception const* tryGetExceptionObject() const noexcept;
  template <class Ex>
  Ex const* tryGetExceptionObject() const noexcept;

  template <class Ex, class F>
  bool withException(F /*func*/) { std::terminate(); }
  template <class Ex, class F>
  bool withException(F /*func*/) const { std::terminate(); }
  template <class F>
  bool withException(F /*func*/) { std::terminate(); }
  template <class F>
  bool withException(F /*func*/) const { std::terminate(); }

 private:
  std::optional<T> value_;
  bool hasException_ = false;
  exception_wrapper e_;
};

template <>
class Try<void> {
 public:
  using element_type = void;

  Try() noexcept : hasValue_(true) {}
  explicit Try(exception_wrapper e) noexcept
      : hasValue_(false), e_(std::move(e)) {}
  /* implicit */ Try(const Try<Unit>& t) noexcept;
  Try(const Try<void>& t) noexcept = default;
  Try& operator=(const Try<void>& t) noexcept = default;

  void emplace() noexcept { hasValue_ = true; }
  template <typename... Args>
  exception_wrapper& emplaceException(Args&&... args) noexcept(
      std::is_nothrow_constructible<exception_wrapper, Args&&...>::value);

  void value() const { throwIfFailed(); }
  void operator*() const { return value(); }

  void throwIfFailed() const;
  void throwUnlessValue() const;

  bool hasValue() const noexcept { return hasValue_; }
  bool hasException() const noexcept { return !hasValue_; }
  template <class Ex>
  bool hasException() const noexcept;

  exception_wrapper& exception() & { return e_; }
  exception_wrapper&& exception() && { return std::move(e_); }
  const exception_wrapper& exception() const& { return e_; }
  const exception_wrapper&& exception() const&& { return std::move(e_); }

  std::exception const* tryGetExceptionObject() const noexcept;
  template <class E>
  E const* tryGetExceptionObject() const noexcept;

  template <class Ex, class F>
  bool withException(F /*func*/) { std::terminate(); }
  template <class Ex, class F>
  bool withException(F /*func*/) const { std::terminate(); }
  template <class F>
  bool withException(F /*func*/) { std::terminate(); }
  template <class F>
  bool withException(F /*func*/) const { std::terminate(); }

 private:
  bool hasValue_;
  exception_wrapper e_;
};

template <typename T>
struct isTry : std::false_type {};

template <typename T>
struct isTry<Try<T>> : std::true_type {};

template <typename F>
typename std::enable_if<
    !isTry<std::invoke_result_t<F>>::value,
    Try<std::invoke_result_t<F>>>::type
makeTryWith(F&& /*f*/) noexcept { std::terminate(); }

template <typename F>
typename std::enable_if<
    isTry<std::invoke_result_t<F>>::value,
    std::invoke_result_t<F>>::type
makeTryWith(F&& /*f*/) noexcept { std::terminate(); }

template <typename T>
Try(T&&) -> Try<std::decay_t<T>>;

} // namespace folly
