//===- RuleParser.cpp - Reads and validates YAML rule packs ---------------===//
//
// Walks one pack's node tree with llvm::yaml::Stream. The stream is lazy and
// forward-only: every collection is iterated once, in file order, and each
// value is converted while its key is current. The first error wins. Syntax
// errors reach us through the SourceMgr's diagnostic handler (nothing is
// printed), so every message has the shape "FILE:LINE:COL: error: WHAT".
//
//===----------------------------------------------------------------------===//
#include "RuleParser.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"
#include <climits>
#include <tuple>

using namespace llvm;

namespace txscope {
namespace {

bool isIdentifier(StringRef S) {
  if (S.empty() || !(isAlpha(S.front()) || S.front() == '_'))
    return false;
  return all_of(S.drop_front(), [](char C) { return isAlnum(C) || C == '_'; });
}

/// Strips a leading "::"; false unless \p Name is identifiers joined by "::".
bool normalizeQualifiedName(StringRef &Name) {
  Name.consume_front("::");
  SmallVector<StringRef, 4> Parts;
  Name.split(Parts, "::");
  return all_of(Parts, isIdentifier);
}

/// \p Text from the pack, in quotes and on one line, for a message.
std::string quoted(StringRef Text) {
  std::string Result = "'";
  raw_string_ostream OS(Result);
  printEscapedString(Text, OS);
  OS << "'";
  return OS.str();
}

StringRef kindName(const yaml::Node &N) {
  switch (N.getType()) {
  case yaml::Node::NK_Scalar:
  case yaml::Node::NK_BlockScalar:
    return "a scalar";
  case yaml::Node::NK_Mapping:
    return "a mapping";
  case yaml::Node::NK_Sequence:
    return "a sequence";
  case yaml::Node::NK_Alias:
    return "an alias";
  default:
    return "an empty value";
  }
}

/// The text of a plain, quoted or block scalar; false for any other node.
bool scalarText(yaml::Node &N, std::string &Out) {
  if (auto *Scalar = dyn_cast<yaml::ScalarNode>(&N)) {
    SmallString<64> Storage;
    Out = Scalar->getValue(Storage).str();
    return true;
  }
  if (auto *Block = dyn_cast<yaml::BlockScalarNode>(&N)) {
    Out = Block->getValue().str();
    return true;
  }
  return false;
}

/// One `key: value` entry being converted, with what its messages need.
struct Field {
  StringRef Key;
  StringRef Owner; ///< What holds the key, e.g. "transaction rule".
  SMLoc KeyLoc;
  yaml::Node *Value;
};

enum class KeyUse { Optional, Required };

/// How one key of a mapping is read.
struct KeyReader {
  StringRef Key;
  KeyUse Use;
  function_ref<bool(const Field &)> Read;
};

class PackParser {
public:
  PackParser(StringRef Text, StringRef FileName)
      : Text(Text), FileName(FileName) {}

  Expected<RulePack> parse();

private:
  // Errors. Each returns false so that callers can `return error(...)`.
  bool error(SMLoc Loc, const Twine &Message);
  bool wrongKind(const Field &F, StringRef Expected);
  bool invalidValue(const Field &F, StringRef Value, StringRef Expected);
  bool parserFailed();
  void record(unsigned Line, unsigned Column, const Twine &Message);
  static void onDiagnostic(const SMDiagnostic &D, void *Context);

  /// Where \p N starts; \p Fallback for an empty value, which has no position.
  SMLoc locOf(yaml::Node &N, SMLoc Fallback) const;
  unsigned lineOf(yaml::Node &N) const;

