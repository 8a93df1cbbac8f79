// A patrol plan request turned into a checked plan: every field against the
// registry, the readiness rosters and the region polygons; recurring needs
// and the escort chain expanded into stops.

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "domain/equipment.hpp"
#include "domain/region.hpp"
#include "service/locate.hpp"
#include "service/patrol_plan_parts.hpp"
#include "service/permission.hpp"
#include "service/unit_scope.hpp"

namespace siaga::service {

namespace {

constexpr int kDefaultStopServiceMinutes = 10;
constexpr int kDefaultNeedServiceMinutes = 15;
constexpr int kDefaultNeedWindowMinutes = 60;
constexpr int kDefaultChainServiceMinutes = 20;
constexpr int kDefaultPriority = 3;
constexpr std::size_t kMaxNameLength = 200;
// No night deliveries: escort windows default to daylight.
constexpr const char* kDefaultDeliveryOpen = "06:00";
constexpr const char* kDefaultDeliveryClose = "18:00";

Error invalid(std::string message, std::string message_en, std::string field) {
  return make_error(ErrorCode::invalid_input, std::move(message), std::move(message_en),
                    std::move(field));
}

std::string item_field(const char* list, std::size_t i, const char* name = nullptr) {
  std::string f = fmt::format("{}[{}]", list, i);
  if (name) f += std::string(".") + name;
  return f;
}

Result<int> time_field(const std::optional<std::string>& text, const std::string& field,
                       const char* fallback = nullptr) {
  if (!text) {
    if (fallback) return *parse_time_of_day(fallback);
    return invalid("jam wajib diisi (HH:MM)", "a time of day is required (HH:MM)", field);
  }
  auto minutes = parse_time_of_day(*text);
  if (!minutes) {
    return invalid(fmt::format("jam '{}' harus berbentuk HH:MM (00:00 sampai 23:59)", *text),
                   fmt::format("time '{}' must be HH:MM (00:00 to 23:59)", *text), field);
  }
  return *minutes;
}

Status check_priority(int priority, const std::string& field) {
  if (priority < kMinPriority || priority > kMaxPriority) {
    return invalid("prioritas harus 1 sampai 5", "priority must be 1 to 5", field);
  }
  return ok_status();
}

Status check_service(int minutes, const std::string& field) {
  if (minutes < 0 || minutes > kMaxServiceMinutes) {
    return invalid("waktu layanan harus 0 sampai 1440 menit",
                   "the service time must be 0 to 1440 minutes", field);
  }
  return ok_status();
}

// Builds the plan step by step; each step returns the first error.
class Builder {
 public:
  Builder(store::Transaction& tx, const Actor& actor, const PatrolPlanInput& input)
      : tx_(tx), actor_(actor), in_(input) {}

  Result<BuiltPatrolPlan> run() {
    SIAGA_TRY(header());
    SIAGA_TRY(unit_and_depot());
    SIAGA_TRY(teams());
    SIAGA_TRY(stops());
    SIAGA_TRY(needs());
    SIAGA_TRY(chain());
    if (out_.plan.stops.empty()) {
      return invalid("rencana butuh paling sedikit satu titik (stops, needs atau chain)",
                     "a plan needs at least one stop (stops, needs or chain)", "stops");
    }
    if (out_.plan.stops.size() > kMaxPlanStops) {
      return invalid(fmt::format("paling banyak {} titik per rencana", kMaxPlanStops),
                     fmt::format("at most {} stops per plan", kMaxPlanStops), "stops");
    }
    return std::move(out_);
  }

