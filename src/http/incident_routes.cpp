// Incident endpoints: the public form (no login) and the command post's
// queue. Thin readers of the request around IncidentService; the JSON of an
// incident is written by the service, the same text the live events carry.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <fmt/format.h>

#include "http/api.hpp"
#include "http/base64.hpp"
#include "http/responses.hpp"
#include "service/crypto.hpp"
#include "service/incident_json.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

// The report's fields; `inside` also reads what only the force may set.
std::optional<service::IncidentInput> incident_input(const Request& request, bool inside,
                                                     Response& error) {
  auto body = json_body(request, error);
  if (!body) return std::nullopt;
  FieldReader f(*body, error);
  service::IncidentInput input;
  input.type = f.text("type");
  input.description = f.text("description");
  input.lat = f.number("lat");
  input.lon = f.number("lon");
  input.reporter_name = f.text("reporter_name").value_or("");
  input.reporter_phone = f.text("reporter_phone").value_or("");
  auto photo = f.text("photo");
  std::optional<std::string> source, level;
  std::optional<std::int64_t> severity;
  if (inside) {
    source = f.text("source");
    level = f.text("level");
    severity = f.integer("severity");
  }
  if (f.failed()) return std::nullopt;
  if (source) {
    input.source = parse_incident_source(*source);
    if (!input.source) {
      error = error_response(422, "invalid_input", "sumber laporan '" + *source + "' tidak dikenal",
                             "unknown report source '" + *source + "'", "source");
      return std::nullopt;
    }
  }
  if (level) {
    input.level = parse_escalation_level(*level);
    if (!input.level) {
      error = error_response(422, "invalid_input", "tingkat harus hijau, kuning atau merah",
                             "level must be hijau, kuning or merah", "level");
      return std::nullopt;
    }
  }
  if (severity) input.severity = static_cast<int>(std::clamp<std::int64_t>(*severity, -1, 99));
  if (photo && !photo->empty()) {
    auto bytes = decode_base64(*photo);
    if (!bytes) {
      error = bad_request("foto harus berupa teks base64 (boleh diawali data:image/...;base64,)",
                          "photo must be base64 text (optionally after data:image/...;base64,)",
                          "photo");
      return std::nullopt;
    }
    input.photo = std::move(*bytes);
  }
  return input;
}

Response incident_types() {
  json::array items;
  for (const IncidentType& t : siaga::incident_types()) {
    items.push_back(json::object{{"code", t.code},
                                 {"name_id", t.name_id},
                                 {"name_en", t.name_en},
                                 {"forward_to_gakkumdu", t.forward_to_gakkumdu}});
  }
  return json_response(200, json::object{{"items", std::move(items)}});
}

Response public_report(Api& api, Request& request) {
  const auto wait = api.incidents.admit_public(request.client_address);
  if (wait.count() > 0) {
    Response r = error_response(
        429, "rate_limited",
        fmt::format("terlalu banyak laporan dari alamat ini; coba lagi dalam {} detik",
                    wait.count()),
        fmt::format("too many reports from this address; try again in {} seconds", wait.count()),
        "");
    r.headers.emplace_back("Retry-After", std::to_string(wait.count()));
    return r;
  }
  Response error;
  auto input = incident_input(request, false, error);
  if (!input) return error;
  auto key = idempotency_key(request, error);
  if (!key) return error;
  auto result = api.incidents.report_public(*input, *key, service::sha256_hex(request.body));
  if (!result.ok()) return error_response(result.error());
  Response r = json_response(result->replayed ? 200 : 201,
                             json::object{{"tracking_code", result->tracking_code},
                                          {"status", to_string(result->status)},
                                          {"status_id", label_id(result->status)},
                                          {"status_en", label_en(result->status)}});
  r.headers.emplace_back("Location", "/api/v1/public/reports/" + result->tracking_code);
  if (result->replayed) r.headers.emplace_back("Idempotent-Replayed", "true");
  return r;
}

Response public_status(Api& api, Request& request) {
  auto result = api.incidents.public_status(request.params.at("code"));
  if (!result.ok()) return error_response(result.error());
  return json_response(200, json::object{{"tracking_code", result->tracking_code},
                                         {"status", to_string(result->status)},
                                         {"status_id", label_id(result->status)},
                                         {"status_en", label_en(result->status)},
                                         {"updated_at", result->updated_at}});
}

