// Patroli & pengawalan: the Jember operator plans a joint patrol over the KPU
// office and the Bawaslu office with one team, a Polsek Kaliwates car (a
// window that ends before the service fits is refused under that stop's
// field first), builds the routes and sees them on the map and in the team's
// timetable. The car's crew is picked in the form by typing: a Polri member
// of Polsek Kaliwates and a TNI Babinsa from the Polres's roster; the plan
// page and the phone show them. The Polsek officer's phone (375 px, device
// location) finds the route under "Rute tim saya", is refused when too far
// from the KPU office and then checks in there with a photo; the operator's
// page follows live and links the photo. The Bawaslu window closed long ago:
// the server's sweep marks it missed and the operator's page shows the alert
// banner (and beeps) without a reload. The phone then sends its position
// (kept while offline, sent once back online), which the operator replays as
// the team's track; the schedule downloads as PDF. Opened again later, the
// plan page lists the missed stop among those raised before (no beep).
//
// Every time is taken relative to now in WIB, so the story runs at any hour:
// the shift started 2 h ago and ends in 3 h; KPU is open from 30 min ago for
// 2.5 h; Bawaslu was open from 100 to 40 min ago.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ARTIFACTS, inPage, logIn, suite } from './harness.mjs';

// The sweep that marks missed stops runs every second here (default 30 s).
const s = suite({ args: ['--patrol-sweep-seconds', '1'] });
const PHONE = { width: 375, height: 812 };
// A 1 × 1 PNG: the check-in's photo.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64');
const WIB_MS = 7 * 3_600_000;

async function getJson(api, urlPath) {
  const r = await api('GET', urlPath);
  assert.equal(r.status, 200, `${urlPath}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

/** The WIB clock ("HH:MM") and day of now + `minutes`. */
function wib(minutes) {
  const d = new Date(Math.floor((Date.now() + WIB_MS + minutes * 60_000) / 60_000) * 60_000);
  return { clock: d.toISOString().slice(11, 16), day: d.toISOString().slice(0, 10) };
}

/** About `m` metres north of a point. */
function north(p, m) {
  return { latitude: p.lat + m / 111_320, longitude: p.lon };
}

async function openContext(browser, name, options, fn) {
  const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', ...options });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const lines = [];
  page.on('console', (m) => lines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => lines.push(`pageerror: ${e.message}`));
  try {
    return await fn(page, context);
  } catch (e) {
    try {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, `e2e-patrols-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      fs.writeFileSync(file.replace(/\.png$/, '.console.txt'), lines.join('\n') + '\n');
      e.message += `\n(screenshot: ${file})`;
    } catch {
      // the page may be gone
    }
    throw e;
  } finally {
    await context.close();
  }
}

/** Fills one stop row of the plan form. */
/** Types into a team's crew search and picks the person (`kind` personnel or partner) from the results. */
async function pickCrew(page, teamIndex, { kind, id, query, force = '' }) {
  const picker = page.locator(`[data-testid=team-row][data-index="${teamIndex}"] [data-testid=crew-picker]`);
  await picker.locator('[data-testid=crew-force]').selectOption(force);
  await picker.locator('[data-testid=crew-search]').fill(query);
  await picker.locator(`[data-testid=crew-option][data-kind=${kind}][data-id="${id}"]`).click();
  await picker.locator(`[data-testid=crew-chip][data-kind=${kind}][data-id="${id}"]`).waitFor();
  assert.equal(await picker.locator('[data-testid=crew-search]').inputValue(), '', 'the search is cleared for the next one');
}

async function fillStop(page, index, { objectId, open, close, service }) {
  const row = page.locator(`[data-testid=stop-row][data-index="${index}"]`);
  await row.locator('[data-testid=stop-object]').selectOption(String(objectId));
  await row.locator('[data-testid=stop-open]').fill(open);
  await row.locator('[data-testid=stop-close]').fill(close);
  await row.locator('[data-testid=stop-service]').fill(String(service));
}

