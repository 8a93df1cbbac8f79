#include "http/api.hpp"

#include <boost/json/parse.hpp>

#include <fmt/format.h>

#include <charconv>

#include "http/responses.hpp"

namespace siaga::http {

namespace json = boost::json;

std::string session_token(const Request& request) {
  if (auto auth = request.header("authorization")) {
    constexpr std::string_view kBearer = "Bearer ";
    if (auth->size() > kBearer.size() && auth->compare(0, kBearer.size(), kBearer) == 0) {
      return auth->substr(kBearer.size());
    }
  }
  return request.cookie(kSessionCookie).value_or("");
}

Result<Actor> authenticate(Api& api, const Request& request) {
  return api.auth.authenticate(session_token(request));
}

std::optional<json::object> json_body(const Request& request, Response& error) {
  boost::system::error_code ec;
  json::value v = json::parse(request.body, ec);
  if (ec) {
    error = bad_request("isi permintaan bukan JSON yang sah: " + ec.message(),
                        "request body is not valid JSON: " + ec.message(), "");
    return std::nullopt;
  }
  if (!v.is_object()) {
    error =
        bad_request("isi permintaan harus objek JSON", "request body must be a JSON object", "");
    return std::nullopt;
  }
  return std::move(v.get_object());
}

void FieldReader::wrong_type(const char* name, const char* type_id, const char* type_en) {
  if (failed_) return;
  failed_ = true;
  error_ = bad_request(std::string("'") + name + "' harus " + type_id,
                       std::string("'") + name + "' must be " + type_en, name);
}

std::optional<std::string> FieldReader::text(const char* name) {
  const json::value* v = body_.if_contains(name);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_string()) {
    wrong_type(name, "teks", "a string");
    return std::nullopt;
  }
  return std::string(v->get_string());
}

std::optional<double> FieldReader::number(const char* name) {
  const json::value* v = body_.if_contains(name);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_number()) {
    wrong_type(name, "angka", "a number");
    return std::nullopt;
  }
  return v->to_number<double>();
}

std::optional<std::int64_t> FieldReader::integer(const char* name) {
  const json::value* v = body_.if_contains(name);
  if (!v || v->is_null()) return std::nullopt;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
    return static_cast<std::int64_t>(v->get_uint64());
  }
  wrong_type(name, "bilangan bulat", "an integer");
  return std::nullopt;
}

namespace {

std::optional<std::int64_t> parse_int(const std::string& text) {
  std::int64_t out = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
  return out;
}

}  // namespace

std::optional<std::int64_t> parse_id(const std::string& text) {
  auto n = parse_int(text);
  if (!n || *n <= 0 || text.front() == '+' || text.front() == '-') return std::nullopt;
  return n;
}

std::optional<std::int64_t> int_param(const Request& request, const char* name) {
  auto it = request.params.find(name);
  if (it == request.params.end()) return std::nullopt;
  return parse_int(it->second);
}

std::optional<store::PageRequest> page_request(const Request& request, Response& error,
                                               int max_limit) {
  store::PageRequest page;
  if (auto limit = request.query_value("limit")) {
    auto n = parse_int(*limit);
    if (!n || *n < 1 || *n > max_limit) {
      error = bad_request(fmt::format("limit harus 1 sampai {}", max_limit),
                          fmt::format("limit must be 1 to {}", max_limit), "limit");
      return std::nullopt;
    }
    page.limit = static_cast<int>(*n);
  }
  if (auto cursor = request.query_value("cursor")) {
    auto n = parse_int(*cursor);
    if (!n || *n < 0) {
      error = bad_request("cursor tidak sah; pakai nilai 'next' dari halaman sebelumnya",
                          "invalid cursor; use the 'next' of the previous page", "cursor");
      return std::nullopt;
    }
    page.after_id = *n;
  }
  return page;
}

std::optional<std::string> idempotency_key(const Request& request, Response& error) {
  std::string key = request.header("idempotency-key").value_or("");
  if (key.size() > 200) {
    error = bad_request("Idempotency-Key paling panjang 200 karakter",
                        "Idempotency-Key is longer than 200 characters", "Idempotency-Key");
    return std::nullopt;
  }
  return key;
}

void register_api_routes(Router& router, Api& api) {
  register_session_routes(router, api);
  register_registry_routes(router, api);
  register_object_routes(router, api);
  register_election_routes(router, api);
  register_skck_routes(router, api);
  register_admin_routes(router, api);
  register_event_routes(router, api);
  register_vulnerability_routes(router, api);
  register_readiness_routes(router, api);
  register_inspection_routes(router, api);
  register_defect_routes(router, api);
  register_readiness_recap_routes(router, api);
  register_deployment_routes(router, api);
  register_incident_routes(router, api);
  register_field_unit_routes(router, api);
  register_laphar_routes(router, api);
  register_patrol_execution_routes(router, api);
  register_patrol_routes(router, api);
}

}  // namespace siaga::http
