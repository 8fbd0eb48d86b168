// Stub mirroring folly/executors/ThreadPoolExecutor.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Declarations only; ThreadFactory is forward-declared.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include <folly/DefaultKeepAliveExecutor.h>

namespace folly {

class ThreadFactory;

class ThreadPoolExecutor : public DefaultKeepAliveExecutor {
 public:
  explicit ThreadPoolExecutor(
      size_t maxThreads,
      size_t minThreads,
      std::shared_ptr<ThreadFactory> threadFactory);

  ~ThreadPoolExecutor() override;

  void add(Func func) override = 0;
  virtual void add(
      Func func, std::chrono::milliseconds expiration, Func expireCallback);

  size_t numThreads() const;
  void setNumThreads(size_t numThreads);
  size_t numActiveThreads() const;

  // stop() is best effort; join() waits for all pending tasks.
  virtual void stop();
  virtual void join();

  const std::string& getName() const;
};

} // namespace folly
