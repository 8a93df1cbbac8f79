#include "http/server.hpp"

#include <spdlog/spdlog.h>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>

#include <unistd.h>

#include <cctype>
#include <chrono>
#include <thread>
#include <vector>

#include "http/event_feed.hpp"
#include "http/gzip.hpp"
#include "http/responses.hpp"

namespace siaga::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

constexpr auto kIdleTimeout = std::chrono::seconds(60);
constexpr auto kUseTuple = asio::as_tuple(asio::use_awaitable);

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Beast request -> plain Request. False when the target is not a valid origin-form URL.
bool to_request(const bhttp::request<bhttp::string_body>& in, Request& out) {
  auto url =
      boost::urls::parse_origin_form(std::string_view(in.target().data(), in.target().size()));
  if (!url) return false;
  out.method = std::string(in.method_string());
  out.path = url->path();
  for (auto param : url->params()) out.query.emplace(param.key, param.value);
  for (const auto& field : in) {
    out.headers[lowercase(std::string_view(
        field.name_string().data(), field.name_string().size()))] = std::string(field.value());
  }
  out.body = in.body();
  return true;
}

// Which process answered: behind a load balancer, logs and tests can tell the
// instances apart.
const std::string& instance_name() {
  static const std::string kName = [] {
    char host[256] = {};
    gethostname(host, sizeof(host) - 1);
    return std::string(host) + ":" + std::to_string(getpid());
  }();
  return kName;
}

// Bodies below this are sent as they are: compressing them costs more than it saves.
constexpr std::size_t kGzipThreshold = 1024;

bhttp::response<bhttp::string_body> to_beast(Response&& r, unsigned version, bool keep_alive,
                                             bool head, bool gzip_ok) {
  bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(r.status), version};
  out.set(bhttp::field::server, "siaga");
  out.set("X-Siaga-Instance", instance_name());
  if (r.status != 204) out.set(bhttp::field::content_type, r.content_type);
  out.set("X-Content-Type-Options", "nosniff");
  bool has_cache_control = false;
  for (auto& [name, value] : r.headers) {
    has_cache_control = has_cache_control || lowercase(name) == "cache-control";
    out.insert(name, value);
  }
  if (!has_cache_control) out.set(bhttp::field::cache_control, "no-store");
  out.keep_alive(keep_alive);
  if (r.status != 204) {
    if (gzip_ok && r.body.size() >= kGzipThreshold && compressible(r.content_type)) {
      if (auto packed = gzip_compress(r.body)) {
        out.set(bhttp::field::content_encoding, "gzip");
        r.body = std::move(*packed);
      }
    }
    if (compressible(r.content_type)) out.set(bhttp::field::vary, "Accept-Encoding");
    out.body() = std::move(r.body);
  }
  out.prepare_payload();
  if (head) out.body().clear();
  return out;
}

// Requests that may carry a base64 photo get the larger body limit.
bool carries_photo(std::string_view target) {
  return target.starts_with("/api/v1/defects") || target.starts_with("/api/v1/incidents") ||
         target.starts_with("/api/v1/public/reports");
}

constexpr auto kEventHeartbeat = std::chrono::seconds(15);

// Writes a live event stream until the client goes away or its session ends.
// The body is delimited by closing the connection, as SSE allows. The
// coroutine sleeps on a timer; a push cancels the timer through the
// connection's strand, so a frame leaves as soon as it is committed. Frames
// are taken before each sleep, so a wake-up that arrives while writing is
// not lost.
asio::awaitable<void> stream_events(beast::tcp_stream& stream, std::shared_ptr<EventFeed> feed) {
  static const std::string kHead =
      "HTTP/1.1 200 OK\r\nServer: siaga\r\nContent-Type: text/event-stream\r\n"
      "Cache-Control: no-store\r\nX-Accel-Buffering: no\r\nConnection: close\r\n\r\n"
      ": siaga events\n\n";
  stream.expires_never();
  auto [ec, n] = co_await asio::async_write(stream, asio::buffer(kHead), kUseTuple);
  if (ec) co_return;
  auto executor = stream.get_executor();
  auto timer = std::make_shared<asio::steady_timer>(executor);
  feed->set_waker([executor, weak = std::weak_ptr<asio::steady_timer>(timer)] {
    asio::post(executor, [weak] {
      if (auto t = weak.lock()) t->cancel();
    });
  });
  auto last_write = std::chrono::steady_clock::now();
  auto last_check = last_write;
  for (;;) {
    std::string out;
    for (std::string& frame : feed->take()) out += frame;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_check >= kEventHeartbeat) {
      if (!feed->allowed()) break;
      last_check = now;
    }
    if (out.empty() && now - last_write >= kEventHeartbeat) out = ": ping\n\n";
    if (!out.empty()) {
      auto [ec_write, written] = co_await asio::async_write(stream, asio::buffer(out), kUseTuple);
      if (ec_write) break;
      last_write = std::chrono::steady_clock::now();
      continue;
    }
    timer->expires_at(last_write + kEventHeartbeat);
    auto [ec_wait] = co_await timer->async_wait(kUseTuple);
    if (ec_wait && ec_wait != asio::error::operation_aborted) break;
  }
  feed->set_waker({});
}

Response dispatch_safely(const Router& router, Request& request) {
  try {
    return router.dispatch(request);
  } catch (const std::exception& e) {
    spdlog::error("handler {} {} failed: {}", request.method, request.path, e.what());
    return error_response(500, "internal", "kesalahan internal server", "internal server error",
                          "");
  }
}

