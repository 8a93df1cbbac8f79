// Strategic objects: create one and find it in the list and on the map; the
// API's field errors next to their fields; edit; territory limits.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { inPage, logIn, suite } from './harness.mjs';

const s = suite();

// A point inside Kelurahan Jember Lor (35.09.19.1006), next to the KPU warehouse.
const POINT = { lat: -8.170521, lon: 113.6968 };

describe('strategic objects', () => {
  before(s.before);
  after(s.after);

  test(
    'a new object appears in the list and on the map',
    inPage(s.ctx, 'objects-create', async (page) => {
      const name = `Titik Kumpul Uji ${Date.now()}`;
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.click('nav#main-nav >> text=Registri');
      await page.click('.tabs >> text=Objek strategis');
      await page.click('[data-testid=new-object]');
      await page.waitForSelector('[data-testid=object-form]');
      await page.selectOption('#f-kind', 'crowd_point');
      await page.fill('#f-name', name);
      await page.fill('#f-lat', String(POINT.lat));
      await page.fill('#f-lon', String(POINT.lon));
      await page.fill('#f-notes', 'Lapangan, kampanye akbar');
      await page.click('[data-testid=object-submit]');
      // Back on the list, filtered to the new name, with a confirmation.
      await page.waitForSelector('[data-testid=objects-table]');
      assert.match(await page.textContent('[data-testid=flash]'), /ditambahkan/);
      const row = page.locator(`[data-testid=objects-table] [data-object-name="${name}"]`);
      await row.waitFor();
      const api = await s.ctx.api('jember.ops');
      const found = await api('GET', `/api/v1/objects?q=${encodeURIComponent(name)}`);
      assert.equal(found.json.total, 1);
      const created = found.json.items[0];
      assert.equal(created.desa_code, '35.09.19.1006', 'the server found the desa from the point');
      // The whole, unfiltered list has it too.
      await page.goto(s.ctx.base + '/registri/objek');
      await page.locator(`[data-testid=objects-table] [data-object-name="${name}"]`).waitFor();
      // On the map: a marker with its id; the list's map link opens its details.
      await page.goto(s.ctx.base + '/peta');
      await page.waitForSelector(`[data-object-id="${created.id}"]`);
      await page.goto(`${s.ctx.base}/peta?lat=${created.lat}&lon=${created.lon}&z=17&object=${created.id}`);
      await page.waitForSelector('[data-testid=detail-panel][data-kind=object]');
      assert.equal(await page.textContent('[data-testid=detail-title]'), name);
      const center = await page.evaluate(() => ({ ...document.querySelector('[data-testid=map]').dataset }));
      assert.ok(Math.abs(Number(center.centerLat) - created.lat) < 1e-4, JSON.stringify(center));
      // The map's search finds it by name.
      await page.fill('[data-testid=map-search]', name);
      await page.locator('[data-testid=search-results] li[data-type=object]').first().waitFor();
    }),
  );

  test(
    'an object created on another screen appears on the open map without a reload',
    inPage(s.ctx, 'objects-live', async (page) => {
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.goto(s.ctx.base + '/peta');
      await page.waitForSelector('[data-testid=map] [data-object-id]');
      const api = await s.ctx.api('jember.ops');
      const created = await api('POST', '/api/v1/objects', {
        kind: 'candidate_post', name: `Posko Live ${Date.now()}`, lat: POINT.lat, lon: POINT.lon,
      });
      assert.equal(created.status, 201, created.text);
      await page.waitForSelector(`[data-object-id="${created.json.id}"]`, { timeout: 10_000 });
      assert.equal((await api('DELETE', `/api/v1/objects/${created.json.id}`)).status, 204);
      await page.waitForSelector(`[data-object-id="${created.json.id}"]`, { state: 'detached', timeout: 10_000 });
    }),
  );

  test(
    'an error from the API appears next to the field it names',
    inPage(s.ctx, 'objects-field-error', async (page) => {
      const api = await s.ctx.api('jember.ops');
      const before = (await api('GET', '/api/v1/objects?limit=1')).json.total;
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.goto(s.ctx.base + '/registri/objek/baru');
      await page.waitForSelector('[data-testid=object-form]');
      // Nothing chosen: the server names `kind`.
      await page.click('[data-testid=object-submit]');
      await page.waitForSelector('[data-field-error=kind]');
      assert.match(await page.textContent('[data-field=kind] [data-field-error=kind]'), /jenis objek \(kind\) wajib diisi/);
      assert.equal(await page.getAttribute('#f-kind', 'aria-invalid'), 'true');
      // A point in the sea south of Java: the server names `lat`.
      await page.selectOption('#f-kind', 'vital_object');
      await page.fill('#f-name', 'Titik di laut');
      await page.fill('#f-lat', '-9.9');
      await page.fill('#f-lon', '113.7');
      await page.click('[data-testid=object-submit]');
      const latError = page.locator('[data-field=lat] [data-field-error=lat]');
      await latError.waitFor();
      assert.match(await latError.textContent(), /tidak berada di desa mana pun/);
      assert.equal(await page.locator('[data-field-error=kind]').count(), 0, 'the earlier error is gone');
      // Typing in the field clears its message.
      await page.fill('#f-lat', String(POINT.lat));
      assert.equal(await page.locator('[data-field-error=lat]').count(), 0);
      // An unknown desa code: the server names `desa_code`.
      await page.fill('#f-desa_code', '35.09.99.9999');
      await page.click('[data-testid=object-submit]');
      await page.locator('[data-field=desa_code] [data-field-error=desa_code]').waitFor();
      // In English the same error reads in English.
      await page.click('.lang-btn[data-lang=en]');
      await page.click('[data-testid=object-submit]');
      await page.waitForFunction(() =>
        /unknown desa code/.test(document.querySelector('[data-field-error=desa_code]')?.textContent ?? ''),
      );
      // Nothing was stored by any of these.
      assert.equal((await api('GET', '/api/v1/objects?limit=1')).json.total, before);
    }),
  );

  test(
    'an object can be edited',
    inPage(s.ctx, 'objects-edit', async (page) => {
      const api = await s.ctx.api('jember.ops');
      const made = await api('POST', '/api/v1/objects', { kind: 'candidate_post', name: 'Posko Uji Lama', ...POINT });
      assert.equal(made.status, 201);
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.goto(`${s.ctx.base}/registri/objek/${made.json.id}`);
      await page.waitForSelector('[data-testid=object-form]');
      assert.equal(await page.inputValue('#f-name'), 'Posko Uji Lama');
      await page.fill('#f-name', 'Posko Uji Baru');
      await page.click('[data-testid=object-submit]');
      await page.locator('[data-testid=objects-table] [data-object-name="Posko Uji Baru"]').waitFor();
      assert.match(await page.textContent('[data-testid=flash]'), /tersimpan/);
      assert.equal((await api('GET', `/api/v1/objects/${made.json.id}`)).json.name, 'Posko Uji Baru');
    }),
  );

  test(
    'a Sinjai user cannot see Jember objects',
    inPage(s.ctx, 'objects-sinjai', async (page) => {
      const jember = await s.ctx.api('jember.ops');
      const jemberObjects = (await jember('GET', '/api/v1/objects?limit=1000')).json.items;
      assert.ok(jemberObjects.length > 0);
      const sinjai = await s.ctx.api('sinjai.ops');
      const own = (await sinjai('GET', '/api/v1/objects?limit=1000')).json;

      await logIn(page, s.ctx.base, 'sinjai.ops');
      assert.equal(await page.textContent('[data-testid=user-unit]'), 'Polres Sinjai');
      // The list holds Sinjai's objects only.
      await page.goto(s.ctx.base + '/registri/objek');
      const rows = page.locator('[data-testid=objects-table] tbody tr');
      if (own.total > 0) await rows.first().waitFor();
      else await page.waitForSelector('[data-state=empty]');
      const names = await page.locator('[data-object-name]').evaluateAll((els) => els.map((e) => e.getAttribute('data-object-name')));
      assert.equal(names.length, Math.min(own.total, 50));
      for (const o of jemberObjects) assert.ok(!names.includes(o.name), `Sinjai sees ${o.name}`);
      // Asking for Jember by name finds nothing.
      await page.goto(s.ctx.base + '/registri/objek?q=Jember');
      await page.waitForSelector('[data-state=empty]');
      // The map holds none of Jember's markers, and neither does its search.
      await page.goto(s.ctx.base + '/peta');
      await page.waitForSelector('[data-testid=map][data-tps-ready]');
      await page.waitForFunction((n) => document.querySelectorAll('[data-object-id]').length === n, own.total);
      for (const o of jemberObjects) assert.equal(await page.locator(`[data-object-id="${o.id}"]`).count(), 0);
      await page.fill('[data-testid=map-search]', 'KPU Kabupaten Jember');
      await page.waitForSelector('[data-testid=search-results] li.muted:not(:has-text("Mencari"))');
      assert.match(await page.textContent('[data-testid=search-results]'), /Tidak ditemukan/);
      // Opening a Jember object by address is refused.
      await page.goto(`${s.ctx.base}/registri/objek/${jemberObjects[0].id}`);
      await page.waitForSelector('[data-state=error]');
    }),
  );
});
