// Session lifetime: --session-idle (unused for N seconds) and --session-max
// (absolute lifetime). The server here runs with idle 2 s and max 6 s.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, api, sleep, startServer } from './harness.mjs';

const IDLE = 2;
const MAX = 6;

async function freshLogin(base, username, password) {
  const r = await api(base, null, 'POST', '/api/v1/session', { username, password });
  assert.equal(r.status, 200, r.text);
  return { token: r.json.token, at: Date.now(), expiresAt: Date.parse(r.json.expires_at), cookie: r.headers.get('set-cookie') };
}

describe(`${DB_LABEL} session expiry (--session-idle ${IDLE} --session-max ${MAX})`, () => {
  let srv;
  before(async () => {
    srv = await startServer({ args: ['--session-idle', String(IDLE), '--session-max', String(MAX)] });
  });
  after(async () => {
    await srv?.stop();
  });

  it('expires_at and the cookie Max-Age follow --session-max', async () => {
    const s = await freshLogin(srv.base, 'jember.ops', 'Ops-Demo-2024');
    const seconds = (s.expiresAt - s.at) / 1000;
    assert.ok(seconds > MAX - 2 && seconds <= MAX + 1, `expires_at is about ${MAX} s ahead (got ${seconds})`);
    const m = /Max-Age=(\d+)/i.exec(s.cookie);
    assert.ok(m, s.cookie);
    assert.ok(Number(m[1]) >= MAX - 1 && Number(m[1]) <= MAX, `Max-Age ${m[1]}`);
  });

  it('a token unused for longer than --session-idle answers 401', async () => {
    const s = await freshLogin(srv.base, 'jember.ops', 'Ops-Demo-2024');
    assert.equal((await api(srv.base, s.token, 'GET', '/api/v1/session')).status, 200);
    await sleep(3500);
    const r = await api(srv.base, s.token, 'GET', '/api/v1/session');
    assert.equal(r.status, 401, r.text);
    assert.equal(r.json.error.code, 'unauthenticated');
    // It stays dead even though it was just presented again.
    assert.equal((await api(srv.base, s.token, 'GET', '/api/v1/tps?limit=1')).status, 401);
  });

  it('the idle timeout also ends cookie sessions', async () => {
    const s = await freshLogin(srv.base, 'jember.ren', 'Ren-Demo-2024');
    const cookie = { Cookie: `siaga_session=${s.token}` };
    assert.equal((await api(srv.base, null, 'GET', '/api/v1/session', undefined, cookie)).status, 200);
    await sleep(3500);
    assert.equal((await api(srv.base, null, 'GET', '/api/v1/session', undefined, cookie)).status, 401);
  });

  it('a token in regular use outlives the idle timeout but not --session-max', async () => {
    const s = await freshLogin(srv.base, 'jember.intelkam', 'Intelkam-Demo-2024');
    // Used every 0.5 s: alive for well over the 2 s idle timeout.
    while (Date.now() - s.at < 4200) {
      const r = await api(srv.base, s.token, 'GET', '/api/v1/session');
      assert.equal(r.status, 200, `still valid ${Date.now() - s.at} ms after login: ${r.text}`);
      await sleep(500);
    }
    // Keep using it until past the absolute lifetime.
    while (Date.now() - s.at < MAX * 1000 + 300) {
      await api(srv.base, s.token, 'GET', '/api/v1/session');
      await sleep(500);
    }
    const r = await api(srv.base, s.token, 'GET', '/api/v1/session');
    assert.equal(r.status, 401, `expired ${Date.now() - s.at} ms after login: ${r.text}`);
    assert.equal(r.json.error.code, 'unauthenticated');
  });

  it('a fresh login after expiry works', async () => {
    const s = await freshLogin(srv.base, 'jember.ops', 'Ops-Demo-2024');
    assert.equal((await api(srv.base, s.token, 'GET', '/api/v1/session')).status, 200);
  });
});
