#pragma once
// Keyset paging: a page of items, the total that match, and the cursor (the
// last id returned) to ask for the next page. Stable under inserts.

#include <cstdint>
#include <optional>
#include <vector>

namespace siaga::store {

struct PageRequest {
  int limit = 100;
  std::int64_t after_id = 0;  // 0: from the start
};

template <typename T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;
  std::optional<std::int64_t> next;  // after_id for the next page, none at the end
};

}  // namespace siaga::store
