#pragma once
// The readiness recap of one unit as the document its Kabag Ren signs: the
// readiness figures (ReadinessService) with the unit's personal kit per kind,
// every vehicle of the unit and the units below it, and the open defect
// reports with their age.

#include <string>

#include "domain/user.hpp"
#include "report/readiness_report.hpp"
#include "service/context.hpp"

namespace siaga::service {

class ReadinessRecapService {
 public:
  explicit ReadinessRecapService(Context& ctx) : ctx_(ctx) {}

  // Permission read_personnel; a unit outside the actor's territory (or
  // unknown) is not_found. An empty code means the actor's own unit.
  Result<report::ReadinessReport> recap(const Actor& actor, const std::string& unit_code);

 private:
  Context& ctx_;
};

}  // namespace siaga::service
