// Stub mirroring folly/ExceptionWrapper.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Declarations only; `what()`/`class_name()` return
// std::string here (folly::fbstring in the real header).
#pragma once

#include <exception>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <utility>

namespace folly {

class exception_wrapper final {
 public:
  exception_wrapper() noexcept {}
  exception_wrapper(exception_wrapper&& that) noexcept;
  exception_wrapper(exception_wrapper const& that) = default;
  exception_wrapper& operator=(exception_wrapper&& that) noexcept;
  exception_wrapper& operator=(exception_wrapper const& that) = default;

  explicit exception_wrapper(std::exception_ptr const& ptr) noexcept;
  explicit exception_wrapper(std::exception_ptr&& ptr) noexcept;

  template <
      class Ex,
      class Ex_ = std::decay_t<Ex>,
      std::enable_if_t<std::is_base_of_v<std::exception, Ex_>, int> = 0>
  /* implicit */ exception_wrapper(Ex&& ex);

  template <class Ex, class Ex_ = std::decay_t<Ex>>
  exception_wrapper(std::in_place_t, Ex&& ex);

  template <class Ex, typename... As>
  exception_wrapper(std::in_place_type_t<Ex>, As&&... as);

  void swap(exception_wrapper& that) noexcept;
  explicit operator bool() const noexcept;
  bool operator!() const noexcept;
  void reset();
  bool has_exception_ptr() const noexcept;

  std::exception* get_mutable_exception() const noexcept;
  std::exception const* get_exception() const noexcept;
  template <typename Ex>
  Ex* get_mutable_exception() const noexcept;
  template <typename Ex>
  Ex const* get_exception() const noexcept;

  std::exception_ptr to_exception_ptr() const& noexcept;
  std::exception_ptr to_exception_ptr() && = delete;
  std::exception_ptr& exception_ptr() & noexcept;
  std::exception_ptr const& exception_ptr() const& noexcept;

  std::type_info const* type() const noexcept;
  std::string what() const;
  std::string class_name() const;

  template <class Ex>
  bool is_compatible_with() const noexcept;

  [[noreturn]] void throw_exception() const;

  template <class Ex = void const, class Fn>
  bool with_exception(Fn /*fn*/) { std::terminate(); }
  template <class Ex = void const, class Fn>
  bool with_exception(Fn /*fn*/) const { std::terminate(); }
};

exception_wrapper current_exception_wrapper() noexcept;

} // namespace folly
