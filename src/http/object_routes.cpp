#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "http/api.hpp"
#include "http/json_codec.hpp"
#include "http/query_params.hpp"
#include "http/responses.hpp"
#include "service/crypto.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

// Reads the editable fields; absent fields stay empty (PATCH keeps them).
std::optional<service::ObjectInput> object_input(const Request& request, Response& error) {
  auto body = json_body(request, error);
  if (!body) return std::nullopt;
  FieldReader f(*body, error);
  service::ObjectInput input;
  if (auto kind = f.text("kind")) {
    input.kind = parse_object_kind(*kind);
    if (!input.kind) {
      error = error_response(422, "invalid_input", "jenis objek '" + *kind + "' tidak dikenal",
                             "unknown object kind '" + *kind + "'", "kind");
      return std::nullopt;
    }
  }
  input.name = f.text("name");
  input.lat = f.number("lat");
  input.lon = f.number("lon");
  input.desa_code = f.text("desa_code");
  input.notes = f.text("notes");
  if (f.failed()) return std::nullopt;
  return input;
}

Response list_objects(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  bool failed = false;
  auto page = page_request(request, error);
  if (!page) return error;
  store::ObjectQuery query;
  query.page = *page;
  query.region_code = region_param(request, "region", error, failed);
  query.bbox = bbox_param(request, error, failed);
  if (failed) return error;
  if (auto kind = request.query_value("kind")) {
    query.kind = parse_object_kind(*kind);
    if (!query.kind) return bad_request("jenis objek tidak dikenal", "unknown object kind", "kind");
  }
  if (auto q = request.query_value("q"); q && !q->empty()) query.name_contains = *q;
  auto result = api.objects.list(actor, query);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, page_json(*result));
}

Response create_object(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto input = object_input(request, error);
  if (!input) return error;
  Response key_error;
  const auto key_header = idempotency_key(request, key_error);
  if (!key_header) return key_error;
  const std::string& key = *key_header;
  auto result = api.objects.create(actor, *input, key, service::sha256_hex(request.body));
  if (!result.ok()) return error_response(result.error());
  Response r = json_response(201, to_json(result->object));
  r.headers.emplace_back("Location", "/api/v1/objects/" + std::to_string(result->object.id));
  if (result->replayed) r.headers.emplace_back("Idempotent-Replayed", "true");
  return r;
}

Response get_object(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.objects.get(actor, *int_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  return json_response(200, to_json(*result));
}

Response update_object(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto input = object_input(request, error);
  if (!input) return error;
  auto result = api.objects.update(actor, *int_param(request, "id"), *input);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, to_json(*result));
}

Response delete_object(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  const Status st = api.objects.remove(actor, *int_param(request, "id"));
  if (!st.ok()) return error_response(st.error());
  Response r;
  r.status = 204;
  return r;
}

Response object_kinds() {
  json::array kinds;
  for (ObjectKind k : all_object_kinds()) {
    kinds.push_back(
        json::object{{"code", to_string(k)}, {"label", label_id(k)}, {"label_en", label_en(k)}});
  }
  return json_response(200, json::object{{"items", std::move(kinds)}});
}

}  // namespace

void register_object_routes(Router& router, Api& api) {
  router.add("GET", "/api/v1/object-kinds", [](Request&) { return object_kinds(); });
  router.add("GET", "/api/v1/objects", [&api](Request& r) { return list_objects(api, r); });
  router.add("POST", "/api/v1/objects", [&api](Request& r) { return create_object(api, r); });
  router.add("GET", "/api/v1/objects/{id:int}", [&api](Request& r) { return get_object(api, r); });
  router.add("PATCH", "/api/v1/objects/{id:int}",
             [&api](Request& r) { return update_object(api, r); });
  router.add("DELETE", "/api/v1/objects/{id:int}",
             [&api](Request& r) { return delete_object(api, r); });
}

}  // namespace siaga::http
