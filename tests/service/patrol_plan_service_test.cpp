#include "service/patrol_plan_service.hpp"

#include <gtest/gtest.h>

#include <map>

#include "service/event_bus.hpp"
#include "service/field_unit_service.hpp"
#include "support/fixture.hpp"
#include "support/stored_route_check.hpp"

namespace siaga::service {
namespace {

// The plan as stored after a solve passes the independent route checker.
#define EXPECT_STORED_PLAN_PASSES_CHECK(service, actor, plan_id)                   \
  do {                                                                             \
    auto stored = (service).get((actor), (plan_id));                               \
    ASSERT_TRUE(stored.ok());                                                      \
    const auto report = siaga::testing::check_stored_plan(stored->plan);           \
    EXPECT_TRUE(report.ok()) << report.violations.size() << " violations, first: " \
                             << (report.ok() ? "" : report.violations[0].detail);  \
  } while (false)

using siaga::testing::Backend;
using siaga::testing::Fixture;

// The fixture's Polres Jember (-8.17, 113.70) with Polsek Kaliwates (desa
// 35.09.19.1001, a square of 0.01 degrees around -8.17, 113.69) and
// Sumbersari (35.09.20.1001, around -8.18, 113.72); Polres Sinjai elsewhere.
// Added here: the KPU office and warehouse in Kaliwates, Bawaslu in
// Sumbersari, a PPK per kecamatan, two patrol cars of the Polres, a car and
// a vest (no vehicle), an officer, and Sinjai's own patrol car.
class PatrolPlanServiceTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    f = std::make_unique<Fixture>(GetParam());
    f->load_registry();
    ops = f->actor_of("POLRES-JEMBER", Role::ops);
    officer = f->actor_of("POLRES-JEMBER", Role::officer);
    sinjai = f->actor_of("POLRES-SINJAI", Role::ops);
    auto tx = f->db->begin(store::TxMode::write);
    ASSERT_TRUE(tx.ok());
    auto& t = **tx;
    auto object = [&](ObjectKind kind, const char* name, double lat, double lon, const char* desa) {
      StrategicObject o;
      o.kind = kind;
      o.name = name;
      o.position = LatLon{lat, lon};
      o.desa_code = desa;
      o.updated_at = "2024-11-01T00:00:00Z";
      auto id = t.objects().insert(o);
      EXPECT_TRUE(id.ok());
      return *id;
    };
    kpu = object(ObjectKind::kpu_office, "Kantor KPU Jember", -8.165, 113.695, "35.09.19.1001");
    warehouse =
        object(ObjectKind::kpu_warehouse, "Gudang KPU Jember", -8.175, 113.685, "35.09.19.1001");
    bawaslu =
        object(ObjectKind::bawaslu_office, "Bawaslu Jember", -8.185, 113.725, "35.09.20.1001");
    object(ObjectKind::ppk, "PPK Kaliwates", -8.168, 113.688, "35.09.19.1001");
    object(ObjectKind::ppk, "PPK Sumbersari", -8.182, 113.718, "35.09.20.1001");
    sinjai_object = object(ObjectKind::kpu_office, "KPU Sinjai", -5.15, 120.25, "73.07.03.2001");
    auto jember = t.units().find_by_code("POLRES-JEMBER");
    ASSERT_TRUE(jember.ok() && jember->has_value());
    jember_id = (*jember)->id;
    Item car;
    car.kind = "kendaraan_r4";
    car.serial = "R4-T-1";
    car.unit_id = jember_id;
    car.plate = "P 1234 XY";
    car.service_date = "2024-06-01";
    car_item = *t.readiness().insert_item(car);
    Item vest = car;
    vest.kind = "rompi_anti_sayat";
    vest.serial = "RAS-T-1";
    vest.plate = "";
    vest_item = *t.readiness().insert_item(vest);
    Person p;
    p.nrp = "80010001";
    p.name = "Budi Santoso";
    p.rank = "Bripka";
    p.unit_id = jember_id;
    p.phone = "081200000001";
    person = *t.readiness().insert_person(p);
    ASSERT_TRUE(t.commit().ok());

