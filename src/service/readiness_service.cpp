#include "service/readiness_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "domain/equipment.hpp"
#include "domain/time_zone.hpp"
#include "engine/readiness/readiness.hpp"
#include "service/permission.hpp"
#include "service/unit_scope.hpp"

namespace siaga::service {

namespace {

using engine::Reason;

struct ReasonName {
  Reason reason;
  const char* code;
  const char* id;
  const char* en;
};

constexpr ReasonName kReasons[] = {
    {Reason::cuti, "cuti", "Cuti", "On leave"},
    {Reason::sakit, "sakit", "Sakit", "Sick"},
    {Reason::dinas_luar, "dinas_luar", "Dinas luar", "On duty elsewhere"},
    {Reason::bko, "bko", "BKO ke satuan lain", "Attached to another unit"},
    {Reason::absent_at_parade, "tidak_hadir_apel", "Tidak hadir saat apel",
     "Absent at the last parade"},
    {Reason::item_missing, "item_missing", "Tidak memegang", "Not held"},
    {Reason::item_broken, "item_broken", "Rusak", "Broken"},
    {Reason::vehicle_unfit, "vehicle_unfit", "Kendaraan tidak layak", "Vehicle unfit"},
    {Reason::fuel_low, "fuel_low", "BBM kendaraan kurang dari 25 %", "Vehicle fuel under 25 %"},
    {Reason::defect_open, "defect_open", "Laporan kerusakan/BBM terbuka", "Open defect reports"},
    {Reason::defect_overdue, "defect_overdue", "Laporan kerusakan/BBM terlambat ditangani",
     "Overdue defect reports"},
};

// Person id -> position in the engine's list: a flat table when the ids are
// dense (they are rowids), else a hash map. The first position given to an id stays.
class PersonIndex {
 public:
  static constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

  explicit PersonIndex(const std::vector<store::PersonRow>& people) {
    std::int64_t max_id = -1;
    bool negative = false;
    for (const auto& p : people) {
      max_id = std::max(max_id, p.id);
      negative = negative || p.id < 0;
    }
    dense_ = !negative && max_id >= 0 &&
             static_cast<std::uint64_t>(max_id) <= 4 * people.size() + (1u << 20);
    if (dense_) {
      flat_.assign(static_cast<std::size_t>(max_id) + 1, kNone);
    } else {
      map_.reserve(people.size());
    }
  }
  void add(std::int64_t id, std::size_t at) {
    if (!dense_) {
      map_.emplace(id, at);
    } else if (auto& slot = flat_[static_cast<std::size_t>(id)]; slot == kNone) {
      slot = at;
    }
  }
  std::size_t find(std::int64_t id) const {
    if (dense_) {
      return id >= 0 && static_cast<std::uint64_t>(id) < flat_.size()
                 ? flat_[static_cast<std::size_t>(id)]
                 : kNone;
    }
    auto it = map_.find(id);
    return it == map_.end() ? kNone : it->second;
  }

 private:
  bool dense_ = false;
  std::vector<std::size_t> flat_;
  std::unordered_map<std::int64_t, std::size_t> map_;
};

// Units ordered parents before children, as the engine wants.
std::vector<std::size_t> parent_first_order(
    const std::vector<store::UnitNode>& nodes,
    const std::unordered_map<std::int64_t, std::size_t>& at) {
  std::vector<std::vector<std::size_t>> children(nodes.size());
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    auto p = nodes[i].parent_id ? at.find(*nodes[i].parent_id) : at.end();
    if (p == at.end()) {
      order.push_back(i);
    } else {
      children[p->second].push_back(i);
    }
  }
  for (std::size_t k = 0; k < order.size(); ++k) {
    for (std::size_t c : children[order[k]]) order.push_back(c);
  }
  return order;
}

UnitReadiness figures_of(const Unit& unit, const engine::Tally& t) {
  UnitReadiness r;
  r.unit = unit;
  r.readiness = t.readiness();
  r.people = t.people;
  r.people_ready = t.people_ready;
  r.vehicles = t.vehicles;
  r.vehicles_fit = t.vehicles_fit;
  const auto& kinds = default_equipment_kinds();
  for (const ReasonName& name : kReasons) {
    if (engine::reason_per_kind(name.reason)) {
      for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (auto n = t.get(name.reason, k); n > 0) {
          r.missing.push_back({name.code, kinds[k].code,
                               fmt::format("{}: {}", name.id, kinds[k].name_id),
                               fmt::format("{}: {}", name.en, kinds[k].name_en), n});
        }
      }
    } else if (auto n = t.get(name.reason); n > 0) {
      r.missing.push_back({name.code, "", name.id, name.en, n});
    }
  }
  std::stable_sort(r.missing.begin(), r.missing.end(),
                   [](const MissingCount& a, const MissingCount& b) { return a.count > b.count; });
  return r;
}

}  // namespace

