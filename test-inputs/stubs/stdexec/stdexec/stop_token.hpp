// Stub mirroring include/stdexec/stop_token.hpp
// (github.com/NVIDIA/stdexec, main @ e92245d53dfc37f9bc2a7ef0cc44d570bb7b3386).
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <atomic>

namespace stdexec {

class inplace_stop_source;

class inplace_stop_token {
 public:
  constexpr inplace_stop_token() noexcept = default;
  auto stop_requested() const noexcept -> bool;
  auto stop_possible() const noexcept -> bool { return __source_ != nullptr; }
  friend bool operator==(inplace_stop_token const&, inplace_stop_token const&) noexcept = default;

 private:
  friend class inplace_stop_source;
  constexpr explicit inplace_stop_token(inplace_stop_source const* __source) noexcept : __source_(__source) {}
  inplace_stop_source const* __source_ = nullptr;
};

class inplace_stop_source {
 public:
  inplace_stop_source() noexcept = default;
  inplace_stop_source(inplace_stop_source&&) = delete;
  ~inplace_stop_source() = default;

  constexpr auto get_token() const noexcept -> inplace_stop_token { return inplace_stop_token{this}; }
  auto request_stop() noexcept -> bool { return !__stopped_.exchange(true); }
  auto stop_requested() const noexcept -> bool { return __stopped_.load(); }

 private:
  std::atomic<bool> __stopped_{false};
};

inline auto inplace_stop_token::stop_requested() const noexcept -> bool {
  return __source_ != nullptr && __source_->stop_requested();
}

}  // namespace stdexec
