// Stub mirroring odb/forward.hxx
// (github.com/codesynthesis-com/odb, libodb/odb/, tag v2.5.0 = 197e5bfb323864dcefa38878fd3de8322a577194,
// the latest stable release; master / 2.6.0-b.2 changed transaction to take
// std::unique_ptr<transaction_impl>).
// Minimal declarations for static analysis tests; not the real implementation.
#ifndef ODB_FORWARD_HXX
#define ODB_FORWARD_HXX

#include <cstddef> // std::size_t

namespace odb
{
  // Common and core namespaces. The idea is that you can use the
  // using directive to get database-independent (common) names or
  // all core names (core).
  //
  namespace common {}

  namespace core
  {
    using namespace common;
  }

  typedef unsigned long long schema_version;
  struct schema_version_migration;

  namespace details
  {
    // Real: intrusive reference-counted pointer (odb/details/shared-ptr.hxx).
    template <typename X>
    class shared_ptr
    {
    public:
      shared_ptr (): p_ (0) {}
      explicit shared_ptr (X* p): p_ (p) {}

      X* operator-> () const {return p_;}
      X& operator* () const {return *p_;}
      X* get () const {return p_;}
      explicit operator bool () const {return p_ != 0;}

    private:
      X* p_;
    };
  }

  class database;
  class connection;
  typedef details::shared_ptr<connection> connection_ptr;
  class transaction;
  class statement;
  class session;
  class section;
  template <typename T> class result;

  namespace common
  {
    using odb::schema_version;
    using odb::schema_version_migration;
    using odb::session;
    using odb::section;
    using odb::result;
  }

  namespace core
  {
    using odb::database;
    using odb::connection;
    using odb::connection_ptr;
    using odb::transaction;
    using odb::statement;
  }

  // Tracing.
  //
  class tracer; // Not in core.

  // Implementation details.
  //

  // Keep real databases first since their enumerators are used as array
  // indexes.
  //
  enum database_id
  {
    id_mysql,
    id_sqlite,
    id_pgsql,
    id_oracle,
    id_mssql,
    id_common
  };

  // Number of real databases (i.e., excluding default) in the database_id
  // enum.
  //
  const std::size_t database_count = id_common;

  // Traits.
  //
  class access
  {
  public:
    template <typename T>
    class object_traits;

    template <typename T, database_id DB>
    class object_traits_impl;

    template <typename T, typename P>
    class object_factory;

    template <typename T>
    class view_traits;

    template <typename T, database_id DB>
    class view_traits_impl;

    template <typename T, typename P>
    class view_factory;

    template <typename T, typename P>
    class pointer_factory;

    template <typename T, database_id DB>
    class composite_value_traits;

    template <typename C>
    class container_traits;
  };

  template <typename T>
  struct object_traits;

  template <typename T>
  struct view_traits;

  // Query.
  //
  class query_base;

  template <typename T>
  class prepared_query;
}

#endif // ODB_FORWARD_HXX
