// Stub mirroring odb/traits.hxx (subset)
// (github.com/codesynthesis-com/odb, libodb/odb/, tag v2.5.0 = 197e5bfb323864dcefa38878fd3de8322a577194,
// the latest stable release; master / 2.6.0-b.2 changed transaction to take
// std::unique_ptr<transaction_impl>).
// Minimal declarations for static analysis tests; not the real implementation.
// As in the real header, the generic access::object_traits<T> is what you get when the
// ODB-compiler-generated *-odb.hxx is not included: id_type is an empty struct and
// pointer_type is T*. Tests may specialise odb::access::object_traits<T> the way the
// generated code does (typedefs object_type, pointer_type, id_type).
#ifndef ODB_TRAITS_HXX
#define ODB_TRAITS_HXX

#include <odb/forward.hxx>

namespace odb
{
  template <typename T>
  class access::object_traits
  {
    // If a C++ compiler issues an error pointing to this class and saying
    // that it is missing some declaration, then you are most likely trying
    // to perform a database operation on a C++ type that is not a persistent
    // object. Or you forgot to include the corresponding -odb.hxx file.
    //
  public:
    struct id_type {};
    typedef T object_type;
    typedef T* pointer_type;

    static const bool polymorphic = false;
  };

  enum class_kind
  {
    class_object,
    class_view,
    class_other
  };

  template <typename T>
  struct class_traits
  {
    static const class_kind kind = class_other;
  };

  template <typename T>
  struct class_traits<const T>
  {
    static const class_kind kind = class_traits<T>::kind;
  };

  // Real: also derives from access::object_factory<T, pointer_type> and
  // defines pointer_traits / const_pointer_type.
  template <typename T>
  struct object_traits: access::object_traits<T>
  {
    typedef typename access::object_traits<T>::object_type object_type;
    typedef typename access::object_traits<T>::pointer_type pointer_type;
  };

  template <typename T>
  struct object_traits<const T>: object_traits<T>
  {
  };
}

#endif // ODB_TRAITS_HXX
