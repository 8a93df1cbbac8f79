// The hash-chained audit log (API and `siaga audit verify`), tamper
// detection, and `siaga backup`.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { DB_KIND, DB_LABEL, allPages, api, demoRows, loginAs, restoredBackup, runCli, runSql, startServer } from './harness.mjs';

const TPS = demoRows('tps.csv');
const MANGLI = TPS.find((t) => t.code === '3509191001001');
const SINJAI = TPS.find((t) => t.code === '7307011001001');

// The working spelling of the command (options of `audit` before `verify`).
const verifyCli = (db) => runCli(['audit', '--db', db, 'verify']);

describe(`${DB_LABEL} audit log and backup`, () => {
  let srv;
  let admin;
  let ops;
  let intelkam;
  before(async () => {
    srv = await startServer();
    admin = await loginAs(srv.base, 'admin');
    ops = await loginAs(srv.base, 'jember.ops');
    intelkam = await loginAs(srv.base, 'jember.intelkam');
  });
  after(async () => {
    await srv?.stop();
  });

  const verifyApi = async () => {
    const r = await api(srv.base, admin, 'GET', '/api/v1/audit/verify');
    assert.equal(r.status, 200, r.text);
    return r.json;
  };
  const entries = async () => (await verifyApi()).entries;
  const lastEntries = async (n) => {
    const total = await entries();
    const r = await api(srv.base, admin, 'GET', `/api/v1/audit?cursor=${total - n}&limit=${n}`);
    assert.equal(r.status, 200, r.text);
    return r.json.items;
  };

  it('GET /audit/verify (admin) reports an intact log', async () => {
    const v = await verifyApi();
    assert.equal(v.intact, true);
    assert.equal(typeof v.entries, 'number');
    assert.ok(v.entries >= 27, `demo load is audited (${v.entries} entries)`);
    assert.equal(v.first_bad_id, null);
  });

  it('reading the audit log needs read_audit: pimpinan yes, ops no', async () => {
    const pimpinan = await loginAs(srv.base, 'jember.pimpinan');
    assert.equal((await api(srv.base, pimpinan, 'GET', '/api/v1/audit/verify')).status, 200);
    for (const p of ['/api/v1/audit/verify', '/api/v1/audit']) {
      const r = await api(srv.base, ops, 'GET', p);
      assert.equal(r.status, 403, `${p}: ${r.text}`);
      assert.equal(r.json.error.code, 'forbidden');
    }
    assert.equal((await api(srv.base, null, 'GET', '/api/v1/audit/verify')).status, 401);
  });

  it('GET /audit lists entries in id order with their hashes, paged', async () => {
    const all = await allPages(srv.base, admin, '/api/v1/audit?limit=10');
    assert.equal(all.items.length, all.total);
    all.items.forEach((e, i) => {
      assert.equal(e.id, i + 1);
      assert.deepEqual(Object.keys(e).sort(), ['action', 'at', 'detail', 'entity', 'entity_id', 'hash', 'id', 'unit_id', 'username']);
      assert.match(e.hash, /^[0-9a-f]{64}$/);
    });
    assert.equal(new Set(all.items.map((e) => e.hash)).size, all.items.length);
    assert.ok(all.items.some((e) => e.action === 'import.tps'));
    assert.ok(all.items.some((e) => e.action === 'session.login' && e.username === 'jember.ops'));
  });

  it('a Polres pimpinan reads only the entries of its own units', async () => {
    await loginAs(srv.base, 'sinjai.ops');
    const pimpinan = await loginAs(srv.base, 'jember.pimpinan');
    const mine = await allPages(srv.base, pimpinan, '/api/v1/audit?limit=100');
    assert.ok(mine.items.some((e) => e.username === 'jember.ops'), 'Jember entries are visible');
    assert.ok(!mine.items.some((e) => e.username.startsWith('sinjai.')), 'Sinjai entries are hidden');
    assert.ok(!mine.items.some((e) => e.username.startsWith('console:')), 'console entries are hidden');
    const everything = await allPages(srv.base, admin, '/api/v1/audit?limit=100');
    assert.ok(everything.items.some((e) => e.username === 'sinjai.ops'));
    assert.ok(mine.total < everything.total);
  });

  it('the stored chain links each entry to the previous hash', () => {
    const r = runSql(srv.dbPath, "SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 WHERE b.prev_hash <> a.hash; SELECT prev_hash FROM audit_log WHERE id = 1;");
    assert.equal(r.status, 0, r.stderr);
    const [broken, firstPrev = ''] = r.stdout.split('\n');
    assert.equal(broken, '0');
    assert.equal(firstPrev, '');
  });

  it('every write appends one entry naming user, action and entity; failed writes append none', async () => {
    let n = await entries();
    const c = await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'pps', name: 'PPS Audit', lat: Number(MANGLI.lat), lon: Number(MANGLI.lon) });
    assert.equal(c.status, 201, c.text);
    let [e] = await lastEntries(1);
    assert.equal(await entries(), n + 1);
    assert.equal(e.action, 'object.create');
    assert.equal(e.entity, 'object');
    assert.equal(e.entity_id, String(c.json.id));
    assert.equal(e.username, 'jember.ops');
    assert.match(e.detail, /PPS Audit/);
    n++;

    assert.equal((await api(srv.base, ops, 'PATCH', `/api/v1/objects/${c.json.id}`, { name: 'PPS Audit 2' })).status, 200);
    [e] = await lastEntries(1);
    assert.equal(await entries(), ++n);
    assert.equal(e.action, 'object.update');
    assert.equal(e.entity_id, String(c.json.id));

    assert.equal((await api(srv.base, ops, 'DELETE', `/api/v1/objects/${c.json.id}`)).status, 204);
    [e] = await lastEntries(1);
    assert.equal(await entries(), ++n);
    assert.equal(e.action, 'object.delete');

    // Rejected writes leave no trace.
    assert.equal((await api(srv.base, ops, 'POST', '/api/v1/objects', { kind: 'pps', name: 'Luar', lat: Number(SINJAI.lat), lon: Number(SINJAI.lon) })).status, 422);
    assert.equal((await api(srv.base, await loginAs(srv.base, 'jember.ren'), 'POST', '/api/v1/objects', { kind: 'pps', name: 'X', lat: -8.2, lon: 113.6 })).status, 403);
    n = await entries(); // the ren login above added session.login
    [e] = await lastEntries(1);
    assert.equal(e.action, 'session.login');

    const k = await api(srv.base, intelkam, 'POST', '/api/v1/skck', { applicant_name: 'Audit', nik: '3509190101809999', domicile_code: '35.09.19' });
    assert.equal(k.status, 201);
    [e] = await lastEntries(1);
    assert.equal(await entries(), ++n);
    assert.equal(e.action, 'skck.submit');
    assert.equal(e.entity_id, String(k.json.id));
    assert.equal((await api(srv.base, intelkam, 'POST', `/api/v1/skck/${k.json.id}/transition`, { status: 'diproses' })).status, 200);
    [e] = await lastEntries(1);
    assert.equal(await entries(), ++n);
    assert.equal(e.action, 'skck.diproses');
    assert.equal(e.username, 'jember.intelkam');

    const t = await loginAs(srv.base, 'jember.binmas');
    [e] = await lastEntries(1);
    assert.equal(e.action, 'session.login');
    assert.equal(e.username, 'jember.binmas');
    assert.equal((await api(srv.base, t, 'DELETE', '/api/v1/session')).status, 204);
    [e] = await lastEntries(1);
    assert.equal(e.action, 'session.logout');
    assert.equal(e.username, 'jember.binmas');
    assert.equal((await verifyApi()).intact, true);
  });

  it('`siaga audit verify --db FILE` exits 0 on an intact log', () => {
    const r = runCli(['audit', 'verify', '--db', srv.dbPath]);
    assert.equal(r.status, 0, `exit ${r.status}\n${r.stdout}${r.stderr}`);
    assert.match(r.stdout, /intact/);
  });

  it('`siaga audit --db FILE verify` exits 0 on an intact log', () => {
    const r = verifyCli(srv.dbPath);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /intact: \d+ entries/);
  });

  it('`siaga backup FILE --db DB` writes a readable copy (6627 TPS, intact log)', () => {
    const target = path.join(srv.dir, 'backup.db');
    const r = runCli(['backup', target, '--db', srv.dbPath]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.ok(fs.existsSync(target));
    const copy = restoredBackup(target);
    const count = runSql(copy, 'select count(*) from tps');
    assert.equal(count.status, 0, count.stderr);
    assert.equal(count.stdout.trim(), '6627');
    const users = runSql(copy, 'select count(*) from users');
    assert.ok(Number(users.stdout.trim()) >= 19);
    assert.equal(verifyCli(copy).status, 0);
    // An existing target is not overwritten.
    const size = fs.statSync(target).size;
    const again = runCli(['backup', target, '--db', srv.dbPath]);
    assert.notEqual(again.status, 0);
    assert.equal(fs.statSync(target).size, size);
  });

  it('an edited entry is detected by the CLI (exit 1, names the entry) and the API', async () => {
    const original = runSql(
      srv.dbPath,
      DB_KIND === 'postgres'
        ? "SELECT encode(convert_to(detail, 'UTF8'), 'hex') FROM audit_log WHERE id = 2"
        : 'SELECT hex(detail) FROM audit_log WHERE id = 2',
    );
    assert.equal(original.status, 0, original.stderr);
    const hex = original.stdout.trim();
    const upd = runSql(srv.dbPath, `UPDATE audit_log SET detail='{"x":"tampered"}' WHERE id=2`);
    assert.equal(upd.status, 0, upd.stderr);

    const r = verifyCli(srv.dbPath);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, /entry 2\b/);
    const v = await verifyApi();
    assert.equal(v.intact, false);
    assert.equal(v.first_bad_id, 2);
    assert.match(v.problem_en, /entry 2\b/);

    // Putting the text back restores the chain.
    const restore = runSql(
      srv.dbPath,
      DB_KIND === 'postgres'
        ? `UPDATE audit_log SET detail=convert_from(decode('${hex}', 'hex'), 'UTF8') WHERE id=2`
        : `UPDATE audit_log SET detail=CAST(X'${hex}' AS TEXT) WHERE id=2`,
    );
    assert.equal(restore.status, 0, restore.stderr);
    assert.equal(verifyCli(srv.dbPath).status, 0);
    assert.equal((await verifyApi()).intact, true);
  });

  it('an edited field other than detail (username) is detected', async () => {
    const original = runSql(srv.dbPath, 'SELECT username FROM audit_log WHERE id = 5').stdout.trim();
    assert.equal(runSql(srv.dbPath, "UPDATE audit_log SET username='someone.else' WHERE id=5").status, 0);
    const r = verifyCli(srv.dbPath);
    assert.equal(r.status, 1);
    assert.match(r.stdout + r.stderr, /entry 5\b/);
    assert.equal((await verifyApi()).first_bad_id, 5);
    assert.equal(runSql(srv.dbPath, `UPDATE audit_log SET username='${original}' WHERE id=5`).status, 0);
    assert.equal(verifyCli(srv.dbPath).status, 0);
  });

  it('a deleted middle entry is detected by the CLI and the API', async () => {
    const total = await entries();
    const middle = Math.floor(total / 2);
    assert.ok(middle > 1 && middle < total);
    assert.equal(runSql(srv.dbPath, `DELETE FROM audit_log WHERE id=${middle}`).status, 0);
    const r = verifyCli(srv.dbPath);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, new RegExp(`entry ${middle} is missing`));
    const v = await verifyApi();
    assert.equal(v.intact, false);
    assert.equal(v.first_bad_id, middle);
  });
});
