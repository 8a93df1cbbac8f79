// Field units of the demo: what a Polres command post has on standby on
// voting day. Each Polsek a patrol car and a motorbike near its station; each
// Polres two patrol cars, its Dalmas Awal and Lanjut platoons and a Brimob
// PHH company on BKO, at the Polres.

#include <fmt/format.h>

#include "cli/demo.hpp"
#include "service/field_unit_service.hpp"

namespace siaga::cli {

namespace {

struct Planned {
  FieldUnitKind kind;
  const char* call_sign;  // {} takes the unit's short name
  double north_m;         // offset from the station, so markers do not overlap
  double east_m;
};

constexpr Planned kPolsekUnits[] = {
    {FieldUnitKind::mobil_patroli, "Patroli {} 1", 250, 0},
    {FieldUnitKind::motor_patroli, "Motor {} 1", -200, 250},
};

constexpr Planned kPolresUnits[] = {
    {FieldUnitKind::mobil_patroli, "Patroli {} 1", 300, 0},
    {FieldUnitKind::mobil_patroli, "Patroli {} 2", -300, 0},
    {FieldUnitKind::dalmas_awal, "Dalmas Awal {}", 0, 300},
    {FieldUnitKind::dalmas_lanjut, "Dalmas Lanjut {}", 0, -300},
    {FieldUnitKind::brimob_phh, "Brimob PHH {}", 450, 450},
};

std::string short_name(const std::string& name) {
  for (const char* prefix : {"Polsek ", "Polres ", "Polresta ", "Polrestabes "}) {
    if (name.starts_with(prefix)) return name.substr(std::string(prefix).size());
  }
  return name;
}

template <std::size_t N>
bool add_units(service::FieldUnitService& service, const Actor& actor, const Unit& unit,
               const Planned (&plan)[N]) {
  for (const Planned& p : plan) {
    service::FieldUnitInput input;
    input.call_sign = fmt::format(fmt::runtime(p.call_sign), short_name(unit.name));
    input.kind = p.kind;
    input.crew = "4 personel";
    input.unit_code = unit.code;
    input.lat = unit.position->lat + p.north_m / 111320.0;
    input.lon = unit.position->lon + p.east_m / 111320.0;
    auto created = service.create(actor, input);
    if (!created.ok()) {
      print_error(created.error());
      return false;
    }
  }
  return true;
}

}  // namespace

bool add_demo_field_units(App& app, const Actor& actor) {
  std::vector<Unit> polres, polsek;
  {
    auto tx = app.db->begin(store::TxMode::read);
    if (!tx.ok()) return false;
    auto a = (*tx)->units().all_of_level(UnitLevel::polres);
    auto b = (*tx)->units().all_of_level(UnitLevel::polsek);
    if (!a.ok() || !b.ok()) return false;
    polres = std::move(*a);
    polsek = std::move(*b);
  }
  service::FieldUnitService service(*app.context);
  for (const Unit& u : polsek) {
    if (u.position && !u.region_codes.empty() && !add_units(service, actor, u, kPolsekUnits)) {
      return false;
    }
  }
  for (const Unit& u : polres) {
    if (u.position && !u.region_codes.empty() && !add_units(service, actor, u, kPolresUnits)) {
      return false;
    }
  }
  return true;
}

}  // namespace siaga::cli
