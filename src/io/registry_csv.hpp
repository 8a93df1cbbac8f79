#pragma once
// The CSV formats of `siaga import` and data/demo/. Each parser checks what a
// single row can tell (types, code shapes, coordinates inside Indonesia);
// checks against the database (parents, duplicates) are the import service's.
//
//   regions:    code,name,level,lat,lon
//   units:      code,name,level,parent_code,region_codes,lat,lon  (region_codes ';'-separated)
//   tps:        code,number,desa_code,lat,lon,voters,address
//   objects:    kind,name,lat,lon,desa_code,notes                 (desa_code may be empty)
//   elections:  code,name,kind,region_code,voting_date
//   stages:     code,name_id,name_en,starts_on,ends_on,posture_id,posture_en
//   candidates: election_code,number,head_name,deputy_name,parties
//   accounts:   username,password,role,unit_code

#include <string>
#include <string_view>
#include <vector>

#include "domain/election.hpp"
#include "domain/import_issue.hpp"
#include "domain/region.hpp"
#include "domain/role.hpp"
#include "domain/strategic_object.hpp"
#include "domain/tps.hpp"
#include "domain/unit.hpp"

namespace siaga::io {

template <typename T>
struct Lines {
  std::vector<T> rows;
  std::vector<int> lines;  // the file line of each row
  std::vector<ImportIssue> issues;
  bool ok() const { return issues.empty(); }
};

struct CandidateLine {
  std::string election_code;
  Candidate candidate;
};

struct AccountLine {
  std::string username;
  std::string password;
  Role role = Role::officer;
  std::string unit_code;
};

Lines<Region> parse_regions_csv(std::string_view text);
Lines<Unit> parse_units_csv(std::string_view text);
Lines<Tps> parse_tps_csv(std::string_view text);
Lines<StrategicObject> parse_objects_csv(std::string_view text);
Lines<Election> parse_elections_csv(std::string_view text);
Lines<Stage> parse_stages_csv(std::string_view text);
Lines<CandidateLine> parse_candidates_csv(std::string_view text);
Lines<AccountLine> parse_accounts_csv(std::string_view text);

}  // namespace siaga::io