  // Values.
  bool readMapping(yaml::MappingNode &Map, StringRef Owner,
                   ArrayRef<KeyReader> Readers);
  bool readString(const Field &F, std::string &Out);
  bool readQualifiedName(const Field &F, std::string &Out);
  bool readBool(const Field &F, bool &Out);
  bool readIndex(const Field &F, int &Out);
  bool readDestructor(const Field &F, DestructorKind &Out);
  bool readConcurrentUse(const Field &F, ConcurrentUse &Out);
  bool readQualifiedNames(const Field &F, std::vector<std::string> &Out);
  bool readList(const Field &F,
                function_ref<bool(yaml::Node &, StringRef)> Item);
  bool readIdentifiers(const Field &F, std::vector<std::string> &Out);
  bool readNonEmptyIdentifiers(const Field &F, std::vector<std::string> &Out);
  bool readMembers(const Field &F, std::vector<MemberRule> &Out);
  template <typename Rule>
  bool readRules(const Field &F, std::vector<Rule> &Out,
                 bool (PackParser::*ParseRule)(yaml::MappingNode &, Rule &));

  // The pack and its sections.
  bool parseRoot(yaml::Node *Root, RulePack &Pack);
  bool parseTransaction(yaml::MappingNode &Map, TransactionTypeRule &R);
  bool parseCallPair(yaml::MappingNode &Map, CallPairRule &R);
  bool parseTaskStart(yaml::MappingNode &Map, TaskStartRule &R);
  bool checkTaskStart(yaml::MappingNode &Map, const TaskStartRule &R);
  bool parseHandle(yaml::MappingNode &Map, HandleTypeRule &R);
  bool parseGroup(yaml::MappingNode &Map, GroupTypeRule &R);
  bool parseTaskObject(yaml::MappingNode &Map, TaskObjectRule &R);
  bool parseTaskGraph(yaml::MappingNode &Map, TaskGraphRule &R);
  bool parseJoinFunction(yaml::MappingNode &Map, JoinFunctionRule &R);
  bool parseDetachFunction(yaml::MappingNode &Map, DetachFunctionRule &R);
  bool parseSqlCall(yaml::MappingNode &Map, SqlCallRule &R);
  bool parseCallback(yaml::MappingNode &Map, CallbackRule &R);
  bool parseConnection(yaml::MappingNode &Map, ConnectionTypeRule &R);
  bool parseLock(yaml::MappingNode &Map, ClassNameRule &R);
  bool parsePerThread(yaml::MappingNode &Map, ClassNameRule &R);
  bool parseSerialisingExecutor(yaml::MappingNode &Map, ClassNameRule &R);
  bool parseClassName(yaml::MappingNode &Map, StringRef Owner, ClassNameRule &R);

