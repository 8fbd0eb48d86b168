//===- SummaryExport.cpp - What this unit's functions and classes do, to store ===//
#include "SummaryExport.h"
#include "ImportedSummaries.h"
#include "InferredWrappers.h"
#include "LibraryModel.h"
#include "Summaries.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace clang;

namespace txscope {

StoredLocation storedLocation(SourceLocation Loc, const SourceManager &SM) {
  if (Loc.isInvalid())
    return {};
  SourceLocation File = SM.getFileLoc(Loc);
  llvm::SmallString<256> Path(SM.getFilename(File));
  if (Path.empty())
    return {};
  // (Relative to the unit's working directory, which the VFS knows.)
  SM.getFileManager().getVirtualFileSystem().makeAbsolute(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return {Path.str().str(), SM.getSpellingLineNumber(File), SM.getSpellingColumnNumber(File)};
}

namespace {

/// The definitions the main file holds: functions another unit can call,
/// and the classes whose constructors or destructor it defines.
struct Definitions {
  const SourceManager &SM;
  std::vector<const FunctionDecl *> Functions;
  std::vector<const CXXRecordDecl *> Classes;

  void collect(const DeclContext &DC) {
    for (const Decl *D : DC.decls()) {
      if (!SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
        continue;
      if (isa<NamespaceDecl>(D) || isa<LinkageSpecDecl>(D) || isa<ExportDecl>(D)) {
        collect(*cast<DeclContext>(D));
      } else if (const auto *RD = dyn_cast<CXXRecordDecl>(D)) {
        if (RD->isThisDeclarationADefinition() && !RD->isDependentContext() && !RD->isLambda())
          collect(*RD);
      } else if (const auto *Fn = dyn_cast<FunctionDecl>(D)) {
        add(*Fn);
      }
    }
  }

  void add(const FunctionDecl &Fn) {
    if (!Fn.doesThisDeclarationHaveABody() || Fn.isDependentContext() || Fn.isInvalidDecl() ||
        !Fn.isExternallyVisible() || Fn.isImplicit())
      return;
    Functions.push_back(&Fn);
    if (isa<CXXConstructorDecl>(Fn) || isa<CXXDestructorDecl>(Fn)) {
      const CXXRecordDecl *Class = cast<CXXMethodDecl>(Fn).getParent();
      if (!llvm::is_contained(Classes, Class))
        Classes.push_back(Class);
    }
  }
};

/// Whether \p Fn takes a task handle (or a container of them) by reference.
bool takesHandles(const FunctionDecl &Fn, const LibraryModel &Model) {
  for (const ParmVarDecl *Param : Fn.parameters()) {
    QualType T = Param->getType();
    if (T->isLValueReferenceType() &&
        (Model.handleType(T.getNonReferenceType()) || Model.containerElementHandle(T)))
      return true;
  }
  return false;
}

StoredLeak storedLeak(const LeakedTask &Leak, const SourceManager &SM) {
  StoredLeak Out;
  Out.Kind = Leak.Kind;
  Out.Start = storedLocation(Leak.Start, SM);
  Out.Detail = storedLocation(Leak.Detail, SM);
  for (const auto &Call : Leak.Calls)
    Out.Calls.emplace_back(storedLocation(Call.first, SM), Call.second);
  Out.Uses = Leak.Uses;
  if (Leak.HasGroup)
    Out.Group = Leak.Group;
  return Out;
}

} // namespace

SummarySet exportSummaries(ASTContext &Ctx, const LibraryModel &Model, Summaries &Callees,
                           InferredWrappers &Wrappers) {
  const SourceManager &SM = Ctx.getSourceManager();
  Definitions Found{SM, {}, {}};
  Found.collect(*Ctx.getTranslationUnitDecl());
  // Every entry names the unit that defines it: a run that analyses that
  // unit again replaces them all (LiveSummaries).
  const std::string MainFile = storedLocation(SM.getLocForStartOfFile(SM.getMainFileID()), SM).File;
  SummarySet Out;
  for (const FunctionDecl *Fn : Found.Functions) {
    std::string USR = usrOf(*Fn);
    const FunctionSummary *Summary = Callees.summaryOf(*Fn);
    if (USR.empty() || !Summary)
      continue;
    StoredFunction Stored;
    Stored.TakesHandles = takesHandles(*Fn, Model);
    bool Says = !Summary->Leaks.empty() || !Summary->Effects.empty() || Summary->Returned ||
                Stored.TakesHandles;
    const auto *Method = dyn_cast<CXXMethodDecl>(Fn);
    if (Method && Method->isInstance() && !isa<CXXConstructorDecl>(Fn) &&
        !isa<CXXDestructorDecl>(Fn)) {
      const PlaceSet &Members = Callees.membersUsedBy(*Method);
      // (Using the whole object is what an unseen method is assumed to do.)
      if (!Members.contains(Place::thisObject())) {
        Stored.MemberUses.emplace();
        for (const Place &Member : Members) {
          if (!Member.isThis())
            continue;
          std::vector<std::string> Path;
          for (llvm::StringRef Field : Member.Fields)
            Path.push_back(Field.str());
          Stored.MemberUses->push_back(std::move(Path));
        }
        llvm::sort(*Stored.MemberUses);
        Says = true;
      }
    }
    if (!Says)
      continue;
    Stored.Name = Fn->getQualifiedNameAsString();
    Stored.File = MainFile;
    for (const LeakedTask &Leak : Summary->Leaks)
      Stored.Leaks.push_back(storedLeak(Leak, SM));
    Stored.Effects = Summary->Effects;
    Stored.Returned = Summary->Returned;
    Stored.JoinedParameters = Summary->JoinedParameters;
    Stored.UnknownJoins = Summary->UnknownJoins;
    Out.Functions.emplace(std::move(USR), std::move(Stored));
  }
  for (const CXXRecordDecl *Class : Found.Classes) {
    const TransactionTypeRule *Rule = Wrappers.inferredHere(*Class);
    std::string USR = usrOf(*Class);
    if (!Rule || USR.empty())
      continue;
    StoredClass Stored;
    Stored.Name = Class->getQualifiedNameAsString();
    Stored.File = MainFile;
    Stored.CommitMethods = Rule->CommitMethods;
    Stored.RollbackMethods = Rule->RollbackMethods;
    Out.Classes.emplace(std::move(USR), std::move(Stored));
  }
  return Out;
}

} // namespace txscope
