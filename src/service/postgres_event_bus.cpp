#include "service/postgres_event_bus.hpp"

#include <spdlog/spdlog.h>
#include <sys/select.h>

#include <chrono>

namespace siaga::service {

namespace {

constexpr const char* kChannel = "siaga_events";

PGconn* connect(const std::string& conninfo) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    spdlog::error("event bus: cannot connect: {}", PQerrorMessage(conn));
    PQfinish(conn);
    return nullptr;
  }
  return conn;
}

bool listen_on(PGconn* conn) {
  PGresult* r = PQexec(conn, "LISTEN siaga_events");
  const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  PQclear(r);
  return ok;
}

}  // namespace

std::string encode_event(const Event& event) {
  return event.type + "\n" + event.desa_code + "\n" + event.data;
}

bool decode_event(const std::string& payload, Event& event) {
  const auto first = payload.find('\n');
  if (first == std::string::npos) return false;
  const auto second = payload.find('\n', first + 1);
  if (second == std::string::npos) return false;
  event.type = payload.substr(0, first);
  event.desa_code = payload.substr(first + 1, second - first - 1);
  event.data = payload.substr(second + 1);
  return true;
}

Result<std::unique_ptr<PostgresEventBus>> PostgresEventBus::open(const std::string& conninfo) {
  PGconn* publisher = connect(conninfo);
  PGconn* listener = publisher ? connect(conninfo) : nullptr;
  if (!publisher || !listener || !listen_on(listener)) {
    if (publisher) PQfinish(publisher);
    if (listener) PQfinish(listener);
    return make_error(ErrorCode::internal,
                      "bus peristiwa PostgreSQL tidak dapat tersambung (LISTEN)",
                      "the PostgreSQL event bus cannot connect (LISTEN)");
  }
  return std::unique_ptr<PostgresEventBus>(new PostgresEventBus(conninfo, publisher, listener));
}

PostgresEventBus::PostgresEventBus(std::string conninfo, PGconn* publisher, PGconn* listener)
    : conninfo_(std::move(conninfo)), publisher_(publisher), listener_(listener) {
  thread_ = std::thread([this] { listen_loop(); });
}

PostgresEventBus::~PostgresEventBus() {
  stopping_ = true;
  if (thread_.joinable()) thread_.join();
  if (listener_) PQfinish(listener_);
  PQfinish(publisher_);
}

void PostgresEventBus::publish(const Event& event) {
  const std::string payload = encode_event(event);
  // NOTIFY payloads are limited to 8000 bytes; an event is a small record.
  if (payload.size() >= 8000) {
    spdlog::warn("event bus: {} too large to send ({} bytes)", event.type, payload.size());
    return;
  }
  std::lock_guard lock(publish_mutex_);
  const char* params[2] = {kChannel, payload.c_str()};
  for (int attempt = 0; attempt < 2; ++attempt) {
    PGresult* r = PQexecParams(publisher_, "SELECT pg_notify($1, $2)", 2, nullptr, params, nullptr,
                               nullptr, 0);
    const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
    PQclear(r);
    if (ok) return;
    PQreset(publisher_);  // a dropped connection: try once more on a fresh one
  }
  spdlog::error("event bus: cannot publish {}: {}", event.type, PQerrorMessage(publisher_));
}

std::unique_ptr<EventBus::Subscription> PostgresEventBus::subscribe(Handler handler) {
  return local_.subscribe(std::move(handler));
}

void PostgresEventBus::unsubscribe(std::uint64_t) {
  // Subscriptions are the local bus's; they unsubscribe there.
}

void PostgresEventBus::reconnect_listener() {
  if (listener_) PQfinish(listener_);
  listener_ = connect(conninfo_);
  if (listener_ && !listen_on(listener_)) {
    PQfinish(listener_);
    listener_ = nullptr;
  }
}

void PostgresEventBus::listen_loop() {
  while (!stopping_) {
    if (!listener_ || PQstatus(listener_) != CONNECTION_OK) {
      reconnect_listener();
      if (!listener_) {
        std::this_thread::sleep_for(std::chrono::seconds(1));
        continue;
      }
    }
    const int socket = PQsocket(listener_);
    fd_set fds;
    FD_ZERO(&fds);
    FD_SET(socket, &fds);
    timeval timeout{0, 200 * 1000};  // wake up to notice stopping_
    if (select(socket + 1, &fds, nullptr, nullptr, &timeout) < 0) continue;
    if (!PQconsumeInput(listener_)) {
      reconnect_listener();
      continue;
    }
    while (PGnotify* note = PQnotifies(listener_)) {
      Event event;
      if (decode_event(note->extra, event)) local_.publish(event);
      PQfreemem(note);
    }
  }
}

}  // namespace siaga::service
