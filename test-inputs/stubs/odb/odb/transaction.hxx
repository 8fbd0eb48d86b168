// Stub mirroring odb/transaction.hxx (member bodies follow libodb/odb/transaction.cxx:
// the destructor rolls back a transaction that was neither committed nor rolled back).
// (github.com/codesynthesis-com/odb, libodb/odb/, tag v2.5.0 = 197e5bfb323864dcefa38878fd3de8322a577194,
// the latest stable release; master / 2.6.0-b.2 changed transaction to take
// std::unique_ptr<transaction_impl>).
// Minimal declarations for static analysis tests; not the real implementation.
#ifndef ODB_TRANSACTION_HXX
#define ODB_TRANSACTION_HXX

#include <cstddef> // std::size_t
#include <memory>
#include <vector>

#include <odb/exceptions.hxx>
#include <odb/forward.hxx>

namespace odb
{
  class transaction_impl;

  class transaction
  {
  public:
    typedef odb::database database_type;
    typedef odb::connection connection_type;

    // If the second argument is false, then this transaction is not made
    // the current transaction of the thread.
    //
    explicit
    transaction (transaction_impl*, bool make_current = true);

    // Create a finalized transaction instance which can later be initialized
    // with reset().
    //
    transaction ();

    // Unless the transaction has already been finalized (explicitly
    // committed or rolled back), the destructor will roll it back.
    //
    ~transaction ();

    // Unless the current transaction has already been finalized (explicitly
    // committed or rolled back), reset will roll it back. If the second
    // argument is false, then this transaction is not made the current
    // transaction of the thread.
    //
    void
    reset (transaction_impl*, bool make_current = true);

    void
    commit ();

    void
    rollback ();

    // Return the database this transaction is on.
    //
    database_type&
    database ();

    // Return the connection this transaction is on.
    //
    connection_type&
    connection ();

    connection_type&
    connection (database_type&);

    bool
    finalized () const {return finalized_;}

  public:
    // Return true if there is a transaction in effect.
    //
    static bool
    has_current ();

    // Return current transaction or throw if there is no transaction
    // in effect.
    //
    static transaction&
    current ();

    // Set the current thread's transaction.
    //
    static void
    current (transaction&);

    // Revert to the no transaction in effect state for the current thread.
    //
    static void
    reset_current ();

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

    // Post-commit/rollback callbacks.
    //
  public:
    static const unsigned short event_commit = 0x01;
    static const unsigned short event_rollback = 0x02;
    static const unsigned short event_all = event_commit | event_rollback;

    typedef void (*callback_type) (
      unsigned short event, void* key, unsigned long long data);

    void
    callback_register (callback_type,
                       void* key,
                       unsigned short event = event_all,
                       unsigned long long data = 0,
                       transaction** state = 0);

    void
    callback_unregister (void* key);

    void
    callback_update (void* key,
                     unsigned short event,
                     unsigned long long data = 0,
                     transaction** state = 0);

  public:
    transaction_impl&
    implementation ();

    // Copying or assignment of transactions is not supported.
    //
  private:
    transaction (const transaction&);
    transaction& operator= (const transaction&);

  protected:
    static transaction*& current_pointer ()
    {
      static thread_local transaction* current_transaction = 0;
      return current_transaction;
    }

    bool finalized_;
    std::unique_ptr<transaction_impl> impl_; // Real: details::unique_ptr.
  };

  class transaction_impl
  {
  public:
    typedef odb::tracer tracer_type;
    typedef odb::database database_type;
    typedef odb::connection connection_type;

    virtual
    ~transaction_impl () {}

    virtual void
    start () = 0;

    virtual void
    commit () = 0;

    virtual void
    rollback () = 0;

    database_type&
    database ()
    {
      return database_;
    }

    virtual connection_type&
    connection (database_type*);

    virtual void
    tracer (tracer_type*);

    virtual tracer_type*
    tracer () const;

  protected:
    transaction_impl (database_type& db)
        : database_ (db), connection_ (0)
    {
    }

    transaction_impl (database_type& db, connection_type& c)
        : database_ (db), connection_ (&c)
    {
    }

  protected:
    database_type& database_;
    connection_type* connection_;
  };

  // Stub bodies (real ones are in transaction.cxx / transaction.ixx).
  //
  inline transaction::
  transaction (transaction_impl* impl, bool make_current)
      : finalized_ (true)
  {
    reset (impl, make_current);
  }

  inline transaction::
  transaction ()
      : finalized_ (true)
  {
  }

  inline transaction::
  ~transaction ()
  {
    if (!finalized_)
      try {rollback ();} catch (...) {}
  }

  inline void transaction::
  reset (transaction_impl* impl, bool make_current)
  {
    std::unique_ptr<transaction_impl> i (impl);

    if (!finalized_)
      rollback ();

    impl_.reset (i.release ());

    if (make_current && current_pointer () != 0)
      throw already_in_transaction ();

    impl_->start ();
    finalized_ = false;

    if (make_current)
      current_pointer () = this;
  }

  inline bool transaction::
  has_current ()
  {
    return current_pointer () != 0;
  }

  inline transaction& transaction::
  current ()
  {
    transaction* cur (current_pointer ());

    if (cur == 0)
      throw not_in_transaction ();

    return *cur;
  }

  inline void transaction::
  current (transaction& t)
  {
    current_pointer () = &t;
  }

  inline void transaction::
  reset_current ()
  {
    current_pointer () = 0;
  }

  inline void transaction::
  commit ()
  {
    if (finalized_)
      throw transaction_already_finalized ();

    finalized_ = true;

    if (current_pointer () == this)
      current_pointer () = 0;

    impl_->commit ();
  }

  inline void transaction::
  rollback ()
  {
    if (finalized_)
      throw transaction_already_finalized ();

    finalized_ = true;

    if (current_pointer () == this)
      current_pointer () = 0;

    impl_->rollback ();
  }

  inline transaction::database_type& transaction::
  database ()
  {
    return impl_->database ();
  }

  inline transaction_impl& transaction::
  implementation ()
  {
    return *impl_;
  }
}

#endif // ODB_TRANSACTION_HXX
