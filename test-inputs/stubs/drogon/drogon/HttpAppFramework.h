// Stub mirroring drogonframework/drogon lib/inc/drogon/HttpAppFramework.h
// @ v1.9.13 (4c5430757ea5451a7c38fbbef4b4bef7dbb47f2f; unchanged at master
// 74fc004c8dc8244fe3b6c56628601053b5a15c37). Tiny subset: singleton access,
// run/quit, event loops and DB client getters.
#pragma once

#include <drogon/utils/coroutine.h>
#include <drogon/orm/DbClient.h>
#include <trantor/net/EventLoop.h>
#include <trantor/utils/NonCopyable.h>
#include <cstddef>
#include <string>

namespace drogon
{
class HttpAppFramework : public trantor::NonCopyable
{
  public:
    virtual ~HttpAppFramework() = default;
    static HttpAppFramework &instance();

    virtual void run() = 0;
    virtual bool isRunning() = 0;
    virtual void quit() = 0;
    virtual trantor::EventLoop *getLoop() const = 0;
    virtual trantor::EventLoop *getIOLoop(size_t id) const = 0;

    virtual orm::DbClientPtr getDbClient(
        const std::string &name = "default") = 0;
    virtual orm::DbClientPtr getFastDbClient(
        const std::string &name = "default") = 0;
    virtual bool areAllDbClientsAvailable() const noexcept = 0;
};

inline HttpAppFramework &app()
{
    return HttpAppFramework::instance();
}
}  // namespace drogon
