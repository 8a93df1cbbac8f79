#include "io/route_answer_json.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <cmath>

namespace siaga::io {

namespace json = boost::json;

namespace {

Error bad(std::string field, const std::string& id, const std::string& en) {
  return make_error(ErrorCode::invalid_input, id, en, std::move(field));
}

std::optional<double> number(const json::value& v) {
  if (v.is_int64()) return static_cast<double>(v.get_int64());
  if (v.is_uint64()) return static_cast<double>(v.get_uint64());
  if (v.is_double()) return v.get_double();
  return std::nullopt;
}

std::optional<std::int64_t> integer(const json::value& v) {
  if (v.is_int64()) return v.get_int64();
  if (v.is_uint64() && v.get_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
    return static_cast<std::int64_t>(v.get_uint64());
  }
  if (v.is_double() && std::floor(v.get_double()) == v.get_double() &&
      std::abs(v.get_double()) < 9e15) {
    return static_cast<std::int64_t>(v.get_double());
  }
  return std::nullopt;
}

Result<std::vector<std::int64_t>> ids(const json::value& v, const std::string& field) {
  const json::array* array = v.if_array();
  if (!array) return bad(field, "harus daftar id", "must be an array of ids");
  std::vector<std::int64_t> out;
  out.reserve(array->size());
  for (std::size_t i = 0; i < array->size(); ++i) {
    const auto id = integer((*array)[i]);
    if (!id) {
      return bad(fmt::format("{}[{}]", field, i), "id harus bilangan bulat",
                 "an id must be an integer");
    }
    out.push_back(*id);
  }
  return out;
}

}  // namespace

Result<RouteAnswer> parse_route_answer(std::string_view text) {
  boost::system::error_code ec;
  const json::value doc = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec) return bad("", "bukan JSON yang sah: " + ec.message(), "not valid JSON: " + ec.message());
  const json::object* root = doc.if_object();
  if (!root) return bad("", "harus objek JSON", "must be a JSON object");

  RouteAnswer out;
  if (const json::value* v = root->if_contains("instance"); v && v->is_string()) {
    out.instance = std::string(v->get_string());
  }
  const json::value* cost = root->if_contains("cost");
  const auto cost_value = cost ? number(*cost) : std::nullopt;
  if (!cost_value) return bad("cost", "harus angka", "must be a number");
  out.cost = *cost_value;

  const json::value* unassigned = root->if_contains("unassigned");
  if (!unassigned) return bad("unassigned", "wajib ada", "is required");
  auto unassigned_ids = ids(*unassigned, "unassigned");
  if (!unassigned_ids) return unassigned_ids.error();
  out.unassigned = std::move(*unassigned_ids);

  const json::value* routes = root->if_contains("routes");
  if (!routes || !routes->is_array()) {
    return bad("routes", "harus daftar rute", "must be an array of routes");
  }
  for (std::size_t r = 0; r < routes->get_array().size(); ++r) {
    auto route = ids(routes->get_array()[r], fmt::format("routes[{}]", r));
    if (!route) return route.error();
    out.routes.push_back(std::move(*route));
  }

  if (const json::value* v = root->if_contains("vehicles")) {
    const auto n = integer(*v);
    if (!n || *n < 0)
      return bad("vehicles", "harus bilangan bulat >= 0", "must be an integer >= 0");
    out.vehicles = static_cast<std::size_t>(*n);
  }
  if (const json::value* v = root->if_contains("seconds")) out.seconds = number(*v);
  if (const json::value* v = root->if_contains("seconds_to_best")) out.seconds_to_best = number(*v);
  if (const json::value* v = root->if_contains("iterations")) {
    const auto n = integer(*v);
    if (n && *n >= 0) out.iterations = static_cast<std::uint64_t>(*n);
  }
  return out;
}

}  // namespace siaga::io
