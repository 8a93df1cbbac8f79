#pragma once
// One incident as stored and shown: what was reported, where, by whom, and
// where it stands in its lifecycle; and one step of its timeline.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/geo.hpp"
#include "domain/incident.hpp"
#include "domain/result.hpp"

namespace siaga {

struct Incident {
  std::int64_t id = 0;
  std::string tracking_code;  // given to the reporter: "LP-7K3M9Q2X"
  std::string type;           // catalogue code
  std::string description;
  int severity = 1;  // 1 ringan, 2 sedang, 3 berat
  EscalationLevel level = EscalationLevel::hijau;
  IncidentStatus status = IncidentStatus::baru;
  IncidentSource source = IncidentSource::publik;
  LatLon position;
  std::string desa_code;
  std::optional<std::int64_t> tps_id;  // the nearest TPS when one stands close
  std::string reporter_name;           // empty: anonymous
  std::string reporter_phone;
  std::string reported_by;  // username; empty for the public form
  std::optional<std::int64_t> field_unit_id;
  std::optional<std::int64_t> duplicate_of;
  std::string reported_at;    // UTC ISO-8601
  std::string dispatched_at;  // first dispatch; empty until then
  std::string arrived_at;     // first arrival; empty until then
  std::string resolved_at;    // selesai; empty until then
  std::string updated_at;
};

struct IncidentEvent {
  std::int64_t id = 0;
  std::int64_t incident_id = 0;
  std::string at;
  std::string action;                            // dilaporkan, status, level, foto
  IncidentStatus status = IncidentStatus::baru;  // after the step
  EscalationLevel level = EscalationLevel::hijau;
  std::string actor;  // username, or "publik"
  std::string note;
  std::optional<std::int64_t> field_unit_id;
};

inline constexpr std::size_t kIncidentDescriptionMax = 2000;
inline constexpr std::size_t kIncidentNoteMax = 1000;
inline constexpr std::size_t kReporterNameMax = 100;
inline constexpr std::size_t kReporterPhoneMax = 20;

// Type in the catalogue, description present and within limits, severity
// 1..3, position in Indonesia, reporter fields within limits (the phone
// digits, spaces, + and - only). The error names the field.
Status validate_incident(const Incident& incident);

// True for the statuses that still need the command post's attention.
bool is_open(IncidentStatus status);

}  // namespace siaga