    FieldUnitService units(*f->ctx);
    auto add = [&](const Actor& actor, const char* name, const char* unit_code) {
      FieldUnitInput in;
      in.call_sign = name;
      in.kind = FieldUnitKind::mobil_patroli;
      in.unit_code = unit_code;
      auto made = units.create(actor, in);
      EXPECT_TRUE(made.ok()) << made.error().message_en;
      return made->id;
    };
    car1 = add(ops, "Patroli Jember 1", "POLRES-JEMBER");
    car2 = add(ops, "Patroli Jember 2", "POLRES-JEMBER");
    kaliwates_car = add(ops, "Patroli Kaliwates 1", "POLSEK-35.09.19");
    sinjai_car = add(sinjai, "Patroli Sinjai 1", "POLRES-SINJAI");
  }

  PatrolStopInput stop_at(std::int64_t object_id, const char* open, const char* close,
                          int service = 10, int priority = 3) {
    PatrolStopInput s;
    s.object_id = object_id;
    s.window_open = open;
    s.window_close = close;
    s.service_minutes = service;
    s.priority = priority;
    return s;
  }

  // A night joint patrol over the KPU office, Bawaslu and the warehouse.
  PatrolPlanInput night() {
    PatrolPlanInput in;
    in.unit_id = jember_id;
    in.kind = "patroli_gabungan";
    in.name = "Patroli KPU malam";
    in.date = "2024-11-26";
    in.shift_start = "20:00";
    in.shift_end = "06:00";
    PatrolTeamInput a;
    a.field_unit_id = car1;
    a.vehicle_item_id = car_item;
    a.crew.push_back({person, std::nullopt});
    a.partners = "TNI 1";
    PatrolTeamInput b;
    b.field_unit_id = car2;
    in.teams = {a, b};
    in.stops = {stop_at(kpu, "21:00", "23:00", 15, 5), stop_at(bawaslu, "22:00", "02:00")};
    PatrolNeedInput need;
    need.object_id = warehouse;
    need.every_minutes = 240;
    need.from = "22:00";
    need.to = "06:00";
    in.needs = {need};
    return in;
  }

  std::int64_t rows(const char* table) {
    return std::stoll(f->sql(std::string("SELECT count(*) FROM ") + table));
  }

  std::unique_ptr<Fixture> f;
  Actor ops, officer, sinjai;
  std::int64_t jember_id = 0, kpu = 0, warehouse = 0, bawaslu = 0, sinjai_object = 0;
  std::int64_t car_item = 0, vest_item = 0, person = 0;
  std::int64_t car1 = 0, car2 = 0, kaliwates_car = 0, sinjai_car = 0;
};

