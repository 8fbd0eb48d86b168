// Stub mirroring include/stdexec/execution.hpp
// (github.com/NVIDIA/stdexec, main @ e92245d53dfc37f9bc2a7ef0cc44d570bb7b3386;
// newest tag at that commit: nvhpc-26.05).
// The real header only includes include/stdexec/__detail/*.hpp; the names below are
// declared there: __sender_concepts.hpp, __schedulers.hpp, __just.hpp, __then.hpp,
// __let.hpp, __starts_on.hpp, __on.hpp, __continues_on.hpp, __when_all.hpp,
// __sync_wait.hpp, __run_loop.hpp, __parallel_scheduler.hpp, __scope_concepts.hpp,
// __counting_scopes.hpp, __associate.hpp, __spawn.hpp, __spawn_future.hpp.
// Minimal declarations for static analysis tests: senders only carry their
// completion signatures; nothing is executed.
#pragma once

#include <concepts>
#include <cstddef>
#include <exception>
#include <limits>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

#include "stop_token.hpp"

namespace stdexec {

// ---------------------------------------------------------------------------
// [exec.snd.concepts], completion tags, completion_signatures, env
struct sender_tag {
  using sender_concept = sender_tag;
};
using sender_t = sender_tag;

struct receiver_tag {
  using receiver_concept = receiver_tag;
};
using receiver_t = receiver_tag;

struct operation_state_tag {};
using operation_state_t = operation_state_tag;

struct set_value_t {};
struct set_error_t {};
struct set_stopped_t {};
inline constexpr set_value_t set_value{};
inline constexpr set_error_t set_error{};
inline constexpr set_stopped_t set_stopped{};

template <class... _Sigs>
struct completion_signatures {};

template <class... _Envs>
struct env {};

template <class _Sender>
concept sender =
  std::derived_from<typename std::remove_cvref_t<_Sender>::sender_concept, sender_tag> &&
  std::move_constructible<std::remove_cvref_t<_Sender>> &&
  std::constructible_from<std::remove_cvref_t<_Sender>, _Sender>;

template <class _Sender, class... _Env>
concept sender_in =
  sender<_Sender> && requires { typename std::remove_cvref_t<_Sender>::completion_signatures; };

template <class _Sender, class... _Env>
using completion_signatures_of_t = typename std::remove_cvref_t<_Sender>::completion_signatures;

// Stub-only helpers (not part of the real API).
namespace __stub {
  template <class _Sigs>
  struct __first_values {
    using type = void;  // no set_value_t completion
  };
  template <class... _Vs, class... _Rest>
  struct __first_values<completion_signatures<set_value_t(_Vs...), _Rest...>> {
    using type = std::tuple<_Vs...>;
  };
  template <class _First, class... _Rest>
  struct __first_values<completion_signatures<_First, _Rest...>>
    : __first_values<completion_signatures<_Rest...>> {};

  // std::tuple<Vs...> of the (first) value completion of _Sender, or void.
  template <class _Sender>
  using __values_t = typename __first_values<completion_signatures_of_t<_Sender>>::type;

  template <class _Tuple>
  struct __decay_tuple;
  template <class... _Vs>
  struct __decay_tuple<std::tuple<_Vs...>> {
    using type = std::tuple<std::decay_t<_Vs>...>;
  };
  template <>
  struct __decay_tuple<void> {
    using type = void;
  };

  template <class _Tuple>
  struct __sigs_for {
    using type = completion_signatures<set_error_t(std::exception_ptr), set_stopped_t()>;
  };
  template <class... _Vs>
  struct __sigs_for<std::tuple<_Vs...>> {
    using type = completion_signatures<set_value_t(_Vs...), set_error_t(std::exception_ptr),
                                       set_stopped_t()>;
  };
  template <class _Tuple>
  using __sigs_for_t = typename __sigs_for<_Tuple>::type;

  // Whether a sender's completion signatures include a set_error_t one.
  template <class _Sigs>
  struct __has_error : std::false_type {};
  template <class... _Es, class... _Rest>
  struct __has_error<completion_signatures<set_error_t(_Es...), _Rest...>> : std::true_type {};
  template <class _First, class... _Rest>
  struct __has_error<completion_signatures<_First, _Rest...>>
    : __has_error<completion_signatures<_Rest...>> {};