  StringRef Text;
  std::string FileName;
  SourceMgr SM;
  std::string FirstError;
};

Expected<RulePack> PackParser::parse() {
  SM.setDiagHandler(onDiagnostic, this);
  yaml::Stream Stream(MemoryBufferRef(Text, FileName), SM,
                      /*ShowColors=*/false);
  RulePack Pack;
  Pack.SourceFile = FileName;
  yaml::document_iterator Doc = Stream.begin();
  if (parseRoot(Doc->getRoot(), Pack)) {
    // Empty documents after the pack (a trailing "---") carry no rules.
    for (++Doc; FirstError.empty() && Doc != Stream.end(); ++Doc) {
      yaml::Node *Root = Doc->getRoot();
      if (Root && !isa<yaml::NullNode>(Root))
        error(Root->getSourceRange().Start,
              "a rule pack must be a single YAML document");
    }
  }
  if (!FirstError.empty())
    return make_error<StringError>(FirstError, inconvertibleErrorCode());
  return Pack;
}

bool PackParser::error(SMLoc Loc, const Twine &Message) {
  unsigned Line = 1, Column = 1; // An empty file has no position.
  if (Loc.isValid())
    std::tie(Line, Column) = SM.getLineAndColumn(Loc);
  record(Line, Column, Message);
  return false;
}

/// Points at the key: an empty value has no position, and a flow collection
/// starts at its first element rather than at its bracket.
bool PackParser::wrongKind(const Field &F, StringRef Expected) {
  return error(F.KeyLoc, "expected " + Expected + " for '" + F.Key + "' in " +
                             F.Owner + ", found " + kindName(*F.Value));
}

/// \p F holds the scalar \p Value, which is not one of \p Expected.
bool PackParser::invalidValue(const Field &F, StringRef Value,
                              StringRef Expected) {
  return error(F.Value->getSourceRange().Start,
               "invalid value " + quoted(Value) + " for '" + F.Key + "' in " +
                   F.Owner + " (expected " + Expected + ")");
}

/// The YAML parser gave no node. It has reported why through onDiagnostic, so
/// this records nothing unless that report went missing: a failure must never
/// pass silently.
bool PackParser::parserFailed() { return error(SMLoc(), "invalid YAML"); }

void PackParser::record(unsigned Line, unsigned Column, const Twine &Message) {
  if (FirstError.empty())
    FirstError = (FileName + ":" + Twine(Line) + ":" + Twine(Column) +
                  ": error: " + Message)
                     .str();
}

void PackParser::onDiagnostic(const SMDiagnostic &D, void *Context) {
  // SMDiagnostic columns are 0-based.
  static_cast<PackParser *>(Context)->record(D.getLineNo(), D.getColumnNo() + 1,
                                             "invalid YAML: " + D.getMessage());
}

SMLoc PackParser::locOf(yaml::Node &N, SMLoc Fallback) const {
  if (isa<yaml::NullNode>(N))
    return Fallback;
  return N.getSourceRange().Start;
}

unsigned PackParser::lineOf(yaml::Node &N) const {
  return SM.getLineAndColumn(N.getSourceRange().Start).first;
}

/// Calls the reader of each key present, in file order, and rejects keys
/// that are not scalars, unknown or repeated, and required keys left out.
bool PackParser::readMapping(yaml::MappingNode &Map, StringRef Owner,
                             ArrayRef<KeyReader> Readers) {
  SmallVector<StringRef, 8> Seen;
  for (yaml::KeyValueNode &Entry : Map) {
    yaml::Node *KeyNode = Entry.getKey();
    if (!KeyNode)
      return parserFailed();
    std::string Key;
    if (!scalarText(*KeyNode, Key))
      return error(locOf(*KeyNode, Entry.getSourceRange().Start),
                   "expected a scalar key in " + Owner + ", found " +
                       kindName(*KeyNode));
    SMLoc KeyLoc = KeyNode->getSourceRange().Start;
    const KeyReader *Reader =
        find_if(Readers, [&](const KeyReader &R) { return R.Key == Key; });
    if (Reader == Readers.end()) {
      SmallVector<StringRef, 8> Known;
      for (const KeyReader &R : Readers)
        Known.push_back(R.Key);
      return error(KeyLoc, "unknown key " + quoted(Key) + " in " + Owner +
                               " (expected one of: " + join(Known, ", ") + ")");
    }
    if (is_contained(Seen, Reader->Key))
      return error(KeyLoc, "duplicate key '" + Reader->Key + "' in " + Owner);
    Seen.push_back(Reader->Key);
    yaml::Node *Value = Entry.getValue();
    if (!Value)
      return parserFailed();
    if (!Reader->Read({Reader->Key, Owner, KeyLoc, Value}))
      return false;
  }
  for (const KeyReader &R : Readers)
    if (R.Use == KeyUse::Required && !is_contained(Seen, R.Key))
      return error(Map.getSourceRange().Start,
                   "missing required key '" + R.Key + "' in " + Owner);
  return true;
}

bool PackParser::readString(const Field &F, std::string &Out) {
  return scalarText(*F.Value, Out) || wrongKind(F, "a scalar");
}

bool PackParser::readQualifiedName(const Field &F, std::string &Out) {
  std::string Raw;
  if (!readString(F, Raw))
    return false;
  StringRef Name = Raw;
  if (!normalizeQualifiedName(Name))
    return error(F.Value->getSourceRange().Start,
                 "malformed qualified name " + quoted(Raw) + " for '" + F.Key +
                     "' in " + F.Owner +
                     " (expected identifiers separated by '::')");
  Out = Name.str();
  return true;
}

bool PackParser::readBool(const Field &F, bool &Out) {
  std::string Value;
  if (!readString(F, Value))
    return false;
  if (Value != "true" && Value != "false")
    return invalidValue(F, Value, "true or false");
  Out = Value == "true";
  return true;
}

bool PackParser::readIndex(const Field &F, int &Out) {
  std::string Value;
  if (!readString(F, Value))
    return false;
  unsigned Index;
  if (StringRef(Value).getAsInteger(10, Index) || Index > INT_MAX)
    return invalidValue(F, Value, "a non-negative integer");
  Out = static_cast<int>(Index);
  return true;
}

bool PackParser::readDestructor(const Field &F, DestructorKind &Out) {
  static const struct {
    StringRef Name;
    DestructorKind Kind;
  } Kinds[] = {{"none", DestructorKind::None},
               {"join", DestructorKind::Join},
               {"cancel-and-join", DestructorKind::CancelAndJoin},
               {"terminate-if-joinable", DestructorKind::TerminateIfJoinable}};
  std::string Value;
  if (!readString(F, Value))
    return false;
  for (const auto &K : Kinds) {
    if (K.Name == Value) {
      Out = K.Kind;
      return true;
    }
  }
  return invalidValue(
      F, Value, "one of: none, join, cancel-and-join, terminate-if-joinable");
}

bool PackParser::readConcurrentUse(const Field &F, ConcurrentUse &Out) {
  static const struct {
    StringRef Name;
    ConcurrentUse Use;
  } Uses[] = {{"forbidden", ConcurrentUse::Forbidden},
              {"serialised", ConcurrentUse::Serialised},
              {"thread-bound", ConcurrentUse::ThreadBound}};
  std::string Value;
  if (!readString(F, Value))
    return false;
  for (const auto &U : Uses) {
    if (U.Name == Value) {
      Out = U.Use;
      return true;
    }
  }
  return invalidValue(F, Value, "one of: forbidden, serialised, thread-bound");
}

/// Calls \p Item with each element of a sequence of scalars.
bool PackParser::readList(const Field &F,
                          function_ref<bool(yaml::Node &, StringRef)> Item) {
  auto *Seq = dyn_cast<yaml::SequenceNode>(F.Value);
  if (!Seq)
    return wrongKind(F, "a sequence");
  for (yaml::Node &Element : *Seq) {
    std::string Value;
    if (!scalarText(Element, Value))
      return error(locOf(Element, F.KeyLoc),
                   "expected a scalar in the list '" + F.Key + "' of " +
                       F.Owner + ", found " + kindName(Element));
    if (!Item(Element, Value))
      return false;
  }
  return true;
}

bool PackParser::readIdentifiers(const Field &F,
                                 std::vector<std::string> &Out) {
  return readList(F, [&](yaml::Node &Element, StringRef Value) {
    if (!isIdentifier(Value))
      return error(Element.getSourceRange().Start,
                   "malformed member name " + quoted(Value) + " in '" + F.Key +
                       "' of " + F.Owner + " (expected an identifier)");
    Out.push_back(Value.str());
    return true;
  });
}

/// A list of qualified names (functions, every overload).
bool PackParser::readQualifiedNames(const Field &F,
                                    std::vector<std::string> &Out) {
  return readList(F, [&](yaml::Node &Element, StringRef Value) {
    StringRef Name = Value;
    if (!normalizeQualifiedName(Name))
      return error(Element.getSourceRange().Start,
                   "malformed qualified name " + quoted(Value) + " in '" +
                       F.Key + "' of " + F.Owner +
                       " (expected identifiers separated by '::')");
    Out.push_back(Name.str());
    return true;
  });
}

bool PackParser::readNonEmptyIdentifiers(const Field &F,
                                         std::vector<std::string> &Out) {
  if (!readIdentifiers(F, Out))
    return false;
  return !Out.empty() || error(F.KeyLoc, "'" + F.Key + "' in " + F.Owner +
                                             " must not be empty");
}

/// Member entries are `name`, or `name()` for "only when called with no
/// explicit argument".
bool PackParser::readMembers(const Field &F, std::vector<MemberRule> &Out) {
  return readList(F, [&](yaml::Node &Element, StringRef Value) {
    MemberRule Member;
    StringRef Name = Value;
    Member.OnlyWithoutArguments = Name.consume_back("()");
    if (!isIdentifier(Name))
      return error(Element.getSourceRange().Start,
                   "malformed member name " + quoted(Value) + " in '" + F.Key +
                       "' of " + F.Owner +
                       " (expected an identifier, optionally followed by "
                       "'()')");
    Member.Name = Name.str();
    Out.push_back(std::move(Member));
    return true;
  });
}

/// Reads a section: a sequence of mappings, one rule each.
template <typename Rule>
bool PackParser::readRules(const Field &F, std::vector<Rule> &Out,
                           bool (PackParser::*ParseRule)(yaml::MappingNode &,
                                                         Rule &)) {
  auto *Seq = dyn_cast<yaml::SequenceNode>(F.Value);
  if (!Seq)
    return wrongKind(F, "a sequence");
  for (yaml::Node &Element : *Seq) {
    auto *Map = dyn_cast<yaml::MappingNode>(&Element);
    if (!Map)
      return error(locOf(Element, F.KeyLoc),
                   "expected a mapping for each entry of '" + F.Key +
                       "', found " + kindName(Element));
    Out.emplace_back();
    if (!(this->*ParseRule)(*Map, Out.back()))
      return false;
  }
  return true;
}

bool PackParser::parseRoot(yaml::Node *Root, RulePack &Pack) {
  if (!Root)
    return parserFailed();
  if (isa<yaml::NullNode>(Root))
    return error(SMLoc(), "empty rule pack (expected a mapping with at least "
                          "the key 'pack')");
  auto *Map = dyn_cast<yaml::MappingNode>(Root);
  if (!Map)
    return error(Root->getSourceRange().Start,
                 "expected a mapping at the top level of a rule pack, found " +
                     kindName(*Root));
  auto ReadName = [&](const Field &F) {
    if (!readString(F, Pack.Name))
      return false;
    return isIdentifier(Pack.Name) ||
           error(F.Value->getSourceRange().Start,
                 "malformed pack name " + quoted(Pack.Name) +
                     " (expected an identifier)");
  };
  return readMapping(
      *Map, "rule pack",
      {{"pack", KeyUse::Required, ReadName},
       {"description", KeyUse::Optional,
        [&](const Field &F) { return readString(F, Pack.Description); }},
       {"transactions", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.Transactions, &PackParser::parseTransaction);
        }},
       {"call-pairs", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.CallPairs, &PackParser::parseCallPair);
        }},
       {"sql-calls", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.SqlCalls, &PackParser::parseSqlCall);
        }},
       {"callbacks", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.Callbacks, &PackParser::parseCallback);
        }},
       {"task-starts", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.TaskStarts, &PackParser::parseTaskStart);
        }},
       {"handles", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.Handles, &PackParser::parseHandle);
        }},
       {"groups", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.Groups, &PackParser::parseGroup);
        }},
       {"task-objects", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.TaskObjects, &PackParser::parseTaskObject);
        }},
       {"task-graphs", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.TaskGraphs, &PackParser::parseTaskGraph);
        }},
       {"join-functions", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.JoinFunctions, &PackParser::parseJoinFunction);
        }},
       {"detach-functions", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.DetachFunctions, &PackParser::parseDetachFunction);
        }},
       {"connections", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.Connections, &PackParser::parseConnection);
        }},
       {"locks", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.Locks, &PackParser::parseLock);
        }},
       {"per-thread", KeyUse::Optional,
        [&](const Field &F) {
          return readRules(F, Pack.PerThread, &PackParser::parsePerThread);
        }},
       {"serialising-executors", KeyUse::Optional, [&](const Field &F) {
          return readRules(F, Pack.SerialisingExecutors, &PackParser::parseSerialisingExecutor);
        }}});
}

