#pragma once
// Query-string filters shared by list endpoints.

#include <optional>
#include <string>

#include "domain/geo.hpp"
#include "http/message.hpp"

namespace siaga::http {

// bbox=minLon,minLat,maxLon,maxLat (GeoJSON order). Fills `error` when malformed.
std::optional<BBox> bbox_param(const Request& request, Response& error, bool& failed);
// A region code parameter, checked for shape.
std::optional<std::string> region_param(const Request& request, const char* name, Response& error,
                                        bool& failed);

}  // namespace siaga::http
