#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/territory.hpp"
#include "domain/unit.hpp"
#include "store/page.hpp"

namespace siaga::store {

class UnitRepo {
 public:
  virtual ~UnitRepo() = default;
  virtual Result<std::int64_t> insert(const Unit& unit) = 0;
  virtual Result<std::optional<Unit>> find(std::int64_t id) = 0;
  virtual Result<std::optional<Unit>> find_by_code(const std::string& code) = 0;
  // Units whose territory lies inside `territory`, and their ancestors when
  // `with_ancestors` (so a Polres user sees its Polda and Mabes by name).
  virtual Result<Page<Unit>> list(const Territory& territory, std::optional<UnitLevel> level,
                                  const PageRequest& page) = 0;
  // All units of one level (small: at most a few thousand).
  virtual Result<std::vector<Unit>> all_of_level(UnitLevel level) = 0;
};

}  // namespace siaga::store
