//===- LspChannel.cpp - LSP base protocol framing over a pipe -------------===//
#include "LspChannel.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FormatVariadic.h"
#include <cerrno>
#include <unistd.h>

namespace txscope::lsp {

void logLine(const std::string &Line) {
  std::string Text = "clangd-txscope: " + Line + "\n";
  (void)!::write(2, Text.data(), Text.size());
}

bool Reader::fill() {
  char Chunk[65536];
  for (;;) {
    ssize_t N = ::read(Fd, Chunk, sizeof(Chunk));
    if (N > 0) {
      Buffer.append(Chunk, size_t(N));
      return true;
    }
    if (N < 0 && errno == EINTR)
      continue;
    return false;
  }
}

void Reader::resync() {
  // Keep what may be the start of the next message.
  size_t Next = Buffer.find("Content-Length:", 1);
  Buffer.erase(0, Next == std::string::npos ? Buffer.size() : Next);
}

bool Reader::next(Message &Out) {
  for (;;) {
    size_t End = Buffer.find("\r\n\r\n");
    if (End == std::string::npos) {
      if (Buffer.size() > (1u << 16)) { // no header block in sight
        logLine("malformed LSP framing from " + Peer + ": no header terminator; skipped " +
                std::to_string(Buffer.size()) + " bytes");
        resync();
      }
      if (!fill())
        return false;
      continue;
    }
    llvm::StringRef Headers(Buffer.data(), End);
    long long Length = -1;
    llvm::SmallVector<llvm::StringRef, 4> Lines;
    Headers.split(Lines, "\r\n");
    for (llvm::StringRef Line : Lines) {
      auto [Name, Value] = Line.split(':');
      if (Name.trim().equals_insensitive("Content-Length") && Value.trim().getAsInteger(10, Length))
        Length = -1;
    }
    if (Length < 0) {
      logLine("malformed LSP header from " + Peer + ": '" + Headers.str() + "'; skipped");
      Buffer.erase(0, End + 4); // the next header block starts right after
      continue;
    }
    size_t Total = End + 4 + size_t(Length);
    while (Buffer.size() < Total)
      if (!fill())
        return false;
    Out.Raw = Buffer.substr(0, Total);
    Out.Body = Buffer.substr(End + 4, size_t(Length));
    Buffer.erase(0, Total);
    return true;
  }
}

bool Writer::writeRaw(const std::string &Raw) {
  std::lock_guard<std::mutex> Guard(Lock);
  const char *Data = Raw.data();
  size_t Left = Raw.size();
  while (Left) {
    ssize_t N = ::write(Fd, Data, Left);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return false;
    Data += N;
    Left -= size_t(N);
  }
  return true;
}

bool Writer::write(const llvm::json::Value &Body) {
  std::string Text = llvm::formatv("{0}", Body).str();
  return writeRaw("Content-Length: " + std::to_string(Text.size()) + "\r\n\r\n" + Text);
}

} // namespace txscope::lsp
