// Readiness inspection (apel kesiapan) endpoints: thin readers of the request
// around InspectionService.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <fmt/format.h>

#include <limits>

#include "http/api.hpp"
#include "http/inspection_json.hpp"
#include "http/responses.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

std::int64_t id_param(const Request& request, const char* name) {
  return int_param(request, name).value_or(0);
}

// An absent body reads as {} (POST .../close with nothing to say).
std::optional<json::object> optional_body(const Request& request, Response& error) {
  if (request.body.find_first_not_of(" \t\r\n") == std::string::npos) return json::object{};
  return json_body(request, error);
}

// A boolean field; absent or null gives `fallback`, another type a 400.
std::optional<bool> flag(const json::object& body, const char* name, bool fallback,
                         Response& error) {
  const json::value* v = body.if_contains(name);
  if (!v || v->is_null()) return fallback;
  if (!v->is_bool()) {
    error = bad_request(std::string("'") + name + "' harus true atau false",
                        std::string("'") + name + "' must be true or false", name);
    return std::nullopt;
  }
  return v->get_bool();
}

// The service names the list of unit codes unit_codes; the body calls it units.
Response plan_error(const Error& e) {
  if (e.field != "unit_codes") return error_response(e);
  Error renamed = e;
  renamed.field = "units";
  return error_response(renamed);
}

Response plan_inspections(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  std::vector<std::string> units;
  const json::value* list = body->if_contains("units");
  if (!list || !list->is_array()) {
    return bad_request("'units' harus daftar kode satuan", "'units' must be a list of unit codes",
                       "units");
  }
  for (const json::value& v : list->get_array()) {
    if (!v.is_string()) {
      return bad_request("'units' harus daftar kode satuan", "'units' must be a list of unit codes",
                         "units");
    }
    units.emplace_back(v.get_string());
  }
  FieldReader f(*body, error);
  auto date = f.text("date");
  auto title = f.text("title");
  if (f.failed()) return error;
  auto result = api.inspections.plan(actor, units, date.value_or(""), title.value_or(""));
  if (!result.ok()) return plan_error(result.error());
  json::array items;
  for (const Inspection& i : *result) items.push_back(inspection_json(i));
  return json_response(201, json::object{{"items", std::move(items)}});
}

Response list_inspections(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto page = page_request(request, error);
  if (!page) return error;
  auto result = api.inspections.list(actor, request.query_value("unit").value_or(""), *page);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, inspection_page_json(*result));
}

Response get_inspection(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.inspections.get(actor, id_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  return json_response(200, inspection_sheet_json(*result));
}

// items: [{item_id, held, working}]
std::optional<std::vector<ItemCheck>> item_answers(const json::object& body, Response& error) {
  std::vector<ItemCheck> out;
  const json::value* list = body.if_contains("items");
  if (!list || list->is_null()) return out;
  auto malformed = [&] {
    error = bad_request("'items' harus daftar {item_id, held, working}",
                        "'items' must be a list of {item_id, held, working}", "items");
    return std::nullopt;
  };
  if (!list->is_array()) return malformed();
  for (const json::value& v : list->get_array()) {
    if (!v.is_object()) return malformed();
    const json::object& o = v.get_object();
    const json::value* id = o.if_contains("item_id");
    const json::value* held = o.if_contains("held");
    const json::value* working = o.if_contains("working");
    if (!id || !id->is_int64() || !held || !held->is_bool() || !working || !working->is_bool()) {
      return malformed();
    }
    out.push_back(ItemCheck{id->get_int64(), held->get_bool(), working->get_bool()});
  }
  return out;
}

Response check_person(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  const json::value* present = body->if_contains("present");
  if (!present || !present->is_bool()) {
    return bad_request("'present' wajib true atau false", "'present' must be true or false",
                       "present");
  }
  auto items = item_answers(*body, error);
  if (!items) return error;
  service::PersonCheckInput input{present->get_bool(), std::move(*items)};
  auto result = api.inspections.check_person(actor, id_param(request, "id"),
                                             id_param(request, "person"), input);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, inspection_person_json(*result));
}

Response check_vehicle(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  auto condition = f.text("condition");
  auto fuel = f.integer("fuel_percent");
  if (f.failed()) return error;
  service::VehicleCheckInput input;
  if (condition) {
    input.condition = parse_item_condition(*condition);
    if (!input.condition) {
      return error_response(
          422, "invalid_input", "kondisi harus baik, rusak_ringan, rusak_berat atau hilang",
          "condition must be baik, rusak_ringan, rusak_berat or hilang", "condition");
    }
  }
  if (fuel) {
    // The range 0..100 is the domain's rule; here only what an int cannot hold.
    if (*fuel < std::numeric_limits<int>::min() || *fuel > std::numeric_limits<int>::max()) {
      return error_response(422, "invalid_input",
                            fmt::format("BBM {} % di luar 0 sampai 100", *fuel),
                            fmt::format("fuel {} % is outside 0 to 100", *fuel), "fuel_percent");
    }
    input.fuel_percent = static_cast<int>(*fuel);
  }
  auto lights = flag(*body, "lights_ok", false, error);
  if (!lights) return error;
  auto documents = flag(*body, "documents_ok", false, error);
  if (!documents) return error;
  input.lights_ok = *lights;
  input.documents_ok = *documents;
  auto result = api.inspections.check_vehicle(actor, id_param(request, "id"),
                                              id_param(request, "item"), input);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, inspection_vehicle_json(*result));
}

Response close_inspection(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = optional_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  auto result_text = f.text("result");
  auto note = f.text("note");
  if (f.failed()) return error;
  std::optional<InspectionResult> result;
  if (result_text) {
    result = parse_inspection_result(*result_text);
    if (!result) {
      return error_response(422, "invalid_input",
                            "hasil harus siap, siap_dengan_catatan atau tidak_siap",
                            "result must be siap, siap_dengan_catatan or tidak_siap", "result");
    }
  }
  auto closed = api.inspections.close(actor, id_param(request, "id"), result, note.value_or(""));
  if (!closed.ok()) return error_response(closed.error());
  return json_response(200, inspection_json(*closed));
}

}  // namespace

void register_inspection_routes(Router& router, Api& api) {
  router.add("POST", "/api/v1/inspections",
             [&api](Request& r) { return plan_inspections(api, r); });
  router.add("GET", "/api/v1/inspections", [&api](Request& r) { return list_inspections(api, r); });
  router.add("GET", "/api/v1/inspections/{id:int}",
             [&api](Request& r) { return get_inspection(api, r); });
  router.add("PUT", "/api/v1/inspections/{id:int}/people/{person:int}",
             [&api](Request& r) { return check_person(api, r); });
  router.add("PUT", "/api/v1/inspections/{id:int}/vehicles/{item:int}",
             [&api](Request& r) { return check_vehicle(api, r); });
  router.add("POST", "/api/v1/inspections/{id:int}/close",
             [&api](Request& r) { return close_inspection(api, r); });
}

}  // namespace siaga::http
