// Personnel, partner rosters, equipment and readiness endpoints.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "http/api.hpp"
#include "http/query_params.hpp"
#include "http/readiness_json.hpp"
#include "http/responses.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

// region, or regency (the older name the contract uses): units inside it.
std::optional<std::string> area_param(const Request& request, Response& error, bool& failed) {
  auto regency = region_param(request, "regency", error, failed);
  auto region = region_param(request, "region", error, failed);
  return region ? region : regency;
}

std::optional<std::int64_t> unit_id_of(Api& api, const Actor& actor, const std::string& code,
                                       Response& error) {
  auto unit = api.readiness.unit_id(actor, code);
  if (!unit.ok()) {
    error = error_response(unit.error());
    return std::nullopt;
  }
  return *unit;
}

Response list_personnel(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  bool failed = false;
  auto page = page_request(request, error);
  if (!page) return error;
  store::PersonQuery q;
  q.page = *page;
  q.region_code = area_param(request, error, failed);
  if (failed) return error;
  if (auto f = request.query_value("function")) {
    q.function = parse_person_function(*f);
    if (!q.function) {
      return bad_request("fungsi tidak dikenal", "unknown function", "function");
    }
  }
  if (auto desa = request.query_value("desa")) q.desa_binaan = *desa;
  if (auto unit = request.query_value("unit")) {
    q.unit_id = unit_id_of(api, actor, *unit, error);
    if (!q.unit_id) return error;
  }
  auto result = api.personnel.list(actor, q);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, page_with(*result, person_json));
}

Response get_person(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.personnel.get(actor, *int_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  return json_response(200, person_detail_json(*result));
}

Response my_person(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.personnel.me(actor);
  if (!result.ok()) return error_response(result.error());
  if (!*result) {
    return error_response(404, "not_found", "akun ini tidak terhubung ke data personel",
                          "this account is not linked to a person", "");
  }
  return json_response(200, person_detail_json(**result));
}

Response add_absence(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  service::AbsenceInput input;
  input.kind = f.text("kind");
  input.starts_on = f.text("starts_on");
  input.ends_on = f.text("ends_on");
  input.bko_unit = f.text("bko_unit");
  input.note = f.text("note");
  if (f.failed()) return error;
  auto result = api.personnel.add_absence(actor, *int_param(request, "id"), input);
  if (!result.ok()) return error_response(result.error());
  return json_response(201, absence_json(*result));
}

Response list_partners(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  bool failed = false;
  auto page = page_request(request, error);
  if (!page) return error;
  store::PartnerQuery q;
  q.page = *page;
  q.region_code = area_param(request, error, failed);
  if (failed) return error;
  if (auto force = request.query_value("force")) {
    q.force = parse_partner_force(*force);
    if (!q.force)
      return bad_request("satuan mitra tidak dikenal", "unknown partner force", "force");
  }
  if (auto desa = request.query_value("desa")) q.desa_code = *desa;
  auto result = api.personnel.partners(actor, q);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, page_with(*result, partner_json));
}

Response list_items(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  bool failed = false;
  auto page = page_request(request, error);
  if (!page) return error;
  store::ItemQuery q;
  q.page = *page;
  q.region_code = area_param(request, error, failed);
  if (failed) return error;
  if (auto unit = request.query_value("unit")) {
    q.unit_id = unit_id_of(api, actor, *unit, error);
    if (!q.unit_id) return error;
  }
  if (auto holder = request.query_value("holder")) {
    q.holder_id = parse_id(*holder);
    if (!q.holder_id)
      return bad_request("holder harus id personel", "holder must be a person id", "holder");
  }
  if (auto kind = request.query_value("kind")) q.kind = *kind;
  if (auto v = request.query_value("vehicles")) {
    if (*v != "true" && *v != "false") {
      return bad_request("vehicles harus true atau false", "vehicles must be true or false",
                         "vehicles");
    }
    q.vehicles = *v == "true";
  }
  auto result = api.equipment.list(actor, q);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, page_with(*result, item_json));
}

Response update_item(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  service::ItemUpdate u;
  u.condition = f.text("condition");
  if (auto v = f.integer("fuel_percent")) u.fuel_percent = static_cast<int>(*v);
  if (auto v = f.integer("odometer_km")) u.odometer_km = static_cast<int>(*v);
  u.service_date = f.text("service_date");
  if (f.failed()) return error;
  auto result = api.equipment.update(actor, *int_param(request, "id"), u);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, item_json(*result));
}

Response hand_over(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  auto nrp = f.text("nrp");
  if (f.failed()) return error;
  if (!nrp) return bad_request("nrp wajib diisi", "nrp is required", "nrp");
  auto result = api.equipment.hand_over(actor, *int_param(request, "id"), *nrp);
  if (!result.ok()) return error_response(result.error());
  return json_response(201, handover_json(*result));
}

Response acknowledge(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.equipment.acknowledge(actor, *int_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  return json_response(200, handover_json(*result));
}

Response readiness(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  std::optional<PersonFunction> function;
  if (auto f = request.query_value("function")) {
    function = parse_person_function(*f);
    if (!function) return bad_request("fungsi tidak dikenal", "unknown function", "function");
  }
  auto result = api.readiness.readiness(actor, request.params.at("unit"), function);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, readiness_json(*result));
}

Response equipment_kinds() {
  json::array kinds;
  for (const EquipmentKind& k : default_equipment_kinds()) {
    json::array required;
    for (PersonFunction f : k.required_for) required.push_back(json::string(to_string(f)));
    kinds.push_back(json::object{{"code", k.code},
                                 {"name", k.name_id},
                                 {"name_en", k.name_en},
                                 {"vehicle", k.vehicle},
                                 {"required_for", std::move(required)}});
  }
  return json_response(200, json::object{{"items", std::move(kinds)}});
}

}  // namespace

void register_readiness_routes(Router& router, Api& api) {
  router.add("GET", "/api/v1/personnel", [&api](Request& r) { return list_personnel(api, r); });
  router.add("GET", "/api/v1/personnel/me", [&api](Request& r) { return my_person(api, r); });
  router.add("GET", "/api/v1/personnel/{id:int}",
             [&api](Request& r) { return get_person(api, r); });
  router.add("POST", "/api/v1/personnel/{id:int}/absences",
             [&api](Request& r) { return add_absence(api, r); });
  router.add("GET", "/api/v1/partners", [&api](Request& r) { return list_partners(api, r); });
  router.add("GET", "/api/v1/equipment-kinds", [](Request&) { return equipment_kinds(); });
  router.add("GET", "/api/v1/items", [&api](Request& r) { return list_items(api, r); });
  router.add("PATCH", "/api/v1/items/{id:int}", [&api](Request& r) { return update_item(api, r); });
  router.add("POST", "/api/v1/items/{id:int}/handover",
             [&api](Request& r) { return hand_over(api, r); });
  router.add("POST", "/api/v1/handovers/{id:int}/acknowledge",
             [&api](Request& r) { return acknowledge(api, r); });
  router.add("GET", "/api/v1/readiness/{unit}", [&api](Request& r) { return readiness(api, r); });
}

}  // namespace siaga::http
