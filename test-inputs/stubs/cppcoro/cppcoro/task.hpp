// Mirrors include/cppcoro/task.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148 (C++20 <coroutine> in place of
// <experimental/coroutine>).
// Own minimal stub: declarations and trivial bodies, no upstream code.
// task<T> is lazy: its coroutine starts suspended and runs once awaited.
#pragma once

#include <cppcoro/awaitable_traits.hpp>
#include <cppcoro/broken_promise.hpp>

#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

namespace cppcoro {

template <typename T = void>
class task;

namespace detail {

// co_await on a task rvalue: arithmetic and pointer results by value, any
// other result as an rvalue reference.
template <typename T>
using task_rvalue_result_t =
    std::conditional_t<std::is_arithmetic_v<T> || std::is_pointer_v<T>, T,
                       T &&>;

struct task_promise_base {
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}
};

template <typename T>
class task_promise final : public task_promise_base {
public:
  task<T> get_return_object() noexcept;

  template <typename VALUE,
            typename = std::enable_if_t<std::is_convertible_v<VALUE &&, T>>>
  void return_value(VALUE &&) noexcept {}

  T &result() & { std::terminate(); }
  task_rvalue_result_t<T> result() && { std::terminate(); }
};

template <>
class task_promise<void> : public task_promise_base {
public:
  task<void> get_return_object() noexcept;
  void return_void() noexcept {}
  void result() {}
};

template <typename T>
class task_promise<T &> : public task_promise_base {
public:
  task<T &> get_return_object() noexcept;
  void return_value(T &) noexcept {}
  T &result() { std::terminate(); }
};

} // namespace detail

template <typename T>
class [[nodiscard]] task {
public:
  using promise_type = detail::task_promise<T>;
  using value_type = T;

private:
  // Awaiter whose result is what PROMISE_REF's result() returns.
  template <typename PROMISE_REF>
  struct result_awaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    decltype(std::declval<PROMISE_REF>().result()) await_resume() {
      std::terminate();
    }
  };

  struct ready_awaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    void await_resume() const noexcept {}
  };

public:
  task() noexcept {}
  explicit task(std::coroutine_handle<promise_type> coroutine)
      : m_handle(coroutine) {}
  task(task &&other) noexcept : m_handle(std::exchange(other.m_handle, {})) {}
  task(const task &) = delete;
  task &operator=(const task &) = delete;
  task &operator=(task &&other) noexcept {
    std::swap(m_handle, other.m_handle);
    return *this;
  }
  ~task() {}

  bool is_ready() const noexcept { return !m_handle || m_handle.done(); }

  auto operator co_await() const & noexcept {
    return result_awaiter<promise_type &>{};
  }
  auto operator co_await() const && noexcept {
    return result_awaiter<promise_type &&>{};
  }

  // Waits for completion without fetching the result.
  auto when_ready() const noexcept { return ready_awaiter{}; }

private:
  std::coroutine_handle<promise_type> m_handle;
};

namespace detail {

template <typename T>
task<T> task_promise<T>::get_return_object() noexcept {
  return task<T>{std::coroutine_handle<task_promise>::from_promise(*this)};
}

inline task<void> task_promise<void>::get_return_object() noexcept {
  return task<void>{std::coroutine_handle<task_promise>::from_promise(*this)};
}

template <typename T>
task<T &> task_promise<T &>::get_return_object() noexcept {
  return task<T &>{std::coroutine_handle<task_promise>::from_promise(*this)};
}

template <typename T>
using task_strip_rvalue_ref_t =
    std::conditional_t<std::is_rvalue_reference_v<T>, std::remove_reference_t<T>,
                       T>;

} // namespace detail

// Wraps any awaitable in a task of its (rvalue-reference-stripped) result.
template <typename AWAITABLE>
auto make_task(AWAITABLE awaitable) -> task<detail::task_strip_rvalue_ref_t<
    typename awaitable_traits<AWAITABLE>::await_result_t>> {
  (void)awaitable;
  std::terminate();
}

} // namespace cppcoro
