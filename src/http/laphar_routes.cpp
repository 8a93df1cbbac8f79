// The Laphar: figures for the dashboard as JSON, and the same as PDF / XLSX.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "http/api.hpp"
#include "http/responses.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

json::array counts_json(const std::vector<report::LapharCount>& counts) {
  json::array out;
  for (const auto& c : counts) {
    out.push_back(json::object{{"key", c.key}, {"label", c.label}, {"count", c.count}});
  }
  return out;
}

json::object spread_json(const Spread& s) {
  return json::object{{"count", s.count}, {"median_s", s.median_s}, {"p90_s", s.p90_s}};
}

json::value laphar_json(const report::LapharReport& r) {
  json::array notable;
  for (const auto& i : r.notable) {
    notable.push_back(json::object{{"tracking_code", i.tracking_code},
                                   {"reported_at", i.reported_at},
                                   {"type", i.type_label},
                                   {"level", i.level},
                                   {"status", i.status_label},
                                   {"place", i.place},
                                   {"description", i.description},
                                   {"unit", i.unit}});
  }
  json::array response;
  for (const auto& s : r.response) {
    response.push_back(json::object{{"sector", s.sector},
                                    {"to_dispatch", spread_json(s.to_dispatch)},
                                    {"to_arrival", spread_json(s.to_arrival)}});
  }
  return json::object{{"unit_name", r.unit_name},
                      {"parent_unit_name", r.parent_unit_name},
                      {"date", r.date},
                      {"generated_at", r.generated_at},
                      {"total", r.total},
                      {"by_type", counts_json(r.by_type)},
                      {"by_status", counts_json(r.by_status)},
                      {"by_level", counts_json(r.by_level)},
                      {"by_kecamatan", counts_json(r.by_kecamatan)},
                      {"notable", std::move(notable)},
                      {"response", std::move(response)}};
}

Response laphar(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.laphar.figures(actor, request.query_value("unit").value_or(""),
                                   request.query_value("date").value_or(""));
  if (!result.ok()) return error_response(result.error());
  return json_response(200, laphar_json(*result));
}

Response laphar_document(Api& api, Request& request, bool pdf) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  const std::string unit = request.query_value("unit").value_or("");
  const std::string date = request.query_value("date").value_or("");
  auto bytes = pdf ? api.laphar.pdf(actor, unit, date) : api.laphar.xlsx(actor, unit, date);
  if (!bytes.ok()) return error_response(bytes.error());
  Response r;
  r.content_type =
      pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const std::string name = "laphar-" + (unit.empty() ? actor.unit_code : unit) +
                           (date.empty() ? "" : "-" + date) + (pdf ? ".pdf" : ".xlsx");
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
  r.body = std::move(*bytes);
  return r;
}

}  // namespace

void register_laphar_routes(Router& router, Api& api) {
  router.add("GET", "/api/v1/laphar", [&api](Request& r) { return laphar(api, r); });
  router.add("GET", "/api/v1/laphar.pdf",
             [&api](Request& r) { return laphar_document(api, r, true); });
  router.add("GET", "/api/v1/laphar.xlsx",
             [&api](Request& r) { return laphar_document(api, r, false); });
}

}  // namespace siaga::http
