// Stub of userver-framework/userver core/include/userver/engine/get_all.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// GetAll(tasks...) / GetAll(container): void if the tasks return void, otherwise
// std::vector<Result>. Accepts several tasks or exactly one container of tasks.
#pragma once

#include <userver/stub_namespace.hpp>

#include <iterator>
#include <type_traits>
#include <vector>

#include <userver/engine/wait_all_checked.hpp>
#include <userver/utils/meta.hpp>

USERVER_NAMESPACE_BEGIN

namespace engine {

namespace impl {

template <typename Container>
auto GetAllResultsFromContainer(Container& tasks) {
    using Result = decltype(std::begin(tasks)->Get());
    if constexpr (std::is_void_v<Result>) {
        return;
    } else {
        return std::vector<Result>{};
    }
}

template <typename... Tasks>
auto GetAllResultsFromTasks(Tasks&... tasks) {
    using Result = decltype((void(), ..., tasks.Get()));
    if constexpr (std::is_void_v<Result>) {
        return;
    } else {
        return std::vector<Result>{};
    }
}

}  // namespace impl

template <typename... Tasks>
auto GetAll(Tasks&... tasks) {
    if constexpr (meta::impl::IsSingleRange<Tasks...>()) {
        return impl::GetAllResultsFromContainer(tasks...);
    } else {
        return impl::GetAllResultsFromTasks(tasks...);
    }
}

}  // namespace engine

USERVER_NAMESPACE_END
