#pragma once

#include <optional>
#include <vector>

#include "domain/result.hpp"
#include "domain/skck.hpp"
#include "domain/territory.hpp"
#include "store/page.hpp"

namespace siaga::store {

class SkckRepo {
 public:
  virtual ~SkckRepo() = default;
  virtual Result<std::int64_t> insert(const SkckRequest& request) = 0;
  virtual Status update(const SkckRequest& request) = 0;
  virtual Result<std::optional<SkckRequest>> find(std::int64_t id, const Territory& territory) = 0;
  virtual Result<Page<SkckRequest>> list(std::optional<SkckStatus> status,
                                         const Territory& territory, const PageRequest& page) = 0;
};

}  // namespace siaga::store
