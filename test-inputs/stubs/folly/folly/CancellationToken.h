// Stub mirroring folly/CancellationToken.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Declarations only; public API subset.
#pragma once

#include <exception>
#include <type_traits>

#include <folly/Function.h>

namespace folly {

class CancellationSource;

class CancellationToken {
 public:
  CancellationToken() noexcept = default;
  CancellationToken(const CancellationToken& other) noexcept;
  CancellationToken(CancellationToken&& other) noexcept;
  CancellationToken& operator=(const CancellationToken& other) noexcept;
  CancellationToken& operator=(CancellationToken&& other) noexcept;
  ~CancellationToken();

  bool isCancellationRequested() const noexcept;
  bool canBeCancelled() const noexcept;
  void swap(CancellationToken& other) noexcept;

  friend bool operator==(
      const CancellationToken& a, const CancellationToken& b) noexcept;
};

class CancellationSource {
 public:
  CancellationSource();
  CancellationSource(const CancellationSource& other) noexcept;
  CancellationSource(CancellationSource&& other) noexcept;
  CancellationSource& operator=(const CancellationSource& other) noexcept;
  CancellationSource& operator=(CancellationSource&& other) noexcept;
  ~CancellationSource();

  static CancellationSource invalid() noexcept;

  bool isCancellationRequested() const noexcept;
  bool canBeCancelled() const noexcept;
  CancellationToken getToken() const noexcept;
  bool requestCancellation() const noexcept;
  void swap(CancellationSource& other) noexcept;
};

class CancellationCallback {
  using VoidFunction = folly::Function<void()>;

 public:
  template <typename Callable>
    requires std::is_constructible<VoidFunction, Callable>::value
  CancellationCallback(CancellationToken&& /*ct*/, Callable&& /*callable*/) { std::terminate(); }
  template <typename Callable>
    requires std::is_constructible<VoidFunction, Callable>::value
  CancellationCallback(const CancellationToken& /*ct*/, Callable&& /*callable*/) { std::terminate(); }

  ~CancellationCallback();

  CancellationCallback(const CancellationCallback&) = delete;
  CancellationCallback(CancellationCallback&&) = delete;
  CancellationCallback& operator=(const CancellationCallback&) = delete;
  CancellationCallback& operator=(CancellationCallback&&) = delete;
};

struct cancellation_token_merge_fn {
  template <typename... Ts>
  CancellationToken operator()(Ts&&... tokens) const;
};
inline constexpr cancellation_token_merge_fn cancellation_token_merge{};

} // namespace folly
