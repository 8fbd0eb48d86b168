// Stub mirroring odb/core.hxx
// (github.com/codesynthesis-com/odb, libodb/odb/, tag v2.5.0 = 197e5bfb323864dcefa38878fd3de8322a577194,
// the latest stable release; master / 2.6.0-b.2 changed transaction to take
// std::unique_ptr<transaction_impl>).
// Minimal declarations for static analysis tests; not the real implementation.
#ifndef ODB_CORE_HXX
#define ODB_CORE_HXX

#ifdef ODB_COMPILER
#  define PRAGMA_DB_IMPL(x) _Pragma (#x)
#  define PRAGMA_DB(x) PRAGMA_DB_IMPL (db x)
#else
#  define PRAGMA_DB(x)
#endif

#include <odb/forward.hxx>

#endif // ODB_CORE_HXX
