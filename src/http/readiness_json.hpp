#pragma once
// JSON shapes of personnel, rosters, equipment and readiness (see docs/openapi.yaml).

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "service/equipment_service.hpp"
#include "service/personnel_service.hpp"
#include "service/readiness_service.hpp"

namespace siaga::http {

boost::json::value person_json(const Person& person);
boost::json::value partner_json(const PartnerMember& member);
boost::json::value item_json(const Item& item);
boost::json::value absence_json(const Absence& absence);
boost::json::value handover_json(const store::Handover& handover);
boost::json::value person_detail_json(const service::PersonDetail& detail);
boost::json::value readiness_json(const service::ReadinessFigures& figures);

// {"items":[...],"total":N,"next":"<cursor>"|null} with a given item writer.
template <typename T, typename Write>
boost::json::value page_with(const store::Page<T>& page, Write write) {
  boost::json::array items;
  items.reserve(page.items.size());
  for (const T& item : page.items) items.push_back(write(item));
  boost::json::object out{{"items", std::move(items)}, {"total", page.total}};
  if (page.next) {
    out["next"] = std::to_string(*page.next);
  } else {
    out["next"] = nullptr;
  }
  return out;
}

}  // namespace siaga::http
