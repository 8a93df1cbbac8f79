// Registry reads: TPS (paging, filters, GeoJSON), regions, units, and what
// each level of command sees (Polres, Polsek, Mabes).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, allPages, api, demoRows, loginAs, startServer } from './harness.mjs';

const TPS = demoRows('tps.csv');
const tpsIn = (prefix) => TPS.filter((t) => t.desa_code === prefix || t.desa_code.startsWith(prefix + '.'));

const TPS_FIELDS = ['address', 'class', 'code', 'desa_code', 'desa_name', 'id', 'lat', 'lon', 'number', 'score', 'voters'];
const CLASSES = ['kurang_rawan', 'rawan', 'sangat_rawan', 'khusus'];

function assertListShape(body) {
  assert.ok(Array.isArray(body.items), 'items is an array');
  assert.equal(typeof body.total, 'number');
  assert.ok(body.next === null || typeof body.next === 'string' || typeof body.next === 'number', `next: ${body.next}`);
}

describe(`${DB_LABEL} registry`, () => {
  let srv;
  let ops; // jember.ops, Polres Jember
  let kapolsek; // jember.kapolsek.kaliwates, Polsek Kaliwates (35.09.19)
  let admin;
  let unitIds; // code -> id, as seen by admin
  before(async () => {
    srv = await startServer();
    ops = await loginAs(srv.base, 'jember.ops');
    kapolsek = await loginAs(srv.base, 'jember.kapolsek.kaliwates');
    admin = await loginAs(srv.base, 'admin');
    const units = await allPages(srv.base, admin, '/api/v1/units?limit=1000');
    unitIds = Object.fromEntries(units.items.map((u) => [u.code, u.id]));
  });
  after(async () => {
    await srv?.stop();
  });

  it('demo data matches the files: 6627 TPS in all, 4046 in Jember', () => {
    assert.equal(TPS.length, 6627);
    assert.equal(tpsIn('35.09').length, 4046);
  });

  it('paging through /tps?regency=35.09&limit=1000 visits exactly total distinct ids (4046)', async () => {
    const first = await api(srv.base, ops, 'GET', '/api/v1/tps?regency=35.09&limit=1000');
    assert.equal(first.status, 200, first.text);
    assertListShape(first.json);
    assert.equal(first.json.total, 4046);
    assert.equal(first.json.items.length, 1000);
    assert.notEqual(first.json.next, null);

    const seen = new Set();
    let cursor = null;
    let pages = 0;
    let lastId = -Infinity;
    for (;;) {
      const q = '/api/v1/tps?regency=35.09&limit=1000' + (cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`);
      const r = await api(srv.base, ops, 'GET', q);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.total, 4046, 'total is the same on every page');
      pages++;
      for (const t of r.json.items) {
        assert.ok(!seen.has(t.id), `id ${t.id} seen twice`);
        assert.ok(t.id > lastId, 'ids ascend across pages');
        lastId = t.id;
        seen.add(t.id);
        assert.ok(t.desa_code.startsWith('35.09.'), t.desa_code);
      }
      if (r.json.next === null) {
        assert.ok(r.json.items.length <= 1000);
        break;
      }
      assert.equal(r.json.items.length, 1000, 'a page followed by another is full');
      cursor = r.json.next;
      assert.ok(pages < 10, 'paging ends');
    }
    assert.equal(pages, 5);
    assert.equal(seen.size, 4046);
  });

  it('the default page size is 100 and next is the cursor of the following page', async () => {
    const a = await api(srv.base, ops, 'GET', '/api/v1/tps?regency=35.09');
    assert.equal(a.status, 200);
    assert.equal(a.json.items.length, 100);
    assert.equal(a.json.total, 4046);
    const b = await api(srv.base, ops, 'GET', `/api/v1/tps?regency=35.09&cursor=${a.json.next}&limit=1`);
    assert.equal(b.json.items.length, 1);
    assert.ok(b.json.items[0].id > a.json.items[99].id);
    const both = await api(srv.base, ops, 'GET', '/api/v1/tps?regency=35.09&limit=101');
    assert.equal(both.json.items[100].id, b.json.items[0].id, 'the cursor continues exactly after the previous page');
  });

  it('limit=1 pages one by one; a cursor past the end gives an empty last page', async () => {
    const a = await api(srv.base, ops, 'GET', '/api/v1/tps?region=35.09.19.1001&limit=1');
    assert.equal(a.json.items.length, 1);
    assert.equal(a.json.total, 26);
    const all = await allPages(srv.base, ops, '/api/v1/tps?region=35.09.19.1001&limit=1');
    assert.equal(all.pages, 26);
    assert.equal(new Set(all.items.map((t) => t.id)).size, 26);
    const end = await api(srv.base, ops, 'GET', '/api/v1/tps?region=35.09.19.1001&cursor=999999999');
    assert.equal(end.status, 200);
    assert.deepEqual(end.json.items, []);
    assert.equal(end.json.next, null);
    assert.equal(end.json.total, 26);
  });

  it('TPS rows carry the fields and values of the demo file', async () => {
    const r = await api(srv.base, ops, 'GET', '/api/v1/tps?q=3509191001001');
    assert.equal(r.status, 200);
    assert.equal(r.json.total, 1);
    const t = r.json.items[0];
    assert.deepEqual(Object.keys(t).sort(), TPS_FIELDS);
    const row = TPS.find((x) => x.code === '3509191001001');
    assert.equal(t.code, row.code);
    assert.equal(t.number, Number(row.number));
    assert.equal(t.desa_code, row.desa_code);
    assert.equal(t.desa_name, 'Mangli');
    assert.equal(t.lat, Number(row.lat));
    assert.equal(t.lon, Number(row.lon));
    assert.equal(t.voters, Number(row.voters));
    assert.equal(t.address, row.address);
    // The demo loads vulnerability observations: every TPS is scored.
    assert.ok(CLASSES.includes(t.class), `class ${t.class}`);
    assert.ok(typeof t.score === 'number' && t.score >= 0 && t.score <= 100, `score ${t.score}`);

    const byId = await api(srv.base, ops, 'GET', `/api/v1/tps/${t.id}`);
    assert.equal(byId.status, 200);
    assert.deepEqual(byId.json, t);
  });

  it('GET /tps/{id} of an unknown id answers 404', async () => {
    const r = await api(srv.base, ops, 'GET', '/api/v1/tps/987654321');
    assert.equal(r.status, 404);
    assert.equal(r.json.error.code, 'not_found');
  });

  it('region filter: kecamatan and desa', async () => {
    const kec = await api(srv.base, ops, 'GET', '/api/v1/tps?region=35.09.19&limit=1000');
    assert.equal(kec.json.total, tpsIn('35.09.19').length);
    assert.equal(kec.json.total, 190);
    assert.ok(kec.json.items.every((t) => t.desa_code.startsWith('35.09.19.')));
    const desa = await api(srv.base, ops, 'GET', '/api/v1/tps?region=35.09.19.1001&limit=1000');
    assert.equal(desa.json.total, 26);
    assert.deepEqual(
      desa.json.items.map((t) => t.code).sort(),
      tpsIn('35.09.19.1001').map((t) => t.code).sort(),
    );
    // region wins over regency when both are given
    const both = await api(srv.base, ops, 'GET', '/api/v1/tps?regency=35.09&region=35.09.19.1001');
    assert.equal(both.json.total, 26);
  });

  it('unit filter: a Polsek gives its kecamatan, the Polres its regency', async () => {
    const polsek = await api(srv.base, ops, 'GET', `/api/v1/tps?unit=${unitIds['POLSEK-35.09.19']}`);
    assert.equal(polsek.status, 200, polsek.text);
    assert.equal(polsek.json.total, 190);
    const polres = await api(srv.base, ops, 'GET', `/api/v1/tps?unit=${unitIds['POLRES-JEMBER']}`);
    assert.equal(polres.json.total, 4046);
    const silo = await api(srv.base, ops, 'GET', `/api/v1/tps?unit=${unitIds['POLSEK-35.09.30']}`);
    assert.equal(silo.json.total, tpsIn('35.09.30').length);
    const unknown = await api(srv.base, ops, 'GET', '/api/v1/tps?unit=987654');
    assert.equal(unknown.status, 404);
  });

  it('bbox filter: exactly the TPS inside the box', async () => {
    const [minLon, minLat, maxLon, maxLat] = [113.6300005, -8.2100005, 113.6600005, -8.1900005];
    const expected = TPS.filter((t) => {
      const lat = Number(t.lat);
      const lon = Number(t.lon);
      return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    });
    assert.ok(expected.length > 5, 'the box holds some TPS');
    const r = await api(srv.base, ops, 'GET', `/api/v1/tps?bbox=${minLon},${minLat},${maxLon},${maxLat}&limit=1000`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.total, expected.length);
    assert.deepEqual(r.json.items.map((t) => t.code).sort(), expected.map((t) => t.code).sort());
    // combined with a region filter
    const d = await api(srv.base, ops, 'GET', `/api/v1/tps?bbox=${minLon},${minLat},${maxLon},${maxLat}&region=35.09.19.1001&limit=1000`);
    assert.equal(d.json.total, expected.filter((t) => t.desa_code === '35.09.19.1001').length);
  });

  it('q filters by code prefix', async () => {
    const a = await api(srv.base, ops, 'GET', '/api/v1/tps?q=3509191001');
    assert.equal(a.json.total, 26);
    assert.ok(a.json.items.every((t) => t.code.startsWith('3509191001')));
    const b = await api(srv.base, ops, 'GET', '/api/v1/tps?q=350919');
    assert.equal(b.json.total, 190);
    const none = await api(srv.base, ops, 'GET', '/api/v1/tps?q=7307');
    assert.equal(none.json.total, 0, 'Sinjai codes are not visible to Jember');
  });

  it('q treats its text literally (no SQL wildcards)', async () => {
    for (const q of ['%', '_', '3509191001_01', '%001']) {
      const r = await api(srv.base, ops, 'GET', `/api/v1/tps?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200);
      assert.equal(r.json.total, 0, `q=${q} matches no code prefix`);
    }
  });

  it('class filter: each class returns only its TPS and the classes add up to the whole', async () => {
    const all = await api(srv.base, ops, 'GET', '/api/v1/tps?regency=35.09&limit=1');
    let sum = 0;
    for (const c of CLASSES) {
      const r = await api(srv.base, ops, 'GET', `/api/v1/tps?regency=35.09&class=${c}&limit=1000`);
      assert.equal(r.status, 200, r.text);
      for (const t of r.json.items) assert.equal(t.class, c);
      sum += r.json.total;
    }
    assert.equal(sum, all.json.total);
  });

  it('GET /tps/geojson is a FeatureCollection of Points with the TPS as properties', async () => {
    const r = await api(srv.base, ops, 'GET', '/api/v1/tps/geojson?region=35.09.19.1001');
    assert.equal(r.status, 200, r.text);
    assert.match(r.headers.get('content-type'), /application\/geo\+json/);
    assert.equal(r.json.type, 'FeatureCollection');
    assert.equal(r.json.features.length, 26);
    assert.equal(r.json.total, 26);
    assert.equal(r.json.next, null);
    for (const f of r.json.features) {
      assert.equal(f.type, 'Feature');
      assert.equal(f.geometry.type, 'Point');
      assert.deepEqual(f.geometry.coordinates, [f.properties.lon, f.properties.lat]);
      assert.equal(f.properties.desa_code, '35.09.19.1001');
    }
    const row = TPS.find((x) => x.code === '3509191001001');
    const f = r.json.features.find((x) => x.properties.code === row.code);
    assert.deepEqual(f.geometry.coordinates, [Number(row.lon), Number(row.lat)]);
  });

  it('GET /tps/geojson returns a whole regency in one answer by default', async () => {
    const r = await api(srv.base, ops, 'GET', '/api/v1/tps/geojson?regency=35.09');
    assert.equal(r.status, 200);
    assert.equal(r.json.features.length, 4046);
    assert.equal(r.json.total, 4046);
    assert.equal(r.json.next, null);
    const paged = await api(srv.base, ops, 'GET', '/api/v1/tps/geojson?regency=35.09&limit=10');
    assert.equal(paged.json.features.length, 10);
    assert.notEqual(paged.json.next, null);
  });

  it('regions: by code, children, levels', async () => {
    const r = await api(srv.base, ops, 'GET', '/api/v1/regions/35.09');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.code, '35.09');
    assert.equal(r.json.name, 'Kabupaten Jember');
    assert.equal(r.json.level, 'kabupaten');
    assert.equal(r.json.parent_code, '35');
    assert.equal(typeof r.json.lat, 'number');
    const desa = await api(srv.base, ops, 'GET', '/api/v1/regions/35.09.19.1001');
    assert.equal(desa.json.name, 'Mangli');
    assert.equal(desa.json.level, 'kelurahan');
    assert.equal(desa.json.parent_code, '35.09.19');
    const kids = await api(srv.base, ops, 'GET', '/api/v1/regions?parent=35.09&limit=1000');
    assert.equal(kids.json.total, 31);
    assert.ok(kids.json.items.every((x) => x.parent_code === '35.09' && x.level === 'kecamatan'));
    const unknown = await api(srv.base, ops, 'GET', '/api/v1/regions/35.09.99');
    assert.equal(unknown.status, 404);
  });

  it('regions/geojson gives the desa outlines of a kecamatan', async () => {
    const r = await api(srv.base, ops, 'GET', '/api/v1/regions/geojson?within=35.09.19&level=desa');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.type, 'FeatureCollection');
    assert.ok(r.json.features.length > 0);
    for (const f of r.json.features) {
      assert.ok(f.properties.code.startsWith('35.09.19.'), f.properties.code);
      assert.equal(f.geometry.type, 'MultiPolygon');
    }
  });

  it('units: a Polres user sees its Polda, itself and its 31 Polsek', async () => {
    const all = await allPages(srv.base, ops, '/api/v1/units?limit=1000');
    const codes = all.items.map((u) => u.code).sort();
    assert.equal(all.total, 33);
    assert.ok(codes.includes('POLDA-JATIM'));
    assert.ok(codes.includes('POLRES-JEMBER'));
    assert.equal(codes.filter((c) => c.startsWith('POLSEK-35.09.')).length, 31);
    const polsek = await api(srv.base, ops, 'GET', '/api/v1/units?level=polsek&limit=1000');
    assert.equal(polsek.json.total, 31);
    const u = await api(srv.base, ops, 'GET', `/api/v1/units/${unitIds['POLSEK-35.09.19']}`);
    assert.equal(u.status, 200);
    assert.equal(u.json.code, 'POLSEK-35.09.19');
    assert.equal(u.json.name, 'Polsek Kaliwates');
    assert.equal(u.json.level, 'polsek');
    assert.equal(u.json.parent_code, 'POLRES-JEMBER');
    assert.deepEqual(u.json.region_codes, ['35.09.19']);
  });

  it('a Polsek user sees only the TPS of its kecamatan 35.09.19', async () => {
    const all = await allPages(srv.base, kapolsek, '/api/v1/tps?limit=1000');
    assert.equal(all.total, 190);
    assert.equal(all.items.length, 190);
    assert.ok(all.items.every((t) => t.desa_code.startsWith('35.09.19.')));
    const reg = await api(srv.base, kapolsek, 'GET', '/api/v1/tps?regency=35.09');
    assert.equal(reg.json.total, 190);
    const other = await api(srv.base, kapolsek, 'GET', '/api/v1/tps?region=35.09.30');
    assert.equal(other.json.total, 0);
    // A Jember TPS outside Kaliwates is not found by id.
    const silo = (await api(srv.base, ops, 'GET', '/api/v1/tps?region=35.09.30&limit=1')).json.items[0];
    assert.equal((await api(srv.base, kapolsek, 'GET', `/api/v1/tps/${silo.id}`)).status, 404);
    assert.equal((await api(srv.base, kapolsek, 'GET', '/api/v1/regions/35.09.30')).status, 404);
    assert.equal((await api(srv.base, kapolsek, 'GET', `/api/v1/units/${unitIds['POLSEK-35.09.30']}`)).status, 404);
    const objects = await allPages(srv.base, kapolsek, '/api/v1/objects?limit=1000');
    assert.equal(objects.total, 5);
    assert.ok(objects.items.every((o) => o.desa_code.startsWith('35.09.19.')));
  });

  it('admin (Mabes) sees all four regencies', async () => {
    const all = await api(srv.base, admin, 'GET', '/api/v1/tps?limit=1');
    assert.equal(all.json.total, 6627);
    for (const [code, n] of [['33.20', 1753], ['35.09', 4046], ['53.03', 401], ['73.07', 427]]) {
      const r = await api(srv.base, admin, 'GET', `/api/v1/tps?regency=${code}&limit=1`);
      assert.equal(r.json.total, n, `TPS of ${code}`);
      assert.equal(r.json.total, tpsIn(code).length);
    }
    const regencies = await api(srv.base, admin, 'GET', '/api/v1/regions?level=kabupaten');
    assert.deepEqual(regencies.json.items.map((x) => x.code).sort(), ['33.20', '35.09', '53.03', '73.07']);
    const units = await api(srv.base, admin, 'GET', '/api/v1/units?limit=1000');
    assert.equal(units.json.total, 89);
    const objects = await api(srv.base, admin, 'GET', '/api/v1/objects?limit=1');
    assert.equal(objects.json.total, 100);
    // Jember sees one regency.
    const mine = await api(srv.base, ops, 'GET', '/api/v1/regions?level=kabupaten');
    assert.deepEqual(mine.json.items.map((x) => x.code), ['35.09']);
  });
});
