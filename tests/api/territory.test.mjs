// Territory: a Polres Jember user must not see or touch anything of Polres
// Sinjai, for every resource, and the other way round.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, allPages, api, loginAs, startServer } from './harness.mjs';

function assertNotFound(r, what) {
  assert.equal(r.status, 404, `${what}: ${r.status} ${r.text}`);
  assert.equal(r.json?.error?.code, 'not_found', what);
}

describe(`${DB_LABEL} territory (Polres Jember vs Polres Sinjai)`, () => {
  let srv;
  let admin;
  let ops; // jember.ops
  let intelkam; // jember.intelkam (SKCK)
  let sinjai; // sinjai.ops
  const s = {}; // Sinjai things, found by admin
  const j = {}; // Jember things
  before(async () => {
    srv = await startServer();
    admin = await loginAs(srv.base, 'admin');
    ops = await loginAs(srv.base, 'jember.ops');
    intelkam = await loginAs(srv.base, 'jember.intelkam');
    sinjai = await loginAs(srv.base, 'sinjai.ops');
    const units = (await allPages(srv.base, admin, '/api/v1/units?limit=1000')).items;
    const unit = (code) => units.find((u) => u.code === code).id;
    s.polres = unit('POLRES-SINJAI');
    s.polsek = unit('POLSEK-73.07.03');
    s.polda = unit('POLDA-SULSEL');
    j.polres = unit('POLRES-JEMBER');
    j.polsek = unit('POLSEK-35.09.19');
    s.tps = (await api(srv.base, admin, 'GET', '/api/v1/tps?regency=73.07&limit=1')).json.items[0];
    j.tps = (await api(srv.base, admin, 'GET', '/api/v1/tps?regency=35.09&limit=1')).json.items[0];
    s.object = (await api(srv.base, admin, 'GET', '/api/v1/objects?region=73.07&limit=1')).json.items[0];
    j.object = (await api(srv.base, admin, 'GET', '/api/v1/objects?region=35.09&limit=1')).json.items[0];
    const elections = (await api(srv.base, admin, 'GET', '/api/v1/elections')).json.items;
    s.election = elections.find((e) => e.code === 'PILBUP-73.07-2024');
    s.gubernur = elections.find((e) => e.code === 'PILGUB-73-2024');
    j.election = elections.find((e) => e.code === 'PILBUP-35.09-2024');
    const sk = await api(srv.base, admin, 'POST', '/api/v1/skck', {
      applicant_name: 'Andi Sinjai',
      nik: '7307010101800001',
      domicile_code: '73.07.01',
    });
    assert.equal(sk.status, 201, sk.text);
    s.skck = sk.json;
    const jk = await api(srv.base, intelkam, 'POST', '/api/v1/skck', {
      applicant_name: 'Budi Jember',
      nik: '3509190101800001',
      domicile_code: '35.09.19',
    });
    assert.equal(jk.status, 201, jk.text);
    j.skck = jk.json;
  });
  after(async () => {
    await srv?.stop();
  });

  it('fixtures exist', () => {
    for (const v of [s.tps, s.object, s.election, s.gubernur, s.skck, j.tps, j.object, j.election, j.skck]) assert.ok(v);
    assert.ok(s.tps.desa_code.startsWith('73.07.'));
    assert.ok(s.object.desa_code.startsWith('73.07.'));
  });

  it('tps: Sinjai TPS by id answers 404', async () => {
    assertNotFound(await api(srv.base, ops, 'GET', `/api/v1/tps/${s.tps.id}`), 'tps by id');
    assert.equal((await api(srv.base, ops, 'GET', `/api/v1/tps/${j.tps.id}`)).status, 200);
  });

  it('tps: lists show nothing of Sinjai', async () => {
    for (const q of ['regency=73.07', 'region=73.07.01', 'region=73', `q=${s.tps.code}`, `unit=${s.polres}`, `unit=${s.polsek}`, 'bbox=119.5,-5.6,120.6,-4.8']) {
      const r = await api(srv.base, ops, 'GET', `/api/v1/tps?${q}`);
      assert.equal(r.status === 200 || r.status === 404, true, `${q}: ${r.status}`);
      if (r.status === 200) {
        assert.equal(r.json.total, 0, q);
        assert.deepEqual(r.json.items, [], q);
      }
    }
    const all = await api(srv.base, ops, 'GET', '/api/v1/tps?limit=1');
    assert.equal(all.json.total, 4046, 'no filter: only Jember');
    const g = await api(srv.base, ops, 'GET', '/api/v1/tps/geojson?regency=73.07');
    assert.equal(g.json.features.length, 0);
  });

  it('objects: Sinjai object by id answers 404, also for PATCH and DELETE', async () => {
    assertNotFound(await api(srv.base, ops, 'GET', `/api/v1/objects/${s.object.id}`), 'object by id');
    assertNotFound(await api(srv.base, ops, 'PATCH', `/api/v1/objects/${s.object.id}`, { name: 'Diambil alih' }), 'object PATCH');
    assertNotFound(await api(srv.base, ops, 'DELETE', `/api/v1/objects/${s.object.id}`), 'object DELETE');
    const still = await api(srv.base, admin, 'GET', `/api/v1/objects/${s.object.id}`);
    assert.equal(still.status, 200);
    assert.equal(still.json.name, s.object.name, 'unchanged');
  });

  it('objects: lists show nothing of Sinjai', async () => {
    for (const q of ['region=73.07', `q=${encodeURIComponent('Sinjai')}`, 'bbox=119.5,-5.6,120.6,-4.8', 'kind=ppk']) {
      const r = await allPages(srv.base, ops, `/api/v1/objects?${q}&limit=1000`);
      assert.ok(r.items.every((o) => o.desa_code.startsWith('35.09.')), q);
    }
    const all = await allPages(srv.base, ops, '/api/v1/objects?limit=1000');
    assert.equal(all.total, 36);
    assert.ok(all.items.every((o) => o.desa_code.startsWith('35.09.')));
  });

  it('regions: Sinjai regions answer 404 and are not listed', async () => {
    for (const code of ['73.07', '73.07.01', s.tps.desa_code, '73']) {
      assertNotFound(await api(srv.base, ops, 'GET', `/api/v1/regions/${code}`), `region ${code}`);
    }
    const kids = await api(srv.base, ops, 'GET', '/api/v1/regions?parent=73.07');
    assert.equal(kids.json.total, 0);
    const all = await allPages(srv.base, ops, '/api/v1/regions?limit=1000');
    assert.ok(all.items.every((r) => r.code === '35' || r.code.startsWith('35.09')), 'only Jember and its province');
    const g = await api(srv.base, ops, 'GET', '/api/v1/regions/geojson?within=73.07&level=kecamatan');
    assert.equal(g.json.features.length, 0);
  });

  it('units: Sinjai units answer 404 and are not listed', async () => {
    assertNotFound(await api(srv.base, ops, 'GET', `/api/v1/units/${s.polres}`), 'Polres Sinjai');
    assertNotFound(await api(srv.base, ops, 'GET', `/api/v1/units/${s.polsek}`), 'Polsek Sinjai Timur');
    assertNotFound(await api(srv.base, ops, 'GET', `/api/v1/units/${s.polda}`), 'Polda Sulsel');
    assert.equal((await api(srv.base, ops, 'GET', `/api/v1/units/${j.polres}`)).status, 200);
    const all = await allPages(srv.base, ops, '/api/v1/units?limit=1000');
    assert.ok(all.items.every((u) => u.region_codes.every((c) => c === '35' || c.startsWith('35.09'))));
  });

  it('elections: only Jember contests; Sinjai ones answer 404', async () => {
    const r = await api(srv.base, ops, 'GET', '/api/v1/elections');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.items.map((e) => e.code).sort(), ['PILBUP-35.09-2024', 'PILGUB-35-2024']);
    assert.equal(r.json.total, 2);
    assertNotFound(await api(srv.base, ops, 'GET', `/api/v1/elections/${s.election.id}`), 'PILBUP Sinjai');
    assertNotFound(await api(srv.base, ops, 'GET', `/api/v1/elections/${s.gubernur.id}`), 'PILGUB Sulsel');
    assertNotFound(await api(srv.base, ops, 'GET', `/api/v1/elections/${s.election.id}/candidates`), 'candidates of PILBUP Sinjai');
    assert.equal((await api(srv.base, ops, 'GET', `/api/v1/elections/${j.election.id}`)).status, 200);
  });

  it('skck: a Sinjai request answers 404 to Jember and is not listed', async () => {
    assertNotFound(await api(srv.base, intelkam, 'GET', `/api/v1/skck/${s.skck.id}`), 'skck by id');
    assertNotFound(
      await api(srv.base, intelkam, 'POST', `/api/v1/skck/${s.skck.id}/transition`, { status: 'diproses' }),
      'skck transition',
    );
    const list = await allPages(srv.base, intelkam, '/api/v1/skck?limit=1000');
    assert.ok(!list.items.some((x) => x.id === s.skck.id));
    assert.ok(list.items.some((x) => x.id === j.skck.id));
    assert.ok(list.items.every((x) => x.domicile_code.startsWith('35.09')));
    const still = await api(srv.base, admin, 'GET', `/api/v1/skck/${s.skck.id}`);
    assert.equal(still.json.status, 'diajukan', 'the transition did not happen');
    const pimpinan = await loginAs(srv.base, 'jember.pimpinan');
    assertNotFound(await api(srv.base, pimpinan, 'GET', `/api/v1/skck/${s.skck.id}`), 'skck by id (pimpinan)');
  });

  it('the other way round: Sinjai sees nothing of Jember', async () => {
    assertNotFound(await api(srv.base, sinjai, 'GET', `/api/v1/tps/${j.tps.id}`), 'Jember TPS');
    assertNotFound(await api(srv.base, sinjai, 'GET', `/api/v1/objects/${j.object.id}`), 'Jember object');
    assertNotFound(await api(srv.base, sinjai, 'GET', '/api/v1/regions/35.09'), 'Jember region');
    assertNotFound(await api(srv.base, sinjai, 'GET', `/api/v1/units/${j.polsek}`), 'Jember unit');
    assertNotFound(await api(srv.base, sinjai, 'GET', `/api/v1/elections/${j.election.id}`), 'Jember election');
    const tps = await api(srv.base, sinjai, 'GET', '/api/v1/tps?limit=1');
    assert.equal(tps.json.total, 427);
    const tpsJember = await api(srv.base, sinjai, 'GET', '/api/v1/tps?regency=35.09');
    assert.equal(tpsJember.json.total, 0);
  });

  it('jatim.pimpinan (Polda Jatim) sees Jember but not Sinjai', async () => {
    const t = await loginAs(srv.base, 'jatim.pimpinan');
    assert.equal((await api(srv.base, t, 'GET', `/api/v1/tps/${j.tps.id}`)).status, 200);
    assertNotFound(await api(srv.base, t, 'GET', `/api/v1/tps/${s.tps.id}`), 'Sinjai TPS for Polda Jatim');
    const tps = await api(srv.base, t, 'GET', '/api/v1/tps?limit=1');
    assert.equal(tps.json.total, 4046);
    assertNotFound(await api(srv.base, t, 'GET', `/api/v1/skck/${s.skck.id}`), 'Sinjai SKCK for Polda Jatim');
    assert.equal((await api(srv.base, t, 'GET', `/api/v1/skck/${j.skck.id}`)).status, 200);
  });
});
