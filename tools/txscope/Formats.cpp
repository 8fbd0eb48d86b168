//===- Formats.cpp - Writing a report: text, JSON, GitHub -----------------===//
#include "Formats.h"
#include "Paths.h"
#include "llvm/Support/FormatVariadic.h"

namespace txscope::cli {

static std::string position(const Location &L, llvm::StringRef Root) {
  return relativeTo(Root, L.File) + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Column);
}

void writeText(llvm::raw_ostream &OS, const Report &R, llvm::StringRef Root) {
  for (const ReportedFinding &F : R.Findings) {
    OS << position(F.Loc, Root) << ": warning: " << F.Message << " [" << F.CheckName << "]\n";
    for (const Note &N : F.Notes)
      OS << position(N.Loc, Root) << ": note: " << N.Message << "\n";
  }
}

static llvm::json::Object locationJson(const Location &L, llvm::StringRef Root) {
  return llvm::json::Object{
      {"file", jsonText(relativeTo(Root, L.File))}, {"line", L.Line}, {"column", L.Column}};
}

void writeJson(llvm::raw_ostream &OS, const Report &R, llvm::StringRef Root) {
  llvm::json::Array Findings, Failures, Config;
  for (const ReportedFinding &F : R.Findings) {
    llvm::json::Array Notes;
    for (const Note &N : F.Notes) {
      llvm::json::Object Entry = locationJson(N.Loc, Root);
      Entry["message"] = jsonText(N.Message);
      Notes.push_back(std::move(Entry));
    }
    llvm::json::Object Entry = locationJson(F.Loc, Root);
    Entry["check"] = F.CheckName;
    Entry["message"] = jsonText(F.Message);
    Entry["notes"] = std::move(Notes);
    Entry["key"] = F.Key;
    Findings.push_back(std::move(Entry));
  }
  for (const FailedUnit &U : R.Failures)
    Failures.push_back(llvm::json::Object{{"file", jsonText(relativeTo(Root, U.File))},
                                          {"error", jsonText(U.Error)}});
  for (const std::string &E : R.ConfigErrors)
    Config.push_back(jsonText(E));
  OS << llvm::formatv("{0:2}", llvm::json::Value(llvm::json::Object{
                                   {"findings", std::move(Findings)},
                                   {"failures", std::move(Failures)},
                                   {"configurationErrors", std::move(Config)}}))
     << "\n";
}

/// Escapes a workflow command's message (or, with \p Property, a property value).
static std::string githubEscape(llvm::StringRef Text, bool Property) {
  std::string Out;
  for (char C : Text) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else if (Property && C == ':')
      Out += "%3A";
    else if (Property && C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

void writeGithub(llvm::raw_ostream &OS, const Report &R, llvm::StringRef Root) {
  for (const ReportedFinding &F : R.Findings) {
    std::string Message = F.Message;
    for (const Note &N : F.Notes)
      Message += "\n" + position(N.Loc, Root) + ": note: " + N.Message;
    OS << "::warning file=" << githubEscape(relativeTo(Root, F.Loc.File), true)
       << ",line=" << F.Loc.Line << ",col=" << F.Loc.Column
       << ",title=" << githubEscape(F.CheckName, true) << "::" << githubEscape(Message, false) << "\n";
  }
  for (const FailedUnit &U : R.Failures)
    OS << "::error file=" << githubEscape(relativeTo(Root, U.File), true)
       << ",title=txscope::" << githubEscape("could not analyse: " + U.Error, false) << "\n";
}

} // namespace txscope::cli
