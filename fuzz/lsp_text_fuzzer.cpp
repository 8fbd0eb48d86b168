//===- lsp_text_fuzzer.cpp - clangd-txscope's text and URI helpers --------===//
//
// The pure functions clangd-txscope applies to what the editor sends:
// didChange content changes (UTF-16 positions) applied to a document,
// positions to byte offsets and back, file: URIs, NOLINT comments. The
// first input byte picks the function; the rest is split by
// FuzzedDataProvider. Besides "no crash", each checks a property:
//  - applyContentChange leaves the text unchanged when it rejects a change;
//  - byteOffset stays within the text and within the requested line;
//  - utf16Column never exceeds the byte column (valid UTF-8);
//  - uriToPath(pathToUri(P)) == P for every path P,
//    and pathToUri's output is plain ASCII.
//
//===----------------------------------------------------------------------===//
#include "Nolint.h"
#include "TextEdits.h"
#include "Uri.h"
#include "llvm/Support/JSON.h"
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

namespace {

[[noreturn]] void fail(const char *What) {
  fprintf(stderr, "lsp_text_fuzzer: %s\n", What);
  std::abort();
}

/// Applies the change(s) in \p Json: one change object, or an array of them
/// as in didChange's contentChanges.
void contentChanges(std::string Text, llvm::StringRef Json) {
  auto Parsed = llvm::json::parse(Json);
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError());
    return;
  }
  std::vector<const llvm::json::Object *> Changes;
  if (const llvm::json::Object *O = Parsed->getAsObject())
    Changes.push_back(O);
  else if (const llvm::json::Array *A = Parsed->getAsArray())
    for (const llvm::json::Value &V : *A)
      if (const llvm::json::Object *O = V.getAsObject())
        Changes.push_back(O);
  for (const llvm::json::Object *Change : Changes) {
    std::string Before = Text;
    if (!txscope::lsp::applyContentChange(Text, *Change) && Text != Before)
      fail("applyContentChange rejected a change but modified the text");
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size > 1 << 16)
    return -1;
  FuzzedDataProvider In(Data, Size);
  switch (In.ConsumeIntegralInRange<int>(0, 4)) {
  case 0: {
    std::string Text = In.ConsumeRandomLengthString(4096);
    contentChanges(std::move(Text), In.ConsumeRemainingBytesAsString());
    break;
  }
  case 1: {
    int64_t Line = In.ConsumeIntegral<int64_t>() % 4096, Character = In.ConsumeIntegral<int64_t>() % 4096;
    std::string Text = In.ConsumeRemainingBytesAsString();
    std::optional<size_t> Offset = txscope::lsp::byteOffset(Text, Line, Character);
    if (Offset) {
      if (*Offset > Text.size())
        fail("byteOffset past the end of the text");
      if (llvm::StringRef(Text).take_front(*Offset).count('\n') != size_t(Line))
        fail("byteOffset not on the requested line");
    }
    break;
  }
  case 2: {
    unsigned Column = In.ConsumeIntegralInRange<unsigned>(0, 1 << 16);
    std::string LineText = In.ConsumeRemainingBytesAsString();
    unsigned Units = txscope::lsp::utf16Column(LineText, Column);
    // For valid UTF-8 and a column at a character boundary (what clang
    // reports), never more units than bytes. Invalid UTF-8 (a lead byte
    // followed by ASCII, a truncated sequence) is counted leniently: a
    // sequence's units as announced by its lead byte, so only "no crash".
    bool Boundary = Column >= LineText.size() || (uint8_t(LineText[Column]) & 0xC0) != 0x80;
    if (llvm::json::isUTF8(LineText) && Boundary && Units > Column)
      fail("utf16Column larger than the byte column");
    break;
  }
  case 3: {
    std::string Text = In.ConsumeRemainingBytesAsString();
    (void)txscope::lsp::uriToPath(Text);
    std::string Uri = txscope::lsp::pathToUri(Text);
    for (unsigned char C : Uri)
      if (C < 0x21 || C > 0x7e)
        fail("pathToUri produced a character that needs escaping");
    std::optional<std::string> Back = txscope::lsp::uriToPath(Uri);
    if (!Back || *Back != Text)
      fail("uriToPath(pathToUri(P)) != P");
    break;
  }
  default: {
    unsigned Line = In.ConsumeIntegralInRange<unsigned>(0, 300);
    // One of the checks' names (a NOLINT list naming one must not cover
    // the other), or anything.
    static const char *const Checks[] = {"txscope-task-outlives-transaction",
                                         "txscope-concurrent-transaction-use"};
    std::string Check = In.ConsumeBool() ? Checks[In.ConsumeBool()] : In.ConsumeRandomLengthString(64);
    std::string Text = In.ConsumeRemainingBytesAsString();
    (void)txscope::lsp::isSuppressed(Text, Line, Check);
    break;
  }
  }
  return 0;
}
