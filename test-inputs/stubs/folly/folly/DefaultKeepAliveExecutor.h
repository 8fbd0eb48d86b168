// Stub mirroring folly/DefaultKeepAliveExecutor.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Declarations only.
#pragma once

#include <folly/Executor.h>

namespace folly {

class DefaultKeepAliveExecutor : public virtual Executor {
 public:
  virtual ~DefaultKeepAliveExecutor() override;

  folly::Executor::KeepAlive<> weakRef();

 protected:
  void joinKeepAlive();
  void joinAndResetKeepAlive();
};

} // namespace folly
