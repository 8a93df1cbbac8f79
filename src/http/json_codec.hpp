#pragma once
// Domain values to their JSON form in the API. Field names here are the
// contract; docs/openapi.yaml describes them.

#include <boost/json/value.hpp>

#include <functional>
#include <optional>
#include <string>

#include "domain/audit.hpp"
#include "domain/election.hpp"
#include "domain/import_issue.hpp"
#include "domain/polygon.hpp"
#include "domain/region.hpp"
#include "domain/skck.hpp"
#include "domain/strategic_object.hpp"
#include "domain/tps.hpp"
#include "domain/unit.hpp"
#include "domain/user.hpp"
#include "store/page.hpp"

namespace siaga::http {

boost::json::value to_json(const Region& region);
boost::json::value to_json(const Unit& unit);
boost::json::value to_json(const Tps& tps);
boost::json::value to_json(const StrategicObject& object);
boost::json::value to_json(const Election& election);
boost::json::value to_json(const Stage& stage);
boost::json::value to_json(const Candidate& candidate);
boost::json::value to_json(const SkckRequest& request);
boost::json::value to_json(const User& user);
boost::json::value to_json(const AuditEntry& entry);
boost::json::value to_json(const ImportIssue& issue);
boost::json::value to_json(const Actor& actor);
boost::json::value geometry_json(const MultiPolygon& shape);
boost::json::value point_json(LatLon p);

// {"items":[...],"total":N,"next":"<cursor>"|null}
template <typename T>
boost::json::value page_json(const store::Page<T>& page) {
  boost::json::object out;
  boost::json::array items;
  items.reserve(page.items.size());
  for (const T& item : page.items) items.push_back(to_json(item));
  out["items"] = std::move(items);
  out["total"] = page.total;
  if (page.next) {
    out["next"] = std::to_string(*page.next);
  } else {
    out["next"] = nullptr;
  }
  return out;
}

}  // namespace siaga::http
