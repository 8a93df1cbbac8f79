#include "service/idempotency.hpp"

namespace siaga::service {

Result<std::optional<std::int64_t>> earlier_result(store::Transaction& tx,
                                                   const IdempotentRequest& request) {
  if (request.key.empty()) return std::optional<std::int64_t>{};
  SIAGA_ASSIGN_OR_RETURN(auto seen,
                         tx.idempotency().find(request.user_id, request.scope, request.key));
  if (!seen) return std::optional<std::int64_t>{};
  if (seen->fingerprint != request.fingerprint) {
    return make_error(
        ErrorCode::conflict, "Idempotency-Key ini sudah dipakai untuk permintaan lain",
        "this Idempotency-Key was already used for a different request", "Idempotency-Key");
  }
  return std::optional<std::int64_t>{seen->entity_id};
}

Status remember_result(store::Transaction& tx, const IdempotentRequest& request,
                       std::int64_t entity_id) {
  if (request.key.empty()) return ok_status();
  return tx.idempotency().put(request.user_id, request.scope, request.key,
                              {request.fingerprint, entity_id});
}

}  // namespace siaga::service
