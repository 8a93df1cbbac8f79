// Readiness (kesiapan): the personnel list and its desa binaan, the readiness
// figures of a Polres and its Polsek against a direct count of the demo's
// people, kit and vehicles, the function filter, territory, and what changes
// the figures (fuel, absences) or is refused (fuel out of range, roster
// imports with duplicate NRP or a holder of another Polres, a handover across
// Polres).
//
// One demo server for the whole file: the read-only checks run first, then
// the ones that change Jember's data.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, allPages, api, loginAs, startServer } from './harness.mjs';

const REGENCY = '35.09';
const POLRES = 'POLRES-JEMBER';
const KALIWATES = 'POLSEK-35.09.19';
const SILO = 'POLSEK-35.09.30';
const MIN_FUEL = 25;

function assertError(r, status, code, field) {
  assert.equal(r.status, status, r.text);
  assert.equal(r.json?.error?.code, code, r.text);
  if (field !== undefined) assert.equal(r.json.error.field, field, r.text);
}

const key = (m) => (m.kind === null ? m.reason : `${m.reason}:${m.kind}`);

// reason or reason:kind -> count, checking the shape of every entry.
function missingMap(u) {
  const out = {};
  for (const m of u.missing) {
    assert.deepEqual(Object.keys(m).sort(), ['count', 'kind', 'label', 'label_en', 'reason']);
    assert.ok(Number.isInteger(m.count) && m.count > 0, JSON.stringify(m));
    assert.ok(m.label.length > 0 && m.label_en.length > 0);
    const perKind = m.reason === 'item_missing' || m.reason === 'item_broken';
    assert.equal(typeof m.kind, perKind ? 'string' : 'object', JSON.stringify(m));
    assert.ok(!(key(m) in out), `${key(m)} listed twice`);
    out[key(m)] = m.count;
  }
  for (let i = 1; i < u.missing.length; i++) assert.ok(u.missing[i - 1].count >= u.missing[i].count, 'most first');
  return out;
}

// The figures of one unit's JSON: readiness in [0, 1] and the formula.
function checkFigures(u) {
  for (const f of ['people', 'people_ready', 'vehicles', 'vehicles_fit']) assert.ok(Number.isInteger(u[f]) && u[f] >= 0, `${f} ${u[f]}`);
  assert.ok(u.people_ready <= u.people && u.vehicles_fit <= u.vehicles);
  assert.ok(u.readiness >= 0 && u.readiness <= 1, `readiness ${u.readiness}`);
  const all = u.people + u.vehicles;
  const exact = all === 0 ? 0 : (u.people_ready + u.vehicles_fit) / all;
  assert.ok(Math.abs(u.readiness - exact) <= 0.00005 + 1e-12, `${u.unit.code}: ${u.readiness} vs ${exact}`);
}

const figures = (u) => ({ people: u.people, people_ready: u.people_ready, vehicles: u.vehicles, vehicles_fit: u.vehicles_fit });

