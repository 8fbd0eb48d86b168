// Stub of userver-framework/userver core/include/userver/utils/impl/wrapped_call.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Internal helper; only the result-type computation used by the Async* family is kept
// (DecayUnref + WrappedCallImpl<...>::ResultType). LazyPrvalue unwrapping is omitted.
#pragma once

#include <userver/stub_namespace.hpp>

#include <functional>
#include <type_traits>

USERVER_NAMESPACE_BEGIN

namespace utils::impl {

template <typename T>
struct UnrefImpl final {
    using type = T;
};

template <typename T>
struct UnrefImpl<std::reference_wrapper<T>> final {
    using type = T&;
};

template <typename T>
using DecayUnref = typename UnrefImpl<std::decay_t<T>>::type;

template <typename Function, typename... Args>
class WrappedCallImpl final {
public:
    using ResultType = std::invoke_result_t<Function&&, Args&&...>;
};

template <typename Function, typename... Args>
using WrappedCallImplType = WrappedCallImpl<DecayUnref<Function>, DecayUnref<Args>...>;

}  // namespace utils::impl

USERVER_NAMESPACE_END