 private:
  Status header() {
    if (!in_.kind) return invalid("jenis patroli wajib diisi", "kind is required", "kind");
    auto kind = parse_patrol_kind(*in_.kind);
    if (!kind) {
      return invalid(fmt::format("jenis patroli '{}' tidak dikenal: kryd, patroli_gabungan, "
                                 "patroli_dialogis, pengawalan_logistik",
                                 *in_.kind),
                     fmt::format("unknown kind '{}': kryd, patroli_gabungan, patroli_dialogis, "
                                 "pengawalan_logistik",
                                 *in_.kind),
                     "kind");
    }
    PatrolPlan& p = out_.plan;
    p.kind = *kind;
    if (!in_.date || !parse_date(*in_.date, day_)) {
      return invalid("tanggal wajib berbentuk YYYY-MM-DD", "date must be YYYY-MM-DD", "date");
    }
    p.date = format_date(day_);
    SIAGA_ASSIGN_OR_RETURN(shift_start_, time_field(in_.shift_start, "shift_start"));
    SIAGA_ASSIGN_OR_RETURN(int end, time_field(in_.shift_end, "shift_end"));
    shift_end_ = shift_end_minutes(shift_start_, end);
    p.shift_start = format_time_of_day(shift_start_);
    p.shift_end = format_time_of_day(end);
    const std::string name = in_.name.value_or("");
    if (name.size() > kMaxNameLength) {
      return invalid("nama paling panjang 200 karakter", "name is at most 200 characters", "name");
    }
    p.name = name.find_first_not_of(" \t\r\n") == std::string::npos
                 ? fmt::format("{} {}", label_id(p.kind), p.date)
                 : name;
    if (in_.chain && p.kind != PatrolKind::pengawalan_logistik) {
      return invalid("rantai pengawalan (chain) hanya untuk pengawalan_logistik",
                     "chain is only for pengawalan_logistik", "chain");
    }
    return ok_status();
  }

  Status unit_and_depot() {
    const std::int64_t unit_id = in_.unit_id.value_or(actor_.unit_id);
    SIAGA_ASSIGN_OR_RETURN(auto unit, tx_.units().find(unit_id));
    if (!unit || !unit_visible(actor_, *unit)) return not_found("satuan", "unit");
    if ((unit->level != UnitLevel::polres && unit->level != UnitLevel::polsek) ||
        unit->region_codes.empty()) {
      return invalid("rencana patroli dibuat oleh Polres atau Polsek",
                     "a patrol plan belongs to a Polres or a Polsek", "unit_id");
    }
    unit_ = *unit;
    territory_ = unit_territory(unit_);
    PatrolPlan& p = out_.plan;
    p.unit_id = unit_.id;
    p.unit_name = unit_.name;
    const std::string& code = unit_.region_codes.front();
    const auto depth = validate_region_code(code);
    p.district_code = depth.ok() && *depth >= 3 ? region_prefix(code, 3) : std::string();
    p.regency_code = region_prefix(code, 2);
    p.province_code = region_prefix(code, 1);
    const TimeZone zone = unit_.zone;
    p.shift_start_at = format_utc(plan_instant(day_, zone, shift_start_));
    p.shift_end_at = format_utc(plan_instant(day_, zone, shift_end_));

    const std::int64_t depot_id = in_.depot_unit_id.value_or(unit_.id);
    std::optional<Unit> depot;
    if (depot_id == unit_.id) {
      depot = unit_;
    } else {
      SIAGA_ASSIGN_OR_RETURN(depot, tx_.units().find(depot_id));
      if (depot && depot->parent_id != unit_.id) depot.reset();
    }
    if (!depot) {
      return invalid("markas harus satuan ini atau salah satu Polseknya",
                     "the depot must be this unit or one of its Polsek", "depot_unit_id");
    }
    if (!depot->position) {
      return invalid(fmt::format("lokasi {} belum tercatat", depot->name),
                     fmt::format("the position of {} is not recorded", depot->name),
                     "depot_unit_id");
    }
    p.depot_unit_id = depot->id;
    p.depot = *depot->position;
    return ok_status();
  }

  // The plan's unit itself, or (for a Polres) one of its Polsek.
  Result<bool> owned_by_plan_unit(std::int64_t unit_id) {
    if (unit_id == unit_.id) return true;
    auto known = owner_cache_.find(unit_id);
    if (known != owner_cache_.end()) return known->second;
    SIAGA_ASSIGN_OR_RETURN(auto unit, tx_.units().find(unit_id));
    const bool owned = unit && unit->parent_id == unit_.id;
    owner_cache_[unit_id] = owned;
    return owned;
  }

