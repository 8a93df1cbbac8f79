#pragma once
// One search box for the map: regions by name, TPS by KPU code, strategic
// objects and police units by name, all inside the actor's territory.

#include <optional>
#include <string>
#include <vector>

#include "domain/geo.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"

namespace siaga::service {

struct SearchHit {
  std::string type;  // provinsi, kabupaten, kota, kecamatan, desa, kelurahan, tps, object, unit
  std::optional<std::int64_t> id;
  std::string code;
  std::string name;
  std::optional<LatLon> position;
  std::string detail;     // e.g. the region code or object kind, for display
  std::string detail_en;  // the same in English
};

class SearchService {
 public:
  explicit SearchService(Context& ctx) : ctx_(ctx) {}
  // `text` of at least 2 characters; at most `limit` hits.
  Result<std::vector<SearchHit>> search(const Actor& actor, const std::string& text, int limit);

 private:
  Context& ctx_;
};

}  // namespace siaga::service
