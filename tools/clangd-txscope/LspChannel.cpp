//===- LspChannel.cpp - LSP base protocol framing over a pipe -------------===//
#include "LspChannel.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FormatVariadic.h"
#include <algorithm>
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

bool Reader::discard(uint64_t Bytes) {
  for (;;) {
    size_t Drop = size_t(std::min<uint64_t>(Bytes, Buffer.size()));
    Buffer.erase(0, Drop);
    Bytes -= Drop;
    if (Bytes == 0)
      return true;
    if (!fill())
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
      logLine("malformed LSP header from " + Peer + ": '" + Headers.str().substr(0, 200) +
              "'; skipped");
      // The rest of a message whose Content-Length was too small can run
      // into the next header: start again there if there is one.
      size_t Next = Headers.find("Content-Length:", 1);
      Buffer.erase(0, Next == llvm::StringRef::npos ? End + 4 : Next);
      continue;
    }
    if (uint64_t(Length) > MaxMessageBytes) {
      logLine("LSP message from " + Peer + " of " + std::to_string(Length) +
              " bytes exceeds the limit of " + std::to_string(MaxMessageBytes) + " bytes; skipped");
      Buffer.erase(0, End + 4);
      if (!discard(uint64_t(Length)))
        return false;
      continue;
    }
    size_t Total = End + 4 + size_t(Length);
    while (Buffer.size() < Total)
      if (!fill()) {
        logLine("truncated LSP message from " + Peer + " at the end of its stream: " +
                std::to_string(Buffer.size() - End - 4) + " of " + std::to_string(Length) +
                " bytes; dropped");
        return false;
      }
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
