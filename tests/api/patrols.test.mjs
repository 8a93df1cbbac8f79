// Patrol plans (docs/patrols.md): a Jember joint patrol over the demo KPU and
// Bawaslu objects created, solved and read back (plan, list, a team's route
// for the phone); every bad field answered 422 under its name with nothing
// stored; a plan the fleet cannot fully serve still answered with reasons;
// the escort chain from the KPU warehouse to the PPK; territory (TTU) and
// permissions.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, api, loginAs, startServer } from './harness.mjs';

const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const DATE = '2024-11-26';
// WIB is UTC+7: 20:00 local on the 26th is 13:00Z.
const at = (hhmm, nextDay = false) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(2024, 10, 26 + (nextDay ? 1 : 0), h - 7, m)).toISOString().replace('.000Z', 'Z');
};

function assertError(r, status, field) {
  assert.equal(r.status, status, r.text);
  if (field !== undefined) assert.equal(r.json?.error?.field, field, r.text);
  assert.ok(r.json.error.message, r.text);
  assert.ok(r.json.error.message_en, r.text);
}

describe(`${DB_LABEL} patrol plans`, () => {
  let srv;
  let admin;
  let ops; // jember.ops
  let officer; // jember.officer (Polsek Kaliwates)
  let kapolsek; // jember.kapolsek.kaliwates
  let ttu; // ttu.ops
  let jember; // unit
  let kaliwates; // unit
  let kpu; // objects
  let warehouse;
  let bawaslu;
  let cars; // Polres Jember patrol cars (field units)
  let ttuCar;
  let vehicle; // a Polres Jember car (item)
  let vest; // a Polres Jember item that is no vehicle
  let ttuPoint;

  const get = (token, path) => api(srv.base, token, 'GET', path);
  const post = (token, path, body, headers) => api(srv.base, token, 'POST', path, body, headers);
  const plansStored = async () => {
    const r = await get(admin, '/api/v1/patrol-plans');
    assert.equal(r.status, 200, r.text);
    return r.json.items.length;
  };

  const planBody = (extra = {}) => ({
    unit_id: jember.id,
    kind: 'patroli_gabungan',
    name: 'Patroli KPU malam',
    date: DATE,
    shift_start: '20:00',
    shift_end: '06:00',
    teams: [
      { field_unit_id: cars[0].id, vehicle_item_id: vehicle.id, profile: 'mobil', partners: 'TNI 2, Satpol PP 1' },
      { field_unit_id: cars[1].id, profile: 'mobil' },
    ],
    stops: [
      { object_id: kpu.id, window_open: '21:00', window_close: '23:00', service_minutes: 15, priority: 5 },
      { object_id: bawaslu.id, window_open: '22:00', window_close: '02:00', service_minutes: 10 },
      { name: 'Simpang Mangli', position: { lat: -8.1655, lon: 113.672 }, window_open: '23:00', window_close: '01:00', service_minutes: 10 },
    ],
    needs: [{ object_id: warehouse.id, every_minutes: 240, from: '22:00', to: '06:00', window_minutes: 60, service_minutes: 15, priority: 4 }],
    ...extra,
  });

  before(async () => {
    srv = await startServer();
    admin = await loginAs(srv.base, 'admin');
    ops = await loginAs(srv.base, 'jember.ops');
    officer = await loginAs(srv.base, 'jember.officer');
    kapolsek = await loginAs(srv.base, 'jember.kapolsek.kaliwates');
    ttu = await loginAs(srv.base, 'ttu.ops');
    const units = await get(admin, '/api/v1/units?limit=1000');
    assert.equal(units.status, 200, units.text);
    jember = units.json.items.find((u) => u.code === 'POLRES-JEMBER');
    kaliwates = units.json.items.find((u) => u.code === 'POLSEK-35.09.19');
    const ttuUnit = units.json.items.find((u) => u.code === 'POLRES-TTU');
    const object = async (kind) => {
      const r = await get(ops, `/api/v1/objects?kind=${kind}&limit=10`);
      assert.equal(r.status, 200, r.text);
      const o = r.json.items.find((x) => x.desa_code.startsWith('35.09.'));
      assert.ok(o, `a Jember ${kind}`);
      return o;
    };
    kpu = await object('kpu_office');
    warehouse = await object('kpu_warehouse');
    bawaslu = await object('bawaslu_office');
    const fu = await get(admin, '/api/v1/field-units');
    cars = fu.json.items.filter((u) => u.unit_id === jember.id && u.kind === 'mobil_patroli');
    assert.ok(cars.length >= 2, fu.text.slice(0, 300));
    ttuCar = fu.json.items.find((u) => u.unit_id === ttuUnit.id);
    const items = await get(ops, '/api/v1/items?vehicles=true&kind=kendaraan_r4&limit=50');
    vehicle = items.json.items.find((i) => i.unit === 'POLRES-JEMBER');
    assert.ok(vehicle, items.text.slice(0, 300));
    const others = await get(ops, '/api/v1/items?vehicles=false&limit=50');
    vest = others.json.items.find((i) => i.unit === 'POLRES-JEMBER' && !i.vehicle);
    assert.ok(vest, others.text.slice(0, 300));
    const tps = await get(ttu, '/api/v1/tps?limit=1');
    ttuPoint = { lat: tps.json.items[0].lat, lon: tps.json.items[0].lon };
  });
  after(async () => {
    await srv?.stop();
  });

  let plan;

  it('POST /patrol-plans creates a draft: needs expand across midnight, windows as HH:MM and UTC instants', async () => {
    const r = await post(ops, '/api/v1/patrol-plans', planBody());
    assert.equal(r.status, 201, r.text);
    plan = r.json;
    assert.equal(r.headers.get('location'), `/api/v1/patrol-plans/${plan.id}`);
    assert.equal(plan.status, 'draf');
    assert.equal(plan.unit_id, jember.id);
    assert.equal(plan.unit_name, 'Polres Jember');
    assert.equal(plan.kind_label_en, 'Joint patrol (three pillars)');
    assert.equal(plan.zone, 'WIB');
    assert.equal(plan.shift_start_at, at('20:00'));
    assert.equal(plan.shift_end_at, at('06:00', true));
    assert.equal(plan.depot.unit_id, jember.id);
    assert.equal(plan.depot.name, 'Polres Jember');
    assert.equal(plan.solved_at, null);
    assert.equal(plan.teams.length, 2);
    assert.equal(plan.teams[0].call_sign, cars[0].call_sign);
    assert.equal(plan.teams[0].vehicle_item_id, vehicle.id);
    assert.match(plan.teams[0].vehicle_label, /3509-/);
    assert.equal(plan.teams[0].route, null);
    // 3 typed stops + the warehouse at 22:00 and 02:00 (06:00 is the end, not included).
    assert.equal(plan.stops.length, 5);
    const [k, b, simpang, w1, w2] = plan.stops;
    assert.equal(k.name, kpu.name);
    assert.equal(k.window_open, '21:00');
    assert.equal(k.window_open_at, at('21:00'));
    assert.equal(k.window_close_at, at('23:00'));
    assert.equal(k.priority, 5);
    assert.equal(b.window_close_at, at('02:00', true), 'a time before the shift start is the next day');
    assert.equal(b.priority, 3, 'priority defaults to 3');
    assert.equal(simpang.name, 'Simpang Mangli');
    assert.equal(simpang.object_id, null);
    assert.deepEqual([w1.object_id, w1.window_open_at, w1.window_close_at], [warehouse.id, at('22:00'), at('23:00')]);
    assert.deepEqual([w2.window_open_at, w2.window_close_at, w2.window_open], [at('02:00', true), at('03:00', true), '02:00']);
    assert.ok(w1.need_id && w1.need_id === w2.need_id);
    assert.equal(w1.service_minutes, 15);
    for (const s of plan.stops) {
      assert.equal(s.status, 'menunggu');
      assert.equal(s.team_id, null);
      assert.match(s.window_open_at, ISO_UTC);
    }
    assert.deepEqual(plan.unserved, []);
    assert.deepEqual(plan.compliance, { total: 5, selesai: 0, terlambat: 0, terlewat: 0, menunggu: 5 });
  });

  it('POST /patrol-plans/{id}/solve routes every stop inside its window', async () => {
    const r = await post(ops, `/api/v1/patrol-plans/${plan.id}/solve`, { seconds: 0.5 });
    assert.equal(r.status, 200, r.text);
    const solved = r.json;
    assert.equal(solved.status, 'direncanakan');
    assert.match(solved.solved_at, ISO_UTC);
    assert.deepEqual(solved.unserved, []);
    assert.ok(solved.cost_s > 0 && solved.distance_m > 0, r.text.slice(0, 300));
    const routed = new Set();
    for (const team of solved.teams) {
      if (!team.route) continue;
      assert.ok(team.route.departure_at >= solved.shift_start_at);
      assert.ok(team.route.return_at <= solved.shift_end_at);
      let last = team.route.departure_at;
      team.route.stop_ids.forEach((id, i) => {
        const stop = solved.stops.find((s) => s.id === id);
        assert.equal(stop.team_id, team.id);
        assert.equal(stop.route_order, i + 1);
        assert.ok(stop.planned_start_at >= stop.window_open_at, `${stop.name} starts in its window`);
        assert.ok(stop.planned_start_at <= stop.window_close_at, `${stop.name} starts in its window`);
        assert.ok(stop.planned_arrival_at >= last);
        last = stop.planned_start_at;
        routed.add(id);
      });
    }
    assert.equal(routed.size, solved.stops.length);
    for (const s of solved.stops) assert.equal(s.unserved_reason, null);
    plan = solved;
  });

  it('GET /patrol-plans/{id} and the list show the solved plan; re-solving replaces the routes', async () => {
    const r = await get(kapolsek, `/api/v1/patrol-plans/${plan.id}`);
    assert.equal(r.status, 404, 'a Polsek does not see its Polres plan');
    const g = await get(ops, `/api/v1/patrol-plans/${plan.id}`);
    assert.equal(g.status, 200, g.text);
    assert.deepEqual(g.json.teams, plan.teams);
    const list = await get(ops, `/api/v1/patrol-plans?unit_id=${jember.id}&date=${DATE}`);
    assert.equal(list.status, 200, list.text);
    const line = list.json.items.find((p) => p.id === plan.id);
    assert.equal(line.status, 'direncanakan');
    assert.equal(line.stops, 5);
    assert.equal(line.teams, 2);
    assert.equal(line.unserved, 0);
    assert.equal(line.compliance.menunggu, 5);
    const otherDay = await get(ops, `/api/v1/patrol-plans?unit_id=${jember.id}&date=2024-11-27`);
    assert.ok(!otherDay.json.items.some((p) => p.id === plan.id));
    const again = await post(ops, `/api/v1/patrol-plans/${plan.id}/solve`, {});
    assert.equal(again.status, 200, again.text);
    assert.equal(again.json.stops.filter((s) => s.team_id !== null).length, 5);
  });

  it('GET /patrol-plans/{id}/teams/{team_id}/route: the team\'s stops in order, for the phone', async () => {
    const team = plan.teams.find((t) => t.route);
    const r = await get(ops, `/api/v1/patrol-plans/${plan.id}/teams/${team.id}/route`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.plan.id, plan.id);
    assert.equal(r.json.plan.zone, 'WIB');
    assert.equal(r.json.team.id, team.id);
    assert.equal(r.json.depot.name, 'Polres Jember');
    assert.deepEqual(r.json.stops.map((s) => s.id), team.route.stop_ids);
    const unknown = await get(ops, `/api/v1/patrol-plans/${plan.id}/teams/999999/route`);
    assert.equal(unknown.status, 404, unknown.text);
  });

  it('bad input: 422 naming the field, nothing stored', async () => {
    const before = await plansStored();
    const stop = (extra) => ({ object_id: kpu.id, window_open: '21:00', window_close: '23:00', ...extra });
    const cases = [
      [{ kind: 'razia' }, 'kind'],
      [{ kind: undefined }, 'kind'],
      [{ date: '26-11-2024' }, 'date'],
      [{ shift_start: '25:00' }, 'shift_start'],
      [{ shift_end: '6' }, 'shift_end'],
      [{ teams: [] }, 'teams'],
      [{ teams: [{ field_unit_id: ttuCar.id }] }, 'teams[0].field_unit_id'],
      [{ teams: [{ field_unit_id: 999999 }] }, 'teams[0].field_unit_id'],
      [{ teams: [{ field_unit_id: cars[0].id }, { field_unit_id: cars[0].id }] }, 'teams[1].field_unit_id'],
      [{ teams: [{ field_unit_id: cars[0].id, vehicle_item_id: vest.id }] }, 'teams[0].vehicle_item_id'],
      [{ teams: [{ field_unit_id: cars[0].id, profile: 'kapal' }] }, 'teams[0].profile'],
      [{ teams: [{ field_unit_id: cars[0].id, crew: [{}] }] }, 'teams[0].crew[0]'],
      [{ teams: [{ field_unit_id: cars[0].id, crew: [{ personnel_id: 999999 }] }] }, 'teams[0].crew[0].personnel_id'],
      [{ teams: [{ field_unit_id: 'satu' }] }, 'teams[0].field_unit_id'],
      [{ stops: [stop(), stop({ window_open: '23:00', window_close: '21:00' })] }, 'stops[1].window_close'],
      [{ stops: [stop({ window_open: '21:00', window_close: '21:10', service_minutes: 15 })] }, 'stops[0].service_minutes'],
      [{ stops: [stop({ window_open: '9:00' })] }, 'stops[0].window_open'],
      [{ stops: [{ name: 'Luar wilayah', position: ttuPoint, window_open: '21:00', window_close: '23:00' }] }, 'stops[0].position'],
      [{ stops: [{ name: 'Laut', position: { lat: -8.6, lon: 113.6 }, window_open: '21:00', window_close: '23:00' }] }, 'stops[0].position'],
      [{ stops: [{ name: 'Tanpa posisi', window_open: '21:00', window_close: '23:00' }] }, 'stops[0].position'],
      [{ stops: [stop({ tps_id: 1 })] }, 'stops[0]'],
      [{ stops: [stop({ priority: 9 })] }, 'stops[0].priority'],
      [{ stops: [stop({ demand: -1 })] }, 'stops[0].demand'],
      [{ stops: [stop({ object_id: 999999 })] }, 'stops[0].object_id'],
      [{ stops: [stop({ position: 'di sini' })] }, 'stops[0].position'],
      [{ teams: [{ field_unit_id: cars[0].id, capacity: 10 }], stops: [stop({ demand: 11 })] }, 'stops[0].demand'],
      [{ needs: [{ object_id: warehouse.id, every_minutes: 5, from: '22:00', to: '06:00' }] }, 'needs[0].every_minutes'],
      [{ needs: [{ object_id: warehouse.id, every_minutes: 240, from: '22:00', to: '06:00', window_minutes: 10, service_minutes: 15 }] }, 'needs[0].service_minutes'],
      [{ chain: { leg: 'gudang_ppk' } }, 'chain'],
      [{ depot_unit_id: 1 }, 'depot_unit_id'],
      [{ stops: [], needs: [] }, 'stops'],
    ];
    for (const [extra, field] of cases) {
      const r = await post(ops, '/api/v1/patrol-plans', planBody(extra));
      assertError(r, 422, field);
    }
    assert.equal(await plansStored(), before, 'nothing stored');
  });

  it('a plan the fleet cannot fully serve is answered 200 with each left stop and its reason', async () => {
    const far = await get(ops, '/api/v1/objects?kind=ppk&limit=100');
    const silo = far.json.items.find((o) => o.name === 'PPK Silo'); // ~35 km from the Polres
    const created = await post(ops, '/api/v1/patrol-plans', planBody({
      teams: [{ field_unit_id: cars[0].id, profile: 'mobil' }],
      needs: [],
      stops: [
        // Three stops at once, 10 minutes each, kilometres apart: one car serves one.
        { object_id: kpu.id, window_open: '21:00', window_close: '21:05', service_minutes: 5, priority: 5 },
        { object_id: bawaslu.id, window_open: '21:00', window_close: '21:05', service_minutes: 5, priority: 2 },
        { name: 'Simpang Mangli', position: { lat: -8.1655, lon: 113.672 }, window_open: '21:00', window_close: '21:05', service_minutes: 5, priority: 1 },
        // Can never be reached at 20:00 from the Polres.
        { object_id: silo.id, window_open: '20:00', window_close: '20:05', service_minutes: 5, priority: 5 },
      ],
    }));
    assert.equal(created.status, 201, created.text);
    const r = await post(ops, `/api/v1/patrol-plans/${created.json.id}/solve`, { seconds: 0.3 });
    assert.equal(r.status, 200, r.text);
    const reasons = Object.fromEntries(r.json.unserved.map((u) => [r.json.stops.find((s) => s.id === u.stop_id).name, u.reason]));
    assert.equal(reasons[silo.name], 'window_unreachable', r.text.slice(0, 2000));
    assert.equal(reasons['Simpang Mangli'], 'fleet_too_small', JSON.stringify(reasons));
    assert.equal(reasons[bawaslu.name], 'fleet_too_small', JSON.stringify(reasons));
    assert.equal(reasons[kpu.name], undefined, 'the highest priority is served');
    for (const u of r.json.unserved) {
      assert.ok(u.label && u.label_en, JSON.stringify(u));
      const s = r.json.stops.find((x) => x.id === u.stop_id);
      assert.equal(s.unserved_reason, u.reason);
      assert.equal(s.team_id, null);
    }
  });

  it('escort chain gudang_ppk: depot the KPU warehouse, stops the PPK, boxes per TPS behind each', async () => {
    const r = await post(ops, '/api/v1/patrol-plans', {
      unit_id: jember.id,
      kind: 'pengawalan_logistik',
      name: 'Distribusi logistik ke PPK',
      date: DATE,
      shift_start: '05:00',
      shift_end: '20:00',
      teams: cars.slice(0, 2).map((c) => ({ field_unit_id: c.id, profile: 'mobil', capacity: 100000 })),
      chain: { direction: 'berangkat', leg: 'gudang_ppk', boxes_per_tps: 2 },
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.depot.name, warehouse.name);
    assert.deepEqual(r.json.depot.position, { lat: warehouse.lat, lon: warehouse.lon });
    const ppk = await get(ops, '/api/v1/objects?kind=ppk&limit=100');
    const jemberPpk = ppk.json.items.filter((o) => o.desa_code.startsWith('35.09.'));
    assert.equal(r.json.stops.length, jemberPpk.length);
    const first = r.json.stops[0];
    const kec = jemberPpk.find((o) => o.id === first.object_id).desa_code.slice(0, 8);
    const tps = await get(ops, `/api/v1/tps?region=${kec}&limit=1`);
    assert.equal(tps.status, 200, tps.text);
    assert.ok(tps.json.total > 0, tps.text);
    assert.equal(first.demand, 2 * tps.json.total);
    for (const s of r.json.stops) {
      assert.equal(s.window_open, '06:00', 'no night deliveries');
      assert.equal(s.window_close, '18:00');
    }
    const small = await post(ops, '/api/v1/patrol-plans', {
      unit_id: jember.id, kind: 'pengawalan_logistik', date: DATE, shift_start: '05:00', shift_end: '20:00',
      teams: [{ field_unit_id: cars[0].id, capacity: 1 }],
      chain: { leg: 'gudang_ppk', boxes_per_tps: 2 },
    });
    assertError(small, 422, 'chain.boxes_per_tps');
    const noFrom = await post(ops, '/api/v1/patrol-plans', {
      unit_id: jember.id, kind: 'pengawalan_logistik', date: DATE, shift_start: '05:00', shift_end: '20:00',
      teams: [{ field_unit_id: cars[0].id }], chain: { leg: 'ppk_pps' },
    });
    assertError(noFrom, 422, 'chain.from_object_id');
  });

  it('territory and permissions: TTU neither sees nor plans Jember; an officer reads but does not plan', async () => {
    for (const path of [`/api/v1/patrol-plans/${plan.id}`, `/api/v1/patrol-plans/${plan.id}/teams/${plan.teams[0].id}/route`]) {
      const r = await get(ttu, path);
      assert.equal(r.status, 404, `${path} ${r.text}`);
    }
    assertError(await post(ttu, `/api/v1/patrol-plans/${plan.id}/solve`, {}), 404);
    const list = await get(ttu, '/api/v1/patrol-plans');
    assert.equal(list.status, 200, list.text);
    assert.ok(!list.json.items.some((p) => p.unit_id === jember.id));
    const before = await plansStored();
    assertError(await post(ttu, '/api/v1/patrol-plans', planBody()), 404);
    assertError(await post(officer, '/api/v1/patrol-plans', planBody()), 403);
    assertError(await post(officer, `/api/v1/patrol-plans/${plan.id}/solve`, {}), 403);
    assert.equal(await plansStored(), before);
    assert.equal((await get(null, '/api/v1/patrol-plans')).status, 401);
  });

  it('a Polsek team in its Polres plan sees its own route; the Kapolsek plans for the Polsek', async () => {
    const fu = await get(admin, '/api/v1/field-units');
    const kaliCar = fu.json.items.find((u) => u.unit_id === kaliwates.id && u.kind === 'mobil_patroli');
    const created = await post(ops, '/api/v1/patrol-plans', planBody({ teams: [{ field_unit_id: kaliCar.id }], needs: [] }));
    assert.equal(created.status, 201, created.text);
    const team = created.json.teams[0];
    const route = await get(officer, `/api/v1/patrol-plans/${created.json.id}/teams/${team.id}/route`);
    assert.equal(route.status, 200, route.text);
    assert.equal(route.json.team.call_sign, kaliCar.call_sign);
    // The officer finds that route among the day's teams of his Polsek's units,
    // and not the Polres teams.
    const teams = await get(officer, `/api/v1/patrol-teams?date=${DATE}`);
    assert.equal(teams.status, 200, teams.text);
    const listed = teams.json.items.filter((t) => t.plan_id === created.json.id);
    assert.deepEqual(listed.map((t) => [t.team_id, t.call_sign]), [[team.id, kaliCar.call_sign]]);
    assert.ok(teams.json.items.every((t) => t.field_unit_id !== cars[0].id), teams.text);
    assert.equal(listed[0].zone, 'WIB');
    assert.equal(listed[0].compliance.total, route.json.stops.length);
    const opsTeams = await get(ops, `/api/v1/patrol-teams?date=${DATE}`);
    assert.ok(opsTeams.json.items.some((t) => t.field_unit_id === cars[0].id), opsTeams.text);
    assert.equal((await get(ttu, `/api/v1/patrol-teams?date=${DATE}`)).json.items.length, 0);
    assertError(await get(officer, '/api/v1/patrol-teams?date=26-11-2024'), 422, 'date');
    const own = await post(kapolsek, '/api/v1/patrol-plans', planBody({
      unit_id: kaliwates.id, teams: [{ field_unit_id: kaliCar.id }], needs: [], stops: [planBody().stops[0]],
    }));
    assert.equal(own.status, 201, own.text);
    assert.equal(own.json.depot.name, kaliwates.name);
    const foreign = await post(kapolsek, '/api/v1/patrol-plans', planBody({ unit_id: kaliwates.id, teams: [{ field_unit_id: cars[0].id }] }));
    assertError(foreign, 422, 'teams[0].field_unit_id');
    const mine = await get(kapolsek, '/api/v1/patrol-plans');
    assert.deepEqual(mine.json.items.map((p) => p.id), [own.json.id]);
  });

  it('Idempotency-Key: a retried create answers the first plan', async () => {
    const headers = { 'Idempotency-Key': 'patrol-retry-1' };
    const first = await post(ops, '/api/v1/patrol-plans', planBody(), headers);
    assert.equal(first.status, 201, first.text);
    const again = await post(ops, '/api/v1/patrol-plans', planBody(), headers);
    assert.equal(again.status, 200, again.text);
    assert.equal(again.json.id, first.json.id);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
  });
});