TEST_P(PatrolPlanServiceTest, AJemberNightPlanIsStoredThenSolvedInsideEveryWindow) {
  PatrolPlanService service(*f->ctx);
  auto made = service.create(ops, night());
  ASSERT_TRUE(made.ok()) << made.error().field << " " << made.error().message_en;
  const PatrolPlan& draft = made->view.plan;
  EXPECT_EQ(draft.status, PatrolPlanStatus::draf);
  EXPECT_EQ(draft.shift_start_at, "2024-11-26T13:00:00Z");
  EXPECT_EQ(draft.shift_end_at, "2024-11-26T23:00:00Z");
  EXPECT_EQ(made->view.depot_name, "Polres Jember");
  ASSERT_EQ(draft.teams.size(), 2u);
  EXPECT_EQ(draft.teams[0].call_sign, "Patroli Jember 1");
  EXPECT_EQ(draft.teams[0].vehicle_label, "Kendaraan R4 (mobil) P 1234 XY");
  ASSERT_EQ(draft.teams[0].crew.size(), 1u);
  EXPECT_EQ(draft.teams[0].crew[0].name, "Budi Santoso");
  EXPECT_EQ(draft.teams[0].crew[0].force, "POLRI");
  ASSERT_EQ(draft.stops.size(), 4u);  // KPU, Bawaslu, the warehouse at 22:00 and 02:00
  EXPECT_EQ(draft.stops[1].window_close_at, "2024-11-26T19:00:00Z");  // 02:00 WIB next day
  EXPECT_EQ(draft.stops[2].window_open_at, "2024-11-26T15:00:00Z");
  EXPECT_EQ(draft.stops[3].window_open_at, "2024-11-26T19:00:00Z");
  EXPECT_EQ(draft.stops[3].need_id, draft.needs.at(0).id);
  EXPECT_EQ(rows("patrol_stops"), 4);

  InProcessEventBus bus;
  f->ctx->events = &bus;
  std::vector<Event> seen;
  auto sub = bus.subscribe([&](const Event& e) { seen.push_back(e); });
  auto solved = service.solve(ops, draft.id, 0.3);
  ASSERT_TRUE(solved.ok()) << solved.error().message_en;
  EXPECT_STORED_PLAN_PASSES_CHECK(service, ops, solved->plan.id);
  const PatrolPlan& plan = solved->plan;
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].type, "patrol.updated");
  EXPECT_EQ(seen[0].desa_code, "35.09");
  EXPECT_NE(seen[0].data.find("\"unserved\":0"), std::string::npos) << seen[0].data;
  EXPECT_EQ(plan.status, PatrolPlanStatus::direncanakan);
  EXPECT_FALSE(plan.solved_at.empty());
  EXPECT_GT(plan.cost_s, 0);
  EXPECT_GT(plan.distance_m, 0);
  std::map<std::int64_t, std::vector<const PatrolStop*>> by_team;
  for (const PatrolStop& s : plan.stops) {
    EXPECT_TRUE(s.unserved_reason.empty()) << s.name << " " << s.unserved_reason;
    ASSERT_TRUE(s.team_id.has_value()) << s.name;
    ASSERT_TRUE(s.route_order.has_value());
    EXPECT_GE(s.planned_start_at, s.window_open_at) << s.name;
    EXPECT_LE(s.planned_start_at, s.window_close_at) << s.name;
    EXPECT_LE(s.planned_arrival_at, s.planned_start_at);
    by_team[*s.team_id].push_back(&s);
  }
  for (const PatrolTeam& t : plan.teams) {
    auto& stops = by_team[t.id];
    if (stops.empty()) {
      EXPECT_TRUE(t.departure_at.empty());
      continue;
    }
    std::sort(stops.begin(), stops.end(),
              [](auto* a, auto* b) { return *a->route_order < *b->route_order; });
    EXPECT_GE(t.departure_at, plan.shift_start_at);
    EXPECT_LE(t.return_at, plan.shift_end_at);
    std::string last = t.departure_at;
    for (std::size_t i = 0; i < stops.size(); ++i) {
      EXPECT_EQ(*stops[i]->route_order, static_cast<int>(i + 1));
      EXPECT_GE(stops[i]->planned_arrival_at, last);
      last = stops[i]->planned_start_at;
    }
    EXPECT_GE(t.return_at, last);
  }

  // Read back, listed, re-solved.
  auto got = service.get(ops, draft.id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->plan.stops.size(), 4u);
  auto list = service.list(ops, {jember_id, "2024-11-26"});
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->front().stops, 4);
  EXPECT_EQ(list->front().menunggu, 4);
  EXPECT_EQ(list->front().status, PatrolPlanStatus::direncanakan);
  auto again = service.solve(ops, draft.id, std::nullopt);
  ASSERT_TRUE(again.ok());
  EXPECT_STORED_PLAN_PASSES_CHECK(service, ops, again->plan.id);
  EXPECT_EQ(rows("patrol_plans"), 1);
  auto route = service.team_route(officer, draft.id, plan.teams[0].id);
  ASSERT_TRUE(route.ok()) << route.error().message_en;
}

