// Stub of userver-framework/userver core/include/userver/engine/task/shared_task_with_result.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Real Get() const& returns decltype(auto) (a const T& for non-void T); stubbed as an
// explicit std::add_lvalue_reference_t<const T> (void for T = void).
#pragma once

#include <userver/stub_namespace.hpp>

#include <type_traits>
#include <utility>

#include <userver/engine/task/shared_task.hpp>
#include <userver/engine/task/task_processor_fwd.hpp>

USERVER_NAMESPACE_BEGIN

namespace engine {

template <typename T>
class [[nodiscard]] SharedTaskWithResult : public SharedTask {
public:
    SharedTaskWithResult() = default;
    ~SharedTaskWithResult() = default;

    SharedTaskWithResult(const SharedTaskWithResult& other) = default;
    SharedTaskWithResult& operator=(const SharedTaskWithResult& other) = default;

    SharedTaskWithResult(SharedTaskWithResult&& other) noexcept = default;
    SharedTaskWithResult& operator=(SharedTaskWithResult&& other) noexcept = default;

    /// Waits for the task and returns a reference to its result; task stays valid.
    std::add_lvalue_reference_t<const T> Get() const& noexcept(false);

    /// As in the real header: calling Get() on an rvalue is a compile-time error.
    std::add_lvalue_reference_t<const T> Get() && {
        static_assert(!sizeof(T*), "Store SharedTaskWithResult before using");
    }

    static constexpr WaitMode kWaitMode = WaitMode::kMultipleWaiters;

    explicit SharedTaskWithResult(impl::TaskContextHolder&& context) : SharedTask(std::move(context)) {}
};

}  // namespace engine

USERVER_NAMESPACE_END
