// Patrol execution endpoints (docs/patrols.md): the tap check-in, the
// compliance counts, the teams' tracks and the jadwal / kepatuhan documents.
// Thin readers of the request around PatrolExecutionService.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <fmt/format.h>

#include <cmath>

#include "http/api.hpp"
#include "http/base64.hpp"
#include "http/responses.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

json::value text_or_null(const std::string& text) {
  return text.empty() ? json::value(nullptr) : json::value(text);
}

template <typename T>
json::value optional_or_null(const std::optional<T>& value) {
  return value ? json::value(*value) : json::value(nullptr);
}

json::object counts_json(const ComplianceCounts& c) {
  return json::object{{"total", c.total},
                      {"selesai", c.selesai},
                      {"terlambat", c.terlambat},
                      {"terlewat", c.terlewat},
                      {"menunggu", c.menunggu}};
}

// {"lat": .., "lon": ..} or an error naming `field`.
std::optional<LatLon> position_of(const json::object& body, const char* field, Response& error) {
  const json::value* v = body.if_contains(field);
  if (!v || v->is_null()) return std::nullopt;
  const json::object* o = v->if_object();
  const json::value* lat = o ? o->if_contains("lat") : nullptr;
  const json::value* lon = o ? o->if_contains("lon") : nullptr;
  if (!lat || !lat->is_number() || !lon || !lon->is_number()) {
    error = error_response(422, "invalid_input", "posisi harus berupa {lat, lon} dalam derajat",
                           "position must be {lat, lon} in degrees", field);
    return std::nullopt;
  }
  return LatLon{lat->to_number<double>(), lon->to_number<double>()};
}

Response check_in(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  service::TapCheckInInput input;
  input.team_id = f.integer("team_id");
  input.stop_id = f.integer("stop_id");
  input.accuracy_m = f.number("accuracy_m");
  input.at = f.text("at");
  auto photo = f.text("photo");
  if (f.failed()) return error;
  const bool has_position = body->contains("position") && !body->at("position").is_null();
  input.position = position_of(*body, "position", error);
  if (has_position && !input.position) return error;
  if (photo && !photo->empty()) {
    auto bytes = decode_base64(*photo);
    if (!bytes) {
      return bad_request("foto harus berupa teks base64 (boleh diawali data:image/...;base64,)",
                         "photo must be base64 text (optionally after data:image/...;base64,)",
                         "photo");
    }
    input.photo = std::move(*bytes);
  }
  auto result = api.patrol_execution.check_in(actor, *int_param(request, "id"), input);
  if (!result.ok()) return error_response(result.error());
  const PatrolCheckIn& c = result->check_in;
  return json_response(201, json::object{{"id", c.id},
                                         {"plan_id", c.plan_id},
                                         {"stop_id", c.stop_id},
                                         {"team_id", c.team_id},
                                         {"at", c.at},
                                         {"distance_m", std::round(c.distance_m * 10) / 10},
                                         {"accuracy_m", c.accuracy_m},
                                         {"method", to_string(c.method)},
                                         {"late", c.late},
                                         {"status", to_string(result->status)},
                                         {"status_label", label_id(result->status)},
                                         {"has_photo", !c.photo_type.empty()}});
}

