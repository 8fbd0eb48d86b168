// Stub of userver-framework/userver core/include/userver/concurrent/background_task_storage.hpp
// checked @ c2f43b4e85f36b858c30c30eb6cbbb3cd6e0b98f (develop, v2.4-91, 2024-10-25);
// same member list in userver.tech docs v3.1 (BackgroundTaskStorageCore).
// Detach(engine::Task&&) exists only on BackgroundTaskStorageCore, not on BackgroundTaskStorage.
// Both destructors cancel and wait for all stored tasks.
#pragma once

#include <userver/stub_namespace.hpp>

#include <cstdint>
#include <string>
#include <utility>

#include <userver/engine/task/task.hpp>
#include <userver/engine/task/task_processor_fwd.hpp>
#include <userver/utils/async.hpp>

USERVER_NAMESPACE_BEGIN

namespace concurrent {

class BackgroundTaskStorageCore final {
public:
    BackgroundTaskStorageCore();

    BackgroundTaskStorageCore(BackgroundTaskStorageCore&&) = delete;
    BackgroundTaskStorageCore& operator=(BackgroundTaskStorageCore&&) = delete;
    ~BackgroundTaskStorageCore();

    void CancelAndWait() noexcept;
    void CloseAndWaitDebug() noexcept;

    /// Takes ownership of any task; it is cancelled and awaited on BTS destruction.
    void Detach(engine::Task&& task);

    std::int64_t ActiveTasksApprox() const noexcept;
};

class BackgroundTaskStorage final {
public:
    /// Uses the current task processor.
    BackgroundTaskStorage();
    explicit BackgroundTaskStorage(engine::TaskProcessor& task_processor);

    BackgroundTaskStorage(const BackgroundTaskStorage&) = delete;
    BackgroundTaskStorage& operator=(const BackgroundTaskStorage&) = delete;

    void CancelAndWait() noexcept;
    void CloseAndWaitDebug() noexcept;

    /// Real signature: `template <typename... Args> void AsyncDetach(std::string name, Args&&... args)`
    /// (the function is the first element of args).
    template <typename... Args>
    void AsyncDetach(std::string name, Args&&... args) {}

    template <typename... Args>
    void CriticalAsyncDetach(std::string name, Args&&... args) {}

    std::int64_t ActiveTasksApprox() const noexcept;
};

}  // namespace concurrent

USERVER_NAMESPACE_END
