#include "http/router.hpp"

#include <cctype>

#include "http/responses.hpp"

namespace siaga::http {

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start < path.size()) {
    if (path[start] == '/') {
      ++start;
      continue;
    }
    const std::size_t end = path.find('/', start);
    parts.push_back(path.substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return parts;
}

void Router::add(std::string method, std::string pattern, Handler handler) {
  Route route{std::move(method), pattern, {}, std::move(handler)};
  for (const std::string& part : split_path(pattern)) {
    Segment s;
    if (part.size() > 2 && part.front() == '{' && part.back() == '}') {
      s.is_param = true;
      std::string inner = part.substr(1, part.size() - 2);
      const std::size_t colon = inner.find(':');
      if (colon != std::string::npos) {
        s.is_int = inner.substr(colon + 1) == "int";
        inner = inner.substr(0, colon);
      }
      s.text = inner;
    } else {
      s.text = part;
    }
    route.segments.push_back(std::move(s));
  }
  routes_.push_back(std::move(route));
}

bool Router::match(const Route& route, const std::vector<std::string>& parts,
                   std::map<std::string, std::string>& params) {
  if (route.segments.size() != parts.size()) return false;
  std::map<std::string, std::string> found;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const Segment& s = route.segments[i];
    if (!s.is_param) {
      if (s.text != parts[i]) return false;
      continue;
    }
    if (s.is_int) {
      if (parts[i].empty() || parts[i].size() > 18) return false;
      for (char c : parts[i]) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
      }
    }
    found[s.text] = parts[i];
  }
  params = std::move(found);
  return true;
}

Response Router::dispatch(Request& request) const {
  const auto parts = split_path(request.path);
  std::string allowed;
  for (const Route& route : routes_) {
    std::map<std::string, std::string> params;
    if (!match(route, parts, params)) continue;
    if (route.method == request.method || (request.method == "HEAD" && route.method == "GET")) {
      request.params = std::move(params);
      return route.handler(request);
    }
    if (!allowed.empty()) allowed += ", ";
    allowed += route.method;
  }
  if (!allowed.empty()) {
    Response r = error_response(405, "method_not_allowed",
                                "metode " + request.method + " tidak didukung di alamat ini",
                                "method " + request.method + " is not allowed here", "");
    r.headers.emplace_back("Allow", allowed);
    return r;
  }
  const bool api_path = request.path == "/api" || request.path.starts_with("/api/");
  if (fallback_ && !api_path && (request.method == "GET" || request.method == "HEAD")) {
    return fallback_(request);
  }
  return error_response(404, "not_found", "alamat tidak dikenal: " + request.path,
                        "unknown address: " + request.path, "");
}

std::vector<RouteInfo> Router::routes() const {
  std::vector<RouteInfo> out;
  for (const Route& r : routes_) out.push_back({r.method, r.pattern});
  return out;
}

}  // namespace siaga::http
