// Stub mirroring include/exec/async_scope.hpp
// (github.com/NVIDIA/stdexec, main @ e92245d53dfc37f9bc2a7ef0cc44d570bb7b3386).
// Real layout: everything lives in `namespace experimental::execution` and the header
// ends with `namespace exec = experimental::execution;` (exec is a namespace alias).
// Minimal declarations for static analysis tests; nothing is executed.
#pragma once

#include <memory>
#include <type_traits>

#include "../stdexec/execution.hpp"
#include "../stdexec/stop_token.hpp"

namespace experimental::execution {

namespace __scope {
  using namespace stdexec;

  struct __when_empty_t {};
  struct __nest_t {};
  struct __future_t_tag {};

  template <class _Constrained>
  using __when_empty_sender =
    stdexec::__stub::__sender<__when_empty_t, completion_signatures_of_t<_Constrained>>;

  template <class _Constrained>
  using __nest_sender = stdexec::__stub::__sender<
    __nest_t, stdexec::__stub::__sigs_for_t<stdexec::__stub::__values_t<_Constrained>>>;

  template <class _Sender, class _Env>
  using __future_t = stdexec::__stub::__sender<
    __future_t_tag,
    stdexec::__stub::__sigs_for_t<
      typename stdexec::__stub::__decay_tuple<stdexec::__stub::__values_t<_Sender>>::type>>;

  struct async_scope {
    async_scope() = default;
    async_scope(async_scope&&) = delete;

    template <sender _Constrained>
    [[nodiscard]] constexpr auto when_empty(_Constrained&& __c) const
      -> __when_empty_sender<std::decay_t<_Constrained>> {
      (void)__c;
      return {};
    }

    [[nodiscard]] constexpr auto on_empty() const { return when_empty(just()); }

    template <sender _Constrained>
    [[nodiscard]] constexpr auto nest(_Constrained&& __c)
      -> __nest_sender<std::decay_t<_Constrained>> {
      (void)__c;
      return {};
    }

    // Real: template <__movable_value _Env = env<>, sender_in<__spawn_env_t<_Env>> _Sender>
    //         requires sender_to<__nest_sender<...>, __spawn_receiver<_Env>>
    //       void spawn(_Sender&& __sndr, _Env __env = {});
    template <class _Env = env<>, sender _Sender>
    void spawn(_Sender&& __sndr, _Env __env = {}) {
      (void)__sndr;
      (void)__env;
    }

    template <class _Env = env<>, sender _Sender>
    [[nodiscard]] auto spawn_future(_Sender&& __sndr, _Env __env = {}) -> __future_t<_Sender, _Env> {
      (void)__sndr;
      (void)__env;
      return {};
    }

    [[nodiscard]] constexpr auto get_stop_source() noexcept -> inplace_stop_source& {
      return __stop_source_;
    }

    [[nodiscard]] constexpr auto get_stop_token() const noexcept -> inplace_stop_token {
      return __stop_source_.get_token();
    }

    auto request_stop() noexcept -> bool { return __stop_source_.request_stop(); }

   private:
    inplace_stop_source __stop_source_;
  };
}  // namespace __scope

using __scope::async_scope;

template <class _AsyncScope, class _Sender>
using nest_result_t =
  decltype(std::declval<_AsyncScope&>().nest(std::declval<_Sender&&>()));

}  // namespace experimental::execution

namespace exec = experimental::execution;
