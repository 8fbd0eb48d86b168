//===- TxscopeModule.cpp - The txscope clang-tidy module ------------------===//
#include "CheckOptions.h"
#include "TaskOutlivesTransactionCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#if TXSCOPE_LLVM_MAJOR < 22 // merged into ClangTidyModule.h in LLVM 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace txscope {

class TxscopeModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<TaskOutlivesTransactionCheck>(CheckName);
  }
};

// Registered when clang-tidy loads the plugin with --load.
static clang::tidy::ClangTidyModuleRegistry::Add<TxscopeModule>
    Registration("txscope-module", "Checks for tasks that outlive database transactions.");

} // namespace txscope
