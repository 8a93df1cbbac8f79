#include "engine/routing/plan.hpp"

namespace siaga::engine::routing {

std::string_view to_string(UnservedReason reason) {
  switch (reason) {
    case UnservedReason::over_capacity:
      return "over_capacity";
    case UnservedReason::window_unreachable:
      return "window_unreachable";
    case UnservedReason::fleet_too_small:
      return "fleet_too_small";
  }
  return "fleet_too_small";
}

}  // namespace siaga::engine::routing
