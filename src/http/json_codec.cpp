#include "http/json_codec.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cmath>

namespace siaga::http {

namespace json = boost::json;

namespace {

json::value optional_text(const std::string& s) {
  if (s.empty()) return nullptr;
  return json::value(s);
}

}  // namespace

json::value point_json(LatLon p) {
  return json::object{{"type", "Point"}, {"coordinates", json::array{p.lon, p.lat}}};
}

namespace {

// Six decimals (about 0.1 m) are more than any outline here holds.
double round6(double v) {
  return std::round(v * 1e6) / 1e6;
}

}  // namespace

json::value geometry_json(const MultiPolygon& shape) {
  json::array parts;
  for (const PolygonPart& part : shape.parts) {
    json::array rings;
    for (const Ring& ring : part.rings) {
      json::array points;
      points.reserve(ring.size());
      for (const LatLon& p : ring) points.push_back(json::array{round6(p.lon), round6(p.lat)});
      rings.push_back(std::move(points));
    }
    parts.push_back(std::move(rings));
  }
  return json::object{{"type", "MultiPolygon"}, {"coordinates", std::move(parts)}};
}

json::value to_json(const Region& r) {
  json::object o{{"code", r.code},
                 {"name", r.name},
                 {"level", to_string(r.level)},
                 {"parent_code", optional_text(parent_region_code(r.code))}};
  if (r.centroid) {
    o["lat"] = r.centroid->lat;
    o["lon"] = r.centroid->lon;
  } else {
    o["lat"] = nullptr;
    o["lon"] = nullptr;
  }
  return o;
}

json::value to_json(const Unit& u) {
  json::array regions;
  for (const auto& c : u.region_codes) regions.push_back(json::value(c));
  json::object o{{"id", u.id},
                 {"code", u.code},
                 {"name", u.name},
                 {"level", to_string(u.level)},
                 {"parent_code", optional_text(u.parent_code)},
                 {"region_codes", std::move(regions)},
                 {"time_zone", to_string(u.zone)}};
  if (u.position) {
    o["lat"] = u.position->lat;
    o["lon"] = u.position->lon;
  } else {
    o["lat"] = nullptr;
    o["lon"] = nullptr;
  }
  return o;
}

json::value to_json(const Tps& t) {
  json::object o{{"id", t.id},
                 {"code", t.code},
                 {"number", t.number},
                 {"desa_code", t.desa_code},
                 {"desa_name", t.desa_name},
                 {"lat", t.position.lat},
                 {"lon", t.position.lon},
                 {"voters", t.voters},
                 {"address", t.address}};
  if (t.tps_class) {
    o["class"] = to_string(*t.tps_class);
  } else {
    o["class"] = nullptr;
  }
  if (t.score) {
    o["score"] = std::round(*t.score * 10) / 10;
  } else {
    o["score"] = nullptr;
  }
  return o;
}

json::value to_json(const StrategicObject& s) {
  return json::object{{"id", s.id},
                      {"kind", to_string(s.kind)},
                      {"kind_label", label_id(s.kind)},
                      {"kind_label_en", label_en(s.kind)},
                      {"name", s.name},
                      {"lat", s.position.lat},
                      {"lon", s.position.lon},
                      {"desa_code", s.desa_code},
                      {"notes", s.notes},
                      {"updated_at", s.updated_at}};
}

json::value to_json(const Election& e) {
  return json::object{{"id", e.id},
                      {"code", e.code},
                      {"name", e.name},
                      {"kind", to_string(e.kind)},
                      {"region_code", e.region_code},
                      {"voting_date", e.voting_date}};
}

json::value to_json(const Stage& s) {
  return json::object{{"id", s.id},
                      {"code", s.code},
                      {"name", s.name_id},
                      {"name_en", s.name_en},
                      {"starts_on", s.starts_on},
                      {"ends_on", s.ends_on},
                      {"posture", s.posture_id},
                      {"posture_en", s.posture_en}};
}

json::value to_json(const Candidate& c) {
  return json::object{{"id", c.id},
                      {"election_id", c.election_id},
                      {"number", c.number},
                      {"head_name", c.head_name},
                      {"deputy_name", c.deputy_name},
                      {"parties", c.parties}};
}

json::value to_json(const SkckRequest& r) {
  json::object o{{"id", r.id},
                 {"applicant_name", r.applicant_name},
                 {"nik", r.nik},
                 {"domicile_code", r.domicile_code},
                 {"issuing_unit_id", r.issuing_unit_id},
                 {"issuing_unit_name", r.issuing_unit_name},
                 {"status", to_string(r.status)},
                 {"number", optional_text(r.number)},
                 {"reason", optional_text(r.reason)},
                 {"submitted_by", r.submitted_by},
                 {"submitted_at", r.submitted_at},
                 {"processed_by", optional_text(r.processed_by)},
                 {"processed_at", optional_text(r.processed_at)},
                 {"decided_by", optional_text(r.decided_by)},
                 {"decided_at", optional_text(r.decided_at)}};
  if (r.election_id) {
    o["election_id"] = *r.election_id;
  } else {
    o["election_id"] = nullptr;
  }
  return o;
}

json::value to_json(const User& u) {
  return json::object{{"id", u.id},
                      {"username", u.username},
                      {"full_name", u.full_name},
                      {"role", to_string(u.role)},
                      {"unit_code", u.unit_code},
                      {"active", u.active}};
}

json::value to_json(const AuditEntry& e) {
  return json::object{{"id", e.id},
                      {"at", e.at},
                      {"username", e.username},
                      {"unit_id", e.unit_id},
                      {"action", e.action},
                      {"entity", e.entity},
                      {"entity_id", e.entity_id},
                      {"detail", e.detail},
                      {"hash", e.hash}};
}

json::value to_json(const ImportIssue& i) {
  return json::object{{"line", i.line},
                      {"column", optional_text(i.column)},
                      {"message", i.message},
                      {"message_en", i.message_en}};
}

json::value to_json(const Actor& a) {
  json::array permissions;
  for (Permission p : permissions_of(a.role)) permissions.push_back(json::value(to_string(p)));
  json::array regions;
  for (const auto& c : a.territory.region_codes()) regions.push_back(json::value(c));
  return json::object{{"username", a.username},
                      {"role", to_string(a.role)},
                      {"unit_id", a.unit_id},
                      {"unit_code", a.unit_code},
                      {"unit_name", a.unit_name},
                      {"time_zone", to_string(a.zone)},
                      {"territory", std::move(regions)},
                      {"everywhere", a.territory.is_everywhere()},
                      {"permissions", std::move(permissions)}};
}

}  // namespace siaga::http
