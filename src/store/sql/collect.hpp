#pragma once
// Reads every remaining row of a statement through a row reader.

#include <vector>

#include "domain/result.hpp"
#include "store/sql/statement.hpp"

namespace siaga::store::sql {

template <typename T, typename Read>
Result<std::vector<T>> collect(Statement& s, Read read) {
  std::vector<T> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    out.push_back(read(s));
  }
  return out;
}

}  // namespace siaga::store::sql
