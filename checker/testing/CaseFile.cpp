//===- CaseFile.cpp - Annotated test inputs and their expectations --------===//
#include "CaseFile.h"
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
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

CaseFile readCaseFile(const std::string &Path) {
  CaseFile Case;
  Case.Path = Path;
  std::ifstream In(Path);
  if (!In) {
    Case.Errors.push_back(Path + ": cannot be read");
    return Case;
  }
  const std::string Dir = std::filesystem::path(Path).parent_path().string();
  static const std::regex Args(R"(//\s*txscope-args:(.*)$)");
  static const std::regex Options(R"(//\s*txscope-options:(.*)$)");
  static const std::regex Only(R"(//\s*txscope-only:\s*(\S+))");
  static const std::regex Check(
      R"(//\s*CHECK-MESSAGES:\s*:\[\[@LINE([+-]\d+)?\]\]:(\d+):\s*(warning|note):\s*(.*?)\s*$)");
  static const std::regex AnyCheck(R"(CHECK-MESSAGES)");
  std::string Line;
  for (unsigned Number = 1; std::getline(In, Line); ++Number) {
    std::smatch M;
    if (std::regex_search(Line, M, Args)) {
      for (const std::string &W : splitWords(replaceAll(M[1].str(), "%S", Dir)))
        Case.CompilerArgs.push_back(W);
    } else if (std::regex_search(Line, M, Options)) {
      for (const std::string &W : splitWords(replaceAll(M[1].str(), "%S", Dir))) {
        size_t Eq = W.find('=');
        if (Eq == std::string::npos)
          Case.Errors.push_back(Path + ":" + std::to_string(Number) + ": option without '=': " + W);
        else
          Case.CheckOptions[W.substr(0, Eq)] = W.substr(Eq + 1);
      }
    } else if (std::regex_search(Line, M, Only)) {
      Case.OnlyRunner = M[1].str();
    } else if (std::regex_search(Line, M, Check)) {
      int Offset = M[1].matched ? std::stoi(M[1].str()) : 0;
      Diagnostic D;
      D.Line = unsigned(int(Number) + Offset);
      D.Column = unsigned(std::stoul(M[2].str()));
      D.Severity = M[3].str();
      D.Message = replaceAll(M[4].str(), " [txscope-task-outlives-transaction]", "");
      Case.Expected.push_back(D);
    } else if (std::regex_search(Line, AnyCheck)) {
      Case.Errors.push_back(Path + ":" + std::to_string(Number) + ": malformed CHECK-MESSAGES line");
    }
  }
  std::sort(Case.Expected.begin(), Case.Expected.end());
  return Case;
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
