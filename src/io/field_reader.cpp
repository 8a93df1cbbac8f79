#include "io/field_reader.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

namespace siaga::io {

namespace {

std::string trim(std::string s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t");
  return s.substr(first, last - first + 1);
}

}  // namespace

void FieldReader::issue(const std::string& column, std::string message, std::string message_en) {
  ++row_issues_;
  if (issues_.size() < kMaxImportIssues) {
    issues_.push_back({row_.line, column, std::move(message), std::move(message_en)});
  }
}

std::string FieldReader::text(const std::string& column) const {
  const auto index = table_.column(column);
  if (!index) return {};
  return trim(row_.fields[*index]);
}

std::string FieldReader::required(const std::string& column) {
  std::string value = text(column);
  if (value.empty()) issue(column, "wajib diisi", "is required");
  return value;
}

std::optional<double> FieldReader::number(const std::string& column, bool is_required) {
  const std::string value = text(column);
  if (value.empty()) {
    if (is_required) issue(column, "wajib diisi", "is required");
    return std::nullopt;
  }
  double out = 0;
  const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
  if (ec != std::errc{} || ptr != value.data() + value.size() || !std::isfinite(out)) {
    issue(column, fmt::format("'{}' bukan angka", value),
          fmt::format("'{}' is not a number", value));
    return std::nullopt;
  }
  return out;
}

std::optional<long long> FieldReader::integer(const std::string& column, bool is_required) {
  const std::string value = text(column);
  if (value.empty()) {
    if (is_required) issue(column, "wajib diisi", "is required");
    return std::nullopt;
  }
  long long out = 0;
  const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
  if (ec != std::errc{} || ptr != value.data() + value.size()) {
    issue(column, fmt::format("'{}' bukan bilangan bulat", value),
          fmt::format("'{}' is not a whole number", value));
    return std::nullopt;
  }
  return out;
}

}  // namespace siaga::io