  Status teams() {
    if (in_.teams.empty()) {
      return invalid("paling sedikit satu tim", "at least one team", "teams");
    }
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < in_.teams.size(); ++i) {
      const PatrolTeamInput& t = in_.teams[i];
      PatrolTeam team;
      const std::string fu_field = item_field("teams", i, "field_unit_id");
      if (!t.field_unit_id) {
        return invalid("unit lapangan wajib diisi", "field_unit_id is required", fu_field);
      }
      SIAGA_ASSIGN_OR_RETURN(
          auto fu, tx_.incidents().find_field_unit(*t.field_unit_id, Territory::everywhere()));
      bool owned = false;
      if (fu) {
        SIAGA_ASSIGN_OR_RETURN(owned, owned_by_plan_unit(fu->unit_id));
      }
      if (!fu || !owned) {
        return invalid(
            fmt::format("unit lapangan {} tidak dikenal atau bukan milik {}", *t.field_unit_id,
                        unit_.name),
            fmt::format("field unit {} is unknown or not of {}", *t.field_unit_id, unit_.name),
            fu_field);
      }
      if (!seen.insert(fu->id).second) {
        return invalid(fmt::format("unit lapangan {} sudah ada di tim lain", fu->call_sign),
                       fmt::format("field unit {} is already in another team", fu->call_sign),
                       fu_field);
      }
      team.field_unit_id = fu->id;
      team.call_sign = fu->call_sign;
      std::optional<TravelProfile> profile;
      if (t.vehicle_item_id) {
        const std::string field = item_field("teams", i, "vehicle_item_id");
        SIAGA_ASSIGN_OR_RETURN(auto item, tx_.readiness().find_item(*t.vehicle_item_id));
        const EquipmentKind* kind = item ? find_equipment_kind(item->kind) : nullptr;
        bool item_owned = false;
        if (item) {
          SIAGA_ASSIGN_OR_RETURN(item_owned, owned_by_plan_unit(item->unit_id));
        }
        if (!item || !item_owned) {
          return invalid(
              fmt::format("kendaraan {} tidak dikenal atau bukan milik {}", *t.vehicle_item_id,
                          unit_.name),
              fmt::format("vehicle {} is unknown or not of {}", *t.vehicle_item_id, unit_.name),
              field);
        }
        if (!kind || !kind->vehicle) {
          return invalid(fmt::format("barang {} bukan kendaraan", item->serial),
                         fmt::format("item {} is no vehicle", item->serial), field);
        }
        team.vehicle_item_id = item->id;
        team.vehicle_label = kind->name_id + (item->plate.empty() ? "" : " " + item->plate);
        if (item->kind == "kendaraan_r2") profile = TravelProfile::motor;
      }
      if (t.profile) {
        profile = parse_travel_profile(*t.profile);
        if (!profile) {
          return invalid("profil harus mobil atau motor", "profile must be mobil or motor",
                         item_field("teams", i, "profile"));
        }
      }
      team.profile = profile.value_or(TravelProfile::mobil);
      if (t.capacity) {
        if (!(*t.capacity >= 0) || *t.capacity > 1e6) {
          return invalid("kapasitas harus 0 atau lebih", "capacity must be 0 or more",
                         item_field("teams", i, "capacity"));
        }
        team.capacity = t.capacity;
      }
      if (t.partners.size() > kMaxNameLength) {
        return invalid("keterangan mitra paling panjang 200 karakter",
                       "partners is at most 200 characters", item_field("teams", i, "partners"));
      }
      team.partners = t.partners;
      for (std::size_t j = 0; j < t.crew.size(); ++j) {
        SIAGA_TRY(crew_member(t.crew[j], fmt::format("teams[{}].crew[{}]", i, j), team));
      }
      out_.plan.teams.push_back(std::move(team));
    }
    return ok_status();
  }

  Status crew_member(const PatrolCrewInput& c, const std::string& field, PatrolTeam& team) {
    if (c.personnel_id.has_value() == c.partner_member_id.has_value()) {
      return invalid("isi salah satu: personnel_id atau partner_member_id",
                     "give one of personnel_id or partner_member_id", field);
    }
    CrewMember m;
    if (c.personnel_id) {
      SIAGA_ASSIGN_OR_RETURN(auto person, tx_.readiness().find_person(*c.personnel_id));
      bool owned = false;
      if (person) {
        SIAGA_ASSIGN_OR_RETURN(owned, owned_by_plan_unit(person->unit_id));
      }
      if (!person || !owned) {
        return invalid(
            fmt::format("personel {} tidak dikenal atau bukan anggota {}", *c.personnel_id,
                        unit_.name),
            fmt::format("person {} is unknown or not of {}", *c.personnel_id, unit_.name),
            field + ".personnel_id");
      }
      m.personnel_id = person->id;
      m.name = person->name;
      m.rank = person->rank;
      m.force = "POLRI";
    } else {
      SIAGA_ASSIGN_OR_RETURN(auto owner,
                             tx_.patrols().unit_of_partner_member(*c.partner_member_id));
      // Partner rosters are held by the Polres: a Polsek plan takes its Polres's.
      bool owned = false;
      if (owner) {
        SIAGA_ASSIGN_OR_RETURN(owned, owned_by_plan_unit(*owner));
        owned = owned || (unit_.parent_id && *owner == *unit_.parent_id);
      }
      if (!owner || !owned) {
        return invalid(fmt::format("anggota mitra {} tidak dikenal atau bukan dari daftar {}",
                                   *c.partner_member_id, unit_.name),
                       fmt::format("partner member {} is unknown or not on the roster of {}",
                                   *c.partner_member_id, unit_.name),
                       field + ".partner_member_id");
      }
      m.partner_member_id = c.partner_member_id;
    }
    team.crew.push_back(std::move(m));
    return ok_status();
  }

