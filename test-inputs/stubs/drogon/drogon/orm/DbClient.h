// Stub mirroring drogonframework/drogon orm_lib/inc/drogon/orm/DbClient.h
// @ v1.9.13 (4c5430757ea5451a7c38fbbef4b4bef7dbb47f2f; unchanged at master
// 74fc004c8dc8244fe3b6c56628601053b5a15c37).
// Declares DbClient, Transaction (there is no Transaction.h in drogon; the
// class lives in this header), TransactionType, internal::SqlAwaiter,
// internal::TransactionAwaiter and DbClientPtr. The SqlBinder stream API
// (operator<< / operator>>) and execSql internals are not stubbed.
#pragma once

#include <drogon/orm/Exception.h>
#include <drogon/orm/Result.h>
#include <drogon/orm/SqlBinder.h>
#include <trantor/utils/NonCopyable.h>
#include <cstddef>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <string>
#include <vector>

#ifdef __cpp_impl_coroutine
#include <drogon/utils/coroutine.h>
#endif

namespace drogon
{
namespace orm
{
using ResultCallback = std::function<void(const Result &)>;
using ExceptionCallback = std::function<void(const DrogonDbException &)>;

class Transaction;
class DbClient;

// Added in v1.9.13 (PR #2488); absent in v1.9.12 and earlier.
enum class TransactionType
{
    Deferred,
    Immediate,
    Exclusive,
};

namespace internal
{
// STUB-ONLY helper (not in drogon): lets the stub bodies build a SqlAwaiter
// without a real SqlBinder.
SqlBinder &&stubSqlBinder() noexcept;

#ifdef __cpp_impl_coroutine
// co_await yields `const Result &`
struct [[nodiscard]] SqlAwaiter : public CallbackAwaiter<Result>
{
    explicit SqlAwaiter(internal::SqlBinder &&binder);
    void await_suspend(std::coroutine_handle<> handle);
};

// co_await yields `const std::shared_ptr<Transaction> &`
struct [[nodiscard]] TransactionAwaiter
    : public CallbackAwaiter<std::shared_ptr<Transaction> >
{
    explicit TransactionAwaiter(
        DbClient *client,
        TransactionType transType = TransactionType::Deferred)
        : client_(client), transType_(transType)
    {
    }

    void await_suspend(std::coroutine_handle<> handle);

  private:
    DbClient *client_;
    TransactionType transType_;
};
#endif
}  // namespace internal

class DbClient : public trantor::NonCopyable
{
  public:
    virtual ~DbClient();

    static std::shared_ptr<DbClient> newPgClient(const std::string &connInfo,
                                                 size_t connNum,
                                                 bool autoBatch = false);
    static std::shared_ptr<DbClient> newMysqlClient(const std::string &connInfo,
                                                    size_t connNum);
    static std::shared_ptr<DbClient> newSqlite3Client(
        const std::string &connInfo,
        size_t connNum);

    // rCallback: callable taking `const Result &`; exceptCallback: callable
    // taking `const DrogonDbException &` (or `const std::exception_ptr &`).
    template <typename FUNCTION1, typename FUNCTION2, typename... Arguments>
    void execSqlAsync(const std::string &sql,
                      FUNCTION1 &&rCallback,
                      FUNCTION2 &&exceptCallback,
                      Arguments &&...args) noexcept
    {
        (void)sql;
        (void)rCallback;
        (void)exceptCallback;
        (void)sql;
        ((void)args, ...);
    }

    template <typename... Arguments>
    std::future<Result> execSqlAsyncFuture(const std::string &sql,
                                           Arguments &&...args) noexcept
    {
        (void)sql;
        ((void)args, ...);
        return std::future<Result>();
    }

    template <typename... Arguments>
    Result execSqlSync(const std::string &sql,
                       Arguments &&...args) noexcept(false)
    {
        (void)sql;
        ((void)args, ...);
        return Result(nullptr);
    }

#ifdef __cpp_impl_coroutine
    template <typename... Arguments>
    internal::SqlAwaiter execSqlCoro(const std::string &sql,
                                     Arguments &&...args) noexcept
    {
        (void)sql;
        ((void)args, ...);
        return internal::SqlAwaiter(internal::stubSqlBinder());
    }

    template <typename T>
    internal::SqlAwaiter execSqlCoro(const std::string &sql,
                                     const std::vector<T> &args) noexcept
    {
        (void)sql;
        (void)args;
        return internal::SqlAwaiter(internal::stubSqlBinder());
    }
#endif

    virtual std::shared_ptr<Transaction> newTransaction(
        const std::function<void(bool)> &commitCallback =
            std::function<void(bool)>(),
        TransactionType transType =
            TransactionType::Deferred) noexcept(false) = 0;

    std::shared_ptr<Transaction> newTransaction(
        TransactionType transType) noexcept(false)
    {
        return newTransaction(std::function<void(bool)>(), transType);
    }

    virtual void newTransactionAsync(
        const std::function<void(const std::shared_ptr<Transaction> &)>
            &callback,
        TransactionType transType = TransactionType::Deferred) = 0;

    void newTransactionAsync(
        TransactionType transType,
        const std::function<void(const std::shared_ptr<Transaction> &)>
            &callback)
    {
        newTransactionAsync(callback, transType);
    }

#ifdef __cpp_impl_coroutine
    orm::internal::TransactionAwaiter newTransactionCoro(
        TransactionType transType = TransactionType::Deferred)
    {
        return orm::internal::TransactionAwaiter(this, transType);
    }
#endif

    virtual bool hasAvailableConnections() const noexcept = 0;

    ClientType type() const
    {
        return type_;
    }

    const std::string &connectionInfo() const
    {
        return connectionInfo_;
    }

    virtual void setTimeout(double timeout) = 0;
    virtual void closeAll() = 0;

  protected:
    ClientType type_;
    std::string connectionInfo_;
};

using DbClientPtr = std::shared_ptr<DbClient>;

class Transaction : public DbClient
{
  public:
    virtual void rollback() = 0;
    virtual void setCommitCallback(
        const std::function<void(bool)> &commitCallback) = 0;

    void closeAll() override
    {
    }
};

}  // namespace orm
}  // namespace drogon
