//===- Main.cpp - clangd-txscope: clangd with txscope's diagnostics -------===//
//
// A drop-in replacement for the clangd executable: editors start it with
// clangd's arguments. It runs the real clangd (--txscope-clangd=PATH, else
// clangd-N of the LLVM it was built with, else clangd on PATH) and merges
// txscope's findings into its diagnostics, with the summaries of other
// translation units from --txscope-summaries=PATH or the file the txscope
// command writes. It exits with clangd's status.
//
//===----------------------------------------------------------------------===//
#include "DocumentAnalyzer.h"
#include "Proxy.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <cerrno>
#include <csignal>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

struct Child {
  pid_t Pid = -1;
  int In = -1, Out = -1; ///< Its standard input (we write) and output (we read).
};

/// Starts \p Argv with pipes for its standard input and output; its standard
/// error is ours.
Child spawn(const std::vector<std::string> &Argv, std::string &Error) {
  int ToChild[2], FromChild[2];
  if (::pipe(ToChild) || ::pipe(FromChild)) {
    Error = "pipe() failed";
    return {};
  }
  pid_t Pid = ::fork();
  if (Pid < 0) {
    Error = "fork() failed";
    return {};
  }
  if (Pid == 0) {
    ::dup2(ToChild[0], 0);
    ::dup2(FromChild[1], 1);
    for (int Fd : {ToChild[0], ToChild[1], FromChild[0], FromChild[1]})
      ::close(Fd);
    std::vector<char *> Args;
    for (const std::string &A : Argv)
      Args.push_back(const_cast<char *>(A.c_str()));
    Args.push_back(nullptr);
    ::execv(Args[0], Args.data());
    ::_exit(127);
  }
  ::close(ToChild[0]);
  ::close(FromChild[1]);
  return {Pid, ToChild[1], FromChild[0]};
}

/// The real clangd: explicit, else the one matching our LLVM, else any.
std::string findClangd(const std::string &Explicit) {
  if (!Explicit.empty()) {
    if (auto Found = llvm::sys::findProgramByName(Explicit))
      return *Found;
    return Explicit;
  }
  std::string Versioned = "clangd-" + std::to_string(TXSCOPE_LLVM_MAJOR);
  if (auto Found = llvm::sys::findProgramByName(Versioned))
    return *Found;
  std::string InTree = "/usr/lib/llvm-" + std::to_string(TXSCOPE_LLVM_MAJOR) + "/bin/clangd";
  if (llvm::sys::fs::can_execute(InTree))
    return InTree;
  if (auto Found = llvm::sys::findProgramByName("clangd"))
    return *Found;
  return std::string();
}

} // namespace

int main(int Argc, char **Argv) {
  std::signal(SIGPIPE, SIG_IGN); // a vanished peer is an error return, not death
  std::string Explicit;
  std::optional<std::string> CompileCommandsDir, Summaries;
  std::vector<std::string> ClangdArgs{""};
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg.consume_front("--txscope-clangd=")) {
      Explicit = Arg.str();
      continue; // ours alone
    }
    if (Arg.consume_front("--txscope-summaries=")) {
      Summaries = Arg.str();
      continue; // ours alone
    }
    ClangdArgs.push_back(Argv[I]);
    if (Arg.consume_front("--compile-commands-dir="))
      CompileCommandsDir = Arg.str();
    else if (Arg == "--compile-commands-dir" && I + 1 < Argc)
      CompileCommandsDir = Argv[I + 1];
  }
  ClangdArgs[0] = findClangd(Explicit);
  if (ClangdArgs[0].empty() || !llvm::sys::fs::can_execute(ClangdArgs[0])) {
    llvm::errs() << "clangd-txscope: cannot find clangd"
                 << (Explicit.empty() ? "" : " at '" + Explicit + "'")
                 << " (install clangd-" << TXSCOPE_LLVM_MAJOR
                 << " or pass --txscope-clangd=PATH)\n";
    return 127;
  }
  std::string Error;
  Child Clangd = spawn(ClangdArgs, Error);
  if (Clangd.Pid < 0) {
    llvm::errs() << "clangd-txscope: cannot start " << ClangdArgs[0] << ": " << Error << "\n";
    return 127;
  }

  txscope::lsp::DocumentAnalyzer Analyzer(CompileCommandsDir, Summaries);
  txscope::lsp::Proxy Proxy(/*EditorIn=*/0, /*EditorOut=*/1, Clangd.In, Clangd.Out, Analyzer);
  std::thread(&txscope::lsp::Proxy::editorLoop, &Proxy).detach();
  std::thread(&txscope::lsp::Proxy::analysisLoop, &Proxy).detach();
  Proxy.clangdLoop();

  int Status = 0;
  while (::waitpid(Clangd.Pid, &Status, 0) < 0 && errno == EINTR) {
  }
  int Exit = WIFEXITED(Status) ? WEXITSTATUS(Status) : WIFSIGNALED(Status) ? 128 + WTERMSIG(Status) : 1;
  txscope::lsp::logLine("clangd exited with status " + std::to_string(Exit));
  Proxy.stop();
  // The editor thread may be blocked reading; an analysis may be running.
  ::_exit(Exit);
}
