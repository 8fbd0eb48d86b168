// Stub mirroring folly/Function.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Minimal move-only type-erased callable; only the
// `Function<R(Args...)>` (non-const) form is provided.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace folly {

template <typename FunctionType>
class Function;

template <typename ReturnType, typename... Args>
class Function<ReturnType(Args...)> {
  struct Base {
    virtual ~Base() = default;
    virtual ReturnType call(Args... args) = 0;
  };
  template <typename Fun>
  struct Impl final : Base {
    explicit Impl(Fun&& f) : fun(std::move(f)) {}
    ReturnType call(Args... args) override {
      return static_cast<ReturnType>(
          std::invoke(fun, static_cast<Args&&>(args)...));
    }
    Fun fun;
  };
  std::unique_ptr<Base> impl_;

 public:
  Function() noexcept = default;
  /* implicit */ Function(std::nullptr_t) noexcept {}

  template <
      typename Fun,
      typename = std::enable_if_t<
          !std::is_same_v<std::decay_t<Fun>, Function> &&
          std::is_invocable_r_v<ReturnType, std::decay_t<Fun>&, Args...>>>
  /* implicit */ Function(Fun func)
      : impl_(new Impl<std::decay_t<Fun>>(std::move(func))) {}

  Function(const Function&) = delete;
  Function& operator=(const Function&) = delete;
  Function(Function&& that) noexcept = default;
  Function& operator=(Function&& that) noexcept = default;
  Function& operator=(std::nullptr_t) noexcept {
    impl_.reset();
    return *this;
  }
  ~Function() = default;

  ReturnType operator()(Args... args) {
    return impl_->call(static_cast<Args&&>(args)...);
  }

  explicit operator bool() const noexcept { return impl_ != nullptr; }
};

} // namespace folly
