#include "engine/dispatch/nearest_units.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <tuple>
#include <unordered_map>
#include <utility>

// GCC 12 reports a false -Wmaybe-uninitialized inside the R-tree's
// k-nearest query (see DESIGN.md); silenced for these headers only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#pragma GCC diagnostic pop

namespace siaga::engine::dispatch {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace {

using Point = bg::model::point<double, 2, bg::cs::cartesian>;
using Entry = std::pair<Point, std::size_t>;  // position, slot
using Tree = bgi::rtree<Entry, bgi::rstar<16>>;

constexpr double kMetresPerDegreeLat = 111'320.0;

}  // namespace

struct NearestUnits::Index {
  double cos_ref = 1;
  DispatchSpeeds speeds;
  Tree tree;                     // available units of every kind
  std::vector<FieldUnit> units;  // by slot
  std::vector<Point> points;     // by slot
  std::vector<bool> used;        // by slot
  std::vector<std::size_t> free_slots;
  std::unordered_map<std::int64_t, std::size_t> slot_of;

  Point project(LatLon p) const {
    return Point(p.lon * kMetresPerDegreeLat * cos_ref, p.lat * kMetresPerDegreeLat);
  }
  double seconds_per_metre(UnitKind kind) const {
    return speeds.detour / (speeds.kmh[static_cast<std::size_t>(kind)] / 3.6);
  }
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
}

NearestUnits::~NearestUnits() = default;
NearestUnits::NearestUnits(NearestUnits&&) noexcept = default;
NearestUnits& NearestUnits::operator=(NearestUnits&&) noexcept = default;

void NearestUnits::put(const FieldUnit& unit) {
  remove(unit.id);
  Index& x = *index_;
  std::size_t slot;
  if (!x.free_slots.empty()) {
    slot = x.free_slots.back();
    x.free_slots.pop_back();
  } else {
    slot = x.units.size();
    x.units.emplace_back();
    x.points.emplace_back();
    x.used.push_back(false);
  }
  x.units[slot] = unit;
  x.points[slot] = x.project(unit.position);
  x.used[slot] = true;
  x.slot_of[unit.id] = slot;
  // Units off duty stay out of the tree: a query never walks past them.
  if (unit.available) x.tree.insert({x.points[slot], slot});
}

void NearestUnits::remove(std::int64_t id) {
  Index& x = *index_;
  const auto it = x.slot_of.find(id);
  if (it == x.slot_of.end()) return;
  const std::size_t slot = it->second;
  const FieldUnit& u = x.units[slot];
  if (u.available) x.tree.remove(Entry{x.points[slot], slot});
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
  // Walk the tree outwards (incremental nearest) over the wanted kinds. A
  // unit's rank is at least its distance at the fastest wanted kind's speed,
  // so once that bound for the next unit cannot beat the k-th best found,
  // nothing further out can.
  double fastest = 0;
  for (std::size_t kind = 0; kind < kUnitKinds; ++kind) {
    if (!(kinds & kind_bit(static_cast<UnitKind>(kind)))) continue;
    const double spm = x.seconds_per_metre(static_cast<UnitKind>(kind));
    fastest = fastest == 0 ? spm : std::min(fastest, spm);
  }
  if (fastest == 0 || x.tree.empty()) return found;
  auto wanted = [&](const Entry& e) { return (kinds & kind_bit(x.units[e.second].kind)) != 0; };
  for (auto it = x.tree.qbegin(bgi::nearest(p, static_cast<unsigned>(x.tree.size())) &&
                               bgi::satisfies(wanted));
       it != x.tree.qend(); ++it) {
    const UnitOffer o = x.offer(it->second, p, sector);
    if (found.size() >= k && o.distance_m * fastest > x.rank(found.back())) break;
    if (found.size() < k || x.before(o, found.back())) {
      found.insert(
          std::upper_bound(found.begin(), found.end(), o,
                           [&](const UnitOffer& a, const UnitOffer& b) { return x.before(a, b); }),
          o);
      if (found.size() > k) found.pop_back();
    }
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