  template <class _Sender>
  inline constexpr bool __sends_error_v =
    __has_error<completion_signatures_of_t<_Sender>>::value;

  // The completions of an adaptor that forwards its child's errors (and adds
  // set_error_t(std::exception_ptr) when `_AddsError`): value _Tuple, the
  // error if any, stopped.
  template <class _Tuple, bool _Error>
  struct __sigs_with {
    using type = __sigs_for_t<_Tuple>;
  };
  template <>
  struct __sigs_with<void, false> {
    using type = completion_signatures<set_stopped_t()>;
  };
  template <class... _Vs>
  struct __sigs_with<std::tuple<_Vs...>, false> {
    using type = completion_signatures<set_value_t(_Vs...), set_stopped_t()>;
  };
  template <class _Tuple, class _Child, bool _AddsError = false>
  using __forwarding_sigs_t =
    typename __sigs_with<_Tuple, _AddsError || __sends_error_v<_Child>>::type;

  template <class... _Tuples>
  struct __concat;
  template <>
  struct __concat<> {
    using type = std::tuple<>;
  };
  template <class... _As, class... _Rest>
  struct __concat<std::tuple<_As...>, _Rest...> {
    using type = decltype(std::tuple_cat(std::declval<std::tuple<_As...>>(),
                                         std::declval<typename __concat<_Rest...>::type>()));
  };

  template <class _Fun, class _Tuple>
  struct __invoke_result;
  template <class _Fun, class... _Vs>
  struct __invoke_result<_Fun, std::tuple<_Vs...>> {
    using type = std::invoke_result_t<_Fun, _Vs...>;
  };

  template <class _Fun, class _Tuple>
  struct __nothrow_invocable;
  template <class _Fun, class... _Vs>
  struct __nothrow_invocable<_Fun, std::tuple<_Vs...>> : std::is_nothrow_invocable<_Fun, _Vs...> {};
  template <class _Fun, class _Tuple>
  inline constexpr bool __nothrow_invocable_v = __nothrow_invocable<_Fun, _Tuple>::value;

  template <class _Fun, class _Tuple>
  using __then_values_t = std::conditional_t<
    std::is_void_v<typename __invoke_result<_Fun, _Tuple>::type>,
    std::tuple<>,
    std::tuple<typename __invoke_result<_Fun, _Tuple>::type>>;

  // A sender that only carries its completion signatures.
  template <class _Tag, class _Sigs>
  struct __sender {
    using sender_concept = sender_tag;
    using completion_signatures = _Sigs;
  };
}  // namespace __stub

// ---------------------------------------------------------------------------
// [exec.adapt.obj] sender_adaptor_closure and operator|
template <class _Derived>
struct sender_adaptor_closure {};

namespace __stub {
  template <class _Tag, class... _Args>
  struct __closure : sender_adaptor_closure<__closure<_Tag, _Args...>> {
    using __tag_t = _Tag;
    std::tuple<_Args...> __args_;
  };
}  // namespace __stub

template <class _Closure>
concept __sender_adaptor_closure =
  std::derived_from<std::remove_cvref_t<_Closure>, sender_adaptor_closure<std::remove_cvref_t<_Closure>>>;

template <sender _Sender, __sender_adaptor_closure _Closure>
  requires requires { typename std::remove_cvref_t<_Closure>::__tag_t; }
constexpr auto operator|(_Sender&& __sndr, _Closure&& __clsur) {
  using __tag_t = typename std::remove_cvref_t<_Closure>::__tag_t;
  return std::apply(
    [&](auto&... __args) { return __tag_t{}(static_cast<_Sender&&>(__sndr), __args...); },
    __clsur.__args_);
}

// ---------------------------------------------------------------------------
// [exec.schedule], scheduler concept
struct schedule_t {
  template <class _Scheduler>
    requires requires(_Scheduler&& __sched) { static_cast<_Scheduler&&>(__sched).schedule(); }
  constexpr auto operator()(_Scheduler&& __sched) const noexcept {
    return static_cast<_Scheduler&&>(__sched).schedule();
  }
};
inline constexpr schedule_t schedule{};

template <class _Scheduler>
concept scheduler =
  requires(_Scheduler&& __sched) {
    { schedule(static_cast<_Scheduler&&>(__sched)) } -> sender;
  } && std::equality_comparable<std::remove_cvref_t<_Scheduler>> &&
  std::copy_constructible<std::remove_cvref_t<_Scheduler>>;

namespace __stub {
  using __schedule_sigs = completion_signatures<set_value_t(), set_stopped_t()>;
}

// ---------------------------------------------------------------------------
// [exec.just]
struct just_t {
  template <class... _Ts>
  constexpr auto operator()(_Ts&&... __ts) const noexcept
    -> __stub::__sender<just_t, completion_signatures<set_value_t(std::decay_t<_Ts>...)>> {
    ((void)__ts, ...);
    return {};
  }
};
inline constexpr just_t just{};

// ---------------------------------------------------------------------------
// [exec.then]
struct then_t {
  template <sender _Sender, class _Fun>
  constexpr auto operator()(_Sender&& __sndr, _Fun __fun) const
    -> __stub::__sender<
      then_t,
      __stub::__forwarding_sigs_t<__stub::__then_values_t<_Fun, __stub::__values_t<_Sender>>, _Sender,
                                  !__stub::__nothrow_invocable_v<_Fun, __stub::__values_t<_Sender>>>> {
    (void)__sndr;
    (void)__fun;
    return {};
  }

