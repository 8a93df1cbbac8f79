// The other screens: registry lists with filters and paging, CSV import with
// its line-level report, the election calendar, the SKCK desk; their
// loading, empty and error states.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { idNumber, inPage, logIn, suite } from './harness.mjs';

const s = suite();

describe('registry, calendar and SKCK screens', () => {
  before(s.before);
  after(s.after);

  test(
    'the desa list pages and filters by kecamatan and name',
    inPage(s.ctx, 'registry-desa', async (page) => {
      const api = await s.ctx.api('jember.ops');
      const all = (await api('GET', '/api/v1/regions?level=desa&limit=50')).json;
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.goto(s.ctx.base + '/registri/desa');
      await page.waitForSelector('[data-testid=desa-list] .data-table');
      assert.equal(await page.locator('[data-testid=desa-list] tbody tr').count(), all.items.length);
      assert.match(await page.textContent('[data-testid=pager-info]'), new RegExp(`1–50 dari ${idNumber(all.total)}`));
      await page.click('[data-testid=pager-next]');
      await page.waitForFunction(() => /51–100/.test(document.querySelector('[data-testid=pager-info]')?.textContent ?? ''));
      const second = (await api('GET', `/api/v1/regions?level=desa&limit=50&cursor=${all.next}`)).json;
      assert.equal(await page.locator('[data-testid=desa-list] tbody tr').first().getAttribute('data-row'), second.items[0].code);
      await page.click('[data-testid=pager-prev]');
      await page.waitForFunction(() => /1–50/.test(document.querySelector('[data-testid=pager-info]')?.textContent ?? ''));
      // Filter by kecamatan (Kaliwates) and by the start of a name.
      await page.waitForSelector('select[data-filter=region] option[value="35.09.19"]', { state: 'attached' });
      await page.selectOption('select[data-filter=region]', '35.09.19');
      const kaliwates = (await api('GET', '/api/v1/regions?level=desa&parent=35.09.19&limit=50')).json;
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid=desa-list] tbody tr').length === n && location.search.includes('region=35.09.19'),
        kaliwates.items.length,
      );
      await page.fill('input[data-filter=q]', 'Kebon');
      await page.waitForFunction(() => location.search.includes('q=Kebon'));
      await page.waitForFunction(() => {
        const rows = [...document.querySelectorAll('[data-testid=desa-list] tbody tr')];
        return rows.length > 0 && rows.every((r) => /Kebon/.test(r.textContent));
      });
      // A filter that matches nothing shows the empty state.
      await page.fill('input[data-filter=q]', 'Zzzz');
      await page.waitForSelector('[data-state=empty]');
    }),
  );

  test(
    'the TPS list filters by kecamatan and code; units list by level',
    inPage(s.ctx, 'registry-tps-units', async (page) => {
      const api = await s.ctx.api('jember.ops');
      const kal = (await api('GET', '/api/v1/tps?region=35.09.19&limit=1')).json;
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.goto(s.ctx.base + '/registri/tps?region=35.09.19');
      await page.waitForSelector('[data-testid=tps-list] .data-table');
      assert.match(await page.textContent('[data-testid=pager-info]'), new RegExp(`dari ${idNumber(kal.total)}`));
      const code = kal.items[0].code;
      await page.fill('input[data-filter=q]', code);
      await page.waitForFunction(
        (c) => {
          const rows = document.querySelectorAll('[data-testid=tps-list] tbody tr');
          return rows.length === 1 && rows[0].textContent.includes(c);
        },
        code,
      );
      await page.goto(s.ctx.base + '/registri/satuan?level=polsek');
      await page.waitForSelector('[data-testid=unit-list] .data-table');
      const polsek = (await api('GET', '/api/v1/units?level=polsek&limit=50')).json;
      assert.match(await page.textContent('[data-testid=pager-info]'), new RegExp(`dari ${idNumber(polsek.total)}`));
    }),
  );

  test(
    'a list whose request fails shows the error and retries',
    inPage(s.ctx, 'registry-error-state', async (page) => {
      await logIn(page, s.ctx.base, 'jember.ops');
      let fail = true;
      await page.route('**/api/v1/units?*', (route) =>
        fail
          ? route.fulfill({
              status: 503,
              contentType: 'application/json',
              body: JSON.stringify({ error: { code: 'internal', message: 'server sedang sibuk', message_en: 'server busy', field: null } }),
            })
          : route.continue(),
      );
      await page.goto(s.ctx.base + '/registri/satuan');
      await page.waitForSelector('[data-state=error]');
      assert.match(await page.textContent('[data-state=error]'), /server sedang sibuk/);
      fail = false;
      await page.click('[data-state=error] button');
      await page.waitForSelector('[data-testid=unit-list] .data-table');
    }),
  );

  test(
    'CSV import shows the server report line by line, then imports a good file',
    inPage(s.ctx, 'registry-import', async (page) => {
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.goto(s.ctx.base + '/registri/impor');
      await page.waitForSelector('[data-testid=import-page]');
      await page.selectOption('#f-import-kind', 'objects');
      const bad = 'kind,name,lat,lon,desa_code,notes\nposko,Posko A,-8.17,113.69,,\ncrowd_point,,x,113.7,,\n';
      await page.fill('#f-import-text', bad);
      await page.click('[data-testid=import-submit]');
      await page.waitForSelector('[data-testid=import-issues]');
      const text = await page.textContent('[data-testid=import-issues]');
      assert.match(text, /3 masalah/);
      assert.match(text, /jenis objek 'posko' tidak dikenal/);
      assert.equal(await page.locator('[data-testid=import-issues] tr[data-line="2"]').count(), 1);
      assert.equal(await page.locator('[data-testid=import-issues] tr[data-line="3"]').count(), 2);
      await page.fill('#f-import-text', 'kind,name,lat,lon,desa_code,notes\ncrowd_point,Alun-alun Uji Impor,-8.170521,113.6968,,\n');
      await page.click('[data-testid=import-submit]');
      await page.waitForSelector('[data-testid=import-ok]');
      assert.match(await page.textContent('[data-testid=import-ok]'), /1 baris diimpor/);
    }),
  );

  test(
    'the calendar shows every stage, today, the current posture and the candidates',
    inPage(s.ctx, 'calendar', async (page) => {
      const api = await s.ctx.api('jember.ops');
      const stages = (await api('GET', '/api/v1/stages')).json;
      const elections = (await api('GET', '/api/v1/elections')).json;
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.goto(s.ctx.base + '/kalender');
      await page.waitForSelector('[data-testid=timeline]');
      assert.equal(await page.locator('.tl-row').count(), stages.total);
      assert.equal(await page.getAttribute('[data-testid=timeline]', 'data-today'), stages.today);
      assert.equal(await page.locator('.tl-today').count(), stages.total);
      if (stages.current) {
        assert.equal(await page.textContent('[data-testid=posture]'), stages.current.posture);
        await page.click('.lang-btn[data-lang=en]');
        await page.waitForFunction((p) => document.querySelector('[data-testid=posture]')?.textContent === p, stages.current.posture_en);
        await page.click('.lang-btn[data-lang=id]');
      }
      // A stage opens its posture note.
      const first = stages.items[0];
      await page.click(`.tl-row[data-stage="${first.code}"] .tl-label`);
      assert.ok((await page.textContent(`.tl-row[data-stage="${first.code}"]`)).includes(first.posture));
      await page.waitForSelector('[data-testid=candidates] .election');
      assert.equal(await page.locator('[data-testid=candidates] .election').count(), elections.total);
      const detail = (await api('GET', `/api/v1/elections/${elections.items[0].id}`)).json;
      const card = page.locator(`.election[data-election="${detail.code}"]`);
      const cardText = await card.textContent();
      for (const c of detail.candidates) assert.ok(cardText.includes(c.head_name), `${c.head_name} in ${cardText}`);
    }),
  );

  test(
    'the SKCK desk: submit, a field error, process, issue and refuse with a reason',
    inPage(s.ctx, 'skck', async (page) => {
      await logIn(page, s.ctx.base, 'jember.intelkam');
      await page.click('nav#main-nav >> text=Layanan SKCK');
      await page.waitForSelector('[data-testid=skck-form]');
      await page.waitForSelector('[data-state=empty]');
      // A NIK of three digits: the error sits under the NIK field.
      await page.fill('#f-applicant_name', 'Budi Santoso');
      await page.fill('#f-nik', '123');
      await page.fill('#f-domicile_code', '35.09.19.1006');
      await page.click('[data-testid=skck-form] button[type=submit]');
      await page.locator('[data-field=nik] [data-field-error=nik]').waitFor();
      assert.match(await page.textContent('[data-field-error=nik]'), /NIK harus 16 angka/);
      await page.fill('#f-nik', '3509190101800001');
      await page.click('[data-testid=skck-form] button[type=submit]');
      const row = page.locator('[data-testid=skck-table] tbody tr').first();
      await row.waitFor();
      assert.match(await row.textContent(), /Budi Santoso/);
      assert.equal(await row.locator('[data-status]').getAttribute('data-status'), 'diajukan');
      assert.match(await row.textContent(), /0001/);
      assert.doesNotMatch(await row.textContent(), /3509190101800001/, 'the NIK is masked in the list');
      await row.locator('[data-action=diproses]').click();
      await page.waitForSelector('[data-testid=skck-table] [data-status=diproses]');
      await row.locator('[data-action=terbit]').click();
      await page.waitForSelector('[data-testid=skck-table] [data-status=terbit]');
      assert.match(await row.textContent(), /Selesai/);

      // A second request, refused: the reason is required, then given.
      await page.fill('#f-applicant_name', 'Siti Aminah');
      await page.fill('#f-nik', '3509190101800002');
      await page.fill('#f-domicile_code', '35.09.19.1006');
      await page.click('[data-testid=skck-form] button[type=submit]');
      const siti = page.locator('[data-testid=skck-table] tbody tr', { hasText: 'Siti Aminah' });
      await siti.waitFor();
      await siti.locator('[data-action=diproses]').click();
      await siti.locator('[data-action=ditolak]').click();
      await siti.locator('[data-action=confirm-refuse]').click();
      await siti.locator('.field-error').waitFor();
      assert.match(await siti.locator('.field-error').textContent(), /alasan penolakan wajib diisi/);
      await siti.locator('input[name=reason]').fill('Berkas tidak lengkap');
      await siti.locator('[data-action=confirm-refuse]').click();
      await siti.locator('[data-status=ditolak]').waitFor();
      assert.match(await siti.textContent(), /Berkas tidak lengkap/);
      // The status filter.
      await page.selectOption('select[data-filter=status]', 'ditolak');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=skck-table] tbody tr').length === 1);
    }),
  );

  test(
    'a role without the SKCK permission sees no SKCK menu and is told so at its address',
    inPage(s.ctx, 'skck-forbidden', async (page) => {
      await logIn(page, s.ctx.base, 'jember.ops');
      assert.equal(await page.locator('nav#main-nav >> text=Layanan SKCK').count(), 0);
      await page.goto(s.ctx.base + '/skck');
      await page.waitForSelector('.state-error');
      assert.match(await page.textContent('.state-error'), /tidak berwenang/);
      await page.goto(s.ctx.base + '/tidak-ada');
      assert.match(await page.textContent('main'), /Halaman tidak ditemukan/);
    }),
  );
});
