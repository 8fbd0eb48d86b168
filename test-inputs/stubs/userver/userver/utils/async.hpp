// Stub of userver-framework/userver core/include/userver/utils/async.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Overload set as in that commit; the same signatures are listed in userver.tech docs v3.1
// (which additionally has utils::AsyncHideSpan, not stubbed here).
// Return types: Async/CriticalAsync/AsyncBackground/CriticalAsyncBackground ->
// engine::TaskWithResult<R>; SharedAsync/SharedCriticalAsync -> engine::SharedTaskWithResult<R>.
#pragma once

#include <userver/stub_namespace.hpp>

#include <string>
#include <utility>

#include <userver/engine/async.hpp>
#include <userver/engine/deadline.hpp>
#include <userver/engine/task/shared_task_with_result.hpp>
#include <userver/engine/task/task_processor_fwd.hpp>
#include <userver/engine/task/task_with_result.hpp>

USERVER_NAMESPACE_BEGIN

namespace utils {

template <typename Function, typename... Args>
[[nodiscard]] auto Async(std::string name, Function&& f, Args&&... args) {
    return engine::TaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto Async(engine::TaskProcessor& task_processor, std::string name, Function&& f, Args&&... args) {
    (void)task_processor;
    return engine::TaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto CriticalAsync(engine::TaskProcessor& task_processor, std::string name, Function&& f,
                                 Args&&... args) {
    (void)task_processor;
    return engine::TaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto SharedCriticalAsync(engine::TaskProcessor& task_processor, std::string name, Function&& f,
                                       Args&&... args) {
    (void)task_processor;
    return engine::SharedTaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto SharedAsync(engine::TaskProcessor& task_processor, std::string name, Function&& f,
                               Args&&... args) {
    (void)task_processor;
    return engine::SharedTaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto Async(engine::TaskProcessor& task_processor, std::string name, engine::Deadline deadline,
                         Function&& f, Args&&... args) {
    (void)task_processor;
    (void)deadline;
    return engine::TaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto SharedAsync(engine::TaskProcessor& task_processor, std::string name, engine::Deadline deadline,
                               Function&& f, Args&&... args) {
    (void)task_processor;
    (void)deadline;
    return engine::SharedTaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto CriticalAsync(std::string name, Function&& f, Args&&... args) {
    return engine::TaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto SharedCriticalAsync(std::string name, Function&& f, Args&&... args) {
    return engine::SharedTaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto SharedAsync(std::string name, Function&& f, Args&&... args) {
    return engine::SharedTaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto Async(std::string name, engine::Deadline deadline, Function&& f, Args&&... args) {
    (void)deadline;
    return engine::TaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto SharedAsync(std::string name, engine::Deadline deadline, Function&& f, Args&&... args) {
    (void)deadline;
    return engine::SharedTaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

/// Note the argument order: name first, then the task processor (no current-TP overload).
template <typename Function, typename... Args>
[[nodiscard]] auto AsyncBackground(std::string name, engine::TaskProcessor& task_processor, Function&& f,
                                   Args&&... args) {
    (void)task_processor;
    return engine::TaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto CriticalAsyncBackground(std::string name, engine::TaskProcessor& task_processor, Function&& f,
                                           Args&&... args) {
    (void)task_processor;
    return engine::TaskWithResult<engine::impl::AsyncResultType<Function, Args...>>{};
}

}  // namespace utils

USERVER_NAMESPACE_END
