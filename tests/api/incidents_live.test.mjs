// Live incident board (GET /api/v1/events, Server-Sent Events): a new report,
// each step of its lifecycle and each position ping reach the screens of
// their territory, and no others.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, api, loginAs, startServer } from './harness.mjs';
import { listen, waitFor } from './sse.mjs';

// Inside desa Kepatihan, Kec. Kaliwates, Polres Jember.
const HERE = { lat: -8.17, lon: 113.7 };
const DELIVERY_MS = 5000; // a delivery must arrive within this
const MARGIN_MS = 1000; // after the home screen heard it, the others had this long too

const isoSeconds = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe(`${DB_LABEL} incidents: live events`, () => {
  let srv;
  let ops; // jember.ops
  let officer; // jember.officer, Polsek Kaliwates
  let ttu; // ttu.ops
  let mine; // ops's stream
  let theirs; // ttu's stream

  before(async () => {
    srv = await startServer({ args: ['--public-report-limit', '100000'] });
    ops = await loginAs(srv.base, 'jember.ops');
    officer = await loginAs(srv.base, 'jember.officer');
    ttu = await loginAs(srv.base, 'ttu.ops');
    mine = await listen(srv.base, ops);
    theirs = await listen(srv.base, ttu);
    assert.equal(mine.res.status, 200);
    assert.equal(theirs.res.status, 200);
    assert.match(mine.res.headers.get('content-type'), /text\/event-stream/);
  });
  after(async () => {
    mine?.close();
    theirs?.close();
    await srv?.stop();
  });

  const post = (token, path, body) => api(srv.base, token, 'POST', path, body);
  const heard = (stream, type, match) => stream.events.filter((e) => e.type === type && match(e.data));
  // Nothing of incident or unit kind reached the TTU screen.
  const ttuHeardNothing = () => {
    const leaked = theirs.events.filter((e) => e.type.startsWith('incident.') || e.type.startsWith('unit.'));
    assert.deepEqual(leaked.map((e) => `${e.type} ${e.data.tracking_code ?? e.data.call_sign}`), [], 'TTU hears nothing of Jember');
  };

  let incidentId;
  let trackingCode;

  it('a public report in Jember reaches the Jember screen as incident.created, not the TTU screen', async () => {
    const r = await post(null, '/api/v1/public/reports', {
      type: 'kerumunan', description: 'Massa berkumpul di balai desa', lat: HERE.lat, lon: HERE.lon,
    });
    assert.equal(r.status, 201, r.text);
    trackingCode = r.json.tracking_code;
    assert.ok(await waitFor(() => heard(mine, 'incident.created', (d) => d.tracking_code === trackingCode).length > 0, DELIVERY_MS),
      'the Jember screen hears of the new report');
    const [event] = heard(mine, 'incident.created', (d) => d.tracking_code === trackingCode);
    incidentId = event.data.id;
    assert.ok(Number.isInteger(incidentId));
    assert.equal(event.data.status, 'baru');
    assert.equal(event.data.source, 'publik');
    assert.equal(event.data.type, 'kerumunan');
    assert.equal(event.data.desa_code, '35.09.19.1006');
    assert.equal(event.data.desa_name, 'Kepatihan');
    // The event carries the same incident the queue shows.
    const shown = await api(srv.base, ops, 'GET', `/api/v1/incidents/${incidentId}`);
    assert.equal(shown.status, 200, shown.text);
    for (const k of Object.keys(event.data)) assert.deepEqual(shown.json[k], event.data[k], k);
    await new Promise((r) => setTimeout(r, MARGIN_MS));
    assert.equal(heard(mine, 'incident.created', (d) => d.tracking_code === trackingCode).length, 1, 'heard once');
    ttuHeardNothing();
  });

  it('a refused report sends nothing', async () => {
    const count = mine.events.length;
    const r = await post(null, '/api/v1/public/reports', { type: 'pencurian', description: 'x', lat: HERE.lat, lon: HERE.lon });
    assert.equal(r.status, 422, r.text);
    await new Promise((r) => setTimeout(r, MARGIN_MS));
    assert.equal(mine.events.length, count);
  });

  it('a transition reaches the Jember screen as incident.updated with the new status', async () => {
    const r = await post(ops, `/api/v1/incidents/${incidentId}/transitions`, { status: 'diverifikasi' });
    assert.equal(r.status, 200, r.text);
    assert.ok(await waitFor(() => heard(mine, 'incident.updated', (d) => d.id === incidentId && d.status === 'diverifikasi').length > 0, DELIVERY_MS),
      'the Jember screen hears of the verification');
    const [event] = heard(mine, 'incident.updated', (d) => d.id === incidentId);
    assert.equal(event.data.tracking_code, trackingCode);
    assert.equal(event.data.updated_at, r.json.updated_at);
    await new Promise((r) => setTimeout(r, MARGIN_MS));
    ttuHeardNothing();
  });

  it('dispatching sends incident.updated (ditugaskan) and unit.updated (bertugas); done sends the unit back on siaga', async () => {
    const detail = await api(srv.base, ops, 'GET', `/api/v1/incidents/${incidentId}`);
    const unitId = detail.json.offers[0].field_unit_id;
    const r = await post(ops, `/api/v1/incidents/${incidentId}/transitions`, { status: 'ditugaskan', field_unit_id: unitId });
    assert.equal(r.status, 200, r.text);
    assert.ok(await waitFor(() => heard(mine, 'incident.updated', (d) => d.id === incidentId && d.status === 'ditugaskan' && d.field_unit_id === unitId).length > 0, DELIVERY_MS));
    assert.ok(await waitFor(() => heard(mine, 'unit.updated', (d) => d.id === unitId && d.status === 'bertugas').length > 0, DELIVERY_MS));
    for (const status of ['menuju_lokasi', 'tiba_di_lokasi', 'selesai']) {
      const step = await post(officer, `/api/v1/incidents/${incidentId}/transitions`, { status });
      assert.equal(step.status, 200, step.text);
    }
    assert.ok(await waitFor(() => heard(mine, 'unit.updated', (d) => d.id === unitId && d.status === 'siaga').length > 0, DELIVERY_MS),
      'the unit is heard back on siaga');
    const statuses = heard(mine, 'incident.updated', (d) => d.id === incidentId).map((e) => e.data.status);
    assert.deepEqual(statuses, ['diverifikasi', 'ditugaskan', 'menuju_lokasi', 'tiba_di_lokasi', 'selesai']);
    await new Promise((r) => setTimeout(r, MARGIN_MS));
    ttuHeardNothing();
  });

  it('a position ping reaches the Jember screen as unit.updated with the new position', async () => {
    const units = await api(srv.base, ops, 'GET', '/api/v1/field-units');
    const unit = units.json.items.find((u) => u.call_sign === 'Motor Kaliwates 1');
    assert.ok(unit);
    const point = { lat: -8.1744, lon: 113.7055, at: isoSeconds(Date.now()), accuracy_m: 6 };
    const r = await post(officer, '/api/v1/positions', { field_unit_id: unit.id, points: [point] });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.stored, 1);
    assert.ok(await waitFor(() => heard(mine, 'unit.updated', (d) => d.id === unit.id && d.lat === point.lat).length > 0, DELIVERY_MS),
      'the Jember screen hears the unit move');
    const [event] = heard(mine, 'unit.updated', (d) => d.id === unit.id);
    assert.equal(event.data.lon, point.lon);
    assert.equal(event.data.position_at, point.at);
    assert.equal(event.data.call_sign, 'Motor Kaliwates 1');
    await new Promise((r) => setTimeout(r, MARGIN_MS));
    ttuHeardNothing();
  });

  it('a TTU report reaches the TTU screen and not the Jember one', async () => {
    const tps = (await api(srv.base, ttu, 'GET', '/api/v1/tps?limit=1')).json.items[0];
    const r = await post(null, '/api/v1/public/reports', { type: 'provokasi', description: 'Provokasi di TTU', lat: tps.lat, lon: tps.lon });
    assert.equal(r.status, 201, r.text);
    const code = r.json.tracking_code;
    assert.ok(await waitFor(() => heard(theirs, 'incident.created', (d) => d.tracking_code === code).length > 0, DELIVERY_MS),
      'the TTU screen hears of its report');
    await new Promise((r) => setTimeout(r, MARGIN_MS));
    assert.equal(heard(mine, 'incident.created', (d) => d.tracking_code === code).length, 0, 'Jember hears nothing of TTU');
  });
});
