//===- summary_file_fuzzer.cpp - Summary files (SummarySet) ---------------===//
//
// The input is a summary file, as `txscope --write-summaries` writes it and
// the check option Summaries reads it (SPEC §6). It goes through
// SummarySet::parse(), whose error must name the file ("fuzz.json:...");
// a set that parses is written with toJSON() and parsed again, which must
// succeed and give the same text, and merging it into itself must change
// nothing.
//
//===----------------------------------------------------------------------===//
#include "SummarySet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

std::string text(const txscope::SummarySet &Set) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << llvm::formatv("{0:1}", Set.toJSON());
  return OS.str();
}

[[noreturn]] void fail(const llvm::Twine &Why, llvm::StringRef Text) {
  llvm::errs() << "summary_file_fuzzer: " << Why << "\n--- text:\n" << Text << "\n";
  std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size > 65536)
    return -1;
  llvm::StringRef Input(reinterpret_cast<const char *>(Data), Size);

  llvm::Expected<txscope::SummarySet> Set = txscope::SummarySet::parse(Input, "fuzz.json");
  if (!Set) {
    std::string Message = llvm::toString(Set.takeError());
    if (Message.rfind("fuzz.json:", 0) != 0)
      fail("error message does not name the file: " + Message, Input);
    return 0;
  }

  std::string Written = text(*Set);
  llvm::Expected<txscope::SummarySet> Again = txscope::SummarySet::parse(Written, "written.json");
  if (!Again)
    fail("what toJSON() wrote does not parse: " + llvm::toString(Again.takeError()), Written);
  if (text(*Again) != Written)
    fail("written, parsed and written again, the text changed", Written);

  txscope::SummarySet Merged = *Set;
  Merged.merge(*Again);
  if (text(Merged) != Written)
    fail("merging a set into itself changed it", Written);
  return 0;
}
