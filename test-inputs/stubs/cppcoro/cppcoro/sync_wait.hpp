// Mirrors include/cppcoro/sync_wait.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148.
// Own minimal stub: declarations and trivial bodies, no upstream code.
#pragma once

#include <cppcoro/awaitable_traits.hpp>

#include <exception>

namespace cppcoro {

// Blocks the calling thread until the awaitable completes and returns its
// result. Stub: never runs anything.
template <typename AWAITABLE>
auto sync_wait(AWAITABLE &&awaitable) ->
    typename cppcoro::awaitable_traits<AWAITABLE &&>::await_result_t {
  (void)awaitable;
  std::terminate();
}

} // namespace cppcoro
