#pragma once
// Routes by method and path pattern. A pattern's segments are literals or
// typed parameters: "/api/v1/tps/{id:int}", "/api/v1/regions/{code}".
// A path that matches no pattern is 404; one that matches with another
// method is 405 with an Allow header.

#include <functional>
#include <string>
#include <vector>

#include "http/message.hpp"

namespace siaga::http {

using Handler = std::function<Response(Request&)>;

struct RouteInfo {
  std::string method;
  std::string pattern;
};

class Router {
 public:
  void add(std::string method, std::string pattern, Handler handler);
  // Answers GET requests that match no route outside /api/ (the web app).
  void set_fallback(Handler handler) { fallback_ = std::move(handler); }
  Response dispatch(Request& request) const;
  std::vector<RouteInfo> routes() const;

 private:
  struct Segment {
    std::string text;  // literal text, or the parameter name
    bool is_param = false;
    bool is_int = false;
  };
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<Segment> segments;
    Handler handler;
  };
  static bool match(const Route& route, const std::vector<std::string>& parts,
                    std::map<std::string, std::string>& params);
  std::vector<Route> routes_;
  Handler fallback_;
};

std::vector<std::string> split_path(const std::string& path);

}  // namespace siaga::http
