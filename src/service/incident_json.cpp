#include "service/incident_json.hpp"

#include <fmt/format.h>

#include "service/json_text.hpp"

namespace siaga::service {

namespace {

std::string id_or_null(const std::optional<std::int64_t>& id) {
  return id ? std::to_string(*id) : "null";
}

std::string text_or_null(const std::string& text) {
  return text.empty() ? "null" : json_quote(text);
}

std::string number(double value) {
  return fmt::format("{:.6f}", value);
}

}  // namespace

std::string incident_json(const IncidentView& v) {
  const Incident& i = v.incident;
  const IncidentType* type = find_incident_type(i.type);
  std::string photos = "[";
  for (std::size_t k = 0; k < v.photo_ids.size(); ++k) {
    if (k) photos += ',';
    photos += std::to_string(v.photo_ids[k]);
  }
  photos += ']';
  return json_raw_object({
      {"id", std::to_string(i.id)},
      {"tracking_code", json_quote(i.tracking_code)},
      {"type", json_quote(i.type)},
      {"type_id", json_quote(type ? type->name_id : i.type)},
      {"type_en", json_quote(type ? type->name_en : i.type)},
      {"forward_to_gakkumdu", type && type->forward_to_gakkumdu ? "true" : "false"},
      {"description", json_quote(i.description)},
      {"severity", std::to_string(i.severity)},
      {"level", json_quote(to_string(i.level))},
      {"status", json_quote(to_string(i.status))},
      {"status_id", json_quote(label_id(i.status))},
      {"status_en", json_quote(label_en(i.status))},
      {"source", json_quote(to_string(i.source))},
      {"lat", number(i.position.lat)},
      {"lon", number(i.position.lon)},
      {"desa_code", json_quote(i.desa_code)},
      {"desa_name", json_quote(v.desa_name)},
      {"kecamatan_name", json_quote(v.kecamatan_name)},
      {"tps_id", id_or_null(i.tps_id)},
      {"tps_code", text_or_null(v.tps_code)},
      {"reporter_name", json_quote(i.reporter_name)},
      {"reporter_phone", json_quote(i.reporter_phone)},
      {"reported_by", json_quote(i.reported_by)},
      {"field_unit_id", id_or_null(i.field_unit_id)},
      {"field_unit_call_sign", text_or_null(v.field_unit_call_sign)},
      {"duplicate_of", id_or_null(i.duplicate_of)},
      {"reported_at", json_quote(i.reported_at)},
      {"dispatched_at", text_or_null(i.dispatched_at)},
      {"arrived_at", text_or_null(i.arrived_at)},
      {"resolved_at", text_or_null(i.resolved_at)},
      {"updated_at", json_quote(i.updated_at)},
      {"photo_ids", photos},
  });
}

std::string incident_detail_json(const IncidentDetail& d) {
  std::string out = incident_json(d.view);
  out.pop_back();  // reopen the object to add the detail's fields
  out += R"(,"timeline":[)";
  for (std::size_t k = 0; k < d.timeline.size(); ++k) {
    const IncidentEvent& e = d.timeline[k];
    if (k) out += ',';
    out += json_raw_object({{"at", json_quote(e.at)},
                            {"action", json_quote(e.action)},
                            {"status", json_quote(to_string(e.status))},
                            {"level", json_quote(to_string(e.level))},
                            {"actor", json_quote(e.actor)},
                            {"note", json_quote(e.note)},
                            {"field_unit_id", id_or_null(e.field_unit_id)}});
  }
  out += R"(],"next_statuses":[)";
  for (std::size_t k = 0; k < d.next_statuses.size(); ++k) {
    if (k) out += ',';
    out += json_quote(to_string(d.next_statuses[k]));
  }
  out += R"(],"offers":[)";
  for (std::size_t k = 0; k < d.offers.size(); ++k) {
    const UnitOfferView& o = d.offers[k];
    if (k) out += ',';
    out += json_raw_object({{"field_unit_id", std::to_string(o.field_unit_id)},
                            {"call_sign", json_quote(o.call_sign)},
                            {"kind", json_quote(to_string(o.kind))},
                            {"distance_m", fmt::format("{:.0f}", o.distance_m)},
                            {"eta_s", fmt::format("{:.0f}", o.eta_s)},
                            {"same_sector", o.same_sector ? "true" : "false"}});
  }
  out += R"(],"duplicates":[)";
  for (std::size_t k = 0; k < d.duplicates.size(); ++k) {
    const DuplicateCandidate& c = d.duplicates[k];
    if (k) out += ',';
    out += json_raw_object({{"id", std::to_string(c.id)},
                            {"type", json_quote(c.type)},
                            {"reported_at", json_quote(c.reported_at)},
                            {"distance_m", fmt::format("{:.0f}", c.distance_m)},
                            {"status", json_quote(to_string(c.status))}});
  }
  out += R"(],"escalation":{"level":)" + json_quote(to_string(d.view.incident.level)) +
         R"(,"forces":[)";
  for (std::size_t k = 0; k < d.escalation.size(); ++k) {
    const ForceAdvice& f = d.escalation[k];
    if (k) out += ',';
    std::string free = "[";
    for (std::size_t u = 0; u < f.free.size(); ++u) {
      if (u) free += ',';
      free += json_raw_object({{"field_unit_id", std::to_string(f.free[u].id)},
                               {"call_sign", json_quote(f.free[u].call_sign)}});
    }
    free += ']';
    out += json_raw_object({{"force", json_quote(to_string(f.force))}, {"free", free}});
  }
  out += "]}}";
  return out;
}

std::string field_unit_json(const FieldUnit& u) {
  return json_raw_object({
      {"id", std::to_string(u.id)},
      {"call_sign", json_quote(u.call_sign)},
      {"kind", json_quote(to_string(u.kind))},
      {"kind_id", json_quote(label_id(u.kind))},
      {"kind_en", json_quote(label_en(u.kind))},
      {"crew", json_quote(u.crew)},
      {"status", json_quote(to_string(u.status))},
      {"unit_id", std::to_string(u.unit_id)},
      {"home_region", json_quote(u.home_region)},
      {"lat", u.position ? number(u.position->lat) : "null"},
      {"lon", u.position ? number(u.position->lon) : "null"},
      {"position_at", text_or_null(u.position_at)},
  });
}

}  // namespace siaga::service
