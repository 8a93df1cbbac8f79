#include "domain/inspection.hpp"

#include <fmt/format.h>

namespace siaga {

std::string_view to_string(InspectionStatus s) {
  switch (s) {
    case InspectionStatus::direncanakan:
      return "direncanakan";
    case InspectionStatus::berlangsung:
      return "berlangsung";
    case InspectionStatus::ditutup:
      return "ditutup";
  }
  return "direncanakan";
}

std::optional<InspectionStatus> parse_inspection_status(std::string_view text) {
  for (auto s :
       {InspectionStatus::direncanakan, InspectionStatus::berlangsung, InspectionStatus::ditutup}) {
    if (to_string(s) == text) return s;
  }
  return std::nullopt;
}

std::string_view to_string(InspectionResult r) {
  switch (r) {
    case InspectionResult::siap:
      return "siap";
    case InspectionResult::siap_dengan_catatan:
      return "siap_dengan_catatan";
    case InspectionResult::tidak_siap:
      return "tidak_siap";
  }
  return "siap";
}

std::optional<InspectionResult> parse_inspection_result(std::string_view text) {
  for (auto r : {InspectionResult::siap, InspectionResult::siap_dengan_catatan,
                 InspectionResult::tidak_siap}) {
    if (to_string(r) == text) return r;
  }
  return std::nullopt;
}

std::string_view label_id(InspectionResult r) {
  switch (r) {
    case InspectionResult::siap:
      return "Siap";
    case InspectionResult::siap_dengan_catatan:
      return "Siap dengan catatan";
    case InspectionResult::tidak_siap:
      return "Tidak siap";
  }
  return "";
}

Status validate_vehicle_check(const VehicleCheck& c) {
  if (c.fuel_percent < 0 || c.fuel_percent > 100) {
    return make_error(ErrorCode::invalid_input,
                      fmt::format("BBM {} % di luar 0 sampai 100", c.fuel_percent),
                      fmt::format("fuel {} % is outside 0 to 100", c.fuel_percent), "fuel_percent");
  }
  return ok_status();
}

}  // namespace siaga
