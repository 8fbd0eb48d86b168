// Stub of userver-framework/userver universal/include/userver/utils/strong_typedef.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Minimal utils::StrongTypedef (explicit construction, GetUnderlying, ==/!=).
#pragma once

#include <userver/stub_namespace.hpp>

#include <type_traits>
#include <utility>

USERVER_NAMESPACE_BEGIN

namespace utils {

enum class StrongTypedefOps {
    kNoCompare = 0,
    kCompareStrong = 1,
    kCompareTransparentOnly = 2,
    kCompareTransparent = 3,
    kNonLoggable = 4,
};

template <class Tag, class T, StrongTypedefOps Ops = StrongTypedefOps::kCompareStrong, class /*Enable*/ = void>
class StrongTypedef {
public:
    using UnderlyingType = T;
    using TagType = Tag;
    static constexpr StrongTypedefOps kOps = Ops;

    StrongTypedef() = default;

    template <typename... Args, typename = std::enable_if_t<std::is_constructible_v<T, Args...>>>
    explicit constexpr StrongTypedef(Args&&... args) : data_(std::forward<Args>(args)...) {}

    constexpr const T& GetUnderlying() const& noexcept { return data_; }
    constexpr T GetUnderlying() && noexcept { return std::move(data_); }
    constexpr T& GetUnderlying() & noexcept { return data_; }

    friend bool operator==(const StrongTypedef& a, const StrongTypedef& b) { return a.data_ == b.data_; }
    friend bool operator!=(const StrongTypedef& a, const StrongTypedef& b) { return !(a == b); }

private:
    T data_{};
};

}  // namespace utils

USERVER_NAMESPACE_END