TEST_P(PatrolPlanServiceTest, EveryBadFieldIsNamedAndNothingIsStored) {
  PatrolPlanService service(*f->ctx);
  using Edit = std::function<void(PatrolPlanInput&)>;
  const std::vector<std::pair<Edit, std::string>> cases = {
      {[](auto& in) { in.kind = "razia"; }, "kind"},
      {[](auto& in) { in.date = "2024-13-01"; }, "date"},
      {[](auto& in) { in.shift_start = "8:00"; }, "shift_start"},
      {[](auto& in) { in.shift_end.reset(); }, "shift_end"},
      {[](auto& in) { in.teams.clear(); }, "teams"},
      {[&](auto& in) { in.teams[1].field_unit_id = sinjai_car; }, "teams[1].field_unit_id"},
      {[&](auto& in) { in.teams[1].field_unit_id = car1; }, "teams[1].field_unit_id"},
      {[](auto& in) { in.teams[0].field_unit_id.reset(); }, "teams[0].field_unit_id"},
      {[&](auto& in) { in.teams[0].vehicle_item_id = vest_item; }, "teams[0].vehicle_item_id"},
      {[](auto& in) { in.teams[0].vehicle_item_id = 999999; }, "teams[0].vehicle_item_id"},
      {[](auto& in) { in.teams[0].profile = "perahu"; }, "teams[0].profile"},
      {[](auto& in) { in.teams[0].capacity = -1; }, "teams[0].capacity"},
      {[](auto& in) {
         in.teams[0].crew = {{std::nullopt, std::nullopt}};
       },
       "teams[0].crew[0]"},
      {[](auto& in) {
         in.teams[0].crew = {{424242, std::nullopt}};
       },
       "teams[0].crew[0].personnel_id"},
      {[](auto& in) {
         in.teams[0].crew = {{std::nullopt, 424242}};
       },
       "teams[0].crew[0].partner_member_id"},
      {[](auto& in) {
         in.stops[1].window_open = "23:00";
         in.stops[1].window_close = "22:00";
       },
       "stops[1].window_close"},
      {[](auto& in) {
         in.stops[1].window_close = "22:05";
         in.stops[1].service_minutes = 10;
       },
       "stops[1].service_minutes"},
      {[](auto& in) { in.stops[0].window_open = "25:00"; }, "stops[0].window_open"},
      {[](auto& in) { in.stops[0].priority = 0; }, "stops[0].priority"},
      {[](auto& in) { in.stops[0].priority = 6; }, "stops[0].priority"},
      {[](auto& in) { in.stops[0].demand = -2; }, "stops[0].demand"},
      {[](auto& in) { in.stops[0].service_minutes = -1; }, "stops[0].service_minutes"},
      {[&](auto& in) { in.stops[0].object_id = sinjai_object; }, "stops[0].object_id"},
      {[](auto& in) { in.stops[0].tps_id = 1; }, "stops[0]"},
      {[](auto& in) {
         in.stops[0].object_id.reset();
         in.stops[0].name = "Simpang Sinjai";
         in.stops[0].position = LatLon{-5.15, 120.25};  // Sinjai's desa
       },
       "stops[0].position"},
      {[](auto& in) {
         in.stops[0].object_id.reset();
         in.stops[0].name = "Laut";
         in.stops[0].position = LatLon{-8.5, 113.6};  // no desa there
       },
       "stops[0].position"},
      {[](auto& in) {
         in.stops[0].object_id.reset();
         in.stops[0].name = "Tanpa posisi";
       },
       "stops[0].position"},
      {[](auto& in) {
         in.teams[0].capacity = 10;
         in.teams[1].capacity = 20;
         in.stops[1].demand = 21;
       },
       "stops[1].demand"},
      {[](auto& in) { in.needs[0].every_minutes = 0; }, "needs[0].every_minutes"},
      {[](auto& in) { in.needs[0].from = "x"; }, "needs[0].from"},
      {[](auto& in) {
         in.needs[0].window_minutes = 10;
         in.needs[0].service_minutes = 15;
       },
       "needs[0].service_minutes"},
      {[](auto& in) { in.needs[0].tps_id = 1; }, "needs[0]"},
      {[](auto& in) { in.chain = PatrolChainInput{}; }, "chain"},
      {[](auto& in) { in.depot_unit_id = 424242; }, "depot_unit_id"},
      {[](auto& in) {
         in.stops.clear();
         in.needs.clear();
       },
       "stops"},
  };
  for (const auto& [edit, field] : cases) {
    PatrolPlanInput in = night();
    edit(in);
    auto r = service.create(ops, in);
    ASSERT_FALSE(r.ok()) << field;
    EXPECT_EQ(r.error().code, ErrorCode::invalid_input) << field << ": " << r.error().message_en;
    EXPECT_EQ(r.error().field, field) << r.error().message_en;
    EXPECT_FALSE(r.error().message.empty());
  }
  for (const char* table :
       {"patrol_plans", "patrol_teams", "patrol_team_crew", "patrol_needs", "patrol_stops"}) {
    EXPECT_EQ(rows(table), 0) << table;
  }
}

