// The demo's patrol plan: tonight's joint patrol ("tiga pilar") of Polres
// Jember over the KPU office, the KPU warehouse (every four hours through the
// night), the Bawaslu office and the alun-alun, with two patrol cars and
// their crews, solved so that `make run` opens on a planned night.

#include <fmt/format.h>

#include "cli/demo.hpp"
#include "service/patrol_plan_service.hpp"

namespace siaga::cli {

namespace {

constexpr const char* kPolres = "POLRES-JEMBER";

struct DemoStop {
  ObjectKind kind;
  const char* open;
  const char* close;
  int service_minutes;
  int priority;
};

constexpr DemoStop kStops[] = {
    {ObjectKind::kpu_office, "21:00", "23:00", 15, 5},
    {ObjectKind::bawaslu_office, "22:00", "02:00", 15, 4},
    {ObjectKind::crowd_point, "23:00", "01:00", 10, 3},
};

}  // namespace

bool add_demo_patrols(App& app, const Actor& actor) {
  service::PatrolPlanInput input;
  {
    auto tx = app.db->begin(store::TxMode::read);
    if (!tx.ok()) return false;
    auto unit = (*tx)->units().find_by_code(kPolres);
    if (!unit.ok() || !*unit || (*unit)->region_codes.empty()) return true;  // no Jember: no plan
    const Unit& polres = **unit;
    input.unit_id = polres.id;
    const auto local = app.clock->now() + utc_offset(polres.zone);
    input.date = format_date(std::chrono::floor<std::chrono::days>(local));

    store::FieldUnitQuery units;
    auto field_units = (*tx)->incidents().field_units(units, Territory::everywhere());
    store::ItemQuery vehicles;
    vehicles.unit_id = polres.id;
    vehicles.page.limit = 1000;
    auto items = (*tx)->readiness().list_items(vehicles, Territory::everywhere());
    store::PersonQuery people;
    people.unit_id = polres.id;
    people.page.limit = 4;
    auto persons = (*tx)->readiness().list_people(people, Territory::everywhere());
    store::PartnerQuery partners;
    partners.region_code = polres.region_codes.front();
    partners.force = PartnerForce::tni;
    partners.page.limit = 2;
    auto tni = (*tx)->readiness().list_partners(partners, Territory::everywhere());
    if (!field_units.ok() || !items.ok() || !persons.ok() || !tni.ok()) return false;

    std::vector<const Item*> cars;
    for (const Item& i : items->items) {
      if (i.kind == "kendaraan_r4" && i.unit_id == polres.id) cars.push_back(&i);
    }
    std::size_t next_person = 0;
    for (const FieldUnit& f : *field_units) {
      if (f.unit_id != polres.id || f.kind != FieldUnitKind::mobil_patroli) continue;
      service::PatrolTeamInput team;
      team.field_unit_id = f.id;
      const std::size_t t = input.teams.size();
      if (t < cars.size()) team.vehicle_item_id = cars[t]->id;
      team.profile = "mobil";
      for (int k = 0; k < 2 && next_person < persons->items.size(); ++k) {
        team.crew.push_back({persons->items[next_person++].id, std::nullopt});
      }
      if (t < tni->items.size()) team.crew.push_back({std::nullopt, tni->items[t].id});
      team.partners = "TNI 1, Satpol PP 1";
      input.teams.push_back(std::move(team));
    }
    if (input.teams.empty()) return true;

    for (const DemoStop& d : kStops) {
      store::ObjectQuery q;
      q.kind = d.kind;
      q.region_code = polres.region_codes.front();
      q.page.limit = 1;
      auto found = (*tx)->objects().list(q, Territory::everywhere());
      if (!found.ok()) return false;
      if (found->items.empty()) continue;
      service::PatrolStopInput stop;
      stop.object_id = found->items.front().id;
      stop.window_open = d.open;
      stop.window_close = d.close;
      stop.service_minutes = d.service_minutes;
      stop.priority = d.priority;
      input.stops.push_back(std::move(stop));
    }
    store::ObjectQuery q;
    q.kind = ObjectKind::kpu_warehouse;
    q.region_code = polres.region_codes.front();
    q.page.limit = 1;
    auto warehouse = (*tx)->objects().list(q, Territory::everywhere());
    if (!warehouse.ok()) return false;
    if (!warehouse->items.empty()) {
      service::PatrolNeedInput need;
      need.object_id = warehouse->items.front().id;
      need.every_minutes = 240;
      need.from = "22:00";
      need.to = "06:00";
      need.window_minutes = 60;
      need.service_minutes = 15;
      need.priority = 4;
      input.needs.push_back(std::move(need));
    }
  }
  if (input.stops.empty() && input.needs.empty()) return true;
  input.kind = "patroli_gabungan";
  input.name = "Patroli gabungan tiga pilar: KPU, gudang logistik, Bawaslu";
  input.shift_start = "20:00";
  input.shift_end = "06:00";

  service::PatrolPlanService plans(*app.context);
  auto created = plans.create(actor, input);
  if (!created.ok()) {
    print_error(created.error());
    return false;
  }
  auto solved = plans.solve(actor, created->view.plan.id, 1.0);
  if (!solved.ok()) {
    print_error(solved.error());
    return false;
  }
  return true;
}

}  // namespace siaga::cli
