#pragma once
// Remembers the result of a create under the client's Idempotency-Key, so a
// field client that retries gets the first result instead of a duplicate.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/result.hpp"

namespace siaga::store {

struct IdempotentResult {
  std::string fingerprint;  // hash of the request body: a reused key with other data is refused
  std::int64_t entity_id = 0;
};

class IdempotencyRepo {
 public:
  virtual ~IdempotencyRepo() = default;
  virtual Result<std::optional<IdempotentResult>> find(std::int64_t user_id,
                                                       const std::string& scope,
                                                       const std::string& key) = 0;
  virtual Status put(std::int64_t user_id, const std::string& scope, const std::string& key,
                     const IdempotentResult& result) = 0;
};

}  // namespace siaga::store
