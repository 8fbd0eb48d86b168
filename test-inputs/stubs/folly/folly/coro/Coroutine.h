// Stub mirroring folly/coro/Coroutine.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Only the std aliases.
#pragma once

#include <folly/Portability.h>

#if FOLLY_HAS_COROUTINES
#include <coroutine>

namespace folly::coro {

using std::coroutine_handle;
using std::coroutine_traits;
using std::noop_coroutine;
using std::noop_coroutine_handle;
using std::noop_coroutine_promise;
using std::suspend_always;
using std::suspend_never;

} // namespace folly::coro
#endif // FOLLY_HAS_COROUTINES
