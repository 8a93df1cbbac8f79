#include "http/readiness_json.hpp"

#include <cmath>

namespace siaga::http {

namespace json = boost::json;

json::value person_json(const Person& p) {
  json::array desa;
  for (const std::string& d : p.desa_binaan) desa.push_back(json::string(d));
  return json::object{{"id", p.id},
                      {"nrp", p.nrp},
                      {"name", p.name},
                      {"rank", p.rank},
                      {"function", to_string(p.function)},
                      {"function_label", label_id(p.function)},
                      {"unit", p.unit_code},
                      {"phone", p.phone},
                      {"desa_binaan", std::move(desa)}};
}

json::value partner_json(const PartnerMember& m) {
  return json::object{
      {"id", m.id},
      {"force", to_string(m.force)},
      {"force_label", label_id(m.force)},
      {"identifier", m.identifier},
      {"name", m.name},
      {"rank", m.rank},
      {"unit", m.unit_code},
      {"desa_code", m.desa_code.empty() ? json::value(nullptr) : json::value(m.desa_code)},
      {"phone", m.phone}};
}

json::value item_json(const Item& i) {
  const EquipmentKind* kind = find_equipment_kind(i.kind);
  json::object out{
      {"id", i.id},
      {"kind", i.kind},
      {"kind_label", kind ? kind->name_id : i.kind},
      {"vehicle", kind && kind->vehicle},
      {"serial", i.serial},
      {"unit", i.unit_code},
      {"holder_id", i.holder_id ? json::value(*i.holder_id) : json::value(nullptr)},
      {"holder_nrp", i.holder_nrp.empty() ? json::value(nullptr) : json::value(i.holder_nrp)},
      {"condition", to_string(i.condition)},
      {"usable", is_usable(i.condition)}};
  if (kind && kind->vehicle) {
    out["plate"] = i.plate;
    out["odometer_km"] = i.odometer_km ? json::value(*i.odometer_km) : json::value(nullptr);
    out["fuel_percent"] = i.fuel_percent ? json::value(*i.fuel_percent) : json::value(nullptr);
    out["service_date"] = i.service_date;
    out["fit"] = vehicle_fit(i);
  }
  return out;
}

json::value absence_json(const Absence& a) {
  return json::object{{"id", a.id},
                      {"kind", to_string(a.kind)},
                      {"kind_label", label_id(a.kind)},
                      {"starts_on", a.starts_on},
                      {"ends_on", a.ends_on},
                      {"note", a.note}};
}

json::value handover_json(const store::Handover& h) {
  return json::object{
      {"id", h.id},
      {"item_id", h.item_id},
      {"kind", h.item_kind},
      {"serial", h.item_serial},
      {"person_id", h.person_id},
      {"handed_by", h.handed_by},
      {"handed_at", h.handed_at},
      {"acknowledged_at",
       h.acknowledged_at.empty() ? json::value(nullptr) : json::value(h.acknowledged_at)}};
}

json::value person_detail_json(const service::PersonDetail& d) {
  json::value out = person_json(d.person);
  json::array items, absences, handovers;
  for (const Item& i : d.items) items.push_back(item_json(i));
  for (const Absence& a : d.absences) absences.push_back(absence_json(a));
  for (const auto& h : d.handovers) handovers.push_back(handover_json(h));
  auto& o = out.as_object();
  o["items"] = std::move(items);
  o["absences"] = std::move(absences);
  o["handovers"] = std::move(handovers);
  return out;
}

namespace {

json::value unit_figures(const service::UnitReadiness& r) {
  json::array missing;
  for (const auto& m : r.missing) {
    missing.push_back(
        json::object{{"reason", m.reason},
                     {"kind", m.kind.empty() ? json::value(nullptr) : json::value(m.kind)},
                     {"label", m.label_id},
                     {"label_en", m.label_en},
                     {"count", m.count}});
  }
  return json::object{{"unit", json::object{{"code", r.unit.code},
                                            {"name", r.unit.name},
                                            {"level", to_string(r.unit.level)}}},
                      {"readiness", std::round(r.readiness * 10000) / 10000},
                      {"people", r.people},
                      {"people_ready", r.people_ready},
                      {"vehicles", r.vehicles},
                      {"vehicles_fit", r.vehicles_fit},
                      {"missing", std::move(missing)}};
}

}  // namespace

json::value readiness_json(const service::ReadinessFigures& f) {
  json::value out = unit_figures(f.unit);
  json::array children;
  for (const auto& c : f.children) children.push_back(unit_figures(c));
  out.as_object()["children"] = std::move(children);
  out.as_object()["date"] = f.date;
  return out;
}

}  // namespace siaga::http
