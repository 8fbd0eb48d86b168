// Stub mirroring mongocxx/uri.hpp (subset)
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/mongocxx/include/mongocxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <mongocxx/...>.
// Classes are declared in the (non-inline) namespace mongocxx::v_noabi and re-exported into
// mongocxx by using-declarations, as in the real -fwd.hpp headers.
// Minimal declarations for static analysis tests; exported (non-inline) members are only
// declared, as in the real header.
#pragma once

#include <string>
#include <type_traits>

#include <bsoncxx/string/view_or_value.hpp>

namespace mongocxx {
namespace v_noabi {

class uri {
   public:
    static const std::string k_default_uri;

    /* explicit(false) */ uri(bsoncxx::v_noabi::string::view_or_value uri_string);

    template <
        typename T,
        std::enable_if_t<std::is_convertible<T, bsoncxx::v_noabi::string::view_or_value>::value>* = nullptr>
    /* explicit(false) */ uri(T t) : uri{bsoncxx::v_noabi::string::view_or_value{t}} {}

    uri() : uri{bsoncxx::v_noabi::string::view_or_value{k_default_uri}} {}

    uri(uri&& other) noexcept = default;
    uri& operator=(uri&& other) noexcept = default;
    uri(uri const& other) = delete;
    uri& operator=(uri const& other) = delete;
    ~uri() = default;

    std::string to_string() const;
    std::string database() const;
};

} // namespace v_noabi
} // namespace mongocxx

namespace mongocxx {

using v_noabi::uri;

} // namespace mongocxx
