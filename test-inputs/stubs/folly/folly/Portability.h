// Stub mirroring folly/Portability.h
// (github.com/facebook/folly @ ff98381ea68687a95c6185326db933aa6124d4c5,
//  v2026.08.17.00+48). Only the coroutine feature macros are provided.
#pragma once

#if defined(FOLLY_CFG_NO_COROUTINES)
#define FOLLY_HAS_COROUTINES 0
#define FOLLY_HAS_IMMOVABLE_COROUTINES 0
#elif (defined(__cpp_coroutines) && __cpp_coroutines >= 201703L) || \
    (defined(__cpp_impl_coroutine) && __cpp_impl_coroutine >= 201902L)
#define FOLLY_HAS_COROUTINES 1
#else
#define FOLLY_HAS_COROUTINES 0
#endif
