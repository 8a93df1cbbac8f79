#include "engine/dispatch/nearest_units.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <tuple>
#include <unordered_map>
#include <utility>

// GCC 12 reports a false -Wmaybe-uninitialized in the R-tree's node storage
// (at least with -fsanitize); silenced for these headers only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/iterator/function_output_iterator.hpp>
#pragma GCC diagnostic pop

namespace siaga::engine::dispatch {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace {

using Point = bg::model::point<double, 2, bg::cs::cartesian>;
using Box = bg::model::box<Point>;
// Position, id, kind, sector: all a query needs to rank a unit, no lookup.
using Entry = std::tuple<Point, std::int64_t, UnitKind, std::size_t>;
using Tree = bgi::rtree<Entry, bgi::rstar<16>>;

// An available unit in its sector's list.
struct Member {
  Point p;
  std::int64_t id;
  std::uint32_t slot;
  UnitKind kind;
};

constexpr double kMetresPerDegreeLat = 111'320.0;

// The first square around an incident is sized to hold k + this many units
// that could rank first, were the units spread evenly (2: about 1 query in 9
// needs a second, wider square; larger values make every query pay for
// units it does not need).
constexpr double kSpareUnits = 2;

}  // namespace

struct NearestUnits::Index {
  double cos_ref = 1;
  DispatchSpeeds speeds;
  std::array<double, kUnitKinds> spm{};             // seconds per metre, by kind
  Tree tree;                                        // available units of every kind
  std::array<std::size_t, kUnitKinds> available{};  // in the tree, by kind
  std::vector<FieldUnit> units;                     // by slot
  std::vector<Point> points;                        // by slot
  std::vector<bool> used;                           // by slot
  std::vector<std::uint32_t> in_sector;             // by slot: position in its sector's list
  std::vector<std::uint32_t> free_slots;
  std::unordered_map<std::int64_t, std::uint32_t> slot_of;
  std::unordered_map<std::size_t, std::vector<Member>> sectors;  // available units

