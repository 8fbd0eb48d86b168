// Stub mirroring folly/futures/Promise.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Declarations only.
#pragma once

#include <exception>
#include <type_traits>

#include <folly/ExceptionWrapper.h>
#include <folly/Try.h>
#include <folly/Unit.h>

namespace folly {

template <class T>
class SemiFuture;
template <class T>
class Future;

template <class T>
class Promise {
 public:
  static Promise<T> makeEmpty() noexcept;

  Promise();
  ~Promise();

  Promise(Promise const&) = delete;
  Promise& operator=(Promise const&) = delete;
  Promise(Promise<T>&& other) noexcept;
  Promise& operator=(Promise<T>&& other) noexcept;

  SemiFuture<T> getSemiFuture();
  Future<T> getFuture();

  void setException(exception_wrapper ew);

  template <class B = T>
  std::enable_if_t<std::is_same<Unit, B>::value, void> setValue() {
    setTry(Try<T>(T()));
  }

  template <class M>
  void setValue(M&& value);

  void setTry(Try<T>&& t);

  template <class F>
  void setWith(F&& /*func*/) { std::terminate(); }

  bool isFulfilled() const noexcept;
  bool valid() const noexcept;
};

} // namespace folly
