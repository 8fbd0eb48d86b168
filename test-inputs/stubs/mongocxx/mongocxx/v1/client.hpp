// Stub mirroring mongocxx/v1/client.hpp of mongo-cxx-driver r4.5.0
// (27fed6e7cc037a9859d4889ee4e8be48081ec660). Only start_session() is mirrored.
#pragma once

#include <mongocxx/v1/client_session.hpp>

namespace mongocxx {
namespace v1 {

class client {
   public:
    v1::client_session start_session();
};

} // namespace v1
} // namespace mongocxx
