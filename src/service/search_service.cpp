#include "service/search_service.hpp"

#include <algorithm>
#include <cctype>

#include "service/permission.hpp"
#include "store/database.hpp"

namespace siaga::service {

namespace {

std::string lowercase(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool all_digits(const std::string& s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

}  // namespace

Result<std::vector<SearchHit>> SearchService::search(const Actor& actor, const std::string& text,
                                                     int limit) {
  SIAGA_TRY(require(actor, Permission::read_registry));
  std::string query = text;
  query.erase(0, query.find_first_not_of(" \t"));
  query.erase(query.find_last_not_of(" \t") + 1);
  if (query.size() < 2) {
    return make_error(ErrorCode::invalid_input, "ketik paling sedikit 2 huruf",
                      "type at least 2 characters", "q");
  }
  limit = std::clamp(limit, 1, 50);
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  std::vector<SearchHit> hits;

  // A run of digits is a TPS code (or its start): 3509192001 finds the TPS of a desa.
  if (all_digits(query)) {
    store::TpsQuery q;
    q.code_prefix = query;
    q.page.limit = limit;
    SIAGA_ASSIGN_OR_RETURN(auto page, tx->tps().list(q, actor.territory));
    for (const Tps& t : page.items) {
      hits.push_back({"tps", t.id, t.code, "TPS " + std::to_string(t.number) + " " + t.desa_name,
                      t.position, t.desa_code, t.desa_code});
    }
  }
  if (static_cast<int>(hits.size()) < limit) {
    SIAGA_ASSIGN_OR_RETURN(
        auto regions,
        tx->regions().search(query, actor.territory, limit - static_cast<int>(hits.size())));
    for (const Region& r : regions) {
      hits.push_back({std::string(to_string(r.level)), std::nullopt, r.code, r.name, r.centroid,
                      r.code, r.code});
    }
  }
  if (static_cast<int>(hits.size()) < limit) {
    store::ObjectQuery q;
    q.name_contains = query;
    q.page.limit = limit - static_cast<int>(hits.size());
    SIAGA_ASSIGN_OR_RETURN(auto page, tx->objects().list(q, actor.territory));
    for (const StrategicObject& o : page.items) {
      hits.push_back({"object", o.id, "", o.name, o.position, std::string(label_id(o.kind)),
                      std::string(label_en(o.kind))});
    }
  }
  if (static_cast<int>(hits.size()) < limit) {
    SIAGA_ASSIGN_OR_RETURN(auto units, tx->units().list(actor.territory, std::nullopt, {1000, 0}));
    const std::string needle = lowercase(query);
    for (const Unit& u : units.items) {
      if (static_cast<int>(hits.size()) >= limit) break;
      if (lowercase(u.name).find(needle) == std::string::npos) continue;
      hits.push_back({"unit", u.id, u.code, u.name, u.position, std::string(to_string(u.level)),
                      std::string(to_string(u.level))});
    }
  }
  return hits;
}

}  // namespace siaga::service
