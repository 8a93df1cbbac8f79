// Incidents (docs/incidents.md): the public report form without login, the
// command post's queue and its lifecycle, dispatch of field units, duplicate
// offers, escalation, territory, and position pings from the field.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, api, loginAs, startServer } from './harness.mjs';

// Inside desa Kepatihan, Kec. Kaliwates, Polres Jember (Polsek Kaliwates).
const HERE = { lat: -8.17, lon: 113.7 };
const KEPATIHAN = '35.09.19.1006';
const TRACKING_CODE = /^LP-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/;
const PUBLIC_STATUS_KEYS = ['status', 'status_en', 'status_id', 'tracking_code', 'updated_at'];
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const TYPES = [
  'provokasi', 'kerumunan', 'bentrok', 'teror', 'perusakan_logistik', 'gangguan_tps',
  'intimidasi', 'politik_uang', 'hoaks', 'kecelakaan', 'bencana', 'lainnya',
];
// A 1x1 PNG.
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function assertError(r, status, code, field) {
  assert.equal(r.status, status, r.text);
  assert.equal(r.json?.error?.code, code, r.text);
  if (field !== undefined) assert.equal(r.json.error.field, field, r.text);
}

// "now" as the system writes times: ISO-8601 UTC to the second.
const isoSeconds = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const report = (extra = {}) => ({
  type: 'provokasi',
  description: 'Sekelompok orang memprovokasi pemilih di depan TPS',
  lat: HERE.lat,
  lon: HERE.lon,
  ...extra,
});

