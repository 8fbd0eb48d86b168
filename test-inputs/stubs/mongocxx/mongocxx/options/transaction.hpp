// Stub mirroring mongocxx/options/transaction.hpp
// (github.com/mongodb/mongo-cxx-driver, tag r4.5.0 = 27fed6e7cc037a9859d4889ee4e8be48081ec660).
// In the source tree it lives under src/mongocxx/include/mongocxx/v_noabi/; installed, that
// v_noabi directory is the include root, so user code includes <mongocxx/...>.
// Classes are declared in the (non-inline) namespace mongocxx::v_noabi and re-exported into
// mongocxx by using-declarations, as in the real -fwd.hpp headers.
// Minimal declarations for static analysis tests; exported (non-inline) members are only
// declared, as in the real header.
#pragma once

#include <chrono>

#include <bsoncxx/stdx/optional.hpp>

namespace mongocxx {
namespace v_noabi {
namespace options {

class transaction {
   public:
    transaction() = default;
    transaction(transaction const& other);
    transaction& operator=(transaction const& other);
    transaction(transaction&& other) noexcept = default;
    transaction& operator=(transaction&& other) noexcept = default;
    ~transaction() noexcept = default;

    transaction& max_commit_time_ms(std::chrono::milliseconds ms);
    bsoncxx::v_noabi::stdx::optional<std::chrono::milliseconds> max_commit_time_ms() const;

    class internal;
};

} // namespace options
} // namespace v_noabi
} // namespace mongocxx

namespace mongocxx {
namespace options {

using v_noabi::options::transaction;

} // namespace options
} // namespace mongocxx
