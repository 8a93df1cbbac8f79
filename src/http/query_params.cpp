#include "http/query_params.hpp"

#include <charconv>
#include <cmath>

#include "domain/region.hpp"
#include "http/responses.hpp"

namespace siaga::http {

std::optional<BBox> bbox_param(const Request& request, Response& error, bool& failed) {
  auto raw = request.query_value("bbox");
  if (!raw) return std::nullopt;
  double v[4];
  std::size_t pos = 0;
  bool ok = true;
  for (int i = 0; i < 4 && ok; ++i) {
    const std::size_t comma = i < 3 ? raw->find(',', pos) : raw->size();
    if (comma == std::string::npos) {
      ok = false;
      break;
    }
    const char* begin = raw->data() + pos;
    const char* end = raw->data() + comma;
    auto [ptr, ec] = std::from_chars(begin, end, v[i]);
    ok = ec == std::errc{} && ptr == end && std::isfinite(v[i]);
    pos = comma + 1;
  }
  BBox box{v[0], v[1], v[2], v[3]};
  if (!ok || !box.valid()) {
    failed = true;
    error = bad_request("bbox harus minLon,minLat,maxLon,maxLat dengan min <= max",
                        "bbox must be minLon,minLat,maxLon,maxLat with min <= max", "bbox");
    return std::nullopt;
  }
  return box;
}

std::optional<std::string> region_param(const Request& request, const char* name, Response& error,
                                        bool& failed) {
  auto raw = request.query_value(name);
  if (!raw) return std::nullopt;
  auto depth = validate_region_code(*raw);
  if (!depth.ok()) {
    failed = true;
    error = bad_request(depth.error().message, depth.error().message_en, name);
    return std::nullopt;
  }
  return raw;
}

}  // namespace siaga::http
