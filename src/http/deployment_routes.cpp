// Guard patterns and deployment plans: thin readers of the request around
// DeploymentService (docs/deployment.md).

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "http/api.hpp"
#include "http/deployment_json.hpp"
#include "http/responses.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

// An optional array of NRP strings; a wrong type fills `error`.
std::optional<std::vector<std::string>> nrp_list(const json::object& body, const char* name,
                                                 Response& error) {
  std::vector<std::string> out;
  const json::value* v = body.if_contains(name);
  if (!v || v->is_null()) return out;
  if (!v->is_array()) {
    error = bad_request("harus berupa daftar NRP", "must be a list of NRPs", name);
    return std::nullopt;
  }
  for (const json::value& item : v->as_array()) {
    if (!item.is_string() || item.as_string().empty() || item.as_string().size() > 32) {
      error = bad_request("setiap NRP harus teks 1 sampai 32 karakter",
                          "every NRP must be text of 1 to 32 characters", name);
      return std::nullopt;
    }
    out.emplace_back(item.as_string());
  }
  return out;
}

Response plan_response(int status, const Result<service::PlanView>& plan) {
  if (!plan.ok()) return error_response(plan.error());
  Response r = json_response(status, plan_json(*plan));
  r.headers.emplace_back("Location", "/api/v1/plans/" + std::to_string(plan->record.id));
  return r;
}

Response get_patterns(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.deployment.patterns(actor, request.params.at("unit"));
  if (!result.ok()) return error_response(result.error());
  return json_response(200, pattern_view_json(*result));
}

Response put_patterns(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  const json::value* patterns = body->if_contains("patterns");
  if (!patterns) return bad_request("patterns wajib diisi", "patterns is required", "patterns");
  auto set = patterns_from_body(*patterns);
  if (!set.ok()) return error_response(set.error());
  auto result = api.deployment.set_patterns(actor, request.params.at("unit"), *set);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, pattern_view_json(*result));
}

Response create_plan(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  service::PlanRequest input;
  auto unit = f.text("unit_code");
  auto day = f.text("voting_day");
  auto reason = f.text("reason");
  if (f.failed()) return error;
  if (!unit || unit->empty()) {
    return bad_request("unit_code wajib diisi", "unit_code is required", "unit_code");
  }
  input.unit_code = *unit;
  input.voting_day = day.value_or("");
  input.reason = reason.value_or("");
  auto bko = nrp_list(*body, "bko", error);
  if (!bko) return error;
  auto out = nrp_list(*body, "unavailable", error);
  if (!out) return error;
  input.bko = std::move(*bko);
  input.unavailable = std::move(*out);
  return plan_response(202, api.deployment.create(actor, input));
}

Response list_plans(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.deployment.list(actor, request.query_value("unit").value_or(""));
  if (!result.ok()) return error_response(result.error());
  json::array items;
  for (const auto& p : *result) items.push_back(plan_json(p, false));
  return json_response(200, json::object{{"items", std::move(items)}});
}

Response get_plan(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  return plan_response(200, api.deployment.get(actor, *int_param(request, "id")));
}

Response cancel_plan(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  return plan_response(200, api.deployment.cancel(actor, *int_param(request, "id")));
}

Response approve_plan(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  return plan_response(200, api.deployment.approve(actor, *int_param(request, "id")));
}

Response replan(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  auto reason = f.text("reason");
  if (f.failed()) return error;
  auto bko = nrp_list(*body, "bko", error);
  if (!bko) return error;
  auto out = nrp_list(*body, "unavailable", error);
  if (!out) return error;
  return plan_response(202, api.deployment.replan(actor, *int_param(request, "id"),
                                                  reason.value_or(""), *out, *bko));
}

