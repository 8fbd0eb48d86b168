// Stub of userver-framework/userver universal/include/userver/utils/flags.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Only utils::Flags<Enum> (AtomicFlags omitted).
#pragma once

#include <userver/stub_namespace.hpp>

#include <initializer_list>
#include <type_traits>

USERVER_NAMESPACE_BEGIN

namespace utils {

template <typename Enum>
class Flags final {
public:
    using ValueType = std::underlying_type_t<Enum>;

    constexpr Flags() noexcept : Flags(Enum::kNone) {}
    /*implicit*/ constexpr Flags(Enum e) noexcept : value_(static_cast<ValueType>(e)) {}
    constexpr Flags(std::initializer_list<Enum> es) noexcept : value_(0) {
        for (Enum e : es) value_ |= static_cast<ValueType>(e);
    }

    constexpr explicit operator bool() const { return value_ != 0; }

    constexpr Flags& operator|=(Flags rhs) {
        value_ |= rhs.value_;
        return *this;
    }
    constexpr Flags& operator&=(Flags rhs) {
        value_ &= rhs.value_;
        return *this;
    }
    constexpr Flags& Clear(Flags rhs) {
        value_ &= ~rhs.value_;
        return *this;
    }

    constexpr Flags operator|(Flags rhs) const { return Flags(*this) |= rhs; }
    constexpr Flags operator&(Flags rhs) const { return Flags(*this) &= rhs; }

    constexpr bool operator==(Flags rhs) const { return value_ == rhs.value_; }
    constexpr bool operator!=(Flags rhs) const { return value_ != rhs.value_; }

    constexpr ValueType GetValue() const { return value_; }
    constexpr void SetValue(ValueType value) { value_ = value; }

private:
    ValueType value_;
};

template <typename Enum>
constexpr Flags<Enum> operator|(Enum lhs, Flags<Enum> rhs) {
    return rhs | lhs;
}

template <typename Enum>
constexpr Flags<Enum> operator&(Enum lhs, Flags<Enum> rhs) {
    return rhs & lhs;
}

template <typename Enum>
constexpr bool operator==(Enum lhs, Flags<Enum> rhs) {
    return rhs == lhs;
}

template <typename Enum>
constexpr bool operator!=(Enum lhs, Flags<Enum> rhs) {
    return rhs != lhs;
}

}  // namespace utils

USERVER_NAMESPACE_END
