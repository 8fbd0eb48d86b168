// Stub mirroring drogonframework/drogon orm_lib/inc/drogon/orm/Exception.h
// @ v1.9.13 (4c5430757ea5451a7c38fbbef4b4bef7dbb47f2f; unchanged at master
// 74fc004c8dc8244fe3b6c56628601053b5a15c37). Subset of the exception classes.
#pragma once

#include <stdexcept>
#include <string>

namespace drogon
{
namespace orm
{
class DrogonDbException
{
  public:
    virtual ~DrogonDbException() noexcept
    {
    }

    virtual const std::exception &base() const noexcept
    {
        static std::exception except;
        return except;
    }
};

class Failure : public DrogonDbException, public std::runtime_error
{
    const std::exception &base() const noexcept override
    {
        return *this;
    }

  public:
    explicit Failure(const std::string &);
};

class BrokenConnection : public Failure
{
  public:
    BrokenConnection();
    explicit BrokenConnection(const std::string &);
};

class SqlError : public Failure
{
  public:
    explicit SqlError(const std::string &msg = "",
                      const std::string &Q = "",
                      const char sqlstate[] = nullptr);
    explicit SqlError(const std::string &msg,
                      const std::string &Q,
                      const int errcode,
                      const int extendedErrcode);
    virtual ~SqlError() noexcept;

    const std::string &query() const noexcept;
    const std::string &sqlState() const noexcept;
    int errcode() const noexcept;
    int extendedErrcode() const noexcept;
};

class InternalError : public DrogonDbException, public std::logic_error
{
    const std::exception &base() const noexcept override
    {
        return *this;
    }

  public:
    explicit InternalError(const std::string &);
};

class TimeoutError : public DrogonDbException, public std::logic_error
{
    const std::exception &base() const noexcept override
    {
        return *this;
    }

  public:
    explicit TimeoutError(const std::string &);
};

class UsageError : public DrogonDbException, public std::logic_error
{
    const std::exception &base() const noexcept override
    {
        return *this;
    }

  public:
    explicit UsageError(const std::string &);
};
}  // namespace orm
}  // namespace drogon
