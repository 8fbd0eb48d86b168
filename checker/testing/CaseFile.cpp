//===- CaseFile.cpp - Annotated test inputs and their expectations --------===//
#include "CaseFile.h"
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

namespace txscope {
namespace testing {

bool Diagnostic::operator<(const Diagnostic &O) const {
  return std::tie(Line, Column, Severity, Message) < std::tie(O.Line, O.Column, O.Severity, O.Message);
}

bool Diagnostic::operator==(const Diagnostic &O) const {
  return std::tie(Line, Column, Severity, Message) == std::tie(O.Line, O.Column, O.Severity, O.Message);
}

std::string Diagnostic::str() const {
  return std::to_string(Line) + ":" + std::to_string(Column) + ": " + Severity + ": " + Message;
}

static std::vector<std::string> splitWords(const std::string &Text) {
  std::istringstream In(Text);
  std::vector<std::string> Words;
  for (std::string W; In >> W;)
    Words.push_back(W);
  return Words;
}

static std::string replaceAll(std::string S, const std::string &From, const std::string &To) {
  for (size_t Pos = 0; (Pos = S.find(From, Pos)) != std::string::npos; Pos += To.size())
    S.replace(Pos, From.size(), To);
  return S;
}

std::vector<CaseFile> readCaseFile(const std::string &Path) {
  // Directives per variant name ("" is every variant).
  std::map<std::string, std::vector<std::string>> Args, Options;
  std::map<std::string, std::vector<Diagnostic>> Expected;
  std::set<std::string> Variants{""};
  std::string OnlyRunner;
  std::vector<std::string> Checks;
  std::vector<std::string> Errors;
  std::ifstream In(Path);
  if (!In)
    Errors.push_back(Path + ": cannot be read");
  const std::string Dir = std::filesystem::path(Path).parent_path().string();
  static const std::regex ArgsLine(R"(//\s*txscope-args(-[A-Z0-9]+)?:(.*)$)");
  static const std::regex OptionsLine(R"(//\s*txscope-options(-[A-Z0-9]+)?:(.*)$)");
  static const std::regex OnlyLine(R"(//\s*txscope-only:\s*(\S+))");
  static const std::regex ChecksLine(R"(//\s*txscope-checks:(.*)$)");
  static const std::regex CheckLine(
      R"(//\s*CHECK-MESSAGES(-[A-Z0-9]+)?:\s*:\[\[@LINE([+-]\d+)?\]\]:(\d+):\s*(warning|note):\s*(.*?)\s*$)");
  static const std::regex AnyCheck(R"(CHECK-MESSAGES)");
  auto VariantOf = [&](const std::ssub_match &Suffix) {
    std::string Name = Suffix.matched ? Suffix.str().substr(1) : "";
    Variants.insert(Name);
    return Name;
  };
  std::string Line;
  for (unsigned Number = 1; std::getline(In, Line); ++Number) {
    std::smatch M;
    if (std::regex_search(Line, M, ArgsLine)) {
      for (const std::string &W : splitWords(replaceAll(M[2].str(), "%S", Dir)))
        Args[VariantOf(M[1])].push_back(W);
    } else if (std::regex_search(Line, M, OptionsLine)) {
      for (const std::string &W : splitWords(replaceAll(M[2].str(), "%S", Dir)))
        Options[VariantOf(M[1])].push_back(W);
    } else if (std::regex_search(Line, M, OnlyLine)) {
      OnlyRunner = M[1].str();
    } else if (std::regex_search(Line, M, ChecksLine)) {
      for (const std::string &W : splitWords(M[1].str()))
        Checks.push_back(W);
    } else if (std::regex_search(Line, M, CheckLine)) {
      int Offset = M[2].matched ? std::stoi(M[2].str()) : 0;
      Diagnostic D;
      D.Line = unsigned(int(Number) + Offset);
      D.Column = unsigned(std::stoul(M[3].str()));
      D.Severity = M[4].str();
      // The first check's name may be left out (every older case does);
      // the other checks' names are part of the expectation.
      D.Message = replaceAll(M[5].str(), " [txscope-task-outlives-transaction]", "");
      Expected[VariantOf(M[1])].push_back(D);
    } else if (std::regex_search(Line, AnyCheck)) {
      Errors.push_back(Path + ":" + std::to_string(Number) + ": malformed CHECK-MESSAGES line");
    }
  }
  std::vector<CaseFile> Cases;
  for (const std::string &Variant : Variants) {
    CaseFile Case;
    Case.Path = Path;
    Case.Variant = Variant;
    Case.OnlyRunner = OnlyRunner;
    Case.Checks = Checks;
    Case.Errors = Errors;
    for (const std::string &Name : {std::string(), Variant}) {
      Case.CompilerArgs.insert(Case.CompilerArgs.end(), Args[Name].begin(), Args[Name].end());
      for (const std::string &W : Options[Name]) {
        size_t Eq = W.find('=');
        if (Eq == std::string::npos)
          Case.Errors.push_back(Path + ": option without '=': " + W);
        else
          Case.CheckOptions[W.substr(0, Eq)] = W.substr(Eq + 1);
      }
      Case.Expected.insert(Case.Expected.end(), Expected[Name].begin(), Expected[Name].end());
      if (Variant.empty())
        break;
    }
    std::sort(Case.Expected.begin(), Case.Expected.end());
    Cases.push_back(std::move(Case));
  }
  return Cases;
}

std::string compareDiagnostics(std::vector<Diagnostic> Expected, std::vector<Diagnostic> Actual) {
  std::sort(Expected.begin(), Expected.end());
  std::sort(Actual.begin(), Actual.end());
  std::vector<Diagnostic> Missing, Unexpected;
  std::set_difference(Expected.begin(), Expected.end(), Actual.begin(), Actual.end(),
                      std::back_inserter(Missing));
  std::set_difference(Actual.begin(), Actual.end(), Expected.begin(), Expected.end(),
                      std::back_inserter(Unexpected));
  std::string Report;
  for (const Diagnostic &D : Missing)
    Report += "  expected but not seen: " + D.str() + "\n";
  for (const Diagnostic &D : Unexpected)
    Report += "  seen but not expected: " + D.str() + "\n";
  return Report;
}

std::vector<std::string> listCaseFiles(const std::string &Directory) {
  std::vector<std::string> Files;
  for (const auto &Entry : std::filesystem::recursive_directory_iterator(Directory))
    if (Entry.is_regular_file() && Entry.path().extension() == ".cpp")
      Files.push_back(Entry.path().string());
  std::sort(Files.begin(), Files.end());
  return Files;
}

} // namespace testing
} // namespace txscope
