// Stub mirroring include/exec/ensure_started.hpp
// (github.com/NVIDIA/stdexec, main @ e92245d53dfc37f9bc2a7ef0cc44d570bb7b3386).
// Real layout: `namespace experimental::execution { ... }` plus
// `namespace exec = experimental::execution;`.
// Minimal declarations for static analysis tests; nothing is executed.
#pragma once

#include "../stdexec/execution.hpp"

namespace experimental::execution {

namespace __shared {
  // Real (exec/detail/shared.hpp): the sender holding a reference to the
  // started operation's shared state; its destructor drops that reference,
  // detaching an operation no one connected to.
  template <class _Tag, class _Sigs>
  struct __sndr : stdexec::__stub::__sender<_Tag, _Sigs> {
    __sndr() = default;
    __sndr(__sndr&&) noexcept = default;
    ~__sndr() {}
  };
}  // namespace __shared

// Eagerly starts the sender and returns a sender of its results (real: a
// __shared::__sndr whose shared state was started). Destroying that sender
// unconnected detaches the running operation.
struct ensure_started_t {
  template <class _Env = stdexec::env<>, stdexec::sender_in<_Env> _CvSender>
  [[nodiscard]]
  auto operator()(_CvSender&& __sndr, _Env&& __env = {}) const
    -> __shared::__sndr<
      ensure_started_t,
      stdexec::__stub::__forwarding_sigs_t<stdexec::__stub::__values_t<_CvSender>, _CvSender>> {
    (void)__sndr;
    (void)__env;
    return {};
  }

  [[nodiscard]]
  constexpr auto operator()() const noexcept -> stdexec::__stub::__closure<ensure_started_t> {
    return {};
  }
};

inline constexpr ensure_started_t ensure_started{};

}  // namespace experimental::execution

namespace exec = experimental::execution;
