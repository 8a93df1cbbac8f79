#include "service/incident_parts.hpp"

#include <cmath>
#include <map>

#include "domain/region.hpp"
#include "engine/dispatch/duplicate_rule.hpp"
#include "engine/dispatch/nearest_units.hpp"
#include "service/incident_json.hpp"

namespace siaga::service {

namespace {

namespace dispatch = engine::dispatch;

std::optional<dispatch::UnitKind> engine_kind(FieldUnitKind kind) {
  switch (kind) {
    case FieldUnitKind::mobil_patroli:
      return dispatch::UnitKind::patrol_car;
    case FieldUnitKind::motor_patroli:
      return dispatch::UnitKind::motorbike;
    case FieldUnitKind::pos:
      return dispatch::UnitKind::post;
    default:
      return std::nullopt;  // crowd-control forces come through the escalation advice
  }
}

// A unit's sector: its Polsek's kecamatan; empty for the Polres HQ's units.
std::string sector_key(const std::string& home_region) {
  const auto depth = validate_region_code(home_region);
  return depth.ok() && *depth == 3 ? home_region : std::string();
}

Result<std::vector<FieldUnit>> free_units_of_polres(store::Transaction& tx,
                                                    const Incident& incident) {
  store::FieldUnitQuery query;
  query.status = FieldUnitStatus::siaga;
  query.region_code = region_prefix(incident.desa_code, 2);
  return tx.incidents().field_units(query, Territory::everywhere());
}

SysSeconds parse_time(const std::string& text) {
  SysSeconds t{};
  (void)parse_utc(text, t);
  return t;
}

Result<std::vector<DuplicateCandidate>> duplicates_of(store::Transaction& tx,
                                                      const Incident& incident) {
  const double dlat = dispatch::kDuplicateRadiusM / 111320.0 * 1.01;
  const double dlon = dlat / std::max(0.2, std::cos(incident.position.lat * 3.14159265 / 180));
  const BBox box{incident.position.lon - dlon, incident.position.lat - dlat,
                 incident.position.lon + dlon, incident.position.lat + dlat};
  const SysSeconds at = parse_time(incident.reported_at);
  SIAGA_ASSIGN_OR_RETURN(
      auto near,
      tx.incidents().of_type_near(incident.type, box, format_utc(at - dispatch::kDuplicateWindow),
                                  format_utc(at + dispatch::kDuplicateWindow)));
  const dispatch::ReportPoint self{incident.id, incident.type, incident.position, at};
  std::vector<DuplicateCandidate> out;
  for (const Incident& other : near) {
    if (other.id == incident.id || other.status == IncidentStatus::duplikat) continue;
    const dispatch::ReportPoint point{other.id, other.type, other.position,
                                      parse_time(other.reported_at)};
    if (!dispatch::may_duplicate(self, point)) continue;
    out.push_back({other.id, other.type, other.reported_at,
                   haversine_m(incident.position, other.position), other.status});
  }
  return out;
}

}  // namespace

Result<IncidentView> view_of(store::Transaction& tx, const Incident& incident) {
  IncidentView view;
  view.incident = incident;
  SIAGA_ASSIGN_OR_RETURN(auto desa, tx.regions().find(incident.desa_code));
  if (desa) view.desa_name = desa->name;
  SIAGA_ASSIGN_OR_RETURN(auto kecamatan, tx.regions().find(region_prefix(incident.desa_code, 3)));
  if (kecamatan) view.kecamatan_name = kecamatan->name;
  if (incident.tps_id) {
    SIAGA_ASSIGN_OR_RETURN(auto tps, tx.tps().find(*incident.tps_id, Territory::everywhere()));
    if (tps) view.tps_code = tps->code;
  }
  if (incident.field_unit_id) {
    SIAGA_ASSIGN_OR_RETURN(auto unit, tx.incidents().find_field_unit(*incident.field_unit_id,
                                                                     Territory::everywhere()));
    if (unit) view.field_unit_call_sign = unit->call_sign;
  }
  SIAGA_ASSIGN_OR_RETURN(view.photo_ids, tx.incidents().photo_ids(incident.id));
  return view;
}

Result<std::vector<UnitOfferView>> nearest_offers(store::Transaction& tx,
                                                  const Incident& incident) {
  SIAGA_ASSIGN_OR_RETURN(auto units, free_units_of_polres(tx, incident));
  dispatch::NearestUnits index(incident.position.lat);
  std::map<std::string, std::size_t> sectors{{"", 0}};
  std::map<std::int64_t, const FieldUnit*> by_id;
  for (const FieldUnit& u : units) {
    const auto kind = engine_kind(u.kind);
    if (!kind || !u.position) continue;
    const auto [it, added] = sectors.try_emplace(sector_key(u.home_region), sectors.size());
    index.put({u.id, *kind, *u.position, it->second, true});
    by_id[u.id] = &u;
  }
  const auto here = sectors.find(region_prefix(incident.desa_code, 3));
  const std::size_t sector = here != sectors.end() ? here->second : 0;
  std::vector<UnitOfferView> out;
  for (const dispatch::UnitOffer& o :
       index.best(incident.position, sector, dispatch::kAllKinds, 3)) {
    const FieldUnit& u = *by_id.at(o.id);
    out.push_back({u.id, u.call_sign, u.kind, o.distance_m, o.eta_s, o.same_sector});
  }
  return out;
}

Result<IncidentDetail> detail_of(store::Transaction& tx, const Incident& incident) {
  IncidentDetail d;
  SIAGA_ASSIGN_OR_RETURN(d.view, view_of(tx, incident));
  SIAGA_ASSIGN_OR_RETURN(d.timeline, tx.incidents().events(incident.id));
  d.next_statuses = next_statuses(incident.status);
  if (!is_open(incident.status)) return d;
  if (incident.status == IncidentStatus::diverifikasi ||
      incident.status == IncidentStatus::menuju_lokasi) {
    SIAGA_ASSIGN_OR_RETURN(d.offers, nearest_offers(tx, incident));
  }
  if (incident.status == IncidentStatus::baru) {
    SIAGA_ASSIGN_OR_RETURN(d.duplicates, duplicates_of(tx, incident));
  }
  SIAGA_ASSIGN_OR_RETURN(auto units, free_units_of_polres(tx, incident));
  for (ForceKind force : forces_for(incident.level)) {
    ForceAdvice advice{force, {}};
    for (const FieldUnit& u : units) {
      if (force_of(u.kind) == force) advice.free.push_back(u);
    }
    d.escalation.push_back(std::move(advice));
  }
  return d;
}

void announce_incident(Context& ctx, const char* type, const IncidentView& view) {
  if (!ctx.events) return;
  ctx.events->publish({type, view.incident.desa_code, incident_json(view)});
}

void announce_field_unit(Context& ctx, const FieldUnit& unit) {
  if (!ctx.events) return;
  ctx.events->publish({"unit.updated", unit.home_region, field_unit_json(unit)});
}

Permission permission_for_step(IncidentStatus to) {
  switch (to) {
    case IncidentStatus::menuju_lokasi:
    case IncidentStatus::tiba_di_lokasi:
    case IncidentStatus::selesai:
      return Permission::respond_incident;
    default:
      return Permission::dispatch_incident;
  }
}

}  // namespace siaga::service
