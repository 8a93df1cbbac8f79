#pragma once
// Field units of the operation (unit lapangan): patrol cars and motorbikes,
// guard posts, Dalmas and Brimob teams, with their status and last known
// position. What the command post sends to an incident.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/geo.hpp"
#include "domain/incident.hpp"
#include "domain/result.hpp"

namespace siaga {

enum class FieldUnitKind {
  mobil_patroli,
  motor_patroli,
  pos,
  dalmas_awal,
  dalmas_lanjut,
  brimob_phh,
};
std::string_view to_string(FieldUnitKind kind);
std::optional<FieldUnitKind> parse_field_unit_kind(std::string_view text);
std::string_view label_id(FieldUnitKind kind);  // "Mobil patroli"
std::string_view label_en(FieldUnitKind kind);  // "Patrol car"
// The force of the Sispamkota doctrine a team is, when it is one.
std::optional<ForceKind> force_of(FieldUnitKind kind);

enum class FieldUnitStatus { siaga, bertugas, istirahat, tidak_aktif };
std::string_view to_string(FieldUnitStatus status);
std::optional<FieldUnitStatus> parse_field_unit_status(std::string_view text);

struct FieldUnit {
  std::int64_t id = 0;
  std::string call_sign;  // "Patroli Kaliwates 1"
  FieldUnitKind kind = FieldUnitKind::mobil_patroli;
  std::string crew;          // names or a count, as the post wrote it
  std::int64_t unit_id = 0;  // the Polres or Polsek it belongs to
  std::string home_region;   // that unit's kecamatan (Polsek) or regency (Polres)
  FieldUnitStatus status = FieldUnitStatus::siaga;
  std::optional<LatLon> position;
  std::string position_at;  // UTC ISO-8601, empty when never seen
};

// Call sign present and ≤ 60 characters, crew ≤ 200, position in Indonesia.
Status validate_field_unit(const FieldUnit& unit);

// One GPS point from the field.
struct PositionPing {
  LatLon position;
  std::string at;         // UTC ISO-8601 when the device took it
  double accuracy_m = 0;  // the device's estimate, metres
};

}  // namespace siaga
