#pragma once
// Apel kesiapan: a readiness inspection of one unit on one day. Kabag Ren
// plans it; the supervisor (or each officer) ticks a checklist per person
// (present, each item held and working) and per vehicle (condition, fuel,
// lights, documents); it is closed with a result once every line is answered.
//   direncanakan → berlangsung → ditutup

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/equipment.hpp"
#include "domain/result.hpp"

namespace siaga {

enum class InspectionStatus { direncanakan, berlangsung, ditutup };
enum class InspectionResult { siap, siap_dengan_catatan, tidak_siap };

std::string_view to_string(InspectionStatus s);
std::optional<InspectionStatus> parse_inspection_status(std::string_view text);
std::string_view to_string(InspectionResult r);
std::optional<InspectionResult> parse_inspection_result(std::string_view text);
std::string_view label_id(InspectionResult r);

struct Inspection {
  std::int64_t id = 0;
  std::int64_t unit_id = 0;
  std::string unit_code;
  std::string unit_name;
  std::string date;  // ISO date
  std::string title;
  InspectionStatus status = InspectionStatus::direncanakan;
  std::optional<InspectionResult> result;
  std::string result_note;
  std::string planned_by, planned_at;
  std::string closed_by, closed_at;
  int people = 0;  // lines expected
  int vehicles = 0;
  int people_checked = 0;  // lines answered
  int vehicles_checked = 0;
  friend bool operator==(const Inspection&, const Inspection&) = default;
};

struct ItemCheck {
  std::int64_t item_id = 0;
  bool held = false;
  bool working = false;
  friend bool operator==(const ItemCheck&, const ItemCheck&) = default;
};

struct PersonCheck {
  std::int64_t inspection_id = 0;
  std::int64_t person_id = 0;
  bool present = false;
  std::vector<ItemCheck> items;
  std::string checked_by, checked_at;
  friend bool operator==(const PersonCheck&, const PersonCheck&) = default;
};

struct VehicleCheck {
  std::int64_t inspection_id = 0;
  std::int64_t item_id = 0;
  ItemCondition condition = ItemCondition::baik;
  int fuel_percent = 0;
  bool lights_ok = false;
  bool documents_ok = false;
  std::string checked_by, checked_at;
  friend bool operator==(const VehicleCheck&, const VehicleCheck&) = default;
};

Status validate_vehicle_check(const VehicleCheck& check);

}  // namespace siaga
