// Stub mirroring include/exec/task.hpp
// (github.com/NVIDIA/stdexec, main @ e92245d53dfc37f9bc2a7ef0cc44d570bb7b3386).
// Real layout: the class template is experimental::execution::__task::basic_task,
// re-exported as exec::basic_task and exec::task<T> (alias templates), plus
// `namespace exec = experimental::execution;`.
// Minimal declarations for static analysis tests: a lazy coroutine type whose
// promise works; co_await of a sender goes through await_transform as in the
// real promise (which returns as_awaitable(sender, promise)).
#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

#include "../stdexec/execution.hpp"

namespace experimental::execution {

namespace __task {
  template <class _Ty>
  struct default_task_context {};

  template <class _Ty>
  struct __promise_result {
    std::optional<_Ty> __result_;
    void return_value(_Ty __value) { __result_.emplace(std::move(__value)); }
  };
  template <>
  struct __promise_result<void> {
    void return_void() noexcept {}
  };

  // Stub-only: what `co_await sender` resumes with (real: the awaitable of
  // stdexec::as_awaitable): the single value, or void.
  template <class _Values>
  struct __sender_result {
    using type = _Values;
  };
  template <>
  struct __sender_result<std::tuple<>> {
    using type = void;
  };
  template <class _Ty>
  struct __sender_result<std::tuple<_Ty>> {
    using type = _Ty;
  };

  // Real (stdexec/__detail/__as_awaitable.hpp): __sender_awaiter derives
  // from __sender_awaiter_base, which declares the awaiter's members (a
  // static await_ready); the derived awaiter owns the operation state.
  template <class _Result>
  struct __sender_awaiter_base {
    static constexpr auto await_ready() noexcept -> bool { return false; }
    void await_suspend(std::coroutine_handle<> __h) noexcept { (void)__h; }
    _Result await_resume();
  };

  template <class _CvSender>
  struct __sender_awaiter
    : __sender_awaiter_base<typename __sender_result<stdexec::__stub::__values_t<_CvSender>>::type> {
    ~__sender_awaiter() {}
  };

  // Lazy: initial_suspend() is suspend_always; the body runs when the task is
  // co_awaited (or started by a sender consumer).
  template <class _Ty, class _Context = default_task_context<_Ty>>
  class [[nodiscard]] basic_task {
    struct __promise : __promise_result<_Ty> {
      constexpr auto get_return_object() noexcept -> basic_task {
        return basic_task(std::coroutine_handle<__promise>::from_promise(*this));
      }
      constexpr auto initial_suspend() noexcept -> std::suspend_always { return {}; }
      auto final_suspend() noexcept -> std::suspend_always { return {}; }
      constexpr void unhandled_exception() noexcept { std::terminate(); }

      // Real: `template <sender _CvSender> requires __start_scheduler_provider<_Context>
      // auto await_transform(_CvSender&&) noexcept -> decltype(auto)`.
      template <stdexec::sender _CvSender>
      auto await_transform(_CvSender&& __sndr) noexcept -> __sender_awaiter<_CvSender> {
        (void)__sndr;
        return {};
      }

      template <class _Awaitable>
      constexpr auto await_transform(_Awaitable&& __awaitable) noexcept -> _Awaitable&& {
        return static_cast<_Awaitable&&>(__awaitable);
      }
    };

    struct __task_awaiter {
      std::coroutine_handle<__promise> __coro_;
      constexpr bool await_ready() const noexcept { return false; }
      auto await_suspend(std::coroutine_handle<> __h) noexcept -> std::coroutine_handle<> {
        (void)__h;
        return __coro_;
      }
      _Ty await_resume() {
        if constexpr (!std::is_void_v<_Ty>)
          return std::move(*__coro_.promise().__result_);
      }
    };

   public:
    using promise_type = __promise;

    constexpr basic_task(basic_task&& __that) noexcept : __coro_(std::exchange(__that.__coro_, {})) {}

    constexpr auto operator co_await() && noexcept -> __task_awaiter {
      return __task_awaiter{std::exchange(__coro_, {})};
    }

    constexpr ~basic_task() {
      if (__coro_)
        __coro_.destroy();
    }

   private:
    constexpr explicit basic_task(std::coroutine_handle<promise_type> __coro) noexcept : __coro_(__coro) {}

    std::coroutine_handle<promise_type> __coro_{};
  };
}  // namespace __task

template <class _Ty>
using default_task_context = __task::default_task_context<_Ty>;

template <class _Ty, class _Context = default_task_context<_Ty>>
using basic_task = __task::basic_task<_Ty, _Context>;

template <class _Ty>
using task = basic_task<_Ty, default_task_context<_Ty>>;

}  // namespace experimental::execution

namespace exec = experimental::execution;
