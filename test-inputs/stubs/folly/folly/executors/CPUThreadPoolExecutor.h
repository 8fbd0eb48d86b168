// Stub mirroring folly/executors/CPUThreadPoolExecutor.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Declarations only. Constructors taking a task queue
// (BlockingQueue<CPUTask>) or a ThreadFactory are omitted, as is the
// GetThreadIdCollector base.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <utility>

#include <folly/executors/ThreadPoolExecutor.h>

namespace folly {

class CPUThreadPoolExecutor : public ThreadPoolExecutor {
 public:
  struct Options {
    enum class Blocking {
      prohibit,
      allow,
    };

    constexpr Options() noexcept : blocking{Blocking::allow} {}

    Options& setBlocking(Blocking b) {
      blocking = b;
      return *this;
    }

    Blocking blocking;
  };

  explicit CPUThreadPoolExecutor(size_t numThreads, Options opt = {});

  ~CPUThreadPoolExecutor() override;

  void add(Func func) override;
  void add(
      Func func,
      std::chrono::milliseconds expiration,
      Func expireCallback = nullptr) override;

  void addWithPriority(Func func, int8_t priority) override;
  virtual void add(
      Func func,
      int8_t priority,
      std::chrono::milliseconds expiration,
      Func expireCallback = nullptr);

  size_t getTaskQueueSize() const;
  uint8_t getNumPriorities() const override;

  static const size_t kDefaultMaxQueueSize;
};

} // namespace folly
