// Stub mirroring folly/coro/Task.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Working (lazy, symmetric-transfer) promise/awaiters
// without executor hopping, cancellation or async-stack tracking.
// `co_withExecutor` is a CPO defined here (folly::coro::co_withExecutor) that
// dispatches to the hidden friend `co_withExecutor(KeepAlive<>, Task)`.
#pragma once

#include <exception>
#include <type_traits>
#include <utility>

#include <folly/CancellationToken.h>
#include <folly/Executor.h>
#include <folly/Portability.h>
#include <folly/Try.h>
#include <folly/Unit.h>
#include <folly/coro/Coroutine.h>
#include <folly/coro/Traits.h>
#include <folly/coro/ViaIfAsync.h>
#include <folly/coro/detail/Traits.h>
#include <folly/futures/Future.h>

#if FOLLY_HAS_COROUTINES

namespace folly::coro {

template <typename T = void>
class Task;

template <typename T = void>
class TaskWithExecutor;

namespace detail {

class TaskPromiseBase {
 protected:
  class FinalAwaiter {
   public:
    bool await_ready() noexcept { return false; }

    template <typename Promise>
    coroutine_handle<> await_suspend(coroutine_handle<Promise> coro) noexcept {
      auto& promise = coro.promise();
      if (promise.continuation_) {
        return promise.continuation_;
      }
      return noop_coroutine();
    }

    void await_resume() noexcept {}
  };

  TaskPromiseBase() noexcept = default;
  ~TaskPromiseBase() = default;

 public:
  suspend_always initial_suspend() noexcept { return {}; }

  FinalAwaiter final_suspend() noexcept { return {}; }

  // Real: BasePromise::await_transform wraps every awaited expression in
  // co_withAsyncStack(co_viaIfAsync(executor, co_withCancellation(...))).
  template <typename Awaitable>
  auto await_transform(Awaitable&& awaitable) {
    return folly::coro::co_viaIfAsync(
        executor_.get_alias(), static_cast<Awaitable&&>(awaitable));
  }

 protected:
  template <typename>
  friend class folly::coro::TaskWithExecutor;
  template <typename>
  friend class folly::coro::Task;

  coroutine_handle<> continuation_;
  folly::Executor::KeepAlive<> executor_;
  folly::CancellationToken cancelToken_;
};

template <typename Promise, typename T>
class TaskPromiseCrtpBase : public TaskPromiseBase {
 public:
  using StorageType = detail::lift_lvalue_reference_t<T>;

  Task<T> get_return_object() noexcept;

  void unhandled_exception() noexcept {
    result_.emplaceException(std::current_exception());
  }

  Try<StorageType>& result() { return result_; }

 protected:
  TaskPromiseCrtpBase() noexcept = default;
  ~TaskPromiseCrtpBase() = default;

  Try<StorageType> result_;
};

template <typename T>
class TaskPromise final : public TaskPromiseCrtpBase<TaskPromise<T>, T> {
 public:
  static_assert(
      !std::is_rvalue_reference_v<T>,
      "Task<T&&> is not supported. "
      "Consider using Task<T> or Task<std::unique_ptr<T>> instead.");

  using StorageType =
      typename TaskPromiseCrtpBase<TaskPromise<T>, T>::StorageType;

  TaskPromise() noexcept = default;

  template <typename U = T>
  void return_value(U&& value) {
    static_assert(
        std::is_convertible_v<U&&, StorageType>,
        "cannot convert return value to type T");
    this->result_.emplace(static_cast<U&&>(value));
  }
};

template <>
class TaskPromise<void> final
    : public TaskPromiseCrtpBase<TaskPromise<void>, void> {
 public:
  using StorageType = void;

  TaskPromise() noexcept = default;

  void return_void() noexcept { this->result_.emplace(); }
};

namespace adl {
// ADL should prefer your `friend co_withExecutor` over this dummy overload.
void co_withExecutor();

struct WithExecutorFunction {
  template <typename Awaitable>
  auto operator()(Executor::KeepAlive<> executor, Awaitable awaitable) const
      noexcept(noexcept(
          co_withExecutor(std::move(executor), std::move(awaitable))))
          -> decltype(co_withExecutor(
              std::move(executor), std::move(awaitable))) {
    return co_withExecutor(std::move(executor), std::move(awaitable));
  }
};
} // namespace adl

} // namespace detail

// FOLLY_DEFINE_CPO(detail::adl::WithExecutorFunction, co_withExecutor)
namespace folly_cpo__ {
inline constexpr detail::adl::WithExecutorFunction co_withExecutor{};
}
using namespace folly_cpo__;

template <typename T>
class [[nodiscard]] TaskWithExecutor {
  using handle_t = coroutine_handle<detail::TaskPromise<T>>;
  using StorageType = typename detail::TaskPromise<T>::StorageType;

 public:
  ~TaskWithExecutor() {
    if (coro_) {
      coro_.destroy();
    }
  }

  TaskWithExecutor(TaskWithExecutor&& t) noexcept
      : coro_(std::exchange(t.coro_, {})) {}

  TaskWithExecutor& operator=(TaskWithExecutor t) noexcept {
    swap(t);
    return *this;
  }

  folly::Executor* executor() const noexcept {
    return coro_.promise().executor_.get();
  }

  void swap(TaskWithExecutor& t) noexcept { std::swap(coro_, t.coro_); }

  SemiFuture<lift_unit_t<StorageType>> start() &&;

  template <typename F>
  void start(F&& /*tryCallback*/, folly::CancellationToken /*cancelToken*/ = {}) && { std::terminate(); }

