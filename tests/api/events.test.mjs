// Live events (Server-Sent Events): a change reaches the screens of its
// territory and no others.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, api, demoRows, loginAs, startServer } from './harness.mjs';
import { listen, waitFor } from './sse.mjs';

const TPS = demoRows('tps.csv');
const MANGLI = TPS.find((t) => t.code === '3509191001001');

describe(`${DB_LABEL} live events`, () => {
  let srv;
  let jember;
  let sinjai;

  before(async () => {
    srv = await startServer();
    jember = await loginAs(srv.base, 'jember.ops');
    sinjai = await loginAs(srv.base, 'sinjai.ops');
  });
  after(async () => srv?.stop());

  it('needs a session', async () => {
    const res = await fetch(`${srv.base}/api/v1/events`);
    assert.equal(res.status, 401);
    assert.equal((await res.json()).error.code, 'unauthenticated');
  });

  it('a created, updated and deleted object reaches its own territory only', async () => {
    const mine = await listen(srv.base, jember);
    const theirs = await listen(srv.base, sinjai);
    try {
      assert.equal(mine.res.status, 200);
      assert.match(mine.res.headers.get('content-type'), /text\/event-stream/);
      const created = await api(srv.base, jember, 'POST', '/api/v1/objects', {
        kind: 'crowd_point', name: 'Titik Kumpul Live', lat: Number(MANGLI.lat), lon: Number(MANGLI.lon),
      });
      assert.equal(created.status, 201, created.text);
      const id = created.json.id;
      assert.ok(await waitFor(() => mine.events.some((e) => e.type === 'object.created' && e.data.id === id), 5000),
        'the Jember screen hears of the new object');
      const event = mine.events.find((e) => e.data.id === id);
      assert.equal(event.data.name, 'Titik Kumpul Live');
      assert.equal(event.data.desa_code, '35.09.19.1001');

      assert.equal((await api(srv.base, jember, 'PATCH', `/api/v1/objects/${id}`, { name: 'Titik Kumpul Baru' })).status, 200);
      assert.equal((await api(srv.base, jember, 'DELETE', `/api/v1/objects/${id}`)).status, 204);
      assert.ok(await waitFor(() => mine.events.some((e) => e.type === 'object.deleted' && e.data.id === id), 5000));
      const types = mine.events.filter((e) => e.data.id === id).map((e) => e.type);
      assert.deepEqual(types, ['object.created', 'object.updated', 'object.deleted']);

      await new Promise((r) => setTimeout(r, 500));
      assert.equal(theirs.events.length, 0, 'the Sinjai screen hears nothing of Jember');
    } finally {
      mine.close();
      theirs.close();
    }
  });

  it('a refused write sends nothing', async () => {
    const mine = await listen(srv.base, jember);
    try {
      const bad = await api(srv.base, jember, 'POST', '/api/v1/objects', { kind: 'crowd_point', name: '', lat: -8.2, lon: 113.6 });
      assert.equal(bad.status, 422);
      await new Promise((r) => setTimeout(r, 700));
      assert.equal(mine.events.length, 0);
    } finally {
      mine.close();
    }
  });

  it('the server still answers other requests while streams are open', async () => {
    const streams = await Promise.all([1, 2, 3, 4, 5].map(() => listen(srv.base, jember)));
    try {
      const h = await fetch(`${srv.base}/api/v1/health`);
      assert.equal(h.status, 200);
    } finally {
      streams.forEach((s) => s.close());
    }
  });
});
