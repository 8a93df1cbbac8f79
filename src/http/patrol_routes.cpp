// Patrol and escort plans (docs/patrols.md): list, create, get, solve, and a
// team's route for the phone. Check-ins, compliance, tracks and exports are
// in patrol_execution_routes.cpp.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <fmt/format.h>

#include "http/api.hpp"
#include "http/responses.hpp"
#include "service/crypto.hpp"
#include "service/patrol_json.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

// Reads typed fields of one JSON object; the first wrong one names its full
// path ("stops[2].window_open") in a 422.
class Fields {
 public:
  Fields(const json::object& object, std::string prefix, std::optional<Error>& error)
      : object_(object), prefix_(std::move(prefix)), error_(error) {}

  std::string path(const char* name) const {
    return prefix_.empty() ? std::string(name) : prefix_ + "." + name;
  }

  const json::value* value(const char* name) const {
    const json::value* v = object_.if_contains(name);
    return v && !v->is_null() ? v : nullptr;
  }

  std::optional<std::string> text(const char* name) {
    const json::value* v = value(name);
    if (!v) return std::nullopt;
    if (!v->is_string()) return wrong(name, "teks", "a string");
    return std::string(v->get_string());
  }

  std::optional<double> number(const char* name) {
    const json::value* v = value(name);
    if (!v) return std::nullopt;
    if (!v->is_number()) return wrong(name, "angka", "a number");
    return v->to_number<double>();
  }

  std::optional<std::int64_t> integer(const char* name) {
    const json::value* v = value(name);
    if (!v) return std::nullopt;
    if (v->is_int64()) return v->get_int64();
    if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
      return static_cast<std::int64_t>(v->get_uint64());
    }
    if (v->is_double() &&
        v->get_double() == static_cast<double>(static_cast<std::int64_t>(v->get_double()))) {
      return static_cast<std::int64_t>(v->get_double());
    }
    return wrong(name, "bilangan bulat", "an integer");
  }

  std::optional<int> small_int(const char* name) {
    auto n = integer(name);
    if (!n) return std::nullopt;
    if (*n < -1000000 || *n > 1000000)
      return wrong(name, "bilangan bulat kecil", "a small integer");
    return static_cast<int>(*n);
  }

  std::optional<LatLon> position(const char* name) {
    const json::value* v = value(name);
    if (!v) return std::nullopt;
    const json::object* o = v->if_object();
    const json::value* lat = o ? o->if_contains("lat") : nullptr;
    const json::value* lon = o ? o->if_contains("lon") : nullptr;
    if (!lat || !lon || !lat->is_number() || !lon->is_number()) {
      return wrong(name, "objek {lat, lon} berisi angka", "an object {lat, lon} of numbers");
    }
    return LatLon{lat->to_number<double>(), lon->to_number<double>()};
  }

  // Each element of an array of objects, with its path "name[i]".
  template <typename Visit>
  void each(const char* name, Visit visit) {
    const json::value* v = value(name);
    if (!v) return;
    if (!v->is_array()) {
      wrong(name, "daftar", "an array");
      return;
    }
    const json::array& list = v->get_array();
    for (std::size_t i = 0; i < list.size() && !error_; ++i) {
      const std::string item = fmt::format("{}[{}]", path(name), i);
      if (!list[i].is_object()) {
        error_ = make_error(ErrorCode::invalid_input, "'" + item + "' harus objek",
                            "'" + item + "' must be an object", item);
        return;
      }
      Fields fields(list[i].get_object(), item, error_);
      visit(fields);
    }
  }

  const json::object* object(const char* name) {
    const json::value* v = value(name);
    if (!v) return nullptr;
    if (!v->is_object()) {
      wrong(name, "objek", "an object");
      return nullptr;
    }
    return &v->get_object();
  }

  std::optional<Error>& error() { return error_; }

 private:
  std::nullopt_t wrong(const char* name, const char* type_id, const char* type_en) {
    if (!error_) {
      const std::string p = path(name);
      error_ = make_error(ErrorCode::invalid_input, fmt::format("'{}' harus {}", p, type_id),
                          fmt::format("'{}' must be {}", p, type_en), p);
    }
    return std::nullopt;
  }

  const json::object& object_;
  std::string prefix_;
  std::optional<Error>& error_;
};

std::optional<service::PatrolPlanInput> plan_input(const json::object& body,
                                                   std::optional<Error>& error) {
  Fields f(body, "", error);
  service::PatrolPlanInput in;
  in.unit_id = f.integer("unit_id");
  in.kind = f.text("kind");
  in.name = f.text("name");
  in.date = f.text("date");
  in.shift_start = f.text("shift_start");
  in.shift_end = f.text("shift_end");
  in.depot_unit_id = f.integer("depot_unit_id");
  f.each("teams", [&](Fields& t) {
    service::PatrolTeamInput team;
    team.field_unit_id = t.integer("field_unit_id");
    team.vehicle_item_id = t.integer("vehicle_item_id");
    team.profile = t.text("profile");
    team.capacity = t.number("capacity");
    team.partners = t.text("partners").value_or("");
    t.each("crew", [&](Fields& c) {
      team.crew.push_back({c.integer("personnel_id"), c.integer("partner_member_id")});
    });
    in.teams.push_back(std::move(team));
  });
  f.each("stops", [&](Fields& s) {
    service::PatrolStopInput stop;
    stop.object_id = s.integer("object_id");
    stop.tps_id = s.integer("tps_id");
    stop.name = s.text("name");
    stop.position = s.position("position");
    stop.window_open = s.text("window_open");
    stop.window_close = s.text("window_close");
    stop.service_minutes = s.small_int("service_minutes");
    stop.priority = s.small_int("priority");
    stop.demand = s.number("demand");
    in.stops.push_back(std::move(stop));
  });
  f.each("needs", [&](Fields& n) {
    service::PatrolNeedInput need;
    need.object_id = n.integer("object_id");
    need.tps_id = n.integer("tps_id");
    need.every_minutes = n.small_int("every_minutes");
    need.from = n.text("from");
    need.to = n.text("to");
    need.window_minutes = n.small_int("window_minutes");
    need.service_minutes = n.small_int("service_minutes");
    need.priority = n.small_int("priority");
    in.needs.push_back(std::move(need));
  });
  if (const json::object* c = f.object("chain")) {
    Fields cf(*c, "chain", error);
    service::PatrolChainInput chain;
    chain.direction = cf.text("direction");
    chain.leg = cf.text("leg");
    chain.from_object_id = cf.integer("from_object_id");
    chain.boxes_per_tps = cf.small_int("boxes_per_tps");
    chain.window_open = cf.text("window_open");
    chain.window_close = cf.text("window_close");
    chain.service_minutes = cf.small_int("service_minutes");
    chain.priority = cf.small_int("priority");
    in.chain = std::move(chain);
  }
  if (error) return std::nullopt;
  return in;
}

