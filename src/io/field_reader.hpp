#pragma once
// Reads typed fields of one CSV row by column name, collecting an issue for
// each bad value instead of stopping at the first.

#include <optional>
#include <string>
#include <vector>

#include "io/csv.hpp"

namespace siaga::io {

class FieldReader {
 public:
  FieldReader(const CsvTable& table, const CsvRow& row, std::vector<ImportIssue>& issues)
      : table_(table), row_(row), issues_(issues) {}

  // The trimmed text of a column ("" when the column is absent).
  std::string text(const std::string& column) const;
  // Non-empty text, or an issue.
  std::string required(const std::string& column);
  std::optional<double> number(const std::string& column, bool required = true);
  std::optional<long long> integer(const std::string& column, bool required = true);

  void issue(const std::string& column, std::string message, std::string message_en);
  int line() const { return row_.line; }
  // True when this row already has a problem (later checks would only repeat it).
  bool row_has_issues() const { return row_issues_ > 0; }

 private:
  const CsvTable& table_;
  const CsvRow& row_;
  std::vector<ImportIssue>& issues_;
  int row_issues_ = 0;
};

}  // namespace siaga::io
