#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "http/api.hpp"
#include "http/json_codec.hpp"
#include "http/query_params.hpp"
#include "http/responses.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

Response list_regions(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  bool failed = false;
  auto page = page_request(request, error);
  if (!page) return error;
  store::RegionQuery query;
  query.page = *page;
  query.parent_code = region_param(request, "parent", error, failed);
  if (failed) return error;
  if (auto level = request.query_value("level")) {
    auto parsed = parse_region_level(*level);
    if (!parsed) {
      return bad_request(
          "level tidak dikenal (provinsi, kabupaten, kota, kecamatan, desa, kelurahan)",
          "unknown level (provinsi, kabupaten, kota, kecamatan, desa, kelurahan)", "level");
    }
    query.depth = region_depth(*parsed);
  }
  if (auto q = request.query_value("q"); q && !q->empty()) query.name_prefix = *q;
  auto result = api.registry.list_regions(actor, query);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, page_json(*result));
}

Response get_region(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.registry.get_region(actor, request.params.at("code"));
  if (!result.ok()) return error_response(result.error());
  return json_response(200, to_json(*result));
}

Response region_geojson(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  bool failed = false;
  auto within = region_param(request, "within", error, failed);
  if (failed) return error;
  int depth = 4;
  if (auto level = request.query_value("level")) {
    auto parsed = parse_region_level(*level);
    if (!parsed) return bad_request("level tidak dikenal", "unknown level", "level");
    depth = region_depth(*parsed);
  }
  // Default simplification by level: about 10 m for desa, 50 m for kecamatan,
  // 100 m above; what a command-post map at that level can show.
  double tolerance = depth >= 4 ? 0.0001 : depth == 3 ? 0.0005 : 0.001;
  if (auto raw = request.query_value("tolerance")) {
    try {
      tolerance = std::stod(*raw);
    } catch (const std::exception&) {
      tolerance = -1;
    }
    if (!(tolerance >= 0 && tolerance <= 1)) {
      return bad_request("tolerance harus angka 0 sampai 1 (derajat)",
                         "tolerance must be a number from 0 to 1 (degrees)", "tolerance");
    }
  }
  auto result = api.registry.region_shapes(actor, within.value_or(""), depth, 10000, tolerance);
  if (!result.ok()) return error_response(result.error());
  json::array features;
  for (const auto& rs : *result) {
    features.push_back(
        json::object{{"type", "Feature"},
                     {"properties", json::object{{"code", rs.region.code},
                                                 {"name", rs.region.name},
                                                 {"level", to_string(rs.region.level)}}},
                     {"geometry", geometry_json(rs.shape)}});
  }
  Response r = json_response(
      200, json::object{{"type", "FeatureCollection"}, {"features", std::move(features)}});
  r.content_type = "application/geo+json";
  return r;
}

Response search(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  int limit = 20;
  if (auto raw = request.query_value("limit")) {
    try {
      limit = std::stoi(*raw);
    } catch (const std::exception&) {
      limit = 0;
    }
    if (limit < 1 || limit > 50)
      return bad_request("limit harus 1 sampai 50", "limit must be 1 to 50", "limit");
  }
  auto result = api.search.search(actor, request.query_value("q").value_or(""), limit);
  if (!result.ok()) return error_response(result.error());
  json::array items;
  for (const auto& h : *result) {
    json::object o{
        {"type", h.type}, {"name", h.name}, {"detail", h.detail}, {"detail_en", h.detail_en}};
    o["id"] = h.id ? json::value(*h.id) : json::value(nullptr);
    o["code"] = h.code.empty() ? json::value(nullptr) : json::value(h.code);
    o["lat"] = h.position ? json::value(h.position->lat) : json::value(nullptr);
    o["lon"] = h.position ? json::value(h.position->lon) : json::value(nullptr);
    items.push_back(std::move(o));
  }
  const auto total = static_cast<std::int64_t>(items.size());
  return json_response(
      200, json::object{{"items", std::move(items)}, {"total", total}, {"next", nullptr}});
}

