//===- DiffFilter.cpp - Only findings on changed lines --------------------===//
#include "DiffFilter.h"
#include "RunProgram.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

namespace txscope::cli {

static std::string absolute(llvm::StringRef Root, llvm::StringRef Relative) {
  llvm::SmallString<256> Path(Root);
  llvm::sys::path::append(Path, Relative);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return Path.str().str();
}

llvm::Expected<ChangedLines> ChangedLines::parse(llvm::StringRef Diff, llvm::StringRef Root,
                                                 llvm::StringRef Source) {
  ChangedLines Out;
  std::set<unsigned> *Current = nullptr;
  unsigned NewLine = 0, LineNo = 0;
  llvm::SmallVector<llvm::StringRef, 0> Rows;
  Diff.split(Rows, '\n');
  for (llvm::StringRef Row : Rows) {
    ++LineNo;
    if (Row.consume_front("+++ ")) {
      Row = Row.split('\t').first.rtrim();
      if (Row == "/dev/null") {
        Current = nullptr;
        continue;
      }
      Row.consume_front("b/");
      Current = &Out.Lines[absolute(Root, Row)];
      continue;
    }
    if (Row.take_front(2) == "@@") {
      // @@ -a[,b] +c[,d] @@
      size_t Plus = Row.find(" +");
      unsigned Start = 0;
      if (Plus == llvm::StringRef::npos ||
          Row.drop_front(Plus + 2).take_while([](char C) { return C >= '0' && C <= '9'; })
              .getAsInteger(10, Start))
        return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                       "%s:%u: malformed hunk header '%s'", Source.str().c_str(),
                                       LineNo, Row.str().c_str());
      NewLine = Start;
      continue;
    }
    if (!Current || NewLine == 0)
      continue;
    if (Row.take_front(1) == "+")
      Current->insert(NewLine++);
    else if (Row.take_front(1) == " ")
      ++NewLine;
  }
  return Out;
}

bool ChangedLines::contains(const Location &Loc) const {
  auto It = Lines.find(Loc.File);
  return It != Lines.end() && It->second.count(Loc.Line);
}

bool ChangedLines::touches(const ReportedFinding &F) const {
  if (contains(F.Loc))
    return true;
  for (const Note &N : F.Notes)
    if (contains(N.Loc))
      return true;
  return false;
}

llvm::Expected<std::string> gitDiff(llvm::StringRef Root, llvm::StringRef Rev) {
  auto Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return llvm::createStringError(Git.getError(), "--diff-base needs git on PATH");
  ProgramResult Run = runProgram(
      *Git, {"git", "-C", Root.str(), "diff", "-U0", "--no-color", "--no-ext-diff", Rev.str(), "--"});
  if (Run.Status != 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "'git diff %s' failed in %s: %s%s", Rev.str().c_str(),
                                   Root.str().c_str(), Run.ExecError.c_str(), Run.Err.c_str());
  return Run.Out;
}

} // namespace txscope::cli
