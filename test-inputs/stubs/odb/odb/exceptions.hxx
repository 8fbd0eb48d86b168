// Stub mirroring odb/exceptions.hxx (subset)
// (github.com/codesynthesis-com/odb, libodb/odb/, tag v2.5.0 = 197e5bfb323864dcefa38878fd3de8322a577194,
// the latest stable release; master / 2.6.0-b.2 changed transaction to take
// std::unique_ptr<transaction_impl>).
// Minimal declarations for static analysis tests; not the real implementation.
#ifndef ODB_EXCEPTIONS_HXX
#define ODB_EXCEPTIONS_HXX

#include <odb/exception.hxx>
#include <odb/forward.hxx> // schema_version, odb::core

namespace odb
{
  struct null_pointer: odb::exception
  {
    virtual const char*
    what () const noexcept {return "null_pointer";}

    virtual null_pointer*
    clone () const {return new null_pointer (*this);}
  };

  struct already_in_transaction: odb::exception
  {
    virtual const char*
    what () const noexcept {return "already_in_transaction";}

    virtual already_in_transaction*
    clone () const {return new already_in_transaction (*this);}
  };

  struct not_in_transaction: odb::exception
  {
    virtual const char*
    what () const noexcept {return "not_in_transaction";}

    virtual not_in_transaction*
    clone () const {return new not_in_transaction (*this);}
  };

  struct transaction_already_finalized: odb::exception
  {
    virtual const char*
    what () const noexcept {return "transaction_already_finalized";}

    virtual transaction_already_finalized*
    clone () const {return new transaction_already_finalized (*this);}
  };

  struct already_in_session: odb::exception
  {
    virtual const char*
    what () const noexcept {return "already_in_session";}

    virtual already_in_session*
    clone () const {return new already_in_session (*this);}
  };

  struct not_in_session: odb::exception
  {
    virtual const char*
    what () const noexcept {return "not_in_session";}

    virtual not_in_session*
    clone () const {return new not_in_session (*this);}
  };

  struct session_required: odb::exception
  {
    virtual const char*
    what () const noexcept {return "session_required";}

    virtual session_required*
    clone () const {return new session_required (*this);}
  };

  struct object_not_persistent: odb::exception
  {
    virtual const char*
    what () const noexcept {return "object_not_persistent";}

    virtual object_not_persistent*
    clone () const {return new object_not_persistent (*this);}
  };

  struct object_already_persistent: odb::exception
  {
    virtual const char*
    what () const noexcept {return "object_already_persistent";}

    virtual object_already_persistent*
    clone () const {return new object_already_persistent (*this);}
  };

  struct object_changed: odb::exception
  {
    virtual const char*
    what () const noexcept {return "object_changed";}

    virtual object_changed*
    clone () const {return new object_changed (*this);}
  };

  // Recoverable exceptions.
  //
  struct recoverable: odb::exception
  {
  };

  struct connection_lost: recoverable
  {
    virtual const char*
    what () const noexcept {return "connection_lost";}

    virtual connection_lost*
    clone () const {return new connection_lost (*this);}
  };

  struct timeout: recoverable
  {
    virtual const char*
    what () const noexcept {return "timeout";}

    virtual timeout*
    clone () const {return new timeout (*this);}
  };

  struct deadlock: recoverable
  {
    virtual const char*
    what () const noexcept {return "deadlock";}

    virtual deadlock*
    clone () const {return new deadlock (*this);}
  };

  // Base for database-specific exceptions (e.g. odb::sqlite::database_exception).
  //
  struct database_exception: odb::exception
  {
  };

  namespace common
  {
    using odb::null_pointer;
    using odb::already_in_transaction;
    using odb::not_in_transaction;
    using odb::transaction_already_finalized;
    using odb::already_in_session;
    using odb::not_in_session;
    using odb::session_required;
    using odb::recoverable;
    using odb::deadlock;
    using odb::connection_lost;
    using odb::timeout;
    using odb::object_not_persistent;
    using odb::object_already_persistent;
    using odb::object_changed;
    using odb::database_exception;
  }
}

#endif // ODB_EXCEPTIONS_HXX
