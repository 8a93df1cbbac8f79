// Kesiapan: Kabag Ren on a phone reads the readiness of the Polres and of
// Polsek Kaliwates, plans an apel kesiapan for today and ticks it through
// (one person absent, one item not working, every vehicle with its fuel); the
// figure drops as the API says, the apel closes with the computed result. A
// defect report with a photo reaches the queue and is followed up; a handover
// is acknowledged by the officer who received it; a vehicle's fuel is
// corrected, a wrong value refused next to the field.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import { inPage, logIn, suite } from './harness.mjs';

const s = suite();
const PHONE = { viewport: { width: 390, height: 844 } };
const KALIWATES = 'POLSEK-35.09.19';

/** The share the screen shows: the exact ratio of the counts when the API's rounded figure agrees. */
function share(r) {
  const total = r.people + r.vehicles;
  if (total > 0) {
    const exact = (r.people_ready + r.vehicles_fit) / total;
    if (Math.abs(exact - r.readiness) <= 0.00005 + 1e-9) return exact;
  }
  return r.readiness;
}

/** "80,6%", as the Indonesian screen writes a readiness figure. */
function percent(r) {
  const pct = Math.round(share(r) * 1000) / 10;
  return `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(pct)}%`;
}

/** Today in WIB (Jember). */
function todayWib() {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A small RGB PNG, as a phone camera would never send but a test can. */
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
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = y * (width * 3 + 1) + 1 + x * 3;
      raw[o] = (x * 255) / width;
      raw[o + 1] = 90;
      raw[o + 2] = (y * 255) / height;
    }
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function readiness(api, unit) {
  const r = await api('GET', `/api/v1/readiness/${unit}`);
  assert.equal(r.status, 200, JSON.stringify(r.json));
  return r.json;
}

/**
 * Whether a person counts as ready now (docs/readiness.md): not absent today
 * and holding a usable item of every kind their function requires.
 */
async function readyPeople(api, people) {
  const kinds = (await api('GET', '/api/v1/equipment-kinds')).json.items;
  const required = (fn) => kinds.filter((k) => !k.vehicle && k.required_for.includes(fn)).map((k) => k.code);
  const today = todayWib();
  const out = [];
  for (const p of people) {
    const d = (await api('GET', `/api/v1/personnel/${p.id}`)).json;
    if (d.absences.some((a) => a.starts_on <= today && today <= a.ends_on)) continue;
    const need = required(d.function);
    if (!need.every((k) => d.items.some((i) => i.kind === k && i.usable))) continue;
    // An item of a required kind that is the only usable one of its kind: broken, it makes the person not ready.
    const sole = d.items.find((i) => need.includes(i.kind) && i.usable && d.items.filter((j) => j.kind === i.kind && j.usable).length === 1);
    out.push({ id: d.id, name: d.name, items: d.items.length, sole });
  }
  return out;
}

const card = (id) => `[data-testid=rd-people-checks] li[data-person-id="${id}"]`;
const vcard = (id) => `[data-testid=rd-vehicle-checks] li[data-vehicle-id="${id}"]`;

