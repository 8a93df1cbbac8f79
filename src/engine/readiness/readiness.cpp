#include "engine/readiness/readiness.hpp"

namespace siaga::engine {

bool reason_per_kind(Reason r) {
  return r == Reason::item_missing || r == Reason::item_broken;
}

double Tally::readiness() const {
  const std::int64_t all = people + vehicles;
  return all == 0 ? 0.0 : double(people_ready + vehicles_fit) / double(all);
}

void Tally::add(const Tally& o) {
  people += o.people;
  people_ready += o.people_ready;
  vehicles += o.vehicles;
  vehicles_fit += o.vehicles_fit;
  for (std::size_t i = 0; i < missing.size(); ++i) missing[i] += o.missing[i];
}

void count_person(const PersonState& p, Tally& t) {
  ++t.people;
  bool ready = true;
  if (p.absence) {
    ready = false;
    switch (*p.absence) {
      case AbsenceKind::cuti:
        ++t.at(Reason::cuti);
        break;
      case AbsenceKind::sakit:
        ++t.at(Reason::sakit);
        break;
      case AbsenceKind::dinas_luar:
        ++t.at(Reason::dinas_luar);
        break;
      case AbsenceKind::bko:
        ++t.at(Reason::bko);
        break;
    }
  } else if (p.present_at_parade && !*p.present_at_parade) {
    ready = false;
    ++t.at(Reason::absent_at_parade);
  }
  // Kit is counted for everyone on the books: a vest missing is missing
  // whether or not its owner is on leave today.
  for (const auto& [kind, state] : p.kit) {
    if (state == KitState::ok) continue;
    ready = false;
    ++t.at(state == KitState::missing ? Reason::item_missing : Reason::item_broken, kind);
  }
  if (ready) ++t.people_ready;
}

std::vector<Tally> roll_up(std::span<const std::int32_t> parent,
                           std::span<const PersonState> people,
                           std::span<const VehicleState> vehicles,
                           std::span<const DefectState> defects) {
  std::vector<Tally> tally(parent.size());
  for (const PersonState& p : people) count_person(p, tally[p.unit]);
  for (const VehicleState& v : vehicles) {
    Tally& t = tally[v.unit];
    ++t.vehicles;
    if (!v.usable) {
      ++t.at(Reason::vehicle_unfit);
    } else if (!v.fuelled) {
      ++t.at(Reason::fuel_low);
    } else {
      ++t.vehicles_fit;
    }
  }
  for (const DefectState& d : defects) {
    ++tally[d.unit].at(Reason::defect_open);
    if (d.overdue) ++tally[d.unit].at(Reason::defect_overdue);
  }
  // Children after parents: sweep backwards, adding each unit into its parent.
  for (std::size_t u = parent.size(); u-- > 0;) {
    if (parent[u] >= 0) tally[static_cast<std::size_t>(parent[u])].add(tally[u]);
  }
  return tally;
}

}  // namespace siaga::engine
