#pragma once
// Strategic objects: the one registry collection users edit by hand.

#include <optional>
#include <string>

#include "domain/strategic_object.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"
#include "store/object_repo.hpp"

namespace siaga::service {

struct ObjectInput {
  std::optional<ObjectKind> kind;
  std::optional<std::string> name;
  std::optional<double> lat;
  std::optional<double> lon;
  std::optional<std::string> desa_code;  // derived from the position when absent
  std::optional<std::string> notes;
};

struct Created {
  StrategicObject object;
  bool replayed = false;  // true when an Idempotency-Key returned an earlier result
};

class ObjectService {
 public:
  explicit ObjectService(Context& ctx) : ctx_(ctx) {}

  Result<store::Page<StrategicObject>> list(const Actor& actor, const store::ObjectQuery& query);
  Result<StrategicObject> get(const Actor& actor, std::int64_t id);
  // `idempotency_key` empty: no replay protection. `fingerprint`: a hash of the
  // request as sent, so a reused key with different content is refused.
  Result<Created> create(const Actor& actor, const ObjectInput& input,
                         const std::string& idempotency_key, const std::string& fingerprint);
  Result<StrategicObject> update(const Actor& actor, std::int64_t id, const ObjectInput& input);
  Status remove(const Actor& actor, std::int64_t id);

 private:
  Context& ctx_;
};

}  // namespace siaga::service
