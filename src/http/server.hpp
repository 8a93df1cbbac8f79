#pragma once
// The HTTP/1.1 server: Boost.Beast over Asio with C++20 coroutines, one
// coroutine per connection, a few threads for the whole process. Handlers
// are plain functions of Request -> Response (router.hpp); this file and
// server.cpp are the only ones that see Beast.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

#include "http/router.hpp"

namespace siaga::http {

struct ServerConfig {
  std::string address = "0.0.0.0";
  unsigned short port = 8080;
  int threads = 4;
  std::size_t body_limit = 1 << 20;           // 1 MiB for ordinary requests
  std::size_t import_body_limit = 256 << 20;  // bulk imports under /api/v1/import/
  std::size_t photo_body_limit = 4 << 20;     // reports carrying a base64 photo (2 MiB decoded)
};

class Server {
 public:
  Server(ServerConfig config, const Router& router);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the port; the actual port is returned (useful with port 0).
  unsigned short bind();
  // Serves until SIGINT/SIGTERM or stop().
  void run();
  void stop();

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace siaga::http