describe('patroli & pengawalan', () => {
  before(s.before);
  after(s.after);

  test(
    'ops plans a patrol over KPU and Bawaslu, builds the route; the team checks in by phone; a missed stop alerts live; the track replays',
    inPage(s.ctx, 'patrols-story', async (page) => {
      const ops = await s.ctx.api('jember.ops');
      const me = (await getJson(ops, '/api/v1/session')).user;
      const objects = (await getJson(ops, '/api/v1/objects?limit=500')).items;
      const kpu = objects.find((o) => o.kind === 'kpu_office');
      const bawaslu = objects.find((o) => o.kind === 'bawaslu_office');
      assert.ok(kpu && bawaslu, 'the demo data has the KPU and Bawaslu offices of Jember');
      assert.ok(me.unit_id, 'ops belongs to Polres Jember');
      // The team is a Polsek Kaliwates car in the Polres's plan: its own officer checks in.
      const officer = (await getJson(await s.ctx.api('jember.officer'), '/api/v1/session')).user;
      const units = (await getJson(ops, '/api/v1/field-units')).items;
      const car = units.find((u) => u.unit_id === officer.unit_id && u.kind === 'mobil_patroli');
      assert.ok(car, 'a patrol car of Polsek Kaliwates');
      // Its crew: a Polri member of the Polsek and, when the demo has one, a TNI Babinsa of the Polres's roster.
      const polri = (await getJson(ops, `/api/v1/personnel?unit=${officer.unit_code}&limit=50`)).items.find((p) => p.function !== 'staf') ?? null;
      assert.ok(polri, 'a member of Polsek Kaliwates');
      const tni = (await getJson(ops, '/api/v1/partners?force=tni&limit=1')).items[0] ?? null;

      const start = wib(-120);
      const times = {
        shiftStart: start.clock,
        shiftEnd: wib(180).clock,
        kpuOpen: wib(-30).clock,
        kpuClose: wib(120).clock,
        bawasluOpen: wib(-100).clock,
        bawasluClose: wib(-40).clock,
        tooShort: wib(-95).clock, // 5 minutes: shorter than the 10 minutes of service
      };

      // --- the plan form -------------------------------------------------------
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.click('a.nav-link[href="/patroli"]');
      await page.waitForSelector('[data-testid=patrol-list]');
      await page.click('[data-testid=plan-new]');
      await page.waitForURL('**/patroli/baru**');
      await page.waitForSelector(`[data-testid=plan-form] [data-testid=team-field-unit] option[value="${car.id}"]`, { state: 'attached' });
      await page.selectOption('[data-testid=plan-kind]', 'patroli_gabungan');
      await page.fill('[data-testid=plan-name]', 'Patroli gabungan KPU–Bawaslu (uji e2e)');
      await page.fill('[data-testid=plan-date]', start.day);
      await page.fill('[data-testid=plan-shift-start]', times.shiftStart);
      await page.fill('[data-testid=plan-shift-end]', times.shiftEnd);
      await page.selectOption('[data-testid=team-field-unit]', String(car.id));
      await page.fill('[data-testid=team-partners]', 'TNI 2, Satpol PP 1');
      // Name and NRP: exactly this one, whatever the namesakes.
      await pickCrew(page, 0, { kind: 'personnel', id: polri.id, query: `${polri.name.split(' ')[0].toLowerCase()} ${polri.nrp}` });
      if (tni) await pickCrew(page, 0, { kind: 'partner', id: tni.id, query: `${tni.name} ${tni.identifier}`, force: 'TNI' });
      const crewWanted = [{ personnel_id: polri.id }, ...(tni ? [{ partner_member_id: tni.id }] : [])];
      await page.click('[data-testid=stop-add-object]');
      await fillStop(page, 0, { objectId: kpu.id, open: times.kpuOpen, close: times.kpuClose, service: 10 });
      await page.click('[data-testid=stop-add-object]');
      await fillStop(page, 1, { objectId: bawaslu.id, open: times.bawasluOpen, close: times.tooShort, service: 10 });

      // A window shorter than its service: refused, shown under that stop's field.
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/patrol-plans') && r.request().method() === 'POST'),
        page.click('[data-testid=plan-submit]'),
      ]);
      assert.equal(refused.status(), 422, await refused.text());
      const error = (await refused.json()).error;
      assert.match(error.field, /^stops\[1\]/, `the error names the second stop (${error.field})`);
      const shownAt = page.locator(`[data-testid=stop-row][data-index="1"] [data-field-error="${error.field}"]`);
      assert.equal((await shownAt.textContent()).trim(), error.message);
      assert.equal(await page.locator('[data-testid=stop-row][data-index="0"] .field-error').count(), 0, 'the first stop is not blamed');

      await page.locator('[data-testid=stop-row][data-index="1"] [data-testid=stop-close]').fill(times.bawasluClose);
      assert.equal(await page.locator('[data-testid=stop-row][data-index="1"] .field-error').count(), 0, 'editing the field clears its error');
      const [created] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/patrol-plans') && r.request().method() === 'POST'),
        page.click('[data-testid=plan-submit]'),
      ]);
      assert.equal(created.status(), 201, await created.text());
      const sent = JSON.parse(created.request().postData());
      assert.deepEqual(
        sent.stops.map((x) => [x.object_id, x.window_open, x.window_close]),
        [
          [kpu.id, times.kpuOpen, times.kpuClose],
          [bawaslu.id, times.bawasluOpen, times.bawasluClose],
        ],
      );
      assert.deepEqual(sent.teams[0].crew, crewWanted, 'the crew goes with the team');
      const draft = await created.json();
      assert.deepEqual(
        draft.teams[0].crew.map((c) => [c.personnel_id, c.partner_member_id, c.force]),
        [[polri.id, null, 'POLRI'], ...(tni ? [[null, tni.id, 'TNI']] : [])],
      );
      await page.waitForURL(`**/patroli/${draft.id}`);
      // The team card lists its crew.
      const crewCard = page.locator('[data-testid=team-timetable] [data-testid=team-crew]');
      assert.match(await crewCard.locator(`[data-testid=crew-member][data-personnel-id="${polri.id}"][data-force=POLRI]`).textContent(), new RegExp(polri.name));
      if (tni) assert.match(await crewCard.locator(`[data-testid=crew-member][data-partner-member-id="${tni.id}"][data-force=TNI]`).textContent(), /TNI/);

      // --- solve on the plan page (already live) -----------------------------------
      await page.waitForSelector(`[data-testid=plan-page][data-plan-id="${draft.id}"][data-status=draf][data-live=open]`);
      await page.mouse.click(5, 5); // a gesture, so the page may beep
      await page.evaluate(() => {
        window.__sameDocument = true;
      });
      await page.fill('[data-testid=solve-seconds]', '1');
      const [solved] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/api/v1/patrol-plans/${draft.id}/solve`)),
        page.click('[data-testid=solve]'),
      ]);
      assert.equal(solved.status(), 200, await solved.text());
      assert.deepEqual(JSON.parse(solved.request().postData()), { seconds: 1 });
      const plan = await solved.json();
      assert.equal(plan.status, 'direncanakan');
      const team = plan.teams[0];
      assert.equal(team.field_unit_id, car.id);
      assert.deepEqual([...team.route.stop_ids].sort(), plan.stops.map((x) => x.id).sort(), 'both stops on the team route');
      await page.waitForSelector('[data-testid=plan-page][data-status=direncanakan]');
      await page.waitForSelector('[data-testid=plan-map][data-routes="1"][data-stops="2"]');
      const kpuStop = plan.stops.find((x) => x.object_id === kpu.id);
      const bawasluStop = plan.stops.find((x) => x.object_id === bawaslu.id);
      for (const st of plan.stops) {
        await page.waitForSelector(`[data-testid=plan-map] [data-stop-id="${st.id}"][data-team-id="${team.id}"]`, { state: 'attached' });
      }
      // The timetable lists the stops in the route's order.
      const rows = await page.$$eval(`[data-testid=team-timetable][data-team-id="${team.id}"] tbody tr`, (els) => els.map((e) => Number(e.getAttribute('data-stop-id'))));
      assert.deepEqual(rows, team.route.stop_ids);
      assert.equal(await page.locator('[data-testid=unserved][data-count="0"]').count(), 1, 'nothing left unserved');

      // --- the missed stop, raised by the server's sweep, arrives live ------------------
      const alert = page.locator(`[data-testid=plan-alert][data-kind=terlewat][data-stop-id="${bawasluStop.id}"]`);
      await alert.waitFor({ timeout: 20_000 });
      assert.match(await alert.textContent(), /TERLEWAT/);
      assert.ok((await alert.textContent()).includes(bawasluStop.name));
      await page.waitForSelector('[data-testid=plan-page][data-beeps="1"]');
      await page.waitForSelector('[data-testid=compliance-plan-counts][data-terlewat="1"]');
      await page.waitForSelector(`[data-testid=team-timetable] tr[data-stop-id="${bawasluStop.id}"][data-status=terlewat]`);

      // --- the team's phone ---------------------------------------------------------------
      await openContext(s.ctx.browser, 'phone', { viewport: PHONE }, async (phone, context) => {
        await context.grantPermissions(['geolocation'], { origin: s.ctx.base });
        // 300 m away first: refused with the server's message under the stop.
        await context.setGeolocation({ ...north(kpuStop.position, 300), accuracy: 8 });
        // The Polsek officer cannot open the Polres plan, but finds his team's route.
        await logIn(phone, s.ctx.base, 'jember.officer');
        await phone.goto(`${s.ctx.base}/patroli`);
        await phone.click(`[data-testid=my-teams] li[data-team-id="${team.id}"] [data-testid=my-team-link]`);
        await phone.waitForURL(`**/patroli/${plan.id}/tim/${team.id}`);
        await phone.waitForSelector(`[data-testid=team-phone][data-team-id="${team.id}"]`);
        assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth), PHONE.width, 'no sideways scrolling at 375 px');
        // The crew on the phone too.
        await phone.locator(`[data-testid=phone-crew] [data-testid=crew-member][data-personnel-id="${polri.id}"]`).waitFor();
        if (tni) await phone.locator(`[data-testid=phone-crew] [data-testid=crew-member][data-partner-member-id="${tni.id}"]`).waitFor();
        assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth), PHONE.width, 'the crew fits 375 px');
        const order = await phone.$$eval('[data-testid=phone-stop]', (els) => els.map((e) => Number(e.getAttribute('data-stop-id'))));
        assert.deepEqual(order, team.route.stop_ids, 'the phone lists the route order');
        const card = phone.locator(`[data-testid=phone-stop][data-stop-id="${kpuStop.id}"]`);
        const button = card.locator('[data-testid=checkin]');
        const box = await button.boundingBox();
        assert.ok(box.height >= 44, `a big check-in button (${box.height} px)`);

        const [far] = await Promise.all([
          phone.waitForResponse((r) => r.url().endsWith(`/api/v1/patrol-plans/${plan.id}/check-ins`)),
          button.click(),
        ]);
        assert.equal(far.status(), 422, await far.text());
        const farError = (await far.json()).error;
        assert.equal((await card.locator('[data-testid=checkin-error]').textContent()).trim(), farError.message);

        // At the office, with a photo: recorded.
        await card.locator('[data-testid=checkin-photo]').setInputFiles({ name: 'kpu.png', mimeType: 'image/png', buffer: PNG });
        await card.locator(`[data-testid=checkin-photo-ready][data-bytes="${PNG.length}"]`).waitFor();
        await context.setGeolocation({ ...north(kpuStop.position, 15), accuracy: 8 });
        const [ok] = await Promise.all([
          phone.waitForResponse((r) => r.url().endsWith(`/api/v1/patrol-plans/${plan.id}/check-ins`)),
          button.click(),
        ]);
        assert.equal(ok.status(), 201, await ok.text());
        const body = JSON.parse(ok.request().postData());
        assert.deepEqual({ team: body.team_id, stop: body.stop_id }, { team: team.id, stop: kpuStop.id });
        assert.equal(body.photo, PNG.toString('base64'), 'the photo goes with the check-in');
        const checkIn = await ok.json();
        assert.equal(checkIn.status, 'selesai');
        assert.ok(checkIn.distance_m < 100, `within the geofence (${checkIn.distance_m} m)`);
        await phone.waitForSelector(`[data-testid=phone-stop][data-stop-id="${kpuStop.id}"][data-status=selesai] [data-testid=checkin-done]`);

        // The operator's page follows without a reload.
        await page.waitForSelector(`[data-testid=team-timetable] tr[data-stop-id="${kpuStop.id}"][data-status=selesai]`);
        await page.waitForSelector('[data-testid=compliance-plan-counts][data-selesai="1"][data-terlewat="1"][data-menunggu="0"]');
        await page.waitForSelector(`[data-testid=compliance-team][data-team-id="${team.id}"] [data-selesai="1"]`);
        // …with how it was checked in and a link to the photo.
        const kpuRow = page.locator(`[data-testid=team-timetable] tr[data-stop-id="${kpuStop.id}"]`);
        assert.equal((await kpuRow.locator('[data-testid=stop-method][data-method=tap]').textContent()).trim(), 'Lapor tiba');
        const photoLink = kpuRow.locator('[data-testid=stop-photo]');
        const href = await photoLink.getAttribute('href');
        assert.match(href, new RegExp(`^/api/v1/patrol-plans/${plan.id}/check-ins/\\d+/photo$`));
        const photo = await page.evaluate(async (u) => {
          const r = await fetch(u);
          return { status: r.status, type: r.headers.get('content-type'), bytes: (await r.arrayBuffer()).byteLength };
        }, href);
        assert.equal(photo.status, 200);
        assert.match(photo.type, /^image\//);
        assert.equal(photo.bytes, PNG.length);
        await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await kpuRow.locator('[data-testid=stop-photo] img').elementHandle());

        // "Kirim posisi" in a dead zone: the point is kept; back online, it goes to
        // POST /positions as the team's field unit.
        await context.setOffline(true);
        await phone.click('[data-testid=position-toggle]');
        await phone.waitForSelector('[data-testid=position-sender][data-on=true][data-offline=true][data-queued="1"]');
        const [pos] = await Promise.all([
          phone.waitForResponse((r) => r.url().endsWith('/api/v1/positions') && r.request().method() === 'POST'),
          context.setOffline(false),
        ]);
        assert.equal(pos.status(), 200, await pos.text());
        const batch = JSON.parse(pos.request().postData());
        assert.equal(batch.field_unit_id, car.id);
        assert.match(batch.points[0].at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        assert.ok((await pos.json()).stored >= 1);
        await phone.waitForSelector('[data-testid=position-sender][data-on=true][data-queued="0"]');
      });
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the plan page was not reloaded');

      // --- track replay ----------------------------------------------------------------------
      const tracks = await getJson(ops, `/api/v1/patrol-plans/${plan.id}/tracks?team_id=${team.id}`);
      const points = tracks.teams.find((x) => x.team_id === team.id)?.points ?? [];
      assert.ok(points.length >= 1, 'the position is on the track');
      await page.selectOption('[data-testid=replay-team]', String(team.id));
      await page.click('[data-testid=replay-load]');
      await page.waitForSelector(`[data-testid=replay][data-points="${points.length}"]`);
      await page.waitForSelector(`[data-testid=plan-map][data-track="${points.length}"]`);
      assert.ok((await page.textContent('[data-testid=replay-at]')).includes('WIB'));

      // --- exports ------------------------------------------------------------------------------
      assert.equal(await page.getAttribute('[data-testid=export-jadwal-pdf]', 'href'), `/api/v1/patrol-plans/${plan.id}/jadwal.pdf`);
      assert.equal(await page.getAttribute('[data-testid=export-kepatuhan-xlsx]', 'href'), `/api/v1/patrol-plans/${plan.id}/kepatuhan.xlsx`);
      const pdf = await page.evaluate(async (href) => {
        const r = await fetch(href);
        return { status: r.status, type: r.headers.get('content-type') };
      }, `/api/v1/patrol-plans/${plan.id}/jadwal.pdf`);
      assert.deepEqual(pdf, { status: 200, type: 'application/pdf' });

      // --- opened again later: what was missed meanwhile is listed, without a beep ---------------
      await page.reload();
      await page.waitForSelector(`[data-testid=plan-page][data-plan-id="${plan.id}"][data-status=direncanakan]`);
      const earlier = page.locator(`[data-testid=plan-alerts-earlier] [data-testid=plan-alert][data-source=earlier][data-kind=terlewat][data-stop-id="${bawasluStop.id}"]`);
      await earlier.waitFor();
      assert.ok((await earlier.textContent()).includes(bawasluStop.name));
      assert.equal(await page.locator(`[data-testid=plan-alert][data-stop-id="${kpuStop.id}"]`).count(), 0, 'a stop visited in time is no alert');
      assert.equal(await page.getAttribute('[data-testid=plan-page]', 'data-beeps'), '0');
      assert.equal(await page.locator('[data-testid=plan-alert][data-source=live]').count(), 0);
      await page.waitForSelector(`[data-testid=team-timetable] tr[data-stop-id="${kpuStop.id}"] [data-testid=stop-photo]`);
      await earlier.locator('[data-testid=plan-alert-dismiss]').click();
      await page.waitForSelector('[data-testid=plan-alerts-earlier]', { state: 'detached' });

      // The list of the day shows the plan.
      await page.click('a.nav-link[href="/patroli"]');
      await page.goto(`${s.ctx.base}/patroli?date=${start.day}`);
      await page.waitForSelector(`[data-testid=plan-table] tr[data-plan-id="${plan.id}"][data-status=direncanakan]`);
    }),
  );
});
