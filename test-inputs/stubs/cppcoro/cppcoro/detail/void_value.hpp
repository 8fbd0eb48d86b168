// Mirrors include/cppcoro/detail/void_value.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148.
// Own minimal stub: declarations and trivial bodies, no upstream code.
#pragma once

namespace cppcoro::detail {

// Placeholder element that when_all() puts in its result tuple for each
// awaitable whose result is void.
struct void_value {};

} // namespace cppcoro::detail
