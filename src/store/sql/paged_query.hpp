#pragma once
// One keyset-paged list query: the total of matching rows and one page of
// them ordered by id, fetching one extra row to know whether more follow.

#include <algorithm>
#include <string>

#include "store/page.hpp"
#include "store/sql/sql_builder.hpp"
#include "store/sql/statement.hpp"

namespace siaga::store::sql {

template <typename T, typename RowReader>
Result<Page<T>> paged_query(Connection& c, const std::string& columns, const std::string& from,
                            const WhereBuilder& where, const PageRequest& request,
                            RowReader read_row) {
  Page<T> page;
  {
    SIAGA_ASSIGN_OR_RETURN(Statement count,
                           c.prepare("SELECT count(*) FROM " + from + where.sql()));
    where.bind(count);
    SIAGA_ASSIGN_OR_RETURN(bool row, count.step());
    page.total = row ? count.int64(0) : 0;
  }
  const int limit = std::clamp(request.limit, 1, 10000);
  const std::string sql = "SELECT " + columns + " FROM " + from + where.sql() +
                          (where.sql().empty() ? " WHERE " : " AND ") +
                          "id > ? ORDER BY id LIMIT ?";
  SIAGA_ASSIGN_OR_RETURN(Statement stmt, c.prepare(sql));
  where.bind(stmt);
  const int next_index = static_cast<int>(where.params().size()) + 1;
  stmt.bind(next_index, request.after_id);
  stmt.bind(next_index + 1, limit + 1);
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, stmt.step());
    if (!row) break;
    if (static_cast<int>(page.items.size()) == limit) {
      page.next = page.items.empty() ? 0 : page.items.back().id;
      break;
    }
    page.items.push_back(read_row(stmt));
  }
  return page;
}

}  // namespace siaga::store::sql
