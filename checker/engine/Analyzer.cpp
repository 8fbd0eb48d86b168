//===- Analyzer.cpp - txscope's analysis, for any front end ---------------===//
#include "Analyzer.h"
#include "ConcurrentUses.h"
#include "Diagnosis.h"
#include "FactCollector.h"
#include "ImportedSummaries.h"
#include "InferredWrappers.h"
#include "LibraryModel.h"
#include "PathQuery.h"
#include "Regions.h"
#include "SharedUses.h"
#include "Summaries.h"
#include "SummaryExport.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include <functional>
#include <set>

using namespace clang;

namespace txscope {

Analyzer::Analyzer(std::vector<RulePack> Packs, AnalysisOptions Options)
    : Packs(std::move(Packs)), Options(Options) {}

Analyzer::~Analyzer() = default;

const LibraryModel &Analyzer::modelFor(ASTContext &Ctx) {
  // Rule names are resolved once per translation unit.
  if (!Model || ModelContext != &Ctx) {
    Model = std::make_unique<LibraryModel>(Packs, Ctx);
    ModelContext = &Ctx;
    Imported = Elsewhere ? std::make_unique<ImportedSummaries>(*Elsewhere, Ctx) : nullptr;
    Callees = std::make_unique<Summaries>(*Model, Options.StepBudget, Imported.get());
    Wrappers = std::make_unique<InferredWrappers>(*Model, *Callees, Imported.get());
    Model->setInferredWrappers(Wrappers.get());
    Shared = std::make_unique<SharedUseScanner>(*Model, Callees.get(), Ctx);
    CallbackLambdas.clear();
  }
  return *Model;
}

SummarySet Analyzer::exportSummaries(ASTContext &Ctx) {
  const LibraryModel &Library = modelFor(Ctx);
  return txscope::exportSummaries(Ctx, Library, *Callees, *Wrappers);
}

ConsultedSummaries Analyzer::consulted() const {
  return Imported ? Imported->consulted() : ConsultedSummaries();
}

std::vector<Finding> Analyzer::analyzeFunction(const FunctionDecl &Fn, ASTContext &Ctx) {
  std::vector<Finding> Findings;
  if (Fn.isDependentContext() || Fn.isInvalidDecl() || !Fn.doesThisDeclarationHaveABody())
    return Findings;
  Stmt *Body = Fn.getBody();
  if (!Body)
    return Findings;
  if (auto *Coroutine = dyn_cast<CoroutineBodyStmt>(Body))
    Body = Coroutine->getBody();
  if (!Body)
    return Findings;

  const LibraryModel &Library = modelFor(Ctx);
  const CallbackRule *AsCallback = nullptr;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&Fn))
    AsCallback = CallbackLambdas.lookup(Method->getParent());
  uint64_t StepsLeft = Options.StepBudget;
  bool Complete = true;
  if (Options.TaskOutlivesTransaction)
    for (Stmt *Region : planRegions(Library, Body, AsCallback != nullptr, Options.SplitRegions,
                                    CallbackLambdas, Callees.get()))
      if (!(Complete = analyzeRegion(Fn, Region, AsCallback, Ctx, StepsLeft, Findings)))
        break;
  if (Complete && Options.ConcurrentTransactionUse)
    Complete = analyzeConcurrency(Fn, Body, Ctx, StepsLeft, Findings);
  if (!Complete) {
    // Walks cut short would tell half-truths: nothing is reported.
    Skipped.push_back({Fn.getLocation(), Fn.getNameAsString(),
                       "too large to analyse within limits (more than " +
                           std::to_string(Options.StepBudget) + " path steps)"});
    Findings.clear();
  }
  return Findings;
}

bool Analyzer::analyzeRegion(const FunctionDecl &Fn, Stmt *Region, const CallbackRule *AsCallback,
                             ASTContext &Ctx, uint64_t &StepsLeft, std::vector<Finding> &Findings) {
  FunctionFacts Facts;
  FactCollector Collector(*Model, Options.StrictMode, Fn, Region, AsCallback, Callees.get());
  if (!Collector.collect(Facts))
    return true;
  std::unique_ptr<EventGraph> Graph =
      EventGraph::build(Fn, Region, Ctx, Facts, Collector.parentMap(), StepsLeft);
  if (!Graph)
    return true;
  for (unsigned S = 0; S < Facts.Scopes.size() && !Graph->budgetSpent(); ++S) {
    llvm::BitVector Inside = PathQuery::startedInside(*Graph, S, Facts.Tasks.size());
    for (unsigned T : Inside.set_bits()) {
      Binding Bind = Collector.bindingTo(Facts.Tasks[T], Facts.Scopes[S]);
      // A task sharing ownership extends the transaction: only StrictMode
      // reports that (SPEC §3).
      if (Bind == Binding::None || (Bind == Binding::Extends && !Options.StrictMode))
        continue;
      Finding F;
      if (diagnose(*Graph, Facts, S, T, Bind == Binding::Extends, F))
        Findings.push_back(std::move(F));
      if (Graph->budgetSpent())
        break;
    }
  }
  StepsLeft = Graph->stepsLeft();
  return !Graph->budgetSpent();
}

bool Analyzer::analyzeConcurrency(const FunctionDecl &Fn, Stmt *Body, ASTContext &Ctx,
                                  uint64_t &StepsLeft, std::vector<Finding> &Findings) {
  FunctionFacts Facts;
  FactCollector Collector(*Model, Options.StrictMode, Fn, Body, nullptr, Callees.get());
  if (!Collector.collectShared(Facts, *Shared))
    return true;
  std::unique_ptr<EventGraph> Graph =
      EventGraph::build(Fn, Body, Ctx, Facts, Collector.parentMap(), StepsLeft);
  if (!Graph)
    return true;
  findConcurrentUses(*Graph, Facts, Collector, Findings);
  StepsLeft = Graph->stepsLeft();
  return !Graph->budgetSpent();
}

namespace {
/// Visits every function body of a translation unit, lambdas and template
/// instantiations included, outside system headers.
struct FunctionVisitor : RecursiveASTVisitor<FunctionVisitor> {
  std::function<void(const FunctionDecl &)> OnFunction;
  const SourceManager &SM;

  FunctionVisitor(const SourceManager &SM) : SM(SM) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitFunctionDecl(FunctionDecl *Fn) {
    if (Fn->doesThisDeclarationHaveABody() && !SM.isInSystemHeader(Fn->getLocation()))
      OnFunction(*Fn);
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    if (const CXXMethodDecl *Call = Lambda->getCallOperator())
      if (!SM.isInSystemHeader(Call->getLocation()))
        OnFunction(*Call);
    return true;
  }
};
} // namespace

std::vector<Finding> Analyzer::analyzeDecls(llvm::ArrayRef<Decl *> Decls, ASTContext &Ctx) {
  std::vector<Finding> All;
  std::set<Finding::Key> Seen;
  FunctionVisitor Visitor(Ctx.getSourceManager());
  Visitor.OnFunction = [&](const FunctionDecl &Fn) {
    for (Finding &F : analyzeFunction(Fn, Ctx)) {
      if (Seen.insert(F.key()).second)
        All.push_back(std::move(F));
    }
  };
  for (Decl *D : Decls)
    Visitor.TraverseDecl(D);
  return All;
}

std::vector<Finding> Analyzer::analyzeTranslationUnit(ASTContext &Ctx) {
  Decl *TU = Ctx.getTranslationUnitDecl();
  return analyzeDecls(llvm::ArrayRef<Decl *>(&TU, 1), Ctx);
}

} // namespace txscope
