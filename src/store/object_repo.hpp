#pragma once

#include <optional>
#include <string>

#include "domain/result.hpp"
#include "domain/strategic_object.hpp"
#include "domain/territory.hpp"
#include "store/page.hpp"

namespace siaga::store {

struct ObjectQuery {
  std::optional<ObjectKind> kind;
  std::optional<std::string> region_code;
  std::optional<BBox> bbox;
  std::optional<std::string> name_contains;
  PageRequest page;
};

class ObjectRepo {
 public:
  virtual ~ObjectRepo() = default;
  virtual Result<std::int64_t> insert(const StrategicObject& object) = 0;
  virtual Status update(const StrategicObject& object) = 0;
  virtual Status remove(std::int64_t id) = 0;
  virtual Result<std::optional<StrategicObject>> find(std::int64_t id,
                                                      const Territory& territory) = 0;
  virtual Result<Page<StrategicObject>> list(const ObjectQuery& query,
                                             const Territory& territory) = 0;
};

}  // namespace siaga::store
