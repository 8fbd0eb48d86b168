// Mirrors folly/Unit.h of facebook/folly at
// ff98381ea68687a95c6185326db933aa6124d4c5 (v2026.08.17.00+48).
// Own minimal stub: declarations and trivial bodies, no upstream code.
#pragma once

#include <type_traits>

namespace folly {

// Empty value type standing in for void; all Units compare equal.
struct Unit {
  constexpr bool operator==(const Unit &) const { return true; }
  constexpr bool operator!=(const Unit &) const { return false; }
};

constexpr Unit unit{};

// void -> Unit; other types unchanged.
template <typename T>
struct lift_unit {
  using type = std::conditional_t<std::is_same_v<T, void>, Unit, T>;
};

template <typename T>
using lift_unit_t = typename lift_unit<T>::type;

// Unit -> void; other types unchanged.
template <typename T>
struct drop_unit {
  using type = std::conditional_t<std::is_same_v<T, Unit>, void, T>;
};

template <typename T>
using drop_unit_t = typename drop_unit<T>::type;

} // namespace folly
