// Mirrors include/cppcoro/static_thread_pool.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148 (C++20 <coroutine> in place of
// <experimental/coroutine>).
// Own minimal stub: declarations and trivial bodies, no upstream code.
// Stub: starts no threads; awaiting schedule() never resumes.
#pragma once

#include <coroutine>
#include <cstdint>

namespace cppcoro {

class static_thread_pool {
public:
  // Awaiting it moves the awaiting coroutine onto one of the pool's threads.
  class schedule_operation {
  public:
    schedule_operation(static_thread_pool *) noexcept {}

    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };

  // One thread per hardware thread.
  static_thread_pool() {}
  explicit static_thread_pool(std::uint32_t threadCount)
      : m_threads(threadCount) {}
  static_thread_pool(const static_thread_pool &) = delete;
  static_thread_pool &operator=(const static_thread_pool &) = delete;
  ~static_thread_pool() {}

  std::uint32_t thread_count() const noexcept { return m_threads; }

  [[nodiscard]] schedule_operation schedule() noexcept {
    return schedule_operation{this};
  }

private:
  std::uint32_t m_threads = 1;
};

} // namespace cppcoro
