// Stub mirroring bsoncxx/document/value.hpp
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/bsoncxx/include/bsoncxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <bsoncxx/...>.
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

#include <bsoncxx/document/view.hpp>

namespace bsoncxx {
namespace v_noabi {
namespace document {

class value {
   public:
    using deleter_type = void (*)(std::uint8_t*);
    using unique_ptr_type = std::unique_ptr<std::uint8_t[], deleter_type>;

    ~value() = default;
    value(value&&) = default;
    value& operator=(value&&) = default;
    value(value const& other) : value{other.view()} {}
    value& operator=(value const& other) {
        *this = value{other.view()};
        return *this;
    }

    value(std::uint8_t* data, std::size_t length, deleter_type deleter) : _data{data, deleter}, _length{length} {}
    value(unique_ptr_type ptr, std::size_t length) : _data{std::move(ptr)}, _length{length} {}
    explicit value(v_noabi::document::view view);

    v_noabi::document::view view() const noexcept {
        return v_noabi::document::view{_data.get(), _length};
    }
    /* explicit(false) */ operator v_noabi::document::view() const noexcept {
        return this->view();
    }

    std::uint8_t const* data() const {
        return _data.get();
    }
    std::size_t length() const {
        return _length;
    }
    bool empty() const {
        return _length == 5;
    }

    unique_ptr_type release() {
        _length = 0;
        return std::move(_data);
    }

   private:
    unique_ptr_type _data{nullptr, nullptr};
    std::size_t _length = 0;
};

} // namespace document
} // namespace v_noabi
} // namespace bsoncxx

namespace bsoncxx {
namespace document {

using v_noabi::document::value;

} // namespace document
} // namespace bsoncxx