Response create_incident(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto input = incident_input(request, true, error);
  if (!input) return error;
  auto key = idempotency_key(request, error);
  if (!key) return error;
  auto result = api.incidents.report(actor, *input, *key, service::sha256_hex(request.body));
  if (!result.ok()) return error_response(result.error());
  Response r =
      json_text_response(result->replayed ? 200 : 201, service::incident_json(result->view));
  r.headers.emplace_back("Location",
                         "/api/v1/incidents/" + std::to_string(result->view.incident.id));
  if (result->replayed) r.headers.emplace_back("Idempotent-Replayed", "true");
  return r;
}

Response list_incidents(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto page = page_request(request, error);
  if (!page) return error;
  store::IncidentQuery query;
  query.page = *page;
  if (auto status = request.query_value("status")) {
    query.status = parse_incident_status(*status);
    if (!query.status) return bad_request("status tidak dikenal", "unknown status", "status");
  }
  if (auto level = request.query_value("level")) {
    query.level = parse_escalation_level(*level);
    if (!query.level) return bad_request("tingkat tidak dikenal", "unknown level", "level");
  }
  if (auto type = request.query_value("type")) {
    if (!find_incident_type(*type)) {
      return bad_request("jenis kejadian tidak dikenal", "unknown incident type", "type");
    }
    query.type = *type;
  }
  query.open_only = request.query_value("open") == "true";
  auto result = api.incidents.list(actor, query, request.query_value("date"));
  if (!result.ok()) return error_response(result.error());
  std::string body = "{\"items\":[";
  for (std::size_t i = 0; i < result->items.size(); ++i) {
    if (i) body += ',';
    body += service::incident_json(result->items[i]);
  }
  body += fmt::format("],\"total\":{},\"next\":{}}}", result->total,
                      result->next ? "\"" + std::to_string(*result->next) + "\"" : "null");
  return json_text_response(200, std::move(body));
}

Response get_incident(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.incidents.get(actor, *int_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  return json_text_response(200, service::incident_detail_json(*result));
}

Response move_incident(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  auto status = f.text("status");
  service::TransitionInput input;
  input.field_unit_id = f.integer("field_unit_id");
  input.duplicate_of = f.integer("duplicate_of");
  input.note = f.text("note").value_or("");
  if (f.failed()) return error;
  if (status) {
    input.status = parse_incident_status(*status);
    if (!input.status) {
      return error_response(422, "invalid_input", "status '" + *status + "' tidak dikenal",
                            "unknown status '" + *status + "'", "status");
    }
  }
  auto result = api.incidents.move(actor, *int_param(request, "id"), input);
  if (!result.ok()) return error_response(result.error());
  return json_text_response(200, service::incident_detail_json(*result));
}

Response escalate_incident(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  auto level_text = f.text("level");
  auto note = f.text("note").value_or("");
  if (f.failed()) return error;
  const auto level = level_text ? parse_escalation_level(*level_text) : std::nullopt;
  if (!level) {
    return error_response(422, "invalid_input", "tingkat harus hijau, kuning atau merah",
                          "level must be hijau, kuning or merah", "level");
  }
  auto result = api.incidents.escalate(actor, *int_param(request, "id"), *level, note);
  if (!result.ok()) return error_response(result.error());
  return json_text_response(200, service::incident_detail_json(*result));
}

Response incident_photo(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.incidents.photo(actor, *int_param(request, "id"), *int_param(request, "photo"));
  if (!result.ok()) return error_response(result.error());
  Response r;
  r.content_type = result->second;
  r.body = std::move(result->first);
  r.headers.emplace_back("Cache-Control", "private, max-age=3600");
  return r;
}

}  // namespace

void register_incident_routes(Router& router, Api& api) {
  router.add("GET", "/api/v1/public/incident-types", [](Request&) { return incident_types(); });
  router.add("POST", "/api/v1/public/reports",
             [&api](Request& r) { return public_report(api, r); });
  router.add("GET", "/api/v1/public/reports/{code}",
             [&api](Request& r) { return public_status(api, r); });
  router.add("GET", "/api/v1/incidents", [&api](Request& r) { return list_incidents(api, r); });
  router.add("POST", "/api/v1/incidents", [&api](Request& r) { return create_incident(api, r); });
  router.add("GET", "/api/v1/incidents/{id:int}",
             [&api](Request& r) { return get_incident(api, r); });
  router.add("POST", "/api/v1/incidents/{id:int}/transitions",
             [&api](Request& r) { return move_incident(api, r); });
  router.add("POST", "/api/v1/incidents/{id:int}/level",
             [&api](Request& r) { return escalate_incident(api, r); });
  router.add("GET", "/api/v1/incidents/{id:int}/photos/{photo:int}",
             [&api](Request& r) { return incident_photo(api, r); });
}

}  // namespace siaga::http
