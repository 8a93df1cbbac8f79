#pragma once
// The observations part of ImportService: checks every line of a TPS-rawan
// list (indicator known, value in range, TPS or desa known and inside the
// territory, not dated in the future), stores them and rescores the desa they
// touch, inside the import's transaction (all or nothing).

#include <string_view>

#include "domain/user.hpp"
#include "service/import_service.hpp"
#include "store/database.hpp"

namespace siaga::service {

Status import_observations(store::Transaction& tx, const Actor& actor, SysSeconds now,
                           std::string_view content, ImportOutcome& outcome,
                           const ImportProgress& progress);

}  // namespace siaga::service
