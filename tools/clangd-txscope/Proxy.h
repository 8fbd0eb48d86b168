//===- Proxy.h - Between the editor and clangd ------------------*- C++ -*-===//
//
// Passes every message between the editor and the real clangd through
// unchanged, except clangd's publishDiagnostics for documents we analyse,
// which gain the txscope findings. Analysis runs on its own thread and never
// holds up either direction of traffic.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_CLANGD_PROXY_H
#define TXSCOPE_CLANGD_PROXY_H

#include "DocumentAnalyzer.h"
#include "LspChannel.h"
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>

namespace txscope::lsp {

class Proxy {
public:
  Proxy(int EditorIn, int EditorOut, int ClangdIn, int ClangdOut, DocumentAnalyzer &Analyzer)
      : FromEditor(EditorIn, "the editor"), ToEditor(EditorOut), FromClangd(ClangdOut, "clangd"),
        ToClangd(ClangdIn), ClangdIn(ClangdIn), Analyzer(Analyzer) {}

  /// Editor -> clangd, until the editor closes its end (then closes clangd's
  /// input, so that clangd exits too).
  void editorLoop();
  /// clangd -> editor, until clangd closes its output.
  void clangdLoop();
  /// Analyses documents as they open and change; returns after stop().
  void analysisLoop();
  void stop();

private:
  using Clock = std::chrono::steady_clock;
  struct Document {
    std::string Path, Text;
    int64_t Version = 0;
    bool Pending = true;            ///< Needs (re-)analysis.
    Clock::time_point Due;          ///< Not before: debounces typing.
    llvm::json::Array Ours;         ///< Findings for OursVersion.
    std::optional<int64_t> OursVersion;
    llvm::json::Array Clangds;      ///< clangd's last diagnostics for it.
    std::optional<int64_t> ClangdVersion;
  };

  void onEditorMessage(const llvm::json::Object &Message);
  /// Sends clangd's diagnostics for \p Uri merged with ours (lock held).
  void publishMerged(const std::string &Uri, Document &Doc);

  Reader FromEditor;
  Writer ToEditor;
  Reader FromClangd;
  Writer ToClangd;
  int ClangdIn;
  DocumentAnalyzer &Analyzer;

  std::mutex Lock;
  std::condition_variable Wake;
  std::map<std::string, Document> Documents; ///< by URI
  std::vector<std::string> Closed;           ///< paths for the analysis thread to forget
  bool Stopping = false;
};

} // namespace txscope::lsp

#endif