bool PackParser::parseTransaction(yaml::MappingNode &Map,
                                  TransactionTypeRule &R) {
  R.Line = lineOf(Map);
  return readMapping(
      Map, "transaction rule",
      {{"type", KeyUse::Required,
        [&](const Field &F) { return readQualifiedName(F, R.Type); }},
       {"commit", KeyUse::Optional,
        [&](const Field &F) { return readIdentifiers(F, R.CommitMethods); }},
       {"rollback", KeyUse::Optional,
        [&](const Field &F) { return readIdentifiers(F, R.RollbackMethods); }},
       {"begin", KeyUse::Optional,
        [&](const Field &F) { return readIdentifiers(F, R.BeginMethods); }},
       {"implicit-context", KeyUse::Optional,
        [&](const Field &F) { return readBool(F, R.ImplicitContext); }},
       {"concurrent-use", KeyUse::Optional,
        [&](const Field &F) { return readConcurrentUse(F, R.Concurrency); }}});
}

bool PackParser::parseCallPair(yaml::MappingNode &Map, CallPairRule &R) {
  R.Line = lineOf(Map);
  return readMapping(
      Map, "call-pair rule",
      {{"receiver", KeyUse::Required,
        [&](const Field &F) { return readQualifiedName(F, R.ReceiverType); }},
       {"begin", KeyUse::Required,
        [&](const Field &F) {
          return readNonEmptyIdentifiers(F, R.BeginMethods);
        }},
       {"commit", KeyUse::Optional,
        [&](const Field &F) { return readIdentifiers(F, R.CommitMethods); }},
       {"rollback", KeyUse::Optional,
        [&](const Field &F) { return readIdentifiers(F, R.RollbackMethods); }},
       {"implicit-context", KeyUse::Optional,
        [&](const Field &F) { return readBool(F, R.ImplicitContext); }},
       {"concurrent-use", KeyUse::Optional,
        [&](const Field &F) { return readConcurrentUse(F, R.Concurrency); }}});
}

