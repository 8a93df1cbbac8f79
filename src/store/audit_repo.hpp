#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "domain/audit.hpp"
#include "domain/result.hpp"
#include "store/page.hpp"

namespace siaga::store {

class AuditRepo {
 public:
  virtual ~AuditRepo() = default;
  virtual Result<std::optional<AuditEntry>> last() = 0;
  virtual Status append(const AuditEntry& entry) = 0;
  // Visits every entry in id order; stops early when `visit` returns false.
  virtual Status scan(const std::function<bool(const AuditEntry&)>& visit) = 0;
  // Entries of the given units only, when `unit_ids` is set.
  virtual Result<Page<AuditEntry>> list(
      const PageRequest& page, const std::optional<std::vector<std::int64_t>>& unit_ids) = 0;
};

}  // namespace siaga::store
