// Stub mirroring bsoncxx/view_or_value.hpp
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/bsoncxx/include/bsoncxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <bsoncxx/...>.
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <utility>

#include <bsoncxx/stdx/optional.hpp>

namespace bsoncxx {
namespace v_noabi {

template <typename View, typename Value>
class view_or_value {
   public:
    using view_type = View;
    using value_type = Value;

    ~view_or_value() = default;
    view_or_value() = default;
    /* explicit(false) */ view_or_value(View view) : _view{view} {}
    /* explicit(false) */ view_or_value(Value&& value) : _value(std::move(value)), _view(*_value) {}
    view_or_value(view_or_value const& other) : _value(other._value), _view(_value ? View(*_value) : other._view) {}
    view_or_value& operator=(view_or_value const& other) {
        _value = other._value;
        _view = _value ? View(*_value) : other._view;
        return *this;
    }
    view_or_value(view_or_value&& other) noexcept : _value{std::move(other._value)}, _view(_value ? View(*_value) : other._view) {}
    view_or_value& operator=(view_or_value&& other) noexcept {
        _value = std::move(other._value);
        _view = _value ? View(*_value) : other._view;
        return *this;
    }

    bool is_owning() const noexcept {
        return static_cast<bool>(_value);
    }

    operator View() const {
        return _view;
    }

    View const& view() const {
        return _view;
    }

   private:
    stdx::optional<Value> _value;
    View _view;
};

} // namespace v_noabi
} // namespace bsoncxx
