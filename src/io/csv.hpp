#pragma once
// RFC 4180 CSV as spreadsheets write it: a header line, comma separated,
// fields optionally in double quotes (a quote inside doubled), CRLF or LF,
// an optional UTF-8 byte-order mark. Every row must have the header's column
// count; text must be valid UTF-8.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/import_issue.hpp"

namespace siaga::io {

struct CsvRow {
  int line = 0;  // line where the record starts
  std::vector<std::string> fields;
};

class CsvTable {
 public:
  std::vector<std::string> header;
  std::vector<CsvRow> rows;
  std::vector<ImportIssue> issues;

  // Index of a column by name, or none.
  std::optional<std::size_t> column(std::string_view name) const;
};

// Parses the whole text; `required` names the columns that must be in the header.
CsvTable parse_csv(std::string_view text, const std::vector<std::string>& required);

// True when `text` is valid UTF-8; `bad_offset` receives the first bad byte.
bool valid_utf8(std::string_view text, std::size_t& bad_offset);

}  // namespace siaga::io
