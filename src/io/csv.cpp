#include "io/csv.hpp"

#include <fmt/format.h>

namespace siaga::io {

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return i;
  }
  return std::nullopt;
}

bool valid_utf8(std::string_view text, std::size_t& bad_offset) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      bad_offset = i;
      return false;
    }
    if (i + len > n) {
      bad_offset = i;
      return false;
    }
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) {
        bad_offset = i;
        return false;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    const bool overlong =
        (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

namespace {

void add_issue(CsvTable& table, int line, std::string column, std::string id, std::string en) {
  if (table.issues.size() < kMaxImportIssues) {
    table.issues.push_back({line, std::move(column), std::move(id), std::move(en)});
  }
}

}  // namespace

CsvTable parse_csv(std::string_view text, const std::vector<std::string>& required) {
  CsvTable table;
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

  std::size_t bad = 0;
  if (!valid_utf8(text, bad)) {
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < bad; ++i) {
      if (text[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    add_issue(table, line, "",
              fmt::format("teks bukan UTF-8 yang sah (kolom karakter ke-{})", bad - line_start + 1),
              fmt::format("text is not valid UTF-8 (at character {})", bad - line_start + 1));
    return table;
  }

  std::vector<CsvRow> records;
  std::size_t i = 0;
  int line = 1;
  while (i < text.size()) {
    CsvRow row;
    row.line = line;
    std::string field;
    bool in_quotes = false, quoted = false, end_of_record = false;
    while (i < text.size() && !end_of_record) {
      const char c = text[i];
      if (in_quotes) {
        if (c == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          in_quotes = false;
          ++i;
          continue;
        }
        if (c == '\n') ++line;
        field += c;
        ++i;
        continue;
      }
      switch (c) {
        case '"':
          if (field.empty() && !quoted) {
            in_quotes = quoted = true;
          } else {
            field += c;
          }
          ++i;
          break;
        case ',':
          row.fields.push_back(std::move(field));
          field.clear();
          quoted = false;
          ++i;
          break;
        case '\r':
          ++i;
          break;
        case '\n':
          end_of_record = true;
          ++line;
          ++i;
          break;
        default:
          field += c;
          ++i;
      }
    }
    if (in_quotes) {
      add_issue(table, row.line, "", "tanda kutip tidak ditutup", "unterminated quoted field");
      return table;
    }
    row.fields.push_back(std::move(field));
    const bool blank = row.fields.size() == 1 && row.fields[0].empty();
    if (!blank) records.push_back(std::move(row));
  }

  if (records.empty()) {
    add_issue(table, 1, "", "berkas kosong: baris judul kolom tidak ada",
              "empty file: the header line is missing");
    return table;
  }
  table.header = std::move(records.front().fields);
  for (const std::string& name : required) {
    if (!table.column(name)) {
      add_issue(table, 1, name, fmt::format("kolom '{}' tidak ada di baris judul", name),
                fmt::format("column '{}' is missing from the header", name));
    }
  }
  if (!table.issues.empty()) return table;
  for (std::size_t r = 1; r < records.size(); ++r) {
    CsvRow& row = records[r];
    if (row.fields.size() != table.header.size()) {
      add_issue(table, row.line, "",
                fmt::format("jumlah kolom {} padahal judul punya {}", row.fields.size(),
                            table.header.size()),
                fmt::format("{} columns where the header has {}", row.fields.size(),
                            table.header.size()));
      continue;
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace siaga::io
