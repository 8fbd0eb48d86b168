// Stub of userver-framework/userver core/include/userver/engine/task/cancel.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
// Only TaskCancellationReason and the current_task:: cancellation queries.
#pragma once

#include <userver/stub_namespace.hpp>

USERVER_NAMESPACE_BEGIN

namespace engine {

enum class TaskCancellationReason {
    kNone,
    kUserRequest,
    kDeadline,
    kOverload,
    kAbandoned,
    kShutdown,
};

class Task;
class TaskCancellationToken;

namespace current_task {

bool IsCancelRequested() noexcept;
bool ShouldCancel() noexcept;
TaskCancellationReason CancellationReason() noexcept;
void CancellationPoint();

}  // namespace current_task

}  // namespace engine

USERVER_NAMESPACE_END
