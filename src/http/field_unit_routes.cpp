// Field units and their position pings from the field.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <fmt/format.h>

#include "http/api.hpp"
#include "http/responses.hpp"
#include "service/incident_json.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

Response list_units(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  store::FieldUnitQuery query;
  if (auto status = request.query_value("status")) {
    query.status = parse_field_unit_status(*status);
    if (!query.status) {
      return bad_request("status unit harus siaga, bertugas, istirahat atau tidak_aktif",
                         "unit status must be siaga, bertugas, istirahat or tidak_aktif", "status");
    }
  }
  auto result = api.field_units.list(actor, query);
  if (!result.ok()) return error_response(result.error());
  std::string body = "{\"items\":[";
  for (std::size_t i = 0; i < result->size(); ++i) {
    if (i) body += ',';
    body += service::field_unit_json((*result)[i]);
  }
  body += "]}";
  return json_text_response(200, std::move(body));
}

Response create_unit(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  service::FieldUnitInput input;
  input.call_sign = f.text("call_sign");
  auto kind = f.text("kind");
  input.crew = f.text("crew").value_or("");
  input.unit_code = f.text("unit_code");
  input.lat = f.number("lat");
  input.lon = f.number("lon");
  if (f.failed()) return error;
  if (kind) {
    input.kind = parse_field_unit_kind(*kind);
    if (!input.kind) {
      return error_response(422, "invalid_input", "jenis unit '" + *kind + "' tidak dikenal",
                            "unknown unit kind '" + *kind + "'", "kind");
    }
  }
  auto result = api.field_units.create(actor, input);
  if (!result.ok()) return error_response(result.error());
  return json_text_response(201, service::field_unit_json(*result));
}

Response update_unit(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  auto status_text = f.text("status");
  if (f.failed()) return error;
  const auto status = status_text ? parse_field_unit_status(*status_text) : std::nullopt;
  if (!status) {
    return error_response(
        422, "invalid_input", "status unit harus siaga, bertugas, istirahat atau tidak_aktif",
        "unit status must be siaga, bertugas, istirahat or tidak_aktif", "status");
  }
  auto result = api.field_units.set_status(actor, *int_param(request, "id"), *status);
  if (!result.ok()) return error_response(result.error());
  return json_text_response(200, service::field_unit_json(*result));
}

// {"field_unit_id": N, "points": [{"lat","lon","at","accuracy_m"}]}: a point
// of the wrong shape is rejected alone, like one outside Indonesia.
Response post_positions(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  auto unit_id = f.integer("field_unit_id");
  if (f.failed()) return error;
  if (!unit_id) {
    return error_response(422, "invalid_input", "field_unit_id wajib diisi",
                          "field_unit_id is required", "field_unit_id");
  }
  const json::value* points = body->if_contains("points");
  if (!points || !points->is_array()) {
    return error_response(422, "invalid_input", "points harus berupa daftar titik",
                          "points must be a list of points", "points");
  }
  if (points->as_array().empty() || points->as_array().size() > service::kMaxPingsPerBatch) {
    return error_response(422, "invalid_input",
                          fmt::format("kirim 1 sampai {} titik", service::kMaxPingsPerBatch),
                          fmt::format("send 1 to {} points", service::kMaxPingsPerBatch), "points");
  }
  std::vector<PositionPing> pings;
  std::vector<std::size_t> index_of;  // ping → its index in the request
  json::array shape_errors;
  const json::array& list = points->as_array();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const json::object* p = list[i].if_object();
    const json::value* lat = p ? p->if_contains("lat") : nullptr;
    const json::value* lon = p ? p->if_contains("lon") : nullptr;
    const json::value* at = p ? p->if_contains("at") : nullptr;
    const json::value* accuracy = p ? p->if_contains("accuracy_m") : nullptr;
    if (!lat || !lat->is_number() || !lon || !lon->is_number() || !at || !at->is_string() ||
        (accuracy && !accuracy->is_number())) {
      shape_errors.push_back(json::object{
          {"index", i},
          {"reason_id", "titik harus berisi lat, lon (angka), at (teks) dan accuracy_m"},
          {"reason_en", "a point needs lat, lon (numbers), at (text) and accuracy_m"}});
      continue;
    }
    PositionPing ping;
    ping.position = LatLon{lat->to_number<double>(), lon->to_number<double>()};
    ping.at = std::string(at->as_string());
    ping.accuracy_m = accuracy ? accuracy->to_number<double>() : 0;
    pings.push_back(std::move(ping));
    index_of.push_back(i);
  }
  json::array rejected = std::move(shape_errors);
  std::size_t stored = 0;
  // Called even when no point had the right shape: permission and unit are checked.
  auto result = api.field_units.record_positions(actor, *unit_id, pings);
  if (!result.ok()) return error_response(result.error());
  stored = result->stored;
  for (const auto& r : result->rejected) {
    rejected.push_back(json::object{
        {"index", index_of[r.index]}, {"reason_id", r.reason_id}, {"reason_en", r.reason_en}});
  }
  return json_response(200, json::object{{"stored", stored}, {"rejected", std::move(rejected)}});
}

}  // namespace

void register_field_unit_routes(Router& router, Api& api) {
  router.add("GET", "/api/v1/field-units", [&api](Request& r) { return list_units(api, r); });
  router.add("POST", "/api/v1/field-units", [&api](Request& r) { return create_unit(api, r); });
  router.add("PATCH", "/api/v1/field-units/{id:int}",
             [&api](Request& r) { return update_unit(api, r); });
  router.add("POST", "/api/v1/positions", [&api](Request& r) { return post_positions(api, r); });
}

}  // namespace siaga::http