asio::awaitable<void> serve_connection(tcp::socket socket, const Router& router,
                                       const ServerConfig& config) {
  beast::tcp_stream stream(std::move(socket));
  beast::flat_buffer buffer;
  for (;;) {
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(32 * 1024);
    // The limit depends on the path, known only after the header: read the
    // header with the largest limit, then check Content-Length ourselves.
    parser.body_limit(config.import_body_limit);
    stream.expires_after(kIdleTimeout);
    auto [ec_header, n_header] =
        co_await bhttp::async_read_header(stream, buffer, parser, kUseTuple);
    if (ec_header == bhttp::error::body_limit) {
      auto reply = to_beast(error_response(413, "too_large", "isi permintaan terlalu besar",
                                           "request body too large", ""),
                            11, false, false, false);
      co_await bhttp::async_write(stream, reply, kUseTuple);
      break;
    }
    if (ec_header) break;  // closed, timed out or malformed: nothing to answer
    const std::string_view target(parser.get().target().data(), parser.get().target().size());
    const std::size_t limit = target.starts_with("/api/v1/import/") ? config.import_body_limit
                              : carries_photo(target)               ? config.photo_body_limit
                                                                    : config.body_limit;
    const auto declared = parser.content_length();
    parser.body_limit(limit);
    boost::system::error_code ec;
    if (declared && *declared > limit) {
      ec = bhttp::error::body_limit;  // answer without reading what we would refuse
    } else {
      auto [read_ec, n] = co_await bhttp::async_read(stream, buffer, parser, kUseTuple);
      ec = read_ec;
    }
    Response response;
    bool keep_alive = parser.get().keep_alive();
    const unsigned version = parser.get().version();
    const bool head = parser.get().method() == bhttp::verb::head;
    const auto encoding = parser.get()[bhttp::field::accept_encoding];
    const bool gzip_ok = accepts_gzip(std::string_view(encoding.data(), encoding.size()));
    if (ec == bhttp::error::body_limit) {
      response = error_response(413, "too_large", "isi permintaan terlalu besar",
                                "request body too large", "");
      keep_alive = false;
    } else if (ec) {
      break;
    } else {
      Request request;
      boost::system::error_code peer_ec;
      const auto peer = stream.socket().remote_endpoint(peer_ec);
      if (!peer_ec) request.client_address = peer.address().to_string();
      if (!to_request(parser.get(), request)) {
        response = bad_request("alamat permintaan tidak sah", "malformed request target", "");
      } else {
        response = dispatch_safely(router, request);
      }
    }
    if (response.stream && response.status == 200) {
      co_await stream_events(stream, std::move(response.stream));
      break;
    }
    auto reply = to_beast(std::move(response), version, keep_alive, head, gzip_ok);
    auto [ec_write, n_write] = co_await bhttp::async_write(stream, reply, kUseTuple);
    if (ec_write || !keep_alive) break;
  }
  beast::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

asio::awaitable<void> accept_loop(tcp::acceptor& acceptor, const Router& router,
                                  const ServerConfig& config) {
  for (;;) {
    // One strand per connection: the event stream's wake-up runs serialised
    // with the connection's coroutine.
    auto [ec, socket] =
        co_await acceptor.async_accept(asio::make_strand(acceptor.get_executor()), kUseTuple);
    if (ec) {
      if (ec == asio::error::operation_aborted) co_return;
      continue;
    }
    socket.set_option(tcp::no_delay(true));
    auto executor = socket.get_executor();
    asio::co_spawn(executor, serve_connection(std::move(socket), router, config), asio::detached);
  }
}

}  // namespace

struct Server::Impl {
  Impl(ServerConfig c, const Router& r)
      : config(std::move(c)),
        router(r),
        io(config.threads),
        acceptor(io),
        signals(io, SIGINT, SIGTERM) {}
  ServerConfig config;
  const Router& router;
  asio::io_context io;
  tcp::acceptor acceptor;
  asio::signal_set signals;
};

Server::Server(ServerConfig config, const Router& router)
    : impl_(new Impl(std::move(config), router)) {}
Server::~Server() {
  delete impl_;
}

unsigned short Server::bind() {
  tcp::endpoint endpoint{asio::ip::make_address(impl_->config.address), impl_->config.port};
  impl_->acceptor.open(endpoint.protocol());
  impl_->acceptor.set_option(asio::socket_base::reuse_address(true));
  impl_->acceptor.bind(endpoint);
  impl_->acceptor.listen(asio::socket_base::max_listen_connections);
  return impl_->acceptor.local_endpoint().port();
}

void Server::run() {
  impl_->signals.async_wait([this](const boost::system::error_code&, int) { stop(); });
  asio::co_spawn(impl_->io, accept_loop(impl_->acceptor, impl_->router, impl_->config),
                 asio::detached);
  std::vector<std::thread> threads;
  for (int i = 1; i < impl_->config.threads; ++i) threads.emplace_back([this] { impl_->io.run(); });
  impl_->io.run();
  for (auto& t : threads) t.join();
}

void Server::stop() {
  asio::post(impl_->io, [this] {
    boost::system::error_code ignored;
    impl_->acceptor.close(ignored);
    impl_->io.stop();
  });
}

}  // namespace siaga::http
