#pragma once
// Builds the WHERE part of list queries: filters and the territory limit,
// with their parameters kept in order so they bind as ?1, ?2, ...

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "domain/geo.hpp"
#include "domain/territory.hpp"
#include "store/sql/statement.hpp"

namespace siaga::store::sql {

using SqlParam = std::variant<std::int64_t, double, std::string>;

class WhereBuilder {
 public:
  // Adds "condition" where each '?' takes the next parameter given.
  WhereBuilder& add(std::string condition, std::vector<SqlParam> params = {});
  // Limits rows to the territory, given the table's code columns by depth
  // (province_code, regency_code, district_code, desa_code).
  WhereBuilder& territory(const Territory& territory);
  // Rows whose region code at any depth equals `code`.
  WhereBuilder& within_region(const std::string& code);

  std::string sql() const;  // " WHERE a AND b" or ""
  const std::vector<SqlParam>& params() const { return params_; }
  void bind(Statement& stmt, int first_index = 1) const;

 private:
  std::vector<std::string> conditions_;
  std::vector<SqlParam> params_;
};

// The operator of a case-insensitive LIKE: SQLite's LIKE ignores case (ASCII),
// PostgreSQL's does not (ILIKE does).
inline const char* like_any_case(const Connection& c) {
  return c.dialect() == Dialect::postgres ? "ILIKE" : "LIKE";
}

// Appends one field in PostgreSQL's COPY text format (backslash, tab,
// newline and CR escaped); copy_null appends the NULL marker.
void copy_field(std::string& out, std::string_view value);
inline void copy_null(std::string& out) {
  out += "\\N";
}

// Text for a LIKE pattern with '%', '_' and '\\' taken literally (use ESCAPE '\\').
std::string like_escape(std::string_view text);

// The code column of a table at a region depth (1..4).
const char* code_column_for_depth(int depth);

}  // namespace siaga::store::sql
