#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/territory.hpp"
#include "domain/tps.hpp"
#include "store/page.hpp"

namespace siaga::store {

struct TpsQuery {
  std::optional<std::string> region_code;  // any level: TPS inside it
  std::optional<BBox> bbox;
  std::optional<TpsClass> tps_class;
  std::optional<std::string> code_prefix;   // search by KPU code
  std::optional<std::int64_t> unit_id;      // TPS in this police unit's territory
  std::optional<Territory> unit_territory;  // resolved from unit_id by the service
  PageRequest page;
};

class TpsRepo {
 public:
  virtual ~TpsRepo() = default;
  virtual Result<std::int64_t> insert(const Tps& tps) = 0;
  // Many TPS at once, already validated: COPY on PostgreSQL, inserts inside the
  // transaction on SQLite. All or none: on failure nothing is stored and the
  // transaction stays usable (the caller may retry row by row to name lines).
  virtual Status insert_many(const std::vector<Tps>& rows) = 0;
  virtual Result<std::optional<Tps>> find(std::int64_t id, const Territory& territory) = 0;
  virtual Result<Page<Tps>> list(const TpsQuery& query, const Territory& territory) = 0;
  virtual Result<std::int64_t> count() = 0;
};

}  // namespace siaga::store
