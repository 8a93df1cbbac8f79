#include "store/sql/sql_builder.hpp"

#include "domain/region.hpp"

namespace siaga::store::sql {

void copy_field(std::string& out, std::string_view value) {
  for (char c : value) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
}

std::string like_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

const char* code_column_for_depth(int depth) {
  switch (depth) {
    case 1:
      return "province_code";
    case 2:
      return "regency_code";
    case 3:
      return "district_code";
    default:
      return "desa_code";
  }
}

WhereBuilder& WhereBuilder::add(std::string condition, std::vector<SqlParam> params) {
  conditions_.push_back(std::move(condition));
  for (auto& p : params) params_.push_back(std::move(p));
  return *this;
}

WhereBuilder& WhereBuilder::territory(const Territory& territory) {
  if (territory.is_everywhere()) return *this;
  if (territory.region_codes().empty()) return add("1 = 0");
  std::string condition = "(";
  std::vector<SqlParam> params;
  for (const std::string& code : territory.region_codes()) {
    const auto depth = validate_region_code(code);
    if (params.size() > 0) condition += " OR ";
    condition += code_column_for_depth(depth.ok() ? *depth : 4);
    condition += " = ?";
    params.emplace_back(code);
  }
  condition += ")";
  return add(std::move(condition), std::move(params));
}

WhereBuilder& WhereBuilder::within_region(const std::string& code) {
  const auto depth = validate_region_code(code);
  return add(std::string(code_column_for_depth(depth.ok() ? *depth : 4)) + " = ?", {code});
}

std::string WhereBuilder::sql() const {
  if (conditions_.empty()) return {};
  std::string out = " WHERE ";
  for (std::size_t i = 0; i < conditions_.size(); ++i) {
    if (i) out += " AND ";
    out += conditions_[i];
  }
  return out;
}

void WhereBuilder::bind(Statement& stmt, int first_index) const {
  int index = first_index;
  for (const SqlParam& p : params_) {
    std::visit([&](const auto& v) { stmt.bind(index, v); }, p);
    ++index;
  }
}

}  // namespace siaga::store::sql
