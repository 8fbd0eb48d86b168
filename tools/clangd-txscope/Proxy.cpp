//===- Proxy.cpp - Between the editor and clangd --------------------------===//
#include "Proxy.h"
#include "JsonNesting.h"
#include "TextEdits.h"
#include "Uri.h"
#include <unistd.h>

namespace txscope::lsp {

/// Quiet time after an edit before it is analysed.
static constexpr std::chrono::milliseconds Debounce(250);

static std::optional<llvm::json::Value> parse(const Message &M, llvm::StringRef Peer) {
  if (!nestingWithin(M.Body)) {
    logLine("JSON nested too deep from " + Peer.str() + " skipped");
    return std::nullopt;
  }
  auto Parsed = llvm::json::parse(M.Body);
  if (!Parsed) {
    logLine("malformed JSON from " + Peer.str() + " skipped: " + llvm::toString(Parsed.takeError()));
    return std::nullopt;
  }
  return std::move(*Parsed);
}

void Proxy::editorLoop() {
  Message M;
  while (FromEditor.next(M)) {
    // clangd first, whatever we make of it: its traffic never waits for ours
    // and nothing the editor says is lost on the way.
    if (!ToClangd.writeRaw(M.Raw))
      break;
    auto Parsed = parse(M, "the editor");
    if (!Parsed)
      continue;
    if (const llvm::json::Object *Object = Parsed->getAsObject())
      onEditorMessage(*Object);
  }
  ::close(ClangdIn); // clangd sees the end of its input and exits
}

void Proxy::onEditorMessage(const llvm::json::Object &Message) {
  auto Method = Message.getString("method");
  const llvm::json::Object *Params = Message.getObject("params");
  const llvm::json::Object *TextDoc = Params ? Params->getObject("textDocument") : nullptr;
  if (!Method || !TextDoc)
    return;
  auto UriText = TextDoc->getString("uri");
  if (!UriText)
    return;
  std::string Uri = UriText->str();
  auto Version = TextDoc->getInteger("version");
  std::lock_guard<std::mutex> Guard(Lock);
  if (*Method == "textDocument/didOpen") {
    auto Path = uriToPath(Uri);
    auto Text = TextDoc->getString("text");
    if (!Path || !Text)
      return;
    Document &Doc = Documents[Uri];
    Doc.Path = *Path;
    Doc.Text = Text->str();
    Doc.Version = Version ? *Version : 0;
    Doc.Pending = true;
    Doc.Due = Clock::now();
  } else if (*Method == "textDocument/didChange") {
    auto It = Documents.find(Uri);
    const llvm::json::Array *Changes = Params->getArray("contentChanges");
    if (It == Documents.end() || !Changes)
      return;
    Document &Doc = It->second;
    for (const llvm::json::Value &Change : *Changes) {
      const llvm::json::Object *C = Change.getAsObject();
      if (!C || !applyContentChange(Doc.Text, *C)) {
        logLine("malformed change to " + Uri + " ignored");
        return;
      }
    }
    Doc.Version = Version ? *Version : Doc.Version + 1;
    Doc.Pending = true;
    Doc.Due = Clock::now() + Debounce;
    Doc.Ours = llvm::json::Array(); // stale now
    Doc.OursVersion.reset();
  } else if (*Method == "textDocument/didSave") {
    auto It = Documents.find(Uri);
    if (It == Documents.end())
      return;
    if (auto Text = Params->getString("text"))
      It->second.Text = Text->str();
    It->second.Pending = true;
    It->second.Due = Clock::now();
  } else if (*Method == "textDocument/didClose") {
    auto It = Documents.find(Uri);
    if (It == Documents.end())
      return;
    Closed.push_back(It->second.Path);
    Documents.erase(It);
  } else {
    return;
  }
  Wake.notify_all();
}

void Proxy::publishMerged(const std::string &Uri, Document &Doc) {
  llvm::json::Array All = Doc.Clangds;
  for (const llvm::json::Value &D : Doc.Ours)
    All.push_back(D);
  llvm::json::Object Params{{"uri", Uri}, {"diagnostics", std::move(All)}};
  if (Doc.ClangdVersion || Doc.OursVersion)
    Params["version"] = Doc.OursVersion ? *Doc.OursVersion : *Doc.ClangdVersion;
  ToEditor.write(llvm::json::Object{{"jsonrpc", "2.0"},
                                    {"method", "textDocument/publishDiagnostics"},
                                    {"params", std::move(Params)}});
}

void Proxy::clangdLoop() {
  Message M;
  while (FromClangd.next(M)) {
    auto Parsed = parse(M, "clangd");
    if (!Parsed)
      continue;
    const llvm::json::Object *Object = Parsed->getAsObject();
    auto Method = Object ? Object->getString("method") : decltype(Object->getString(""))();
    const llvm::json::Object *Params = Object ? Object->getObject("params") : nullptr;
    if (Method && *Method == "textDocument/publishDiagnostics" && Params) {
      auto Uri = Params->getString("uri");
      const llvm::json::Array *Diags = Params->getArray("diagnostics");
      std::lock_guard<std::mutex> Guard(Lock);
      auto It = Uri ? Documents.find(Uri->str()) : Documents.end();
      if (It != Documents.end() && Diags) {
        Document &Doc = It->second;
        Doc.Clangds = *Diags;
        if (auto Version = Params->getInteger("version"))
          Doc.ClangdVersion = *Version;
        publishMerged(It->first, Doc);
        continue;
      }
    }
    if (!ToEditor.writeRaw(M.Raw))
      return;
  }
}

void Proxy::analysisLoop() {
  std::unique_lock<std::mutex> Guard(Lock);
  for (;;) {
    for (const std::string &Path : Closed)
      Analyzer.forget(Path);
    Closed.clear();
    if (Stopping)
      return;
    // The document that has waited longest past its quiet time.
    auto Next = Documents.end();
    Clock::time_point Earliest = Clock::time_point::max();
    for (auto It = Documents.begin(); It != Documents.end(); ++It)
      if (It->second.Pending && It->second.Due < Earliest) {
        Earliest = It->second.Due;
        Next = It;
      }
    if (Next == Documents.end()) {
      Wake.wait(Guard);
      continue;
    }
    if (Earliest > Clock::now()) {
      Wake.wait_until(Guard, Earliest);
      continue;
    }
    std::string Uri = Next->first, Path = Next->second.Path, Text = Next->second.Text;
    int64_t Version = Next->second.Version;
    Next->second.Pending = false;
    Guard.unlock();
    llvm::json::Array Found = Analyzer.analyze(Path, Text);
    Guard.lock();
    auto It = Documents.find(Uri);
    if (It == Documents.end() || It->second.Version != Version)
      continue; // closed or edited meanwhile: these results are stale
    It->second.Ours = std::move(Found);
    It->second.OursVersion = Version;
    publishMerged(Uri, It->second);
  }
}

void Proxy::stop() {
  std::lock_guard<std::mutex> Guard(Lock);
  Stopping = true;
  Wake.notify_all();
}

} // namespace txscope::lsp