Result<ReadinessFigures> ReadinessService::readiness(const Actor& actor,
                                                     const std::string& unit_code,
                                                     std::optional<PersonFunction> function) {
  SIAGA_TRY(require(actor, Permission::read_personnel));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto unit,
                         tx->units().find_by_code(unit_code.empty() ? actor.unit_code : unit_code));
  if (!unit || !unit_visible(actor, *unit)) return not_found("satuan", "unit");
  const SysSeconds now = ctx_.clock.now();
  const std::string today =
      format_date(std::chrono::floor<std::chrono::days>(now + utc_offset(unit->zone)));

  auto& repo = tx->readiness();
  SIAGA_ASSIGN_OR_RETURN(auto nodes, repo.unit_tree());
  std::unordered_map<std::int64_t, std::size_t> node_at;
  for (std::size_t i = 0; i < nodes.size(); ++i) node_at.emplace(nodes[i].id, i);
  const auto order = parent_first_order(nodes, node_at);
  std::unordered_map<std::int64_t, std::uint32_t> index;  // unit id → engine index
  for (std::size_t k = 0; k < order.size(); ++k)
    index.emplace(nodes[order[k]].id, std::uint32_t(k));
  std::vector<std::int32_t> parent(order.size(), -1);
  for (std::size_t k = 0; k < order.size(); ++k) {
    const auto& n = nodes[order[k]];
    if (n.parent_id) {
      if (auto p = index.find(*n.parent_id); p != index.end()) parent[k] = std::int32_t(p->second);
    }
  }

  // People with their kit.
  const auto& kinds = default_equipment_kinds();
  // The kit a person of each function must hold, every item missing until seen.
  std::vector<std::vector<std::pair<std::uint8_t, engine::KitState>>> kit_of;
  for (PersonFunction f : all_person_functions()) {
    const auto at = static_cast<std::size_t>(f);
    if (kit_of.size() <= at) kit_of.resize(at + 1);
    for (std::size_t k = 0; k < kinds.size(); ++k) {
      const auto& need = kinds[k].required_for;
      if (std::find(need.begin(), need.end(), f) != need.end()) {
        kit_of[at].emplace_back(std::uint8_t(k), engine::KitState::missing);
      }
    }
  }
  auto kind_index = [&kinds](const std::string& code) -> int {
    for (std::size_t k = 0; k < kinds.size(); ++k) {
      if (kinds[k].code == code) return static_cast<int>(k);
    }
    return -1;
  };
  SIAGA_ASSIGN_OR_RETURN(auto people, repo.people());
  SIAGA_ASSIGN_OR_RETURN(auto held, repo.held_items());
  SIAGA_ASSIGN_OR_RETURN(auto absences, repo.absences_on(today));
  SIAGA_ASSIGN_OR_RETURN(auto presence, repo.last_presence());
  PersonIndex person_at(people);
  std::vector<engine::PersonState> states;
  states.reserve(people.size());
  for (const auto& p : people) {
    if (function && p.function != *function) continue;
    auto u = index.find(p.unit_id);
    if (u == index.end()) continue;
    engine::PersonState s;
    s.unit = u->second;
    if (const auto f = static_cast<std::size_t>(p.function); f < kit_of.size()) s.kit = kit_of[f];
    person_at.add(p.id, states.size());
    states.push_back(std::move(s));
  }
  for (const auto& h : held) {
    if (h.missing_at_last_check) continue;
    const std::size_t p = person_at.find(h.holder_id);
    if (p == PersonIndex::kNone) continue;
    const int k = kind_index(h.kind);
    if (k < 0) continue;
    for (auto& [kind, state] : states[p].kit) {
      if (kind != k) continue;
      // One usable item of the kind is enough; a broken one beats none.
      if (h.usable) {
        state = engine::KitState::ok;
      } else if (state == engine::KitState::missing) {
        state = engine::KitState::broken;
      }
    }
  }
  for (const auto& a : absences) {
    if (const std::size_t p = person_at.find(a.person_id); p != PersonIndex::kNone)
      states[p].absence = a.kind;
  }
  for (const auto& pr : presence) {  // ordered oldest first: the last one stays
    if (const std::size_t p = person_at.find(pr.person_id); p != PersonIndex::kNone) {
      states[p].present_at_parade = pr.present;
    }
  }

  std::vector<engine::VehicleState> vehicles;
  std::vector<engine::DefectState> defects;
  if (!function) {
    SIAGA_ASSIGN_OR_RETURN(auto rows, repo.vehicles());
    vehicles.reserve(rows.size());
    for (const auto& v : rows) {
      if (auto u = index.find(v.unit_id); u != index.end()) {
        vehicles.push_back({u->second, v.usable, v.fuel_percent >= kMinFuelPercent});
      }
    }
    SIAGA_ASSIGN_OR_RETURN(auto open, repo.open_defects());
    for (const auto& d : open) {
      auto u = index.find(d.unit_id);
      if (u == index.end()) continue;
      SysSeconds reported{};
      parse_utc(d.reported_at, reported);
      defects.push_back({u->second, now - reported > overdue_after(d.kind)});
    }
  }

  const auto tallies = engine::roll_up(parent, states, vehicles, defects);
  ReadinessFigures out;
  out.date = today;
  out.unit = figures_of(*unit, tallies[index.at(unit->id)]);
  SIAGA_ASSIGN_OR_RETURN(
      auto all_units,
      tx->units().all_of_level(unit->level == UnitLevel::mabes   ? UnitLevel::polda
                               : unit->level == UnitLevel::polda ? UnitLevel::polres
                                                                 : UnitLevel::polsek));
  if (unit->level != UnitLevel::polsek) {
    for (const Unit& child : all_units) {
      if (!child.parent_id || *child.parent_id != unit->id) continue;
      out.children.push_back(figures_of(child, tallies[index.at(child.id)]));
    }
    std::sort(
        out.children.begin(), out.children.end(),
        [](const UnitReadiness& a, const UnitReadiness& b) { return a.unit.name < b.unit.name; });
  }
  return out;
}

Result<std::int64_t> ReadinessService::unit_id(const Actor& actor, const std::string& unit_code) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find_by_code(unit_code));
  if (!unit || !unit_visible(actor, *unit)) return not_found("satuan", "unit");
  return unit->id;
}

}  // namespace siaga::service