TEST_P(PatrolPlanServiceTest, OneCarAndTooManyStopsLeavesTheLowestPrioritiesWithAReason) {
  PatrolPlanService service(*f->ctx);
  PatrolPlanInput in = night();
  in.teams.resize(1);
  in.needs.clear();
  // Four stops that all want 21:00-21:05, kilometres apart: one car serves one.
  PatrolStopInput mangli;
  mangli.name = "Simpang Kaliwates";
  mangli.position = LatLon{-8.175, 113.695};
  mangli.window_open = "21:00";
  mangli.window_close = "21:05";
  mangli.service_minutes = 5;
  mangli.priority = 1;
  in.stops = {stop_at(kpu, "21:00", "21:05", 5, 5), stop_at(bawaslu, "21:00", "21:05", 5, 2),
              stop_at(warehouse, "21:00", "21:05", 5, 3), mangli};
  auto made = service.create(ops, in);
  ASSERT_TRUE(made.ok()) << made.error().field << " " << made.error().message_en;
  auto solved = service.solve(ops, made->view.plan.id, 0.3);
  ASSERT_TRUE(solved.ok()) << solved.error().message_en;
  EXPECT_STORED_PLAN_PASSES_CHECK(service, ops, solved->plan.id);
  const auto& stops = solved->plan.stops;
  ASSERT_EQ(stops.size(), 4u);
  EXPECT_TRUE(stops[0].unserved_reason.empty()) << "the priority 5 stop is served";
  EXPECT_TRUE(stops[0].team_id.has_value());
  for (std::size_t i = 1; i < 4; ++i) {
    EXPECT_EQ(stops[i].unserved_reason, "fleet_too_small") << stops[i].name;
    EXPECT_FALSE(stops[i].team_id.has_value());
  }
}

TEST_P(PatrolPlanServiceTest, APlanNothingCanServeIsStillAnsweredWithEveryStopAndItsReason) {
  PatrolPlanService service(*f->ctx);
  PatrolPlanInput in = night();
  in.needs.clear();
  // Windows that close at the shift start: nobody is there yet.
  in.stops = {stop_at(kpu, "20:00", "20:00", 0), stop_at(bawaslu, "20:00", "20:00", 0)};
  auto made = service.create(ops, in);
  ASSERT_TRUE(made.ok()) << made.error().field << " " << made.error().message_en;
  for (double seconds : {0.0, 0.2}) {  // 0 is clamped to 0.2
    auto solved = service.solve(ops, made->view.plan.id, seconds);
    ASSERT_TRUE(solved.ok()) << solved.error().message_en;
    EXPECT_STORED_PLAN_PASSES_CHECK(service, ops, solved->plan.id);
    EXPECT_EQ(solved->plan.status, PatrolPlanStatus::direncanakan);
    for (const PatrolStop& s : solved->plan.stops) {
      EXPECT_EQ(s.unserved_reason, "window_unreachable") << s.name;
      EXPECT_FALSE(s.team_id.has_value());
    }
    for (const PatrolTeam& t : solved->plan.teams) EXPECT_TRUE(t.departure_at.empty());
    EXPECT_EQ(solved->plan.cost_s, 0);
  }
}