bool PackParser::parseTaskStart(yaml::MappingNode &Map, TaskStartRule &R) {
  R.Line = lineOf(Map);
  // `call` and `constructor` fill the same field; the second one is an error.
  auto ReadCallee = [&](const Field &F, bool IsConstructor) {
    if (!R.Callee.empty())
      return error(F.KeyLoc, "task-start rule has both 'call' and "
                             "'constructor' (expected exactly one)");
    R.IsConstructor = IsConstructor;
    return readQualifiedName(F, R.Callee);
  };
  auto ReadDestructor = [&](const Field &F) {
    R.HasDestructorOverride = true;
    return readDestructor(F, R.Destructor);
  };
  return readMapping(
             Map, "task-start rule",
             {{"call", KeyUse::Optional,
               [&](const Field &F) { return ReadCallee(F, false); }},
              {"constructor", KeyUse::Optional,
               [&](const Field &F) { return ReadCallee(F, true); }},
              {"handle", KeyUse::Optional,
               [&](const Field &F) { return readQualifiedName(F, R.Handle); }},
              {"detached", KeyUse::Optional,
               [&](const Field &F) { return readBool(F, R.Detached); }},
              {"destructor", KeyUse::Optional, ReadDestructor},
              {"policy-argument", KeyUse::Optional,
               [&](const Field &F) { return readIndex(F, R.PolicyArgument); }},
              {"group-argument", KeyUse::Optional,
               [&](const Field &F) { return readIndex(F, R.GroupArgument); }},
              {"parallel", KeyUse::Optional,
               [&](const Field &F) { return readBool(F, R.Parallel); }},
              {"blocking", KeyUse::Optional,
               [&](const Field &F) { return readBool(F, R.Blocking); }},
              {"lazy", KeyUse::Optional,
               [&](const Field &F) { return readBool(F, R.Lazy); }},
              {"arguments-only", KeyUse::Optional,
               [&](const Field &F) { return readBool(F, R.ArgumentsOnly); }},
              {"deferred-policy", KeyUse::Optional,
               [&](const Field &F) {
                 return readQualifiedName(F, R.DeferredPolicy);
               }}}) &&
         checkTaskStart(Map, R);
}