describe(`${DB_LABEL} incidents`, () => {
  let srv;
  let admin; // sees everywhere: counts what is stored
  let ops; // jember.ops: dispatch
  let officer; // jember.officer (Polsek Kaliwates): respond only
  let kapolsek; // jember.kapolsek.kaliwates
  let partner; // jember.partner: report only
  let ttu; // ttu.ops: another Polres
  let ren; // jember.ren: no report_incident
  let ttuPoint; // a TTU TPS position

  before(async () => {
    srv = await startServer({ args: ['--public-report-limit', '100000'] });
    admin = await loginAs(srv.base, 'admin');
    ops = await loginAs(srv.base, 'jember.ops');
    officer = await loginAs(srv.base, 'jember.officer');
    kapolsek = await loginAs(srv.base, 'jember.kapolsek.kaliwates');
    partner = await loginAs(srv.base, 'jember.partner');
    ttu = await loginAs(srv.base, 'ttu.ops');
    ren = await loginAs(srv.base, 'jember.ren');
    const tps = await api(srv.base, ttu, 'GET', '/api/v1/tps?limit=1');
    assert.equal(tps.status, 200, tps.text);
    ttuPoint = { lat: tps.json.items[0].lat, lon: tps.json.items[0].lon, desa: tps.json.items[0].desa_code };
    assert.ok(ttuPoint.desa.startsWith('53.03.'), ttuPoint.desa);
  });
  after(async () => {
    await srv?.stop();
  });

  const get = (token, path) => api(srv.base, token, 'GET', path);
  const post = (token, path, body, headers) => api(srv.base, token, 'POST', path, body, headers);
  const publicReport = (body, headers) => post(null, '/api/v1/public/reports', body, headers);
  // Every incident stored, whatever its territory.
  const stored = async () => {
    const r = await get(admin, '/api/v1/incidents?limit=1');
    assert.equal(r.status, 200, r.text);
    return r.json.total;
  };
  const incident = async (id, token = ops) => {
    const r = await get(token, `/api/v1/incidents/${id}`);
    assert.equal(r.status, 200, r.text);
    return r.json;
  };
  const move = (token, id, body) => post(token, `/api/v1/incidents/${id}/transitions`, body);
  const create = async (body, token = ops) => {
    const r = await post(token, '/api/v1/incidents', body);
    assert.equal(r.status, 201, r.text);
    return r.json;
  };
  const fieldUnit = async (id) => {
    const r = await get(ops, '/api/v1/field-units');
    assert.equal(r.status, 200, r.text);
    return r.json.items.find((u) => u.id === id);
  };
  // An incident of ops moved to `diverifikasi`, with its offers.
  const verified = async (extra = {}) => {
    const c = await create(report({ type: 'kerumunan', ...extra }));
    const v = await move(ops, c.id, { status: 'diverifikasi' });
    assert.equal(v.status, 200, v.text);
    return v.json;
  };

  describe('public form (no login)', () => {
    it('GET /public/incident-types lists the twelve types of the catalogue without login', async () => {
      const r = await get(null, '/api/v1/public/incident-types');
      assert.equal(r.status, 200, r.text);
      assert.deepEqual(r.json.items.map((t) => t.code), TYPES);
      for (const t of r.json.items) {
        assert.deepEqual(Object.keys(t).sort(), ['code', 'forward_to_gakkumdu', 'name_en', 'name_id']);
        assert.ok(t.name_id.length > 0 && t.name_en.length > 0, t.code);
      }
      assert.equal(r.json.items.find((t) => t.code === 'politik_uang').forward_to_gakkumdu, true);
      assert.equal(r.json.items.find((t) => t.code === 'bentrok').forward_to_gakkumdu, false);
    });

    it('POST /public/reports without login: 201 with a tracking code; the command post sees it in the queue', async () => {
      const before = await stored();
      const r = await publicReport(report({ reporter_name: 'Siti', reporter_phone: '+62 812-3456-7890' }));
      assert.equal(r.status, 201, r.text);
      assert.match(r.json.tracking_code, TRACKING_CODE);
      assert.equal(r.json.status, 'baru');
      assert.equal(r.headers.get('location'), `/api/v1/public/reports/${r.json.tracking_code}`);
      assert.equal(await stored(), before + 1);

      const list = await get(ops, '/api/v1/incidents?status=baru&limit=1000');
      const mine = list.json.items.find((i) => i.tracking_code === r.json.tracking_code);
      assert.ok(mine, 'the report is in the Jember queue');
      assert.equal(mine.source, 'publik');
      assert.equal(mine.status, 'baru');
      assert.equal(mine.level, 'hijau');
      assert.equal(mine.severity, 1);
      assert.equal(mine.desa_code, KEPATIHAN);
      assert.equal(mine.desa_name, 'Kepatihan');
      assert.equal(mine.kecamatan_name, 'Kaliwates');
      assert.equal(mine.reporter_name, 'Siti');
      assert.equal(mine.reporter_phone, '+62 812-3456-7890');
      assert.match(mine.reported_at, ISO_UTC);
      const detail = await incident(mine.id);
      assert.equal(detail.timeline.length, 1);
      assert.equal(detail.timeline[0].action, 'dilaporkan');
      assert.equal(detail.timeline[0].status, 'baru');
      assert.equal(detail.timeline[0].actor, 'publik');
    });

    it('GET /public/reports/{code} answers only the status: tracking_code, status, status_id, status_en, updated_at', async () => {
      const r = await publicReport(report({ reporter_name: 'Rahasia', reporter_phone: '081234567890' }));
      assert.equal(r.status, 201, r.text);
      const code = r.json.tracking_code;
      const s = await get(null, `/api/v1/public/reports/${code}`);
      assert.equal(s.status, 200, s.text);
      assert.deepEqual(Object.keys(s.json).sort(), PUBLIC_STATUS_KEYS);
      assert.equal(s.json.tracking_code, code);
      assert.equal(s.json.status, 'baru');
      assert.equal(s.json.status_id, 'Baru');
      assert.equal(s.json.status_en, 'New');
      assert.match(s.json.updated_at, ISO_UTC);
      for (const secret of ['Rahasia', '081234567890', 'memprovokasi', '-8.17', '113.7']) {
        assert.ok(!s.text.includes(secret), `the public status leaks ${secret}: ${s.text}`);
      }

      // The status follows the command post's work.
      const id = (await get(ops, '/api/v1/incidents?limit=1000')).json.items.find((i) => i.tracking_code === code).id;
      assert.equal((await move(ops, id, { status: 'diverifikasi' })).status, 200);
      const after = await get(null, `/api/v1/public/reports/${code}`);
      assert.equal(after.status, 200, after.text);
      assert.deepEqual(Object.keys(after.json).sort(), PUBLIC_STATUS_KEYS);
      assert.equal(after.json.status, 'diverifikasi');
      assert.equal(after.json.status_en, 'Verified');
    });

    it('GET /public/reports/{code} of an unknown code is 404', async () => {
      assertError(await get(null, '/api/v1/public/reports/LP-ZZZZZZZZ'), 404, 'not_found');
      assertError(await get(null, '/api/v1/public/reports/nothing'), 404, 'not_found');
    });

    it('refused reports name their field and store nothing', async () => {
      const before = await stored();
      const cases = [
        ['unknown type', report({ type: 'pencurian' }), 422, 'invalid_input', 'type'],
        ['missing type', { description: 'x', lat: HERE.lat, lon: HERE.lon }, 422, 'invalid_input', 'type'],
        ['missing description', { type: 'provokasi', lat: HERE.lat, lon: HERE.lon }, 422, 'invalid_input', 'description'],
        ['blank description', report({ description: '   ' }), 422, 'invalid_input', 'description'],
        ['description of 2001 characters', report({ description: 'a'.repeat(2001) }), 422, 'invalid_input', 'description'],
        ['missing lat', { type: 'provokasi', description: 'x', lon: HERE.lon }, 422, 'invalid_input', 'lat'],
        ['outside Indonesia (Tokyo)', report({ lat: 35.68, lon: 139.69 }), 422, 'invalid_input', 'lat'],
        ['lat and lon swapped', report({ lat: HERE.lon, lon: HERE.lat }), 422, 'invalid_input', 'lat'],
        ['in the sea, no desa', report({ lat: -9.5, lon: 113.5 }), 422, 'invalid_input', 'lat'],
        ['phone with letters', report({ reporter_phone: 'call me' }), 422, 'invalid_input', 'reporter_phone'],
        ['photo that is no base64', report({ photo: '*** bukan base64 ***' }), 400, 'bad_request', 'photo'],
        ['lat as text', report({ lat: '-8.17' }), 400, 'bad_request', 'lat'],
        ['photo that is text', report({ photo: Buffer.from('ini bukan gambar, hanya teks biasa').toString('base64') }), 422, 'invalid_input', 'photo'],
      ];
      for (const [what, body, status, code, field] of cases) {
        const r = await publicReport(body);
        assert.equal(r.status, status, `${what}: ${r.status} ${r.text}`);
        assert.equal(r.json?.error?.code, code, `${what}: ${r.text}`);
        assert.equal(r.json.error.field, field, `${what}: ${r.text}`);
        assert.ok(r.json.error.message.length > 0 && r.json.error.message_en.length > 0, what);
      }
      assert.equal(await stored(), before, 'no refused report is stored');
    });

    it('outside Indonesia and outside every desa are told apart', async () => {
      const far = await publicReport(report({ lat: 35.68, lon: 139.69 }));
      assertError(far, 422, 'invalid_input', 'lat');
      assert.match(far.json.error.message_en, /Indonesia/);
      const sea = await publicReport(report({ lat: -9.5, lon: 113.5 }));
      assertError(sea, 422, 'invalid_input', 'lat');
      assert.match(sea.json.error.message_en, /desa/);
    });

    it('a description of exactly 2000 characters is accepted', async () => {
      const r = await publicReport(report({ description: 'b'.repeat(2000) }));
      assert.equal(r.status, 201, r.text);
    });

    it('a photo over 2 MiB is 413 (field photo) and stores nothing', async () => {
      const before = await stored();
      const big = Buffer.alloc(2 * 1024 * 1024 + 1);
      Buffer.from('89504e470d0a1a0a', 'hex').copy(big); // a PNG by its signature
      const r = await publicReport(report({ photo: big.toString('base64') }));
      assertError(r, 413, 'too_large', 'photo');
      assert.equal(await stored(), before);
    });

    it('a PNG photo is stored with the report and served to the command post', async () => {
      const r = await publicReport(report({ photo: `data:image/png;base64,${PNG_1X1}` }));
      assert.equal(r.status, 201, r.text);
      const item = (await get(ops, '/api/v1/incidents?limit=1000')).json.items.find((i) => i.tracking_code === r.json.tracking_code);
      assert.equal(item.photo_ids.length, 1);
      const res = await fetch(`${srv.base}/api/v1/incidents/${item.id}/photos/${item.photo_ids[0]}`, {
        headers: { Authorization: `Bearer ${ops}` },
      });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'image/png');
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), Buffer.from(PNG_1X1, 'base64'));
      assertError(await get(ops, `/api/v1/incidents/${item.id}/photos/${item.photo_ids[0] + 1000}`), 404, 'not_found');
      assertError(await get(ttu, `/api/v1/incidents/${item.id}/photos/${item.photo_ids[0]}`), 404, 'not_found');
      assertError(await get(null, `/api/v1/incidents/${item.id}/photos/${item.photo_ids[0]}`), 401, 'unauthenticated');
    });

    // The public form's keys live in their own table (no account to scope them by).
    it('Idempotency-Key: a replay answers 200 with the same tracking code, a different body 409; one report stored',
      async () => {
        const before = await stored();
        const key = `public-${Date.now()}`;
        const body = report({ description: 'Laporan dengan kunci idempoten' });
        const a = await publicReport(body, { 'Idempotency-Key': key });
        assert.equal(a.status, 201, a.text);
        assert.equal(a.headers.get('idempotent-replayed'), null);
        const b = await publicReport(body, { 'Idempotency-Key': key });
        assert.equal(b.status, 200, b.text);
        assert.equal(b.headers.get('idempotent-replayed'), 'true');
        assert.equal(b.json.tracking_code, a.json.tracking_code);
        assert.equal(await stored(), before + 1);
        const c = await publicReport(report({ description: 'Isi lain dengan kunci yang sama' }), { 'Idempotency-Key': key });
        assertError(c, 409, 'conflict', 'Idempotency-Key');
        assert.equal(await stored(), before + 1);
      });

    it('an Idempotency-Key longer than 200 characters is refused and stores nothing', async () => {
      const before = await stored();
      const r = await publicReport(report(), { 'Idempotency-Key': 'k'.repeat(201) });
      assertError(r, 400, 'bad_request', 'Idempotency-Key');
      assert.equal(await stored(), before);
    });
  });

  describe('reports from inside the force', () => {
    it('POST /incidents: 201 with source operator_110 by default, reported_by the user', async () => {
      const before = await stored();
      const r = await post(ops, '/api/v1/incidents', report({ type: 'gangguan_tps', severity: 2 }));
      assert.equal(r.status, 201, r.text);
      assert.equal(r.headers.get('location'), `/api/v1/incidents/${r.json.id}`);
      assert.equal(r.json.source, 'operator_110');
      assert.equal(r.json.reported_by, 'jember.ops');
      assert.equal(r.json.status, 'baru');
      assert.equal(r.json.severity, 2);
      assert.equal(r.json.level, 'hijau');
      assert.equal(r.json.desa_code, KEPATIHAN);
      assert.match(r.json.tracking_code, TRACKING_CODE);
      assert.equal(r.json.forward_to_gakkumdu, true);
      assert.equal(await stored(), before + 1);
      const explicit = await post(ops, '/api/v1/incidents', report({ source: 'operator_110', level: 'kuning' }));
      assert.equal(explicit.status, 201, explicit.text);
      assert.equal(explicit.json.source, 'operator_110');
      assert.equal(explicit.json.level, 'kuning');
      const fkpm = await post(kapolsek, '/api/v1/incidents', report({ source: 'fkpm' }));
      assert.equal(fkpm.status, 201, fkpm.text);
      assert.equal(fkpm.json.source, 'fkpm');
      assert.equal(fkpm.json.reported_by, 'jember.kapolsek.kaliwates');
    });

    it('POST /incidents refuses an unknown source, level or severity and stores nothing', async () => {
      const before = await stored();
      assertError(await post(ops, '/api/v1/incidents', report({ source: 'twitter' })), 422, 'invalid_input', 'source');
      assertError(await post(ops, '/api/v1/incidents', report({ level: 'ungu' })), 422, 'invalid_input', 'level');
      assertError(await post(ops, '/api/v1/incidents', report({ severity: 4 })), 422, 'invalid_input', 'severity');
      assertError(await post(ops, '/api/v1/incidents', report({ severity: 0 })), 422, 'invalid_input', 'severity');
      assertError(await post(null, '/api/v1/incidents', report()), 401, 'unauthenticated');
      assert.equal(await stored(), before);
    });

    it('POST /incidents with an Idempotency-Key: a replay is 200 with the same incident, another body 409', async () => {
      const before = await stored();
      const key = `ops-${Date.now()}`;
      const body = report({ type: 'hoaks', description: 'Hoaks tentang surat suara' });
      const a = await post(ops, '/api/v1/incidents', body, { 'Idempotency-Key': key });
      assert.equal(a.status, 201, a.text);
      const b = await post(ops, '/api/v1/incidents', body, { 'Idempotency-Key': key });
      assert.equal(b.status, 200, b.text);
      assert.equal(b.headers.get('idempotent-replayed'), 'true');
      assert.equal(b.json.id, a.json.id);
      assert.equal(b.json.tracking_code, a.json.tracking_code);
      assertError(await post(ops, '/api/v1/incidents', { ...body, description: 'lain' }, { 'Idempotency-Key': key }), 409, 'conflict', 'Idempotency-Key');
      assert.equal(await stored(), before + 1);
    });

    it('a point outside the own territory (a TTU TPS as jember.ops) is 422 and stores nothing', async () => {
      const before = await stored();
      const r = await post(ops, '/api/v1/incidents', report({ lat: ttuPoint.lat, lon: ttuPoint.lon }));
      assertError(r, 422, 'invalid_input', 'lat');
      assert.match(r.json.error.message_en, /jurisdiction/);
      assert.equal(await stored(), before);
      // The same point is fine for TTU itself.
      const t = await post(ttu, '/api/v1/incidents', report({ lat: ttuPoint.lat, lon: ttuPoint.lon }));
      assert.equal(t.status, 201, t.text);
      assert.equal(t.json.desa_code, ttuPoint.desa);
      assertError(await get(ops, `/api/v1/incidents/${t.json.id}`), 404, 'not_found');
    });

    it('ttu.ops can neither read a Jember incident (404) nor see it in its list', async () => {
      const j = await create(report({ description: 'Kejadian Jember, bukan urusan TTU' }));
      assertError(await get(ttu, `/api/v1/incidents/${j.id}`), 404, 'not_found');
      assertError(await move(ttu, j.id, { status: 'diverifikasi' }), 404, 'not_found');
      assertError(await post(ttu, `/api/v1/incidents/${j.id}/level`, { level: 'merah' }), 404, 'not_found');
      const list = await get(ttu, '/api/v1/incidents?limit=1000');
      assert.equal(list.status, 200, list.text);
      assert.ok(!list.json.items.some((i) => i.id === j.id), 'not in the TTU list');
      assert.ok(list.json.items.every((i) => i.desa_code.startsWith('53.03.')), 'TTU sees only TTU');
      assert.equal(list.json.total, list.json.items.length);
      assert.equal((await incident(j.id)).status, 'baru', 'untouched');
    });

    it('a partner may report (201) but not read the queue (403)', async () => {
      const r = await post(partner, '/api/v1/incidents', report({ source: 'pos_kamling' }));
      assert.equal(r.status, 201, r.text);
      assert.equal(r.json.source, 'pos_kamling');
      assertError(await get(partner, '/api/v1/incidents'), 403, 'forbidden');
      assertError(await get(partner, `/api/v1/incidents/${r.json.id}`), 403, 'forbidden');
      assertError(await move(partner, r.json.id, { status: 'diverifikasi' }), 403, 'forbidden');
    });

    it('GET /incidents: newest first, filters status, type, level and open, paging by cursor', async () => {
      const a = await create(report({ type: 'bencana', level: 'merah' }));
      const b = await create(report({ type: 'bencana' }));
      const bencana = await get(ops, '/api/v1/incidents?type=bencana');
      assert.deepEqual(bencana.json.items.map((i) => i.id), [b.id, a.id]);
      assert.equal(bencana.json.total, 2);
      const merah = await get(ops, '/api/v1/incidents?type=bencana&level=merah');
      assert.deepEqual(merah.json.items.map((i) => i.id), [a.id]);
      assert.equal((await move(ops, b.id, { status: 'ditolak' })).status, 200);
      const open = await get(ops, '/api/v1/incidents?type=bencana&open=true');
      assert.deepEqual(open.json.items.map((i) => i.id), [a.id]);
      const rejected = await get(ops, '/api/v1/incidents?type=bencana&status=ditolak');
      assert.deepEqual(rejected.json.items.map((i) => i.id), [b.id]);
      const page1 = await get(ops, '/api/v1/incidents?type=bencana&limit=1');
      assert.deepEqual(page1.json.items.map((i) => i.id), [b.id]);
      assert.equal(page1.json.total, 2);
      assert.notEqual(page1.json.next, null);
      const page2 = await get(ops, `/api/v1/incidents?type=bencana&limit=1&cursor=${page1.json.next}`);
      assert.deepEqual(page2.json.items.map((i) => i.id), [a.id]);
      assert.equal(page2.json.next, null);
      assertError(await get(ops, '/api/v1/incidents?status=hilang'), 400, 'bad_request', 'status');
      assertError(await get(ops, '/api/v1/incidents?type=hilang'), 400, 'bad_request', 'type');
      assertError(await get(ops, '/api/v1/incidents?level=ungu'), 400, 'bad_request', 'level');
      assertError(await get(ops, '/api/v1/incidents?date=28-11-2026'), 422, 'invalid_input', 'date');
    });
  });

  describe('lifecycle and dispatch', () => {
    let id;
    let unitId;
    let unitCallSign;

    it('baru → diverifikasi (ops): the offers are the nearest free units, at most 3', async () => {
      const c = await create(report({ type: 'kerumunan', description: 'Massa berkumpul di depan kantor PPS' }));
      id = c.id;
      const d = await incident(id);
      assert.deepEqual(d.next_statuses, ['diverifikasi', 'ditolak', 'duplikat']);
      const r = await move(ops, id, { status: 'diverifikasi', note: 'dicek lewat telepon' });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.status, 'diverifikasi');
      assert.deepEqual(r.json.next_statuses, ['ditugaskan', 'selesai']);
      assert.ok(r.json.offers.length >= 1 && r.json.offers.length <= 3, JSON.stringify(r.json.offers));
      for (const o of r.json.offers) {
        assert.deepEqual(Object.keys(o).sort(), ['call_sign', 'distance_m', 'eta_s', 'field_unit_id', 'kind', 'same_sector']);
        assert.ok(['mobil_patroli', 'motor_patroli', 'pos'].includes(o.kind), o.kind);
        assert.ok(o.distance_m >= 0 && o.eta_s > 0);
        const u = await fieldUnit(o.field_unit_id);
        assert.equal(u.status, 'siaga', 'only free units are offered');
        assert.ok(u.home_region.startsWith('35.09'), 'only units of the Polres');
      }
      unitId = r.json.offers[0].field_unit_id;
      unitCallSign = r.json.offers[0].call_sign;
      assert.equal(r.json.timeline.at(-1).note, 'dicek lewat telepon');
    });

    it('ditugaskan without field_unit_id is 422 and changes nothing', async () => {
      const r = await move(ops, id, { status: 'ditugaskan' });
      assertError(r, 422, 'invalid_input', 'field_unit_id');
      const d = await incident(id);
      assert.equal(d.status, 'diverifikasi');
      assert.equal(d.timeline.length, 2);
      assertError(await move(ops, id, { status: 'ditugaskan', field_unit_id: 999999 }), 422, 'invalid_input', 'field_unit_id');
    });

    it('an officer may not verify or dispatch (403)', async () => {
      const other = await create(report({ type: 'kerumunan' }));
      assertError(await move(officer, other.id, { status: 'diverifikasi' }), 403, 'forbidden');
      assertError(await move(officer, other.id, { status: 'ditolak' }), 403, 'forbidden');
      assertError(await move(officer, id, { status: 'ditugaskan', field_unit_id: unitId }), 403, 'forbidden');
      assertError(await post(officer, `/api/v1/incidents/${other.id}/level`, { level: 'kuning' }), 403, 'forbidden');
      assert.equal((await incident(other.id)).status, 'baru');
      assert.equal((await incident(id)).status, 'diverifikasi');
    });

    it('diverifikasi → ditugaskan with the first offer: the unit is bertugas, dispatched_at set', async () => {
      const r = await move(ops, id, { status: 'ditugaskan', field_unit_id: unitId });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.status, 'ditugaskan');
      assert.equal(r.json.field_unit_id, unitId);
      assert.equal(r.json.field_unit_call_sign, unitCallSign);
      assert.match(r.json.dispatched_at, ISO_UTC);
      assert.equal(r.json.arrived_at, null);
      assert.deepEqual(r.json.next_statuses, ['menuju_lokasi']);
      assert.equal((await fieldUnit(unitId)).status, 'bertugas');
      const busy = await get(ops, '/api/v1/field-units?status=bertugas');
      assert.ok(busy.json.items.some((u) => u.id === unitId));
      assert.ok(busy.json.items.every((u) => u.status === 'bertugas'));
      const free = await get(ops, '/api/v1/field-units?status=siaga');
      assert.ok(!free.json.items.some((u) => u.id === unitId));
    });

    it('dispatching a unit that is bertugas elsewhere is 409 and changes nothing', async () => {
      const other = await verified();
      assert.ok(!other.offers.some((o) => o.field_unit_id === unitId), 'a busy unit is not offered');
      const r = await move(ops, other.id, { status: 'ditugaskan', field_unit_id: unitId });
      assertError(r, 409, 'conflict', 'field_unit_id');
      const d = await incident(other.id);
      assert.equal(d.status, 'diverifikasi');
      assert.equal(d.field_unit_id, null);
      assert.equal(d.dispatched_at, null);
      assert.equal(d.timeline.length, 2);
      assert.equal((await fieldUnit(unitId)).status, 'bertugas');
    });

    it('ditugaskan → menuju_lokasi → tiba_di_lokasi → selesai by the officer: arrived_at set, the unit back on siaga', async () => {
      const on = await move(officer, id, { status: 'menuju_lokasi' });
      assert.equal(on.status, 200, on.text);
      assert.equal(on.json.status, 'menuju_lokasi');
      assert.deepEqual(on.json.next_statuses, ['ditugaskan', 'tiba_di_lokasi']);
      const there = await move(officer, id, { status: 'tiba_di_lokasi' });
      assert.equal(there.status, 200, there.text);
      assert.match(there.json.arrived_at, ISO_UTC);
      assert.ok(there.json.arrived_at >= there.json.dispatched_at);
      assert.equal((await fieldUnit(unitId)).status, 'bertugas');
      const done = await move(officer, id, { status: 'selesai', note: 'massa membubarkan diri' });
      assert.equal(done.status, 200, done.text);
      assert.equal(done.json.status, 'selesai');
      assert.match(done.json.resolved_at, ISO_UTC);
      assert.equal(done.json.field_unit_id, unitId, 'the incident keeps who handled it');
      assert.equal((await fieldUnit(unitId)).status, 'siaga');
      assertError(await move(officer, id, { status: 'ditutup' }), 403, 'forbidden');
    });

    it('selesai → ditutup (ops); the timeline names every step, its actor and unit', async () => {
      const r = await move(ops, id, { status: 'ditutup' });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.status, 'ditutup');
      assert.deepEqual(r.json.next_statuses, []);
      assert.deepEqual(r.json.offers, []);
      const steps = r.json.timeline.map((e) => [e.action, e.status, e.actor, e.field_unit_id]);
      assert.deepEqual(steps, [
        ['dilaporkan', 'baru', 'jember.ops', null],
        ['status', 'diverifikasi', 'jember.ops', null],
        ['status', 'ditugaskan', 'jember.ops', unitId],
        ['status', 'menuju_lokasi', 'jember.officer', null],
        ['status', 'tiba_di_lokasi', 'jember.officer', unitId],
        ['status', 'selesai', 'jember.officer', null],
        ['status', 'ditutup', 'jember.ops', null],
      ]);
      for (const e of r.json.timeline) assert.match(e.at, ISO_UTC);
      for (let k = 1; k < r.json.timeline.length; k++) assert.ok(r.json.timeline[k].at >= r.json.timeline[k - 1].at);
      assert.equal(r.json.timeline[5].note, 'massa membubarkan diri');
    });

    it('nothing moves out of ditutup (409) and the incident stays as it was', async () => {
      const before = await incident(id);
      for (const to of ['baru', 'diverifikasi', 'ditugaskan', 'selesai', 'ditolak', 'ditutup']) {
        const r = await move(ops, id, { status: to, field_unit_id: unitId });
        assertError(r, 409, 'conflict', 'status');
        assert.match(r.json.error.message_en, /ditutup/);
        assert.match(r.json.error.message_en, new RegExp(`'${to}'`));
      }
      assertError(await post(ops, `/api/v1/incidents/${id}/level`, { level: 'merah' }), 409, 'conflict', 'level');
      const after = await incident(id);
      assert.deepEqual(after, before);
      assert.equal((await fieldUnit(unitId)).status, 'siaga');
    });

    it('an illegal jump (baru → selesai, baru → ditugaskan) is 409 naming both statuses, and changes nothing', async () => {
      const c = await create(report({ type: 'kerumunan' }));
      const before = await incident(c.id);
      const r = await move(ops, c.id, { status: 'selesai' });
      assertError(r, 409, 'conflict', 'status');
      assert.match(r.json.error.message_en, /'baru'/);
      assert.match(r.json.error.message_en, /'selesai'/);
      assert.match(r.json.error.message, /'baru'/);
      const free = (await get(ops, '/api/v1/field-units?status=siaga')).json.items.find((u) => u.kind === 'mobil_patroli');
      assertError(await move(ops, c.id, { status: 'ditugaskan', field_unit_id: free.id }), 409, 'conflict', 'status');
      assert.equal((await fieldUnit(free.id)).status, 'siaga', 'no unit sent by a refused step');
      assert.deepEqual(await incident(c.id), before);
      assertError(await move(ops, c.id, { status: 'hilang' }), 422, 'invalid_input', 'status');
      assertError(await move(ops, c.id, {}), 422, 'invalid_input', 'status');
    });

    it('a unit on its way may be replaced: the first goes back to siaga, dispatched_at stays the first', async () => {
      const v = await verified();
      const first = v.offers[0].field_unit_id;
      const sent = await move(ops, v.id, { status: 'ditugaskan', field_unit_id: first });
      assert.equal(sent.status, 200, sent.text);
      assert.equal((await move(officer, v.id, { status: 'menuju_lokasi' })).status, 200);
      const second = (await get(ops, '/api/v1/field-units?status=siaga')).json.items.find(
        (u) => u.id !== first && ['mobil_patroli', 'motor_patroli'].includes(u.kind));
      const again = await move(ops, v.id, { status: 'ditugaskan', field_unit_id: second.id });
      assert.equal(again.status, 200, again.text);
      assert.equal(again.json.field_unit_id, second.id);
      assert.equal(again.json.dispatched_at, sent.json.dispatched_at);
      assert.equal((await fieldUnit(first)).status, 'siaga');
      assert.equal((await fieldUnit(second.id)).status, 'bertugas');
      // Finish it so the unit is free for the rest.
      assert.equal((await move(officer, v.id, { status: 'menuju_lokasi' })).status, 200);
      assert.equal((await move(officer, v.id, { status: 'tiba_di_lokasi' })).status, 200);
      assert.equal((await move(officer, v.id, { status: 'selesai' })).status, 200);
      assert.equal((await fieldUnit(second.id)).status, 'siaga');
    });

    it('a verified incident that resolved itself may be marked selesai without a unit', async () => {
      const v = await verified();
      const r = await move(kapolsek, v.id, { status: 'selesai' });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.field_unit_id, null);
      assert.equal(r.json.dispatched_at, null);
    });
  });

  describe('duplicates', () => {
    // A type no other test uses, so the only candidates are this test's.
    const TYPE = 'intimidasi';
    const AT = { lat: -8.1735, lon: 113.705 };
    const north = (m) => AT.lat + m / 111320;

    it('duplikat requires duplicate_of (an existing other incident)', async () => {
      const a = await create(report({ type: 'lainnya' }));
      const b = await create(report({ type: 'lainnya' }));
      assertError(await move(ops, b.id, { status: 'duplikat' }), 422, 'invalid_input', 'duplicate_of');
      assertError(await move(ops, b.id, { status: 'duplikat', duplicate_of: b.id }), 422, 'invalid_input', 'duplicate_of');
      assertError(await move(ops, b.id, { status: 'duplikat', duplicate_of: 999999 }), 422, 'invalid_input', 'duplicate_of');
      assert.equal((await incident(b.id)).status, 'baru');
      const r = await move(ops, b.id, { status: 'duplikat', duplicate_of: a.id });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.status, 'duplikat');
      assert.equal(r.json.duplicate_of, a.id);
      assert.deepEqual(r.json.next_statuses, []);
      assert.equal((await incident(a.id)).status, 'baru', 'the original is untouched');
    });

    it('a second report of the same type within 300 m and 30 min is offered as a duplicate, never merged', async () => {
      const first = await create(report({ type: TYPE, lat: AT.lat, lon: AT.lon }));
      const second = await create(report({ type: TYPE, lat: north(100), lon: AT.lon, description: 'Laporan kedua' }));
      const otherType = await create(report({ type: 'teror', lat: north(50), lon: AT.lon }));
      const far = await create(report({ type: TYPE, lat: north(600), lon: AT.lon }));

      const d = await incident(second.id);
      assert.deepEqual(d.duplicates.map((c) => c.id), [first.id]);
      const c = d.duplicates[0];
      assert.deepEqual(Object.keys(c).sort(), ['distance_m', 'id', 'reported_at', 'status', 'type']);
      assert.equal(c.type, TYPE);
      assert.equal(c.status, 'baru');
      assert.equal(c.reported_at, first.reported_at);
      assert.ok(Math.abs(c.distance_m - 100) <= 3, `distance ${c.distance_m}`);
      // The first report sees the second too.
      assert.deepEqual((await incident(first.id)).duplicates.map((x) => x.id), [second.id]);
      assert.deepEqual((await incident(otherType.id)).duplicates, [], 'another type is no duplicate');
      assert.deepEqual((await incident(far.id)).duplicates, [], '600 m away is no duplicate');

      // Nothing merged: both stay in the queue as they were.
      for (const x of [first, second]) {
        const now = await incident(x.id);
        assert.equal(now.status, 'baru');
        assert.equal(now.duplicate_of, null);
      }
      const list = await get(ops, `/api/v1/incidents?type=${TYPE}`);
      assert.deepEqual(list.json.items.map((i) => i.id), [far.id, second.id, first.id]);
    });
  });

  describe('escalation', () => {
    it('a new incident at hijau is advised Dalmas Awal', async () => {
      const c = await create(report({ type: 'bentrok' }));
      const d = await incident(c.id);
      assert.equal(d.escalation.level, 'hijau');
      assert.deepEqual(d.escalation.forces.map((f) => f.force), ['dalmas_awal']);
      assert.deepEqual(d.escalation.forces[0].free.map((u) => u.call_sign), ['Dalmas Awal Jember']);
    });

    it('POST /level kuning: forces dalmas_lanjut then dalmas_awal with their free units; the step is in the timeline', async () => {
      const c = await create(report({ type: 'bentrok' }));
      const r = await post(ops, `/api/v1/incidents/${c.id}/level`, { level: 'kuning', note: 'massa bertambah' });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.level, 'kuning');
      assert.equal(r.json.status, 'baru', 'the level does not move the status');
      assert.equal(r.json.escalation.level, 'kuning');
      assert.deepEqual(r.json.escalation.forces.map((f) => f.force), ['dalmas_lanjut', 'dalmas_awal']);
      const lanjut = r.json.escalation.forces[0].free;
      const awal = r.json.escalation.forces[1].free;
      assert.deepEqual(lanjut.map((u) => u.call_sign), ['Dalmas Lanjut Jember']);
      assert.deepEqual(awal.map((u) => u.call_sign), ['Dalmas Awal Jember']);
      for (const u of [...lanjut, ...awal]) {
        assert.deepEqual(Object.keys(u).sort(), ['call_sign', 'field_unit_id']);
        assert.equal((await fieldUnit(u.field_unit_id)).status, 'siaga');
      }
      const last = r.json.timeline.at(-1);
      assert.equal(last.action, 'level');
      assert.equal(last.level, 'kuning');
      assert.equal(last.actor, 'jember.ops');
      assert.equal(last.note, 'massa bertambah');

      const merah = await post(kapolsek, `/api/v1/incidents/${c.id}/level`, { level: 'merah' });
      assert.equal(merah.status, 200, merah.text);
      assert.deepEqual(merah.json.escalation.forces.map((f) => f.force), ['brimob_phh', 'dalmas_lanjut']);
      assert.deepEqual(merah.json.escalation.forces[0].free.map((u) => u.call_sign), ['Brimob PHH Jember']);
    });

    it('an unknown or missing level is 422 (field level) and changes nothing', async () => {
      const c = await create(report({ type: 'bentrok' }));
      const before = await incident(c.id);
      assertError(await post(ops, `/api/v1/incidents/${c.id}/level`, { level: 'ungu' }), 422, 'invalid_input', 'level');
      assertError(await post(ops, `/api/v1/incidents/${c.id}/level`, {}), 422, 'invalid_input', 'level');
      assertError(await post(ops, '/api/v1/incidents/999999/level', { level: 'kuning' }), 404, 'not_found');
      assert.deepEqual(await incident(c.id), before);
    });
  });

  describe('field units and positions', () => {
    let unit; // Patroli Kaliwates 1

    before(async () => {
      const r = await get(ops, '/api/v1/field-units');
      unit = r.json.items.find((u) => u.call_sign === 'Patroli Kaliwates 1');
      assert.ok(unit, 'the demo has Patroli Kaliwates 1');
    });

    it('GET /field-units lists the units of the own territory only', async () => {
      const mine = await get(ops, '/api/v1/field-units');
      assert.equal(mine.status, 200, mine.text);
      assert.ok(mine.json.items.length > 0);
      assert.ok(mine.json.items.every((u) => u.home_region.startsWith('35.09')), 'Jember units only');
      const kinds = new Set(mine.json.items.map((u) => u.kind));
      for (const k of ['mobil_patroli', 'motor_patroli', 'dalmas_awal', 'dalmas_lanjut', 'brimob_phh']) assert.ok(kinds.has(k), k);
      const theirs = await get(ttu, '/api/v1/field-units');
      assert.ok(theirs.json.items.length > 0);
      assert.ok(theirs.json.items.every((u) => u.home_region.startsWith('53.03')), 'TTU units only');
      assertError(await get(ops, '/api/v1/field-units?status=libur'), 400, 'bad_request', 'status');
      assertError(await get(partner, '/api/v1/field-units'), 403, 'forbidden');
    });

    it('POST /field-units adds a unit to a Polsek by unit_code (manage_field_units), on siaga', async () => {
      const r = await post(ops, '/api/v1/field-units', { call_sign: 'Pos Uji Kaliwates', kind: 'pos', crew: '2 personel', unit_code: 'POLSEK-35.09.19' });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.json.call_sign, 'Pos Uji Kaliwates');
      assert.equal(r.json.kind, 'pos');
      assert.equal(r.json.status, 'siaga');
      assert.equal(r.json.home_region, '35.09.19');
      assert.equal(r.json.lat, null);
      assert.equal(r.json.position_at, null);
      assert.ok((await fieldUnit(r.json.id)), 'listed');
      assertError(await post(ops, '/api/v1/field-units', { call_sign: 'X', kind: 'tank' }), 422, 'invalid_input', 'kind');
      assertError(await post(ops, '/api/v1/field-units', { kind: 'pos' }), 422, 'invalid_input', 'call_sign');
      assertError(await post(ops, '/api/v1/field-units', { call_sign: 'X', kind: 'pos', lat: 35.68, lon: 139.69 }), 422, 'invalid_input', 'lat');
      assertError(await post(ops, '/api/v1/field-units', { call_sign: 'X', kind: 'pos', unit_code: 'POLRES-TTU' }), 422, 'invalid_input', 'unit_code');
      assertError(await post(officer, '/api/v1/field-units', { call_sign: 'X', kind: 'pos' }), 403, 'forbidden');
      assert.ok(!(await get(ops, '/api/v1/field-units')).json.items.some((u) => u.call_sign === 'X'), 'nothing refused is stored');
    });

    it('PATCH /field-units/{id} sets the status (manage_field_units), not for an officer nor another Polres', async () => {
      const r = await api(srv.base, ops, 'PATCH', `/api/v1/field-units/${unit.id}`, { status: 'istirahat' });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.status, 'istirahat');
      assert.equal((await fieldUnit(unit.id)).status, 'istirahat');
      assertError(await api(srv.base, ops, 'PATCH', `/api/v1/field-units/${unit.id}`, { status: 'libur' }), 422, 'invalid_input', 'status');
      assertError(await api(srv.base, officer, 'PATCH', `/api/v1/field-units/${unit.id}`, { status: 'siaga' }), 403, 'forbidden');
      assertError(await api(srv.base, ttu, 'PATCH', `/api/v1/field-units/${unit.id}`, { status: 'siaga' }), 404, 'not_found');
      const back = await api(srv.base, ops, 'PATCH', `/api/v1/field-units/${unit.id}`, { status: 'siaga' });
      assert.equal(back.status, 200, back.text);
      assert.equal((await fieldUnit(unit.id)).status, 'siaga');
    });

    it('POST /positions: a bad point is rejected alone (outside Indonesia, bad time); the unit moves to the good one', async () => {
      const at = isoSeconds(Date.now());
      const good = { lat: -8.1712, lon: 113.7021, at, accuracy_m: 8 };
      const r = await post(officer, '/api/v1/positions', {
        field_unit_id: unit.id,
        points: [
          good,
          { lat: 35.68, lon: 139.69, at, accuracy_m: 8 },
          { lat: -8.172, lon: 113.703, at: 'kemarin sore', accuracy_m: 8 },
        ],
      });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.stored, 1);
      assert.deepEqual(r.json.rejected.map((x) => x.index), [1, 2]);
      for (const x of r.json.rejected) {
        assert.deepEqual(Object.keys(x).sort(), ['index', 'reason_en', 'reason_id']);
        assert.ok(x.reason_id.length > 0);
      }
      assert.match(r.json.rejected[0].reason_en, /Indonesia/);
      assert.match(r.json.rejected[1].reason_en, /time/);
      const u = await fieldUnit(unit.id);
      assert.equal(u.lat, good.lat);
      assert.equal(u.lon, good.lon);
      assert.equal(u.position_at, at);
    });

    it('POST /positions: the unit takes the newest good point of a batch, not the last sent; an older ping does not move it', async () => {
      const now = Date.now();
      const newest = { lat: -8.1733, lon: 113.7044, at: isoSeconds(now), accuracy_m: 5 };
      const older = { lat: -8.1799, lon: 113.7099, at: isoSeconds(now - 60_000), accuracy_m: 5 };
      const future = { lat: -8.17, lon: 113.7, at: isoSeconds(now + 3_600_000), accuracy_m: 5 };
      const r = await post(officer, '/api/v1/positions', { field_unit_id: unit.id, points: [newest, older, future] });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.stored, 2);
      assert.deepEqual(r.json.rejected.map((x) => x.index), [2]);
      assert.match(r.json.rejected[0].reason_en, /future/);
      let u = await fieldUnit(unit.id);
      assert.deepEqual([u.lat, u.lon, u.position_at], [newest.lat, newest.lon, newest.at]);

      const stale = await post(officer, '/api/v1/positions', {
        field_unit_id: unit.id,
        points: [{ lat: -8.19, lon: 113.69, at: isoSeconds(now - 3_600_000), accuracy_m: 5 }],
      });
      assert.equal(stale.status, 200, stale.text);
      assert.equal(stale.json.stored, 1);
      u = await fieldUnit(unit.id);
      assert.deepEqual([u.lat, u.lon, u.position_at], [newest.lat, newest.lon, newest.at], 'an older ping is kept, the unit stays');
    });

    it('POST /positions: a point of the wrong shape is rejected alone; a unit of another Polres is 404, a role without report_incident 403', async () => {
      const at = isoSeconds(Date.now());
      const r = await post(ops, '/api/v1/positions', {
        field_unit_id: unit.id,
        points: [{ lat: '-8.17', lon: 113.7, at }, { lat: -8.1701, lon: 113.7001, at, accuracy_m: 3 }],
      });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.stored, 1);
      assert.deepEqual(r.json.rejected.map((x) => x.index), [0]);
      const good = [{ lat: -8.17, lon: 113.7, at, accuracy_m: 3 }];
      const ttuUnit = (await get(ttu, '/api/v1/field-units')).json.items[0];
      assertError(await post(ops, '/api/v1/positions', { field_unit_id: ttuUnit.id, points: good }), 404, 'not_found');
      assertError(await post(ops, '/api/v1/positions', { field_unit_id: 999999, points: good }), 404, 'not_found');
      assertError(await post(ren, '/api/v1/positions', { field_unit_id: unit.id, points: good }), 403, 'forbidden');
      assertError(await post(ops, '/api/v1/positions', { points: good }), 422, 'invalid_input', 'field_unit_id');
      assertError(await post(ops, '/api/v1/positions', { field_unit_id: unit.id }), 422, 'invalid_input', 'points');
    });

    // A batch of only malformed points still goes through the permission,
    // unit and territory checks.
    it('POST /positions: an empty list is 422 (field points); a batch of only malformed points still checks permission and unit',
      async () => {
        const bad = [{ lat: 'x' }];
        assertError(await post(ops, '/api/v1/positions', { field_unit_id: unit.id, points: [] }), 422, 'invalid_input', 'points');
        assertError(await post(ren, '/api/v1/positions', { field_unit_id: unit.id, points: bad }), 403, 'forbidden');
        assertError(await post(ops, '/api/v1/positions', { field_unit_id: 999999, points: bad }), 404, 'not_found');
      });
  });
});

