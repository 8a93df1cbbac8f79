// Imports through the API (POST /api/v1/import/{kind}) and the CLI
// (`siaga import KIND FILE --db DB`): line-numbered issues, all-or-nothing,
// permissions, and good files becoming visible through the API.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, api, loginAs, runCli, startServer } from './harness.mjs';

const HEADER = 'code,number,desa_code,lat,lon,voters,address';
const GOOD_990 = '3509191001990,990,35.09.19.1001,-8.200100,113.640700,250,TPS 990 Mangli';
const GOOD_991 = '3509191001991,991,35.09.19.1001,-8.200200,113.640800,260,TPS 991 Mangli';
const csv = (...lines) => [HEADER, ...lines].join('\n') + '\n';

describe(`${DB_LABEL} import`, () => {
  let srv;
  let admin;
  let ops;
  let expectedTotal = 6627;
  before(async () => {
    srv = await startServer();
    admin = await loginAs(srv.base, 'admin');
    ops = await loginAs(srv.base, 'jember.ops');
  });
  after(async () => {
    await srv?.stop();
  });

  const tpsTotal = async () => (await api(srv.base, admin, 'GET', '/api/v1/tps?limit=1')).json.total;
  const importApi = (kind, body, token = admin) =>
    api(srv.base, token, 'POST', `/api/v1/import/${kind}`, body, { 'Content-Type': 'text/csv' });

  // A 422 with issues; returns the issues.
  const rejected = async (r) => {
    assert.equal(r.status, 422, r.text);
    assert.equal(r.json.error.code, 'invalid_input');
    assert.ok(Array.isArray(r.json.issues) && r.json.issues.length > 0, r.text);
    for (const i of r.json.issues) {
      assert.deepEqual(Object.keys(i).sort(), ['column', 'line', 'message', 'message_en']);
      assert.equal(typeof i.line, 'number');
      assert.ok(i.message.length > 0 && i.message_en.length > 0);
    }
    assert.equal(await tpsTotal(), expectedTotal, 'nothing was stored');
    return r.json.issues;
  };
  const lines = (issues) => [...new Set(issues.map((i) => i.line))].sort((a, b) => a - b);

  it('starts with the 6627 demo TPS', async () => {
    assert.equal(await tpsTotal(), 6627);
  });

  it('a TPS code that does not match desa and number: 422 at line 2, column code', async () => {
    const issues = await rejected(await importApi('tps', csv('3509191001999,990,35.09.19.1001,-8.2001,113.6407,250,x', GOOD_991)));
    assert.deepEqual(lines(issues), [2]);
    assert.equal(issues[0].column, 'code');
    assert.match(issues[0].message_en, /3509191001990/, 'names the expected code');
  });

  it('a malformed desa code: 422 at its line, column desa_code', async () => {
    const issues = await rejected(await importApi('tps', csv(GOOD_990, '3509191001991,991,35.9.19.1001,-8.2002,113.6408,260,x')));
    assert.deepEqual(lines(issues), [3]);
    assert.ok(issues.some((i) => i.column === 'desa_code'));
  });

  it('an unknown parent desa: 422 at its line, column desa_code', async () => {
    const issues = await rejected(await importApi('tps', csv(GOOD_990, GOOD_991, '3509199999001,1,35.09.19.9999,-8.2,113.64,100,x')));
    assert.deepEqual(lines(issues), [4]);
    assert.equal(issues[0].column, 'desa_code');
    assert.match(issues[0].message_en, /35\.09\.19\.9999/);
  });

  it('coordinates outside Indonesia (lat 40): 422 at its line, column lat', async () => {
    const issues = await rejected(await importApi('tps', csv(GOOD_990, '3509191001991,991,35.09.19.1001,40,113.6408,260,x')));
    assert.deepEqual(lines(issues), [3]);
    assert.equal(issues[0].column, 'lat');
  });

  it('a duplicate key inside the file and a key already stored: 422 naming both lines, column code', async () => {
    const inFile = await rejected(await importApi('tps', csv(GOOD_990, GOOD_991, GOOD_990)));
    assert.deepEqual(lines(inFile), [4]);
    assert.equal(inFile[0].column, 'code');
    const stored = await rejected(await importApi('tps', csv(GOOD_990, '3509191001001,1,35.09.19.1001,-8.200076,113.640599,410,TPS 1 Mangli')));
    assert.deepEqual(lines(stored), [3]);
    assert.equal(stored[0].column, 'code');
  });

  it('a wrong column count: 422 at its line', async () => {
    const issues = await rejected(await importApi('tps', csv(GOOD_990, '3509191001991,991,35.09.19.1001,-8.2002,113.6408,260')));
    assert.deepEqual(lines(issues), [3]);
    assert.equal(issues[0].column, null);
    assert.match(issues[0].message_en, /6 columns where the header has 7/);
  });

  it('bad UTF-8 bytes: 422 at the line of the bad byte', async () => {
    const body = Buffer.concat([
      Buffer.from(`${HEADER}\n${GOOD_990}\n3509191001991,991,35.09.19.1001,-8.2002,113.6408,260,TPS `),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(' Mangli\n'),
    ]);
    const issues = await rejected(await importApi('tps', body));
    assert.deepEqual(lines(issues), [3]);
    assert.equal(issues[0].column, null);
    assert.match(issues[0].message_en, /UTF-8/);
  });

  it('several problems are all reported, with physical line numbers (quoted newlines count)', async () => {
    const body = csv(
      '3509191001990,990,35.09.19.1001,40,113.6407,250,x', // line 2: lat
      '3509191001991,991,35.09.19.1001,-8.2002,113.6408,260,"TPS 991\nMangli"', // lines 3-4: fine
      '3509191001992,993,35.09.19.1001,-8.2003,113.6409,260,x', // line 5: code
    );
    const issues = await rejected(await importApi('tps', body));
    assert.deepEqual(lines(issues), [2, 5]);
    assert.equal(issues.find((i) => i.line === 2).column, 'lat');
    assert.equal(issues.find((i) => i.line === 5).column, 'code');
  });

  it('a missing header column: 422 at line 1 naming the column', async () => {
    const issues = await rejected(await importApi('tps', 'code,number,desa_code,lat,lon,voters\n3509191001990,990,35.09.19.1001,-8.2,113.64,250\n'));
    assert.deepEqual(lines(issues), [1]);
    assert.equal(issues[0].column, 'address');
  });

  it('permissions: ren 403; ops only inside its territory; unknown kind 404', async () => {
    const ren = await loginAs(srv.base, 'jember.ren');
    const r = await importApi('tps', csv(GOOD_990), ren);
    assert.equal(r.status, 403, r.text);
    assert.equal(r.json.error.code, 'forbidden');
    const sinjai = await rejected(await importApi('tps', csv('7307011001990,990,73.07.01.1001,-5.2199,120.0050,100,x'), ops));
    assert.deepEqual(lines(sinjai), [2]);
    assert.equal(sinjai[0].column, 'desa_code');
    const unknown = await importApi('voters', csv(GOOD_990));
    assert.equal(unknown.status, 404, unknown.text);
    assert.equal(unknown.json.error.code, 'not_found');
    assert.equal((await api(srv.base, null, 'POST', '/api/v1/import/tps', csv(GOOD_990))).status, 401);
    assert.equal(await tpsTotal(), expectedTotal);
  });

  it('a good file (CRLF line ends) imports; the TPS appear through the API', async () => {
    const body = [HEADER, GOOD_990, GOOD_991].join('\r\n') + '\r\n';
    const r = await importApi('tps', body);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { imported: 2 });
    expectedTotal += 2;
    assert.equal(await tpsTotal(), expectedTotal);
    const found = await api(srv.base, ops, 'GET', '/api/v1/tps?q=350919100199');
    assert.equal(found.json.total, 2);
    const t = found.json.items.find((x) => x.code === '3509191001990');
    assert.equal(t.number, 990);
    assert.equal(t.desa_code, '35.09.19.1001');
    assert.equal(t.desa_name, 'Mangli');
    assert.equal(t.lat, -8.2001);
    assert.equal(t.lon, 113.6407);
    assert.equal(t.voters, 250);
    assert.equal(t.address, 'TPS 990 Mangli');
    const byId = await api(srv.base, ops, 'GET', `/api/v1/tps/${t.id}`);
    assert.deepEqual(byId.json, t);
    const kapolsek = await loginAs(srv.base, 'jember.kapolsek.kaliwates');
    assert.equal((await api(srv.base, kapolsek, 'GET', '/api/v1/tps?limit=1')).json.total, 192);
    assert.equal((await api(srv.base, ops, 'GET', '/api/v1/tps?regency=35.09&limit=1')).json.total, 4048);
    const audit = await api(srv.base, admin, 'GET', '/api/v1/audit/verify');
    assert.equal(audit.json.intact, true);
  });

  it('importing the same file again is rejected (keys exist) and stores nothing', async () => {
    const issues = await rejected(await importApi('tps', csv(GOOD_990, GOOD_991)));
    assert.deepEqual(lines(issues), [2, 3]);
    assert.ok(issues.every((i) => i.column === 'code'));
  });

  it('ops imports TPS inside its own territory', async () => {
    const r = await importApi('tps', csv('3509191001992,992,35.09.19.1001,-8.2003,113.6409,100,TPS 992 Mangli'), ops);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.imported, 1);
    expectedTotal += 1;
    assert.equal(await tpsTotal(), expectedTotal);
  });

  it('a good file over 1 MiB is accepted by the import endpoint', async () => {
    // Blank lines are skipped by the CSV reader: pad the file past 1 MiB.
    const body = csv('3509191001993,993,35.09.19.1001,-8.2004,113.6410,100,TPS 993 Mangli') + '\n'.repeat(1200 * 1024);
    assert.ok(Buffer.byteLength(body) > 1024 * 1024);
    let r;
    try {
      r = await importApi('tps', body);
    } catch (e) {
      assert.fail(`the server dropped the connection: ${e.cause?.code ?? e.message}`);
    }
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.imported, 1);
    expectedTotal += 1;
    assert.equal(await tpsTotal(), expectedTotal);
  });

  it('CLI: a bad file prints FILE:LINE: kolom/column COL: ... and exits 1; nothing stored', async () => {
    const file = path.join(srv.dir, 'bad_tps.csv');
    fs.writeFileSync(file, csv(
      '3509191001994,994,35.09.19.1001,40,113.6407,250,x', // line 2: lat
      '3509191001995,995,35.09.19.1001,-8.2002,113.6408,260,x', // line 3: fine
      '3509191001996,997,35.09.19.1001,-8.2003,113.6409,260,x', // line 4: code
    ));
    const r = runCli(['import', 'tps', file, '--db', srv.dbPath]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const out = r.stderr;
    assert.match(out, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: kolom/column lat: .+`, 'm'));
    assert.match(out, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: kolom/column code: .+`, 'm'));
    assert.doesNotMatch(out, /:3: /);
    assert.equal(await tpsTotal(), expectedTotal);
  });

  it('CLI: unknown parent desa, duplicate, column count and bad UTF-8 are reported with their lines', async () => {
    const cases = [
      [csv('3509199999001,1,35.09.19.9999,-8.2,113.64,100,x'), 2, 'desa_code'],
      [csv('3509191001994,994,35.09.19.1001,-8.2,113.64,100,x', '3509191001994,994,35.09.19.1001,-8.2,113.64,100,x'), 3, 'code'],
      [csv('3509191001994,994,35.09.19.1001,-8.2,113.64,100'), 2, null],
      [Buffer.concat([Buffer.from(csv('3509191001994,994,35.09.19.1001,-8.2,113.64,100,x')), Buffer.from([0xc3, 0x28, 0x0a])]), 3, null],
    ];
    for (const [content, line, column] of cases) {
      const file = path.join(srv.dir, `case_${line}_${column}.csv`);
      fs.writeFileSync(file, content);
      const r = runCli(['import', 'tps', file, '--db', srv.dbPath]);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      const prefix = `${file}:${line}:` + (column ? ` kolom/column ${column}:` : ' ');
      assert.ok(r.stderr.split('\n').some((l) => l.startsWith(prefix)), `expected a line starting with "${prefix}" in:\n${r.stderr}`);
    }
    assert.equal(await tpsTotal(), expectedTotal);
  });

  it('CLI: a good file imports while the server runs and shows up in the API', async () => {
    const file = path.join(srv.dir, 'good_tps.csv');
    fs.writeFileSync(file, csv(
      '3509191001994,994,35.09.19.1001,-8.2005,113.6411,120,TPS 994 Mangli',
      '3509191001995,995,35.09.19.1001,-8.2006,113.6412,130,TPS 995 Mangli',
    ));
    const r = runCli(['import', 'tps', file, '--db', srv.dbPath]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /\b2 baris diimpor/);
    expectedTotal += 2;
    assert.equal(await tpsTotal(), expectedTotal);
    const found = await api(srv.base, ops, 'GET', '/api/v1/tps?q=3509191001995');
    assert.equal(found.json.total, 1);
    assert.equal(found.json.items[0].voters, 130);
  });

  it('CLI: an unknown kind exits 2', () => {
    const file = path.join(srv.dir, 'x.csv');
    fs.writeFileSync(file, csv(GOOD_990));
    const r = runCli(['import', 'voters', file, '--db', srv.dbPath]);
    assert.equal(r.status, 2, r.stdout + r.stderr);
  });

  it('objects: a good row imports and is listed; an unknown kind is reported by line', async () => {
    const head = 'kind,name,lat,lon,desa_code,notes';
    const good = await importApi('objects', `${head}\nvital_object,Gardu Uji Impor,-8.200076,113.640599,35.09.19.1001,"catatan, dengan koma"\n`);
    assert.equal(good.status, 200, good.text);
    assert.equal(good.json.imported, 1);
    const listed = await api(srv.base, ops, 'GET', '/api/v1/objects?q=Gardu%20Uji%20Impor');
    assert.equal(listed.json.total, 1);
    assert.equal(listed.json.items[0].notes, 'catatan, dengan koma');
    assert.equal(listed.json.items[0].kind, 'vital_object');
    assert.equal(listed.json.items[0].desa_code, '35.09.19.1001');
    const bad = await importApi('objects', `${head}\nppk,Baik,-8.200076,113.640599,35.09.19.1001,\ncastle,Benteng,-8.2,113.64,35.09.19.1001,\n`);
    assert.equal(bad.status, 422, bad.text);
    assert.deepEqual(lines(bad.json.issues), [3]);
    assert.equal(bad.json.issues[0].column, 'kind');
    assert.equal((await api(srv.base, ops, 'GET', '/api/v1/objects?q=Baik')).json.total, 0);
  });

  it('objects: desa_code may be empty (documented); the desa is found from the point', async () => {
    // registry_csv.hpp and docs/openapi.yaml: "objects: kind,name,lat,lon,desa_code,notes (desa_code may be empty)"
    const r = await importApi('objects', 'kind,name,lat,lon,desa_code,notes\nppk,Posko Tanpa Desa,-8.200076,113.640599,,\n');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.imported, 1);
    const listed = await api(srv.base, ops, 'GET', '/api/v1/objects?q=Posko%20Tanpa%20Desa');
    assert.equal(listed.json.total, 1);
    assert.equal(listed.json.items[0].desa_code, '35.09.19.1001');
  });

  it('other kinds report their problems by line and column', async () => {
    const cases = [
      ['regions', 'code,name,level,lat,lon\n35.09.19.9001,Desa Uji,desa,-8.2,113.64\n35.09.99.2001,Desa Yatim,desa,-8.2,113.64\n', 3, 'code'],
      ['units', 'code,name,level,parent_code,region_codes,lat,lon\nPOLSEK-UJI,Polsek Uji,polsek,POLSEK-35.09.19,35.09.19,-8.2,113.6\n', 2, 'parent_code'],
      ['units', 'code,name,level,parent_code,region_codes,lat,lon\nPOLSEK-UJI,Polsek Uji,polsek,POLRES-TIDAK-ADA,35.09.19,-8.2,113.6\n', 2, 'parent_code'],
      ['elections', 'code,name,kind,region_code,voting_date\nPILBUP-UJI,Uji,bupati,35.09,27-11-2024\n', 2, 'voting_date'],
      ['stages', 'code,name_id,name_en,starts_on,ends_on,posture_id,posture_en\nuji,Uji,Test,2024-12-10,2024-12-01,,\n', 2, 'ends_on'],
      ['candidates', 'election_code,number,head_name,deputy_name,parties\nPILBUP-TIDAK-ADA,1,A,B,C\n', 2, 'election_code'],
    ];
    for (const [kind, body, line, column] of cases) {
      const r = await importApi(kind, body);
      assert.equal(r.status, 422, `${kind}: ${r.text}`);
      assert.deepEqual(lines(r.json.issues), [line], `${kind}: ${r.text}`);
      assert.ok(r.json.issues.some((i) => i.column === column), `${kind}: ${r.text}`);
    }
    // Nothing of the rejected region file was stored, not even its good first row.
    assert.equal((await api(srv.base, admin, 'GET', '/api/v1/regions/35.09.19.9001')).status, 404);
  });
});
