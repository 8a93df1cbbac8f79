#include <fmt/format.h>
#include <boost/json/object.hpp>

#include "http/api.hpp"
#include "http/json_codec.hpp"
#include "http/responses.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

std::string session_cookie(const std::string& token, long long max_age_seconds) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}", kSessionCookie, token,
                     max_age_seconds);
}

Response health(Api& api) {
  return json_response(200, json::object{{"status", "ok"},
                                         {"service", "siaga"},
                                         {"database", api.context.db.describe().substr(0, 6)},
                                         {"time", format_utc(api.context.clock.now())}});
}

Response login(Api& api, Request& request) {
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  auto username = f.text("username");
  auto password = f.text("password");
  if (f.failed()) return error;
  if (!username || username->empty()) {
    return error_response(422, "invalid_input", "nama pengguna wajib diisi", "username is required",
                          "username");
  }
  if (!password || password->empty()) {
    return error_response(422, "invalid_input", "kata sandi wajib diisi", "password is required",
                          "password");
  }
  auto result = api.auth.login(*username, *password);
  if (!result.ok()) return error_response(result.error());
  const auto max_age = (result->expires_at - api.context.clock.now()).count();
  Response r = json_response(200, json::object{{"token", result->token},
                                               {"expires_at", format_utc(result->expires_at)},
                                               {"user", to_json(result->actor)}});
  r.headers.emplace_back("Set-Cookie", session_cookie(result->token, max_age));
  return r;
}

Response logout(Api& api, Request& request) {
  const Status st = api.auth.logout(session_token(request));
  if (!st.ok()) return error_response(st.error());
  Response r;
  r.status = 204;
  r.headers.emplace_back("Set-Cookie", session_cookie("", 0));
  return r;
}

Response me(Api& api, Request& request) {
  auto actor = authenticate(api, request);
  if (!actor.ok()) return error_response(actor.error());
  return json_response(200, json::object{{"user", to_json(*actor)}});
}

Response change_password(Api& api, Request& request) {
  auto actor = authenticate(api, request);
  if (!actor.ok()) return error_response(actor.error());
  Response error;
  auto body = json_body(request, error);
  if (!body) return error;
  FieldReader f(*body, error);
  auto current = f.text("current_password");
  auto replacement = f.text("new_password");
  if (f.failed()) return error;
  const Status st =
      api.auth.change_password(*actor, current.value_or(""), replacement.value_or(""));
  if (!st.ok()) return error_response(st.error());
  Response r;
  r.status = 204;
  return r;
}

}  // namespace

void register_session_routes(Router& router, Api& api) {
  router.add("GET", "/api/v1/health", [&api](Request&) { return health(api); });
  router.add("POST", "/api/v1/session", [&api](Request& r) { return login(api, r); });
  router.add("GET", "/api/v1/session", [&api](Request& r) { return me(api, r); });
  router.add("DELETE", "/api/v1/session", [&api](Request& r) { return logout(api, r); });
  router.add("PUT", "/api/v1/session/password",
             [&api](Request& r) { return change_password(api, r); });
}

}  // namespace siaga::http