  Status stops() {
    for (std::size_t i = 0; i < in_.stops.size(); ++i) {
      const PatrolStopInput& s = in_.stops[i];
      const std::string field = item_field("stops", i);
      const int sources =
          (s.object_id ? 1 : 0) + (s.tps_id ? 1 : 0) + (s.name || s.position ? 1 : 0);
      if (sources != 1) {
        return invalid("isi salah satu: object_id, tps_id, atau name dengan position",
                       "give one of object_id, tps_id, or name with position", field);
      }
      PatrolStop stop;
      if (s.object_id) {
        SIAGA_TRY(object_place(*s.object_id, field + ".object_id", stop));
      } else if (s.tps_id) {
        SIAGA_TRY(tps_place(*s.tps_id, field + ".tps_id", stop));
      } else {
        if (!s.name || s.name->find_first_not_of(" \t\r\n") == std::string::npos ||
            s.name->size() > kMaxNameLength) {
          return invalid("nama titik wajib diisi (paling panjang 200 karakter)",
                         "the stop's name is required (at most 200 characters)", field + ".name");
        }
        if (!s.position) {
          return invalid("posisi titik wajib diisi", "the stop's position is required",
                         field + ".position");
        }
        SIAGA_TRY(inside_territory(*s.position, field + ".position"));
        stop.name = *s.name;
        stop.position = *s.position;
      }
      // Without a window the stop may be visited during the whole shift.
      int open = shift_start_;
      int close = shift_end_;
      if (s.window_open) {
        SIAGA_ASSIGN_OR_RETURN(int t, time_field(s.window_open, field + ".window_open"));
        open = plan_minutes(t, shift_start_);
      }
      if (s.window_close) {
        SIAGA_ASSIGN_OR_RETURN(int t, time_field(s.window_close, field + ".window_close"));
        close = plan_minutes(t, shift_start_);
      }
      const int service = s.service_minutes.value_or(kDefaultStopServiceMinutes);
      SIAGA_TRY(check_service(service, field + ".service_minutes"));
      const int priority = s.priority.value_or(kDefaultPriority);
      SIAGA_TRY(check_priority(priority, field + ".priority"));
      const double demand = s.demand.value_or(0);
      if (!(demand >= 0) || demand > 1e6) {
        return invalid("muatan harus 0 atau lebih", "demand must be 0 or more", field + ".demand");
      }
      SIAGA_TRY(window(stop, open, close, service, field));
      stop.priority = priority;
      stop.demand = demand;
      SIAGA_TRY(fits_some_team(stop, field + ".demand"));
      add_stop(std::move(stop), -1);
    }
    return ok_status();
  }