  template <class _Fun>
    requires(!sender<_Fun>)
  constexpr auto operator()(_Fun __fun) const -> __stub::__closure<then_t, _Fun> {
    return {{}, {static_cast<_Fun&&>(__fun)}};
  }
};
inline constexpr then_t then{};

// ---------------------------------------------------------------------------
// [exec.let]
struct let_value_t {
  template <sender _Sender, class _Fun>
  constexpr auto operator()(_Sender&& __sndr, _Fun __fun) const
    -> __stub::__sender<
      let_value_t,
      __stub::__sigs_for_t<__stub::__values_t<
        typename __stub::__invoke_result<_Fun, __stub::__values_t<_Sender>>::type>>> {
    (void)__sndr;
    (void)__fun;
    return {};
  }

  template <class _Fun>
    requires(!sender<_Fun>)
  constexpr auto operator()(_Fun __fun) const -> __stub::__closure<let_value_t, _Fun> {
    return {{}, {static_cast<_Fun&&>(__fun)}};
  }
};
inline constexpr let_value_t let_value{};

// ---------------------------------------------------------------------------
// [exec.starts.on]
struct starts_on_t {
  template <scheduler _Scheduler, sender _Sender>
  constexpr auto operator()(_Scheduler&& __sched, _Sender&& __sndr) const
    -> __stub::__sender<starts_on_t, __stub::__forwarding_sigs_t<__stub::__values_t<_Sender>, _Sender>> {
    (void)__sched;
    (void)__sndr;
    return {};
  }
};
inline constexpr starts_on_t starts_on{};

// ---------------------------------------------------------------------------
// [exec.continues.on]
struct continues_on_t {
  template <sender _Sender, scheduler _Scheduler>
  constexpr auto operator()(_Sender&& __sndr, _Scheduler __sched) const
    -> __stub::__sender<continues_on_t, __stub::__forwarding_sigs_t<__stub::__values_t<_Sender>, _Sender>> {
    (void)__sndr;
    (void)__sched;
    return {};
  }

  template <scheduler _Scheduler>
  constexpr auto operator()(_Scheduler __sched) const noexcept
    -> __stub::__closure<continues_on_t, _Scheduler> {
    return {{}, {__sched}};
  }
};
inline constexpr continues_on_t continues_on{};

// ---------------------------------------------------------------------------
// [exec.on]
struct on_t {
  // on(sch, sndr): start sndr on sch, then transition back.
  template <scheduler _Scheduler, sender _Sender>
  constexpr auto operator()(_Scheduler&& __sched, _Sender&& __sndr) const
    -> __stub::__sender<on_t, __stub::__forwarding_sigs_t<__stub::__values_t<_Sender>, _Sender>> {
    (void)__sched;
    (void)__sndr;
    return {};
  }

