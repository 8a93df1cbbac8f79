// Login, session cookie, logout, password change and lockout.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, api, login, loginAs, runCli, startServer } from './harness.mjs';

function assertError(r, status, code, field) {
  assert.equal(r.status, status, r.text);
  assert.ok(r.json && r.json.error, `error body expected: ${r.text}`);
  const e = r.json.error;
  assert.equal(e.code, code, r.text);
  assert.equal(typeof e.message, 'string');
  assert.ok(e.message.length > 0);
  assert.equal(typeof e.message_en, 'string');
  assert.ok(e.message_en.length > 0);
  assert.ok('field' in e, 'error.field present');
  if (field !== undefined) assert.equal(e.field, field, r.text);
}

describe(`${DB_LABEL} session`, () => {
  let srv;
  before(async () => {
    srv = await startServer();
  });
  after(async () => {
    await srv?.stop();
  });

  it('health answers 200 with status ok', async () => {
    const r = await api(srv.base, null, 'GET', '/api/v1/health');
    assert.equal(r.status, 200);
    assert.equal(r.json.status, 'ok');
    assert.match(r.headers.get('content-type'), /application\/json/);
  });

  it('login returns token, expiry, user and an HttpOnly SameSite=Strict cookie', async () => {
    const r = await api(srv.base, null, 'POST', '/api/v1/session', {
      username: 'jember.ops',
      password: 'Ops-Demo-2024',
    });
    assert.equal(r.status, 200, r.text);
    assert.match(r.json.token, /^\S{20,}$/);
    assert.ok(!Number.isNaN(Date.parse(r.json.expires_at)), `expires_at parses: ${r.json.expires_at}`);
    assert.ok(Date.parse(r.json.expires_at) > Date.now());
    const u = r.json.user;
    assert.equal(u.username, 'jember.ops');
    assert.equal(u.role, 'ops');
    assert.equal(u.unit_code, 'POLRES-JEMBER');
    assert.deepEqual(u.territory, ['35.09']);
    assert.equal(u.everywhere, false);
    assert.ok(Array.isArray(u.permissions) && u.permissions.includes('write_objects'));
    const cookie = r.headers.get('set-cookie');
    assert.ok(cookie, 'Set-Cookie present');
    assert.ok(cookie.startsWith(`siaga_session=${r.json.token}`), cookie);
    assert.match(cookie, /;\s*HttpOnly/i);
    assert.match(cookie, /;\s*SameSite=Strict/i);
    assert.match(cookie, /;\s*Path=\//);
  });

  it('admin is everywhere', async () => {
    const r = await api(srv.base, null, 'POST', '/api/v1/session', {
      username: 'admin',
      password: 'Admin-Demo-2024',
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.user.role, 'admin');
    assert.equal(r.json.user.unit_code, 'MABES');
    assert.equal(r.json.user.everywhere, true);
  });

  it('GET /session works with the Bearer token and with the cookie', async () => {
    const token = await loginAs(srv.base, 'jember.ren');
    const a = await api(srv.base, token, 'GET', '/api/v1/session');
    assert.equal(a.status, 200, a.text);
    assert.equal(a.json.user.username, 'jember.ren');
    assert.equal(a.json.user.role, 'ren');
    const b = await api(srv.base, null, 'GET', '/api/v1/session', undefined, {
      Cookie: `theme=dark; siaga_session=${token}`,
    });
    assert.equal(b.status, 200, b.text);
    assert.equal(b.json.user.username, 'jember.ren');
  });

  it('GET /session without credentials or with a bogus token answers 401', async () => {
    assertError(await api(srv.base, null, 'GET', '/api/v1/session'), 401, 'unauthenticated');
    assertError(await api(srv.base, 'not-a-real-token', 'GET', '/api/v1/session'), 401, 'unauthenticated');
    assertError(
      await api(srv.base, null, 'GET', '/api/v1/session', undefined, { Cookie: 'siaga_session=bogus' }),
      401,
      'unauthenticated',
    );
  });

  it('protected resources answer 401 without a session', async () => {
    for (const p of ['/api/v1/tps', '/api/v1/objects', '/api/v1/regions', '/api/v1/units', '/api/v1/elections', '/api/v1/skck', '/api/v1/stages']) {
      assertError(await api(srv.base, null, 'GET', p), 401, 'unauthenticated');
    }
  });

  it('wrong password answers 401 with an error body', async () => {
    const r = await api(srv.base, null, 'POST', '/api/v1/session', {
      username: 'jember.binmas',
      password: 'wrong-password-123',
    });
    assertError(r, 401, 'unauthenticated');
    assert.equal(r.headers.get('set-cookie'), null, 'no cookie on failure');
  });

  it('unknown user answers 401 exactly like a wrong password', async () => {
    const r = await api(srv.base, null, 'POST', '/api/v1/session', {
      username: 'nobody.here',
      password: 'whatever-123456',
    });
    assertError(r, 401, 'unauthenticated');
  });

  it('login with missing fields answers 422 naming the field', async () => {
    assertError(await api(srv.base, null, 'POST', '/api/v1/session', { password: 'x' }), 422, 'invalid_input', 'username');
    assertError(await api(srv.base, null, 'POST', '/api/v1/session', { username: 'admin' }), 422, 'invalid_input', 'password');
  });

  it('DELETE /session answers 204, then the token answers 401', async () => {
    const token = await loginAs(srv.base, 'jember.officer');
    assert.equal((await api(srv.base, token, 'GET', '/api/v1/session')).status, 200);
    const d = await api(srv.base, token, 'DELETE', '/api/v1/session');
    assert.equal(d.status, 204, d.text);
    assert.equal(d.text, '');
    const cleared = d.headers.get('set-cookie') ?? '';
    assert.match(cleared, /^siaga_session=;/, 'the cookie is cleared');
    assert.match(cleared, /Max-Age=0/);
    assertError(await api(srv.base, token, 'GET', '/api/v1/session'), 401, 'unauthenticated');
    assertError(await api(srv.base, token, 'GET', '/api/v1/tps?limit=1'), 401, 'unauthenticated');
    // Logging out twice: the session is gone.
    assertError(await api(srv.base, token, 'DELETE', '/api/v1/session'), 401, 'unauthenticated');
  });

  it('logout ends only that session', async () => {
    const t1 = await loginAs(srv.base, 'jember.partner');
    const t2 = await loginAs(srv.base, 'jember.partner');
    assert.notEqual(t1, t2);
    assert.equal((await api(srv.base, t1, 'DELETE', '/api/v1/session')).status, 204);
    assert.equal((await api(srv.base, t1, 'GET', '/api/v1/session')).status, 401);
    assert.equal((await api(srv.base, t2, 'GET', '/api/v1/session')).status, 200);
  });

  it('PUT /session/password changes the password (204); old one stops working', async () => {
    const created = runCli([
      'user', '--db', srv.dbPath, 'add', 'pw.changer', '--role', 'officer', '--unit', 'POLSEK-35.09.19',
      '--password', 'First-Password-1',
    ]);
    assert.equal(created.status, 0, created.stderr);
    const token = await login(srv.base, 'pw.changer', 'First-Password-1');
    const r = await api(srv.base, token, 'PUT', '/api/v1/session/password', {
      current_password: 'First-Password-1',
      new_password: 'Second-Password-2',
    });
    assert.equal(r.status, 204, r.text);
    assertError(
      await api(srv.base, null, 'POST', '/api/v1/session', { username: 'pw.changer', password: 'First-Password-1' }),
      401,
      'unauthenticated',
    );
    const t2 = await login(srv.base, 'pw.changer', 'Second-Password-2');
    assert.equal((await api(srv.base, t2, 'GET', '/api/v1/session')).json.user.username, 'pw.changer');
  });

  it('password change with a wrong current password answers 422 naming current_password', async () => {
    const token = await loginAs(srv.base, 'jember.pimpinan');
    const r = await api(srv.base, token, 'PUT', '/api/v1/session/password', {
      current_password: 'not-my-password',
      new_password: 'Another-Password-9',
    });
    assertError(r, 422, 'invalid_input', 'current_password');
    // The old password still works.
    await loginAs(srv.base, 'jember.pimpinan');
  });

  it('password change to a too short password answers 422 naming new_password', async () => {
    const token = await loginAs(srv.base, 'jember.pimpinan');
    const r = await api(srv.base, token, 'PUT', '/api/v1/session/password', {
      current_password: 'Pimpinan-Demo-2024',
      new_password: 'short',
    });
    assertError(r, 422, 'invalid_input', 'new_password');
    await loginAs(srv.base, 'jember.pimpinan');
  });

  it('password change requires a session', async () => {
    const r = await api(srv.base, null, 'PUT', '/api/v1/session/password', {
      current_password: 'a', new_password: 'Bbbbbbbbbbbb-1',
    });
    assertError(r, 401, 'unauthenticated');
  });

  it('admin creates users through the API; others may not', async () => {
    const admin = await loginAs(srv.base, 'admin');
    const body = { username: 'api.made', password: 'Api-Made-Password-1', full_name: 'Dibuat Lewat API', role: 'officer', unit_code: 'POLSEK-35.09.19' };
    const r = await api(srv.base, admin, 'POST', '/api/v1/users', body);
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.username, 'api.made');
    assert.equal(r.json.role, 'officer');
    assert.equal(r.json.unit_code, 'POLSEK-35.09.19');
    assert.equal(r.json.full_name, 'Dibuat Lewat API');
    assert.equal(r.json.active, true);
    assert.equal(r.json.password, undefined);
    assert.equal(r.json.password_hash, undefined);
    const t = await login(srv.base, 'api.made', 'Api-Made-Password-1');
    const me = await api(srv.base, t, 'GET', '/api/v1/session');
    assert.deepEqual(me.json.user.territory, ['35.09.19']);
    assertError(await api(srv.base, admin, 'POST', '/api/v1/users', body), 409, 'conflict', 'username');
    assertError(await api(srv.base, admin, 'POST', '/api/v1/users', { ...body, username: 'api.made2', role: 'general' }), 422, 'invalid_input', 'role');
    assertError(await api(srv.base, admin, 'POST', '/api/v1/users', { ...body, username: 'api.made3', unit_code: 'POLSEK-NOPE' }), 422, 'invalid_input', 'unit_code');
    assertError(await api(srv.base, admin, 'POST', '/api/v1/users', { ...body, username: 'api.made4', password: 'short' }), 422, 'invalid_input', 'password');
    assertError(await api(srv.base, admin, 'POST', '/api/v1/users', { ...body, username: 'Bad Name' }), 422, 'invalid_input', 'username');
    const ops = await loginAs(srv.base, 'jember.ops');
    assertError(await api(srv.base, ops, 'POST', '/api/v1/users', { ...body, username: 'api.made5' }), 403, 'forbidden');
    assertError(await api(srv.base, ops, 'GET', '/api/v1/users'), 403, 'forbidden');
    const list = await api(srv.base, admin, 'GET', '/api/v1/users');
    assert.equal(list.status, 200);
    assert.ok(list.json.items.some((u) => u.username === 'api.made'));
    assert.ok(list.json.items.every((u) => u.password_hash === undefined));
    assert.ok(list.json.total >= 20);
  });

  it('5 consecutive wrong passwords lock the account (423 "locked"), even for the right password', async () => {
    const created = runCli([
      'user', '--db', srv.dbPath, 'add', 'lock.victim', '--role', 'officer', '--unit', 'POLRES-JEMBER',
      '--password', 'Victim-Password-1',
    ]);
    assert.equal(created.status, 0, created.stderr);
    // A success in between resets the count.
    for (let i = 0; i < 3; i++) {
      const r = await api(srv.base, null, 'POST', '/api/v1/session', { username: 'lock.victim', password: `bad-password-${i}` });
      assertError(r, 401, 'unauthenticated');
    }
    await login(srv.base, 'lock.victim', 'Victim-Password-1');
    for (let i = 1; i <= 4; i++) {
      const r = await api(srv.base, null, 'POST', '/api/v1/session', { username: 'lock.victim', password: `wrong-password-${i}` });
      assertError(r, 401, 'unauthenticated');
    }
    const fifth = await api(srv.base, null, 'POST', '/api/v1/session', { username: 'lock.victim', password: 'wrong-password-5' });
    assertError(fifth, 423, 'locked');
    const right = await api(srv.base, null, 'POST', '/api/v1/session', { username: 'lock.victim', password: 'Victim-Password-1' });
    assertError(right, 423, 'locked');
    assert.equal(right.json.token, undefined);
    const again = await api(srv.base, null, 'POST', '/api/v1/session', { username: 'lock.victim', password: 'wrong-password-6' });
    assertError(again, 423, 'locked');
    // Other accounts are not affected.
    await loginAs(srv.base, 'jember.ops');
  });

  it('concurrent wrong passwords still lock after exactly 5 (4 answers 401, the rest 423)', async () => {
    const created = runCli([
      'user', '--db', srv.dbPath, 'add', 'lock.parallel', '--role', 'officer', '--unit', 'POLRES-JEMBER',
      '--password', 'Parallel-Password-1',
    ]);
    assert.equal(created.status, 0, created.stderr);
    const statuses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api(srv.base, null, 'POST', '/api/v1/session', { username: 'lock.parallel', password: `wrong-${i}-xxxxxx` }).then((r) => r.status),
      ),
    );
    assert.equal(statuses.filter((s) => s === 401).length, 4, statuses.join(','));
    assert.equal(statuses.filter((s) => s === 423).length, 6, statuses.join(','));
    const right = await api(srv.base, null, 'POST', '/api/v1/session', { username: 'lock.parallel', password: 'Parallel-Password-1' });
    assertError(right, 423, 'locked');
  });
});