/// The constraints between the keys of a task-start rule.
bool PackParser::checkTaskStart(yaml::MappingNode &Map,
                                const TaskStartRule &R) {
  SMLoc Loc = Map.getSourceRange().Start;
  if (R.Callee.empty())
    return error(Loc, "task-start rule needs 'call' or 'constructor'");
  if (R.Detached && !R.Handle.empty())
    return error(Loc, "task-start rule has both 'handle' and 'detached: true' "
                      "(a detached task has no handle)");
  if (R.Detached && R.HasDestructorOverride)
    return error(Loc, "task-start rule has 'destructor' but no handle");
  if (R.Blocking && (R.Detached || !R.Handle.empty()))
    return error(Loc, "task-start rule has 'blocking: true' with a handle or "
                      "'detached: true' (a blocking call has finished when it returns)");
  if (R.Lazy && (R.Detached || R.Blocking || R.Parallel || R.GroupArgument >= 0 ||
                 R.IsConstructor))
    return error(Loc, "task-start rule has 'lazy: true' with 'constructor', 'detached', "
                      "'blocking', 'parallel' or 'group-argument' (a lazy task is not "
                      "running yet)");
  if ((R.PolicyArgument >= 0) != !R.DeferredPolicy.empty())
    return error(Loc, "task-start rule needs 'policy-argument' and "
                      "'deferred-policy' together");
  return true;
}

