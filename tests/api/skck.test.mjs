// SKCK (police clearance for candidates): submission, the status workflow,
// permissions, and the issuing-unit rule.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, allPages, api, loginAs, startServer } from './harness.mjs';

const SKCK_FIELDS = [
  'applicant_name', 'decided_at', 'decided_by', 'domicile_code', 'election_id', 'id', 'issuing_unit_id',
  'issuing_unit_name', 'nik', 'number', 'processed_at', 'processed_by', 'reason', 'status', 'submitted_at',
  'submitted_by',
];

function assertError(r, status, code, field) {
  assert.equal(r.status, status, r.text);
  assert.equal(r.json?.error?.code, code, r.text);
  if (field !== undefined) assert.equal(r.json.error.field, field, r.text);
}

let nikSeq = 1;
const nik = () => `35091901018${String(nikSeq++).padStart(5, '0')}`;

describe(`${DB_LABEL} skck`, () => {
  let srv;
  let intelkam;
  let admin;
  let pilbup;
  before(async () => {
    srv = await startServer();
    intelkam = await loginAs(srv.base, 'jember.intelkam');
    admin = await loginAs(srv.base, 'admin');
    pilbup = (await api(srv.base, intelkam, 'GET', '/api/v1/elections')).json.items.find((e) => e.code === 'PILBUP-35.09-2024');
  });
  after(async () => {
    await srv?.stop();
  });

  const submit = (body, token = intelkam, headers = {}) => api(srv.base, token, 'POST', '/api/v1/skck', body, headers);
  const move = (id, body, token = intelkam) => api(srv.base, token, 'POST', `/api/v1/skck/${id}/transition`, body);
  const fresh = async (extra = {}) => {
    const r = await submit({ applicant_name: 'Calon Uji', nik: nik(), domicile_code: '35.09.19', ...extra });
    assert.equal(r.status, 201, r.text);
    return r.json;
  };

  it('intelkam submits: 201, status diajukan, issued by Polres Jember', async () => {
    const n = nik();
    const r = await submit({ applicant_name: 'Hendra Wijaya', nik: n, domicile_code: '35.09.19', election_id: pilbup.id });
    assert.equal(r.status, 201, r.text);
    const k = r.json;
    assert.deepEqual(Object.keys(k).sort(), SKCK_FIELDS);
    assert.equal(k.status, 'diajukan');
    assert.equal(k.applicant_name, 'Hendra Wijaya');
    assert.equal(k.nik, n);
    assert.equal(k.domicile_code, '35.09.19');
    assert.equal(k.election_id, pilbup.id);
    assert.equal(k.issuing_unit_name, 'Polres Jember');
    assert.equal(k.number, null);
    assert.equal(k.reason, null);
    assert.equal(k.submitted_by, 'jember.intelkam');
    assert.ok(!Number.isNaN(Date.parse(k.submitted_at)));
    assert.equal(k.processed_by, null);
    assert.equal(k.decided_by, null);
    assert.equal(r.headers.get('location'), `/api/v1/skck/${k.id}`);
    const g = await api(srv.base, intelkam, 'GET', `/api/v1/skck/${k.id}`);
    assert.equal(g.status, 200);
    assert.deepEqual(g.json, k);
  });

  it('a desa domicile and no election are accepted', async () => {
    const k = await fresh({ domicile_code: '35.09.19.1001' });
    assert.equal(k.domicile_code, '35.09.19.1001');
    assert.equal(k.election_id, null);
    assert.equal(k.issuing_unit_name, 'Polres Jember');
  });

  it('invalid NIK, domicile or election answer 422 naming the field', async () => {
    const base = { applicant_name: 'X', nik: nik(), domicile_code: '35.09.19' };
    for (const bad of ['123', '350919010180000', '35091901018000011', '35091901018000a1', '']) {
      assertError(await submit({ ...base, nik: bad }), 422, 'invalid_input', 'nik');
    }
    for (const bad of ['35.09', '35', '35.09.99', '35.09.19.9999', 'Jember', '']) {
      assertError(await submit({ ...base, domicile_code: bad }), 422, 'invalid_input', 'domicile_code');
    }
    assertError(await submit({ ...base, election_id: 987654 }), 422, 'invalid_input', 'election_id');
    assertError(await submit({ ...base, applicant_name: '' }), 422, 'invalid_input', 'applicant_name');
    assertError(await submit({ ...base, applicant_name: 'a'.repeat(201) }), 422, 'invalid_input', 'applicant_name');
  });

  it('a Sinjai domicile submitted in Jember answers 422 naming the issuing unit', async () => {
    const r = await submit({ applicant_name: 'Andi', nik: nik(), domicile_code: '73.07.01' });
    assertError(r, 422, 'invalid_input', 'domicile_code');
    assert.match(r.json.error.message, /Polres Sinjai/);
    assert.match(r.json.error.message_en, /Polres Sinjai/);
  });

  it('roles: ops cannot submit or read; pimpinan reads but cannot submit or decide', async () => {
    const ops = await loginAs(srv.base, 'jember.ops');
    assertError(await submit({ applicant_name: 'X', nik: nik(), domicile_code: '35.09.19' }, ops), 403, 'forbidden');
    assertError(await api(srv.base, ops, 'GET', '/api/v1/skck'), 403, 'forbidden');
    const k = await fresh();
    assertError(await move(k.id, { status: 'diproses' }, ops), 403, 'forbidden');
    const pimpinan = await loginAs(srv.base, 'jember.pimpinan');
    assert.equal((await api(srv.base, pimpinan, 'GET', `/api/v1/skck/${k.id}`)).status, 200);
    assertError(await submit({ applicant_name: 'X', nik: nik(), domicile_code: '35.09.19' }, pimpinan), 403, 'forbidden');
    assertError(await move(k.id, { status: 'diproses' }, pimpinan), 403, 'forbidden');
    const still = await api(srv.base, intelkam, 'GET', `/api/v1/skck/${k.id}`);
    assert.equal(still.json.status, 'diajukan');
  });

  it('diajukan -> diproses -> terbit gives a number', async () => {
    const k = await fresh();
    const p = await move(k.id, { status: 'diproses' });
    assert.equal(p.status, 200, p.text);
    assert.equal(p.json.status, 'diproses');
    assert.equal(p.json.processed_by, 'jember.intelkam');
    assert.ok(!Number.isNaN(Date.parse(p.json.processed_at)));
    assert.equal(p.json.number, null);
    const t = await move(k.id, { status: 'terbit' });
    assert.equal(t.status, 200, t.text);
    assert.equal(t.json.status, 'terbit');
    assert.match(t.json.number, new RegExp(`^SKCK/${String(k.id).padStart(5, '0')}/\\d{1,2}/\\d{4}/POLRES-JEMBER$`));
    assert.equal(t.json.decided_by, 'jember.intelkam');
    assert.ok(!Number.isNaN(Date.parse(t.json.decided_at)));
    const g = await api(srv.base, intelkam, 'GET', `/api/v1/skck/${k.id}`);
    assert.deepEqual(g.json, t.json);
  });

  it('illegal transitions answer 409 and change nothing', async () => {
    const k = await fresh();
    assertError(await move(k.id, { status: 'terbit' }), 409, 'conflict');
    assertError(await move(k.id, { status: 'diajukan' }), 409, 'conflict');
    assert.equal((await api(srv.base, intelkam, 'GET', `/api/v1/skck/${k.id}`)).json.status, 'diajukan');
    assert.equal((await move(k.id, { status: 'diproses' })).status, 200);
    assertError(await move(k.id, { status: 'diproses' }), 409, 'conflict');
    assertError(await move(k.id, { status: 'diajukan' }), 409, 'conflict');
    assert.equal((await move(k.id, { status: 'terbit' })).status, 200);
    for (const to of ['diproses', 'terbit', 'ditolak', 'diajukan']) {
      assertError(await move(k.id, { status: to, reason: 'alasan' }), 409, 'conflict');
    }
    const g = await api(srv.base, intelkam, 'GET', `/api/v1/skck/${k.id}`);
    assert.equal(g.json.status, 'terbit');
    assert.equal(g.json.reason, null);
  });

  it('ditolak requires a reason (422), then is final (409)', async () => {
    const k = await fresh();
    assert.equal((await move(k.id, { status: 'diproses' })).status, 200);
    assertError(await move(k.id, { status: 'ditolak' }), 422, 'invalid_input', 'reason');
    assertError(await move(k.id, { status: 'ditolak', reason: '   ' }), 422, 'invalid_input', 'reason');
    assert.equal((await api(srv.base, intelkam, 'GET', `/api/v1/skck/${k.id}`)).json.status, 'diproses');
    const r = await move(k.id, { status: 'ditolak', reason: 'Berkas tidak lengkap' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.status, 'ditolak');
    assert.equal(r.json.reason, 'Berkas tidak lengkap');
    assert.equal(r.json.number, null);
    assert.equal(r.json.decided_by, 'jember.intelkam');
    for (const to of ['diajukan', 'diproses', 'terbit', 'ditolak']) {
      assertError(await move(k.id, { status: to, reason: 'lagi' }), 409, 'conflict');
    }
    assert.equal((await api(srv.base, intelkam, 'GET', `/api/v1/skck/${k.id}`)).json.status, 'ditolak');
  });

  it('transition body errors: missing or unknown status 422, wrong type 400, unknown id 404', async () => {
    const k = await fresh();
    assertError(await move(k.id, {}), 422, 'invalid_input', 'status');
    assertError(await move(k.id, { status: 'hilang' }), 422, 'invalid_input', 'status');
    assertError(await move(k.id, { status: 1 }), 400, 'bad_request', 'status');
    assertError(await move(k.id, { status: 'ditolak', reason: 5 }), 400, 'bad_request', 'reason');
    assertError(await move(987654, { status: 'diproses' }), 404, 'not_found');
    assertError(await api(srv.base, intelkam, 'GET', '/api/v1/skck/987654'), 404, 'not_found');
  });

  it('the list filters by status', async () => {
    const all = await allPages(srv.base, intelkam, '/api/v1/skck?limit=1000');
    assert.ok(all.total >= 6);
    for (const status of ['diajukan', 'diproses', 'terbit', 'ditolak']) {
      const r = await allPages(srv.base, intelkam, `/api/v1/skck?status=${status}&limit=1000`);
      assert.equal(r.total, all.items.filter((x) => x.status === status).length, status);
      assert.ok(r.items.every((x) => x.status === status));
    }
    assert.ok(all.items.some((x) => x.status === 'terbit'));
    assert.ok(all.items.some((x) => x.status === 'ditolak'));
  });

  it('Idempotency-Key on submit: same body replays, different body 409', async () => {
    const body = { applicant_name: 'Idem', nik: nik(), domicile_code: '35.09.19' };
    const h = { 'Idempotency-Key': 'skck-uji-1' };
    const a = await submit(body, intelkam, h);
    const b = await submit(body, intelkam, h);
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.equal(b.json.id, a.json.id);
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
    assertError(await submit({ ...body, applicant_name: 'Lain' }, intelkam, h), 409, 'conflict');
    const list = await allPages(srv.base, intelkam, '/api/v1/skck?limit=1000');
    assert.equal(list.items.filter((x) => x.applicant_name === 'Idem').length, 1);
    assert.equal(list.items.filter((x) => x.applicant_name === 'Lain').length, 0);
  });

  it('admin (Mabes) may submit anywhere; the issuer is the Polres of the domicile', async () => {
    const r = await submit({ applicant_name: 'Calon Sinjai', nik: '7307010101800009', domicile_code: '73.07.01' }, admin);
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.issuing_unit_name, 'Polres Sinjai');
  });
});
