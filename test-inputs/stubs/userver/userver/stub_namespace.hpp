// Stub-only header (no real userver header has this name). userver's CMake
// passes the namespace macros as compile definitions
// (universal/CMakeLists.txt, cmake/GetUserverVersion.cmake):
//   USERVER_NAMESPACE=userver
//   USERVER_NAMESPACE_BEGIN="namespace userver { inline namespace v<MAJOR>_<MINOR> { "
//   USERVER_NAMESPACE_END="} }"
// At c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (USERVER_VERSION 2.5-rc) the
// inline namespace is v2_5_rc. The stubs define the macros the same way
// unless the compiler already got them.
//
// Generations: USERVER_STUB_MAJOR selects the API generation the stubs
// mirror: 2 (default; checked at c2f43b4e: Task::Detach() &&, no
// AsyncNoTracing / DetachUnscopedUnsafe) or 3 (the names the userver.tech
// v3.x docs list: engine::AsyncNoTracing, engine::CriticalAsyncNoTracing,
// engine::DetachUnscopedUnsafe instead of Task::Detach(); inline namespace
// v3_0). Real users of v3 sources get the same names from the headers.
#pragma once

#ifndef USERVER_STUB_MAJOR
#define USERVER_STUB_MAJOR 2
#endif

#ifndef USERVER_NAMESPACE
#define USERVER_NAMESPACE userver
#endif

#ifndef USERVER_NAMESPACE_BEGIN
#if USERVER_STUB_MAJOR >= 3
#define USERVER_NAMESPACE_BEGIN \
    namespace userver {         \
    inline namespace v3_0 {
#else
#define USERVER_NAMESPACE_BEGIN \
    namespace userver {         \
    inline namespace v2_5_rc {
#endif
#define USERVER_NAMESPACE_END \
    }                         \
    }
#endif
