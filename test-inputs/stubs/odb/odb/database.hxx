// Stub mirroring odb/database.hxx (subset)
// (github.com/codesynthesis-com/odb, libodb/odb/, tag v2.5.0 = 197e5bfb323864dcefa38878fd3de8322a577194,
// the latest stable release; master / 2.6.0-b.2 changed begin() to return
// std::unique_ptr<transaction_impl>).
// Minimal declarations for static analysis tests; member templates are only declared
// (their real definitions are in database.ixx / database.txx).
#ifndef ODB_DATABASE_HXX
#define ODB_DATABASE_HXX

#include <cstddef> // std::size_t
#include <memory>  // std::unique_ptr
#include <string>

#include <odb/connection.hxx>
#include <odb/exceptions.hxx>
#include <odb/forward.hxx>
#include <odb/query.hxx>
#include <odb/result.hxx>
#include <odb/traits.hxx>

namespace odb
{
  class transaction_impl;

  class database
  {
  public:
    virtual
    ~database () {}

    database (database&& d): id_ (d.id_) {}

  private:
    database (const database&);
    database& operator= (const database&);

    // Object persistence API.
    //
  public:

    // Make the object persistent.
    //
    template <typename T>
    typename object_traits<T>::id_type
    persist (T& object);

    template <typename T>
    typename object_traits<T>::id_type
    persist (const T& object);

    template <typename T>
    typename object_traits<T>::id_type
    persist (T* obj_ptr);

    template <typename T, template <typename> class P>
    typename object_traits<T>::id_type
    persist (const P<T>& obj_ptr);

    template <typename T, typename A1, template <typename, typename> class P>
    typename object_traits<T>::id_type
    persist (const P<T, A1>& obj_ptr);

    template <typename T, template <typename> class P>
    typename object_traits<T>::id_type
    persist (P<T>& obj_ptr);

    template <typename T, typename A1, template <typename, typename> class P>
    typename object_traits<T>::id_type
    persist (P<T, A1>& obj_ptr);

    template <typename T>
    typename object_traits<T>::id_type
    persist (const typename object_traits<T>::pointer_type& obj_ptr);

    // Bulk persist. Can be a range of references or pointers (including
    // smart pointers) to objects.
    //
    template <typename I>
    void
    persist (I begin, I end, bool continue_failed = true);

    // Load an object. Throw object_not_persistent if not found.
    //
    template <typename T>
    typename object_traits<T>::pointer_type
    load (const typename object_traits<T>::id_type& id);

    template <typename T>
    void
    load (const typename object_traits<T>::id_type& id, T& object);

    // Reload an object.
    //
    template <typename T>
    void
    reload (T& object);

    template <typename T>
    void
    reload (T* obj_ptr);

    // Loan an object if found. Return NULL/false if not found.
    //
    template <typename T>
    typename object_traits<T>::pointer_type
    find (const typename object_traits<T>::id_type& id);

    template <typename T>
    bool
    find (const typename object_traits<T>::id_type& id, T& object);

    // Update the state of a modified objects.
    //
    template <typename T>
    void
    update (T& object);

    template <typename T>
    void
    update (T* obj_ptr);

    template <typename T, template <typename> class P>
    void
    update (const P<T>& obj_ptr);

    template <typename T, typename A1, template <typename, typename> class P>
    void
    update (const P<T, A1>& obj_ptr);

    template <typename T>
    void
    update (const typename object_traits<T>::pointer_type& obj_ptr);

    // Make the object transient. Throw object_not_persistent if not
    // found.
    //
    template <typename T>
    void
    erase (const typename object_traits<T>::id_type& id);

    template <typename T>
    void
    erase (T& object);

    template <typename T>
    void
    erase (T* obj_ptr);

    template <typename T, template <typename> class P>
    void
    erase (const P<T>& obj_ptr);

    template <typename T, typename A1, template <typename, typename> class P>
    void
    erase (const P<T, A1>& obj_ptr);

    template <typename T>
    void
    erase (const typename object_traits<T>::pointer_type& obj_ptr);

    // Erase multiple objects matching a query predicate.
    //
    template <typename T>
    unsigned long long
    erase_query ();

    template <typename T>
    unsigned long long
    erase_query (const char*);

    template <typename T>
    unsigned long long
    erase_query (const std::string&);

    template <typename T>
    unsigned long long
    erase_query (const odb::query<T>&);

    // Query API.
    //
    template <typename T>
    result<T>
    query (bool cache = true);

    template <typename T>
    result<T>
    query (const char*, bool cache = true);

    template <typename T>
    result<T>
    query (const std::string&, bool cache = true);

    template <typename T>
    result<T>
    query (const odb::query<T>&, bool cache = true);

    // Query one API.
    //
    template <typename T>
    typename result<T>::pointer_type
    query_one ();

    template <typename T>
    bool
    query_one (T& object);

    template <typename T>
    T
    query_value ();

    template <typename T>
    typename result<T>::pointer_type
    query_one (const char*);

    template <typename T>
    bool
    query_one (const char*, T& object);

    template <typename T>
    typename result<T>::pointer_type
    query_one (const std::string&);

    template <typename T>
    bool
    query_one (const std::string&, T& object);

    template <typename T>
    typename result<T>::pointer_type
    query_one (const odb::query<T>&);

    template <typename T>
    bool
    query_one (const odb::query<T>&, T& object);

    template <typename T>
    T
    query_value (const odb::query<T>&);

    // Native database statement execution.
    //
  public:
    unsigned long long
    execute (const char* statement);

    unsigned long long
    execute (const std::string& statement);

    unsigned long long
    execute (const char* statement, std::size_t length);

    // Transactions.
    //
  public:
    virtual transaction_impl*
    begin () = 0;

    // Connections.
    //
  public:
    connection_ptr
    connection ();

    // SQL statement tracing.
    //
  public:
    typedef odb::tracer tracer_type;

    void
    tracer (tracer_type&);

    void
    tracer (tracer_type*);

    tracer_type*
    tracer () const;

    // Database id.
    //
  public:
    database_id
    id () const {return id_;}

  protected:
    database (database_id id): id_ (id) {}

  protected:
    typedef odb::connection connection_type;

    virtual connection_type*
    connection_ () = 0;

  private:
    database_id id_;
  };
}

#endif // ODB_DATABASE_HXX
