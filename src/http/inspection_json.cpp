#include "http/inspection_json.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace siaga::http {

namespace json = boost::json;

namespace {

// Empty text (not yet happened) as null.
json::value text_or_null(const std::string& text) {
  if (text.empty()) return nullptr;
  return json::string(text);
}

template <typename T, typename Write>
json::value paged(const store::Page<T>& page, Write write) {
  json::array items;
  items.reserve(page.items.size());
  for (const T& item : page.items) items.push_back(write(item));
  json::object out{{"items", std::move(items)}, {"total", page.total}};
  if (page.next) {
    out["next"] = std::to_string(*page.next);
  } else {
    out["next"] = nullptr;
  }
  return out;
}

json::value person_ref(const Person& p) {
  return json::object{{"id", p.id},
                      {"nrp", p.nrp},
                      {"name", p.name},
                      {"rank", p.rank},
                      {"function", to_string(p.function)}};
}

json::value kit_item(const Item& i) {
  return json::object{
      {"id", i.id}, {"kind", i.kind}, {"serial", i.serial}, {"condition", to_string(i.condition)}};
}

json::value vehicle_ref(const Item& v) {
  json::value fuel = nullptr;
  if (v.fuel_percent) fuel = *v.fuel_percent;
  return json::object{{"id", v.id},
                      {"kind", v.kind},
                      {"plate", v.plate},
                      {"serial", v.serial},
                      {"condition", to_string(v.condition)},
                      {"fuel_percent", std::move(fuel)}};
}

json::value person_check_json(const PersonCheck& c) {
  json::array items;
  for (const ItemCheck& i : c.items) {
    items.push_back(json::object{{"item_id", i.item_id}, {"held", i.held}, {"working", i.working}});
  }
  return json::object{{"present", c.present},
                      {"items", std::move(items)},
                      {"checked_by", c.checked_by},
                      {"checked_at", c.checked_at}};
}

json::value vehicle_check_json(const VehicleCheck& c) {
  Item as_checked;
  as_checked.condition = c.condition;
  as_checked.fuel_percent = c.fuel_percent;
  return json::object{{"condition", to_string(c.condition)},
                      {"fuel_percent", c.fuel_percent},
                      {"lights_ok", c.lights_ok},
                      {"documents_ok", c.documents_ok},
                      {"fit", vehicle_fit(as_checked)},
                      {"checked_by", c.checked_by},
                      {"checked_at", c.checked_at}};
}

}  // namespace

json::value inspection_json(const Inspection& i) {
  json::value result = nullptr;
  if (i.result) result = json::string(to_string(*i.result));
  return json::object{{"id", i.id},
                      {"unit", json::object{{"code", i.unit_code}, {"name", i.unit_name}}},
                      {"date", i.date},
                      {"title", i.title},
                      {"status", to_string(i.status)},
                      {"result", std::move(result)},
                      {"result_note", i.result_note},
                      {"planned_by", i.planned_by},
                      {"planned_at", i.planned_at},
                      {"closed_by", text_or_null(i.closed_by)},
                      {"closed_at", text_or_null(i.closed_at)},
                      {"people", i.people},
                      {"vehicles", i.vehicles},
                      {"people_checked", i.people_checked},
                      {"vehicles_checked", i.vehicles_checked}};
}

json::value inspection_page_json(const store::Page<Inspection>& page) {
  return paged(page, [](const Inspection& i) { return inspection_json(i); });
}

json::value inspection_person_json(const service::InspectionPerson& line) {
  json::array items;
  for (const Item& i : line.items) items.push_back(kit_item(i));
  json::value check = nullptr;
  if (line.check) check = person_check_json(*line.check);
  return json::object{{"person", person_ref(line.person)},
                      {"items", std::move(items)},
                      {"check", std::move(check)}};
}

json::value inspection_vehicle_json(const service::InspectionVehicle& line) {
  json::value check = nullptr;
  if (line.check) check = vehicle_check_json(*line.check);
  return json::object{{"vehicle", vehicle_ref(line.vehicle)}, {"check", std::move(check)}};
}

json::value inspection_sheet_json(const service::InspectionSheet& sheet) {
  json::array people;
  for (const auto& p : sheet.people) people.push_back(inspection_person_json(p));
  json::array vehicles;
  for (const auto& v : sheet.vehicles) vehicles.push_back(inspection_vehicle_json(v));
  return json::object{{"inspection", inspection_json(sheet.inspection)},
                      {"people", std::move(people)},
                      {"vehicles", std::move(vehicles)}};
}

json::value defect_json(const service::DefectView& view) {
  const Defect& d = view.defect;
  json::value item_id = nullptr;
  if (d.item_id) item_id = *d.item_id;
  return json::object{{"id", d.id},
                      {"unit", d.unit_code},
                      {"item_id", std::move(item_id)},
                      {"item_label", text_or_null(d.item_label)},
                      {"kind", to_string(d.kind)},
                      {"description", d.description},
                      {"has_photo", d.has_photo},
                      {"status", to_string(d.status)},
                      {"reported_by", d.reported_by},
                      {"reported_at", d.reported_at},
                      {"followed_by", text_or_null(d.followed_by)},
                      {"followed_at", text_or_null(d.followed_at)},
                      {"closed_by", text_or_null(d.closed_by)},
                      {"closed_at", text_or_null(d.closed_at)},
                      {"note", d.note},
                      {"age_hours", view.age_hours},
                      {"overdue", view.overdue}};
}

json::value defect_page_json(const store::Page<service::DefectView>& page) {
  return paged(page, [](const service::DefectView& v) { return defect_json(v); });
}

}  // namespace siaga::http
