// Insiden & dispatch: a citizen on a phone reports a clash on /lapor without
// logging in (the device's location at a Kaliwates TPS, a photo); the Jember
// operator, whose board /insiden is already open, sees it arrive live (no
// reload: the row flashes, the counters move, a beep is played), verifies it,
// raises it to kuning (the doctrine's forces listed), and dispatches the first
// unit offered (its ETA as the API says). The Polsek's officer marks on the
// way, arrived and done from his own board; the operator's board follows live
// and the operator closes the incident. The citizen's tracking page shows the
// status only; the Laphar of the day lists the incident among the notable ones
// and counts it by type, as GET /api/v1/laphar does.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import { ARTIFACTS, inPage, logIn, suite } from './harness.mjs';

const s = suite();
const KALIWATES = '35.09.19';
const PHONE = { width: 375, height: 812 };

async function getJson(api, urlPath) {
  const r = await api('GET', urlPath);
  assert.equal(r.status, 200, `${urlPath}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

/** Today in WIB (Jember). */
function todayWib() {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A small PNG, the citizen's photo. */
function png(width, height) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const raw = Buffer.alloc((width * 3 + 1) * height, 120);
  for (let y = 0; y < height; y++) raw[y * (width * 3 + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** "7 mnt", as the Indonesian board writes an ETA. */
function etaText(etaS) {
  if (!Number.isFinite(etaS) || etaS < 30) return '< 1 mnt';
  return `${new Intl.NumberFormat('id-ID').format(Math.max(1, Math.round(etaS / 60)))} mnt`;
}

/** A second browser context of the story; a failure leaves its screenshot too. */
async function openContext(browser, name, options, fn) {
  const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', ...options });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  try {
    return await fn(page, context);
  } catch (e) {
    try {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, `e2e-incidents-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      e.message += `\n(screenshot: ${file})`;
    } catch {
      // the page may be gone
    }
    throw e;
  } finally {
    await context.close();
  }
}

