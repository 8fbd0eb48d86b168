// Stub of userver-framework/userver core/include/userver/engine/future.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Declarations only; the shared state (impl::FutureState) is left opaque.
#pragma once

#include <userver/stub_namespace.hpp>

#include <chrono>
#include <exception>
#include <memory>

#include <userver/engine/deadline.hpp>
#include <userver/engine/future_status.hpp>

USERVER_NAMESPACE_BEGIN

namespace engine {

namespace impl {
template <typename T>
class FutureState;
}  // namespace impl

template <typename T>
class Promise;

/// get() and wait() block until the promise is satisfied; wait_for and
/// wait_until may time out. The destructor does not wait.
template <typename T>
class Future final {
public:
    Future() = default;

    Future(const Future&) = delete;
    Future(Future&&) noexcept = default;
    Future& operator=(const Future&) = delete;
    Future& operator=(Future&&) noexcept = default;

    bool valid() const noexcept;

    bool is_ready() const;

    T get();

    [[nodiscard]] FutureStatus wait() const;

    template <typename Rep, typename Period>
    FutureStatus wait_for(std::chrono::duration<Rep, Period> timeout) const;

    template <typename Clock, typename Duration>
    FutureStatus wait_until(std::chrono::time_point<Clock, Duration> until) const;

    FutureStatus wait_until(Deadline deadline) const;

private:
    friend class Promise<T>;

    explicit Future(std::shared_ptr<impl::FutureState<T>> state);

    std::shared_ptr<impl::FutureState<T>> state_;
};

template <typename T>
class Promise final {
public:
    Promise();

    ~Promise();

    Promise(const Promise&) = delete;
    Promise(Promise&&) noexcept = default;
    Promise& operator=(const Promise&) = delete;
    Promise& operator=(Promise&&) noexcept;

    [[nodiscard]] Future<T> get_future();

    void set_value(const T&);

    void set_value(T&&);

    void set_exception(std::exception_ptr ex);

private:
    std::shared_ptr<impl::FutureState<T>> state_;
};

template <>
class Promise<void> final {
public:
    Promise();

    ~Promise();

    Promise(const Promise&) = delete;
    Promise(Promise&&) noexcept = default;
    Promise& operator=(const Promise&) = delete;
    Promise& operator=(Promise&&) noexcept;

    [[nodiscard]] Future<void> get_future();

    void set_value();

    void set_exception(std::exception_ptr ex);

private:
    std::shared_ptr<impl::FutureState<void>> state_;
};

}  // namespace engine

USERVER_NAMESPACE_END
