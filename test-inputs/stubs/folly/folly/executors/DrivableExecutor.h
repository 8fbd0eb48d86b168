// Stub mirroring folly/executors/DrivableExecutor.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48).
#pragma once

#include <folly/Executor.h>

namespace folly {

class DrivableExecutor : public virtual Executor {
 public:
  ~DrivableExecutor() override = default;
  virtual void drive() = 0;
};

} // namespace folly
