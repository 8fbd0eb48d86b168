// Stub mirroring odb/connection.hxx (subset)
// (github.com/codesynthesis-com/odb, libodb/odb/, tag v2.5.0 = 197e5bfb323864dcefa38878fd3de8322a577194,
// the latest stable release; master / 2.6.0-b.2 changed transaction to take
// std::unique_ptr<transaction_impl>).
// Minimal declarations for static analysis tests; not the real implementation.
#ifndef ODB_CONNECTION_HXX
#define ODB_CONNECTION_HXX

#include <cstddef> // std::size_t
#include <string>

#include <odb/forward.hxx>

namespace odb
{
  class transaction_impl;

  // Real: class connection: public details::shared_base
  class connection
  {
  public:
    typedef odb::database database_type;

    database_type&
    database ();

    // Transactions.
    //
  public:
    virtual transaction_impl*
    begin () = 0;

    // Native database statement execution.
    //
  public:
    unsigned long long
    execute (const char* statement);

    unsigned long long
    execute (const std::string& statement);

    virtual unsigned long long
    execute (const char* statement, std::size_t length) = 0;

  public:
    virtual
    ~connection ();

  protected:
    connection (database_type&);
  };
}

#endif // ODB_CONNECTION_HXX
