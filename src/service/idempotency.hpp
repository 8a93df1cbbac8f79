#pragma once
// Replay protection for creates: a client that retries with the same
// Idempotency-Key gets the entity it created the first time.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/result.hpp"
#include "store/database.hpp"

namespace siaga::service {

struct IdempotentRequest {
  std::int64_t user_id = 0;
  std::string scope;        // the kind of create, e.g. "objects.create"
  std::string key;          // empty: the client asked for no protection
  std::string fingerprint;  // hash of the request body
};

// The id created earlier under this key, if any; a conflict when the key was
// used with a different body.
Result<std::optional<std::int64_t>> earlier_result(store::Transaction& tx,
                                                   const IdempotentRequest& request);
// Records the id created under this key, inside the create's transaction.
Status remember_result(store::Transaction& tx, const IdempotentRequest& request,
                       std::int64_t entity_id);

}  // namespace siaga::service
