#include <fmt/format.h>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include "http/api.hpp"
#include "http/json_codec.hpp"
#include "http/responses.hpp"
#include "service/audit_log.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

Response import_file(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto kind = service::parse_import_kind(request.params.at("kind"));
  if (!kind) {
    return error_response(404, "not_found", "jenis impor tidak dikenal", "unknown import kind",
                          "kind");
  }
  auto result = api.imports.run(actor, *kind, request.body);
  if (!result.ok()) return error_response(result.error());
  if (!result->ok()) {
    json::array issues;
    for (const ImportIssue& i : result->issues) issues.push_back(to_json(i));
    Response r = error_response(
        422, "invalid_input",
        fmt::format("berkas ditolak: {} masalah; tidak ada yang disimpan", result->issues.size()),
        fmt::format("file rejected: {} problems; nothing was stored", result->issues.size()), "");
    json::value body = json::parse(r.body);
    body.as_object()["issues"] = std::move(issues);
    return json_response(422, body);
  }
  json::object body;
  body["imported"] = result->imported;
  return json_response(200, body);
}

Response list_audit(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto page = page_request(request, error);
  if (!page) return error;
  auto result = service::list_audit(api.context.db, actor, *page);
  if (!result.ok()) return error_response(result.error());
  return json_response(200, page_json(*result));
}

Response verify_audit(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto verdict = service::verify_audit_as(api.context.db, actor);
  if (!verdict.ok()) return error_response(verdict.error());
  json::object body{{"entries", verdict->entries}, {"intact", verdict->intact}};
  body["first_bad_id"] =
      verdict->first_bad_id ? json::value(*verdict->first_bad_id) : json::value(nullptr);
  body["problem"] = verdict->problem_id;
  body["problem_en"] = verdict->problem_en;
  return json_response(200, body);
}

Response list_users(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  auto result = api.users.list(actor);
  if (!result.ok()) return error_response(result.error());
  json::array items;
  for (const User& u : *result) items.push_back(to_json(u));
  const auto total = static_cast<std::int64_t>(items.size());
  return json_response(
      200, json::object{{"items", std::move(items)}, {"total", total}, {"next", nullptr}});
}

Response create_user(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  service::NewUser input;
  input.username = f.text("username").value_or("");
  input.password = f.text("password").value_or("");
  input.full_name = f.text("full_name").value_or("");
  input.unit_code = f.text("unit_code").value_or("");
  const std::string role = f.text("role").value_or("");
  if (f.failed()) return error;
  auto parsed = parse_role(role);
  if (!parsed) {
    return error_response(422, "invalid_input", "peran '" + role + "' tidak dikenal",
                          "unknown role '" + role + "'", "role");
  }
  input.role = *parsed;
  auto result = api.users.add(actor, input);
  if (!result.ok()) return error_response(result.error());
  return json_response(201, to_json(*result));
}

}  // namespace

void register_admin_routes(Router& router, Api& api) {
  router.add("POST", "/api/v1/import/{kind}", [&api](Request& r) { return import_file(api, r); });
  router.add("GET", "/api/v1/audit", [&api](Request& r) { return list_audit(api, r); });
  router.add("GET", "/api/v1/audit/verify", [&api](Request& r) { return verify_audit(api, r); });
  router.add("GET", "/api/v1/users", [&api](Request& r) { return list_users(api, r); });
  router.add("POST", "/api/v1/users", [&api](Request& r) { return create_user(api, r); });
}

}  // namespace siaga::http
