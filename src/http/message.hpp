#pragma once
// The HTTP request and response as handlers see them: plain values, so that
// only server.cpp compiles Boost.Beast.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace siaga::http {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded path, without the query
  std::multimap<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // names in lowercase
  std::string body;
  std::map<std::string, std::string> params;  // path parameters from the route
  std::string client_address;                 // the peer's IP address, for per-client limits

  std::optional<std::string> header(const std::string& lowercase_name) const;
  std::optional<std::string> query_value(const std::string& name) const;
  std::optional<std::string> cookie(const std::string& name) const;
};

class EventFeed;

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // Set for a live event stream: the server keeps the connection open and
  // writes the feed's frames instead of `body`.
  std::shared_ptr<EventFeed> stream;
};

}  // namespace siaga::http