  template <typename F>
  void startInlineUnsafe(
      F&& /*tryCallback*/, folly::CancellationToken /*cancelToken*/ = {}) && { std::terminate(); }

  SemiFuture<lift_unit_t<StorageType>> startInlineUnsafe() &&;

 private:
  class Awaiter {
   public:
    explicit Awaiter(handle_t coro) noexcept : coro_(coro) {}
    Awaiter(Awaiter&& other) noexcept : coro_(std::exchange(other.coro_, {})) {}
    ~Awaiter() {
      if (coro_) {
        coro_.destroy();
      }
    }

    bool await_ready() const noexcept { return false; }

    template <typename Promise>
    coroutine_handle<> await_suspend(
        coroutine_handle<Promise> continuation) noexcept {
      coro_.promise().continuation_ = continuation;
      return coro_;
    }

    T await_resume() { return std::move(coro_.promise().result()).value(); }

    folly::Try<StorageType> await_resume_try() {
      return std::move(coro_.promise().result());
    }

   private:
    handle_t coro_;
  };

 public:
  Awaiter operator co_await() && noexcept {
    return Awaiter{std::exchange(coro_, {})};
  }

  std::pair<Task<T>, Executor::KeepAlive<>> unwrap() &&;

  friend ViaIfAsyncAwaitable<TaskWithExecutor> co_viaIfAsync(
      Executor::KeepAlive<> executor,
      TaskWithExecutor&& taskWithExecutor) noexcept {
    return ViaIfAsyncAwaitable<TaskWithExecutor>(
        std::move(executor), std::move(taskWithExecutor));
  }

  friend TaskWithExecutor co_withCancellation(
      folly::CancellationToken cancelToken, TaskWithExecutor&& task) noexcept {
    task.coro_.promise().cancelToken_ = std::move(cancelToken);
    return std::move(task);
  }

 private:
  friend class Task<T>;

  explicit TaskWithExecutor(handle_t coro) noexcept : coro_(coro) {}

  handle_t coro_;
};

template <typename T>
class [[nodiscard]] Task {
 public:
  using promise_type = detail::TaskPromise<T>;
  using StorageType = typename promise_type::StorageType;

 private:
  class Awaiter;
  using handle_t = coroutine_handle<promise_type>;

  void setExecutor(folly::Executor::KeepAlive<>&& e) noexcept {
    coro_.promise().executor_ = std::move(e);
  }

  TaskWithExecutor<T> asTaskWithExecutor() && {
    return TaskWithExecutor<T>{std::exchange(coro_, {})};
  }

 public:
  Task(const Task& t) = delete;

  Task(Task&& t) noexcept : coro_(std::exchange(t.coro_, {})) {}

  ~Task() {
    if (coro_) {
      coro_.destroy();
    }
  }

  Task& operator=(Task t) noexcept {
    swap(t);
    return *this;
  }

  void swap(Task& t) noexcept { std::swap(coro_, t.coro_); }

  friend TaskWithExecutor<T> co_withExecutor(
      Executor::KeepAlive<> executor, Task task) noexcept {
    task.setExecutor(std::move(executor));
    return std::move(task).asTaskWithExecutor();
  }

  [[deprecated("Legacy form, prefer `co_withExecutor(exec, yourTask())`.")]]
  TaskWithExecutor<T> scheduleOn(Executor::KeepAlive<> executor) && noexcept {
    return co_withExecutor(std::move(executor), std::move(*this));
  }

  SemiFuture<folly::lift_unit_t<StorageType>> semi() &&;

  friend auto co_viaIfAsync(
      Executor::KeepAlive<> executor, Task<T>&& t) noexcept {
    t.setExecutor(std::move(executor));
    return Awaiter{std::exchange(t.coro_, {})};
  }

  friend Task co_withCancellation(
      folly::CancellationToken cancelToken, Task&& task) noexcept {
    task.coro_.promise().cancelToken_ = std::move(cancelToken);
    return std::move(task);
  }

 private:
  friend class detail::TaskPromiseBase;
  friend class detail::TaskPromiseCrtpBase<detail::TaskPromise<T>, T>;
  friend class TaskWithExecutor<T>;

  class Awaiter {
   public:
    explicit Awaiter(handle_t coro) noexcept : coro_(coro) {}
    Awaiter(Awaiter&& other) noexcept : coro_(std::exchange(other.coro_, {})) {}
    Awaiter(const Awaiter&) = delete;
    ~Awaiter() {
      if (coro_) {
        coro_.destroy();
      }
    }

    bool await_ready() noexcept { return false; }

    template <typename Promise>
    coroutine_handle<> await_suspend(
        coroutine_handle<Promise> continuation) noexcept {
      coro_.promise().continuation_ = continuation;
      return coro_;
    }

    T await_resume() { return std::move(coro_.promise().result()).value(); }

    folly::Try<StorageType> await_resume_try() {
      return std::move(coro_.promise().result());
    }

   private:
    handle_t coro_;
  };

  Task(handle_t coro) noexcept : coro_(coro) {}

  handle_t coro_;
};

template <class T>
Task<T> makeTask(T t) {
  co_return t;
}

inline Task<void> makeTask() {
  co_return;
}

inline Task<void> makeTask(Unit /*unused*/) {
  co_return;
}

template <typename Promise, typename T>
inline Task<T>
detail::TaskPromiseCrtpBase<Promise, T>::get_return_object() noexcept {
  return Task<T>{
      coroutine_handle<Promise>::from_promise(*static_cast<Promise*>(this))};
}

} // namespace folly::coro

#endif // FOLLY_HAS_COROUTINES
