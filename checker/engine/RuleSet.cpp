//===- RuleSet.cpp - The packs in force for one analysis ------------------===//
#include "RuleSet.h"
#include "BuiltinPacks.h"
#include "RuleParser.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace llvm;

namespace txscope {

static Error makeError(const Twine &Message) {
  return make_error<StringError>(Message, inconvertibleErrorCode());
}

static Expected<std::vector<RulePack>> parseBuiltinPacks() {
  std::vector<RulePack> Packs;
  for (const BuiltinPack &Builtin : builtinPacks()) {
    Expected<RulePack> Pack = parseRulePack(
        Builtin.Text, ("<builtin>/" + Twine(Builtin.FileName)).str());
    if (!Pack)
      return Pack.takeError();
    Packs.push_back(std::move(*Pack));
  }
  return Packs;
}

/// The built-in packs named by the `Packs` option: "all" (the default),
/// "none", or names separated by ',' or ';'.
static Expected<std::vector<RulePack>> selectBuiltinPacks(StringRef Option) {
  Option = Option.trim();
  if (Option == "none")
    return std::vector<RulePack>();
  Expected<std::vector<RulePack>> All = parseBuiltinPacks();
  if (!All || Option.empty() || Option == "all")
    return All;
  SmallVector<StringRef, 8> Names;
  SplitString(Option, Names, ",;");
  for (StringRef &Name : Names) {
    Name = Name.trim();
    if (Name.empty())
      continue;
    bool Known =
        any_of(*All, [&](const RulePack &P) { return P.Name == Name; });
    if (!Known) {
      SmallVector<StringRef, 8> KnownNames;
      for (const RulePack &P : *All)
        KnownNames.push_back(P.Name);
      return makeError(
          "unknown rule pack '" + Name +
          "' in option 'Packs' (known packs: " + join(KnownNames, ", ") + ")");
    }
  }
  std::vector<RulePack> Selected;
  for (RulePack &P : *All)
    if (is_contained(Names, P.Name))
      Selected.push_back(std::move(P));
  return Selected;
}

static Expected<RulePack> readRuleFile(StringRef Path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer)
    return makeError("cannot read rule file '" + Path +
                     "': " + Buffer.getError().message());
  return parseRulePack((*Buffer)->getBuffer(), Path);
}

Expected<std::vector<RulePack>> loadRulePacks(StringRef PacksOption,
                                              ArrayRef<std::string> RuleFiles) {
  Expected<std::vector<RulePack>> Packs = selectBuiltinPacks(PacksOption);
  if (!Packs)
    return Packs.takeError();
  for (const std::string &Path : RuleFiles) {
    Expected<RulePack> Pack = readRuleFile(Path);
    if (!Pack)
      return Pack.takeError();
    Packs->push_back(std::move(*Pack));
  }
  return Packs;
}

} // namespace txscope
