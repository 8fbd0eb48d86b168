// Stub mirroring odb/exception.hxx
// (github.com/codesynthesis-com/odb, libodb/odb/, tag v2.5.0 = 197e5bfb323864dcefa38878fd3de8322a577194,
// the latest stable release; master / 2.6.0-b.2 changed transaction to take
// std::unique_ptr<transaction_impl>).
// Minimal declarations for static analysis tests; not the real implementation.
#ifndef ODB_EXCEPTION_HXX
#define ODB_EXCEPTION_HXX

#include <exception>

#include <odb/forward.hxx> // odb::core

namespace odb
{
  // Real: struct exception: std::exception, details::shared_base
  struct exception: std::exception
  {
    virtual const char*
    what () const noexcept = 0;

    virtual exception*
    clone () const = 0;
  };

  namespace common
  {
    using odb::exception;
  }
}

#endif // ODB_EXCEPTION_HXX
