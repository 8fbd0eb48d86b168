// Stub of userver-framework/userver core/include/userver/engine/task/task_processor_fwd.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25).
#pragma once

#include <userver/stub_namespace.hpp>

#include <functional>

USERVER_NAMESPACE_BEGIN

namespace engine {

class TaskProcessor;

void RegisterThreadStartedHook(std::function<void()>);

}  // namespace engine

USERVER_NAMESPACE_END
