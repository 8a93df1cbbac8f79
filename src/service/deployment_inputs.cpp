#include "service/deployment_inputs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "service/deployment_record.hpp"

namespace siaga::service {

namespace {

using engine::deployment::PlanOfficer;
using engine::deployment::PlanTps;

// Index of a key, assigned in first-seen order.
template <typename Key>
std::size_t index_of(std::map<Key, std::size_t>& map, const Key& key) {
  auto [it, added] = map.emplace(key, map.size());
  return it->second;
}

}  // namespace

Result<PlanningData> load_planning_data(store::Transaction& tx, const store::PlanRecord& plan,
                                        const PatternSet& patterns) {
  (void)patterns;
  PlanningData data;
  store::DeploymentRepo& repo = tx.deployment();
  SIAGA_ASSIGN_OR_RETURN(data.units, repo.units_under(plan.unit_id));

  std::unordered_map<std::int64_t, const store::PlanUnitRow*> unit_by_id;
  for (const auto& u : data.units) unit_by_id[u.id] = &u;

  // Polres and their regencies; Polsek sectors and their kecamatan. Every
  // Polres also owns an HQ sector: kecamatan no Polsek covers, and officers
  // posted at the Polres itself.
  std::map<std::string, std::size_t> polres_of_regency;
  std::map<std::string, std::size_t> sector_of_district;
  std::unordered_map<std::int64_t, std::size_t> polres_index;  // unit id → polres index
  std::unordered_map<std::int64_t, std::size_t> sector_index;  // unit id → sector index
  std::vector<std::size_t> hq_sector;                          // per polres
  std::vector<LatLon> polres_position;
  for (const auto& u : data.units) {
    if (u.level != "polres") continue;
    const std::size_t p = data.polres_unit.size();
    data.polres_unit.push_back(u.id);
    polres_index[u.id] = p;
    for (const auto& r : u.region_codes) polres_of_regency[r] = p;
    hq_sector.push_back(data.sector_unit.size());
    sector_index[u.id] = data.sector_unit.size();
    data.sector_unit.push_back(u.id);
    polres_position.push_back(u.position.value_or(LatLon{}));
  }
  std::unordered_map<std::int64_t, std::size_t> polres_of_polsek;
  for (const auto& u : data.units) {
    if (u.level != "polsek" || !u.parent_id) continue;
    auto p = polres_index.find(*u.parent_id);
    if (p == polres_index.end()) continue;
    polres_of_polsek[u.id] = p->second;
    sector_index[u.id] = data.sector_unit.size();
    for (const auto& r : u.region_codes) sector_of_district[r] = data.sector_unit.size();
    data.sector_unit.push_back(u.id);
  }
  if (data.polres_unit.empty()) {
    return make_error(ErrorCode::invalid_input,
                      "Satuan ini tidak membawahi Polres mana pun: tidak ada TPS untuk dijaga",
                      "This unit has no Polres under it: no TPS to guard", "unit_code");
  }

  // TPS of every Polres's regencies.
  std::vector<std::string> regencies;
  for (const auto& [code, p] : polres_of_regency) regencies.push_back(code);
  SIAGA_ASSIGN_OR_RETURN(std::vector<store::PlanTpsRow> rows, repo.tps_in(regencies));
  std::map<std::string, std::size_t> desa_index, district_index;
  std::vector<std::vector<LatLon>> tps_of_polres(data.polres_unit.size());
  for (auto& row : rows) {
    auto p = polres_of_regency.find(row.regency_code);
    if (p == polres_of_regency.end()) continue;
    PlanTps t;
    t.position = row.position;
    t.tps_class = row.tps_class.value_or(TpsClass::kurang_rawan);
    t.desa = index_of(desa_index, row.desa_code);
    t.kecamatan = index_of(district_index, row.district_code);
    t.polres = p->second;
    auto s = sector_of_district.find(row.district_code);
    t.sector = s != sector_of_district.end() ? s->second : hq_sector[p->second];
    tps_of_polres[p->second].push_back(row.position);
    data.class_defaulted.push_back(!row.tps_class.has_value());
    data.tps.push_back(t);
    data.tps_rows.push_back(std::move(row));
  }
  const auto defaulted = std::count(data.class_defaulted.begin(), data.class_defaulted.end(), true);
  if (defaulted > 0) {
    data.warnings.push_back(
        {"tps_without_class",
         fmt::format("{} TPS belum berkelas kerawanan: dianggap kurang rawan", defaulted),
         fmt::format("{} TPS have no vulnerability class yet: taken as kurang rawan", defaulted)});
  }
  // A Polres without a position on record is placed at the centre of its TPS.
  for (std::size_t p = 0; p < polres_position.size(); ++p) {
    if (unit_by_id[data.polres_unit[p]]->position || tps_of_polres[p].empty()) continue;
    LatLon c{};
    for (const LatLon& l : tps_of_polres[p]) c.lat += l.lat, c.lon += l.lon;
    const auto n = static_cast<double>(tps_of_polres[p].size());
    polres_position[p] = {c.lat / n, c.lon / n};
  }

  // Who is out, who comes in for the day.
  std::set<std::string> unavailable;
  for (const auto& nrp : strings_from_json(plan.unavailable_json)) unavailable.insert(nrp);
  const std::vector<std::string> bko_nrps = strings_from_json(plan.bko_json);
  SIAGA_ASSIGN_OR_RETURN(auto absences, repo.absences_on(plan.voting_day));
  std::unordered_map<std::int64_t, std::optional<std::int64_t>> away;  // person → BKO unit
  for (const auto& a : absences) {
    if (a.kind == AbsenceKind::bko && a.bko_unit_id && unit_by_id.count(*a.bko_unit_id)) {
      away.emplace(a.person_id, a.bko_unit_id);
    } else {
      away[a.person_id] = std::nullopt;  // on leave, sick, elsewhere: out
    }
  }

  // The Polres a unit id belongs to, and where its people start from.
  auto polres_of_unit = [&](std::int64_t unit_id) -> std::optional<std::size_t> {
    if (auto p = polres_index.find(unit_id); p != polres_index.end()) return p->second;
    if (auto p = polres_of_polsek.find(unit_id); p != polres_of_polsek.end()) return p->second;
    return std::nullopt;
  };
  auto home_of_unit = [&](std::int64_t unit_id, std::size_t polres) {
    const auto* u = unit_by_id.count(unit_id) ? unit_by_id[unit_id] : nullptr;
    return u && u->position ? *u->position : polres_position[polres];
  };

  std::vector<std::int64_t> staffed_units;
  for (const auto& u : data.units) {
    if (u.level == "polres" || u.level == "polsek") staffed_units.push_back(u.id);
  }
  SIAGA_ASSIGN_OR_RETURN(auto people, repo.people_of_units(staffed_units));
  std::set<std::int64_t> seen;
  for (const auto& person : people) {
    const auto polres = polres_of_unit(person.unit_id);
    if (!polres) continue;
    seen.insert(person.id);
    if (unavailable.count(person.nrp)) {
      ++data.unavailable;
      continue;
    }
    PlanOfficer o;
    o.polres = *polres;
    o.unit = sector_index.at(person.unit_id);
    o.home = home_of_unit(person.unit_id, *polres);
    bool bko = false;
    if (auto a = away.find(person.id); a != away.end()) {
      if (!a->second) {
        ++data.unavailable;
        continue;
      }
      // Attached to another unit of this plan for the day.
      const auto target = polres_of_unit(*a->second);
      if (!target) {
        ++data.unavailable;
        continue;
      }
      o.polres = *target;
      o.unit = sector_index.count(*a->second) ? sector_index.at(*a->second) : hq_sector[*target];
      o.home = home_of_unit(*a->second, *target);
      bko = true;
    }
    data.officers.push_back(o);
    data.officer_person.push_back(person.id);
    data.officer_bko.push_back(bko);
  }
  // BKO named in the plan: to the plan's Polres, starting from its HQ.
  if (!bko_nrps.empty()) {
    const auto target = polres_of_unit(plan.unit_id);
    if (!target) {
      return make_error(ErrorCode::invalid_input,
                        "BKO hanya dapat ditambahkan pada rencana sebuah Polres",
                        "BKO can only be added to the plan of a Polres", "bko");
    }
    SIAGA_ASSIGN_OR_RETURN(auto reinforcements, repo.people_by_nrp(bko_nrps));
    for (const auto& nrp : bko_nrps) {
      const auto it = std::find_if(reinforcements.begin(), reinforcements.end(),
                                   [&](const store::PlanPersonRow& r) { return r.nrp == nrp; });
      if (it == reinforcements.end()) {
        return make_error(ErrorCode::invalid_input,
                          fmt::format("NRP {} tidak ada dalam daftar personel", nrp),
                          fmt::format("NRP {} is not on the personnel roster", nrp), "bko");
      }
      if (seen.count(it->id) || unavailable.count(nrp)) continue;  // already counted here
      seen.insert(it->id);
      data.officers.push_back({polres_position[*target], hq_sector[*target], *target, true});
      data.officer_person.push_back(it->id);
      data.officer_bko.push_back(true);
    }
  }

  // Linmas and TNI on the partner rosters of the plan's units.
  data.linmas_per_desa.assign(desa_index.size(), 0);
  data.linmas_of_desa.assign(desa_index.size(), {});
  data.tni_of_desa.assign(desa_index.size(), {});
  data.tni_of_polres.assign(data.polres_unit.size(), {});
  SIAGA_ASSIGN_OR_RETURN(auto partners, repo.partners_of_units(staffed_units));
  for (const auto& m : partners) {
    auto d = desa_index.find(m.desa_code);
    if (m.force == PartnerForce::linmas) {
      if (d == desa_index.end()) continue;
      ++data.linmas_per_desa[d->second];
      data.linmas_of_desa[d->second].push_back(m.id);
    } else if (d != desa_index.end()) {
      data.tni_of_desa[d->second].push_back(m.id);
    } else if (const auto p = polres_of_unit(m.unit_id)) {
      data.tni_of_polres[*p].push_back(m.id);
    }
  }
  return data;
}

}  // namespace siaga::service