  // on(sndr, sch, closure): run closure(sndr) on sch, then transition back.
  template <sender _Sender, scheduler _Scheduler, __sender_adaptor_closure _Closure>
  constexpr auto operator()(_Sender&& __sndr, _Scheduler&& __sched, _Closure&& __clsur) const
    -> __stub::__sender<
      on_t,
      __stub::__sigs_for_t<__stub::__values_t<decltype(static_cast<_Sender&&>(__sndr) |
                                                       static_cast<_Closure&&>(__clsur))>>> {
    (void)__sched;
    return {};
  }

  // on(sch, closure): pipeable form of the above.
  template <scheduler _Scheduler, __sender_adaptor_closure _Closure>
  constexpr auto operator()(_Scheduler&& __sched, _Closure&& __clsur) const
    -> __stub::__closure<on_t, std::decay_t<_Scheduler>, std::decay_t<_Closure>> {
    return {{}, {static_cast<_Scheduler&&>(__sched), static_cast<_Closure&&>(__clsur)}};
  }
};
inline constexpr on_t on{};

// ---------------------------------------------------------------------------
// [exec.when.all]
struct when_all_t {
  template <sender... _Senders>
  constexpr auto operator()(_Senders&&... __sndrs) const
    -> __stub::__sender<
      when_all_t,
      __stub::__sigs_for_t<typename __stub::__concat<__stub::__values_t<_Senders>...>::type>> {
    ((void)__sndrs, ...);
    return {};
  }
};
inline constexpr when_all_t when_all{};

// ---------------------------------------------------------------------------
// [exec.sync.wait]  -> std::optional<std::tuple<decayed values...>>
struct sync_wait_t {
  template <sender_in<env<>> _Sender>
    requires(!std::is_void_v<__stub::__values_t<_Sender>>)
  auto operator()(_Sender&& __sndr) const
    -> std::optional<typename __stub::__decay_tuple<__stub::__values_t<_Sender>>::type> {
    (void)__sndr;
    return std::nullopt;
  }
};
inline constexpr sync_wait_t sync_wait{};

// ---------------------------------------------------------------------------
// [exec.run.loop]
struct run_loop {
  run_loop() = default;
  run_loop(run_loop&&) = delete;

  struct scheduler {
    constexpr auto schedule() const noexcept -> __stub::__sender<schedule_t, __stub::__schedule_sigs> {
      return {};
    }
    constexpr bool operator==(scheduler const&) const noexcept = default;

   private:
    friend struct run_loop;
    constexpr explicit scheduler(run_loop* __loop) noexcept : __loop_(__loop) {}
    run_loop* __loop_;
  };

  constexpr auto get_scheduler() noexcept -> scheduler { return scheduler{this}; }
  void run() noexcept {}
  void finish() noexcept {}
};

// ---------------------------------------------------------------------------
// [exec.par.scheduler]
class parallel_scheduler {
 public:
  parallel_scheduler() = delete;
  auto schedule() const noexcept -> __stub::__sender<schedule_t, __stub::__schedule_sigs> { return {}; }
  bool operator==(parallel_scheduler const&) const noexcept = default;

 private:
  friend auto get_parallel_scheduler() -> parallel_scheduler;
  explicit parallel_scheduler(int) noexcept {}
};

inline auto get_parallel_scheduler() -> parallel_scheduler { return parallel_scheduler{0}; }

// ---------------------------------------------------------------------------
// [exec.scope.concepts]
template <class _Assoc>
concept scope_association =
  std::movable<_Assoc> && std::is_nothrow_move_constructible_v<_Assoc> &&
  std::is_nothrow_move_assignable_v<_Assoc> && std::default_initializable<_Assoc> &&
  requires(_Assoc const __assoc) {
    { static_cast<bool>(__assoc) } noexcept;
    { __assoc.try_associate() } -> std::same_as<_Assoc>;
  };

namespace __scope_concepts {
  struct __test_sender {
    using sender_concept = stdexec::sender_tag;
    using completion_signatures =
      stdexec::completion_signatures<stdexec::set_value_t(int),
                                     stdexec::set_error_t(std::exception_ptr),
                                     stdexec::set_stopped_t()>;
  };
}  // namespace __scope_concepts

template <class _Token>
concept scope_token = std::copyable<_Token> && requires(_Token const __token) {
  { __token.try_associate() } -> scope_association;
  { __token.wrap(std::declval<__scope_concepts::__test_sender>()) } -> sender_in<env<>>;
};

// ---------------------------------------------------------------------------
// [exec.scope.simple.counting], [exec.scope.counting]
namespace __counting_scopes {
  struct __scope_join_t {};
  struct __stop_when_t {};

