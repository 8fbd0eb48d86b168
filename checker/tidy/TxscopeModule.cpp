//===- TxscopeModule.cpp - The txscope clang-tidy module ------------------===//
#include "CheckOptions.h"
#include "TxscopeCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#if TXSCOPE_LLVM_MAJOR < 22 // merged into ClangTidyModule.h in LLVM 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace txscope {

class TxscopeModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    // One check class for every check, told which one it is.
    for (CheckId Check : AllChecks)
      Factories.registerCheckFactory(
          checkName(Check), [Check](llvm::StringRef Name, clang::tidy::ClangTidyContext *Context) {
            return std::make_unique<TxscopeCheck>(Name, Context, Check);
          });
  }
};

// Registered when clang-tidy loads the plugin with --load.
static clang::tidy::ClangTidyModuleRegistry::Add<TxscopeModule>
    Registration("txscope-module", "Checks for tasks that outlive or share database transactions.");

} // namespace txscope