bool PackParser::parseHandle(yaml::MappingNode &Map, HandleTypeRule &R) {
  R.Line = lineOf(Map);
  return readMapping(
      Map, "handle rule",
      {{"type", KeyUse::Required,
        [&](const Field &F) { return readQualifiedName(F, R.Type); }},
       {"join", KeyUse::Optional,
        [&](const Field &F) { return readMembers(F, R.JoinMethods); }},
       {"timed-wait", KeyUse::Optional,
        [&](const Field &F) { return readMembers(F, R.TimedWaitMethods); }},
       {"ready-test", KeyUse::Optional,
        [&](const Field &F) { return readMembers(F, R.ReadyTestMethods); }},
       {"ready-status", KeyUse::Optional,
        [&](const Field &F) { return readIdentifiers(F, R.ReadyStatus); }},
       {"detach", KeyUse::Optional,
        [&](const Field &F) { return readMembers(F, R.DetachMethods); }},
       {"destructor", KeyUse::Optional,
        [&](const Field &F) { return readDestructor(F, R.Destructor); }},
       {"lazy", KeyUse::Optional,
        [&](const Field &F) { return readBool(F, R.Lazy); }},
       {"fire-and-forget", KeyUse::Optional,
        [&](const Field &F) { return readBool(F, R.FireAndForget); }}});
}

bool PackParser::parseGroup(yaml::MappingNode &Map, GroupTypeRule &R) {
  R.Line = lineOf(Map);
  return readMapping(
      Map, "group rule",
      {{"type", KeyUse::Required,
        [&](const Field &F) { return readQualifiedName(F, R.Type); }},
       {"spawn", KeyUse::Optional,
        [&](const Field &F) { return readIdentifiers(F, R.SpawnMethods); }},
       {"adopt", KeyUse::Optional,
        [&](const Field &F) { return readIdentifiers(F, R.AdoptMethods); }},
       {"join", KeyUse::Optional,
        [&](const Field &F) { return readMembers(F, R.JoinMethods); }},
       {"timed-wait", KeyUse::Optional,
        [&](const Field &F) { return readMembers(F, R.TimedWaitMethods); }},
       {"destructor", KeyUse::Optional,
        [&](const Field &F) { return readDestructor(F, R.Destructor); }}});
}

bool PackParser::parseTaskObject(yaml::MappingNode &Map, TaskObjectRule &R) {
  R.Line = lineOf(Map);
  return readMapping(
      Map, "task-object rule",
      {{"type", KeyUse::Required,
        [&](const Field &F) { return readQualifiedName(F, R.Type); }},
       {"futures", KeyUse::Required, [&](const Field &F) {
          return readNonEmptyIdentifiers(F, R.FutureMethods);
        }}});
}

bool PackParser::parseTaskGraph(yaml::MappingNode &Map, TaskGraphRule &R) {
  R.Line = lineOf(Map);
  return readMapping(
      Map, "task-graph rule",
      {{"type", KeyUse::Required,
        [&](const Field &F) { return readQualifiedName(F, R.Type); }},
       {"add", KeyUse::Required, [&](const Field &F) {
          return readNonEmptyIdentifiers(F, R.AddMethods);
        }}});
}

