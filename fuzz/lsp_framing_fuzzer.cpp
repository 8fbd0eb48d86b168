//===- lsp_framing_fuzzer.cpp - clangd-txscope's LSP traffic --------------===//
//
// The input is the traffic of one session: what the editor sends, then
// "\n=====clangd=====\n", then what clangd sends (without the separator,
// all of it comes from the editor). Both are raw bytes: Content-Length
// framing, then JSON bodies.
//  - txscope::lsp::Reader reads the whole input; every message it returns
//    must be well framed (its body the tail of its raw bytes).
//  - A txscope::lsp::Proxy reads the editor's part (didOpen, didChange with
//    range edits, didSave, didClose, anything else), then clangd's part
//    (publishDiagnostics merged with the documents' findings, anything
//    else), through its real loops on file descriptors (memfds); what it
//    writes goes to /dev/null. The analysis thread is not run, so no
//    document is parsed.
//
//===----------------------------------------------------------------------===//
#include "DocumentAnalyzer.h"
#include "LspChannel.h"
#include "Proxy.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace {

int memfdWith(llvm::StringRef Bytes) {
  int Fd = memfd_create("txscope-fuzz-lsp", 0);
  if (Fd < 0 || (!Bytes.empty() && write(Fd, Bytes.data(), Bytes.size()) != ssize_t(Bytes.size())) ||
      lseek(Fd, 0, SEEK_SET) != 0) {
    perror("lsp_framing_fuzzer: memfd");
    std::abort();
  }
  return Fd;
}

int devNull() {
  int Fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (Fd < 0) {
    perror("lsp_framing_fuzzer: /dev/null");
    std::abort();
  }
  return Fd;
}

txscope::lsp::DocumentAnalyzer *Analyzer;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  Analyzer = new txscope::lsp::DocumentAnalyzer(std::nullopt, std::nullopt);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size > 1 << 20)
    return -1;
  llvm::StringRef Input(reinterpret_cast<const char *>(Data), Size);

  // Framing alone, over everything.
  {
    int Fd = memfdWith(Input);
    txscope::lsp::Reader Reader(Fd, "the fuzzer");
    txscope::lsp::Message M;
    size_t Consumed = 0;
    while (Reader.next(M)) {
      if (M.Raw.size() < M.Body.size() + 4 || !llvm::StringRef(M.Raw).endswith(M.Body) ||
          M.Raw.find("\r\n\r\n") == std::string::npos) {
        fprintf(stderr, "lsp_framing_fuzzer: Reader returned a malformed message\n");
        std::abort();
      }
      Consumed += M.Raw.size();
      if (Consumed > Size) {
        fprintf(stderr, "lsp_framing_fuzzer: Reader returned more bytes than it read\n");
        std::abort();
      }
    }
    close(Fd);
  }

  // The proxy, between a fuzzed editor and a fuzzed clangd.
  auto [FromEditor, FromClangd] = Input.split("\n=====clangd=====\n");
  int EditorIn = memfdWith(FromEditor), ClangdOut = memfdWith(FromClangd);
  int EditorOut = devNull(), ClangdIn = devNull();
  {
    txscope::lsp::Proxy Proxy(EditorIn, EditorOut, ClangdIn, ClangdOut, *Analyzer);
    Proxy.editorLoop(); // closes ClangdIn at the end
    Proxy.clangdLoop();
    Proxy.stop();
  }
  close(EditorIn);
  close(ClangdOut);
  close(EditorOut);
  return 0;
}
