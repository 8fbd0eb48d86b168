// Stub mirroring bsoncxx/document/view.hpp
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/bsoncxx/include/bsoncxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <bsoncxx/...>.
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <cstddef>
#include <cstdint>

namespace bsoncxx {
namespace v_noabi {
namespace document {

class view {
   public:
    view() = default;
    view(std::uint8_t const* data, std::size_t length) : _data{data}, _length{length} {}

    std::uint8_t const* data() const {
        return _data;
    }
    std::size_t length() const {
        return _length;
    }
    bool empty() const {
        return _length == 5;
    }

   private:
    std::uint8_t const* _data = nullptr;
    std::size_t _length = 5;
};

} // namespace document
} // namespace v_noabi
} // namespace bsoncxx

namespace bsoncxx {
namespace document {

using v_noabi::document::view;

} // namespace document
} // namespace bsoncxx
