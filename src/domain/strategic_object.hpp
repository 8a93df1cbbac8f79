#pragma once
// Strategic objects (objek vital / objek strategis pemilu): KPU offices and
// warehouses, Bawaslu, PPK/PPS secretariats, candidate posts, crowd points.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/geo.hpp"
#include "domain/result.hpp"

namespace siaga {

enum class ObjectKind {
  kpu_office,
  kpu_warehouse,
  bawaslu_office,
  ppk,
  pps,
  candidate_post,
  crowd_point,
  vital_object,
  other
};

std::string_view to_string(ObjectKind kind);
std::optional<ObjectKind> parse_object_kind(std::string_view text);
const std::vector<ObjectKind>& all_object_kinds();
std::string_view label_id(ObjectKind kind);  // "Gudang logistik KPU"
std::string_view label_en(ObjectKind kind);  // "KPU warehouse"

struct StrategicObject {
  std::int64_t id = 0;
  ObjectKind kind = ObjectKind::other;
  std::string name;
  LatLon position;
  std::string desa_code;  // the desa it stands in
  std::string notes;
  std::string updated_at;  // UTC ISO-8601
  friend bool operator==(const StrategicObject&, const StrategicObject&) = default;
};

// Name not blank and ≤ 200 characters, position inside Indonesia.
Status validate_object(const StrategicObject& object);

}  // namespace siaga
