#include "service/readiness_recap.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "domain/defect.hpp"
#include "domain/equipment.hpp"
#include "domain/time_zone.hpp"
#include "service/readiness_service.hpp"

namespace siaga::service {

namespace {

report::ReadinessUnitRow unit_row(const UnitReadiness& u) {
  return {u.unit.name, u.readiness, u.people, u.people_ready, u.vehicles, u.vehicles_fit};
}

// The unit and every unit below it, by id.
std::unordered_set<std::int64_t> subtree_of(std::int64_t root,
                                            const std::vector<store::UnitNode>& nodes) {
  std::unordered_map<std::int64_t, std::vector<std::int64_t>> children;
  for (const auto& n : nodes) {
    if (n.parent_id) children[*n.parent_id].push_back(n.id);
  }
  std::unordered_set<std::int64_t> out{root};
  std::vector<std::int64_t> todo{root};
  while (!todo.empty()) {
    const std::int64_t id = todo.back();
    todo.pop_back();
    auto c = children.find(id);
    if (c == children.end()) continue;
    for (std::int64_t child : c->second) {
      if (out.insert(child).second) todo.push_back(child);
    }
  }
  return out;
}

// How the lists are narrowed in the store before the subtree filter: the
// whole country for Mabes, else the unit's regions (which hold the units
// below it), else each unit of the subtree by id.
struct Area {
  std::optional<std::string> region_code;
  std::optional<std::int64_t> unit_id;
};

std::vector<Area> areas_of(const Unit& unit, const std::unordered_set<std::int64_t>& subtree) {
  std::vector<Area> areas;
  if (unit.level == UnitLevel::mabes) {
    areas.push_back({});
  } else if (!unit.region_codes.empty()) {
    for (const std::string& region : unit.region_codes) areas.push_back({region, std::nullopt});
  } else {
    for (std::int64_t id : subtree) areas.push_back({std::nullopt, id});
  }
  return areas;
}

// Every page of a keyset-paged list.
template <typename T, typename Query, typename List>
Status each_page(Query query, List list, std::vector<T>& out) {
  query.page.limit = 10000;
  query.page.after_id = 0;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(store::Page<T> page, list(query));
    for (T& item : page.items) out.push_back(std::move(item));
    if (!page.next) return ok_status();
    query.page.after_id = *page.next;
  }
}

// Unit names by id, looked up once each.
class UnitNames {
 public:
  explicit UnitNames(store::UnitRepo& units) : units_(units) {}
  Result<std::string> name(std::int64_t id, const std::string& fallback) {
    if (auto it = names_.find(id); it != names_.end()) return it->second;
    SIAGA_ASSIGN_OR_RETURN(auto unit, units_.find(id));
    const std::string name = unit ? unit->name : fallback;
    names_.emplace(id, name);
    return name;
  }

