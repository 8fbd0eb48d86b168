// Stub mirroring drogonframework/drogon lib/inc/drogon/utils/coroutine.h
// @ v1.9.13 (4c5430757ea5451a7c38fbbef4b4bef7dbb47f2f; unchanged at master
// 74fc004c8dc8244fe3b6c56628601053b5a15c37).
// Minimal declarations for -fsyntax-only tests; names, template parameters,
// return types and const-ness follow the real header. Drogon::Mutex omitted.
#pragma once

#include <trantor/net/EventLoop.h>
#include <trantor/utils/NonCopyable.h>
#include <atomic>
#include <chrono>
#include <coroutine>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace drogon
{
namespace internal
{
template <typename T>
auto getAwaiterImpl(T &&value) noexcept(
    noexcept(static_cast<T &&>(value).operator co_await()))
    -> decltype(static_cast<T &&>(value).operator co_await())
{
    return static_cast<T &&>(value).operator co_await();
}

template <typename T>
auto getAwaiterImpl(T &&value) noexcept(
    noexcept(operator co_await(static_cast<T &&>(value))))
    -> decltype(operator co_await(static_cast<T &&>(value)))
{
    return operator co_await(static_cast<T &&>(value));
}

template <typename T>
auto getAwaiter(T &&value) noexcept(
    noexcept(getAwaiterImpl(static_cast<T &&>(value))))
    -> decltype(getAwaiterImpl(static_cast<T &&>(value)))
{
    return getAwaiterImpl(static_cast<T &&>(value));
}

template <typename T>
using void_to_false_t =
    std::conditional_t<std::is_same_v<T, void>, std::false_type, T>;
}  // namespace internal

template <typename T>
struct await_result
{
    using awaiter_t = decltype(internal::getAwaiter(std::declval<T>()));
    using type = decltype(std::declval<awaiter_t>().await_resume());
};

template <typename T>
using await_result_t = typename await_result<T>::type;

template <typename T, typename = std::void_t<>>
struct is_awaitable : std::false_type
{
};

template <typename T>
struct is_awaitable<
    T,
    std::void_t<decltype(internal::getAwaiter(std::declval<T>()))>>
    : std::true_type
{
};

template <typename T>
constexpr bool is_awaitable_v = is_awaitable<T>::value;

struct final_awaiter
{
    bool await_ready() noexcept
    {
        return false;
    }

    template <typename T>
    auto await_suspend(std::coroutine_handle<T> handle) noexcept
    {
        return handle.promise().continuation_;
    }

    void await_resume() noexcept
    {
    }
};

template <typename Promise>
struct task_awaiter
{
    using handle_type = std::coroutine_handle<Promise>;

  public:
    explicit task_awaiter(handle_type coro) : coro_(coro)
    {
    }

    bool await_ready() noexcept
    {
        return !coro_ || coro_.done();
    }

    auto await_suspend(std::coroutine_handle<> handle) noexcept
    {
        coro_.promise().setContinuation(handle);
        return coro_;
    }

    auto await_resume()
    {
        if constexpr (std::is_void_v<decltype(coro_.promise().result())>)
        {
            coro_.promise().result();
            return;
        }
        else
        {
            return std::move(coro_.promise().result());
        }
    }

  private:
    handle_type coro_;
};

// Lazy task: promise_type::initial_suspend() returns std::suspend_always.
template <typename T = void>
struct [[nodiscard]] Task
{
    struct promise_type;
    using handle_type = std::coroutine_handle<promise_type>;

    Task(handle_type h) : coro_(h)
    {
    }

    Task(const Task &) = delete;
    Task(Task &&other) noexcept : coro_(other.coro_)
    {
        other.coro_ = nullptr;
    }
    ~Task()
    {
        if (coro_)
            coro_.destroy();
    }
    Task &operator=(const Task &) = delete;
    Task &operator=(Task &&other) noexcept
    {
        if (std::addressof(other) == this)
            return *this;
        if (coro_)
            coro_.destroy();
        coro_ = other.coro_;
        other.coro_ = nullptr;
        return *this;
    }

    struct promise_type
    {
        Task<T> get_return_object()
        {
            return Task<T>{handle_type::from_promise(*this)};
        }
        std::suspend_always initial_suspend()
        {
            return {};
        }
        void return_value(const T &v)
        {
            value = v;
        }
        void return_value(T &&v)
        {
            value = std::move(v);
        }
        auto final_suspend() noexcept
        {
            return final_awaiter{};
        }
        void unhandled_exception()
        {
            exception_ = std::current_exception();
        }
        T &&result() &&
        {
            if (exception_ != nullptr)
                std::rethrow_exception(exception_);
            return std::move(value.value());
        }
        T &result() &
        {
            if (exception_ != nullptr)
                std::rethrow_exception(exception_);
            return value.value();
        }
        void setContinuation(std::coroutine_handle<> handle)
        {
            continuation_ = handle;
        }

        std::optional<T> value;
        std::exception_ptr exception_;
        std::coroutine_handle<> continuation_{std::noop_coroutine()};
    };

    auto operator co_await() const noexcept
    {
        return task_awaiter(coro_);
    }

    handle_type coro_;
};

template <>
struct [[nodiscard]] Task<void>
{
    struct promise_type;
    using handle_type = std::coroutine_handle<promise_type>;

    Task(handle_type handle) : coro_(handle)
    {
    }

    Task(const Task &) = delete;
    Task(Task &&other) noexcept : coro_(other.coro_)
    {
        other.coro_ = nullptr;
    }
    ~Task()
    {
        if (coro_)
            coro_.destroy();
    }
    Task &operator=(const Task &) = delete;
    Task &operator=(Task &&other) noexcept
    {
        if (std::addressof(other) == this)
            return *this;
        if (coro_)
            coro_.destroy();
        coro_ = other.coro_;
        other.coro_ = nullptr;
        return *this;
    }

    struct promise_type
    {
        Task<> get_return_object()
        {
            return Task<>{handle_type::from_promise(*this)};
        }
        std::suspend_always initial_suspend()
        {
            return {};
        }
        void return_void()
        {
        }
        auto final_suspend() noexcept
        {
            return final_awaiter{};
        }
        void unhandled_exception()
        {
            exception_ = std::current_exception();
        }
        void result()
        {
            if (exception_ != nullptr)
                std::rethrow_exception(exception_);
        }
        void setContinuation(std::coroutine_handle<> handle)
        {
            continuation_ = handle;
        }

        std::exception_ptr exception_;
        std::coroutine_handle<> continuation_{std::noop_coroutine()};
    };

    auto operator co_await() const noexcept
    {
        return task_awaiter(coro_);
    }

    handle_type coro_;
};

// Eager fire-and-forget: initial_suspend()/final_suspend() return
// std::suspend_never; no operator co_await (AsyncTask is not awaitable).
struct AsyncTask
{
    struct promise_type;
    using handle_type = std::coroutine_handle<promise_type>;

    AsyncTask() = default;
    AsyncTask(handle_type h) : coro_(h)
    {
    }
    AsyncTask(const AsyncTask &) = delete;
    AsyncTask(AsyncTask &&other) noexcept : coro_(other.coro_)
    {
        other.coro_ = nullptr;
    }
    AsyncTask &operator=(const AsyncTask &) = delete;
    AsyncTask &operator=(AsyncTask &&other) noexcept
    {
        if (std::addressof(other) == this)
            return *this;
        coro_ = other.coro_;
        other.coro_ = nullptr;
        return *this;
    }

    struct promise_type
    {
        AsyncTask get_return_object() noexcept
        {
            return {std::coroutine_handle<promise_type>::from_promise(*this)};
        }
        std::suspend_never initial_suspend() const noexcept
        {
            return {};
        }
        void unhandled_exception()
        {
            std::terminate();  // real: LOG_FATAL then std::terminate()
        }
        void return_void() noexcept
        {
        }
        std::suspend_never final_suspend() const noexcept
        {
            return {};
        }
    };

    handle_type coro_;
};

template <typename T = void>
struct CallbackAwaiter : public trantor::NonCopyable
{
    bool await_ready() noexcept
    {
        return false;
    }
    bool hasException() const noexcept
    {
        return exception_ != nullptr;
    }
    const T &await_resume() const noexcept(false)
    {
        if (exception_)
            std::rethrow_exception(exception_);
        return result_.value();
    }

  private:
    std::optional<T> result_;
    std::exception_ptr exception_{nullptr};

  protected:
    void setException(const std::exception_ptr &e)
    {
        exception_ = e;
    }
    void setValue(const T &v)
    {
        result_.emplace(v);
    }
    void setValue(T &&v)
    {
        result_.emplace(std::move(v));
    }
};

template <>
struct CallbackAwaiter<void> : public trantor::NonCopyable
{
    bool await_ready() noexcept
    {
        return false;
    }
    void await_resume() noexcept(false)
    {
        if (exception_)
            std::rethrow_exception(exception_);
    }
    bool hasException() const noexcept
    {
        return exception_ != nullptr;
    }

  private:
    std::exception_ptr exception_{nullptr};

  protected:
    void setException(const std::exception_ptr &e)
    {
        exception_ = e;
    }
};

// Real body blocks on a helper thread; the stub keeps the same types and the
// same static_assert (only types with operator co_await, e.g. Task<T>, pass).
template <typename Await>
auto sync_wait(Await &&await)
{
    static_assert(is_awaitable_v<std::decay_t<Await>>);
    using value_type = typename await_result<Await>::type;
    if constexpr (std::is_same_v<value_type, void>)
    {
        [&]() -> AsyncTask { co_await await; }();
    }
    else
    {
        std::optional<value_type> value;
        [&]() -> AsyncTask { value = co_await await; }();
        return std::move(value.value());
    }
}

template <typename Await>
inline auto co_future(Await &&await) noexcept
    -> std::future<await_result_t<Await>>
{
    using Result = await_result_t<Await>;
    std::promise<Result> prom;
    auto fut = prom.get_future();
    [](std::promise<Result> prom, Await await) -> AsyncTask {
        try
        {
            if constexpr (std::is_void_v<Result>)
            {
                co_await std::move(await);
                prom.set_value();
            }
            else
                prom.set_value(co_await std::move(await));
        }
        catch (...)
        {
            prom.set_exception(std::current_exception());
        }
    }(std::move(prom), std::move(await));
    return fut;
}

namespace internal
{
struct [[nodiscard]] TimerAwaiter : CallbackAwaiter<void>
{
    TimerAwaiter(trantor::EventLoop *loop,
                 const std::chrono::duration<double> &delay);
    TimerAwaiter(trantor::EventLoop *loop, double delay);
    void await_suspend(std::coroutine_handle<> handle);
};

struct [[nodiscard]] LoopAwaiter : CallbackAwaiter<void>
{
    LoopAwaiter(trantor::EventLoop *workLoop,
                std::function<void()> &&taskFunc,
                trantor::EventLoop *resumeLoop = nullptr);
    void await_suspend(std::coroutine_handle<> handle);
};

struct [[nodiscard]] SwitchThreadAwaiter : CallbackAwaiter<void>
{
    explicit SwitchThreadAwaiter(trantor::EventLoop *loop);
    void await_suspend(std::coroutine_handle<> handle);
};

struct [[nodiscard]] EndAwaiter : CallbackAwaiter<void>
{
    EndAwaiter(trantor::EventLoop *loop);
    void await_suspend(std::coroutine_handle<> handle);
};
}  // namespace internal

inline internal::TimerAwaiter sleepCoro(
    trantor::EventLoop *loop,
    const std::chrono::duration<double> &delay) noexcept
{
    return {loop, delay};
}

inline internal::TimerAwaiter sleepCoro(trantor::EventLoop *loop,
                                        double delay) noexcept
{
    return {loop, delay};
}

inline internal::LoopAwaiter queueInLoopCoro(
    trantor::EventLoop *workLoop,
    std::function<void()> taskFunc,
    trantor::EventLoop *resumeLoop = nullptr)
{
    return {workLoop, std::move(taskFunc), resumeLoop};
}

inline internal::SwitchThreadAwaiter switchThreadCoro(
    trantor::EventLoop *loop) noexcept
{
    return internal::SwitchThreadAwaiter{loop};
}

inline internal::EndAwaiter untilQuit(trantor::EventLoop *loop)
{
    return {loop};
}

template <typename T, typename = std::void_t<>>
struct is_resumable : std::false_type
{
};

template <typename T>
struct is_resumable<
    T,
    std::void_t<decltype(internal::getAwaiter(std::declval<T>()))>>
    : std::true_type
{
};

template <>
struct is_resumable<AsyncTask, std::void_t<AsyncTask>> : std::true_type
{
};

template <typename T>
constexpr bool is_resumable_v = is_resumable<T>::value;

// Coro is a callable returning an awaitable (e.g. a lambda returning Task<>).
template <typename Coro>
void async_run(Coro &&coro)
{
    using CoroValueType = std::decay_t<Coro>;
    auto functor = [](CoroValueType coro) -> AsyncTask {
        auto frame = coro();
        using FrameType = std::decay_t<decltype(frame)>;
        static_assert(is_awaitable_v<FrameType>);
        co_await frame;
        co_return;
    };
    functor(std::forward<Coro>(coro));
}

template <typename Coro>
std::function<void()> async_func(Coro &&coro)
{
    return [coro = std::forward<Coro>(coro)]() mutable {
        async_run(std::move(coro));
    };
}

namespace internal
{
template <typename T>
struct [[nodiscard]] EventLoopAwaiter : public drogon::CallbackAwaiter<T>
{
    EventLoopAwaiter(std::function<T()> &&task, trantor::EventLoop *loop);
    void await_suspend(std::coroutine_handle<> handle);
};

template <typename... Tasks>
struct WhenAllAwaiter
    : public CallbackAwaiter<
          std::tuple<internal::void_to_false_t<await_result_t<Tasks>>...>>
{
    WhenAllAwaiter(Tasks... tasks);
    void await_suspend(std::coroutine_handle<> handle);
};

template <typename T>
struct WhenAllAwaiter<std::vector<Task<T>>>
    : public CallbackAwaiter<std::vector<T>>
{
    WhenAllAwaiter(std::vector<Task<T>> tasks);
    void await_suspend(std::coroutine_handle<> handle);
};

template <>
struct WhenAllAwaiter<std::vector<Task<void>>> : public CallbackAwaiter<void>
{
    WhenAllAwaiter(std::vector<Task<void>> &&t);
    void await_suspend(std::coroutine_handle<> handle);
};
}  // namespace internal

template <typename T>
inline internal::EventLoopAwaiter<T> queueInLoopCoro(trantor::EventLoop *loop,
                                                     std::function<T()> task)
{
    return internal::EventLoopAwaiter<T>(std::move(task), loop);
}

template <typename... Tasks>
internal::WhenAllAwaiter<Tasks...> when_all(Tasks... tasks)
{
    return internal::WhenAllAwaiter<Tasks...>(std::move(tasks)...);
}

template <typename T>
internal::WhenAllAwaiter<std::vector<Task<T>>> when_all(
    std::vector<Task<T>> tasks)
{
    return internal::WhenAllAwaiter(std::move(tasks));
}

inline internal::WhenAllAwaiter<std::vector<Task<void>>> when_all(
    std::vector<Task<void>> tasks)
{
    return internal::WhenAllAwaiter(std::move(tasks));
}

}  // namespace drogon