  template <class _Scope>
  struct __association_t {
    __association_t() noexcept = default;
    explicit __association_t(_Scope& __scope) noexcept : __scope_(&__scope) {}
    __association_t(__association_t&& __other) noexcept
      : __scope_(std::exchange(__other.__scope_, nullptr)) {}
    __association_t& operator=(__association_t&& __other) noexcept {
      __scope_ = std::exchange(__other.__scope_, nullptr);
      return *this;
    }
    ~__association_t() = default;

    explicit operator bool() const noexcept { return __scope_ != nullptr; }

    [[nodiscard]] __association_t try_associate() const noexcept {
      return __scope_ ? __association_t{*__scope_} : __association_t{};
    }

   private:
    _Scope* __scope_ = nullptr;
  };

  struct __base_scope {
    static constexpr std::size_t max_associations = (std::numeric_limits<std::size_t>::max)();
    __base_scope() = default;
    __base_scope(__base_scope&&) = delete;
    void close() noexcept {}
  };
}  // namespace __counting_scopes

class simple_counting_scope : private __counting_scopes::__base_scope {
 public:
  using __assoc_t = __counting_scopes::__association_t<simple_counting_scope>;

  struct token {
    template <sender _Sender>
    [[nodiscard]] _Sender&& wrap(_Sender&& __snd) const noexcept {
      return static_cast<_Sender&&>(__snd);
    }

    [[nodiscard]] __assoc_t try_associate() const noexcept { return __assoc_t{*__scope_}; }

   private:
    friend class simple_counting_scope;
    simple_counting_scope* __scope_;
    explicit token(simple_counting_scope* __scope) noexcept : __scope_(__scope) {}
  };

  using __counting_scopes::__base_scope::max_associations;

  [[nodiscard]] token get_token() noexcept { return token{this}; }

  using __counting_scopes::__base_scope::close;

  // Real: `[[nodiscard]] sender auto join() noexcept` (completes with set_value_t()).
  [[nodiscard]] auto join() noexcept
    -> __stub::__sender<__counting_scopes::__scope_join_t,
                        completion_signatures<set_value_t(), set_error_t(std::exception_ptr),
                                              set_stopped_t()>> {
    return {};
  }
};

class counting_scope : private __counting_scopes::__base_scope {
 public:
  using __assoc_t = __counting_scopes::__association_t<counting_scope>;

  struct token {
    // Real: returns `sender auto` (the sender wrapped in a stop_when with the scope's
    // stop token).
    template <sender _Sender>
    [[nodiscard]] auto wrap(_Sender&& __snd) const noexcept
      -> __stub::__sender<__counting_scopes::__stop_when_t,
                          __stub::__forwarding_sigs_t<__stub::__values_t<_Sender>, _Sender>> {
      (void)__snd;
      return {};
    }

    [[nodiscard]] __assoc_t try_associate() const noexcept { return __assoc_t{*__scope_}; }

   private:
    friend class counting_scope;
    counting_scope* __scope_;
    explicit token(counting_scope* __scope) noexcept : __scope_(__scope) {}
  };

  using __counting_scopes::__base_scope::max_associations;

  [[nodiscard]] token get_token() noexcept { return token{this}; }

  using __counting_scopes::__base_scope::close;

  [[nodiscard]] auto join() noexcept
    -> __stub::__sender<__counting_scopes::__scope_join_t,
                        completion_signatures<set_value_t(), set_error_t(std::exception_ptr),
                                              set_stopped_t()>> {
    return {};
  }

  void request_stop() noexcept { __stop_source_.request_stop(); }

