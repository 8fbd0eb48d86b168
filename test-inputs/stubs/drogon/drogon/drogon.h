// Stub mirroring drogonframework/drogon lib/inc/drogon/drogon.h
// @ v1.9.13 (4c5430757ea5451a7c38fbbef4b4bef7dbb47f2f). The real umbrella
// header includes many more headers; only the stubbed ones are included here.
#pragma once

#include <trantor/net/EventLoop.h>
#include <drogon/HttpAppFramework.h>
#include <drogon/utils/coroutine.h>
#include <drogon/orm/DbClient.h>
