// Patrols in the field (issue 9): Polres Jember plans a joint patrol of the
// Kaliwates sector over the KPU office, the Bawaslu office and the alun-alun,
// solves it, then follows the team: GPS points posted to /positions check the
// KPU stop in by geofence, a tap 150 m from the alun-alun is refused and one
// at 50 m accepted, and the Bawaslu stop, whose window closed 40 minutes ago,
// is marked missed by the server's sweep and alerted live on the SSE stream
// (once, and only to Jember). Compliance, tracks and the jadwal / kepatuhan
// documents follow.
//
// Every time is relative to now in WIB, so the test runs at any hour: the
// shift started 2 h ago and ends in 3 h; KPU is open from 30 min ago for
// 2.5 h; Bawaslu was open from 100 to 40 min ago; the alun-alun from 20 min
// ago for 2.5 h.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { DB_LABEL, api, loginAs, sleep, startServer } from './harness.mjs';
import { listen, waitFor } from './sse.mjs';
import { readXlsxSheet, run } from './xlsx.mjs';

const WIB_MS = 7 * 3_600_000;
const DELIVERY_MS = 8000;
const EARTH_M_PER_DEG = 6_371_008.8 * Math.PI / 180;

const isoSeconds = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The WIB clock ("HH:MM") and day of now + `minutes`. */
function wib(minutes) {
  const d = new Date(Math.floor((Date.now() + WIB_MS + minutes * 60_000) / 60_000) * 60_000);
  return { clock: d.toISOString().slice(11, 16), day: d.toISOString().slice(0, 10) };
}

/** `m` metres due north of a point (along the meridian: exact for haversine). */
const north = (p, m) => ({ lat: p.lat + m / EARTH_M_PER_DEG, lon: p.lon });

