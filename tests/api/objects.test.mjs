// Strategic objects: list filters, create/read/update/delete, position and
// territory checks, role permissions, Idempotency-Key.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, allPages, api, demoRows, loginAs, startServer } from './harness.mjs';

const KINDS = ['kpu_office', 'kpu_warehouse', 'bawaslu_office', 'ppk', 'pps', 'candidate_post', 'crowd_point', 'vital_object', 'other'];
const OBJECT_FIELDS = ['desa_code', 'id', 'kind', 'kind_label', 'kind_label_en', 'lat', 'lon', 'name', 'notes', 'updated_at'];

// Positions of demo TPS: each lies inside its desa polygon.
const TPS = demoRows('tps.csv');
const at = (code) => {
  const t = TPS.find((x) => x.code === code);
  return { lat: Number(t.lat), lon: Number(t.lon), desa: t.desa_code };
};
const MANGLI = at('3509191001001'); // Kaliwates, Jember
const MANGLI_2 = at('3509191001002');
const SEMPUSARI = at('3509191002001'); // another Kaliwates desa
const SILO = at('3509302001001'); // Kec. Silo, Jember
const SINJAI = at('7307011001001'); // Sinjai
const JEMBER_OBJECTS = demoRows('objects.csv').filter((o) => o.desa_code.startsWith('35.09.'));

function assertError(r, status, code, field) {
  assert.equal(r.status, status, r.text);
  assert.equal(r.json?.error?.code, code, r.text);
  if (field !== undefined) assert.equal(r.json.error.field, field, r.text);
}

