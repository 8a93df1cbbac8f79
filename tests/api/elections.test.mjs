// Elections, candidates and the stage calendar.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, api, demoRows, loginAs, startServer } from './harness.mjs';

const ELECTIONS = demoRows('elections.csv');
const CANDIDATES = demoRows('candidates.csv');
const STAGE_CODES = demoRows('stages.csv').map((s) => s.code);

describe(`${DB_LABEL} elections and stages`, () => {
  let srv;
  let ops;
  let admin;
  before(async () => {
    srv = await startServer();
    ops = await loginAs(srv.base, 'jember.ops');
    admin = await loginAs(srv.base, 'admin');
  });
  after(async () => {
    await srv?.stop();
  });

  it('admin lists all 8 contests with their fields', async () => {
    const r = await api(srv.base, admin, 'GET', '/api/v1/elections');
    assert.equal(r.status, 200);
    assert.equal(r.json.total, 8);
    assert.equal(r.json.next, null);
    assert.deepEqual(r.json.items.map((e) => e.code).sort(), ELECTIONS.map((e) => e.code).sort());
    for (const e of r.json.items) {
      assert.deepEqual(Object.keys(e).sort(), ['code', 'id', 'kind', 'name', 'region_code', 'voting_date']);
      const row = ELECTIONS.find((x) => x.code === e.code);
      assert.equal(e.name, row.name);
      assert.equal(e.kind, row.kind);
      assert.equal(e.region_code, row.region_code);
      assert.equal(e.voting_date, '2024-11-27');
    }
  });

  it('a Jember user lists the Jatim governor and Jember regent contests', async () => {
    const r = await api(srv.base, ops, 'GET', '/api/v1/elections');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.items.map((e) => e.code).sort(), ['PILBUP-35.09-2024', 'PILGUB-35-2024']);
    assert.equal(r.json.total, 2);
  });

  it('GET /elections/{id} includes the candidates', async () => {
    const list = (await api(srv.base, ops, 'GET', '/api/v1/elections')).json.items;
    for (const e of list) {
      const r = await api(srv.base, ops, 'GET', `/api/v1/elections/${e.id}`);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.code, e.code);
      const expected = CANDIDATES.filter((c) => c.election_code === e.code);
      assert.equal(r.json.candidates.length, expected.length);
      assert.ok(expected.length >= 2);
      for (const c of r.json.candidates) {
        assert.deepEqual(Object.keys(c).sort(), ['deputy_name', 'election_id', 'head_name', 'id', 'number', 'parties']);
        assert.equal(c.election_id, e.id);
        const row = expected.find((x) => Number(x.number) === c.number);
        assert.ok(row, `candidate ${c.number}`);
        assert.equal(c.head_name, row.head_name);
        assert.equal(c.deputy_name, row.deputy_name);
      }
      const cands = await api(srv.base, ops, 'GET', `/api/v1/elections/${e.id}/candidates`);
      assert.equal(cands.status, 200);
      assert.equal(cands.json.total, expected.length);
      assert.deepEqual(cands.json.items, r.json.candidates);
    }
  });

  it('an unknown election answers 404', async () => {
    for (const p of ['/api/v1/elections/987654', '/api/v1/elections/987654/candidates']) {
      const r = await api(srv.base, ops, 'GET', p);
      assert.equal(r.status, 404);
      assert.equal(r.json.error.code, 'not_found');
    }
  });

  it('GET /stages lists the 16 stages with at most one current', async () => {
    const r = await api(srv.base, ops, 'GET', '/api/v1/stages');
    assert.equal(r.status, 200);
    assert.equal(r.json.total, 16);
    assert.equal(r.json.items.length, 16);
    assert.deepEqual(r.json.items.map((s) => s.code), STAGE_CODES);
    for (const s of r.json.items) {
      assert.deepEqual(
        Object.keys(s).sort(),
        ['code', 'current', 'ends_on', 'id', 'name', 'name_en', 'posture', 'posture_en', 'starts_on'],
      );
      assert.equal(typeof s.current, 'boolean');
    }
    assert.ok(r.json.items.filter((s) => s.current).length <= 1);
    assert.match(r.json.today, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(r.json.voting_date, '2024-11-27');
  });

  const currentAt = async (day) => {
    const r = await api(srv.base, ops, 'GET', `/api/v1/stages?at=${day}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.today, day);
    const flagged = r.json.items.filter((s) => s.current);
    assert.ok(flagged.length <= 1);
    if (r.json.current === null) {
      assert.equal(flagged.length, 0);
      return null;
    }
    assert.equal(flagged.length, 1);
    assert.equal(flagged[0].code, r.json.current.code);
    return r.json.current.code;
  };

  it('?at=2024-11-27 makes the voting stage current', async () => {
    assert.equal(await currentAt('2024-11-27'), 'pemungutan_suara');
  });

  it('?at picks the most specific running stage', async () => {
    assert.equal(await currentAt('2024-11-25'), 'masa_tenang');
    assert.equal(await currentAt('2024-08-28'), 'pendaftaran_paslon');
    assert.equal(await currentAt('2024-10-15'), 'kampanye');
    assert.equal(await currentAt('2024-12-01'), 'penghitungan_rekapitulasi');
  });

  it('?at before the first stage has no current stage; after the last keeps the last ended', async () => {
    assert.equal(await currentAt('2024-01-01'), null);
    assert.equal(await currentAt('2025-06-01'), 'pelantikan');
  });

  it('elections and stages need a session', async () => {
    assert.equal((await api(srv.base, null, 'GET', '/api/v1/elections')).status, 401);
    assert.equal((await api(srv.base, null, 'GET', '/api/v1/stages')).status, 401);
  });
});