 private:
  store::UnitRepo& units_;
  std::unordered_map<std::int64_t, std::string> names_;
};

// Required, missing and broken personal kit per kind, from the people of
// the subtree and the figures' missing reasons.
Result<std::vector<report::ReadinessKindRow>> kinds_of(
    store::ReadinessRepo& repo, const std::unordered_set<std::int64_t>& subtree,
    const UnitReadiness& figures) {
  SIAGA_ASSIGN_OR_RETURN(auto people, repo.people());
  std::vector<report::ReadinessKindRow> rows;
  for (const EquipmentKind& kind : default_equipment_kinds()) {
    if (kind.vehicle) continue;
    report::ReadinessKindRow row{kind.code, kind.name_id, kind.name_en};
    for (const auto& p : people) {
      if (!subtree.count(p.unit_id)) continue;
      const auto& need = kind.required_for;
      if (std::find(need.begin(), need.end(), p.function) != need.end()) ++row.required;
    }
    for (const MissingCount& m : figures.missing) {
      if (m.kind != kind.code) continue;
      if (m.reason == "item_missing") row.missing += m.count;
      if (m.reason == "item_broken") row.broken += m.count;
    }
    if (row.required == 0 && row.missing == 0 && row.broken == 0) continue;
    row.held_usable = std::max<std::int64_t>(0, row.required - row.missing - row.broken);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

Result<report::ReadinessReport> ReadinessRecapService::recap(const Actor& actor,
                                                             const std::string& unit_code) {
  // Checks the permission and that the unit is visible to the actor.
  ReadinessService readiness(ctx_);
  SIAGA_ASSIGN_OR_RETURN(ReadinessFigures figures, readiness.readiness(actor, unit_code));
  const Unit& unit = figures.unit.unit;
  const SysSeconds now = ctx_.clock.now();

  report::ReadinessReport r;
  r.unit_name = unit.name;
  r.date = long_date_id(figures.date);
  r.generated_at = format_local(now, unit.zone);
  r.unit = unit_row(figures.unit);
  for (const UnitReadiness& child : figures.children) r.children.push_back(unit_row(child));
  for (const MissingCount& m : figures.unit.missing) {
    r.missing.push_back({m.reason, m.kind, m.label_id, m.label_en, m.count});
  }

  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  auto& repo = tx->readiness();
  SIAGA_ASSIGN_OR_RETURN(auto nodes, repo.unit_tree());
  const auto subtree = subtree_of(unit.id, nodes);
  SIAGA_ASSIGN_OR_RETURN(r.kinds, kinds_of(repo, subtree, figures.unit));
  UnitNames names(tx->units());
  const auto areas = areas_of(unit, subtree);

  std::unordered_set<std::int64_t> seen;
  for (const Area& area : areas) {
    store::ItemQuery q;
    q.region_code = area.region_code;
    q.unit_id = area.unit_id;
    q.vehicles = true;
    std::vector<Item> items;
    SIAGA_TRY(each_page<Item>(
        q, [&](const store::ItemQuery& page) { return repo.list_items(page, actor.territory); },
        items));
    for (const Item& v : items) {
      if (!subtree.count(v.unit_id) || !seen.insert(v.id).second) continue;
      SIAGA_ASSIGN_OR_RETURN(std::string unit_name, names.name(v.unit_id, v.unit_code));
      r.vehicles.push_back(
          {v.plate, v.kind, std::move(unit_name), v.condition, v.fuel_percent, vehicle_fit(v)});
    }
  }
  std::sort(r.vehicles.begin(), r.vehicles.end(),
            [](const report::ReadinessVehicleRow& a, const report::ReadinessVehicleRow& b) {
              return std::tie(a.unit_name, a.kind, a.plate) <
                     std::tie(b.unit_name, b.kind, b.plate);
            });

  seen.clear();
  std::vector<std::pair<SysSeconds, report::ReadinessDefectRow>> defects;
  for (const Area& area : areas) {
    store::DefectQuery q;
    q.region_code = area.region_code;
    q.unit_id = area.unit_id;
    q.open = true;
    std::vector<Defect> open;
    SIAGA_TRY(each_page<Defect>(
        q, [&](const store::DefectQuery& page) { return repo.list_defects(page, actor.territory); },
        open));
    for (const Defect& d : open) {
      if (!subtree.count(d.unit_id) || !seen.insert(d.id).second) continue;
      SysSeconds reported = now;
      parse_utc(d.reported_at, reported);
      const auto age = now - reported;
      SIAGA_ASSIGN_OR_RETURN(std::string unit_name, names.name(d.unit_id, d.unit_code));
      defects.emplace_back(
          reported,
          report::ReadinessDefectRow{
              std::move(unit_name), d.item_label, d.kind, d.status, d.description,
              format_local(reported, unit.zone),
              std::max<std::int64_t>(0, std::chrono::floor<std::chrono::hours>(age).count()),
              age > overdue_after(d.kind)});
    }
  }
  std::stable_sort(defects.begin(), defects.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [at, row] : defects) r.defects.push_back(std::move(row));
  return r;
}

}  // namespace siaga::service
