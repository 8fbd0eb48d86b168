// Stub mirroring include/exec/start_detached.hpp
// (github.com/NVIDIA/stdexec, main @ e92245d53dfc37f9bc2a7ef0cc44d570bb7b3386).
// Real layout: `namespace experimental::execution { ... }` plus
// `namespace exec = experimental::execution;`.
// Minimal declarations for static analysis tests; nothing is executed.
#pragma once

#include "../stdexec/execution.hpp"

namespace experimental::execution {

// Eagerly starts the sender; nothing can wait for it. Real precondition: the
// sender cannot complete with set_error.
struct start_detached_t {
  template <stdexec::sender_in<stdexec::env<>> _Sender>
  void operator()(_Sender&& __sndr) const {
    (void)__sndr;
  }

  template <class _Env, stdexec::sender_in<_Env> _Sender>
  void operator()(_Sender&& __sndr, _Env&& __env) const {
    (void)__sndr;
    (void)__env;
  }
};

inline constexpr start_detached_t start_detached{};

}  // namespace experimental::execution

namespace exec = experimental::execution;
