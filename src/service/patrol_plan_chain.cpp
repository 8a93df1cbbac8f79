// The ballot-logistics escort chain (warehouse -> PPK -> PPS -> TPS): which
// places one leg visits and how many boxes each takes.

#include <map>

#include <fmt/format.h>

#include "domain/region.hpp"
#include "service/patrol_plan_parts.hpp"
#include "service/unit_scope.hpp"

namespace siaga::service {

namespace {

constexpr int kMaxPlaces = 1000;

Error invalid(std::string message, std::string message_en, std::string field) {
  return make_error(ErrorCode::invalid_input, std::move(message), std::move(message_en),
                    std::move(field));
}

Result<std::vector<StrategicObject>> objects_of(store::Transaction& tx, ObjectKind kind,
                                                const std::string& region,
                                                const Territory& territory) {
  store::ObjectQuery q;
  q.kind = kind;
  q.region_code = region;
  q.page.limit = kMaxPlaces;
  SIAGA_ASSIGN_OR_RETURN(auto page, tx.objects().list(q, territory));
  return std::move(page.items);
}

// The TPS inside a region, counted once per region.
class TpsCounter {
 public:
  explicit TpsCounter(store::Transaction& tx) : tx_(tx) {}
  Result<std::int64_t> count(const std::string& region) {
    auto known = counts_.find(region);
    if (known != counts_.end()) return known->second;
    store::TpsQuery q;
    q.region_code = region;
    q.page.limit = 1;
    SIAGA_ASSIGN_OR_RETURN(auto page, tx_.tps().list(q, Territory::everywhere()));
    counts_.emplace(region, page.total);
    return page.total;
  }

 private:
  store::Transaction& tx_;
  std::map<std::string, std::int64_t> counts_;
};

}  // namespace

PatrolStop patrol_stop_at(const StrategicObject& object) {
  PatrolStop stop;
  stop.object_id = object.id;
  stop.name = object.name;
  stop.position = object.position;
  return stop;
}

PatrolStop patrol_stop_at(const Tps& tps) {
  PatrolStop stop;
  stop.tps_id = tps.id;
  stop.name = tps.desa_name.empty() ? fmt::format("TPS {:03}", tps.number)
                                    : fmt::format("TPS {:03} {}", tps.number, tps.desa_name);
  stop.position = tps.position;
  return stop;
}

Result<EscortChain> escort_chain(store::Transaction& tx, const Unit& unit, const std::string& leg,
                                 std::optional<std::int64_t> from_object_id, int boxes_per_tps) {
  const Territory territory = unit_territory(unit);
  const double boxes = boxes_per_tps;
  TpsCounter tps(tx);
  EscortChain chain;
  if (leg == "gudang_ppk") {
    const std::string regency = region_prefix(unit.region_codes.front(), 2);
    SIAGA_ASSIGN_OR_RETURN(auto warehouses, objects_of(tx, ObjectKind::kpu_warehouse, regency,
                                                       Territory::everywhere()));
    if (warehouses.empty()) {
      return invalid("gudang logistik KPU kabupaten ini belum tercatat",
                     "the regency's KPU warehouse is not recorded", "chain.leg");
    }
    chain.depot = warehouses.front();
    for (const std::string& region : unit.region_codes) {
      SIAGA_ASSIGN_OR_RETURN(auto ppks, objects_of(tx, ObjectKind::ppk, region, territory));
      for (const StrategicObject& o : ppks) {
        PatrolStop stop = patrol_stop_at(o);
        SIAGA_ASSIGN_OR_RETURN(auto n, tps.count(region_prefix(o.desa_code, 3)));
        stop.demand = boxes * static_cast<double>(n);
        chain.stops.push_back(std::move(stop));
      }
    }
  } else {
    const bool from_ppk = leg == "ppk_pps";
    const char* from_name = from_ppk ? "PPK" : "PPS";
    if (!from_object_id) {
      return invalid(fmt::format("{} asal (from_object_id) wajib diisi", from_name),
                     fmt::format("from_object_id (the {}) is required", from_name),
                     "chain.from_object_id");
    }
    SIAGA_ASSIGN_OR_RETURN(auto from, tx.objects().find(*from_object_id, territory));
    if (!from || from->kind != (from_ppk ? ObjectKind::ppk : ObjectKind::pps)) {
      return invalid(
          fmt::format("objek {} bukan {} di wilayah {}", *from_object_id, from_name, unit.name),
          fmt::format("object {} is no {} in the territory of {}", *from_object_id, from_name,
                      unit.name),
          "chain.from_object_id");
    }
    chain.depot = *from;
    if (from_ppk) {
      SIAGA_ASSIGN_OR_RETURN(
          auto ppss, objects_of(tx, ObjectKind::pps, region_prefix(from->desa_code, 3), territory));
      for (const StrategicObject& o : ppss) {
        PatrolStop stop = patrol_stop_at(o);
        SIAGA_ASSIGN_OR_RETURN(auto n, tps.count(o.desa_code));
        stop.demand = boxes * static_cast<double>(n);
        chain.stops.push_back(std::move(stop));
      }
    } else {
      store::TpsQuery q;
      q.region_code = from->desa_code;
      q.page.limit = kMaxPlaces;
      SIAGA_ASSIGN_OR_RETURN(auto page, tx.tps().list(q, territory));
      for (const Tps& t : page.items) {
        PatrolStop stop = patrol_stop_at(t);
        stop.demand = boxes;
        chain.stops.push_back(std::move(stop));
      }
    }
  }
  if (chain.stops.empty()) {
    return invalid("ruas ini tidak punya tujuan yang tercatat di wilayah ini",
                   "this leg has no recorded destinations in the territory", "chain.leg");
  }
  return chain;
}

}  // namespace siaga::service