Response list_units(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto page = page_request(request, error);
  if (!page) return error;
  std::optional<UnitLevel> level;
  if (auto raw = request.query_value("level")) {
    level = parse_unit_level(*raw);
    if (!level) {
      return bad_request("level tidak dikenal (mabes, polda, polres, polsek)",
                         "unknown level (mabes, polda, polres, polsek)", "level");
    }
  }
  auto result = api.registry.list_units(actor, level, *page);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, page_json(*result));
}

Response get_unit(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.registry.get_unit(actor, *int_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  return json_response(200, to_json(*result));
}

// The filters of the TPS list and its GeoJSON form.
std::optional<store::TpsQuery> tps_query(const Request& request, Response& error, int max_limit) {
  store::TpsQuery query;
  bool failed = false;
  auto page = page_request(request, error, max_limit);
  if (!page) return std::nullopt;
  query.page = *page;
  auto regency = region_param(request, "regency", error, failed);
  auto region = region_param(request, "region", error, failed);
  if (failed) return std::nullopt;
  query.region_code = region ? region : regency;
  query.bbox = bbox_param(request, error, failed);
  if (failed) return std::nullopt;
  if (auto cls = request.query_value("class")) {
    query.tps_class = parse_tps_class(*cls);
    if (!query.tps_class) {
      error = bad_request("kelas tidak dikenal (kurang_rawan, rawan, sangat_rawan, khusus)",
                          "unknown class (kurang_rawan, rawan, sangat_rawan, khusus)", "class");
      return std::nullopt;
    }
  }
  if (auto unit = request.query_value("unit")) {
    query.unit_id = parse_id(*unit);
    if (!query.unit_id) {
      error = bad_request("unit harus id satuan (bilangan bulat positif)",
                          "unit must be a unit id (a positive whole number)", "unit");
      return std::nullopt;
    }
  }
  if (auto q = request.query_value("q"); q && !q->empty()) query.code_prefix = *q;
  return query;
}

Response list_tps(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto query = tps_query(request, error, 1000);
  if (!query) return error;
  auto result = api.registry.list_tps(actor, *query);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, page_json(*result));
}

Response tps_geojson(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto query = tps_query(request, error, 5000);  // the map takes a whole Polres in one page
  if (!query) return error;
  if (!request.query_value("limit")) query->page.limit = 5000;
  auto result = api.registry.list_tps(actor, *query);
  if (!result.ok()) return error_response(result.error());
  json::array features;
  for (const Tps& t : result->items) {
    json::value props = to_json(t);
    features.push_back(json::object{{"type", "Feature"},
                                    {"properties", std::move(props)},
                                    {"geometry", point_json(t.position)}});
  }
  json::object body{
      {"type", "FeatureCollection"}, {"features", std::move(features)}, {"total", result->total}};
  body["next"] = result->next ? json::value(std::to_string(*result->next)) : json::value(nullptr);
  Response r = json_response(200, body);
  r.content_type = "application/geo+json";
  return r;
}

Response get_tps(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.registry.get_tps(actor, *int_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  return json_response(200, to_json(*result));
}

}  // namespace

void register_registry_routes(Router& router, Api& api) {
  router.add("GET", "/api/v1/regions", [&api](Request& r) { return list_regions(api, r); });
  router.add("GET", "/api/v1/regions/geojson",
             [&api](Request& r) { return region_geojson(api, r); });
  router.add("GET", "/api/v1/regions/{code}", [&api](Request& r) { return get_region(api, r); });
  router.add("GET", "/api/v1/search", [&api](Request& r) { return search(api, r); });
  router.add("GET", "/api/v1/units", [&api](Request& r) { return list_units(api, r); });
  router.add("GET", "/api/v1/units/{id:int}", [&api](Request& r) { return get_unit(api, r); });
  router.add("GET", "/api/v1/tps", [&api](Request& r) { return list_tps(api, r); });
  router.add("GET", "/api/v1/tps/geojson", [&api](Request& r) { return tps_geojson(api, r); });
  router.add("GET", "/api/v1/tps/{id:int}", [&api](Request& r) { return get_tps(api, r); });
}

}  // namespace siaga::http
