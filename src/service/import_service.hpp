#pragma once
// Bulk imports of the registry (`siaga import`, the demo data, the web's CSV
// upload). All or nothing: any bad row and nothing of the file is stored;
// the outcome lists every problem with its line and column.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/import_issue.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"

namespace siaga::service {

enum class ImportKind {
  regions,
  region_shapes,
  units,
  tps,
  objects,
  elections,
  stages,
  candidates,
  observations,  // vulnerability observations, a Bawaslu-style TPS-rawan list
  personnel,
  partners,
  items
};

std::optional<ImportKind> parse_import_kind(std::string_view text);
std::string_view to_string(ImportKind kind);

struct ImportOutcome {
  std::int64_t imported = 0;
  std::vector<ImportIssue> issues;  // non-empty: nothing was stored
  bool ok() const { return issues.empty(); }
};

// Called with (rows done, rows in all) during the store phase.
using ImportProgress = std::function<void(std::int64_t done, std::int64_t total)>;

class ImportService {
 public:
  explicit ImportService(Context& ctx) : ctx_(ctx) {}

  // Errors (Result failure) are for the request itself: permission, database.
  // Problems in the file are in the outcome's issues.
  Result<ImportOutcome> run(const Actor& actor, ImportKind kind, std::string_view content,
                            const ImportProgress& progress = {});

 private:
  Context& ctx_;
};

}  // namespace siaga::service