bool PackParser::parseJoinFunction(yaml::MappingNode &Map,
                                   JoinFunctionRule &R) {
  R.Line = lineOf(Map);
  if (!readMapping(Map, "join-function rule",
                   {{"function", KeyUse::Required,
                     [&](const Field &F) { return readQualifiedName(F, R.Function); }},
                    {"timed", KeyUse::Optional, [&](const Field &F) { return readBool(F, R.Timed); }},
                    {"ready-status", KeyUse::Optional,
                     [&](const Field &F) { return readIdentifiers(F, R.ReadyStatus); }}}))
    return false;
  if (!R.ReadyStatus.empty() && !R.Timed)
    return error(Map.getSourceRange().Start,
                 "join-function rule has 'ready-status' without 'timed: true'");
  return true;
}

bool PackParser::parseDetachFunction(yaml::MappingNode &Map, DetachFunctionRule &R) {
  R.Line = lineOf(Map);
  return readMapping(Map, "detach-function rule",
                     {{"function", KeyUse::Required, [&](const Field &F) {
                         return readQualifiedName(F, R.Function);
                       }}});
}

bool PackParser::parseSqlCall(yaml::MappingNode &Map, SqlCallRule &R) {
  R.Line = lineOf(Map);
  return readMapping(
      Map, "sql-call rule",
      {{"call", KeyUse::Required,
        [&](const Field &F) { return readQualifiedName(F, R.Callee); }},
       {"connection-argument", KeyUse::Optional,
        [&](const Field &F) { return readIndex(F, R.ConnectionArgument); }},
       {"sql-argument", KeyUse::Required,
        [&](const Field &F) { return readIndex(F, R.SqlArgument); }}});
}

bool PackParser::parseCallback(yaml::MappingNode &Map, CallbackRule &R) {
  R.Line = lineOf(Map);
  return readMapping(
      Map, "callback rule",
      {{"call", KeyUse::Required,
        [&](const Field &F) { return readQualifiedName(F, R.Callee); }},
       {"callable-argument", KeyUse::Optional,
        [&](const Field &F) { return readIndex(F, R.CallableArgument); }},
       {"transaction-parameter", KeyUse::Optional,
        [&](const Field &F) { return readIndex(F, R.TransactionParameter); }},
       {"implicit-context", KeyUse::Optional,
        [&](const Field &F) { return readBool(F, R.ImplicitContext); }}});
}

bool PackParser::parseConnection(yaml::MappingNode &Map,
                                 ConnectionTypeRule &R) {
  R.Line = lineOf(Map);
  return readMapping(
      Map, "connection rule",
      {{"type", KeyUse::Required,
        [&](const Field &F) { return readQualifiedName(F, R.Type); }},
       {"concurrent-use", KeyUse::Required,
        [&](const Field &F) { return readConcurrentUse(F, R.Concurrency); }},
       {"accessors", KeyUse::Optional, [&](const Field &F) {
          return readQualifiedNames(F, R.Accessors);
        }}});
}

bool PackParser::parseLock(yaml::MappingNode &Map, ClassNameRule &R) {
  return parseClassName(Map, "lock rule", R);
}

bool PackParser::parsePerThread(yaml::MappingNode &Map, ClassNameRule &R) {
  return parseClassName(Map, "per-thread rule", R);
}

bool PackParser::parseSerialisingExecutor(yaml::MappingNode &Map, ClassNameRule &R) {
  return parseClassName(Map, "serialising-executor rule", R);
}

bool PackParser::parseClassName(yaml::MappingNode &Map, StringRef Owner, ClassNameRule &R) {
  R.Line = lineOf(Map);
  return readMapping(Map, Owner,
                     {{"type", KeyUse::Required, [&](const Field &F) {
                         return readQualifiedName(F, R.Type);
                       }}});
}

} // namespace

Expected<RulePack> parseRulePack(StringRef Text, StringRef FileName) {
  return PackParser(Text, FileName).parse();
}

} // namespace txscope
