#pragma once
// Runs a row reader over every row of a CSV table with the given columns; a
// row that added issues is not kept. Shared by every CSV importer.

#include <string>
#include <string_view>
#include <vector>

#include "io/csv.hpp"
#include "io/field_reader.hpp"
#include "io/registry_csv.hpp"

namespace siaga::io {

template <typename T, typename ReadRow>
Lines<T> parse_table(std::string_view text, const std::vector<std::string>& columns,
                     ReadRow read_row) {
  Lines<T> out;
  CsvTable table = parse_csv(text, columns);
  out.issues = std::move(table.issues);
  if (!out.issues.empty()) return out;
  for (const CsvRow& row : table.rows) {
    const std::size_t before = out.issues.size();
    FieldReader f(table, row, out.issues);
    T value = read_row(f);
    if (out.issues.size() == before) {
      out.rows.push_back(std::move(value));
      out.lines.push_back(row.line);
    }
    if (out.issues.size() >= kMaxImportIssues) break;
  }
  return out;
}

}  // namespace siaga::io
