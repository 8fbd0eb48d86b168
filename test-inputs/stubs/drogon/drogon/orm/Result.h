// Stub mirroring drogonframework/drogon orm_lib/inc/drogon/orm/Result.h
// @ v1.9.13 (4c5430757ea5451a7c38fbbef4b4bef7dbb47f2f; unchanged at master
// 74fc004c8dc8244fe3b6c56628601053b5a15c37). Minimal: no Row/iterator access.
#pragma once

#include <cstddef>
#include <memory>

namespace drogon
{
namespace orm
{
class ResultImpl;
using ResultImplPtr = std::shared_ptr<ResultImpl>;

class Result
{
  public:
    explicit Result(ResultImplPtr ptr) : resultPtr_(std::move(ptr))
    {
    }

    Result(const Result &r) noexcept = default;
    Result(Result &&) noexcept = default;
    Result &operator=(const Result &r) noexcept;
    Result &operator=(Result &&) noexcept;

    using DifferenceType = long;
    using SizeType = size_t;
    using RowSizeType = unsigned long;
    using FieldSizeType = unsigned long;
    using size_type = SizeType;
    using difference_type = DifferenceType;

    SizeType size() const noexcept;
    SizeType capacity() const noexcept
    {
        return size();
    }
    bool empty() const noexcept
    {
        return size() == 0;
    }
    void swap(Result &) noexcept;
    RowSizeType columns() const noexcept;
    const char *columnName(RowSizeType number) const;
    SizeType affectedRows() const noexcept;
    unsigned long long insertId() const noexcept;

  private:
    ResultImplPtr resultPtr_;
};

inline void swap(Result &one, Result &two) noexcept
{
    one.swap(two);
}
}  // namespace orm
}  // namespace drogon
