#include <fmt/format.h>

#include "http/api.hpp"
#include "http/event_feed.hpp"
#include "http/responses.hpp"
#include "service/permission.hpp"

namespace siaga::http {

namespace {

// Server-Sent Events of the actor's territory: "event: object.created\ndata: {...}".
Response events(Api& api, Request& request) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  if (const Status st = service::require(actor, Permission::read_registry); !st.ok()) {
    return error_response(st.error());
  }
  if (!api.context.events) {
    return error_response(404, "not_found", "siaran langsung tidak tersedia",
                          "live events are not available", "");
  }
  auto feed = std::make_shared<EventFeed>();
  std::weak_ptr<EventFeed> weak = feed;
  const Territory territory = actor.territory;
  feed->hold(api.context.events->subscribe([weak, territory](const service::Event& e) {
    if (!territory.covers(e.desa_code)) return;
    if (auto f = weak.lock()) f->push(fmt::format("event: {}\ndata: {}\n\n", e.type, e.data));
  }));
  feed->set_guard(
      [&api, token = session_token(request)] { return api.auth.authenticate(token).ok(); });
  Response r;
  r.content_type = "text/event-stream";
  r.stream = std::move(feed);
  return r;
}

}  // namespace

void register_event_routes(Router& router, Api& api) {
  router.add("GET", "/api/v1/events", [&api](Request& r) { return events(api, r); });
}

}  // namespace siaga::http