Response list_plans(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  service::PatrolPlanFilter filter;
  if (auto unit = request.query_value("unit_id")) {
    filter.unit_id = parse_id(*unit);
    if (!filter.unit_id) {
      return error_response(422, "invalid_input", "unit_id harus bilangan bulat positif",
                            "unit_id must be a positive integer", "unit_id");
    }
  }
  if (auto date = request.query_value("date")) {
    std::chrono::sys_days day{};
    if (!parse_date(*date, day)) {
      return error_response(422, "invalid_input", "tanggal harus berbentuk YYYY-MM-DD",
                            "date must be YYYY-MM-DD", "date");
    }
    filter.date = format_date(day);
  }
  auto result = api.patrol_plans.list(actor, filter);
  if (!result.ok()) return error_response(result.error());
  std::string body = "{\"items\":[";
  for (std::size_t i = 0; i < result->size(); ++i) {
    if (i) body += ',';
    body += service::patrol_plan_summary_json((*result)[i]);
  }
  body += "]}";
  return json_text_response(200, std::move(body));
}

Response create_plan(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  auto key = idempotency_key(request, error);
  if (!key) return error;
  std::optional<Error> bad;
  auto input = plan_input(*body, bad);
  if (!input) return error_response(*bad);
  auto result = api.patrol_plans.create(actor, *input, *key, service::sha256_hex(request.body));
  if (!result.ok()) return error_response(result.error());
  Response r =
      json_text_response(result->replayed ? 200 : 201, service::patrol_plan_json(result->view));
  r.headers.emplace_back("Location",
                         "/api/v1/patrol-plans/" + std::to_string(result->view.plan.id));
  if (result->replayed) r.headers.emplace_back("Idempotent-Replayed", "true");
  return r;
}

Response get_plan(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.patrol_plans.get(actor, *int_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  return json_text_response(200, service::patrol_plan_json(*result));
}

Response solve_plan(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  std::optional<double> seconds;
  if (!request.body.empty()) {
    Response error;
    auto body = json_body(request, error);
    if (!body) return error;
    std::optional<Error> bad;
    Fields f(*body, "", bad);
    seconds = f.number("seconds");
    if (bad) return error_response(*bad);
    if (seconds && (*seconds < service::kMinSolveSeconds || *seconds > service::kMaxSolveSeconds)) {
      return error_response(422, "invalid_input", "seconds harus 0,2 sampai 30",
                            "seconds must be 0.2 to 30", "seconds");
    }
  }
  auto result = api.patrol_plans.solve(actor, *int_param(request, "id"), seconds);
  if (!result.ok()) return error_response(result.error());
  return json_text_response(200, service::patrol_plan_json(*result));
}

Response team_route(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  const std::int64_t team_id = *int_param(request, "team_id");
  auto result = api.patrol_plans.team_route(actor, *int_param(request, "id"), team_id);
  if (!result.ok()) return error_response(result.error());
  return json_text_response(200, service::patrol_team_route_json(*result, team_id));
}

Response teams_of_day(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  std::string date;
  if (auto text = request.query_value("date")) {
    std::chrono::sys_days day{};
    if (!parse_date(*text, day)) {
      return error_response(422, "invalid_input", "tanggal harus berbentuk YYYY-MM-DD",
                            "date must be YYYY-MM-DD", "date");
    }
    date = format_date(day);
  }
  auto result = api.patrol_plans.teams_of_day(actor, date);
  if (!result.ok()) return error_response(result.error());
  std::string body = "{\"items\":[";
  for (std::size_t i = 0; i < result->size(); ++i) {
    if (i) body += ',';
    body += service::patrol_team_of_day_json((*result)[i]);
  }
  body += "]}";
  return json_text_response(200, std::move(body));
}

}  // namespace

void register_patrol_routes(Router& router, Api& api) {
  router.add("GET", "/api/v1/patrol-teams", [&api](Request& r) { return teams_of_day(api, r); });
  router.add("GET", "/api/v1/patrol-plans", [&api](Request& r) { return list_plans(api, r); });
  router.add("POST", "/api/v1/patrol-plans", [&api](Request& r) { return create_plan(api, r); });
  router.add("GET", "/api/v1/patrol-plans/{id:int}",
             [&api](Request& r) { return get_plan(api, r); });
  router.add("POST", "/api/v1/patrol-plans/{id:int}/solve",
             [&api](Request& r) { return solve_plan(api, r); });
  router.add("GET", "/api/v1/patrol-plans/{id:int}/teams/{team_id:int}/route",
             [&api](Request& r) { return team_route(api, r); });
}

}  // namespace siaga::http