TEST_P(PatrolPlanServiceTest, AStopWithoutAWindowMayBeVisitedAllShiftEvenAWholeDay) {
  PatrolPlanService service(*f->ctx);
  PatrolPlanInput in = night();
  in.shift_start = "07:00";
  in.shift_end = "07:00";  // 24 hours
  in.needs.clear();
  in.stops[0].window_open.reset();
  in.stops[0].window_close.reset();
  in.stops[1].window_open = "06:00";  // before the start: the next morning
  in.stops[1].window_close.reset();   // the shift's end
  auto made = service.create(ops, in);
  ASSERT_TRUE(made.ok()) << made.error().field << " " << made.error().message_en;
  const auto& p = made->view.plan;
  EXPECT_EQ(p.shift_end_at, "2024-11-27T00:00:00Z");
  EXPECT_EQ(p.stops[0].window_open_at, "2024-11-26T00:00:00Z");
  EXPECT_EQ(p.stops[0].window_close_at, "2024-11-27T00:00:00Z");
  EXPECT_EQ(p.stops[1].window_open_at, "2024-11-26T23:00:00Z");
  EXPECT_EQ(p.stops[1].window_close_at, "2024-11-27T00:00:00Z");
}

TEST_P(PatrolPlanServiceTest, MotorbikesAloneRouteAtTheirOwnSpeed) {
  PatrolPlanService service(*f->ctx);
  PatrolPlanInput in = night();
  for (auto& t : in.teams) {
    t.profile = "motor";
    t.vehicle_item_id.reset();
  }
  auto made = service.create(ops, in);
  ASSERT_TRUE(made.ok()) << made.error().field << " " << made.error().message_en;
  EXPECT_EQ(made->view.plan.teams[0].profile, TravelProfile::motor);
  auto solved = service.solve(ops, made->view.plan.id, 0.2);
  ASSERT_TRUE(solved.ok()) << solved.error().message_en;
  EXPECT_STORED_PLAN_PASSES_CHECK(service, ops, solved->plan.id);
  for (const PatrolStop& s : solved->plan.stops) EXPECT_TRUE(s.unserved_reason.empty()) << s.name;
  // 35 km/h over distance x 1.3: the time of a route is its length at that speed.
  for (const PatrolTeam& t : solved->plan.teams) {
    if (t.departure_at.empty()) continue;
    EXPECT_NEAR(t.travel_s, t.distance_m / (35 / 3.6), 1.0);
  }
}

TEST_P(PatrolPlanServiceTest, ALoadOverEveryTeamsCapacityIsRefusedAtCreate) {
  PatrolPlanService service(*f->ctx);
  PatrolPlanInput in = night();
  in.kind = "pengawalan_logistik";
  in.teams[0].capacity = 40;
  in.teams[1].capacity = 30;
  in.stops[0].demand = 40;  // fits the first
  in.stops[1].demand = 41;
  auto r = service.create(ops, in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "stops[1].demand");
  in.teams[1].capacity.reset();  // one team without a limit carries anything
  EXPECT_TRUE(service.create(ops, in).ok());
}

