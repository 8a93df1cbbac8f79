#include "engine/readiness/readiness.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

namespace siaga::engine {
namespace {

// ---------------------------------------------------------------- one person

TEST(Readiness, PersonPresentWithAllKitIsReady) {
  Tally t;
  count_person({0, std::nullopt, true, {{0, KitState::ok}, {2, KitState::ok}}}, t);
  EXPECT_EQ(t.people, 1);
  EXPECT_EQ(t.people_ready, 1);
  for (auto n : t.missing) EXPECT_EQ(n, 0);
  // No parade answer yet counts as present.
  Tally never_checked;
  count_person({0, std::nullopt, std::nullopt, {}}, never_checked);
  EXPECT_EQ(never_checked.people_ready, 1);
}

TEST(Readiness, AbsenceCountsItsReasonAndIsNotReady) {
  const AbsenceKind kinds[] = {AbsenceKind::cuti, AbsenceKind::sakit, AbsenceKind::dinas_luar,
                               AbsenceKind::bko};
  const Reason reasons[] = {Reason::cuti, Reason::sakit, Reason::dinas_luar, Reason::bko};
  for (int k = 0; k < 4; ++k) {
    Tally t;
    // Present at the last parade and fully equipped: the absence today still wins.
    count_person({0, kinds[k], true, {{1, KitState::ok}}}, t);
    EXPECT_EQ(t.people, 1);
    EXPECT_EQ(t.people_ready, 0) << k;
    for (int r = 0; r < 4; ++r) EXPECT_EQ(t.get(reasons[r]), r == k ? 1 : 0) << k << " " << r;
    EXPECT_EQ(t.get(Reason::absent_at_parade), 0);
  }
  // Absent today and absent at the parade: one reason, the absence.
  Tally both;
  count_person({0, AbsenceKind::sakit, false, {}}, both);
  EXPECT_EQ(both.get(Reason::sakit), 1);
  EXPECT_EQ(both.get(Reason::absent_at_parade), 0);
  EXPECT_EQ(both.people_ready, 0);
}

TEST(Readiness, AbsentAtParadeIsNotReady) {
  Tally t;
  count_person({0, std::nullopt, false, {{0, KitState::ok}}}, t);
  EXPECT_EQ(t.people_ready, 0);
  EXPECT_EQ(t.get(Reason::absent_at_parade), 1);
}

TEST(Readiness, KitMissingAndBrokenAreCountedPerKind) {
  Tally t;
  count_person(
      {0, std::nullopt, true, {{0, KitState::missing}, {1, KitState::broken}, {2, KitState::ok}}},
      t);
  count_person({0, std::nullopt, true, {{0, KitState::missing}, {1, KitState::missing}}}, t);
  count_person({0, std::nullopt, true, {{0, KitState::ok}, {1, KitState::ok}}}, t);
  EXPECT_EQ(t.people, 3);
  EXPECT_EQ(t.people_ready, 1);
  EXPECT_EQ(t.get(Reason::item_missing, 0), 2);
  EXPECT_EQ(t.get(Reason::item_missing, 1), 1);
  EXPECT_EQ(t.get(Reason::item_missing, 2), 0);
  EXPECT_EQ(t.get(Reason::item_broken, 0), 0);
  EXPECT_EQ(t.get(Reason::item_broken, 1), 1);
  EXPECT_EQ(t.get(Reason::item_broken, 2), 0);
  // Kit is counted for a person on leave as well.
  Tally leave;
  count_person({0, AbsenceKind::cuti, std::nullopt, {{3, KitState::broken}}}, leave);
  EXPECT_EQ(leave.get(Reason::cuti), 1);
  EXPECT_EQ(leave.get(Reason::item_broken, 3), 1);
  EXPECT_EQ(leave.people_ready, 0);
}

TEST(Readiness, ReasonsWithoutKindIgnoreTheKindArgument) {
  EXPECT_TRUE(reason_per_kind(Reason::item_missing));
  EXPECT_TRUE(reason_per_kind(Reason::item_broken));
  EXPECT_FALSE(reason_per_kind(Reason::sakit));
  EXPECT_FALSE(reason_per_kind(Reason::fuel_low));
  Tally t;
  ++t.at(Reason::fuel_low, 5);
  EXPECT_EQ(t.get(Reason::fuel_low), 1);
  EXPECT_EQ(t.get(Reason::fuel_low, 9), 1);
  ++t.at(Reason::item_missing, 5);
  EXPECT_EQ(t.get(Reason::item_missing, 5), 1);
  EXPECT_EQ(t.get(Reason::item_missing, 0), 0);
}

// ---------------------------------------------------------------- formula and vehicles

TEST(Readiness, FormulaIsReadyPeopleAndFitVehiclesOverAll) {
  Tally t;
  t.people = 8;
  t.people_ready = 5;
  t.vehicles = 2;
  t.vehicles_fit = 1;
  EXPECT_DOUBLE_EQ(t.readiness(), 6.0 / 10.0);
  t.vehicles = 0;
  t.vehicles_fit = 0;
  EXPECT_DOUBLE_EQ(t.readiness(), 5.0 / 8.0);
  t.people_ready = 8;
  EXPECT_DOUBLE_EQ(t.readiness(), 1.0);
}

TEST(Readiness, EmptyUnitHasReadinessZero) {
  EXPECT_EQ(Tally{}.readiness(), 0.0);
  const std::vector<std::int32_t> parent{-1, 0, 0};
  const std::vector<PersonState> people{{1, std::nullopt, true, {}}};
  const auto tallies = roll_up(parent, people, {}, {});
  ASSERT_EQ(tallies.size(), 3u);
  EXPECT_EQ(tallies[2], Tally{});
  EXPECT_EQ(tallies[2].readiness(), 0.0);
  EXPECT_EQ(tallies[1].readiness(), 1.0);
  EXPECT_EQ(tallies[0].readiness(), 1.0);
}

TEST(Readiness, VehicleUnfitBeatsLowFuel) {
  const std::vector<std::int32_t> parent{-1};
  const std::vector<VehicleState> vehicles{
      {0, true, true},    // fit
      {0, true, false},   // usable, low fuel
      {0, false, true},   // broken, fuelled
      {0, false, false},  // broken and empty: counted once, as unfit
  };
  const auto t = roll_up(parent, {}, vehicles, {})[0];
  EXPECT_EQ(t.vehicles, 4);
  EXPECT_EQ(t.vehicles_fit, 1);
  EXPECT_EQ(t.get(Reason::fuel_low), 1);
  EXPECT_EQ(t.get(Reason::vehicle_unfit), 2);
  EXPECT_EQ(t.people, 0);
  EXPECT_DOUBLE_EQ(t.readiness(), 0.25);
}

TEST(Readiness, DefectsAreCountedButDoNotChangeReadiness) {
  const std::vector<std::int32_t> parent{-1, 0};
  const std::vector<DefectState> defects{{1, false}, {1, true}, {0, true}};
  const std::vector<PersonState> people{{1, std::nullopt, std::nullopt, {}}};
  const auto t = roll_up(parent, people, {}, defects);
  EXPECT_EQ(t[1].get(Reason::defect_open), 2);
  EXPECT_EQ(t[1].get(Reason::defect_overdue), 1);
  EXPECT_EQ(t[0].get(Reason::defect_open), 3);
  EXPECT_EQ(t[0].get(Reason::defect_overdue), 2);
  EXPECT_EQ(t[0].readiness(), 1.0);
}

// ---------------------------------------------------------------- roll-up, random

struct World {
  std::vector<std::int32_t> parent;  // engine order: parents before children
  std::vector<PersonState> people;
  std::vector<VehicleState> vehicles;
  std::vector<DefectState> defects;
};

// Mabes → Poldas → Polres → Polsek, listed in a random order that still puts
// every parent before its children; things are spread over every level.
World random_world(std::mt19937& rng) {
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };
  // The tree in creation order (parents first), then renumbered.
  std::vector<int> tree_parent{-1};
  std::vector<int> level{0};
  for (int d = 0, polda_n = uniform(2, 5); d < polda_n; ++d) {
    const int polda = int(tree_parent.size());
    tree_parent.push_back(0);
    level.push_back(1);
    for (int r = 0, polres_n = uniform(0, 4); r < polres_n; ++r) {
      const int polres = int(tree_parent.size());
      tree_parent.push_back(polda);
      level.push_back(2);
      for (int s = 0, polsek_n = uniform(0, 6); s < polsek_n; ++s) {
        tree_parent.push_back(polres);
        level.push_back(3);
      }
    }
  }
  // A random parent-first order: repeatedly take any unit whose parent is placed.
  const int n = int(tree_parent.size());
  std::vector<int> position(n, -1);
  std::vector<int> ready{0};
  std::vector<std::vector<int>> children(n);
  for (int u = 1; u < n; ++u) children[tree_parent[u]].push_back(u);
  int next = 0;
  while (!ready.empty()) {
    const int pick = uniform(0, int(ready.size()) - 1);
    const int u = ready[pick];
    ready.erase(ready.begin() + pick);
    position[u] = next++;
    for (int c : children[u]) ready.push_back(c);
  }
  World w;
  w.parent.assign(n, -1);
  for (int u = 0; u < n; ++u) {
    if (tree_parent[u] >= 0) w.parent[position[u]] = position[tree_parent[u]];
  }
  // Most people and vehicles serve in a Polsek or Polres, some at a Polda or Mabes.
  auto random_unit = [&]() -> std::uint32_t { return std::uint32_t(uniform(0, n - 1)); };
  const int people_n = uniform(2000, 5000);
  for (int i = 0; i < people_n; ++i) {
    PersonState p;
    p.unit = random_unit();
    if (chance(0.15)) p.absence = AbsenceKind(uniform(0, 3));
    if (chance(0.7)) p.present_at_parade = chance(0.9);
    const int kit_n = uniform(0, 4);
    std::vector<std::uint8_t> kinds(kMaxKinds);
    for (std::size_t k = 0; k < kinds.size(); ++k) kinds[k] = std::uint8_t(k);
    std::shuffle(kinds.begin(), kinds.end(), rng);
    for (int k = 0; k < kit_n; ++k) {
      const int roll = uniform(0, 9);
      p.kit.emplace_back(kinds[k], roll < 7   ? KitState::ok
                                   : roll < 9 ? KitState::missing
                                              : KitState::broken);
    }
    w.people.push_back(std::move(p));
  }
  for (int i = 0, vn = uniform(300, 900); i < vn; ++i) {
    w.vehicles.push_back({random_unit(), chance(0.85), chance(0.8)});
  }
  for (int i = 0, dn = uniform(50, 200); i < dn; ++i) {
    w.defects.push_back({random_unit(), chance(0.3)});
  }
  return w;
}

// Whether `u` is `top` or lies below it.
bool within(const std::vector<std::int32_t>& parent, std::int64_t u, std::int64_t top) {
  for (; u >= 0; u = parent[static_cast<std::size_t>(u)]) {
    if (u == top) return true;
  }
  return false;
}

// The tally of `top` counted directly, thing by thing, with its own rules.
Tally brute_force(const World& w, std::int32_t top) {
  Tally t;
  for (const PersonState& p : w.people) {
    if (!within(w.parent, p.unit, top)) continue;
    ++t.people;
    bool ready = true;
    if (p.absence) {
      ready = false;
      const Reason r = *p.absence == AbsenceKind::cuti    ? Reason::cuti
                       : *p.absence == AbsenceKind::sakit ? Reason::sakit
                       : *p.absence == AbsenceKind::bko   ? Reason::bko
                                                          : Reason::dinas_luar;
      ++t.missing[std::size_t(r) * kMaxKinds];
    } else if (p.present_at_parade == false) {
      ready = false;
      ++t.missing[std::size_t(Reason::absent_at_parade) * kMaxKinds];
    }
    for (const auto& [kind, state] : p.kit) {
      if (state == KitState::missing) {
        ++t.missing[std::size_t(Reason::item_missing) * kMaxKinds + kind];
        ready = false;
      } else if (state == KitState::broken) {
        ++t.missing[std::size_t(Reason::item_broken) * kMaxKinds + kind];
        ready = false;
      }
    }
    if (ready) ++t.people_ready;
  }
  for (const VehicleState& v : w.vehicles) {
    if (!within(w.parent, v.unit, top)) continue;
    ++t.vehicles;
    if (v.usable && v.fuelled) ++t.vehicles_fit;
    if (!v.usable) ++t.missing[std::size_t(Reason::vehicle_unfit) * kMaxKinds];
    if (v.usable && !v.fuelled) ++t.missing[std::size_t(Reason::fuel_low) * kMaxKinds];
  }
  for (const DefectState& d : w.defects) {
    if (!within(w.parent, d.unit, top)) continue;
    ++t.missing[std::size_t(Reason::defect_open) * kMaxKinds];
    if (d.overdue) ++t.missing[std::size_t(Reason::defect_overdue) * kMaxKinds];
  }
  return t;
}

TEST(ReadinessRollUp, EveryUnitEqualsADirectCountOfEverythingAtOrBelowIt) {
  for (unsigned seed : {1u, 7u, 2024u, 31337u, 99991u}) {
    std::mt19937 rng(seed);
    const World w = random_world(rng);
    const auto tallies = roll_up(w.parent, w.people, w.vehicles, w.defects);
    ASSERT_EQ(tallies.size(), w.parent.size());
    std::int32_t root = -1;
    for (std::size_t u = 0; u < w.parent.size(); ++u) {
      const Tally expected = brute_force(w, std::int32_t(u));
      EXPECT_EQ(tallies[u], expected)
          << "seed " << seed << " unit " << u << ": people " << tallies[u].people << " vs "
          << expected.people << ", ready " << tallies[u].people_ready << " vs "
          << expected.people_ready;
      EXPECT_DOUBLE_EQ(tallies[u].readiness(), expected.readiness());
      if (w.parent[u] < 0) root = std::int32_t(u);
    }
    // The root (Mabes) holds everything.
    ASSERT_GE(root, 0);
    EXPECT_EQ(tallies[std::size_t(root)].people, std::int64_t(w.people.size()));
    EXPECT_EQ(tallies[std::size_t(root)].vehicles, std::int64_t(w.vehicles.size()));
    EXPECT_EQ(tallies[std::size_t(root)].get(Reason::defect_open), std::int64_t(w.defects.size()));
  }
}

TEST(ReadinessRollUp, ParentEqualsItsOwnPlusTheSumOfItsChildren) {
  std::mt19937 rng(4242);
  const World w = random_world(rng);
  const auto all = roll_up(w.parent, w.people, w.vehicles, w.defects);
  // Own: the same things with no tree at all.
  const std::vector<std::int32_t> flat(w.parent.size(), -1);
  const auto own = roll_up(flat, w.people, w.vehicles, w.defects);
  std::vector<Tally> expected = own;
  for (std::size_t u = 0; u < w.parent.size(); ++u) {
    for (std::size_t c = 0; c < w.parent.size(); ++c) {
      if (w.parent[c] == std::int32_t(u)) expected[u].add(all[c]);
    }
    EXPECT_EQ(all[u], expected[u]) << "unit " << u;
  }
}

}  // namespace
}  // namespace siaga::engine
