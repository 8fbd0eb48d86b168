// Stub mirroring include/exec/start_now.hpp
// (github.com/NVIDIA/stdexec, main @ e92245d53dfc37f9bc2a7ef0cc44d570bb7b3386).
// Real layout: `namespace experimental::execution { namespace __start_now {...} }`
// plus `namespace exec = experimental::execution;`.
// Minimal declarations for static analysis tests; nothing is executed.
#pragma once

#include "../stdexec/execution.hpp"
#include "async_scope.hpp"

namespace experimental::execution {

namespace __start_now {
  // Real: async_wait() returns a sender completing with set_value_t() or
  // set_stopped_t() once every sender given to start_now() completed.
  struct __sender {
    using sender_concept = stdexec::sender_tag;
    using completion_signatures =
      stdexec::completion_signatures<stdexec::set_value_t(), stdexec::set_stopped_t()>;
  };

  // Real: holds the started operations (immovable); start_now() nests every
  // sender in the scope and starts it before returning.
  template <class _Env, class _AsyncScope, class... _Senders>
  struct __storage {
    constexpr __storage() = default;
    __storage(__storage&&) = delete;

    [[nodiscard]] constexpr auto async_wait() const noexcept -> __sender { return {}; }
  };

  struct start_now_t {
    template <class _Env, class _AsyncScope, stdexec::sender... _Sender>
      requires(!stdexec::sender<_Env>)
    constexpr auto operator()(_Env __env, _AsyncScope& __scope, _Sender&&... __sndr) const
      -> __storage<_Env, _AsyncScope, _Sender...> {
      static_assert((!stdexec::__stub::__sends_error_v<_Sender> && ...),
                    "start_now() requires that the given senders have no set_error(..) "
                    "completions");
      (void)__env;
      (void)__scope;
      ((void)__sndr, ...);
      return {};
    }

    template <class _AsyncScope, stdexec::sender... _Sender>
      requires requires(_AsyncScope& __scope) { __scope.on_empty(); }
    constexpr auto operator()(_AsyncScope& __scope, _Sender&&... __sndr) const
      -> __storage<stdexec::env<>, _AsyncScope, _Sender...> {
      static_assert((!stdexec::__stub::__sends_error_v<_Sender> && ...),
                    "start_now() requires that the given senders have no set_error(..) "
                    "completions");
      (void)__scope;
      ((void)__sndr, ...);
      return {};
    }
  };
}  // namespace __start_now

using __start_now::start_now_t;
inline constexpr start_now_t start_now{};

}  // namespace experimental::execution

namespace exec = experimental::execution;