describe('kesiapan (readiness)', () => {
  before(s.before);
  after(s.after);

  test(
    'Kabag Ren on a phone: the board, an apel kesiapan planned and ticked through, the figure drops, the apel closes',
    inPage(
      s.ctx,
      'readiness-apel',
      async (page) => {
        const api = await s.ctx.api('jember.ren');
        const polres = await readiness(api, 'POLRES-JEMBER');
        const before = await readiness(api, KALIWATES);
        const child = polres.children.find((c) => c.unit.code === KALIWATES);
        assert.ok(child, 'Kaliwates is a child of Polres Jember');
        assert.equal(child.readiness, before.readiness);

        // The board of the Polres: its figure, reasons, every Polsek.
        await logIn(page, s.ctx.base, 'jember.ren');
        await page.goto(`${s.ctx.base}/kesiapan`);
        await page.waitForSelector('[data-testid=rd-summary][data-unit=POLRES-JEMBER]');
        assert.equal((await page.textContent('[data-testid=rd-figure]')).trim(), percent(polres));
        assert.equal(await page.locator('[data-testid=rd-missing] li').count(), polres.missing.length);
        assert.equal(await page.locator('[data-testid=rd-children] tbody tr').count(), polres.children.length);
        const row = `[data-testid=rd-children] tr[data-row="${KALIWATES}"]`;
        const noted = (await page.textContent(`${row} [data-testid=rd-child-figure]`)).trim();
        assert.equal(noted, percent(before));
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390);

        // Drill down to Kaliwates; Back returns to the Polres.
        await page.click(`${row} button[data-unit="${KALIWATES}"]`);
        await page.waitForSelector(`[data-testid=rd-summary][data-unit="${KALIWATES}"]`);
        assert.equal((await page.textContent('[data-testid=rd-figure]')).trim(), noted);
        assert.match(await page.textContent('[data-testid=rd-people]'), new RegExp(`${before.people_ready} dari ${before.people} personel siap`));
        await page.goBack();
        await page.waitForSelector('[data-testid=rd-summary][data-unit=POLRES-JEMBER]');
        await page.goForward();
        await page.waitForSelector(`[data-testid=rd-summary][data-unit="${KALIWATES}"]`);

        // Plan an apel kesiapan for Kaliwates today.
        await page.click('[data-tab="/apel"]');
        await page.waitForSelector(`[data-testid=rd-plan-form] input[data-unit="${KALIWATES}"]`);
        assert.equal(await page.inputValue('#f-plan-date'), todayWib());
        await page.check(`[data-testid=rd-plan-form] input[data-unit="${KALIWATES}"]`);
        await page.fill('#f-plan-title', 'Apel kesiapan pengamanan Pilkada (uji)');
        const [planned] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/v1/inspections') && r.request().method() === 'POST'),
          page.click('[data-testid=rd-plan-submit]'),
        ]);
        assert.equal(planned.status(), 201);
        const id = (await planned.json()).items[0].id;
        await page.click(`[data-testid=rd-inspections] a[data-inspection-id="${id}"]`);
        await page.waitForSelector(`[data-testid=rd-runner][data-inspection-id="${id}"]`);
        await page.waitForSelector('[data-testid=rd-people-checks] li[data-person-id]');

        const sheet = (await api('GET', `/api/v1/inspections/${id}`)).json;
        const people = sheet.people.map((l) => l.person);
        const vehicles = sheet.vehicles.map((l) => l.vehicle);
        assert.equal(await page.locator('[data-testid=rd-people-checks] > li').count(), people.length);
        assert.equal(await page.locator('[data-testid=rd-vehicle-checks] > li').count(), vehicles.length);
        const progress = () => page.textContent('[data-testid=rd-progress] .rd-progress-text');
        assert.equal((await progress()).trim(), `0/${people.length} personel, 0/${vehicles.length} kendaraan`);

        // Who is ready now: one of them is absent, another has an item not working.
        const ready = await readyPeople(api, people);
        const broken = ready.find((p) => p.sole);
        assert.ok(broken, 'a ready person whose only usable item of a required kind can break');
        const absent = ready.find((p) => p.id !== broken.id && p.items > 0) ?? ready.find((p) => p.id !== broken.id);
        assert.ok(absent, 'a second ready person');

        await page.click(`${card(absent.id)} button[data-value=absent]`);
        assert.equal(await page.locator(`${card(absent.id)} [data-testid=held]`).count(), 0, 'an absent person has no item toggles');
        await page.click(`${card(absent.id)} [data-testid=rd-person-save]`);
        await page.waitForSelector(`${card(absent.id)}[data-done=true][data-present=false]`);
        assert.equal((await progress()).trim(), `1/${people.length} personel, 0/${vehicles.length} kendaraan`);

        const item = `${card(broken.id)} li[data-item-id="${broken.sole.id}"]`;
        await page.click(`${item} [data-testid=working]`);
        assert.equal(await page.getAttribute(`${item} [data-testid=working]`, 'aria-pressed'), 'false');
        assert.equal(await page.getAttribute(`${item} [data-testid=held]`, 'aria-pressed'), 'true');
        const [put] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith(`/inspections/${id}/people/${broken.id}`)),
          page.click(`${card(broken.id)} [data-testid=rd-person-save]`),
        ]);
        assert.equal(put.status(), 200);
        const sent = JSON.parse(put.request().postData());
        assert.equal(sent.present, true);
        assert.deepEqual(
          sent.items.find((i) => i.item_id === broken.sole.id),
          { item_id: broken.sole.id, held: true, working: false },
        );
        assert.ok(sent.items.filter((i) => i.item_id !== broken.sole.id).every((i) => i.held && i.working));
        await page.waitForSelector(`${card(broken.id)}[data-done=true][data-present=true]`);

        // Another phone answers for someone first: this one's answer is refused (409),
        // and the card shows the answer that counts.
        const other = sheet.people.find((l) => l.person.id !== absent.id && l.person.id !== broken.id);
        const elsewhere = await api('PUT', `/api/v1/inspections/${id}/people/${other.person.id}`, {
          present: true,
          items: other.items.map((i) => ({ item_id: i.id, held: true, working: true })),
        });
        assert.equal(elsewhere.status, 200, JSON.stringify(elsewhere.json));
        await page.click(`${card(other.person.id)} [data-testid=rd-person-save]`);
        await page.waitForSelector(`${card(other.person.id)}[data-done=true]`);
        assert.match(await page.textContent('[data-testid=rd-people-checks]'), /sudah diisi/);
        assert.equal((await progress()).trim(), `3/${people.length} personel, 0/${vehicles.length} kendaraan`);

        // Everyone else present with everything working.
        for (const p of people) {
          if (p.id === absent.id || p.id === broken.id || p.id === other.person.id) continue;
          await page.click(`${card(p.id)} [data-testid=rd-person-save]`);
          await page.waitForSelector(`${card(p.id)}[data-done=true]`);
        }
        // Every vehicle with its fuel; a level over 100 is refused next to the field.
        for (const [n, v] of vehicles.entries()) {
          const fuel = `${vcard(v.id)} [data-testid=rd-fuel]`;
          if (n === 0) {
            await page.fill(fuel, '150');
            await page.click(`${vcard(v.id)} [data-testid=rd-vehicle-save]`);
            assert.match(await page.textContent(`${vcard(v.id)} [data-field-error=fuel_percent]`), /0 sampai 100/);
            assert.equal(await page.getAttribute(`${vcard(v.id)}`, 'data-done'), 'false');
          }
          await page.fill(fuel, String(v.fuel_percent ?? 60));
          await page.click(`${vcard(v.id)} [data-testid=rd-vehicle-save]`);
          await page.waitForSelector(`${vcard(v.id)}[data-done=true]`);
        }
        assert.equal((await progress()).trim(), `${people.length}/${people.length} personel, ${vehicles.length}/${vehicles.length} kendaraan`);
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390);

        // The readiness of Kaliwates drops by the two people, as the API reports it.
        const afterRun = await readiness(api, KALIWATES);
        assert.equal(afterRun.people_ready, before.people_ready - 2, JSON.stringify({ before, afterRun }));
        assert.equal(afterRun.vehicles_fit, before.vehicles_fit);
        assert.ok(afterRun.readiness < before.readiness);
        assert.ok(afterRun.missing.some((m) => m.reason === 'tidak_hadir_apel' && m.count >= 1));
        assert.ok(afterRun.missing.some((m) => m.reason === 'item_broken' && m.kind === broken.sole.kind));
        await page.click('[data-tab="/"]');
        await page.waitForSelector(`[data-testid=rd-summary][data-unit="${KALIWATES}"]`);
        await page.waitForFunction(
          (text) => document.querySelector('[data-testid=rd-figure]')?.textContent.trim() === text,
          percent(afterRun),
        );
        assert.notEqual(percent(afterRun), noted);
        assert.equal(Number(await page.getAttribute('[data-testid=rd-figure]', 'data-readiness')), afterRun.readiness);
        await page.waitForSelector('[data-testid=rd-missing] li[data-reason=tidak_hadir_apel]');

        // Close the apel; the result is computed from the answers.
        await page.goBack();
        await page.waitForSelector(`[data-testid=rd-runner][data-inspection-id="${id}"] [data-testid=rd-close-form]`);
        assert.match(await page.textContent('#f-close-result option[value=""]'), /Siap dengan catatan/);
        await page.fill('#f-close-note', 'Satu personel tidak hadir, satu senter/HT diganti');
        await page.click('[data-testid=rd-close-submit]');
        await page.waitForSelector(`[data-testid=rd-runner][data-status=ditutup] [data-testid=rd-closed]`);
        assert.equal(await page.getAttribute('[data-testid=rd-closed] [data-result]', 'data-result'), 'siap_dengan_catatan');
        assert.equal(await page.locator('[data-testid=rd-person-save], [data-testid=rd-vehicle-save], [data-testid=rd-close-form]').count(), 0);
        const closed = (await api('GET', `/api/v1/inspections/${id}`)).json.inspection;
        assert.equal(closed.status, 'ditutup');
        assert.equal(closed.result, 'siap_dengan_catatan');
        assert.equal(closed.closed_by, 'jember.ren');
      },
      PHONE,
    ),
  );

  test(
    'a defect report with a photo from the phone reaches the queue and is followed up, then closed with a note',
    inPage(
      s.ctx,
      'readiness-defect',
      async (page) => {
        const api = await s.ctx.api('jember.ren');
        const vehicles = (await api('GET', `/api/v1/items?unit=${KALIWATES}&vehicles=true&limit=50`)).json.items;
        const vehicle = vehicles[0];
        await logIn(page, s.ctx.base, 'jember.ren');
        await page.goto(`${s.ctx.base}/kesiapan/laporan?unit=${KALIWATES}`);
        await page.waitForSelector('[data-testid=rd-report-form]');
        await page.waitForSelector(`[data-testid=rd-report-item] option[value="${vehicle.id}"]`, { state: 'attached' });

        // Without a description the form says so next to the field.
        await page.click('[data-testid=rd-report-submit]');
        assert.match(await page.textContent('[data-field-error=description]'), /uraian wajib diisi/);

        await page.click('[data-testid=rd-report-form] button[data-kind=kerusakan]');
        await page.selectOption('[data-testid=rd-report-item]', String(vehicle.id));
        await page.fill('#f-description', 'Lampu depan mati, kabel putus');
        await page.setInputFiles('[data-testid=rd-report-photo]', { name: 'foto.png', mimeType: 'image/png', buffer: png(40, 30) });
        await page.waitForSelector('[data-testid=rd-photo-ready][data-width="40"][data-height="30"]');
        const [posted] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/v1/defects') && r.request().method() === 'POST'),
          page.click('[data-testid=rd-report-submit]'),
        ]);
        assert.equal(posted.status(), 201, await posted.text());
        const body = JSON.parse(posted.request().postData());
        assert.equal(body.unit, KALIWATES);
        assert.equal(body.item_id, vehicle.id);
        assert.equal(body.kind, 'kerusakan');
        assert.match(body.photo, /^\/9j\//, 'the photo goes as JPEG base64');
        assert.ok((await posted.request().allHeaders())['idempotency-key']);
        const defect = await posted.json();
        assert.equal(defect.has_photo, true);
        await page.waitForSelector('[data-testid=rd-report-ok]');

        // In the queue: age, photo, reported; then followed up.
        const row = `[data-testid=rd-defects] tr[data-row="${defect.id}"]`;
        await page.waitForSelector(row);
        assert.match(await page.textContent(`${row} .rd-age`), /< 1 jam/);
        assert.equal(await page.getAttribute(`${row} .rd-age`, 'data-overdue'), 'false');
        await page.waitForFunction(
          (sel) => {
            const img = document.querySelector(sel);
            return img && img.complete && img.naturalWidth === 40;
          },
          `${row} img[data-testid=rd-defect-photo]`,
        );
        assert.equal(await page.getAttribute(`${row} [data-status]`, 'data-status'), 'dilaporkan');
        await page.click(`${row} button[data-action=ditindaklanjuti]`);
        await page.waitForSelector(`${row} [data-status=ditindaklanjuti]`);
        const followed = (await api('GET', `/api/v1/defects/${defect.id}`)).json;
        assert.equal(followed.status, 'ditindaklanjuti');
        assert.equal(followed.followed_by, 'jember.ren');
        const photo = await page.request.get(`${s.ctx.base}/api/v1/defects/${defect.id}/photo`);
        assert.equal(photo.status(), 200);
        assert.equal(photo.headers()['content-type'], 'image/jpeg');

        // Selesai needs a note.
        await page.click(`${row} button[data-action=selesai]`);
        await page.click(`${row} button[data-action=send]`);
        assert.match(await page.textContent(`${row} .field-error`), /catatan wajib diisi/);
        await page.fill(`#f-defect-note-${defect.id}`, 'Kabel lampu diganti di bengkel Polres');
        await page.click(`${row} button[data-action=send]`);
        await page.waitForSelector(row, { state: 'detached' });
        const done = (await api('GET', `/api/v1/defects/${defect.id}`)).json;
        assert.equal(done.status, 'selesai');
        assert.equal(done.note, 'Kabel lampu diganti di bengkel Polres');
        await page.check('[data-testid=rd-show-closed]');
        await page.waitForSelector(`${row} [data-status=selesai]`);
      },
      PHONE,
    ),
  );

  test(
    'Bag Ren hands an item to an officer, who confirms receipt under "Barang saya"',
    inPage(s.ctx, 'readiness-handover', async (page, context) => {
      const officerApi = await s.ctx.api('jember.officer');
      const me = (await officerApi('GET', '/api/v1/personnel/me')).json;
      assert.equal(me.unit, KALIWATES);
      const ren = await s.ctx.api('jember.ren');
      const items = (await ren('GET', `/api/v1/items?unit=${KALIWATES}&vehicles=false&limit=500`)).json.items;
      const item = items.find((i) => i.holder_id === null) ?? items.find((i) => i.holder_id !== me.id);
      assert.ok(item, 'an item of Kaliwates not yet held by the officer');

      await logIn(page, s.ctx.base, 'jember.ren');
      await page.goto(`${s.ctx.base}/kesiapan/personel?unit=${KALIWATES}`);
      await page.waitForSelector('[data-testid=rd-people] a[data-person-id]');
      await page.goto(`${s.ctx.base}/kesiapan/personel/${me.id}?unit=${KALIWATES}`);
      await page.waitForSelector(`[data-testid=rd-person][data-person-id="${me.id}"] [data-testid=rd-handover-form]`);
      await page.waitForSelector(`[data-testid=rd-handover-item] option[value="${item.id}"]`, { state: 'attached' });
      await page.selectOption('[data-testid=rd-handover-item]', String(item.id));
      await page.click('[data-testid=rd-handover-submit]');
      await page.waitForSelector('[data-testid=rd-handover-ok]');
      await page.waitForSelector(`[data-testid=rd-person-items] [data-item-id="${item.id}"]`);
      await page.waitForSelector('[data-testid=rd-handovers] li[data-pending=true]');

      // The officer, on their own phone.
      const phone = await context.browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
      try {
        const p2 = await phone.newPage();
        await logIn(p2, s.ctx.base, 'jember.officer');
        await p2.goto(`${s.ctx.base}/kesiapan/saya`);
        await p2.waitForSelector(`[data-testid=rd-mine][data-person-id="${me.id}"]`);
        const pending = (await officerApi('GET', '/api/v1/personnel/me')).json.handovers.find((h) => h.item_id === item.id && !h.acknowledged_at);
        assert.ok(pending, 'a pending handover');
        await p2.click(`[data-testid=rd-pending] li[data-handover-id="${pending.id}"] [data-testid=rd-acknowledge]`);
        await p2.waitForSelector(`[data-testid=rd-pending] li[data-handover-id="${pending.id}"]`, { state: 'detached' });
        await p2.waitForSelector(`[data-testid=rd-handovers] li[data-handover-id="${pending.id}"][data-pending=false]`);
        const after = (await officerApi('GET', '/api/v1/personnel/me')).json.handovers.find((h) => h.id === pending.id);
        assert.ok(after.acknowledged_at);
      } finally {
        await phone.close();
      }

      // An account without a person is told so.
      await page.goto(`${s.ctx.base}/kesiapan/saya`);
      await page.waitForSelector('[data-testid=rd-not-linked]');
    }),
  );

  test(
    'vehicles of a Polsek: fuel bars, a refused level next to the field, a corrected one',
    inPage(s.ctx, 'readiness-vehicles', async (page) => {
      const unit = 'POLSEK-35.09.20';
      const api = await s.ctx.api('jember.ren');
      const list = (await api('GET', `/api/v1/items?unit=${unit}&vehicles=true&limit=100`)).json.items;
      assert.ok(list.length > 0);
      await logIn(page, s.ctx.base, 'jember.ren');
      await page.goto(`${s.ctx.base}/kesiapan/kendaraan?unit=${unit}`);
      await page.waitForSelector('[data-testid=rd-vehicles] li[data-item-id]');
      assert.equal(await page.locator('[data-testid=rd-vehicles] li[data-item-id]').count(), list.length);
      for (const v of list) {
        const tone = v.fuel_percent === null ? 'none' : v.fuel_percent < 25 ? 'low' : v.fuel_percent < 50 ? 'mid' : 'ok';
        assert.equal(await page.getAttribute(`[data-testid=rd-vehicles] li[data-item-id="${v.id}"] .fuel`, 'data-tone'), tone, v.plate);
      }
      const v = list.find((x) => x.fit) ?? list[0];
      const li = `[data-testid=rd-vehicles] li[data-item-id="${v.id}"]`;
      await page.click(`${li} [data-testid=rd-vehicle-edit]`);
      await page.fill(`#f-v${v.id}-fuel_percent`, '150');
      await page.click(`${li} [data-testid=rd-vehicle-save]`);
      // The server's own words, next to the field.
      await page.waitForSelector(`${li} [data-field-error="v${v.id}-fuel_percent"]`);
      assert.match(await page.textContent(`${li} [data-field-error="v${v.id}-fuel_percent"]`), /150 % di luar 0 sampai 100/);
      await page.fill(`#f-v${v.id}-fuel_percent`, '10');
      await page.click(`${li} [data-testid=rd-vehicle-save]`);
      await page.waitForSelector(`${li}[data-fit=false] .fuel[data-tone=low][data-fuel="10"]`);
      const after = (await api('GET', `/api/v1/items?unit=${unit}&vehicles=true&limit=100`)).json.items.find((x) => x.id === v.id);
      assert.equal(after.fuel_percent, 10);
      assert.equal(after.fit, false);
    }),
  );
});
