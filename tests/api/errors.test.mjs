// Error handling: the error body shape, 400/404/405/413/422, bad query
// parameters, and the server staying up after each.

import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, api, loginAs, startServer } from './harness.mjs';

function assertError(r, status, code, field) {
  assert.equal(r.status, status, r.text);
  assert.match(r.headers.get('content-type') ?? '', /application\/json/);
  assert.ok(r.json && typeof r.json.error === 'object', `error body expected: ${r.text}`);
  const e = r.json.error;
  assert.deepEqual(Object.keys(e).sort(), ['code', 'field', 'message', 'message_en']);
  assert.equal(e.code, code, r.text);
  assert.ok(typeof e.message === 'string' && e.message.length > 0);
  assert.ok(typeof e.message_en === 'string' && e.message_en.length > 0);
  if (field !== undefined) assert.equal(e.field, field, r.text);
}

// One raw HTTP/1.1 exchange; resolves with the status code and the raw reply.
function rawRequest(port, head, body = Buffer.alloc(0)) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks = [];
    let error = null;
    socket.on('data', (c) => chunks.push(c));
    // The server may close while we still write: keep whatever reply arrived.
    socket.on('error', (e) => {
      error = e;
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : null, text, error });
    });
    socket.setTimeout(15000, () => socket.destroy());
    socket.write(head);
    if (body.length) socket.write(body);
    socket.end();
  });
}

