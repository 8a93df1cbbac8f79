#pragma once
// The roster parts of ImportService: personnel, partner forces and equipment.
// Every line is checked (unit known and inside the territory, NRP / serial /
// identifier unique in the file and the database, desa binaan inside the
// unit's territory, an item's holder in the item's own Polres) before
// anything is stored, inside the import's transaction.

#include <string_view>

#include "domain/user.hpp"
#include "service/import_service.hpp"
#include "store/database.hpp"

namespace siaga::service {

Status import_personnel(store::Transaction& tx, const Actor& actor, std::string_view content,
                        ImportOutcome& outcome, const ImportProgress& progress);
Status import_partners(store::Transaction& tx, const Actor& actor, std::string_view content,
                       ImportOutcome& outcome, const ImportProgress& progress);
Status import_items(store::Transaction& tx, const Actor& actor, std::string_view content,
                    ImportOutcome& outcome, const ImportProgress& progress);

}  // namespace siaga::service
