#pragma once
// Rosters as CSV, one row per person or item; units and holders are named by
// their outside keys (unit code, NRP) and resolved by the importer.
//
//   personnel.csv  nrp,name,rank,function,unit_code,phone,desa_binaan
//                  (desa_binaan: desa codes separated by ';', Bhabinkamtibmas only)
//   partners.csv   force,identifier,name,rank,unit_code,desa_code,phone
//   items.csv      kind,serial,unit_code,holder_nrp,condition,plate,odometer_km,
//                  fuel_percent,service_date (the last four for vehicles only)

#include <string_view>

#include "domain/equipment.hpp"
#include "domain/personnel.hpp"
#include "io/registry_csv.hpp"

namespace siaga::io {

Lines<Person> parse_personnel_csv(std::string_view text);
Lines<PartnerMember> parse_partners_csv(std::string_view text);
Lines<Item> parse_items_csv(std::string_view text);  // holder in holder_nrp, unit in unit_code

}  // namespace siaga::io