describe(`${DB_LABEL} errors`, () => {
  let srv;
  let ops;
  let intelkam;
  before(async () => {
    srv = await startServer();
    ops = await loginAs(srv.base, 'jember.ops');
    intelkam = await loginAs(srv.base, 'jember.intelkam');
  });
  after(async () => {
    await srv?.stop();
  });

  async function assertAlive() {
    const h = await api(srv.base, null, 'GET', '/api/v1/health');
    assert.equal(h.status, 200);
    assert.equal(h.json.status, 'ok');
    assert.equal((await api(srv.base, ops, 'GET', '/api/v1/session')).status, 200);
  }

  it('malformed JSON answers 400 bad_request', async () => {
    for (const body of ['{"username":', '{username: "a"}', 'not json at all', '{"a":1}}', '']) {
      const r = await api(srv.base, null, 'POST', '/api/v1/session', body, { 'Content-Type': 'application/json' });
      assertError(r, 400, 'bad_request');
    }
    const r = await api(srv.base, ops, 'POST', '/api/v1/objects', '{"kind":"ppk",', { 'Content-Type': 'application/json' });
    assertError(r, 400, 'bad_request');
    await assertAlive();
  });

  it('a JSON body that is not an object answers 400', async () => {
    for (const body of ['[1,2]', '"text"', '42', 'null']) {
      const r = await api(srv.base, ops, 'POST', '/api/v1/objects', body, { 'Content-Type': 'application/json' });
      assertError(r, 400, 'bad_request');
    }
    await assertAlive();
  });

  it('wrong JSON types answer 400 naming the field', async () => {
    assertError(await api(srv.base, null, 'POST', '/api/v1/session', { username: 5, password: 'x' }), 400, 'bad_request', 'username');
    assertError(await api(srv.base, null, 'POST', '/api/v1/session', { username: 'admin', password: ['x'] }), 400, 'bad_request', 'password');
    const obj = { kind: 'ppk', name: 'Posko', lat: -8.2, lon: 113.64 };
    assertError(await api(srv.base, ops, 'POST', '/api/v1/objects', { ...obj, lat: '-8.2' }), 400, 'bad_request', 'lat');
    assertError(await api(srv.base, ops, 'POST', '/api/v1/objects', { ...obj, lon: true }), 400, 'bad_request', 'lon');
    assertError(await api(srv.base, ops, 'POST', '/api/v1/objects', { ...obj, name: 12 }), 400, 'bad_request', 'name');
    assertError(await api(srv.base, ops, 'POST', '/api/v1/objects', { ...obj, kind: { a: 1 } }), 400, 'bad_request', 'kind');
    assertError(await api(srv.base, ops, 'POST', '/api/v1/objects', { ...obj, notes: 5 }), 400, 'bad_request', 'notes');
    const skck = { applicant_name: 'Budi', nik: '3509190101800001', domicile_code: '35.09.19' };
    assertError(await api(srv.base, intelkam, 'POST', '/api/v1/skck', { ...skck, nik: 3509190101800001 }), 400, 'bad_request', 'nik');
    assertError(await api(srv.base, intelkam, 'POST', '/api/v1/skck', { ...skck, election_id: '1' }), 400, 'bad_request', 'election_id');
    assertError(await api(srv.base, intelkam, 'POST', '/api/v1/skck', { ...skck, election_id: 1.5 }), 400, 'bad_request', 'election_id');
    await assertAlive();
  });

  it('missing required fields answer 422 naming the field', async () => {
    const full = { kind: 'ppk', name: 'Posko', lat: -8.200076, lon: 113.640599 };
    for (const field of ['kind', 'name', 'lat', 'lon']) {
      const body = { ...full };
      delete body[field];
      assertError(await api(srv.base, ops, 'POST', '/api/v1/objects', body), 422, 'invalid_input', field);
    }
    assertError(await api(srv.base, ops, 'POST', '/api/v1/objects', {}), 422, 'invalid_input', 'kind');
    const skck = { applicant_name: 'Budi', nik: '3509190101800001', domicile_code: '35.09.19' };
    for (const field of ['applicant_name', 'nik', 'domicile_code']) {
      const body = { ...skck };
      delete body[field];
      assertError(await api(srv.base, intelkam, 'POST', '/api/v1/skck', body), 422, 'invalid_input', field);
    }
    await assertAlive();
  });

  it('unknown routes answer 404 JSON', async () => {
    for (const p of ['/api/v1/nope', '/api/v1/tps/1/extra', '/api/v2/tps', '/api', '/api/v1/objects/abc', '/api/v1/units/POLRES-JEMBER']) {
      assertError(await api(srv.base, ops, 'GET', p), 404, 'not_found');
    }
    assertError(await api(srv.base, ops, 'POST', '/api/v1/nope', {}), 404, 'not_found');
    await assertAlive();
  });

  it('a wrong method on a known route answers 405 with Allow', async () => {
    const cases = [
      ['PUT', '/api/v1/health', ['GET']],
      ['DELETE', '/api/v1/tps', ['GET']],
      ['POST', '/api/v1/tps/1', ['GET']],
      ['PUT', '/api/v1/objects', ['GET', 'POST']],
      ['POST', '/api/v1/objects/1', ['DELETE', 'GET', 'PATCH']],
      ['PATCH', '/api/v1/session', ['DELETE', 'GET', 'POST']],
      ['GET', '/api/v1/skck/1/transition', ['POST']],
    ];
    for (const [method, p, allowed] of cases) {
      const r = await api(srv.base, ops, method, p, method === 'DELETE' || method === 'GET' ? undefined : {});
      assertError(r, 405, 'method_not_allowed');
      const allow = (r.headers.get('allow') ?? '').split(',').map((s) => s.trim()).filter(Boolean).sort();
      assert.deepEqual(allow, allowed, `${method} ${p}: Allow ${r.headers.get('allow')}`);
    }
    await assertAlive();
  });

  it('a body over 1 MiB announced by Content-Length answers 413 too_large', async () => {
    // Announce 2 MiB and send none of it: the limit applies to the announced
    // length, so the answer must come before any body byte.
    const raw = await rawRequest(
      srv.port,
      `POST /api/v1/objects HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ops}\r\nContent-Type: application/json\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n`,
    );
    assert.equal(raw.status, 413, `reply: ${JSON.stringify(raw.text.slice(0, 300))}`);
    assert.match(raw.text, /"code":"too_large"/);
    // Just over the limit (1 MiB + 1 byte).
    const raw2 = await rawRequest(
      srv.port,
      `POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${1024 * 1024 + 1}\r\n\r\n`,
    );
    assert.equal(raw2.status, 413, `reply: ${JSON.stringify(raw2.text.slice(0, 300))}`);
    await assertAlive();
  });

  it('a chunked body over 1 MiB answers 413 too_large', async () => {
    // One chunk of 0x110000 bytes (1.06 MiB) announced; its size alone is over the limit.
    const raw = await rawRequest(
      srv.port,
      `POST /api/v1/objects HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ops}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n110000\r\n`,
    );
    assert.equal(raw.status, 413, `reply: ${JSON.stringify(raw.text.slice(0, 300))}`);
    assert.match(raw.text, /"code":"too_large"/);
    await assertAlive();
  });

  it('a body just under 1 MiB is read (and judged on its content)', async () => {
    const body = JSON.stringify({ kind: 'ppk', name: 'x', lat: -8.2, lon: 113.6, notes: 'a'.repeat(1000 * 1000) });
    const r = await api(srv.base, ops, 'POST', '/api/v1/objects', body, { 'Content-Type': 'application/json' });
    // notes longer than 2000 characters: a validation error, not 413.
    assertError(r, 422, 'invalid_input', 'notes');
    await assertAlive();
  });

  it('bad query parameters answer 400 naming the parameter', async () => {
    const cases = [
      ['/api/v1/tps?limit=0', 'limit'],
      ['/api/v1/tps?limit=1001', 'limit'],
      ['/api/v1/tps?limit=abc', 'limit'],
      ['/api/v1/tps?cursor=-1', 'cursor'],
      ['/api/v1/tps?cursor=xyz', 'cursor'],
      ['/api/v1/tps?regency=35.9', 'regency'],
      ['/api/v1/tps?region=35-09', 'region'],
      ['/api/v1/tps?bbox=1,2,3', 'bbox'],
      ['/api/v1/tps?bbox=113.7,-8.1,113.6,-8.2', 'bbox'],
      ['/api/v1/tps?bbox=a,b,c,d', 'bbox'],
      ['/api/v1/tps?class=berbahaya', 'class'],
      ['/api/v1/tps?unit=abc', 'unit'],
      ['/api/v1/objects?kind=castle', 'kind'],
      ['/api/v1/objects?limit=5000', 'limit'],
      ['/api/v1/regions?level=planet', 'level'],
      ['/api/v1/units?level=brigade', 'level'],
      ['/api/v1/stages?at=27-11-2024', 'at'],
    ];
    for (const [p, field] of cases) {
      assertError(await api(srv.base, ops, 'GET', p), 400, 'bad_request', field);
    }
    assertError(await api(srv.base, intelkam, 'GET', '/api/v1/skck?status=lost'), 400, 'bad_request', 'status');
    await assertAlive();
  });

  it('unit must be a whole unit id: 400 for text after digits or a fraction', async () => {
    for (const bad of ['12abc', '7.5']) {
      const r = await api(srv.base, ops, 'GET', `/api/v1/tps?unit=${encodeURIComponent(bad)}`);
      assertError(r, 400, 'bad_request', 'unit');
    }
  });

  it('a malformed request target answers 400; garbage on the socket does not stop the server', async () => {
    const r = await rawRequest(srv.port, 'GET /api/v1/health?x=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.equal(r.status, 400, r.text.slice(0, 300));
    await rawRequest(srv.port, 'THIS IS NOT HTTP\r\n\r\n');
    await rawRequest(srv.port, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n');
    await assertAlive();
  });

  it('the server is still up and correct after all of the above', async () => {
    await assertAlive();
    const r = await api(srv.base, ops, 'GET', '/api/v1/tps?regency=35.09&limit=1');
    assert.equal(r.status, 200);
    assert.equal(r.json.total, 4046);
  });
});