describe(`${DB_LABEL} objects`, () => {
  let srv;
  let ops;
  let binmas;
  let kapolsek;
  let admin;
  before(async () => {
    srv = await startServer();
    ops = await loginAs(srv.base, 'jember.ops');
    binmas = await loginAs(srv.base, 'jember.binmas');
    kapolsek = await loginAs(srv.base, 'jember.kapolsek.kaliwates');
    admin = await loginAs(srv.base, 'admin');
  });
  after(async () => {
    await srv?.stop();
  });

  const countNamed = async (token, name) => {
    const all = await allPages(srv.base, token, `/api/v1/objects?q=${encodeURIComponent(name)}&limit=1000`);
    return all.items.filter((o) => o.name === name).length;
  };

  it('GET /object-kinds lists the nine kinds with labels', async () => {
    const r = await api(srv.base, ops, 'GET', '/api/v1/object-kinds');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.items.map((k) => k.code), KINDS);
    for (const k of r.json.items) {
      assert.ok(k.label.length > 0 && k.label_en.length > 0);
    }
  });

  it('the list of a Jember user holds the 36 demo objects of Jember', async () => {
    const all = await allPages(srv.base, ops, '/api/v1/objects?limit=1000');
    assert.equal(all.total, JEMBER_OBJECTS.length);
    assert.equal(all.total, 36);
    assert.deepEqual(all.items.map((o) => o.name).sort(), JEMBER_OBJECTS.map((o) => o.name).sort());
    for (const o of all.items) assert.deepEqual(Object.keys(o).sort(), OBJECT_FIELDS);
  });

  it('list filters: kind, region, q (name contains), bbox', async () => {
    const ppk = await api(srv.base, ops, 'GET', '/api/v1/objects?kind=ppk&limit=1000');
    assert.equal(ppk.json.total, 31);
    assert.ok(ppk.json.items.every((o) => o.kind === 'ppk'));
    const kaliwates = await api(srv.base, ops, 'GET', '/api/v1/objects?region=35.09.19');
    assert.equal(kaliwates.json.total, JEMBER_OBJECTS.filter((o) => o.desa_code.startsWith('35.09.19.')).length);
    const kpu = await api(srv.base, ops, 'GET', '/api/v1/objects?q=KPU');
    assert.deepEqual(kpu.json.items.map((o) => o.name).sort(), ['Gudang Logistik KPU Kabupaten Jember', 'Kantor KPU Kabupaten Jember']);
    const [minLon, minLat, maxLon, maxLat] = [113.69, -8.18, 113.71, -8.16];
    const expected = JEMBER_OBJECTS.filter((o) => +o.lat >= minLat && +o.lat <= maxLat && +o.lon >= minLon && +o.lon <= maxLon);
    const box = await api(srv.base, ops, 'GET', `/api/v1/objects?bbox=${minLon},${minLat},${maxLon},${maxLat}`);
    assert.equal(box.status, 200);
    assert.deepEqual(box.json.items.map((o) => o.name).sort(), expected.map((o) => o.name).sort());
    assert.ok(expected.length >= 1);
  });

  it('POST creates an object (201, Location) with its desa derived from the position', async () => {
    const r = await api(srv.base, ops, 'POST', '/api/v1/objects', {
      kind: 'pps',
      name: 'Sekretariat PPS Mangli',
      lat: MANGLI.lat,
      lon: MANGLI.lon,
      notes: 'uji',
    });
    assert.equal(r.status, 201, r.text);
    const o = r.json;
    assert.deepEqual(Object.keys(o).sort(), OBJECT_FIELDS);
    assert.equal(typeof o.id, 'number');
    assert.equal(o.kind, 'pps');
    assert.equal(o.kind_label, 'Sekretariat PPS');
    assert.equal(o.kind_label_en, 'PPS (village committee)');
    assert.equal(o.name, 'Sekretariat PPS Mangli');
    assert.equal(o.lat, MANGLI.lat);
    assert.equal(o.lon, MANGLI.lon);
    assert.equal(o.desa_code, '35.09.19.1001');
    assert.equal(o.notes, 'uji');
    assert.ok(!Number.isNaN(Date.parse(o.updated_at)));
    assert.equal(r.headers.get('location'), `/api/v1/objects/${o.id}`);
    const g = await api(srv.base, ops, 'GET', `/api/v1/objects/${o.id}`);
    assert.equal(g.status, 200);
    assert.deepEqual(g.json, o);
    const list = await api(srv.base, ops, 'GET', '/api/v1/objects?q=PPS%20Mangli');
    assert.equal(list.json.total, 1);
    assert.equal(list.json.items[0].id, o.id);
  });

  it('every object kind can be created', async () => {
    for (const kind of KINDS) {
      const r = await api(srv.base, binmas, 'POST', '/api/v1/objects', { kind, name: `Jenis ${kind}`, lat: MANGLI_2.lat, lon: MANGLI_2.lon });
      assert.equal(r.status, 201, `${kind}: ${r.text}`);
      assert.equal(r.json.kind, kind);
      assert.equal(r.json.desa_code, MANGLI_2.desa);
    }
  });

  it('an unknown kind answers 422 naming kind', async () => {
    const r = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'castle', name: 'x', lat: MANGLI.lat, lon: MANGLI.lon });
    assertError(r, 422, 'invalid_input', 'kind');
  });

  it('a position outside the user territory answers 422 and stores nothing', async () => {
    const r = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'other', name: 'Titik Sinjai', lat: SINJAI.lat, lon: SINJAI.lon });
    assertError(r, 422, 'invalid_input');
    assert.equal(await countNamed(admin, 'Titik Sinjai'), 0);
  });

  it('a position in no desa answers 422', async () => {
    // In the Indian Ocean south of Jember: inside Indonesia's box, in no desa.
    const r = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'other', name: 'Titik Laut', lat: -9.0, lon: 113.5 });
    assertError(r, 422, 'invalid_input');
  });

  it('coordinates outside Indonesia answer 422 naming lat', async () => {
    const r = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'other', name: 'Luar', lat: 40, lon: 113.6 });
    assertError(r, 422, 'invalid_input', 'lat');
  });

  it('an explicit desa_code: unknown or outside the territory answers 422', async () => {
    const unknown = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'other', name: 'X', lat: MANGLI.lat, lon: MANGLI.lon, desa_code: '35.09.19.9999' });
    assertError(unknown, 422, 'invalid_input', 'desa_code');
    const outside = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'other', name: 'X', lat: SINJAI.lat, lon: SINJAI.lon, desa_code: '73.07.01.1001' });
    assertError(outside, 422, 'invalid_input');
    const matching = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'other', name: 'Dengan desa', lat: MANGLI.lat, lon: MANGLI.lon, desa_code: '35.09.19.1001' });
    assert.equal(matching.status, 201, matching.text);
    assert.equal(matching.json.desa_code, '35.09.19.1001');
  });

  it('a position in Sinjai cannot be smuggled in with a Jember desa_code (422)', async () => {
    const r = await api(srv.base, ops, 'POST', '/api/v1/objects', {
      kind: 'other',
      name: 'Titik Sinjai Berkedok',
      lat: SINJAI.lat,
      lon: SINJAI.lon,
      desa_code: '35.09.19.1001',
    });
    assertError(r, 422, 'invalid_input');
    assert.equal(await countNamed(admin, 'Titik Sinjai Berkedok'), 0);
  });

  it('a Polsek user writes only inside its kecamatan', async () => {
    const inside = await api(srv.base, kapolsek, 'POST', '/api/v1/objects', { kind: 'crowd_point', name: 'Pasar Mangli', lat: MANGLI.lat, lon: MANGLI.lon });
    assert.equal(inside.status, 201, inside.text);
    const silo = await api(srv.base, kapolsek, 'POST', '/api/v1/objects', { kind: 'crowd_point', name: 'Pasar Silo', lat: SILO.lat, lon: SILO.lon });
    assertError(silo, 422, 'invalid_input');
  });

  it('PATCH changes the given fields only; moving re-derives the desa', async () => {
    const c = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'candidate_post', name: 'Posko Paslon 1', lat: MANGLI.lat, lon: MANGLI.lon, notes: 'awal' });
    assert.equal(c.status, 201);
    const id = c.json.id;
    const p = await api(srv.base, ops, 'PATCH', `/api/v1/objects/${id}`, { name: 'Posko Paslon 1 (baru)' });
    assert.equal(p.status, 200, p.text);
    assert.equal(p.json.name, 'Posko Paslon 1 (baru)');
    assert.equal(p.json.kind, 'candidate_post');
    assert.equal(p.json.notes, 'awal');
    assert.equal(p.json.lat, MANGLI.lat);
    assert.equal(p.json.desa_code, '35.09.19.1001');
    const moved = await api(srv.base, ops, 'PATCH', `/api/v1/objects/${id}`, { lat: SEMPUSARI.lat, lon: SEMPUSARI.lon });
    assert.equal(moved.status, 200, moved.text);
    assert.equal(moved.json.desa_code, SEMPUSARI.desa);
    assert.equal(moved.json.name, 'Posko Paslon 1 (baru)');
    const g = await api(srv.base, ops, 'GET', `/api/v1/objects/${id}`);
    assert.deepEqual(g.json, moved.json);
  });

  it('PATCH out of the territory answers 422 and changes nothing', async () => {
    const c = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'vital_object', name: 'Gardu Induk', lat: MANGLI.lat, lon: MANGLI.lon });
    const id = c.json.id;
    assertError(await api(srv.base, ops, 'PATCH', `/api/v1/objects/${id}`, { lat: SINJAI.lat, lon: SINJAI.lon }), 422, 'invalid_input');
    assertError(await api(srv.base, ops, 'PATCH', `/api/v1/objects/${id}`, { desa_code: '73.07.01.1001' }), 422, 'invalid_input');
    assertError(await api(srv.base, ops, 'PATCH', `/api/v1/objects/${id}`, { kind: 'castle' }), 422, 'invalid_input', 'kind');
    assertError(await api(srv.base, ops, 'PATCH', `/api/v1/objects/${id}`, { name: '   ' }), 422, 'invalid_input', 'name');
    assertError(await api(srv.base, ops, 'PATCH', `/api/v1/objects/${id}`, { lat: 'south' }), 400, 'bad_request', 'lat');
    const g = await api(srv.base, ops, 'GET', `/api/v1/objects/${id}`);
    assert.deepEqual(g.json, c.json);
  });

  it('PATCH/GET/DELETE of an unknown id answer 404', async () => {
    assertError(await api(srv.base, ops, 'GET', '/api/v1/objects/987654'), 404, 'not_found');
    assertError(await api(srv.base, ops, 'PATCH', '/api/v1/objects/987654', { name: 'x' }), 404, 'not_found');
    assertError(await api(srv.base, ops, 'DELETE', '/api/v1/objects/987654'), 404, 'not_found');
  });

  it('DELETE answers 204; the object is gone', async () => {
    const c = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'other', name: 'Sementara', lat: MANGLI.lat, lon: MANGLI.lon });
    const id = c.json.id;
    const d = await api(srv.base, ops, 'DELETE', `/api/v1/objects/${id}`);
    assert.equal(d.status, 204, d.text);
    assert.equal(d.text, '');
    assertError(await api(srv.base, ops, 'GET', `/api/v1/objects/${id}`), 404, 'not_found');
    assertError(await api(srv.base, ops, 'DELETE', `/api/v1/objects/${id}`), 404, 'not_found');
    assert.equal(await countNamed(ops, 'Sementara'), 0);
  });

  it('roles without write permission get 403 on POST, PATCH and DELETE', async () => {
    const victim = (await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'other', name: 'Dijaga', lat: MANGLI.lat, lon: MANGLI.lon })).json;
    for (const user of ['jember.ren', 'jember.officer', 'jember.partner', 'jember.pimpinan']) {
      const t = await loginAs(srv.base, user);
      assertError(
        await api(srv.base, t, 'POST', '/api/v1/objects', { kind: 'other', name: `Oleh ${user}`, lat: MANGLI.lat, lon: MANGLI.lon }),
        403,
        'forbidden',
      );
      assertError(await api(srv.base, t, 'PATCH', `/api/v1/objects/${victim.id}`, { name: 'Diubah' }), 403, 'forbidden');
      assertError(await api(srv.base, t, 'DELETE', `/api/v1/objects/${victim.id}`), 403, 'forbidden');
      // Reading is allowed.
      assert.equal((await api(srv.base, t, 'GET', `/api/v1/objects/${victim.id}`)).status, 200);
      assert.equal(await countNamed(admin, `Oleh ${user}`), 0);
    }
    const g = await api(srv.base, ops, 'GET', `/api/v1/objects/${victim.id}`);
    assert.deepEqual(g.json, victim);
  });

  it('Idempotency-Key: the same key and body give the same object once', async () => {
    const body = { kind: 'ppk', name: 'PPK Idempoten', lat: MANGLI.lat, lon: MANGLI.lon };
    const headers = { 'Idempotency-Key': 'uji-idem-0001' };
    const a = await api(srv.base, ops, 'POST', '/api/v1/objects', body, headers);
    assert.equal(a.status, 201, a.text);
    const b = await api(srv.base, ops, 'POST', '/api/v1/objects', body, headers);
    assert.equal(b.status, 201, b.text);
    assert.equal(b.json.id, a.json.id);
    assert.deepEqual(b.json, a.json);
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
    assert.equal(b.headers.get('location'), `/api/v1/objects/${a.json.id}`);
    assert.equal(await countNamed(ops, 'PPK Idempoten'), 1, 'no duplicate in the list');
  });

  it('Idempotency-Key: the same key with a different body answers 409', async () => {
    const headers = { 'Idempotency-Key': 'uji-idem-0002' };
    const a = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'ppk', name: 'PPK Kunci A', lat: MANGLI.lat, lon: MANGLI.lon }, headers);
    assert.equal(a.status, 201);
    const b = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'ppk', name: 'PPK Kunci B', lat: MANGLI.lat, lon: MANGLI.lon }, headers);
    assertError(b, 409, 'conflict');
    assert.equal(await countNamed(ops, 'PPK Kunci B'), 0);
    assert.equal(await countNamed(ops, 'PPK Kunci A'), 1);
  });

  it('Idempotency-Key: concurrent identical requests create one object', async () => {
    const body = { kind: 'ppk', name: 'PPK Serentak', lat: MANGLI.lat, lon: MANGLI.lon };
    const rs = await Promise.all(
      Array.from({ length: 8 }, () => api(srv.base, ops, 'POST', '/api/v1/objects', body, { 'Idempotency-Key': 'uji-idem-serentak' })),
    );
    for (const r of rs) assert.equal(r.status, 201, r.text);
    assert.equal(new Set(rs.map((r) => r.json.id)).size, 1);
    assert.equal(await countNamed(ops, 'PPK Serentak'), 1);
  });

  it('Idempotency-Key belongs to the user: another user with the same key creates its own object', async () => {
    const body = { kind: 'ppk', name: 'PPK Kunci Bersama', lat: MANGLI.lat, lon: MANGLI.lon };
    const headers = { 'Idempotency-Key': 'uji-idem-0003' };
    const a = await api(srv.base, ops, 'POST', '/api/v1/objects', body, headers);
    const b = await api(srv.base, binmas, 'POST', '/api/v1/objects', body, headers);
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.notEqual(a.json.id, b.json.id);
    assert.equal(b.headers.get('idempotent-replayed'), null);
  });

  it('without Idempotency-Key two identical POSTs create two objects', async () => {
    const body = { kind: 'other', name: 'Tanpa Kunci', lat: MANGLI.lat, lon: MANGLI.lon };
    const a = await api(srv.base, ops, 'POST', '/api/v1/objects', body);
    const b = await api(srv.base, ops, 'POST', '/api/v1/objects', body);
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.notEqual(a.json.id, b.json.id);
    assert.equal(await countNamed(ops, 'Tanpa Kunci'), 2);
  });

  it('an Idempotency-Key over 200 characters answers 400', async () => {
    const r = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'other', name: 'Kunci Panjang', lat: MANGLI.lat, lon: MANGLI.lon }, { 'Idempotency-Key': 'k'.repeat(201) });
    assertError(r, 400, 'bad_request', 'Idempotency-Key');
  });
});