  Status needs() {
    for (std::size_t i = 0; i < in_.needs.size(); ++i) {
      const PatrolNeedInput& n = in_.needs[i];
      const std::string field = item_field("needs", i);
      if (n.object_id.has_value() == n.tps_id.has_value()) {
        return invalid("isi salah satu: object_id atau tps_id", "give one of object_id or tps_id",
                       field);
      }
      PatrolStop place;
      if (n.object_id) {
        SIAGA_TRY(object_place(*n.object_id, field + ".object_id", place));
      } else {
        SIAGA_TRY(tps_place(*n.tps_id, field + ".tps_id", place));
      }
      PatrolNeed need;
      need.object_id = n.object_id;
      need.tps_id = n.tps_id;
      need.every_minutes = n.every_minutes.value_or(0);
      if (need.every_minutes < 15 || need.every_minutes > kMinutesPerDay) {
        return invalid("selang harus 15 sampai 1440 menit",
                       "every_minutes must be 15 to 1440 minutes", field + ".every_minutes");
      }
      SIAGA_ASSIGN_OR_RETURN(int from, time_field(n.from, field + ".from"));
      SIAGA_ASSIGN_OR_RETURN(int to, time_field(n.to, field + ".to"));
      need.from_time = format_time_of_day(from);
      need.to_time = format_time_of_day(to);
      need.window_minutes = n.window_minutes.value_or(kDefaultNeedWindowMinutes);
      if (need.window_minutes < 1 || need.window_minutes > kMinutesPerDay) {
        return invalid("jendela waktu harus 1 sampai 1440 menit",
                       "window_minutes must be 1 to 1440", field + ".window_minutes");
      }
      need.service_minutes = n.service_minutes.value_or(kDefaultNeedServiceMinutes);
      SIAGA_TRY(check_service(need.service_minutes, field + ".service_minutes"));
      if (need.service_minutes > need.window_minutes) {
        return invalid(fmt::format("waktu layanan {} menit lebih panjang dari jendela waktunya "
                                   "({} menit)",
                                   need.service_minutes, need.window_minutes),
                       fmt::format("a service of {} minutes is longer than its window ({} "
                                   "minutes)",
                                   need.service_minutes, need.window_minutes),
                       field + ".service_minutes");
      }
      need.priority = n.priority.value_or(kDefaultPriority);
      SIAGA_TRY(check_priority(need.priority, field + ".priority"));
      const int need_index = static_cast<int>(out_.plan.needs.size());
      const auto times = need_occurrences(from, to, need.every_minutes, shift_start_);
      if (out_.plan.stops.size() + times.size() > kMaxPlanStops) {
        return invalid(fmt::format("paling banyak {} titik per rencana", kMaxPlanStops),
                       fmt::format("at most {} stops per plan", kMaxPlanStops),
                       field + ".every_minutes");
      }
      for (int t : times) {
        PatrolStop stop = place;
        stop.window_open_at = instant(t);
        stop.window_close_at = instant(t + need.window_minutes);
        stop.service_s = need.service_minutes * 60.0;
        stop.priority = need.priority;
        add_stop(std::move(stop), need_index);
      }
      out_.plan.needs.push_back(std::move(need));
    }
    return ok_status();
  }

  Status chain() {
    if (!in_.chain) return ok_status();
    const PatrolChainInput& c = *in_.chain;
    const std::string direction = c.direction.value_or("berangkat");
    if (direction != "berangkat" && direction != "kembali") {
      return invalid("arah harus berangkat atau kembali", "direction must be berangkat or kembali",
                     "chain.direction");
    }
    if (!c.leg || (*c.leg != "gudang_ppk" && *c.leg != "ppk_pps" && *c.leg != "pps_tps")) {
      return invalid("ruas harus gudang_ppk, ppk_pps atau pps_tps",
                     "leg must be gudang_ppk, ppk_pps or pps_tps", "chain.leg");
    }
    const int boxes = c.boxes_per_tps.value_or(1);
    if (boxes < 0 || boxes > 1000) {
      return invalid("kotak per TPS harus 0 sampai 1000", "boxes_per_tps must be 0 to 1000",
                     "chain.boxes_per_tps");
    }
    SIAGA_ASSIGN_OR_RETURN(int open,
                           time_field(c.window_open, "chain.window_open", kDefaultDeliveryOpen));
    SIAGA_ASSIGN_OR_RETURN(int close,
                           time_field(c.window_close, "chain.window_close", kDefaultDeliveryClose));
    const int service = c.service_minutes.value_or(kDefaultChainServiceMinutes);
    SIAGA_TRY(check_service(service, "chain.service_minutes"));
    const int priority = c.priority.value_or(kDefaultPriority);
    SIAGA_TRY(check_priority(priority, "chain.priority"));

    SIAGA_ASSIGN_OR_RETURN(EscortChain found,
                           escort_chain(tx_, unit_, *c.leg, c.from_object_id, boxes));
    out_.plan.depot = found.depot.position;
    out_.plan.depot_name = found.depot.name;
    for (PatrolStop& stop : found.stops) {
      SIAGA_TRY(window(stop, plan_minutes(open, shift_start_), plan_minutes(close, shift_start_),
                       service, "chain"));
      stop.priority = priority;
      if (auto fits = fits_some_team(stop, "chain.boxes_per_tps"); !fits.ok()) return fits;
      if (out_.plan.stops.size() >= kMaxPlanStops) {
        return invalid(fmt::format("paling banyak {} titik per rencana", kMaxPlanStops),
                       fmt::format("at most {} stops per plan", kMaxPlanStops), "chain.leg");
      }
      add_stop(std::move(stop), -1);
    }
    return ok_status();
  }