Response plan_posts(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  int limit = 500, offset = 0;
  if (auto v = request.query_value("limit")) {
    auto n = parse_id(*v);
    if (!n || *n > 5000)
      return bad_request("limit harus 1 sampai 5000", "limit must be 1 to 5000", "limit");
    limit = static_cast<int>(*n);
  }
  if (auto v = request.query_value("offset")) {
    auto n = *v == "0" ? std::optional<std::int64_t>(0) : parse_id(*v);
    if (!n || *n > 100000000) {
      return bad_request("offset harus bilangan bulat tidak negatif",
                         "offset must be a whole number, not negative", "offset");
    }
    offset = static_cast<int>(*n);
  }
  auto result = api.deployment.posts(actor, *int_param(request, "id"),
                                     request.query_value("sector"), limit, offset);
  if (!result.ok()) return error_response(result.error());
  json::array items;
  for (const auto& p : result->items) items.push_back(post_json(p));
  return json_response(200, json::object{{"items", std::move(items)}, {"total", result->total}});
}

Response plan_reserve(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.deployment.reserve(actor, *int_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  json::array items;
  for (const auto& o : *result) items.push_back(officer_json(o));
  return json_response(200, json::object{{"items", std::move(items)}});
}

Response plan_diff(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto against_text = request.query_value("against");
  auto against = against_text ? parse_id(*against_text) : std::nullopt;
  if (!against) {
    return bad_request("against wajib berisi id rencana pembanding",
                       "against must be the id of the plan to compare with", "against");
  }
  auto result = api.deployment.diff(actor, *int_param(request, "id"), *against);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, diff_json(*result));
}

Response plan_officer(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.deployment.officer(actor, *int_param(request, "id"), request.params.at("nrp"));
  if (!result.ok()) return error_response(result.error());
  json::object out = officer_json(result->officer).as_object();
  out["assignment"] = result->post ? post_json(*result->post) : json::value(nullptr);
  return json_response(200, out);
}

Response sprin(Api& api, Request& request, bool pdf) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  const std::int64_t id = *int_param(request, "id");
  auto bytes = pdf ? api.deployment.sprin_pdf(actor, id) : api.deployment.sprin_xlsx(actor, id);
  if (!bytes.ok()) return error_response(bytes.error());
  Response r;
  r.content_type =
      pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r.body = std::move(*bytes);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"sprin-pengamanan-tps-" +
                                                    std::to_string(id) +
                                                    (pdf ? ".pdf\"" : ".xlsx\""));
  return r;
}

}  // namespace

void register_deployment_routes(Router& router, Api& api) {
  router.add("GET", "/api/v1/deployment-patterns/{unit}",
             [&api](Request& r) { return get_patterns(api, r); });
  router.add("PUT", "/api/v1/deployment-patterns/{unit}",
             [&api](Request& r) { return put_patterns(api, r); });
  router.add("POST", "/api/v1/plans", [&api](Request& r) { return create_plan(api, r); });
  router.add("GET", "/api/v1/plans", [&api](Request& r) { return list_plans(api, r); });
  router.add("GET", "/api/v1/plans/{id:int}", [&api](Request& r) { return get_plan(api, r); });
  router.add("POST", "/api/v1/plans/{id:int}/cancel",
             [&api](Request& r) { return cancel_plan(api, r); });
  router.add("POST", "/api/v1/plans/{id:int}/approve",
             [&api](Request& r) { return approve_plan(api, r); });
  router.add("POST", "/api/v1/plans/{id:int}/replan",
             [&api](Request& r) { return replan(api, r); });
  router.add("GET", "/api/v1/plans/{id:int}/posts",
             [&api](Request& r) { return plan_posts(api, r); });
  router.add("GET", "/api/v1/plans/{id:int}/reserve",
             [&api](Request& r) { return plan_reserve(api, r); });
  router.add("GET", "/api/v1/plans/{id:int}/diff",
             [&api](Request& r) { return plan_diff(api, r); });
  router.add("GET", "/api/v1/plans/{id:int}/officers/{nrp}",
             [&api](Request& r) { return plan_officer(api, r); });
  router.add("GET", "/api/v1/plans/{id:int}/sprin.pdf",
             [&api](Request& r) { return sprin(api, r, true); });
  router.add("GET", "/api/v1/plans/{id:int}/sprin.xlsx",
             [&api](Request& r) { return sprin(api, r, false); });
}

}  // namespace siaga::http
