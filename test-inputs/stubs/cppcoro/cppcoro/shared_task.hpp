// Mirrors include/cppcoro/shared_task.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148 (C++20 <coroutine> in place of
// <experimental/coroutine>).
// Own minimal stub: declarations and trivial bodies, no upstream code.
// shared_task<T> is lazy and copyable; every copy refers to one coroutine,
// which starts when first awaited.
#pragma once

#include <cppcoro/awaitable_traits.hpp>
#include <cppcoro/broken_promise.hpp>

#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

namespace cppcoro {

template <typename T = void>
class shared_task;

namespace detail {

struct shared_task_promise_base {
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}
};

template <typename T>
class shared_task_promise : public shared_task_promise_base {
public:
  shared_task<T> get_return_object() noexcept;

  template <typename VALUE,
            typename = std::enable_if_t<std::is_convertible_v<VALUE &&, T>>>
  void return_value(VALUE &&) noexcept {}

  T &result() { std::terminate(); }
};

template <>
class shared_task_promise<void> : public shared_task_promise_base {
public:
  shared_task<void> get_return_object() noexcept;
  void return_void() noexcept {}
  void result() {}
};

template <typename T>
class shared_task_promise<T &> : public shared_task_promise_base {
public:
  shared_task<T &> get_return_object() noexcept;
  void return_value(T &) noexcept {}
  T &result() { std::terminate(); }
};

} // namespace detail

template <typename T>
class [[nodiscard]] shared_task {
public:
  using promise_type = detail::shared_task_promise<T>;
  using value_type = T;

private:
  struct result_awaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    decltype(std::declval<promise_type &>().result()) await_resume() {
      std::terminate();
    }
  };

  struct ready_awaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    void await_resume() const noexcept {}
  };

public:
  shared_task() noexcept {}
  explicit shared_task(std::coroutine_handle<promise_type> coroutine)
      : m_handle(coroutine) {}
  shared_task(shared_task &&other) noexcept
      : m_handle(std::exchange(other.m_handle, {})) {}
  shared_task(const shared_task &other) noexcept : m_handle(other.m_handle) {}
  ~shared_task() {}

  shared_task &operator=(shared_task &&other) noexcept {
    std::swap(m_handle, other.m_handle);
    return *this;
  }
  shared_task &operator=(const shared_task &other) noexcept {
    m_handle = other.m_handle;
    return *this;
  }

  void swap(shared_task &other) noexcept { std::swap(m_handle, other.m_handle); }

  bool is_ready() const noexcept { return !m_handle; }

  auto operator co_await() const noexcept { return result_awaiter{}; }

  // Waits for completion without fetching the result.
  auto when_ready() const noexcept { return ready_awaiter{}; }

private:
  template <typename U>
  friend bool operator==(const shared_task<U> &,
                         const shared_task<U> &) noexcept;

  std::coroutine_handle<promise_type> m_handle;
};

template <typename T>
bool operator==(const shared_task<T> &lhs,
                const shared_task<T> &rhs) noexcept {
  return lhs.m_handle == rhs.m_handle;
}

template <typename T>
bool operator!=(const shared_task<T> &lhs,
                const shared_task<T> &rhs) noexcept {
  return !(lhs == rhs);
}

template <typename T>
void swap(shared_task<T> &a, shared_task<T> &b) noexcept {
  a.swap(b);
}

namespace detail {

template <typename T>
shared_task<T> shared_task_promise<T>::get_return_object() noexcept {
  return shared_task<T>{
      std::coroutine_handle<shared_task_promise>::from_promise(*this)};
}

inline shared_task<void>
shared_task_promise<void>::get_return_object() noexcept {
  return shared_task<void>{
      std::coroutine_handle<shared_task_promise>::from_promise(*this)};
}

template <typename T>
shared_task<T &> shared_task_promise<T &>::get_return_object() noexcept {
  return shared_task<T &>{
      std::coroutine_handle<shared_task_promise>::from_promise(*this)};
}

template <typename T>
using shared_task_strip_rvalue_ref_t =
    std::conditional_t<std::is_rvalue_reference_v<T>, std::remove_reference_t<T>,
                       T>;

} // namespace detail

// Wraps any awaitable in a shared_task of its (rvalue-reference-stripped)
// result.
template <typename AWAITABLE>
auto make_shared_task(AWAITABLE awaitable)
    -> shared_task<detail::shared_task_strip_rvalue_ref_t<
        typename awaitable_traits<AWAITABLE>::await_result_t>> {
  (void)awaitable;
  std::terminate();
}

} // namespace cppcoro
