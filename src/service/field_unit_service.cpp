#include "service/field_unit_service.hpp"

#include <fmt/format.h>

#include "service/audit_log.hpp"
#include "service/incident_parts.hpp"
#include "service/json_text.hpp"
#include "service/patrol_execution_service.hpp"
#include "service/permission.hpp"
#include "service/unit_scope.hpp"

namespace siaga::service {

namespace {

// A device clock may run a little ahead; more than this is a wrong clock.
constexpr std::chrono::seconds kFutureSlack{120};

std::optional<RejectedPing> check_ping(const PositionPing& p, std::size_t index, SysSeconds now) {
  SysSeconds at{};
  if (!parse_utc(p.at, at)) {
    return RejectedPing{index, "waktu harus ISO-8601 UTC, mis. 2024-11-27T01:00:00Z",
                        "time must be ISO-8601 UTC, e.g. 2024-11-27T01:00:00Z"};
  }
  if (at > now + kFutureSlack) {
    return RejectedPing{index, "waktu berada di masa depan", "time lies in the future"};
  }
  if (!inside_indonesia(p.position)) {
    return RejectedPing{index, "titik berada di luar wilayah Indonesia",
                        "point lies outside Indonesia"};
  }
  if (!(p.accuracy_m >= 0) || p.accuracy_m > 100000) {
    return RejectedPing{index, "akurasi harus antara 0 dan 100000 meter",
                        "accuracy must lie between 0 and 100000 metres"};
  }
  return std::nullopt;
}

}  // namespace

Result<std::vector<FieldUnit>> FieldUnitService::list(const Actor& actor,
                                                      const store::FieldUnitQuery& query) {
  SIAGA_TRY(require(actor, Permission::read_incidents));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  return tx->incidents().field_units(query, actor.territory);
}

Result<FieldUnit> FieldUnitService::create(const Actor& actor, const FieldUnitInput& input) {
  SIAGA_TRY(require(actor, Permission::manage_field_units));
  if (!input.call_sign) {
    return make_error(ErrorCode::invalid_input, "nama panggilan wajib diisi",
                      "call_sign is required", "call_sign");
  }
  if (!input.kind) {
    return make_error(ErrorCode::invalid_input, "jenis unit wajib diisi", "kind is required",
                      "kind");
  }
  if (input.lat.has_value() != input.lon.has_value()) {
    return make_error(ErrorCode::invalid_input, "isi lat dan lon bersama-sama",
                      "give lat and lon together", "lat");
  }
  FieldUnit unit;
  unit.call_sign = *input.call_sign;
  unit.kind = *input.kind;
  unit.crew = input.crew;
  if (input.lat) unit.position = LatLon{*input.lat, *input.lon};
  SIAGA_TRY(validate_field_unit(unit));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  const std::string code = input.unit_code.value_or(actor.unit_code);
  SIAGA_ASSIGN_OR_RETURN(auto owner, tx->units().find_by_code(code));
  if (!owner || !unit_visible(actor, *owner) ||
      (owner->level != UnitLevel::polres && owner->level != UnitLevel::polsek) ||
      owner->region_codes.empty()) {
    return make_error(ErrorCode::invalid_input,
                      fmt::format("satuan '{}' bukan Polres atau Polsek di wilayah Anda", code),
                      fmt::format("unit '{}' is no Polres or Polsek of your territory", code),
                      "unit_code");
  }
  unit.unit_id = owner->id;
  unit.home_region = owner->region_codes.front();
  if (unit.position) unit.position_at = format_utc(ctx_.clock.now());
  SIAGA_ASSIGN_OR_RETURN(unit.id, tx->incidents().insert_field_unit(unit));
  SIAGA_TRY(
      append_audit(*tx, ctx_.clock, actor.unit_id,
                   {actor.username, "field_unit.create", "field_unit", std::to_string(unit.id),
                    json_object({{"call_sign", unit.call_sign},
                                 {"kind", std::string(to_string(unit.kind))},
                                 {"unit", code}})}));
  SIAGA_TRY(tx->commit());
  announce_field_unit(ctx_, unit);
  return unit;
}

Result<FieldUnit> FieldUnitService::set_status(const Actor& actor, std::int64_t id,
                                               FieldUnitStatus status) {
  SIAGA_TRY(require(actor, Permission::manage_field_units));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto found, tx->incidents().find_field_unit(id, actor.territory));
  if (!found) return not_found("unit lapangan", "field unit");
  FieldUnit unit = *found;
  unit.status = status;
  SIAGA_TRY(tx->incidents().update_field_unit(unit));
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, actor.unit_id,
      {actor.username, "field_unit.status", "field_unit", std::to_string(unit.id),
       json_object({{"call_sign", unit.call_sign}, {"status", std::string(to_string(status))}})}));
  SIAGA_TRY(tx->commit());
  announce_field_unit(ctx_, unit);
  return unit;
}

Result<PingResult> FieldUnitService::record_positions(const Actor& actor, std::int64_t id,
                                                      const std::vector<PositionPing>& pings) {
  SIAGA_TRY(require(actor, Permission::report_incident));
  if (pings.size() > kMaxPingsPerBatch) {
    return make_error(ErrorCode::invalid_input,
                      fmt::format("kirim 1 sampai {} titik", kMaxPingsPerBatch),
                      fmt::format("send 1 to {} points", kMaxPingsPerBatch), "points");
  }
  const SysSeconds now = ctx_.clock.now();
  PingResult result;
  std::vector<PositionPing> good;
  for (std::size_t i = 0; i < pings.size(); ++i) {
    if (auto bad = check_ping(pings[i], i, now)) {
      result.rejected.push_back(std::move(*bad));
    } else {
      good.push_back(pings[i]);
    }
  }
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto found, tx->incidents().find_field_unit(id, actor.territory));
  if (!found) return not_found("unit lapangan", "field unit");
  FieldUnit unit = *found;
  if (good.empty()) return result;
  SIAGA_TRY(tx->incidents().insert_positions(unit.id, good, format_utc(now)));
  // ISO-8601 UTC text orders as time does.
  const PositionPing& newest = *std::max_element(
      good.begin(), good.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
  const bool moved = unit.position_at.empty() || newest.at >= unit.position_at;
  if (moved) {
    unit.position = newest.position;
    unit.position_at = newest.at;
    SIAGA_TRY(tx->incidents().update_field_unit(unit));
  }
  // A unit on patrol checks in at the stops its points reach (100 m geofence).
  SIAGA_ASSIGN_OR_RETURN(PatrolNews patrol,
                         check_in_by_geofence(*tx, ctx_.clock, ctx_.patrols, unit, good,
                                              actor.username, actor.unit_id));
  SIAGA_TRY(tx->commit());
  result.stored = good.size();
  if (moved) announce_field_unit(ctx_, unit);
  announce_patrol(ctx_, patrol);
  return result;
}

}  // namespace siaga::service
