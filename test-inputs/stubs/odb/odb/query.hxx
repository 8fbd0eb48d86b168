// Stub mirroring odb/query.hxx
// (github.com/codesynthesis-com/odb, libodb/odb/, tag v2.5.0 = 197e5bfb323864dcefa38878fd3de8322a577194,
// the latest stable release; master / 2.6.0-b.2 changed transaction to take
// std::unique_ptr<transaction_impl>).
// Minimal declarations for static analysis tests; not the real implementation.
// The real header only declares
//   template <typename T, typename B = typename query_selector<T, id_common>::base_type>
//   class query;
// and the definition comes from odb/<database>/query.hxx plus ODB-compiler-generated
// columns. This stub defines it on top of a minimal native-SQL odb::query_base (the real
// query_base lives in odb/query-dynamic.hxx) so query<T>("...") and query<T>() work;
// generated column expressions (query::name == "x") are not available.
#ifndef ODB_QUERY_HXX
#define ODB_QUERY_HXX

#include <string>
#include <utility>

#include <odb/forward.hxx>
#include <odb/traits.hxx>

namespace odb
{
  class query_base
  {
  public:
    query_base () {}
    explicit query_base (bool v): clause_ (v ? "TRUE" : "FALSE") {}
    explicit query_base (const char* native): clause_ (native) {}
    explicit query_base (const std::string& native): clause_ (native) {}

    bool empty () const {return clause_.empty ();}
    const std::string& clause () const {return clause_;}

  protected:
    std::string clause_;
  };

  template <typename T, typename B = query_base>
  class query: public B
  {
  public:
    query () {}
    explicit query (bool v): B (v) {}
    explicit query (const char* q): B (q) {}
    explicit query (const std::string& q): B (q) {}
    query (const B& b): B (b) {}
  };

  template <typename T, typename B>
  inline query<T, B> operator&& (const query<T, B>& x, const query<T, B>& y) {(void) y; return x;}

  template <typename T, typename B>
  inline query<T, B> operator|| (const query<T, B>& x, const query<T, B>& y) {(void) y; return x;}

  template <typename T, typename B>
  inline query<T, B> operator! (const query<T, B>& x) {return x;}

  namespace core
  {
    using odb::query;
  }
}

#endif // ODB_QUERY_HXX