  Point project(LatLon p) const {
    return Point(p.lon * kMetresPerDegreeLat * cos_ref, p.lat * kMetresPerDegreeLat);
  }
  double seconds_per_metre(UnitKind kind) const { return spm[static_cast<std::size_t>(kind)]; }
  UnitOffer offer(std::size_t slot, const Point& at, std::size_t sector) const {
    const FieldUnit& u = units[slot];
    const double d = bg::distance(points[slot], at);
    return {u.id, u.kind, d, d * seconds_per_metre(u.kind), u.sector == sector};
  }
  double rank(const UnitOffer& o) const {
    return o.eta_s + (o.same_sector ? 0 : speeds.other_sector_handicap_s);
  }
  bool before(const UnitOffer& a, const UnitOffer& b) const {
    const double ra = rank(a), rb = rank(b);
    return ra != rb ? ra < rb : a.id < b.id;
  }
};

NearestUnits::NearestUnits(double reference_lat_deg, DispatchSpeeds speeds)
    : index_(std::make_unique<Index>()) {
  index_->cos_ref = std::cos(reference_lat_deg * std::numbers::pi / 180.0);
  index_->speeds = speeds;
  for (std::size_t kind = 0; kind < kUnitKinds; ++kind) {
    index_->spm[kind] = speeds.detour / (speeds.kmh[kind] / 3.6);
  }
}

NearestUnits::~NearestUnits() = default;
NearestUnits::NearestUnits(NearestUnits&&) noexcept = default;
NearestUnits& NearestUnits::operator=(NearestUnits&&) noexcept = default;

void NearestUnits::put(const FieldUnit& unit) {
  remove(unit.id);
  Index& x = *index_;
  std::uint32_t slot;
  if (!x.free_slots.empty()) {
    slot = x.free_slots.back();
    x.free_slots.pop_back();
  } else {
    slot = static_cast<std::uint32_t>(x.units.size());
    x.units.emplace_back();
    x.points.emplace_back();
    x.used.push_back(false);
    x.in_sector.push_back(0);
  }
  x.units[slot] = unit;
  const Point p = x.project(unit.position);
  x.points[slot] = p;
  x.used[slot] = true;
  x.slot_of[unit.id] = slot;
  // Units off duty stay out of the tree and the sector lists.
  if (unit.available) {
    x.tree.insert(Entry{p, unit.id, unit.kind, unit.sector});
    ++x.available[static_cast<std::size_t>(unit.kind)];
    auto& list = x.sectors[unit.sector];
    x.in_sector[slot] = static_cast<std::uint32_t>(list.size());
    list.push_back({p, unit.id, slot, unit.kind});
  }
}

void NearestUnits::remove(std::int64_t id) {
  Index& x = *index_;
  const auto it = x.slot_of.find(id);
  if (it == x.slot_of.end()) return;
  const std::uint32_t slot = it->second;
  const FieldUnit& u = x.units[slot];
  if (u.available) {
    x.tree.remove(Entry{x.points[slot], u.id, u.kind, u.sector});
    --x.available[static_cast<std::size_t>(u.kind)];
    const auto sector = x.sectors.find(u.sector);
    std::vector<Member>& list = sector->second;
    const std::uint32_t at = x.in_sector[slot];
    list[at] = list.back();
    x.in_sector[list[at].slot] = at;
    list.pop_back();
    if (list.empty()) x.sectors.erase(sector);
  }
  x.used[slot] = false;
  x.free_slots.push_back(slot);
  x.slot_of.erase(it);
}

std::size_t NearestUnits::size() const {
  return index_->slot_of.size();
}

std::vector<UnitOffer> NearestUnits::best(LatLon at, std::size_t sector, KindMask kinds,
                                          std::size_t k) const {
  const Index& x = *index_;
  const Point p = x.project(at);
  std::vector<UnitOffer> found;
  if (k == 0) return found;
  double fastest = std::numeric_limits<double>::infinity();  // seconds per metre
  std::size_t wanted_units = 0;
  for (std::size_t kind = 0; kind < kUnitKinds; ++kind) {
    if (!(kinds & kind_bit(static_cast<UnitKind>(kind)))) continue;
    fastest = std::min(fastest, x.spm[kind]);
    wanted_units += x.available[kind];
  }
  if (wanted_units == 0) return found;
  found.reserve(k);

  // The best k so far, in order; most candidates lose to the k-th at a glance.
  const double handicap = x.speeds.other_sector_handicap_s;
  double kth = std::numeric_limits<double>::infinity();  // rank of the k-th best
  auto insert = [&](const UnitOffer& o) {
    if (found.size() < k) {
      found.push_back(o);
    } else if (x.before(o, found.back())) {
      found.back() = o;
    } else {
      return;
    }
    for (std::size_t i = found.size() - 1; i > 0 && x.before(found[i], found[i - 1]); --i) {
      std::swap(found[i], found[i - 1]);
    }
    if (found.size() == k) kth = x.rank(found.back());
  };
  auto consider = [&](std::int64_t id, UnitKind kind, double d, bool same_sector) {
    const double eta = d * x.seconds_per_metre(kind);
    if (eta + (same_sector ? 0 : handicap) <= kth) insert({id, kind, d, eta, same_sector});
  };

  // Units of other sectors come from the tree: every one in the square of
  // half side r around the incident. One outside is more than r away, so it
  // ranks at least r at the fastest wanted kind's speed plus the handicap;
  // once that cannot beat the k-th best found, the answer is complete.
  // Otherwise the k-th best found tells how far to look (but the square at
  // most doubles), and the next query takes the ring between the squares.
  //
  // The first square likely holds k + kSpareUnits units that could rank
  // first, were the wanted units spread evenly over the tree's bounds: each
  // kind counts by the area it covers in the time the fastest kind needs.
  const Box all = x.tree.bounds();
  const double dx = all.max_corner().get<0>() - all.min_corner().get<0>();
  const double dy = all.max_corner().get<1>() - all.min_corner().get<1>();
  double weighted = 0;
  for (std::size_t kind = 0; kind < kUnitKinds; ++kind) {
    if (!(kinds & kind_bit(static_cast<UnitKind>(kind)))) continue;
    const double f = fastest / x.spm[kind];
    weighted += static_cast<double>(x.available[kind]) * f * f;
  }
  double r =
      std::sqrt((static_cast<double>(k) + kSpareUnits) * dx * dy / (std::numbers::pi * weighted));
  if (!(r > 0 && r < std::numeric_limits<double>::max())) {
    // Degenerate bounds (one place, one line) or speeds: cover them at once.
    r = 1;
    for (std::size_t axis = 0; axis < 2; ++axis) {
      const double c = axis == 0 ? p.get<0>() : p.get<1>();
      const double lo = axis == 0 ? all.min_corner().get<0>() : all.min_corner().get<1>();
      const double hi = axis == 0 ? all.max_corner().get<0>() : all.max_corner().get<1>();
      r = std::max({r, std::abs(c - lo), std::abs(hi - c)});
    }
  }
  auto wanted = [&](const Entry& e) {
    return (kinds & kind_bit(std::get<2>(e))) != 0 && std::get<3>(e) != sector;
  };
  auto take = boost::make_function_output_iterator([&](const Entry& e) {
    consider(std::get<1>(e), std::get<2>(e), bg::distance(std::get<0>(e), p), false);
  });
  auto square = [&](double half) {
    return Box(Point(p.get<0>() - half, p.get<1>() - half),
               Point(p.get<0>() + half, p.get<1>() + half));
  };
  Box inner = square(r);
  x.tree.query(bgi::intersects(inner) && bgi::satisfies(wanted), take);

  // The sector's own units: a short list, scanned once the first square has
  // set a k-th best for them to beat.
  if (const auto s = x.sectors.find(sector); s != x.sectors.end()) {
    for (const Member& m : s->second) {
      if (kinds & kind_bit(m.kind)) consider(m.id, m.kind, bg::distance(m.p, p), true);
    }
  }

  // The margin covers rounding in the squares' corners and in the distances.
  auto complete = [&] {
    const double r_low = r - (1e-6 + 1e-9 * r);
    return found.size() >= k && r_low * fastest + handicap > kth;
  };
  while (!complete() && !bg::covered_by(all, inner)) {
    double next = 2 * r;
    if (found.size() >= k) {
      const double reach = ((kth - handicap) / fastest) * (1 + 1e-9) + 1e-3;
      if (reach < next) next = reach;
    }
    r = std::max(next, r * 1.01);
    const Box outer = square(r);
    x.tree.query(bgi::intersects(outer) && !bgi::covered_by(inner) && bgi::satisfies(wanted), take);
    inner = outer;
  }
  return found;
}

std::vector<UnitOffer> NearestUnits::best_by_scan(LatLon at, std::size_t sector, KindMask kinds,
                                                  std::size_t k) const {
  const Index& x = *index_;
  const Point p = x.project(at);
  std::vector<UnitOffer> all;
  for (std::size_t slot = 0; slot < x.units.size(); ++slot) {
    const FieldUnit& u = x.units[slot];
    if (!x.used[slot] || !u.available || !(kinds & kind_bit(u.kind))) continue;
    all.push_back(x.offer(slot, p, sector));
  }
  const std::size_t n = std::min(k, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(),
                    [&](const UnitOffer& a, const UnitOffer& b) { return x.before(a, b); });
  all.resize(n);
  return all;
}

}  // namespace siaga::engine::dispatch
