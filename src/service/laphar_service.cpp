#include "service/laphar_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "domain/region.hpp"
#include "service/permission.hpp"
#include "service/unit_scope.hpp"

namespace siaga::service {

namespace {

// Types of incident that are notable whatever their level.
bool notable(const Incident& i) {
  return i.level != EscalationLevel::hijau || i.type == "bentrok" || i.type == "teror";
}

double seconds_between(const std::string& from, const std::string& to) {
  SysSeconds a{}, b{};
  if (!parse_utc(from, a) || !parse_utc(to, b)) return -1;
  return static_cast<double>((b - a).count());
}

void add_count(std::vector<report::LapharCount>& counts, const std::string& key,
               const std::string& label) {
  for (auto& c : counts) {
    if (c.key == key) {
      ++c.count;
      return;
    }
  }
  counts.push_back({key, label, 1});
}

void by_count(std::vector<report::LapharCount>& counts) {
  std::stable_sort(counts.begin(), counts.end(),
                   [](const auto& a, const auto& b) { return a.count > b.count; });
}

struct Scope {
  Unit unit;
  std::string parent_name;
  std::chrono::sys_days day;
  // Kecamatan code → the Polsek whose sector it is.
  std::map<std::string, std::string> polsek_of_kecamatan;
};

Result<Scope> scope_of(Context& ctx, store::Transaction& tx, const Actor& actor,
                       const std::string& unit_code, const std::string& date) {
  Scope s;
  const std::string code = unit_code.empty() ? actor.unit_code : unit_code;
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx.units().find_by_code(code));
  if (!unit || !unit_visible(actor, *unit)) return not_found("satuan " + code, "unit " + code);
  s.unit = *unit;
  if (unit->parent_id) {
    SIAGA_ASSIGN_OR_RETURN(auto parent, tx.units().find(*unit->parent_id));
    if (parent && parent->level != UnitLevel::mabes) s.parent_name = parent->name;
  }
  if (date.empty()) {
    s.day = std::chrono::floor<std::chrono::days>(ctx.clock.now() + utc_offset(unit->zone));
  } else if (!parse_date(date, s.day)) {
    return make_error(ErrorCode::invalid_input, "tanggal harus berbentuk YYYY-MM-DD",
                      "date must be YYYY-MM-DD", "date");
  }
  store::PageRequest page;
  page.limit = 10000;
  SIAGA_ASSIGN_OR_RETURN(auto polsek,
                         tx.units().list(unit_territory(*unit), UnitLevel::polsek, page));
  for (const Unit& p : polsek.items) {
    for (const std::string& r : p.region_codes) s.polsek_of_kecamatan[r] = p.name;
  }
  return s;
}

}  // namespace

