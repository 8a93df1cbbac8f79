#pragma once
// Schema migrations: numbered .sql files under store/migrations/<dialect>/,
// embedded into the binary at build time, applied in order at start-up and
// recorded in schema_migrations.

#include <string_view>
#include <vector>

namespace siaga::store {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

const std::vector<Migration>& sqlite_migrations();
const std::vector<Migration>& postgres_migrations();

}  // namespace siaga::store
