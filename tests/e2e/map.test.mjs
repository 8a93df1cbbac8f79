// The map: the TPS count the API reports, search that centres on a desa,
// the layer switcher, the detail panel.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { idNumber, inPage, logIn, suite } from './harness.mjs';

const s = suite();

async function openMap(page) {
  await logIn(page, s.ctx.base, 'jember.ops');
  if (!page.url().endsWith('/peta')) await page.goto(s.ctx.base + '/peta');
  await page.waitForSelector('[data-testid=map][data-tps-ready]');
}

describe('map', () => {
  before(s.before);
  after(s.after);

  test(
    'shows the Jember TPS count the API reports, as clustered markers',
    inPage(s.ctx, 'map-tps-count', async (page) => {
      const api = await s.ctx.api('jember.ops');
      const r = await api('GET', '/api/v1/tps?limit=1');
      assert.equal(r.status, 200);
      const total = r.json.total;
      assert.equal(total, 4046, 'demo data: Jember has 4,046 TPS');
      await openMap(page);
      const count = page.locator('[data-testid=tps-count]');
      assert.equal(await count.getAttribute('data-count'), String(total));
      assert.equal((await count.textContent()).trim(), `${idNumber(total)} TPS`);
      assert.equal(await page.getAttribute('[data-testid=map]', 'data-tps-ready'), String(total));
      // Clusters, not thousands of markers.
      const clusters = await page.locator('.tps-cluster').count();
      assert.ok(clusters > 0 && clusters < 600, `${clusters} cluster markers`);
      // Outlines of the territory's desa arrived and the legend says how many.
      const shapes = await api('GET', '/api/v1/regions/geojson?level=desa');
      await page.waitForSelector('[data-layer=boundaries]');
      assert.match(await page.textContent('[data-testid=layer-panel]'), new RegExp(`${shapes.json.features.length} wilayah`));
      // A cluster click zooms in (objects and units off, so that none lies on top).
      await page.uncheck('[data-layer=objects]');
      await page.uncheck('[data-layer=units]');
      await page.waitForFunction(() => !document.querySelector('[data-object-id], [data-unit-id]'));
      const zoomBefore = Number(await page.getAttribute('[data-testid=map]', 'data-zoom'));
      await page.locator('.tps-cluster').first().click();
      await page.waitForFunction((z) => Number(document.querySelector('[data-testid=map]').dataset.zoom) > z, zoomBefore);
    }),
  );

  test(
    'search finds a desa by name and centres the map on it',
    inPage(s.ctx, 'map-search-desa', async (page) => {
      const api = await s.ctx.api('jember.ops');
      const hits = await api('GET', '/api/v1/search?q=Sumberjambe&limit=10');
      assert.equal(hits.status, 200);
      const desa = hits.json.items.find((h) => (h.type === 'desa' || h.type === 'kelurahan') && h.lat !== null);
      assert.ok(desa, 'the API finds a desa named Sumberjambe');
      await openMap(page);
      await page.fill('[data-testid=map-search]', 'Sumberjambe');
      const item = page.locator(`[data-testid=search-results] li[data-code="${desa.code}"]`);
      await item.waitFor();
      assert.match(await item.textContent(), /Desa/);
      await item.click();
      await page.waitForFunction(
        ({ lat, lon }) => {
          const d = document.querySelector('[data-testid=map]').dataset;
          return Math.abs(Number(d.centerLat) - lat) < 1e-4 && Math.abs(Number(d.centerLon) - lon) < 1e-4;
        },
        { lat: desa.lat, lon: desa.lon },
      );
      assert.ok(Number(await page.getAttribute('[data-testid=map]', 'data-zoom')) >= 12);
      assert.equal(await page.textContent('[data-testid=detail-title]'), desa.name);
      assert.equal(await page.getAttribute('[data-testid=detail-panel]', 'data-kind'), 'region');
      // The panel counts the desa's TPS from the loaded layer; the API agrees.
      const tps = await api('GET', `/api/v1/tps?region=${desa.code}&limit=1`);
      assert.equal(await page.textContent('[data-testid=region-tps]'), idNumber(tps.json.total));
    }),
  );

  test(
    'search finds a TPS by code and a unit by name',
    inPage(s.ctx, 'map-search-tps', async (page) => {
      const api = await s.ctx.api('jember.ops');
      const one = await api('GET', '/api/v1/tps?limit=1');
      const tps = one.json.items[0];
      await openMap(page);
      await page.fill('[data-testid=map-search]', tps.code);
      const item = page.locator('[data-testid=search-results] li[data-type=tps]').first();
      await item.waitFor();
      await item.click();
      await page.waitForSelector('[data-testid=detail-panel][data-kind=tps]');
      assert.match(await page.textContent('[data-testid=detail-panel]'), new RegExp(tps.code));
      await page.fill('[data-testid=map-search]', 'Polsek Kaliwates');
      const unit = page.locator('[data-testid=search-results] li[data-type=unit]').first();
      await unit.waitFor();
      await unit.click();
      await page.waitForSelector('[data-testid=detail-panel][data-kind=unit]');
    }),
  );

  test(
    'layers switch off and on; a click on an object opens its details',
    inPage(s.ctx, 'map-layers', async (page) => {
      await openMap(page);
      await page.waitForSelector('[data-object-id]');
      const objects = await page.locator('[data-object-id]').count();
      const api = await s.ctx.api('jember.ops');
      const list = await api('GET', '/api/v1/objects?limit=1000');
      assert.equal(objects, list.json.total);
      const count = (sel) => page.evaluate((q) => document.querySelectorAll(q).length, sel);
      await page.uncheck('[data-layer=objects]');
      await page.waitForFunction(() => document.querySelectorAll('[data-object-id]').length === 0);
      await page.uncheck('[data-layer=tps]');
      await page.waitForFunction(() => document.querySelectorAll('.tps-cluster').length === 0);
      await page.check('[data-layer=objects]');
      await page.check('[data-layer=tps]');
      await page.waitForFunction((n) => document.querySelectorAll('[data-object-id]').length === n, objects);
      await page.waitForFunction(() => document.querySelectorAll('.tps-cluster').length > 0);
      assert.ok((await count('.tps-cluster')) > 0);
      // Close up, where markers do not overlap, a click opens the object.
      const kpu = list.json.items.find((o) => o.kind === 'kpu_office');
      await page.goto(`${s.ctx.base}/peta?lat=${kpu.lat}&lon=${kpu.lon}&z=19`);
      await page.waitForSelector('[data-testid=map][data-tps-ready]');
      await page.uncheck('[data-layer=units]');
      await page.locator(`[data-object-id="${kpu.id}"]`).click();
      await page.waitForSelector('[data-testid=detail-panel][data-kind=object]');
      assert.equal(await page.textContent('[data-testid=detail-title]'), kpu.name);
    }),
  );

  test(
    'a failing layer says so and the others still draw',
    inPage(s.ctx, 'map-layer-error', async (page) => {
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.route('**/api/v1/units?*', (route) =>
        route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'internal', message: 'basis data sibuk', message_en: 'database busy', field: null } }),
        }),
      );
      await page.goto(s.ctx.base + '/peta');
      await page.waitForSelector('[data-testid=map][data-tps-ready]');
      await page.waitForSelector('.layer-status.error');
      assert.match(await page.textContent('.layer-status.error'), /basis data sibuk/);
    }),
  );
});