describe(`${DB_LABEL} readiness`, () => {
  let srv;
  let admin;
  let ren;
  let ops;
  let ttu;
  let kapolsek;
  let partner;
  let officer;
  let officerSilo;
  let kinds; // equipment kinds
  let people; // every person of Jember, as the demo starts
  let items; // every item owned by a Jember unit, as the demo starts
  let ttuPerson;

  before(async () => {
    srv = await startServer();
    [admin, ren, ops, ttu, kapolsek, partner, officer, officerSilo] = await Promise.all(
      ['admin', 'jember.ren', 'jember.ops', 'ttu.ops', 'jember.kapolsek.kaliwates', 'jember.partner', 'jember.officer', 'jember.officer.silo'].map((u) =>
        loginAs(srv.base, u),
      ),
    );
    kinds = (await get(admin, '/api/v1/equipment-kinds')).items;
    people = (await allPages(srv.base, admin, `/api/v1/personnel?regency=${REGENCY}&limit=1000`)).items;
    items = (await allPages(srv.base, admin, `/api/v1/items?region=${REGENCY}&limit=1000`)).items;
    ttuPerson = (await get(admin, '/api/v1/personnel?regency=53.03&limit=1')).items[0];
  });
  after(async () => {
    await srv?.stop();
  });

  async function get(token, urlPath) {
    const r = await api(srv.base, token, 'GET', urlPath);
    assert.equal(r.status, 200, `GET ${urlPath}: ${r.text}`);
    return r.json;
  }
  const readiness = (token, unit, query = '') => get(token, `/api/v1/readiness/${unit}${query}`);
  const importCsv = (kind, body, token = admin) =>
    api(srv.base, token, 'POST', `/api/v1/import/${kind}`, body, { 'Content-Type': 'text/csv' });
  const total = async (urlPath) => (await get(admin, urlPath)).total;

  // The demo's figures counted directly from the lists: per unit code, people,
  // ready people, vehicles, fit vehicles and the reasons (no absences and no
  // parade in the demo as it starts).
  function directCount(onlyFunction = null) {
    const held = new Map(); // person id -> kind -> items
    for (const i of items) {
      if (i.holder_id === null || i.vehicle) continue;
      if (!held.has(i.holder_id)) held.set(i.holder_id, new Map());
      const byKind = held.get(i.holder_id);
      if (!byKind.has(i.kind)) byKind.set(i.kind, []);
      byKind.get(i.kind).push(i);
    }
    const units = new Map();
    const unit = (code) => {
      if (!units.has(code)) units.set(code, { people: 0, people_ready: 0, vehicles: 0, vehicles_fit: 0, missing: {} });
      return units.get(code);
    };
    const bump = (t, k) => (t.missing[k] = (t.missing[k] ?? 0) + 1);
    const ready = new Set();
    for (const p of people) {
      if (onlyFunction && p.function !== onlyFunction) continue;
      const t = unit(p.unit);
      t.people++;
      let ok = true;
      for (const k of kinds) {
        if (!k.required_for.includes(p.function)) continue;
        // A lost item is not held; one usable item of the kind is enough.
        const mine = (held.get(p.id)?.get(k.code) ?? []).filter((i) => i.condition !== 'hilang');
        if (mine.some((i) => i.usable)) continue;
        ok = false;
        bump(t, `${mine.length ? 'item_broken' : 'item_missing'}:${k.code}`);
      }
      if (ok) {
        t.people_ready++;
        ready.add(p.id);
      }
    }
    if (!onlyFunction) {
      for (const v of items) {
        if (!v.vehicle) continue;
        const t = unit(v.unit);
        t.vehicles++;
        if (!v.usable) bump(t, 'vehicle_unfit');
        else if (v.fuel_percent < MIN_FUEL) bump(t, 'fuel_low');
        else t.vehicles_fit++;
        assert.equal(v.fit, v.usable && v.fuel_percent >= MIN_FUEL, `${v.serial} fit`);
      }
    }
    const sum = { people: 0, people_ready: 0, vehicles: 0, vehicles_fit: 0, missing: {} };
    for (const t of units.values()) {
      for (const f of ['people', 'people_ready', 'vehicles', 'vehicles_fit']) sum[f] += t[f];
      for (const [k, n] of Object.entries(t.missing)) sum.missing[k] = (sum.missing[k] ?? 0) + n;
    }
    return { units, sum, ready };
  }

  describe('personnel', () => {
    it('GET /personnel?regency=35.09&function=bhabinkamtibmas: paged, each with desa_binaan', async () => {
      const first = await get(ren, `/api/v1/personnel?regency=${REGENCY}&function=bhabinkamtibmas&limit=50`);
      assert.deepEqual(Object.keys(first).sort(), ['items', 'next', 'total']);
      assert.equal(first.items.length, 50);
      assert.ok(first.total > 50, `total ${first.total}`);
      assert.equal(typeof first.next, 'string');
      const all = await allPages(srv.base, ren, `/api/v1/personnel?regency=${REGENCY}&function=bhabinkamtibmas&limit=50`);
      assert.equal(all.total, first.total);
      assert.equal(all.items.length, all.total);
      assert.equal(all.pages, Math.ceil(all.total / 50));
      assert.deepEqual(all.items.slice(0, 50).map((p) => p.id), first.items.map((p) => p.id));
      assert.equal(new Set(all.items.map((p) => p.id)).size, all.items.length, 'no person twice across pages');
      for (let i = 1; i < all.items.length; i++) assert.ok(all.items[i - 1].id < all.items[i].id, 'ids ascending');
      for (const p of all.items) {
        assert.equal(p.function, 'bhabinkamtibmas');
        assert.match(p.nrp, /^\d{8}$/);
        assert.ok(p.unit === POLRES || p.unit.startsWith('POLSEK-35.09.'), p.unit);
        assert.ok(Array.isArray(p.desa_binaan) && p.desa_binaan.length > 0, `${p.nrp} has no desa binaan`);
        for (const d of p.desa_binaan) {
          assert.match(d, /^35\.09\.\d{2}\.\d{4}$/, `${p.nrp} desa ${d}`);
          // A Polsek's Bhabinkamtibmas serves desa of its own kecamatan.
          if (p.unit.startsWith('POLSEK-')) assert.ok(d.startsWith(p.unit.slice('POLSEK-'.length) + '.'), `${p.nrp} of ${p.unit}: ${d}`);
        }
      }
      // Everyone of the function in the regency, as the full list says.
      assert.equal(all.total, people.filter((p) => p.function === 'bhabinkamtibmas').length);
      // The last page says so.
      const last = await get(ren, `/api/v1/personnel?regency=${REGENCY}&function=bhabinkamtibmas&limit=1000`);
      assert.equal(last.next, null);
      assertError(await api(srv.base, ren, 'GET', '/api/v1/personnel?function=kapolsek'), 400, 'bad_request', 'function');
      assertError(await api(srv.base, ren, 'GET', '/api/v1/personnel?limit=0'), 400, 'bad_request', 'limit');
      assertError(await api(srv.base, ren, 'GET', '/api/v1/personnel?limit=1001'), 400, 'bad_request', 'limit');
      assertError(await api(srv.base, ren, 'GET', '/api/v1/personnel?cursor=abc'), 400, 'bad_request', 'cursor');
    });

    it('every desa and kelurahan of 35.09 has exactly one Bhabinkamtibmas', async () => {
      const kecamatan = (await allPages(srv.base, admin, `/api/v1/regions?parent=${REGENCY}&limit=1000`)).items;
      assert.equal(kecamatan.length, 31);
      const desa = [];
      for (const k of kecamatan) {
        assert.equal(k.level, 'kecamatan');
        for (const d of (await allPages(srv.base, admin, `/api/v1/regions?parent=${k.code}&limit=1000`)).items) {
          assert.ok(['desa', 'kelurahan'].includes(d.level), `${d.code} ${d.level}`);
          desa.push(d.code);
        }
      }
      assert.ok(desa.length > 200, `${desa.length} desa`);
      const bhabin = (await allPages(srv.base, ren, `/api/v1/personnel?regency=${REGENCY}&function=bhabinkamtibmas&limit=1000`)).items;
      const servedBy = new Map();
      for (const p of bhabin) {
        for (const d of p.desa_binaan) servedBy.set(d, [...(servedBy.get(d) ?? []), p.nrp]);
      }
      for (const d of desa) assert.equal(servedBy.get(d)?.length, 1, `desa ${d} served by ${JSON.stringify(servedBy.get(d) ?? [])}`);
      assert.deepEqual([...servedBy.keys()].sort(), [...desa].sort(), 'no desa binaan outside the regency');
      // ?desa= finds that one person.
      const one = desa[desa.length >> 1];
      const found = await get(ren, `/api/v1/personnel?desa=${one}`);
      assert.equal(found.total, 1);
      assert.deepEqual(found.items.map((p) => p.nrp), servedBy.get(one));
    });
  });

  describe('figures', () => {
    it('GET /readiness/POLRES-JEMBER: formula, missing, children = the Polsek of Jember', async () => {
      const r = await readiness(ren, POLRES);
      assert.deepEqual(r.unit, { code: POLRES, name: 'Polres Jember', level: 'polres' });
      assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
      checkFigures(r);
      assert.ok(r.people > 0 && r.vehicles > 0);
      assert.ok(r.readiness > 0 && r.readiness < 1, `${r.readiness}`);
      const missing = missingMap(r);
      assert.ok(Object.keys(missing).length > 0);
      for (const k of Object.keys(missing)) {
        assert.ok(!['vehicle_unfit', 'fuel_low'].includes(k) || r.vehicles > 0);
      }
      const polsek = (await allPages(srv.base, admin, '/api/v1/units?level=polsek&limit=1000')).items.filter((u) => u.parent_code === POLRES);
      assert.equal(polsek.length, 31);
      assert.deepEqual(r.children.map((c) => c.unit.code).sort(), polsek.map((u) => u.code).sort());
      for (let i = 1; i < r.children.length; i++) assert.ok(r.children[i - 1].unit.name <= r.children[i].unit.name, 'children by name');
      for (const c of r.children) {
        assert.equal(c.unit.level, 'polsek');
        assert.equal(c.children, undefined);
        checkFigures(c);
        missingMap(c);
      }
    });

    it('the Polres figures are the sum over its Polsek plus the HQ’s own', async () => {
      const r = await readiness(ren, POLRES);
      const hqPeople = await total(`/api/v1/personnel?unit=${POLRES}&limit=1`);
      const hqVehicles = await total(`/api/v1/items?unit=${POLRES}&vehicles=true&limit=1`);
      assert.ok(hqPeople > 0 && hqVehicles > 0);
      const sum = (f) => r.children.reduce((n, c) => n + c[f], 0);
      assert.equal(r.people, sum('people') + hqPeople);
      assert.equal(r.vehicles, sum('vehicles') + hqVehicles);
      // Every reason of every Polsek is within the Polres count.
      const polres = missingMap(r);
      const fromChildren = {};
      for (const c of r.children) for (const [k, n] of Object.entries(missingMap(c))) fromChildren[k] = (fromChildren[k] ?? 0) + n;
      for (const [k, n] of Object.entries(fromChildren)) assert.ok(polres[k] >= n, `${k}: Polres ${polres[k]} < Polsek ${n}`);
      // A Polsek's own page shows the same figures as its row.
      const kaliwates = r.children.find((c) => c.unit.code === KALIWATES);
      const own = await readiness(ren, KALIWATES);
      assert.deepEqual(figures(own), figures(kaliwates));
      assert.deepEqual(own.children, []);
      // Polda Jawa Timur holds Jember only (no own people): the same figures.
      const polda = await readiness(admin, 'POLDA-JATIM');
      assert.deepEqual(figures(polda), figures(r));
      assert.deepEqual(polda.children.map((c) => c.unit.code), [POLRES]);
      const mabes = await readiness(admin, 'MABES');
      assert.equal(mabes.children.length, 4);
      for (const f of ['people', 'people_ready', 'vehicles', 'vehicles_fit']) {
        assert.equal(mabes[f], mabes.children.reduce((n, c) => n + c[f], 0), `Mabes ${f}`);
      }
    });

    it('every figure equals a direct count of the personnel and item lists', async () => {
      const r = await readiness(ren, POLRES);
      const { units, sum } = directCount();
      assert.equal(people.length, r.people);
      assert.deepEqual(figures(r), figures(sum));
      assert.deepEqual(missingMap(r), sum.missing);
      for (const c of r.children) {
        const t = units.get(c.unit.code) ?? { people: 0, people_ready: 0, vehicles: 0, vehicles_fit: 0, missing: {} };
        assert.deepEqual(figures(c), figures(t), c.unit.code);
        assert.deepEqual(missingMap(c), t.missing, c.unit.code);
      }
    });

    it('?function=bhabinkamtibmas counts only them and no vehicles', async () => {
      const r = await readiness(ren, POLRES, '?function=bhabinkamtibmas');
      checkFigures(r);
      assert.equal(r.people, await total(`/api/v1/personnel?regency=${REGENCY}&function=bhabinkamtibmas&limit=1`));
      assert.equal(r.vehicles, 0);
      assert.equal(r.vehicles_fit, 0);
      const { units, sum } = directCount('bhabinkamtibmas');
      assert.deepEqual(figures(r), figures(sum));
      const missing = missingMap(r);
      assert.deepEqual(missing, sum.missing);
      for (const k of Object.keys(missing)) assert.match(k, /^item_(missing|broken):(rompi_anti_sayat|senter|ht)$/);
      for (const c of r.children) assert.deepEqual(figures(c), figures(units.get(c.unit.code)), c.unit.code);
      const all = await readiness(ren, POLRES);
      assert.ok(r.people < all.people);
      assertError(await api(srv.base, ren, 'GET', `/api/v1/readiness/${POLRES}?function=kapolsek`), 400, 'bad_request', 'function');
    });

    it('territory: another Polres is 404, a Kapolsek sees their Polsek only, a partner is 403', async () => {
      assertError(await api(srv.base, ttu, 'GET', `/api/v1/readiness/${POLRES}`), 404, 'not_found');
      assertError(await api(srv.base, ttu, 'GET', `/api/v1/readiness/${KALIWATES}`), 404, 'not_found');
      assertError(await api(srv.base, ren, 'GET', '/api/v1/readiness/POLRES-TTU'), 404, 'not_found');
      assertError(await api(srv.base, ren, 'GET', '/api/v1/readiness/NOPE'), 404, 'not_found');
      const own = await readiness(kapolsek, KALIWATES);
      assert.equal(own.unit.code, KALIWATES);
      assert.deepEqual(own.children, []);
      checkFigures(own);
      assertError(await api(srv.base, kapolsek, 'GET', `/api/v1/readiness/${SILO}`), 404, 'not_found');
      assertError(await api(srv.base, kapolsek, 'GET', `/api/v1/readiness/${POLRES}`), 404, 'not_found');
      assertError(await api(srv.base, partner, 'GET', `/api/v1/readiness/${POLRES}`), 403, 'forbidden');
      assertError(await api(srv.base, partner, 'GET', `/api/v1/personnel?regency=${REGENCY}`), 403, 'forbidden');
      assertError(await api(srv.base, null, 'GET', `/api/v1/readiness/${POLRES}`), 401, 'unauthenticated');
      // The Kapolsek's personnel list is their Polsek's.
      const mine = await allPages(srv.base, kapolsek, '/api/v1/personnel?limit=1000');
      assert.ok(mine.total > 0);
      for (const p of mine.items) assert.equal(p.unit, KALIWATES);
      assert.equal(mine.total, people.filter((p) => p.unit === KALIWATES).length);
    });
  });

  describe('changes', () => {
    const vehiclesOf = async (unit) => (await allPages(srv.base, admin, `/api/v1/items?unit=${unit}&vehicles=true&limit=1000`)).items;

    it('PATCH /items/{id} fuel_percent 101: 422 at fuel_percent, nothing changed', async () => {
      const car = (await vehiclesOf(KALIWATES))[0];
      const before = await readiness(ren, POLRES);
      for (const fuel of [101, -1]) {
        assertError(await api(srv.base, ren, 'PATCH', `/api/v1/items/${car.id}`, { fuel_percent: fuel }), 422, 'invalid_input', 'fuel_percent');
      }
      assertError(await api(srv.base, ren, 'PATCH', `/api/v1/items/${car.id}`, { condition: 'hancur' }), 422, 'invalid_input', 'condition');
      const after = (await vehiclesOf(KALIWATES)).find((v) => v.id === car.id);
      assert.deepEqual(after, car);
      assert.deepEqual(figures(await readiness(ren, POLRES)), figures(before));
      // Ops reads but does not manage readiness; TTU cannot even see it.
      assertError(await api(srv.base, ops, 'PATCH', `/api/v1/items/${car.id}`, { fuel_percent: 50 }), 403, 'forbidden');
      assertError(await api(srv.base, ttu, 'PATCH', `/api/v1/items/${car.id}`, { fuel_percent: 50 }), 403, 'forbidden');
      assertError(await api(srv.base, ren, 'PATCH', '/api/v1/items/99999999', { fuel_percent: 50 }), 404, 'not_found');
    });

    it('a vehicle’s fuel set to 10 by jember.ren: one fit vehicle fewer, one more fuel_low', async () => {
      const car = (await vehiclesOf(KALIWATES)).find((v) => v.fit);
      assert.ok(car, 'a fit vehicle in Kaliwates');
      const before = await readiness(ren, POLRES);
      const r = await api(srv.base, ren, 'PATCH', `/api/v1/items/${car.id}`, { fuel_percent: 10 });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.fuel_percent, 10);
      assert.equal(r.json.fit, false);
      assert.equal(r.json.condition, car.condition);
      const after = await readiness(ren, POLRES);
      assert.equal(after.vehicles, before.vehicles);
      assert.equal(after.vehicles_fit, before.vehicles_fit - 1);
      assert.equal(after.people_ready, before.people_ready);
      assert.equal(missingMap(after).fuel_low, (missingMap(before).fuel_low ?? 0) + 1);
      checkFigures(after);
      const k0 = before.children.find((c) => c.unit.code === KALIWATES);
      const k1 = after.children.find((c) => c.unit.code === KALIWATES);
      assert.equal(k1.vehicles_fit, k0.vehicles_fit - 1);
      assert.equal((await readiness(admin, 'POLDA-JATIM')).vehicles_fit, before.vehicles_fit - 1);
    });

    it('an absence today (sakit) by jember.ren: one ready person fewer', async () => {
      const { ready } = directCount();
      // A ready Bhabinkamtibmas of Kaliwates whose kit is all usable, not the officer's own person.
      const me = await get(officer, '/api/v1/personnel/me');
      const person = people.find((p) => p.unit === KALIWATES && p.function === 'bhabinkamtibmas' && ready.has(p.id) && p.id !== me.id);
      assert.ok(person, 'a ready Bhabinkamtibmas in Kaliwates');
      const detail = await get(ren, `/api/v1/personnel/${person.id}`);
      assert.ok(detail.items.length >= 3 && detail.items.every((i) => i.usable));
      assert.deepEqual(detail.absences, []);
      const before = await readiness(ren, POLRES);
      const today = before.date;
      const bad = await api(srv.base, ren, 'POST', `/api/v1/personnel/${person.id}/absences`, { kind: 'libur', starts_on: today, ends_on: today });
      assertError(bad, 422, 'invalid_input', 'kind');
      assertError(
        await api(srv.base, ops, 'POST', `/api/v1/personnel/${person.id}/absences`, { kind: 'sakit', starts_on: today, ends_on: today }),
        403,
        'forbidden',
      );
      const r = await api(srv.base, ren, 'POST', `/api/v1/personnel/${person.id}/absences`, { kind: 'sakit', starts_on: today, ends_on: today });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.json.kind, 'sakit');
      assert.equal(r.json.starts_on, today);
      const after = await readiness(ren, POLRES);
      assert.equal(after.date, today);
      assert.equal(after.people, before.people);
      assert.equal(after.people_ready, before.people_ready - 1);
      assert.equal(missingMap(after).sakit, (missingMap(before).sakit ?? 0) + 1);
      const k1 = after.children.find((c) => c.unit.code === KALIWATES);
      const k0 = before.children.find((c) => c.unit.code === KALIWATES);
      assert.equal(k1.people_ready, k0.people_ready - 1);
      checkFigures(after);
      // And the person's record lists it.
      assert.deepEqual((await get(ren, `/api/v1/personnel/${person.id}`)).absences.map((a) => a.kind), ['sakit']);
      // An absence that ended yesterday changes nothing.
      const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      const other = people.find((p) => p.unit === KALIWATES && ready.has(p.id) && p.id !== person.id && p.id !== me.id);
      const past = await api(srv.base, ren, 'POST', `/api/v1/personnel/${other.id}/absences`, { kind: 'cuti', starts_on: '2024-01-01', ends_on: yesterday });
      assert.equal(past.status, 201, past.text);
      assert.deepEqual(figures(await readiness(ren, POLRES)), figures(after));
    });

    it('personnel import with a duplicate NRP (admin): 422 with line issues, nothing stored', async () => {
      const before = await total(`/api/v1/personnel?regency=${REGENCY}&limit=1`);
      const existing = people.find((p) => p.unit === KALIWATES);
      const header = 'nrp,name,rank,function,unit_code,phone,desa_binaan';
      const fresh = '99000001,Uji Coba,Bripda,samapta,POLSEK-35.09.19,,';
      // Already in the database.
      let r = await importCsv('personnel', [header, fresh, `${existing.nrp},Kembar,Bripda,staf,${KALIWATES},,`].join('\n') + '\n');
      assertError(r, 422, 'invalid_input');
      assert.deepEqual(r.json.issues.map((i) => [i.line, i.column]), [[3, 'nrp']]);
      assert.match(r.json.issues[0].message_en, new RegExp(existing.nrp));
      // Twice in the file.
      r = await importCsv('personnel', [header, fresh, '99000002,Dua,Bripda,staf,POLSEK-35.09.19,,', fresh.replace('Uji Coba', 'Uji Lagi')].join('\n') + '\n');
      assertError(r, 422, 'invalid_input');
      assert.deepEqual(r.json.issues.map((i) => [i.line, i.column]), [[4, 'nrp']]);
      assert.equal(await total(`/api/v1/personnel?regency=${REGENCY}&limit=1`), before, 'nothing stored');
      // Jember's Ren may not import into TTU; a Kapolsek may not import at all.
      r = await importCsv('personnel', [header, '99000003,Uji,Bripda,staf,POLRES-TTU,,'].join('\n') + '\n', ren);
      assertError(r, 422, 'invalid_input');
      assert.deepEqual(r.json.issues.map((i) => [i.line, i.column]), [[2, 'unit_code']]);
      assertError(await importCsv('personnel', [header, fresh].join('\n') + '\n', kapolsek), 403, 'forbidden');
      assert.equal(await total(`/api/v1/personnel?regency=${REGENCY}&limit=1`), before, 'nothing stored');
    });

    it('item import with a holder of another Polres: 422 at holder_nrp, nothing stored', async () => {
      const before = await total(`/api/v1/items?region=${REGENCY}&limit=1`);
      const jemberPerson = people.find((p) => p.unit === KALIWATES);
      const header = 'kind,serial,unit_code,holder_nrp,condition,plate,odometer_km,fuel_percent,service_date';
      const r = await importCsv(
        'items',
        [header, `ht,HT-UJI-0001,${KALIWATES},${jemberPerson.nrp},baik,,,,`, `ht,HT-UJI-0002,${KALIWATES},${ttuPerson.nrp},baik,,,,`].join('\n') + '\n',
      );
      assertError(r, 422, 'invalid_input');
      assert.deepEqual(r.json.issues.map((i) => [i.line, i.column]), [[3, 'holder_nrp']]);
      assert.equal(await total(`/api/v1/items?region=${REGENCY}&limit=1`), before, 'nothing stored');
      // Fuel 101 in a file is refused at its line too.
      const fuel = await importCsv('items', [header, `kendaraan_r2,R2-UJI-0001,${KALIWATES},,baik,P 9 UJI,,101,`].join('\n') + '\n', ren);
      assertError(fuel, 422, 'invalid_input');
      assert.deepEqual(fuel.json.issues.map((i) => [i.line, i.column]), [[2, 'fuel_percent']]);
      assert.equal(await total(`/api/v1/items?region=${REGENCY}&limit=1`), before, 'nothing stored');
    });

    it('handover of a Jember item to a TTU NRP: 422 at nrp, holder unchanged', async () => {
      const item = items.find((i) => !i.vehicle && i.unit === KALIWATES && i.holder_id !== null);
      for (const token of [ren, admin]) {
        assertError(await api(srv.base, token, 'POST', `/api/v1/items/${item.id}/handover`, { nrp: ttuPerson.nrp }), 422, 'invalid_input', 'nrp');
      }
      assertError(await api(srv.base, ren, 'POST', `/api/v1/items/${item.id}/handover`, { nrp: '99999999' }), 422, 'invalid_input', 'nrp');
      assertError(await api(srv.base, ren, 'POST', `/api/v1/items/${item.id}/handover`, {}), 400, 'bad_request', 'nrp');
      const now = (await allPages(srv.base, admin, `/api/v1/items?unit=${KALIWATES}&limit=1000`)).items.find((i) => i.id === item.id);
      assert.equal(now.holder_id, item.holder_id);
      assert.equal(now.holder_nrp, item.holder_nrp);
      const holder = await get(admin, `/api/v1/personnel/${item.holder_id}`);
      assert.ok(holder.items.some((i) => i.id === item.id));
      assert.deepEqual(holder.handovers, []);
    });

    it('handover within Jember: acknowledged by the receiving person’s own account only', async () => {
      const me = await get(officer, '/api/v1/personnel/me');
      assert.equal(me.unit, KALIWATES);
      assert.equal(me.function, 'bhabinkamtibmas');
      // A radio of another Polsek of Jember, held by someone else.
      const radio = items.find((i) => i.kind === 'ht' && i.unit === SILO && i.holder_id !== null && i.holder_id !== me.id);
      assert.ok(radio, 'a Silo radio');
      const r = await api(srv.base, ren, 'POST', `/api/v1/items/${radio.id}/handover`, { nrp: me.nrp });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.json.item_id, radio.id);
      assert.equal(r.json.person_id, me.id);
      assert.equal(r.json.acknowledged_at, null);
      const id = r.json.id;
      assertError(await api(srv.base, ren, 'POST', `/api/v1/handovers/${id}/acknowledge`), 404, 'not_found');
      assertError(await api(srv.base, officerSilo, 'POST', `/api/v1/handovers/${id}/acknowledge`), 404, 'not_found');
      const ack = await api(srv.base, officer, 'POST', `/api/v1/handovers/${id}/acknowledge`);
      assert.equal(ack.status, 200, ack.text);
      assert.equal(typeof ack.json.acknowledged_at, 'string');
      assertError(await api(srv.base, officer, 'POST', `/api/v1/handovers/${id}/acknowledge`), 409, 'conflict');
      const mine = await get(officer, '/api/v1/personnel/me');
      assert.ok(mine.items.some((i) => i.id === radio.id));
      assert.equal(mine.handovers.find((h) => h.id === id)?.acknowledged_at, ack.json.acknowledged_at);
    });
  });
});
