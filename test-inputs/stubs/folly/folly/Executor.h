// Stub mirroring folly/Executor.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). `Executor::KeepAlive<T>` is an alias of the
// namespace-scope class template `folly::ExecutorKeepAlive<T>` in this folly
// version. Declarations only, plus trivial inline accessors.
#pragma once

#include <climits>
#include <cstdint>
#include <exception>
#include <type_traits>
#include <utility>

#include <folly/Function.h>

namespace folly {

using Func = Function<void()>;

class Executor;

template <typename ExecutorT = Executor>
class ExecutorKeepAlive {
 public:
  using KeepAliveFunc = Function<void(ExecutorKeepAlive&&)>;

  ExecutorKeepAlive() = default;
  ~ExecutorKeepAlive() { reset(); }

  ExecutorKeepAlive(ExecutorKeepAlive&& other) noexcept
      : storage_(std::exchange(other.storage_, 0)) {}
  ExecutorKeepAlive(const ExecutorKeepAlive& other) noexcept;

  template <
      typename OtherExecutor,
      typename = typename std::enable_if<
          std::is_convertible<OtherExecutor*, ExecutorT*>::value>::type>
  /* implicit */ ExecutorKeepAlive(
      ExecutorKeepAlive<OtherExecutor>&& other) noexcept;

  template <
      typename OtherExecutor,
      typename = typename std::enable_if<
          std::is_convertible<OtherExecutor*, ExecutorT*>::value>::type>
  /* implicit */ ExecutorKeepAlive(
      const ExecutorKeepAlive<OtherExecutor>& other) noexcept;

  /* implicit */ ExecutorKeepAlive(ExecutorT* executor);

  ExecutorKeepAlive& operator=(ExecutorKeepAlive&& other) noexcept;
  ExecutorKeepAlive& operator=(ExecutorKeepAlive const& other);

  template <
      typename OtherExecutor,
      typename = typename std::enable_if<
          std::is_convertible<OtherExecutor*, ExecutorT*>::value>::type>
  ExecutorKeepAlive& operator=(
      ExecutorKeepAlive<OtherExecutor>&& other) noexcept;

  template <
      typename OtherExecutor,
      typename = typename std::enable_if<
          std::is_convertible<OtherExecutor*, ExecutorT*>::value>::type>
  ExecutorKeepAlive& operator=(const ExecutorKeepAlive<OtherExecutor>& other);

  void reset() noexcept;

  explicit operator bool() const { return storage_; }

  ExecutorT* get() const { return reinterpret_cast<ExecutorT*>(storage_); }
  ExecutorT& operator*() const { return *get(); }
  ExecutorT* operator->() const { return get(); }

  ExecutorKeepAlive copy() const;
  ExecutorKeepAlive get_alias() const;

  template <class KAF>
  void add(KAF&& /*f*/) && { std::terminate(); }

 private:
  friend class Executor;
  template <typename OtherExecutor>
  friend class ExecutorKeepAlive;

  std::uintptr_t storage_{0};
};

class Executor {
 public:
  virtual ~Executor() = default;

  virtual void add(Func) = 0;
  virtual void addWithPriority(Func, int8_t priority);
  virtual uint8_t getNumPriorities() const { return 1; }

  static constexpr int8_t LO_PRI = SCHAR_MIN;
  static constexpr int8_t MID_PRI = 0;
  static constexpr int8_t HI_PRI = SCHAR_MAX;

  template <typename ExecutorT = Executor>
  using KeepAlive = ExecutorKeepAlive<ExecutorT>;

  template <typename ExecutorT>
  static KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT* executor);

  template <typename ExecutorT>
  static KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT& executor);

 protected:
  virtual bool keepAliveAcquire() noexcept;
  virtual void keepAliveRelease() noexcept;

  template <typename ExecutorT>
  static KeepAlive<ExecutorT> makeKeepAlive(ExecutorT* executor);
};

template <typename ExecutorT>
Executor::KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT* executor);

template <typename ExecutorT>
Executor::KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT& executor);

template <typename ExecutorT>
Executor::KeepAlive<ExecutorT> getKeepAliveToken(
    Executor::KeepAlive<ExecutorT>& ka);

} // namespace folly