describe(`${DB_LABEL} patrols: check-ins, sweep, compliance, exports`, () => {
  let srv;
  let ops; // jember.ops, Polres Jember
  let officer; // jember.officer, Polsek Kaliwates
  let ttu; // ttu.ops
  let mine; // ops's live stream
  let theirs; // ttu's live stream
  let plan;
  let team;
  const stop = {}; // kpu, bawaslu, alun: the plan's stops

  const call = (token, method, urlPath, body) => api(srv.base, token, method, urlPath, body);
  const heard = (stream, type, match = () => true) => stream.events.filter((e) => e.type === type && match(e.data));

  before(async () => {
    srv = await startServer({ args: ['--patrol-sweep-seconds', '1'] });
    ops = await loginAs(srv.base, 'jember.ops');
    officer = await loginAs(srv.base, 'jember.officer');
    ttu = await loginAs(srv.base, 'ttu.ops');
    mine = await listen(srv.base, ops);
    theirs = await listen(srv.base, ttu);
    assert.equal(mine.res.status, 200);
    assert.equal(theirs.res.status, 200);
  });
  after(async () => {
    mine?.close();
    theirs?.close();
    await srv?.stop();
  });

  it('plans and solves a Kaliwates patrol over the KPU and Bawaslu offices and the alun-alun', async () => {
    const polsek = (await call(officer, 'GET', '/api/v1/session')).json.user.unit_id;
    const objects = (await call(ops, 'GET', '/api/v1/objects?limit=500')).json.items;
    const kpu = objects.find((o) => o.kind === 'kpu_office');
    const bawaslu = objects.find((o) => o.kind === 'bawaslu_office');
    const alun = objects.find((o) => o.kind === 'crowd_point' && /Alun-alun Jember/.test(o.name));
    assert.ok(kpu && bawaslu && alun, 'the demo has the KPU, Bawaslu and alun-alun of Jember');
    const units = (await call(ops, 'GET', '/api/v1/field-units')).json.items;
    const car = units.find((u) => u.unit_id === polsek && u.kind === 'mobil_patroli');
    assert.ok(car, 'a patrol car of Polsek Kaliwates');

    const start = wib(-120);
    const created = await call(ops, 'POST', '/api/v1/patrol-plans', {
      unit_id: polsek,
      kind: 'patroli_gabungan',
      name: 'Patroli tiga pilar KPU–Bawaslu (uji API)',
      date: start.day,
      shift_start: start.clock,
      shift_end: wib(180).clock,
      teams: [{ field_unit_id: car.id, partners: 'TNI 2, Satpol PP 1' }],
      stops: [
        { object_id: kpu.id, window_open: wib(-30).clock, window_close: wib(120).clock, service_minutes: 10 },
        { object_id: bawaslu.id, window_open: wib(-100).clock, window_close: wib(-40).clock, service_minutes: 10 },
        { object_id: alun.id, window_open: wib(-20).clock, window_close: wib(150).clock, service_minutes: 10 },
      ],
    });
    assert.equal(created.status, 201, created.text);
    const solved = await call(ops, 'POST', `/api/v1/patrol-plans/${created.json.id}/solve`, { seconds: 1 });
    assert.equal(solved.status, 200, solved.text);
    plan = solved.json;
    assert.equal(plan.status, 'direncanakan');
    team = plan.teams[0];
    stop.kpu = plan.stops.find((s) => s.object_id === kpu.id);
    stop.bawaslu = plan.stops.find((s) => s.object_id === bawaslu.id);
    stop.alun = plan.stops.find((s) => s.object_id === alun.id);
    for (const s of Object.values(stop)) assert.equal(s.team_id, team.id, `${s.name} is on the team's route`);
  });

  it('positions posted to /positions check the KPU stop in by geofence, live', async () => {
    const now = Date.now();
    const r = await call(officer, 'POST', '/api/v1/positions', {
      field_unit_id: team.field_unit_id,
      points: [
        { ...north(stop.kpu.position, 400), at: isoSeconds(now - 180_000), accuracy_m: 6 },
        { ...north(stop.kpu.position, 40), at: isoSeconds(now - 120_000), accuracy_m: 6 },
        { ...north(stop.kpu.position, 5), at: isoSeconds(now - 60_000), accuracy_m: 6 },
      ],
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.stored, 3);
    assert.ok(
      await waitFor(() => heard(mine, 'patrol.checkin', (d) => d.stop_id === stop.kpu.id).length > 0, DELIVERY_MS),
      'patrol.checkin for the KPU stop',
    );
    const [event] = heard(mine, 'patrol.checkin', (d) => d.stop_id === stop.kpu.id);
    assert.deepEqual(event.data, { plan_id: plan.id, team_id: team.id, stop_id: stop.kpu.id, status: 'selesai', method: 'geofence' });
    const c = await call(ops, 'GET', `/api/v1/patrol-plans/${plan.id}/compliance`);
    assert.equal(c.status, 200, c.text);
    const kpu = c.json.stops.find((s) => s.stop_id === stop.kpu.id);
    assert.equal(kpu.status, 'selesai');
    assert.equal(kpu.method, 'geofence');
    assert.equal(kpu.visited_at, isoSeconds(now - 120_000), 'the first point inside the fence is the visit');
  });

  it('a tap 150 m from the alun-alun is refused with the distance; at 50 m it is recorded; a second is a conflict', async () => {
    const url = `/api/v1/patrol-plans/${plan.id}/check-ins`;
    const far = await call(officer, 'POST', url, {
      team_id: team.id, stop_id: stop.alun.id, position: north(stop.alun.position, 150), accuracy_m: 8,
    });
    assert.equal(far.status, 422, far.text);
    assert.equal(far.json.error.field, 'position');
    assert.match(far.json.error.message, /150 m/);
    assert.match(far.json.error.message_en, /150 m/);

    // A 1×1 PNG: the photo is checked from its bytes.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const near = await call(officer, 'POST', url, {
      team_id: team.id, stop_id: stop.alun.id, position: north(stop.alun.position, 50), accuracy_m: 8, photo: png,
    });
    assert.equal(near.status, 201, near.text);
    assert.equal(near.json.method, 'tap');
    assert.equal(near.json.status, 'selesai');
    assert.equal(near.json.late, false);
    assert.ok(Math.abs(near.json.distance_m - 50) < 1, `50 m (${near.json.distance_m})`);
    assert.equal(near.json.has_photo, true);

    const again = await call(officer, 'POST', url, {
      team_id: team.id, stop_id: stop.alun.id, position: stop.alun.position,
    });
    assert.equal(again.status, 409, again.text);
    const notMine = await call(await loginAs(srv.base, 'sinjai.ops'), 'POST', url, {
      team_id: team.id, stop_id: stop.alun.id, position: stop.alun.position,
    });
    assert.equal(notMine.status, 404, 'another Polres does not see the plan');
    assert.ok(await waitFor(() => heard(mine, 'patrol.checkin', (d) => d.stop_id === stop.alun.id && d.method === 'tap').length === 1, DELIVERY_MS));
  });

  it('the Bawaslu stop, closed 40 minutes ago, raises one patrol.alert terlewat, only in Jember', async () => {
    assert.ok(
      await waitFor(() => heard(mine, 'patrol.alert', (d) => d.stop_id === stop.bawaslu.id).length > 0, DELIVERY_MS),
      'patrol.alert for the Bawaslu stop',
    );
    const [alert] = heard(mine, 'patrol.alert', (d) => d.stop_id === stop.bawaslu.id);
    assert.equal(alert.data.kind, 'terlewat');
    assert.equal(alert.data.plan_id, plan.id);
    assert.equal(alert.data.team_id, team.id);
    assert.equal(alert.data.stop_name, stop.bawaslu.name);
    assert.equal(alert.data.call_sign, team.call_sign);
    assert.equal(alert.data.window_close_at, stop.bawaslu.window_close_at);
    await sleep(2500); // two more sweeps
    assert.equal(heard(mine, 'patrol.alert').length, 1, 'alerted once');
    assert.deepEqual(theirs.events.filter((e) => e.type.startsWith('patrol.')), [], 'TTU hears nothing of Jember');
  });

  it('compliance counts per plan and team; the track replays the shift', async () => {
    const c = await call(ops, 'GET', `/api/v1/patrol-plans/${plan.id}/compliance`);
    assert.equal(c.status, 200, c.text);
    const counts = { total: 3, selesai: 2, terlambat: 0, terlewat: 1, menunggu: 0 };
    assert.deepEqual(c.json.plan, counts);
    assert.deepEqual(c.json.teams, [{ ...counts, team_id: team.id, call_sign: team.call_sign }]);
    assert.deepEqual(
      Object.fromEntries(c.json.stops.map((s) => [s.stop_id, s.status])),
      { [stop.kpu.id]: 'selesai', [stop.bawaslu.id]: 'terlewat', [stop.alun.id]: 'selesai' },
    );
    const got = await call(ops, 'GET', `/api/v1/patrol-plans/${plan.id}`);
    assert.deepEqual(got.json.compliance, counts, 'the plan carries the same counts');

    // The alun-alun tap carried a photo: the command post can open it; the
    // geofence visit has none; another Polres cannot reach it.
    const byStop = Object.fromEntries(c.json.stops.map((s) => [s.stop_id, s]));
    assert.equal(byStop[stop.kpu.id].photo_url, null);
    assert.equal(byStop[stop.bawaslu.id].check_in_id, null);
    const photoUrl = byStop[stop.alun.id].photo_url;
    assert.equal(photoUrl, `/api/v1/patrol-plans/${plan.id}/check-ins/${byStop[stop.alun.id].check_in_id}/photo`);
    const photo = await fetch(`${srv.base}${photoUrl}`, { headers: { Authorization: `Bearer ${ops}` } });
    assert.equal(photo.status, 200);
    assert.equal(photo.headers.get('content-type'), 'image/png');
    const bytes = Buffer.from(await photo.arrayBuffer());
    assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
    const sinjai = await loginAs(srv.base, 'sinjai.ops');
    assert.equal((await call(sinjai, 'GET', photoUrl)).status, 404);
    const kpuCheckIn = byStop[stop.kpu.id].check_in_id;
    assert.equal((await call(ops, 'GET', `/api/v1/patrol-plans/${plan.id}/check-ins/${kpuCheckIn}/photo`)).status, 404, 'no photo');

    const t = await call(ops, 'GET', `/api/v1/patrol-plans/${plan.id}/tracks?team_id=${team.id}`);
    assert.equal(t.status, 200, t.text);
    assert.equal(t.json.teams.length, 1);
    const points = t.json.teams[0].points;
    assert.equal(points.length, 3);
    assert.deepEqual(points.map((p) => p.at), [...points.map((p) => p.at)].sort());
    assert.equal((await call(ops, 'GET', `/api/v1/patrol-plans/${plan.id}/tracks?team_id=abc`)).status, 400);
  });

  it('jadwal and kepatuhan as PDF and XLSX', async () => {
    const dir = fs.mkdtempSync(path.join(srv.dir, 'docs-'));
    for (const [doc, expected] of [
      ['jadwal', ['JADWAL PATROLI', team.call_sign, stop.kpu.name, stop.bawaslu.name, 'WIB']],
      ['kepatuhan', ['LAPORAN KEPATUHAN PATROLI', team.call_sign, stop.bawaslu.name, 'Terlewat', 'Selesai']],
    ]) {
      const res = await fetch(`${srv.api}/patrol-plans/${plan.id}/${doc}.pdf`, { headers: { Authorization: `Bearer ${ops}` } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/pdf');
      const bytes = Buffer.from(await res.arrayBuffer());
      assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
      const file = path.join(dir, `${doc}.pdf`);
      fs.writeFileSync(file, bytes);
      const text = run('pdftotext', [file, '-']);
      for (const part of expected) assert.ok(text.includes(part), `${doc}.pdf has ${part}`);

      const x = await fetch(`${srv.api}/patrol-plans/${plan.id}/${doc}.xlsx`, { headers: { Authorization: `Bearer ${ops}` } });
      assert.equal(x.status, 200);
      assert.equal(x.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const xfile = path.join(dir, `${doc}.xlsx`);
      fs.writeFileSync(xfile, Buffer.from(await x.arrayBuffer()));
      const rows = readXlsxSheet(xfile, doc === 'jadwal' ? 'Jadwal' : 'Titik').rows.flat();
      assert.ok(rows.includes(stop.kpu.name), `${doc}.xlsx lists ${stop.kpu.name}`);
      assert.ok(rows.includes(team.call_sign), `${doc}.xlsx lists ${team.call_sign}`);
      if (doc === 'kepatuhan') assert.ok(rows.includes('Terlewat'));
    }
    const missing = await call(ops, 'GET', '/api/v1/patrol-plans/999999/kepatuhan.pdf');
    assert.equal(missing.status, 404);
  });
});
