// Mirrors include/cppcoro/broken_promise.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148.
// Own minimal stub: declarations and trivial bodies, no upstream code.
#pragma once

#include <stdexcept>

namespace cppcoro {

// Thrown when a result is requested from a task that has no coroutine.
class broken_promise : public std::logic_error {
public:
  broken_promise() : std::logic_error("cppcoro::broken_promise") {}
};

} // namespace cppcoro
