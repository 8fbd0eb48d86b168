// Stub mirroring odb/result.hxx (+ result_iterator<T, class_object> from odb/object-result.hxx)
// (github.com/codesynthesis-com/odb, libodb/odb/, tag v2.5.0 = 197e5bfb323864dcefa38878fd3de8322a577194,
// the latest stable release; master / 2.6.0-b.2 changed transaction to take
// std::unique_ptr<transaction_impl>).
// Minimal declarations for static analysis tests; not the real implementation.
// Real: result<T> derives from result_base<T, class_traits<T>::kind>, and
// result_iterator's kind defaults to class_traits<T>::kind (class_object only via
// generated code). This stub always uses the persistent-object iterator.
#ifndef ODB_RESULT_HXX
#define ODB_RESULT_HXX

#include <cstddef>  // std::ptrdiff_t, std::size_t
#include <iterator> // iterator categories

#include <odb/forward.hxx>
#include <odb/traits.hxx>

namespace odb
{
  template <typename T, class_kind kind = class_object>
  class result_iterator
  {
  public:
    typedef T value_type;
    typedef value_type& reference;
    typedef value_type* pointer;
    typedef std::ptrdiff_t difference_type;
    typedef std::input_iterator_tag iterator_category;

    typedef typename object_traits<T>::object_type object_type;
    typedef typename object_traits<T>::id_type id_type;
    typedef typename object_traits<T>::pointer_type pointer_type;

    result_iterator (): cur_ (0) {}

    reference operator* () const {return *cur_;}
    pointer operator-> () const {return cur_;}
    result_iterator& operator++ () {cur_ = 0; return *this;}
    result_iterator operator++ (int) {result_iterator r (*this); cur_ = 0; return r;}

    // Load the current object into a new dynamically-allocated instance.
    pointer_type load ();

    // Load the current object into an existing instance.
    void load (object_type&);

    // Load the object id.
    id_type id ();

    bool equal (result_iterator j) const {return cur_ == j.cur_;}

  private:
    T* cur_;
  };

  template <typename T, class_kind kind>
  inline bool
  operator== (result_iterator<T, kind> i, result_iterator<T, kind> j)
  {
    return i.equal (j);
  }

  template <typename T, class_kind kind>
  inline bool
  operator!= (result_iterator<T, kind> i, result_iterator<T, kind> j)
  {
    return !i.equal (j);
  }

  template <typename T>
  class result
  {
  public:
    typedef T                         value_type;
    typedef value_type*               pointer;
    typedef const value_type*         const_pointer;
    typedef value_type&               reference;
    typedef const value_type&         const_reference;
    typedef result_iterator<T>        iterator;
    typedef std::size_t               size_type;
    typedef std::ptrdiff_t            difference_type;
    typedef typename iterator::pointer_type pointer_type;

    result () {}
    result (const result&) = default;
    result& operator= (const result&) = default;

    iterator begin () {return iterator ();}
    iterator end () {return iterator ();}

    // Cache the result in memory.
    void cache () {}

    bool empty () const {return true;}

    // Size is only known in cached results.
    size_type size () const {return 0;}
  };

  namespace common
  {
    using odb::result;
    using odb::result_iterator;
  }
}

#endif // ODB_RESULT_HXX
