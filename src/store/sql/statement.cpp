#include "store/sql/statement.hpp"

namespace siaga::store::sql {

Status Statement::run() {
  while (true) {
    auto row = step();
    if (!row.ok()) return row.error();
    if (!*row) return ok_status();
  }
}

Result<std::int64_t> Statement::returning_id() {
  SIAGA_ASSIGN_OR_RETURN(bool row, step());
  if (!row) {
    return make_error(ErrorCode::internal, "INSERT tidak mengembalikan id",
                      "INSERT returned no id");
  }
  const std::int64_t id = int64(0);
  SIAGA_TRY(run());
  return id;
}

}  // namespace siaga::store::sql
