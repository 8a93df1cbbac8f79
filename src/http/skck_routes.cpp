#include <boost/json/object.hpp>

#include "http/api.hpp"
#include "http/json_codec.hpp"
#include "http/responses.hpp"
#include "service/crypto.hpp"

namespace siaga::http {

namespace {

Response list_skck(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto page = page_request(request, error);
  if (!page) return error;
  std::optional<SkckStatus> status;
  if (auto raw = request.query_value("status")) {
    status = parse_skck_status(*raw);
    if (!status) {
      return bad_request("status tidak dikenal (diajukan, diproses, terbit, ditolak)",
                         "unknown status (diajukan, diproses, terbit, ditolak)", "status");
    }
  }
  auto result = api.skck.list(actor, status, *page);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, page_json(*result));
}

Response submit_skck(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  service::SkckApplication app;
  app.applicant_name = f.text("applicant_name");
  app.nik = f.text("nik");
  app.domicile_code = f.text("domicile_code");
  app.election_id = f.integer("election_id");
  if (f.failed()) return error;
  Response key_error;
  const auto key_header = idempotency_key(request, key_error);
  if (!key_header) return key_error;
  const std::string& key = *key_header;
  bool replayed = false;
  auto result = api.skck.submit(actor, app, key, service::sha256_hex(request.body), &replayed);
  if (!result.ok()) return error_response(result.error());
  Response r = json_response(201, to_json(*result));
  r.headers.emplace_back("Location", "/api/v1/skck/" + std::to_string(result->id));
  if (replayed) r.headers.emplace_back("Idempotent-Replayed", "true");
  return r;
}

Response get_skck(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.skck.get(actor, *int_param(request, "id"));
  if (!result.ok()) return error_response(result.error());
  return json_response(200, to_json(*result));
}

Response transition_skck(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  auto status = f.text("status");
  auto reason = f.text("reason");
  if (f.failed()) return error;
  if (!status) {
    return error_response(422, "invalid_input", "status tujuan wajib diisi",
                          "the target status is required", "status");
  }
  auto to = parse_skck_status(*status);
  if (!to) {
    return error_response(422, "invalid_input", "status '" + *status + "' tidak dikenal",
                          "unknown status '" + *status + "'", "status");
  }
  auto result = api.skck.transition(actor, *int_param(request, "id"),
                                    service::SkckDecision{*to, reason.value_or("")});
  if (!result.ok()) return error_response(result.error());
  return json_response(200, to_json(*result));
}

}  // namespace

void register_skck_routes(Router& router, Api& api) {
  router.add("GET", "/api/v1/skck", [&api](Request& r) { return list_skck(api, r); });
  router.add("POST", "/api/v1/skck", [&api](Request& r) { return submit_skck(api, r); });
  router.add("GET", "/api/v1/skck/{id:int}", [&api](Request& r) { return get_skck(api, r); });
  router.add("POST", "/api/v1/skck/{id:int}/transition",
             [&api](Request& r) { return transition_skck(api, r); });
}

}  // namespace siaga::http