/** Clicks a next-status button of the open detail panel and waits for the answer. */
async function step(page, id, status) {
  const button = page.locator(`[data-testid=incident-detail][data-incident-id="${id}"] [data-step=${status}]`);
  await button.waitFor();
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/v1/incidents/${id}/transitions`) && r.request().method() === 'POST'),
    button.click(),
  ]);
  assert.equal(res.status(), 200, await res.text());
  await page.waitForSelector(`[data-testid=incident-detail][data-incident-id="${id}"][data-status=${status}]`);
}

describe('insiden & dispatch', () => {
  before(s.before);
  after(s.after);

  test(
    'a citizen reports on /lapor; the operator sees it live, verifies, escalates, dispatches; the officer responds; closed and in the Laphar',
    inPage(s.ctx, 'incidents-story', async (page) => {
      const ops = await s.ctx.api('jember.ops');
      // A point inside a registered desa of Kaliwates: one of its TPS.
      const tpsPage = await getJson(ops, `/api/v1/tps?region=${KALIWATES}&limit=20`);
      const tps = tpsPage.items.find((x) => Number.isFinite(x.lat) && Number.isFinite(x.lon));
      assert.ok(tps, 'a Kaliwates TPS with a position');
      const units = await getJson(ops, '/api/v1/field-units');
      assert.ok(units.items.length > 0, 'the demo data has field units for Polres Jember');
      const before = await getJson(ops, '/api/v1/incidents?open=true&limit=500');

      // The operator's board is open before the report exists.
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.click('a.nav-link[href="/insiden"]');
      await page.waitForSelector('[data-testid=incident-board] [data-testid=incident-live][data-state=open]');
      await page.waitForSelector(`[data-testid=incident-count][data-count="${before.items.length}"]`);
      await page.waitForSelector(`[data-testid=incident-map][data-units="${units.items.filter((u) => u.lat !== null).length}"]`);
      await page.mouse.click(5, 5); // a gesture, so the browser lets the board beep
      await page.evaluate(() => {
        window.__sameDocument = true;
      });

      // The citizen, on a phone, no login.
      const code = await openContext(s.ctx.browser, 'citizen', { viewport: PHONE }, async (phone, context) => {
        await context.grantPermissions(['geolocation'], { origin: s.ctx.base });
        await context.setGeolocation({ latitude: tps.lat, longitude: tps.lon, accuracy: 8 });
        await phone.goto(s.ctx.base + '/lapor');
        await phone.waitForSelector('[data-testid=report-form] [data-testid=report-type] option[value=bentrok]', { state: 'attached' });
        assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth), PHONE.width, 'no sideways scrolling at 375 px');
        const box = await phone.locator('[data-testid=report-submit]').boundingBox();
        assert.ok(box.height >= 44, `a big submit button (${box.height} px)`);

        // Nothing filled: the fields say what is missing, nothing is sent.
        await phone.click('[data-testid=report-submit]');
        await phone.waitForSelector('[data-field-error=type]');
        await phone.waitForSelector('[data-field-error=position]');

        await phone.selectOption('[data-testid=report-type]', 'bentrok');
        await phone.fill('[data-testid=report-description]', 'Dua kelompok pendukung saling lempar batu di dekat TPS (uji e2e).');
        await phone.click('[data-testid=report-locate]');
        const point = phone.locator('[data-testid=report-point]');
        await point.waitFor();
        assert.equal(Number(await point.getAttribute('data-lat')), Math.round(tps.lat * 1e6) / 1e6);
        assert.equal(Number(await point.getAttribute('data-lon')), Math.round(tps.lon * 1e6) / 1e6);
        await phone.setInputFiles('[data-testid=report-photo]', { name: 'kejadian.png', mimeType: 'image/png', buffer: png(64, 48) });
        await phone.waitForSelector('[data-testid=report-photo-ready][data-shrunk=false]');

        const [res] = await Promise.all([
          phone.waitForResponse((r) => r.url().endsWith('/api/v1/public/reports') && r.request().method() === 'POST'),
          phone.click('[data-testid=report-submit]'),
        ]);
        assert.equal(res.status(), 201, await res.text());
        assert.ok(res.request().headers()['idempotency-key'], 'sent with an Idempotency-Key');
        const sent = JSON.parse(res.request().postData());
        assert.equal(sent.reporter_name, undefined, 'anonymous: no name sent');
        assert.ok(sent.photo.length > 100, 'the photo went along');
        const receipt = await res.json();
        const shown = (await phone.textContent('[data-testid=tracking-code]')).trim();
        assert.equal(shown, receipt.tracking_code);
        assert.match(shown, /^LP-/);
        return shown;
      });

      // The board, without a reload: the new row flashes, the counters move.
      const row = page.locator(`[data-testid=incident-list] [data-tracking-code="${code}"]`);
      await row.waitFor({ timeout: 10_000 });
      assert.equal(await row.getAttribute('data-fresh'), 'true');
      assert.equal(await row.getAttribute('data-status'), 'baru');
      await page.waitForSelector(`[data-testid=incident-count][data-count="${before.items.length + 1}"]`);
      await page.waitForSelector('[data-testid=incident-new-count][data-count="1"]');
      await page.waitForSelector('[data-testid=incident-board][data-beeps="1"]');
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the board was not reloaded');
      const id = Number(await row.getAttribute('data-incident-id'));
      await page.waitForSelector(`[data-testid=incident-map] [data-incident-id="${id}"]`, { state: 'attached' });
      const first = await getJson(ops, `/api/v1/incidents/${id}`);
      assert.equal(first.tracking_code, code);
      assert.equal(first.source, 'publik');
      assert.equal(first.photo_ids.length, 1);

      // Verify.
      await row.click();
      await page.waitForURL(`**/insiden/${id}`);
      await page.waitForSelector(`[data-testid=incident-detail][data-incident-id="${id}"][data-status=baru]`);
      await page.waitForSelector(`[data-testid=detail-photos] img[data-photo-id="${first.photo_ids[0]}"]`);
      assert.equal(await page.textContent('[data-testid=detail-code]'), code);
      await step(page, id, 'diverifikasi');

      // Raise to kuning: the doctrine's forces for the level are listed.
      await page.selectOption('[data-testid=level-select]', 'kuning');
      const [lv] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/api/v1/incidents/${id}/level`)),
        page.click('[data-testid=level-save]'),
      ]);
      assert.equal(lv.status(), 200, await lv.text());
      await page.waitForSelector(`[data-testid=incident-detail][data-incident-id="${id}"][data-level=kuning]`);
      await page.waitForSelector(`[data-testid=incident-list] [data-tracking-code="${code}"][data-level=kuning]`);
      const verified = await getJson(ops, `/api/v1/incidents/${id}`);
      assert.equal(verified.level, 'kuning');
      const forces = await page.$$eval('[data-testid=detail-forces] [data-force]', (els) => els.map((e) => e.getAttribute('data-force')));
      assert.deepEqual(forces, verified.escalation.forces.map((f) => f.force));

      // Dispatch the first unit offered, as the API offers it.
      assert.ok(verified.offers.length > 0 && verified.offers.length <= 3, `1 to 3 offers (${verified.offers.length})`);
      const offer = verified.offers[0];
      const firstOffer = page.locator('[data-testid=detail-offers] [data-offer="0"]');
      assert.equal(Number(await firstOffer.getAttribute('data-field-unit-id')), offer.field_unit_id);
      assert.equal((await firstOffer.locator('[data-testid=offer-eta]').textContent()).trim(), `ETA ${etaText(offer.eta_s)}`);
      assert.equal(await page.locator('[data-testid=detail-offers] [data-offer]').count(), verified.offers.length);
      const [dispatched] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/api/v1/incidents/${id}/transitions`)),
        firstOffer.locator('[data-testid=dispatch-unit]').click(),
      ]);
      assert.equal(dispatched.status(), 200, await dispatched.text());
      assert.deepEqual(
        { status: JSON.parse(dispatched.request().postData()).status, unit: JSON.parse(dispatched.request().postData()).field_unit_id },
        { status: 'ditugaskan', unit: offer.field_unit_id },
      );
      await page.waitForSelector(`[data-testid=incident-detail][data-incident-id="${id}"][data-status=ditugaskan]`);
      assert.equal((await page.textContent('[data-testid=detail-unit]')).trim(), offer.call_sign);
      // The unit is on a task now, on the map too.
      await page.waitForSelector(`[data-testid=incident-map] [data-field-unit-id="${offer.field_unit_id}"][data-status=bertugas]`, { state: 'attached' });

      // The Polsek's officer answers from his own board; the operator's follows live.
      await openContext(s.ctx.browser, 'officer', { viewport: PHONE }, async (officer) => {
        await logIn(officer, s.ctx.base, 'jember.officer');
        await officer.goto(`${s.ctx.base}/insiden/${id}`);
        await officer.waitForSelector(`[data-testid=incident-detail][data-incident-id="${id}"][data-status=ditugaskan]`);
        // The officer may respond but not close or reject.
        assert.equal(await officer.locator('[data-step=ditolak]').count(), 0);
        await step(officer, id, 'menuju_lokasi');
        await page.waitForSelector(`[data-testid=incident-list] [data-tracking-code="${code}"][data-status=menuju_lokasi]`);
        await step(officer, id, 'tiba_di_lokasi');
        await page.waitForSelector(`[data-testid=incident-list] [data-tracking-code="${code}"][data-status=tiba_di_lokasi]`);
        await step(officer, id, 'selesai');
      });
      // Done: it leaves the open list, its panel stays and offers to close.
      await page.waitForSelector(`[data-testid=incident-list] [data-tracking-code="${code}"]`, { state: 'detached' });
      await page.waitForSelector(`[data-testid=incident-count][data-count="${before.items.length}"]`);
      await page.waitForSelector(`[data-testid=incident-detail][data-incident-id="${id}"][data-status=selesai]`);
      await step(page, id, 'ditutup');
      const closed = await getJson(ops, `/api/v1/incidents/${id}`);
      assert.equal(closed.status, 'ditutup');
      assert.deepEqual(
        closed.timeline.map((e) => e.status).filter((x, i, a) => a.indexOf(x) === i),
        ['baru', 'diverifikasi', 'ditugaskan', 'menuju_lokasi', 'tiba_di_lokasi', 'selesai', 'ditutup'],
      );
      const steps = await page.$$eval('[data-testid=detail-timeline] li', (els) => els.map((e) => e.getAttribute('data-status')));
      assert.deepEqual(steps, closed.timeline.map((e) => e.status));

      // The citizen's tracking page: the status and nothing else.
      await openContext(s.ctx.browser, 'tracking', { viewport: PHONE }, async (phone) => {
        await phone.goto(`${s.ctx.base}/lacak/${code}`);
        await phone.waitForSelector('[data-testid=track-status][data-status=ditutup]');
        const text = await phone.textContent('[data-testid=track-page]');
        assert.ok(!text.includes('lempar batu'), 'the description is not shown to the public');
      });

      // The Laphar of the day: notable (kuning) and counted by type, as the API says.
      const date = todayWib();
      const figures = await getJson(ops, `/api/v1/laphar?unit=POLRES-JEMBER&date=${date}`);
      await page.click('a.nav-link[href="/laphar"]');
      await page.waitForSelector(`[data-testid=laphar-page][data-unit=POLRES-JEMBER][data-date="${date}"] [data-testid=laphar-figures]`);
      await page.waitForSelector(`[data-testid=laphar-notable] [data-tracking-code="${code}"]`);
      const typeRow = page.locator('[data-testid=laphar-by-type] tr[data-key=bentrok]');
      const apiCount = (Array.isArray(figures.by_type) ? figures.by_type : []).find((r) => (r.key ?? r.code ?? r.type) === 'bentrok')?.count;
      assert.ok(apiCount >= 1, `the API counts the clash (${JSON.stringify(figures.by_type)})`);
      assert.equal(Number(await typeRow.getAttribute('data-count')), apiCount);
      assert.equal(await page.getAttribute('[data-testid=laphar-pdf]', 'href'), `/api/v1/laphar.pdf?unit=POLRES-JEMBER&date=${date}`);
      assert.equal(await page.getAttribute('[data-testid=laphar-xlsx]', 'href'), `/api/v1/laphar.xlsx?unit=POLRES-JEMBER&date=${date}`);
      const pdf = await page.evaluate(async (href) => {
        const r = await fetch(href);
        return { status: r.status, type: r.headers.get('content-type') };
      }, `/api/v1/laphar.pdf?unit=POLRES-JEMBER&date=${date}`);
      assert.deepEqual(pdf, { status: 200, type: 'application/pdf' });
    }),
  );

  test(
    'the operator records a telephone report: a point at sea is refused under the position field, the right one opens the new incident',
    inPage(s.ctx, 'incidents-record', async (page, context) => {
      const ops = await s.ctx.api('jember.ops');
      const tps = (await getJson(ops, `/api/v1/tps?region=${KALIWATES}&limit=20`)).items.find((x) => Number.isFinite(x.lat));
      await context.grantPermissions(['geolocation'], { origin: s.ctx.base });
      await context.setGeolocation({ latitude: -8.75, longitude: 113.6, accuracy: 20 }); // the Indian Ocean, south of Jember
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.goto(`${s.ctx.base}/insiden`);
      await page.click('[data-testid=record-open]');
      await page.waitForURL('**/insiden/catat');
      await page.waitForSelector('[data-testid=record-form] [data-testid=report-type] option[value=kerumunan]', { state: 'attached' });
      await page.selectOption('[data-testid=record-source]', 'fkpm');
      await page.selectOption('[data-testid=record-severity]', '2');
      await page.selectOption('[data-testid=record-level]', 'merah');
      await page.selectOption('[data-testid=report-type]', 'kerumunan');
      await page.fill('[data-testid=report-description]', 'Massa berkumpul di depan kantor PPK (telepon FKPM, uji e2e).');
      await page.fill('[data-testid=report-name]', 'Pak Slamet');
      await page.fill('[data-testid=report-phone]', '0812-3456-7890');
      await page.click('[data-testid=report-locate]');
      await page.waitForSelector('[data-testid=report-point][data-lat="-8.75"]');
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/incidents') && r.request().method() === 'POST'),
        page.click('[data-testid=record-submit]'),
      ]);
      assert.equal(refused.status(), 422);
      const error = (await refused.json()).error;
      assert.equal(error.field, 'lat');
      assert.equal((await page.textContent('[data-field-error=position]')).trim(), error.message);

      await context.setGeolocation({ latitude: tps.lat, longitude: tps.lon, accuracy: 20 });
      await page.click('[data-testid=report-locate]');
      await page.waitForSelector(`[data-testid=report-point][data-lat="${Math.round(tps.lat * 1e6) / 1e6}"]`);
      assert.equal(await page.locator('[data-field-error=position]').count(), 0, 'a new point clears the error');
      const [created] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/incidents') && r.request().method() === 'POST'),
        page.click('[data-testid=record-submit]'),
      ]);
      assert.equal(created.status(), 201, await created.text());
      assert.notEqual(created.request().headers()['idempotency-key'], refused.request().headers()['idempotency-key'], 'a corrected report is a new request');
      const inc = await created.json();
      assert.deepEqual(
        { source: inc.source, severity: inc.severity, level: inc.level, name: inc.reporter_name, phone: inc.reporter_phone },
        { source: 'fkpm', severity: 2, level: 'merah', name: 'Pak Slamet', phone: '081234567890' },
      );
      await page.waitForURL(`**/insiden/${inc.id}`);
      await page.waitForSelector(`[data-testid=incident-detail][data-incident-id="${inc.id}"][data-level=merah][data-status=baru]`);
      await page.waitForSelector(`[data-testid=incident-list] [data-incident-id="${inc.id}"][data-level=merah]`);
      // Recorded here, so not announced as new to this operator.
      assert.equal(await page.getAttribute('[data-testid=incident-board]', 'data-new-count'), '0');
    }),
  );
});
