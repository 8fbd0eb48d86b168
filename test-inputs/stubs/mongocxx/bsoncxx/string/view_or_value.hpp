// Stub mirroring bsoncxx/string/view_or_value.hpp
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/bsoncxx/include/bsoncxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <bsoncxx/...>.
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <string>

#include <bsoncxx/stdx/string_view.hpp>
#include <bsoncxx/view_or_value.hpp>

namespace bsoncxx {
namespace v_noabi {
namespace string {

class view_or_value : public v_noabi::view_or_value<stdx::string_view, std::string> {
   public:
    using v_noabi::view_or_value<stdx::string_view, std::string>::view_or_value;

    view_or_value() = default;
    /* explicit(false) */ view_or_value(char const* str)
        : v_noabi::view_or_value<stdx::string_view, std::string>(stdx::string_view(str)) {}
    /* explicit(false) */ view_or_value(std::string const& str)
        : v_noabi::view_or_value<stdx::string_view, std::string>(stdx::string_view(str)) {}

    view_or_value terminated() const;
    char const* data() const;
};

} // namespace string
} // namespace v_noabi
} // namespace bsoncxx

namespace bsoncxx {
namespace string {

using v_noabi::string::view_or_value;

} // namespace string
} // namespace bsoncxx