  // --- helpers ---

  Status object_place(std::int64_t id, const std::string& field, PatrolStop& stop) {
    SIAGA_ASSIGN_OR_RETURN(auto object, tx_.objects().find(id, territory_));
    if (!object) {
      return invalid(
          fmt::format("objek {} tidak dikenal atau di luar wilayah {}", id, unit_.name),
          fmt::format("object {} is unknown or outside the territory of {}", id, unit_.name),
          field);
    }
    stop = patrol_stop_at(*object);
    return ok_status();
  }

  Status tps_place(std::int64_t id, const std::string& field, PatrolStop& stop) {
    SIAGA_ASSIGN_OR_RETURN(auto tps, tx_.tps().find(id, territory_));
    if (!tps) {
      return invalid(
          fmt::format("TPS {} tidak dikenal atau di luar wilayah {}", id, unit_.name),
          fmt::format("TPS {} is unknown or outside the territory of {}", id, unit_.name), field);
    }
    stop = patrol_stop_at(*tps);
    return ok_status();
  }

  Status inside_territory(LatLon point, const std::string& field) {
    std::optional<std::string> desa;
    if (inside_indonesia(point)) {
      SIAGA_ASSIGN_OR_RETURN(desa, locate_desa(tx_, point));
    }
    if (!desa || !territory_.covers(*desa)) {
      return invalid(
          fmt::format("posisi {:.5f}, {:.5f} di luar wilayah {}", point.lat, point.lon, unit_.name),
          fmt::format("position {:.5f}, {:.5f} lies outside the territory of {}", point.lat,
                      point.lon, unit_.name),
          field);
    }
    return ok_status();
  }

  // Window [open, close] in plan minutes, as the plan's instants.
  Status window(PatrolStop& stop, int open, int close, int service, const std::string& field) {
    SIAGA_TRY(validate_stop_window(open, close, service, field));
    stop.window_open_at = instant(open);
    stop.window_close_at = instant(close);
    stop.service_s = service * 60.0;
    return ok_status();
  }

  Status fits_some_team(const PatrolStop& stop, const std::string& field) {
    double most = 0;
    for (const PatrolTeam& t : out_.plan.teams) {
      if (!t.capacity) return ok_status();
      most = std::max(most, *t.capacity);
    }
    if (stop.demand <= most) return ok_status();
    return invalid(fmt::format("muatan {} di {} melebihi kapasitas setiap tim (paling besar {})",
                               stop.demand, stop.name, most),
                   fmt::format("the load {} at {} is over every team's capacity (at most {})",
                               stop.demand, stop.name, most),
                   field);
  }

  std::string instant(int plan_minutes_value) const {
    return format_utc(plan_instant(day_, unit_.zone, plan_minutes_value));
  }

  void add_stop(PatrolStop stop, int need_index) {
    stop.status = StopStatus::menunggu;
    out_.plan.stops.push_back(std::move(stop));
    out_.stop_need_index.push_back(need_index);
  }

  store::Transaction& tx_;
  const Actor& actor_;
  const PatrolPlanInput& in_;
  BuiltPatrolPlan out_;
  std::chrono::sys_days day_{};
  int shift_start_ = 0;
  int shift_end_ = 0;
  Unit unit_;
  Territory territory_ = Territory::everywhere();
  std::map<std::int64_t, bool> owner_cache_;
};

}  // namespace

Result<BuiltPatrolPlan> build_patrol_plan(store::Transaction& tx, const Actor& actor,
                                          const PatrolPlanInput& input, SysSeconds now) {
  Builder builder(tx, actor, input);
  SIAGA_ASSIGN_OR_RETURN(BuiltPatrolPlan built, builder.run());
  const std::string at = format_utc(now);
  built.plan.status = PatrolPlanStatus::draf;
  built.plan.created_by = actor.username;
  built.plan.created_at = at;
  built.plan.updated_at = at;
  return built;
}

}  // namespace siaga::service
