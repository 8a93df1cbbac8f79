// Two `siaga serve` instances on one PostgreSQL database behind nginx, with
// the configuration of docs/nginx/siaga-instances.conf. Runs in the
// PostgreSQL pass of the suite only: on SQLite one file has one server.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { DB_KIND, REPO_ROOT, api, demoRows, freePort, loginAs, sleep, startServer } from './harness.mjs';

const TPS = demoRows('tps.csv');
const MANGLI = TPS.find((t) => t.code === '3509191001001');

async function startNginx(instanceA, instanceB) {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-nginx-'));
  const port = await freePort();
  const conf = fs
    .readFileSync(path.join(REPO_ROOT, 'docs', 'nginx', 'siaga-instances.conf'), 'utf8')
    .replaceAll('@PREFIX@', prefix)
    .replaceAll('@INSTANCE_A@', `127.0.0.1:${instanceA.port}`)
    .replaceAll('@INSTANCE_B@', `127.0.0.1:${instanceB.port}`)
    .replaceAll('@LISTEN@', `127.0.0.1:${port}`);
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), conf);
  const proc = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stderr.on('data', (c) => { output += c; });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).status === 200) break;
    } catch {
      // not yet
    }
    if (proc.exitCode !== null) throw new Error(`nginx exited: ${output}`);
    await sleep(100);
  }
  return {
    base,
    async stop() {
      proc.kill('SIGTERM');
      await new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}

async function listen(base, token) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/v1/events`, { headers: { Authorization: `Bearer ${token}` }, signal: controller.signal });
  const events = [];
  (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(frame)?.[1];
          if (type) events.push({ type, data: JSON.parse(/^data: (.*)$/m.exec(frame)[1]) });
        }
      }
    } catch {
      // closed
    }
  })();
  return { res, events, close: () => controller.abort() };
}

async function waitFor(predicate, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !predicate()) await sleep(50);
  return predicate();
}

if (DB_KIND === 'postgres') {
  describe('[postgres] two instances behind nginx', () => {
    let a;
    let b;
    let lb;

    before(async () => {
      a = await startServer();
      b = await startServer({ demo: false, share: a });
      lb = await startNginx(a, b);
    });
    after(async () => {
      await lb?.stop();
      await b?.stop();
      await a?.stop();
    });

    it('requests through nginx land on both instances, with one login', async () => {
      const token = await loginAs(lb.base, 'jember.ops');
      const seen = new Set();
      for (let i = 0; i < 10; i++) {
        const r = await fetch(`${lb.base}/api/v1/tps?regency=35.09&limit=1`, { headers: { Authorization: `Bearer ${token}` } });
        assert.equal(r.status, 200);
        assert.equal((await r.json()).total, 4046);
        seen.add(r.headers.get('x-siaga-instance'));
      }
      assert.equal(seen.size, 2, `answered by ${[...seen].join(', ')}`);
    });

    it('an object created through one instance is read through the other', async () => {
      const token = await loginAs(lb.base, 'jember.ops');
      const created = await api(a.base, token, 'POST', '/api/v1/objects', {
        kind: 'crowd_point', name: 'Titik Dua Instans', lat: Number(MANGLI.lat), lon: Number(MANGLI.lon),
      });
      assert.equal(created.status, 201, created.text);
      const read = await api(b.base, token, 'GET', `/api/v1/objects/${created.json.id}`);
      assert.equal(read.status, 200);
      assert.equal(read.json.name, 'Titik Dua Instans');
      // The same Idempotency-Key on the other instance replays, not duplicates.
      const body = { kind: 'pps', name: 'PPS Sekali Saja', lat: Number(MANGLI.lat), lon: Number(MANGLI.lon) };
      const first = await api(a.base, token, 'POST', '/api/v1/objects', body, { 'Idempotency-Key': 'two-instances-1' });
      const again = await api(b.base, token, 'POST', '/api/v1/objects', body, { 'Idempotency-Key': 'two-instances-1' });
      assert.equal(first.status, 201);
      assert.equal(again.json.id, first.json.id);
    });

    it('a logout on one instance ends the session on the other', async () => {
      const token = await loginAs(a.base, 'jember.ren');
      assert.equal((await api(b.base, token, 'GET', '/api/v1/session')).status, 200);
      assert.equal((await api(a.base, token, 'DELETE', '/api/v1/session')).status, 204);
      // Each process trusts a verified session for at most one second.
      await sleep(1100);
      assert.equal((await api(b.base, token, 'GET', '/api/v1/session')).status, 401);
    });

    it('an event published on one instance reaches a subscriber on the other', async () => {
      const token = await loginAs(lb.base, 'jember.ops');
      const onB = await listen(b.base, token);
      try {
        assert.equal(onB.res.status, 200);
        await sleep(300);
        const created = await api(a.base, token, 'POST', '/api/v1/objects', {
          kind: 'candidate_post', name: 'Posko Lintas Instans', lat: Number(MANGLI.lat), lon: Number(MANGLI.lon),
        });
        assert.equal(created.status, 201, created.text);
        assert.ok(
          await waitFor(() => onB.events.some((e) => e.type === 'object.created' && e.data.id === created.json.id), 5000),
          'instance B streamed the object created on instance A',
        );
        assert.equal(onB.events.filter((e) => e.data.id === created.json.id).length, 1, 'delivered once');
      } finally {
        onB.close();
      }
    });
  });
}
