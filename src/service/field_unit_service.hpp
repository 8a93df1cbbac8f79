#pragma once
// Field units (patrol cars, motorbikes, posts, Dalmas and Brimob teams): who
// stands by where. Their positions come from the field in batches.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/field_unit.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"
#include "store/incident_repo.hpp"

namespace siaga::service {

struct FieldUnitInput {
  std::optional<std::string> call_sign;
  std::optional<FieldUnitKind> kind;
  std::string crew;
  std::optional<std::string> unit_code;  // the Polres or Polsek; default the actor's unit
  std::optional<double> lat;
  std::optional<double> lon;
};

struct RejectedPing {
  std::size_t index = 0;
  std::string reason_id;
  std::string reason_en;
};

struct PingResult {
  std::size_t stored = 0;
  std::vector<RejectedPing> rejected;
};

inline constexpr std::size_t kMaxPingsPerBatch = 1000;

class FieldUnitService {
 public:
  explicit FieldUnitService(Context& ctx) : ctx_(ctx) {}

  Result<std::vector<FieldUnit>> list(const Actor& actor, const store::FieldUnitQuery& query);
  Result<FieldUnit> create(const Actor& actor, const FieldUnitInput& input);
  Result<FieldUnit> set_status(const Actor& actor, std::int64_t id, FieldUnitStatus status);
  // Stores every good point; a bad one (outside Indonesia, bad time, in the
  // future, negative accuracy) is rejected alone with its index and reason.
  // The newest point becomes the unit's last known position. At most
  // kMaxPingsPerBatch points.
  Result<PingResult> record_positions(const Actor& actor, std::int64_t id,
                                      const std::vector<PositionPing>& pings);

 private:
  Context& ctx_;
};

}  // namespace siaga::service
