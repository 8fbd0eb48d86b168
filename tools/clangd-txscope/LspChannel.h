//===- LspChannel.h - LSP base protocol framing over a pipe -----*- C++ -*-===//
#ifndef TXSCOPE_CLANGD_LSPCHANNEL_H
#define TXSCOPE_CLANGD_LSPCHANNEL_H

#include "llvm/Support/JSON.h"
#include <cstdint>
#include <mutex>
#include <string>

namespace txscope::lsp {

/// Writes one line to stderr in a single write, so that it does not
/// interleave with clangd's own log on the same stream.
void logLine(const std::string &Line);

struct Message {
  std::string Raw;  ///< Headers and body, byte for byte as received.
  std::string Body; ///< The JSON content.
};

/// Reads framed messages (Content-Length headers, then the body) from a file
/// descriptor. Malformed framing is logged to stderr and skipped.
class Reader {
public:
  /// Larger messages are logged and skipped without being held in memory
  /// (a 100 MB didOpen is still accepted).
  static constexpr uint64_t MaxMessageBytes = uint64_t(256) << 20;

  Reader(int Fd, std::string Peer) : Fd(Fd), Peer(std::move(Peer)) {}
  /// The next well-framed message; false at the end of the stream.
  bool next(Message &Out);

private:
  /// Reads more input; false at the end of the stream.
  bool fill();
  /// Drops input up to the next line that starts a header block.
  void resync();
  /// Drops the next \p Bytes of input without keeping them; false at the end
  /// of the stream.
  bool discard(uint64_t Bytes);

  int Fd;
  std::string Peer;
  std::string Buffer;
};

/// Writes framed messages to a file descriptor; safe from several threads.
class Writer {
public:
  explicit Writer(int Fd) : Fd(Fd) {}
  /// Writes \p Raw (already framed) unchanged; false if the peer is gone.
  bool writeRaw(const std::string &Raw);
  bool write(const llvm::json::Value &Body);

private:
  int Fd;
  std::mutex Lock;
};

} // namespace txscope::lsp

#endif
