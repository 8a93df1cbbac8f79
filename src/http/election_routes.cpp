#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "http/api.hpp"
#include "http/json_codec.hpp"
#include "http/query_params.hpp"
#include "http/responses.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

Response list_elections(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.elections.list(actor);
  if (!result.ok()) return error_response(result.error());
  json::array items;
  for (const Election& e : *result) items.push_back(to_json(e));
  const auto total = static_cast<std::int64_t>(items.size());
  return json_response(
      200, json::object{{"items", std::move(items)}, {"total", total}, {"next", nullptr}});
}

Response get_election(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  const std::int64_t id = *int_param(request, "id");
  auto election = api.elections.get(actor, id);
  if (!election.ok()) return error_response(election.error());
  auto candidates = api.elections.candidates(actor, id);
  if (!candidates.ok()) return error_response(candidates.error());
  json::value body = to_json(*election);
  json::array list;
  for (const Candidate& c : *candidates) list.push_back(to_json(c));
  body.as_object()["candidates"] = std::move(list);
  return json_response(200, body);
}

Response list_candidates(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.elections.candidates(actor, *int_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  json::array items;
  for (const Candidate& c : *result) items.push_back(to_json(c));
  const auto total = static_cast<std::int64_t>(items.size());
  return json_response(
      200, json::object{{"items", std::move(items)}, {"total", total}, {"next", nullptr}});
}

Response list_stages(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  std::optional<std::chrono::sys_days> on;
  if (auto at = request.query_value("at")) {
    std::chrono::sys_days day;
    if (!parse_date(*at, day)) {
      return bad_request("at harus tanggal TTTT-BB-HH", "at must be a YYYY-MM-DD date", "at");
    }
    on = day;
  }
  auto result = api.elections.calendar(actor, on);
  if (!result.ok()) return error_response(result.error());
  json::array items;
  for (std::size_t i = 0; i < result->stages.size(); ++i) {
    json::value s = to_json(result->stages[i]);
    s.as_object()["current"] = result->current && *result->current == i;
    items.push_back(std::move(s));
  }
  json::object body{{"items", std::move(items)},
                    {"total", static_cast<std::int64_t>(result->stages.size())},
                    {"next", nullptr},
                    {"today", result->today}};
  body["current"] =
      result->current ? to_json(result->stages[*result->current]) : json::value(nullptr);
  body["voting_date"] =
      result->voting_date ? json::value(*result->voting_date) : json::value(nullptr);
  return json_response(200, body);
}

}  // namespace

void register_election_routes(Router& router, Api& api) {
  router.add("GET", "/api/v1/elections", [&api](Request& r) { return list_elections(api, r); });
  router.add("GET", "/api/v1/elections/{id:int}",
             [&api](Request& r) { return get_election(api, r); });
  router.add("GET", "/api/v1/elections/{id:int}/candidates",
             [&api](Request& r) { return list_candidates(api, r); });
  router.add("GET", "/api/v1/stages", [&api](Request& r) { return list_stages(api, r); });
}

}  // namespace siaga::http