Response compliance(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.patrol_execution.compliance(actor, *int_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  json::array teams;
  for (const auto& t : result->teams) {
    json::object o = counts_json(t.counts);
    o.emplace("team_id", t.team_id);
    o.emplace("call_sign", t.call_sign);
    teams.push_back(std::move(o));
  }
  json::array stops;
  for (const auto& s : result->stops) {
    stops.push_back(json::object{
        {"stop_id", s.stop_id},
        {"name", s.name},
        {"team_id", optional_or_null(s.team_id)},
        {"route_order", optional_or_null(s.route_order)},
        {"status", to_string(s.status)},
        {"status_label", label_id(s.status)},
        {"status_label_en", label_en(s.status)},
        {"window_open_at", s.window_open_at},
        {"window_close_at", s.window_close_at},
        {"planned_arrival_at", text_or_null(s.planned_arrival_at)},
        {"visited_at", text_or_null(s.visited_at)},
        {"method", text_or_null(s.method)},
        {"check_in_id", optional_or_null(s.check_in_id)},
        {"photo_url", s.photo
                          ? json::value(fmt::format("/api/v1/patrol-plans/{}/check-ins/{}/photo",
                                                    result->plan_id, *s.check_in_id))
                          : json::value(nullptr)}});
  }
  return json_response(200, json::object{{"plan_id", result->plan_id},
                                         {"plan", counts_json(result->plan)},
                                         {"teams", std::move(teams)},
                                         {"stops", std::move(stops)}});
}

Response check_in_photo(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.patrol_execution.check_in_photo(actor, *int_param(request, "id"),
                                                    *int_param(request, "check_in"));
  if (!result.ok()) return error_response(result.error());
  Response r;
  r.content_type = result->second;
  r.body = std::move(result->first);
  r.headers.emplace_back("Cache-Control", "private, max-age=3600");
  return r;
}

Response tracks(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  std::optional<std::int64_t> team_id;
  if (auto text = request.query_value("team_id")) {
    team_id = parse_id(*text);
    if (!team_id) {
      return bad_request("team_id harus bilangan bulat positif",
                         "team_id must be a positive whole number", "team_id");
    }
  }
  auto result = api.patrol_execution.tracks(actor, *int_param(request, "id"), team_id);
  if (!result.ok()) return error_response(result.error());
  json::array teams;
  for (const auto& t : *result) {
    json::array points;
    for (const auto& p : t.points) {
      points.push_back(json::object{{"lat", p.position.lat},
                                    {"lon", p.position.lon},
                                    {"at", p.at},
                                    {"accuracy_m", p.accuracy_m}});
    }
    teams.push_back(json::object{{"team_id", t.team_id},
                                 {"call_sign", t.call_sign},
                                 {"field_unit_id", t.field_unit_id},
                                 {"points", std::move(points)}});
  }
  return json_response(200, json::object{{"teams", std::move(teams)}});
}

enum class Document { jadwal_pdf, jadwal_xlsx, kepatuhan_pdf, kepatuhan_xlsx };

Response document(Api& api, Request& request, Document which) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  const std::int64_t id = *int_param(request, "id");
  auto& s = api.patrol_execution;
  const bool pdf = which == Document::jadwal_pdf || which == Document::kepatuhan_pdf;
  Result<std::string> bytes = which == Document::jadwal_pdf      ? s.schedule_pdf(actor, id)
                              : which == Document::jadwal_xlsx   ? s.schedule_xlsx(actor, id)
                              : which == Document::kepatuhan_pdf ? s.compliance_pdf(actor, id)
                                                                 : s.compliance_xlsx(actor, id);
  if (!bytes.ok()) return error_response(bytes.error());
  Response r;
  r.content_type =
      pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const bool jadwal = which == Document::jadwal_pdf || which == Document::jadwal_xlsx;
  const std::string name = std::string(jadwal ? "jadwal-patroli-" : "kepatuhan-patroli-") +
                           std::to_string(id) + (pdf ? ".pdf" : ".xlsx");
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
  r.body = std::move(*bytes);
  return r;
}

}  // namespace

void register_patrol_execution_routes(Router& router, Api& api) {
  router.add("POST", "/api/v1/patrol-plans/{id:int}/check-ins",
             [&api](Request& r) { return check_in(api, r); });
  router.add("GET", "/api/v1/patrol-plans/{id:int}/check-ins/{check_in:int}/photo",
             [&api](Request& r) { return check_in_photo(api, r); });
  router.add("GET", "/api/v1/patrol-plans/{id:int}/compliance",
             [&api](Request& r) { return compliance(api, r); });
  router.add("GET", "/api/v1/patrol-plans/{id:int}/tracks",
             [&api](Request& r) { return tracks(api, r); });
  router.add("GET", "/api/v1/patrol-plans/{id:int}/jadwal.pdf",
             [&api](Request& r) { return document(api, r, Document::jadwal_pdf); });
  router.add("GET", "/api/v1/patrol-plans/{id:int}/jadwal.xlsx",
             [&api](Request& r) { return document(api, r, Document::jadwal_xlsx); });
  router.add("GET", "/api/v1/patrol-plans/{id:int}/kepatuhan.pdf",
             [&api](Request& r) { return document(api, r, Document::kepatuhan_pdf); });
  router.add("GET", "/api/v1/patrol-plans/{id:int}/kepatuhan.xlsx",
             [&api](Request& r) { return document(api, r, Document::kepatuhan_xlsx); });
}

}  // namespace siaga::http