TEST_P(PatrolPlanServiceTest, TheEscortChainGoesFromTheWarehouseToEachPpkByDaylight) {
  PatrolPlanService service(*f->ctx);
  PatrolPlanInput in = night();
  in.kind = "pengawalan_logistik";
  in.shift_start = "05:00";
  in.shift_end = "20:00";
  in.stops.clear();
  in.needs.clear();
  in.chain = PatrolChainInput{};
  in.chain->leg = "gudang_ppk";
  in.chain->boxes_per_tps = 3;
  auto made = service.create(ops, in);
  ASSERT_TRUE(made.ok()) << made.error().field << " " << made.error().message_en;
  const PatrolPlan& p = made->view.plan;
  EXPECT_EQ(made->view.depot_name, "Gudang KPU Jember");
  EXPECT_EQ(p.depot, (LatLon{-8.175, 113.685}));
  ASSERT_EQ(p.stops.size(), 2u);
  std::map<std::string, double> demand;
  for (const PatrolStop& s : p.stops) {
    demand[s.name] = s.demand;
    EXPECT_EQ(s.window_open_at, "2024-11-25T23:00:00Z");   // 06:00 WIB
    EXPECT_EQ(s.window_close_at, "2024-11-26T11:00:00Z");  // 18:00 WIB
  }
  EXPECT_EQ(demand["PPK Kaliwates"], 6);   // two TPS in Kaliwates
  EXPECT_EQ(demand["PPK Sumbersari"], 3);  // one
  auto solved = service.solve(ops, p.id, 0.2);
  ASSERT_TRUE(solved.ok());
  EXPECT_STORED_PLAN_PASSES_CHECK(service, ops, solved->plan.id);
  for (const PatrolStop& s : solved->plan.stops) EXPECT_TRUE(s.unserved_reason.empty());

  in.chain->leg = "ppk_pps";
  auto no_from = service.create(ops, in);
  ASSERT_FALSE(no_from.ok());
  EXPECT_EQ(no_from.error().field, "chain.from_object_id");
  in.kind = "kryd";
  auto wrong_kind = service.create(ops, in);
  ASSERT_FALSE(wrong_kind.ok());
  EXPECT_EQ(wrong_kind.error().field, "chain");
}

TEST_P(PatrolPlanServiceTest, AnotherPolresNeitherPlansNorSeesJember) {
  PatrolPlanService service(*f->ctx);
  auto theirs = service.create(sinjai, night());
  ASSERT_FALSE(theirs.ok());
  EXPECT_EQ(theirs.error().code, ErrorCode::not_found);
  auto by_officer = service.create(officer, night());
  ASSERT_FALSE(by_officer.ok());
  EXPECT_EQ(by_officer.error().code, ErrorCode::forbidden);
  EXPECT_EQ(rows("patrol_plans"), 0);
  auto made = service.create(ops, night());
  ASSERT_TRUE(made.ok());
  const std::int64_t id = made->view.plan.id;
  EXPECT_EQ(service.get(sinjai, id).error().code, ErrorCode::not_found);
  EXPECT_EQ(service.solve(sinjai, id, 0.2).error().code, ErrorCode::not_found);
  EXPECT_EQ(service.team_route(sinjai, id, made->view.plan.teams[0].id).error().code,
            ErrorCode::not_found);
  auto list = service.list(sinjai, {});
  ASSERT_TRUE(list.ok());
  EXPECT_TRUE(list->empty());
}

TEST_P(PatrolPlanServiceTest, ARetriedCreateWithItsKeyAnswersTheFirstPlan) {
  PatrolPlanService service(*f->ctx);
  auto first = service.create(ops, night(), "key-1", "fp-1");
  auto again = service.create(ops, night(), "key-1", "fp-1");
  ASSERT_TRUE(first.ok() && again.ok());
  EXPECT_TRUE(again->replayed);
  EXPECT_EQ(again->view.plan.id, first->view.plan.id);
  EXPECT_EQ(rows("patrol_plans"), 1);
  auto other_body = service.create(ops, night(), "key-1", "fp-2");
  ASSERT_FALSE(other_body.ok());
  EXPECT_EQ(other_body.error().code, ErrorCode::conflict);
}

SIAGA_ON_BOTH_DATABASES(PatrolPlanServiceTest);

}  // namespace
}  // namespace siaga::service
