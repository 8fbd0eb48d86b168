// Stub mirroring bsoncxx/builder/basic/kvp.hpp
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/bsoncxx/include/bsoncxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <bsoncxx/...>.
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <tuple>
#include <utility>

namespace bsoncxx {
namespace v_noabi {
namespace builder {
namespace basic {

template <typename T, typename U>
std::tuple<T&&, U&&> kvp(T&& t, U&& u) {
    return std::tuple<T&&, U&&>(std::forward<T>(t), std::forward<U>(u));
}

} // namespace basic
} // namespace builder
} // namespace v_noabi
} // namespace bsoncxx

namespace bsoncxx {
namespace builder {
namespace basic {

using v_noabi::builder::basic::kvp;

} // namespace basic
} // namespace builder
} // namespace bsoncxx
