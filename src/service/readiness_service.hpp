#pragma once
// Readiness figures: per unit, the share of people present and fully
// equipped and of vehicles fit, with what is missing counted, rolled up
// Polsek → Polres → Polda → Mabes (engine/readiness).

#include <optional>
#include <string>
#include <vector>

#include "domain/personnel.hpp"
#include "domain/unit.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"

namespace siaga::service {

struct MissingCount {
  std::string reason;  // cuti, sakit, ..., item_missing, item_broken, vehicle_unfit, ...
  std::string kind;    // equipment kind for item reasons, else empty
  std::string label_id;
  std::string label_en;
  std::int64_t count = 0;
};

struct UnitReadiness {
  Unit unit;
  double readiness = 0;  // 0..1
  std::int64_t people = 0, people_ready = 0, vehicles = 0, vehicles_fit = 0;
  std::vector<MissingCount> missing;  // most first
};

struct ReadinessFigures {
  UnitReadiness unit;
  std::vector<UnitReadiness> children;
  std::string date;  // the day the figures are for (the unit's local date)
};

class ReadinessService {
 public:
  explicit ReadinessService(Context& ctx) : ctx_(ctx) {}

  // `function`: count only people of that function (and no vehicles).
  Result<ReadinessFigures> readiness(const Actor& actor, const std::string& unit_code,
                                     std::optional<PersonFunction> function = std::nullopt);
  // The id of a unit visible to the actor (list filters name units by code).
  Result<std::int64_t> unit_id(const Actor& actor, const std::string& unit_code);

 private:
  Context& ctx_;
};

}  // namespace siaga::service
