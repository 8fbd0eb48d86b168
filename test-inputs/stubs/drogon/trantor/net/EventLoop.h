// Stub mirroring an-tao/trantor trantor/net/EventLoop.h
// @ 63a4e5e164e219dc3bf30cdbfa1462ae5602fa97 (the trantor submodule commit of
// drogonframework/drogon v1.9.13). The members drogon's coroutine.h uses and the ones
// that run a functor later (queueInLoop, runInLoop, runAfter, runEvery).
#pragma once

#include <trantor/utils/NonCopyable.h>
#include <chrono>
#include <cstdint>
#include <functional>
#include <utility>

namespace trantor
{
using Func = std::function<void()>;
using TimerId = uint64_t;

class EventLoop : NonCopyable
{
  public:
    EventLoop();
    ~EventLoop();
    void loop();
    void quit();
    bool isInLoopThread() const;
    static EventLoop *getEventLoopOfCurrentThread();

    template <typename Functor>
    inline void runInLoop(Functor &&f)
    {
        if (isInLoopThread())
        {
            f();
        }
        else
        {
            queueInLoop(std::forward<Functor>(f));
        }
    }

    void queueInLoop(const Func &f);
    void queueInLoop(Func &&f);
    TimerId runAfter(double delay, const Func &cb);
    TimerId runAfter(double delay, Func &&cb);
    TimerId runAfter(const std::chrono::duration<double> &delay, const Func &cb);
    TimerId runAfter(const std::chrono::duration<double> &delay, Func &&cb);
    TimerId runEvery(double interval, const Func &cb);
    TimerId runEvery(double interval, Func &&cb);
    TimerId runEvery(const std::chrono::duration<double> &interval,
                     const Func &cb);
    TimerId runEvery(const std::chrono::duration<double> &interval, Func &&cb);
    void invalidateTimer(TimerId id);
    void runOnQuit(Func &&cb);
    void runOnQuit(const Func &cb);
};
}  // namespace trantor