Result<report::LapharReport> LapharService::figures(const Actor& actor,
                                                    const std::string& unit_code,
                                                    const std::string& date) {
  SIAGA_TRY(require(actor, Permission::read_incidents));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(Scope scope, scope_of(ctx_, *tx, actor, unit_code, date));
  const TimeZone zone = scope.unit.zone;
  const SysSeconds start = SysSeconds{scope.day} - utc_offset(zone);

  std::vector<Incident> incidents;
  store::IncidentQuery query;
  query.reported_from = format_utc(start);
  query.reported_until = format_utc(start + std::chrono::days{1});
  query.page.limit = 10000;
  const Territory territory = unit_territory(scope.unit);
  for (;;) {
    SIAGA_ASSIGN_OR_RETURN(auto page, tx->incidents().list(query, territory));
    for (Incident& i : page.items) incidents.push_back(std::move(i));
    if (!page.next) break;
    query.page.after_id = *page.next;
  }
  std::reverse(incidents.begin(), incidents.end());  // oldest first reads as a log

  report::LapharReport r;
  r.unit_name = scope.unit.name;
  r.parent_unit_name = scope.parent_name;
  r.date = long_date_id(format_date(scope.day));
  r.generated_at = format_local(ctx_.clock.now(), zone);
  r.total = static_cast<int>(incidents.size());
  for (EscalationLevel level :
       {EscalationLevel::hijau, EscalationLevel::kuning, EscalationLevel::merah}) {
    r.by_level.push_back(
        {std::string(to_string(level)), report::laphar_level_label(to_string(level)), 0});
  }
  std::map<std::string, std::string> names;  // region code → name
  auto name_of = [&](const std::string& code) -> Result<std::string> {
    if (auto it = names.find(code); it != names.end()) return it->second;
    SIAGA_ASSIGN_OR_RETURN(auto region, tx->regions().find(code));
    return names[code] = region ? region->name : code;
  };
  const std::string hq = scope.unit.name;
  std::map<std::string, std::pair<std::vector<double>, std::vector<double>>> times;
  std::vector<double> all_dispatch, all_arrival;
  for (const Incident& i : incidents) {
    const IncidentType* type = find_incident_type(i.type);
    add_count(r.by_type, i.type, std::string(type ? type->name_id : i.type));
    add_count(r.by_status, std::string(to_string(i.status)), std::string(label_id(i.status)));
    ++r.by_level[static_cast<std::size_t>(i.level)].count;
    const std::string kecamatan = region_prefix(i.desa_code, 3);
    SIAGA_ASSIGN_OR_RETURN(std::string kecamatan_name, name_of(kecamatan));
    add_count(r.by_kecamatan, kecamatan, kecamatan_name);
    const auto polsek = scope.polsek_of_kecamatan.find(kecamatan);
    auto& [to_dispatch, to_arrival] =
        times[polsek != scope.polsek_of_kecamatan.end() ? polsek->second : hq];
    if (!i.dispatched_at.empty()) {
      const double d = seconds_between(i.reported_at, i.dispatched_at);
      if (d >= 0) {
        to_dispatch.push_back(d);
        all_dispatch.push_back(d);
      }
      if (!i.arrived_at.empty()) {
        const double a = seconds_between(i.dispatched_at, i.arrived_at);
        if (a >= 0) {
          to_arrival.push_back(a);
          all_arrival.push_back(a);
        }
      }
    }
    if (notable(i)) {
      SIAGA_ASSIGN_OR_RETURN(std::string desa_name, name_of(i.desa_code));
      std::string unit;
      if (i.field_unit_id) {
        SIAGA_ASSIGN_OR_RETURN(
            auto fu, tx->incidents().find_field_unit(*i.field_unit_id, Territory::everywhere()));
        if (fu) unit = fu->call_sign;
      }
      SysSeconds at{};
      (void)parse_utc(i.reported_at, at);
      r.notable.push_back(
          {i.tracking_code, format_local(at, zone), std::string(type ? type->name_id : i.type),
           std::string(to_string(i.level)), std::string(label_id(i.status)),
           fmt::format("Desa {}, Kec. {}", desa_name, kecamatan_name), i.description, unit});
    }
  }
  by_count(r.by_type);
  by_count(r.by_kecamatan);
  for (auto& [sector, spans] : times) {
    r.response.push_back({sector, spread_of(spans.first), spread_of(spans.second)});
  }
  r.response.push_back({"Seluruh / All", spread_of(all_dispatch), spread_of(all_arrival)});
  return r;
}

Result<std::string> LapharService::pdf(const Actor& actor, const std::string& unit_code,
                                       const std::string& date) {
  SIAGA_ASSIGN_OR_RETURN(auto r, figures(actor, unit_code, date));
  return report::laphar_pdf(r);
}

Result<std::string> LapharService::xlsx(const Actor& actor, const std::string& unit_code,
                                        const std::string& date) {
  SIAGA_ASSIGN_OR_RETURN(auto r, figures(actor, unit_code, date));
  return report::laphar_xlsx(r);
}

}  // namespace siaga::service
