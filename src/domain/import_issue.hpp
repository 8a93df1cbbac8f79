#pragma once
// One problem found in an imported file: where (line and column) and why.
// An import with any issue stores nothing.

#include <string>
#include <vector>

namespace siaga {

struct ImportIssue {
  int line = 0;            // 1-based line in the file (feature index for GeoJSON)
  std::string column;      // column name, or empty when the whole line is wrong
  std::string message;     // Bahasa Indonesia
  std::string message_en;  // English
  friend bool operator==(const ImportIssue&, const ImportIssue&) = default;
};

// Imports stop collecting after this many issues: the first ones are enough to fix the file.
inline constexpr std::size_t kMaxImportIssues = 100;

}  // namespace siaga