 private:
  inplace_stop_source __stop_source_;
};

// ---------------------------------------------------------------------------
// [exec.associate]
struct associate_t {
  template <sender _Sender, scope_token _Token>
  constexpr auto operator()(_Sender&& __sndr, _Token __tkn) const
    -> __stub::__sender<associate_t, __stub::__forwarding_sigs_t<__stub::__values_t<_Sender>, _Sender>> {
    (void)__sndr;
    (void)__tkn;
    return {};
  }

  template <scope_token _Token>
  constexpr auto operator()(_Token __tkn) const -> __stub::__closure<associate_t, _Token> {
    return {{}, {__tkn}};
  }
};
inline constexpr associate_t associate{};

// ---------------------------------------------------------------------------
// [exec.spawn]  -> void (fire-and-forget within the scope). The sender (as wrapped
// by the token) must not be able to complete with set_error: the real primary
// overload is constrained with __never_sends<set_error_t, ...>, and a
// diagnostic overload static_asserts "spawn expects a sender that cannot fail".
template <class _Tag, class _Sender, class... _Env>
concept __never_sends = !__stub::__sends_error_v<_Sender>;

struct spawn_t {
 private:
  template <class _Sender, class _Token>
  using _wrapped_sender_t = decltype(std::declval<_Token&>().wrap(std::declval<_Sender>()));

 public:
  template <sender _Sender, scope_token _Token>
  void operator()(_Sender&& __sndr, _Token __tkn) const {
    return (*this)(static_cast<_Sender&&>(__sndr), static_cast<_Token&&>(__tkn), env<>{});
  }

  template <sender _Sender, scope_token _Token, class _Env>
  void operator()(_Sender&&, _Token, _Env&&) const {
    static_assert(__never_sends<set_error_t, _wrapped_sender_t<_Sender, _Token>, _Env>,
                  "spawn expects a sender that cannot fail");
  }

  template <sender _Sender, scope_token _Token, class _Env>
    requires __never_sends<set_error_t, _wrapped_sender_t<_Sender, _Token>, _Env>
  void operator()(_Sender&& __sndr, _Token __tkn, _Env&& __env) const {
    (void)__sndr;
    (void)__tkn;
    (void)__env;
  }
};
inline constexpr spawn_t spawn{};

// ---------------------------------------------------------------------------
// [exec.spawn.future]  -> a sender of the (decayed) results of the spawned sender
struct spawn_future_t {
  template <sender _Sender, scope_token _Token>
  auto operator()(_Sender&& __sndr, _Token&& __tkn) const
    -> __stub::__sender<spawn_future_t,
                        __stub::__sigs_for_t<typename __stub::__decay_tuple<__stub::__values_t<_Sender>>::type>> {
    (void)__sndr;
    (void)__tkn;
    return {};
  }

  template <sender _Sender, scope_token _Token, class _Env>
  auto operator()(_Sender&& __sndr, _Token&& __tkn, _Env&& __env) const
    -> __stub::__sender<spawn_future_t,
                        __stub::__sigs_for_t<typename __stub::__decay_tuple<__stub::__values_t<_Sender>>::type>> {
    (void)__sndr;
    (void)__tkn;
    (void)__env;
    return {};
  }
};
inline constexpr spawn_future_t spawn_future{};

}  // namespace stdexec

// Real (__execution_fwd.hpp): moved to namespace experimental::execution because
// they are no longer getting standardized; defined in <exec/start_detached.hpp>
// and <exec/ensure_started.hpp>.
namespace experimental::execution {
struct ensure_started_t;
struct start_detached_t;

extern ensure_started_t const ensure_started;
extern start_detached_t const start_detached;
}  // namespace experimental::execution

namespace exec = experimental::execution;

// Real (__deprecations.hpp): the old names, references to the exec:: objects.
namespace stdexec {
using start_detached_t [[deprecated("Include <exec/start_detached.hpp> and use "
                                    "exec::start_detached_t instead")]] = exec::start_detached_t;

[[deprecated("Include <exec/start_detached.hpp> and use exec::start_detached instead")]]
inline constexpr exec::start_detached_t const& start_detached = exec::start_detached;
}  // namespace stdexec