describe(`${DB_LABEL} incidents: public report rate limit`, () => {
  let srv;
  let admin;
  before(async () => {
    srv = await startServer({ args: ['--public-report-limit', '3'] });
    admin = await loginAs(srv.base, 'admin');
  });
  after(async () => {
    await srv?.stop();
  });

  it('the 4th report of an address within 10 minutes is 429 with Retry-After, and is not stored', async () => {
    const codes = [];
    for (let k = 0; k < 3; k++) {
      const r = await api(srv.base, null, 'POST', '/api/v1/public/reports', report({ description: `laporan ${k}` }));
      assert.equal(r.status, 201, r.text);
      codes.push(r.json.tracking_code);
    }
    const count = async () => (await api(srv.base, admin, 'GET', '/api/v1/incidents?limit=1')).json.total;
    assert.equal(await count(), 3);
    const r = await api(srv.base, null, 'POST', '/api/v1/public/reports', report({ description: 'laporan keempat' }));
    assertError(r, 429, 'rate_limited');
    const retry = r.headers.get('retry-after');
    assert.match(retry ?? '', /^\d+$/, `Retry-After: ${retry}`);
    assert.ok(Number(retry) >= 1 && Number(retry) <= 600, `Retry-After ${retry}`);
    assert.match(r.json.error.message_en, new RegExp(`${retry} seconds`));
    assert.equal(await count(), 3, 'the refused report is not stored');
    // Reading the status is not limited; the force's own reports are not either.
    for (const code of codes) assert.equal((await api(srv.base, null, 'GET', `/api/v1/public/reports/${code}`)).status, 200);
    const ops = await loginAs(srv.base, 'jember.ops');
    assert.equal((await api(srv.base, ops, 'POST', '/api/v1/incidents', report())).status, 201);
    assert.equal((await api(srv.base, null, 'POST', '/api/v1/public/reports', report())).status, 429);
    assert.equal(await count(), 4);
  });
});
