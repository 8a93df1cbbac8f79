#pragma once
// Readiness of units: the share of people present and fully equipped and of
// vehicles fit for the task, with what is missing counted, rolled up from
// Polsek to Polres to Polda to Mabes. Pure: the service hands in the state of
// every person, vehicle and open defect.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "domain/personnel.hpp"

namespace siaga::engine {

// Equipment kinds are indexed 0..kMaxKinds-1 by the caller's catalogue.
inline constexpr std::size_t kMaxKinds = 16;

enum class Reason : std::uint8_t {
  cuti,
  sakit,
  dinas_luar,
  bko,
  absent_at_parade,  // marked not present at the last inspection
  item_missing,      // a required kit item not held (per kind)
  item_broken,       // held but not usable (per kind)
  vehicle_unfit,     // vehicle broken or lost
  fuel_low,          // vehicle usable but under the fuel floor
  defect_open,       // open defect reports
  defect_overdue,    // of which past their limit
};
inline constexpr std::size_t kReasonCount = 11;

bool reason_per_kind(Reason r);

// Counts of everything that keeps a unit from being fully ready.
struct Tally {
  std::int64_t people = 0;
  std::int64_t people_ready = 0;
  std::int64_t vehicles = 0;
  std::int64_t vehicles_fit = 0;
  std::array<std::int64_t, kReasonCount * kMaxKinds> missing{};

  std::int64_t& at(Reason r, std::size_t kind = 0) {
    return missing[static_cast<std::size_t>(r) * kMaxKinds + (reason_per_kind(r) ? kind : 0)];
  }
  std::int64_t get(Reason r, std::size_t kind = 0) const {
    return missing[static_cast<std::size_t>(r) * kMaxKinds + (reason_per_kind(r) ? kind : 0)];
  }
  // (ready people + fit vehicles) / (people + vehicles); 0 when there is nothing.
  double readiness() const;
  void add(const Tally& other);
  friend bool operator==(const Tally&, const Tally&) = default;
};

enum class KitState : std::uint8_t { ok, missing, broken };

struct PersonState {
  std::uint32_t unit = 0;
  std::optional<AbsenceKind> absence;     // absent today
  std::optional<bool> present_at_parade;  // the last inspection's answer, if any
  // One entry per required kind of the person's function.
  std::vector<std::pair<std::uint8_t, KitState>> kit;
};

struct VehicleState {
  std::uint32_t unit = 0;
  bool usable = true;
  bool fuelled = true;
};

struct DefectState {
  std::uint32_t unit = 0;
  bool overdue = false;
};

// Tallies per unit: own[u] counts what belongs to unit u itself; the result
// adds every unit's descendants. parent[u] is the index of u's parent, or -1.
// Units must be listed parents before children.
std::vector<Tally> roll_up(std::span<const std::int32_t> parent,
                           std::span<const PersonState> people,
                           std::span<const VehicleState> vehicles,
                           std::span<const DefectState> defects);

// One person's contribution to a tally (exposed for tests and incremental use).
void count_person(const PersonState& person, Tally& tally);

}  // namespace siaga::engine
