#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/polygon.hpp"
#include "domain/region.hpp"
#include "domain/result.hpp"
#include "domain/territory.hpp"
#include "store/page.hpp"

namespace siaga::store {

struct RegionQuery {
  std::optional<std::string> parent_code;  // direct children of this region
  std::optional<int> depth;                // 1..4
  std::optional<std::string> name_prefix;  // case-insensitive search
  PageRequest page;
};

class RegionRepo {
 public:
  virtual ~RegionRepo() = default;
  virtual Status insert(const Region& region) = 0;
  // Many regions at once, already validated, parents before children: COPY
  // on PostgreSQL, inserts on SQLite; all or none (see TpsRepo::insert_many).
  virtual Status insert_many(const std::vector<Region>& rows) = 0;
  virtual Status set_shape(const std::string& code, const MultiPolygon& shape) = 0;
  virtual Result<std::optional<Region>> find(const std::string& code) = 0;
  virtual Result<bool> exists(const std::string& code) = 0;
  virtual Result<std::optional<MultiPolygon>> shape(const std::string& code) = 0;
  // Regions at `depth` whose outline box contains the point: candidates for an
  // exact point-in-polygon test.
  virtual Result<std::vector<std::string>> candidates_at(LatLon point, int depth) = 0;
  // Regions in the territory (or touching it, for ancestors), keyset-paged by rowid.
  virtual Result<Page<Region>> list(const RegionQuery& query, const Territory& territory) = 0;
  virtual Result<std::int64_t> count() = 0;
  // Regions covered by the territory whose name contains `text` (any case),
  // names that start with it first.
  virtual Result<std::vector<Region>> search(const std::string& text, const Territory& territory,
                                             int limit) = 0;
};

}  // namespace siaga::store
