// Stub mirroring an-tao/trantor trantor/utils/NonCopyable.h
// @ 63a4e5e164e219dc3bf30cdbfa1462ae5602fa97 (the trantor submodule commit of
// drogonframework/drogon v1.9.13). Minimal declarations for -fsyntax-only tests.
#pragma once

namespace trantor
{
class NonCopyable
{
  protected:
    NonCopyable() {}
    ~NonCopyable() {}
    NonCopyable(const NonCopyable &) = delete;
    NonCopyable &operator=(const NonCopyable &) = delete;
    NonCopyable(NonCopyable &&) noexcept(true) = default;
    NonCopyable &operator=(NonCopyable &&) noexcept(true) = default;
};
}  // namespace trantor
