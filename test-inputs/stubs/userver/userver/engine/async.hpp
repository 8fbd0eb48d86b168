// Stub of userver-framework/userver core/include/userver/engine/async.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25):
//   AsyncNoSpan, SharedAsyncNoSpan, CriticalAsyncNoSpan, SharedCriticalAsyncNoSpan
//   (with TaskProcessor& / Deadline / caller's-task-processor overloads).
// Generation 3 only (USERVER_STUB_MAJOR >= 3, see stub_namespace.hpp): AsyncNoTracing /
// CriticalAsyncNoTracing from newer userver (userver.tech docs v3.1 and
// current: same header; there AsyncNoSpan is [[deprecated]] and the Shared*/Critical*NoSpan
// and Deadline overloads are gone). Deprecation attributes are intentionally not reproduced.
#pragma once

#include <userver/stub_namespace.hpp>

#include <utility>

#include <userver/engine/deadline.hpp>
#include <userver/engine/task/shared_task_with_result.hpp>
#include <userver/engine/task/task_processor_fwd.hpp>
#include <userver/engine/task/task_with_result.hpp>
#include <userver/utils/impl/wrapped_call.hpp>

USERVER_NAMESPACE_BEGIN

namespace engine {

namespace impl {

// Stub-only helper: the result type of the payload.
template <typename Function, typename... Args>
using AsyncResultType = typename utils::impl::WrappedCallImplType<Function, Args...>::ResultType;

}  // namespace impl

// ---- v2.x API --------------------------------------------------------------

template <typename Function, typename... Args>
[[nodiscard]] auto AsyncNoSpan(TaskProcessor& task_processor, Function&& f, Args&&... args) {
    (void)task_processor;
    return TaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto SharedAsyncNoSpan(TaskProcessor& task_processor, Function&& f, Args&&... args) {
    (void)task_processor;
    return SharedTaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto AsyncNoSpan(TaskProcessor& task_processor, Deadline deadline, Function&& f, Args&&... args) {
    (void)task_processor;
    (void)deadline;
    return TaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto SharedAsyncNoSpan(TaskProcessor& task_processor, Deadline deadline, Function&& f, Args&&... args) {
    (void)task_processor;
    (void)deadline;
    return SharedTaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto AsyncNoSpan(Function&& f, Args&&... args) {
    return TaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto SharedAsyncNoSpan(Function&& f, Args&&... args) {
    return SharedTaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto AsyncNoSpan(Deadline deadline, Function&& f, Args&&... args) {
    (void)deadline;
    return TaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto SharedAsyncNoSpan(Deadline deadline, Function&& f, Args&&... args) {
    (void)deadline;
    return SharedTaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto CriticalAsyncNoSpan(TaskProcessor& task_processor, Function&& f, Args&&... args) {
    (void)task_processor;
    return TaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto SharedCriticalAsyncNoSpan(TaskProcessor& task_processor, Function&& f, Args&&... args) {
    (void)task_processor;
    return SharedTaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto CriticalAsyncNoSpan(Function&& f, Args&&... args) {
    return TaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto SharedCriticalAsyncNoSpan(Function&& f, Args&&... args) {
    return SharedTaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto CriticalAsyncNoSpan(Deadline deadline, Function&& f, Args&&... args) {
    (void)deadline;
    return TaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

// ---- newer API (userver.tech docs v3.1 / current) ----------------------------
#if USERVER_STUB_MAJOR >= 3

template <typename Function, typename... Args>
[[nodiscard]] auto AsyncNoTracing(TaskProcessor& task_processor, Function&& f, Args&&... args) {
    (void)task_processor;
    return TaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto AsyncNoTracing(Function&& f, Args&&... args) {
    return TaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto CriticalAsyncNoTracing(TaskProcessor& task_processor, Function&& f, Args&&... args) {
    (void)task_processor;
    return TaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}

template <typename Function, typename... Args>
[[nodiscard]] auto CriticalAsyncNoTracing(Function&& f, Args&&... args) {
    return TaskWithResult<impl::AsyncResultType<Function, Args...>>{};
}
#endif

}  // namespace engine

USERVER_NAMESPACE_END
