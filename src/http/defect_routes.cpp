// Defect and fuel report endpoints (laporan kerusakan / BBM): thin readers of
// the request around DefectService. The photo travels as base64 in the JSON
// body, so a phone can queue the whole report offline and retry it.

#include <boost/json/object.hpp>

#include <array>

#include "http/api.hpp"
#include "http/base64.hpp"
#include "http/inspection_json.hpp"
#include "http/responses.hpp"
#include "service/crypto.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

std::int64_t id_param(const Request& request, const char* name) {
  return int_param(request, name).value_or(0);
}

Response report_defect(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  auto unit = f.text("unit");
  auto item_id = f.integer("item_id");
  auto kind = f.text("kind");
  auto description = f.text("description");
  auto photo = f.text("photo");
  if (f.failed()) return error;
  service::DefectInput input;
  input.unit_code = unit.value_or("");
  input.item_id = item_id;
  input.description = description.value_or("");
  if (kind) {
    input.kind = parse_defect_kind(*kind);
    if (!input.kind) {
      return error_response(422, "invalid_input", "jenis laporan harus kerusakan atau bbm",
                            "kind must be kerusakan or bbm", "kind");
    }
  }
  if (photo && !photo->empty()) {
    auto bytes = decode_base64(*photo);
    if (!bytes) {
      return bad_request(
          "foto harus berupa teks base64 (boleh diawali "
          "data:image/...;base64,)",
          "photo must be base64 text (optionally after data:image/...;base64,)", "photo");
    }
    input.photo = std::move(*bytes);
  }
  Response key_error;
  const auto key_header = idempotency_key(request, key_error);
  if (!key_header) return key_error;
  const std::string& key = *key_header;
  auto result = api.defects.report(actor, input, key, service::sha256_hex(request.body));
  if (!result.ok()) return error_response(result.error());
  Response r = json_response(201, defect_json(result->defect));
  r.headers.emplace_back("Location", "/api/v1/defects/" + std::to_string(result->defect.defect.id));
  if (result->replayed) r.headers.emplace_back("Idempotent-Replayed", "true");
  return r;
}

Response list_defects(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto page = page_request(request, error);
  if (!page) return error;
  service::DefectFilter filter;
  filter.page = *page;
  filter.unit_code = request.query_value("unit").value_or("");
  if (auto open = request.query_value("open")) {
    if (*open != "true" && *open != "false") {
      return bad_request("open harus true atau false", "open must be true or false", "open");
    }
    filter.open = *open == "true";
  }
  auto result = api.defects.list(actor, filter);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, defect_page_json(*result));
}

Response get_defect(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.defects.get(actor, id_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  return json_response(200, defect_json(*result));
}

Response transition_defect(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  auto status = f.text("status");
  auto note = f.text("note");
  if (f.failed()) return error;
  auto to = status ? parse_defect_status(*status) : std::nullopt;
  if (!to) {
    return error_response(422, "invalid_input", "status harus ditindaklanjuti atau selesai",
                          "status must be ditindaklanjuti or selesai", "status");
  }
  auto result = api.defects.transition(actor, id_param(request, "id"), *to, note.value_or(""));
  if (!result.ok()) return error_response(result.error());
  return json_response(200, defect_json(*result));
}

Response defect_photo(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.defects.photo(actor, id_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  Response r;
  r.content_type = result->content_type;
  r.body = std::move(result->bytes);
  r.headers.emplace_back("Cache-Control", "private, max-age=3600");
  return r;
}

}  // namespace

void register_defect_routes(Router& router, Api& api) {
  router.add("POST", "/api/v1/defects", [&api](Request& r) { return report_defect(api, r); });
  router.add("GET", "/api/v1/defects", [&api](Request& r) { return list_defects(api, r); });
  router.add("GET", "/api/v1/defects/{id:int}", [&api](Request& r) { return get_defect(api, r); });
  router.add("POST", "/api/v1/defects/{id:int}/transition",
             [&api](Request& r) { return transition_defect(api, r); });
  router.add("GET", "/api/v1/defects/{id:int}/photo",
             [&api](Request& r) { return defect_photo(api, r); });
}

}  // namespace siaga::http
