// Pengamanan TPS: Kabag Ops of Jember makes a deployment plan from the screen
// and waits for the run; the summary, the posts on the map (a post's officers,
// TPS and Linmas on click), the shortfall, the reserve and one officer's
// assignment read as the API says. The Kapolres approves it and downloads the
// Sprin workbook through the page's link. An officer falls sick: the replan
// form makes a new version whose diff lists that officer as removed. Last, the
// guard pattern is edited (a wrong value named next to its field).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { idNumber, inPage, logIn, suite } from './harness.mjs';

const s = suite();
const JEMBER = 'POLRES-JEMBER';
const RUN_TIMEOUT = 90_000;
const COLOURS = {
  kurang_rawan: '#2e7d32',
  rawan: '#f9a825',
  sangat_rawan: '#c62828',
  khusus: '#6a1b9a',
};

/** Shared along the story: the first plan, and a post of it with its people. */
const story = { planId: null, post: null };

async function getJson(api, path) {
  const r = await api('GET', path);
  assert.equal(r.status, 200, `${path}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

/** The summary sentence as the Indonesian screen writes it. */
function headline(sm) {
  if (sm.officers_missing > 0 || sm.posts_short > 0) {
    return `${idNumber(sm.posts)} pos untuk ${idNumber(sm.tps)} TPS; kurang ${idNumber(sm.officers_missing)} personel di ${idNumber(sm.posts_short)} pos.`;
  }
  return `${idNumber(sm.posts)} pos untuk ${idNumber(sm.tps)} TPS; semua pos terisi sesuai pola.`;
}

async function waitForStatus(page, status) {
  await page.waitForSelector(`[data-testid=dp-plan][data-status=${status}]`, { timeout: RUN_TIMEOUT });
}

function unzip(file, entry) {
  return execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const xmlText = (s) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/** Sheet names of a workbook, in order. */
function sheetNames(file) {
  return [...unzip(file, 'xl/workbook.xml').matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => xmlText(m[1]));
}

/** The rows of one sheet as arrays of cell texts (shared and inline strings resolved, numbers as text). */
function sheetRows(file, name) {
  const workbook = unzip(file, 'xl/workbook.xml');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((x) => x.includes(`name="${name}"`));
  assert.ok(sheet, `no sheet ${name}`);
  const rid = sheet.match(/r:id="([^"]+)"/)[1];
  const rels = unzip(file, 'xl/_rels/workbook.xml.rels');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rid}"`));
  const target = rel.match(/Target="([^"]+)"/)[1].replace(/^\/?(xl\/)?/, '');
  let shared = [];
  try {
    shared = [...unzip(file, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => xmlText(m[1]));
  } catch {
    shared = []; // a workbook of inline strings only
  }
  const rows = [];
  for (const m of unzip(file, `xl/${target}`).matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells = [];
    for (const c of m[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const v = c[2]?.match(/<v>([\s\S]*?)<\/v>/)?.[1];
      if (/\bt="s"/.test(c[1])) cells.push(shared[Number(v)]);
      else if (/\bt="inlineStr"/.test(c[1])) cells.push(xmlText(c[2] ?? ''));
      else if (v !== undefined) cells.push(xmlText(v));
    }
    rows.push(cells);
  }
  return rows;
}

describe('pengamanan TPS', () => {
  before(s.before);
  after(s.after);

  test(
    'Kabag Ops creates a plan for Polres Jember; summary, map, post panel, shortfall, reserve and officer lookup follow the API',
    inPage(s.ctx, 'deployment-create', async (page) => {
      const api = await s.ctx.api('jember.ops');
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.click('a.nav-link[href="/pengamanan"]');
      await page.waitForSelector(`[data-testid=deployment-page][data-unit="${JEMBER}"] [data-testid=dp-list]`);
      await page.waitForSelector('[data-testid=dp-list] [data-state=empty]');

      await page.fill('#f-reason', 'Rencana awal uji e2e');
      const [created] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/plans') && r.request().method() === 'POST'),
        page.click('[data-testid=dp-create-submit]'),
      ]);
      assert.equal(created.status(), 202, await created.text());
      const header = await created.json();
      assert.equal(header.unit_code, JEMBER);
      await page.waitForURL(`**/pengamanan/rencana/${header.id}`);
      await waitForStatus(page, 'draft');
      story.planId = header.id;

      const plan = await getJson(api, `/api/v1/plans/${header.id}`);
      assert.equal(plan.status, 'draft');
      assert.equal(plan.reason, 'Rencana awal uji e2e');
      const sm = plan.summary;
      assert.ok(sm.posts > 0 && sm.tps > 0, JSON.stringify(sm));

      // The summary: the API's figures and the sentence over them.
      assert.equal((await page.textContent('[data-testid=dp-headline]')).trim(), headline(sm));
      for (const key of ['tps', 'posts', 'officers_available', 'officers_missing', 'posts_short', 'reserve']) {
        const li = page.locator(`[data-testid=dp-summary] [data-figure=${key}]`);
        assert.equal(Number(await li.getAttribute('data-value')), sm[key], key);
        assert.equal((await li.locator('.dp-fig-value').textContent()).trim(), idNumber(sm[key]), key);
      }
      assert.equal(
        (await page.textContent('[data-testid=dp-summary] [data-figure=officers_assigned] .dp-fig-value')).trim(),
        `${idNumber(sm.officers_assigned)} dari ${idNumber(sm.officers_assigned + sm.officers_missing)}`,
      );
      assert.equal(await page.locator('[data-testid=dp-warnings] li').count(), plan.warnings.length);

      // Every post is on the map, its TPS as dots joined by a line.
      await page.waitForSelector('[data-testid=dp-map][data-posts-ready]');
      assert.equal(Number(await page.getAttribute('[data-testid=dp-map]', 'data-posts-ready')), sm.posts);
      assert.equal(await page.locator('path[data-post-marker]').count(), sm.posts);
      const first = await getJson(api, `/api/v1/plans/${header.id}/posts?limit=200`);
      assert.equal(first.total, sm.posts);
      const post = first.items.find((p) => p.tps.length > 1 && p.officers.length >= 2) ?? first.items.find((p) => p.officers.length > 0);
      assert.ok(post, 'a post with officers');
      story.post = post;
      const marker = page.locator(`path[data-post-marker="${post.number}"]`);
      assert.equal(await marker.getAttribute('data-class'), post.tps_class);
      assert.equal(await marker.getAttribute('fill'), COLOURS[post.tps_class]);
      assert.equal(await page.locator(`path[data-tps][data-post="${post.number}"]`).count(), post.tps.length);
      assert.equal(await page.locator(`path.dp-line[data-post="${post.number}"]`).count(), post.tps.length > 1 ? 1 : 0);

      // A post on the map opens its officers, TPS and Linmas.
      await marker.dispatchEvent('click');
      await page.waitForSelector(`[data-testid=dp-side] [data-testid=dp-post][data-post="${post.number}"]`);
      assert.equal((await page.textContent('[data-testid=dp-post-title]')).trim(), `Pos ${post.number}`);
      assert.deepEqual(
        await page.locator('[data-testid=dp-post-officers] li').evaluateAll((els) => els.map((e) => e.dataset.nrp)),
        post.officers.map((o) => o.nrp),
      );
      assert.deepEqual(
        await page.locator('[data-testid=dp-post-tps] li').evaluateAll((els) => els.map((e) => e.dataset.tps)),
        post.tps.map((x) => x.code),
      );
      assert.equal(await page.locator('[data-testid=dp-post-linmas] li').count(), post.linmas.length);
      assert.match(page.url(), new RegExp(`[?&]post=${post.number}\\b`));

      // The shortfall: per sector, as the plan lists it; a short post opens on the map.
      await page.click('[data-plan-tab=shortfall]');
      await page.waitForSelector('[data-testid=dp-shortfall]');
      const missing = plan.shortfall.reduce((n, x) => n + x.officers_missing, 0);
      assert.equal(Number(await page.getAttribute('[data-testid=dp-shortfall]', 'data-posts')), plan.shortfall.length);
      assert.equal(Number(await page.getAttribute('[data-testid=dp-shortfall]', 'data-missing')), missing);
      assert.equal(plan.shortfall.length, sm.posts_short);
      if (plan.shortfall.length) {
        const sectors = new Set(plan.shortfall.map((x) => x.sector_code));
        assert.equal(await page.locator('[data-testid=dp-shortfall] details[data-sector]').count(), sectors.size);
        const worst = plan.shortfall[0];
        const details = page.locator(`[data-testid=dp-shortfall] details[data-sector="${worst.sector_code}"]`);
        if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
        await details.locator(`a[data-post="${worst.post}"]`).click();
        await page.waitForSelector(`[data-testid=dp-side] [data-testid=dp-post][data-post="${worst.post}"]`);
        assert.equal(
          (await page.textContent('[data-testid=dp-post-short]')).trim(),
          `kurang ${idNumber(worst.officers_missing)}`,
        );
      } else {
        await page.waitForSelector('[data-testid=dp-no-shortfall]');
      }

      // The reserve.
      const reserve = await getJson(api, `/api/v1/plans/${header.id}/reserve`);
      assert.equal(reserve.items.length, sm.reserve);
      await page.click('[data-plan-tab=reserve]');
      if (reserve.items.length) {
        await page.waitForSelector('[data-testid=dp-reserve-total]');
        assert.equal(Number(await page.getAttribute('[data-testid=dp-reserve-total]', 'data-count')), reserve.items.length);
      } else {
        await page.waitForSelector('[data-testid=dp-reserve] [data-state=empty]');
      }

      // One officer's assignment by NRP.
      await page.click('[data-plan-tab=officer]');
      await page.fill('[data-testid=dp-officer-nrp]', post.officers[0].nrp);
      await page.click('[data-testid=dp-officer-find]');
      await page.waitForSelector(`[data-testid=dp-officer-result][data-nrp="${post.officers[0].nrp}"]`);
      assert.equal(await page.getAttribute('[data-testid=dp-officer-result]', 'data-post'), String(post.number));
    }),
  );

  test(
    'the Kapolres approves the draft and downloads the Sprin workbook through the page link',
    inPage(s.ctx, 'deployment-approve', async (page) => {
      assert.ok(story.planId, 'the plan of the first test');
      const api = await s.ctx.api('jember.pimpinan');
      await logIn(page, s.ctx.base, 'jember.pimpinan');
      await page.goto(`${s.ctx.base}/pengamanan`);
      await page.waitForSelector(`[data-testid=dp-plans] [data-plan-id="${story.planId}"]`);
      const row = page.locator(`[data-testid=dp-plans] tr[data-row="${story.planId}"]`);
      assert.equal(await row.locator('[data-status]').getAttribute('data-status'), 'draft');
      // Command approves; it does not plan.
      assert.equal(await page.locator('[data-testid=dp-create]').count(), 0);
      await row.locator(`a[data-plan-id="${story.planId}"]`).click();
      await waitForStatus(page, 'draft');
      assert.equal(await page.locator('[data-plan-tab=replan]').count(), 0);

      await page.click('[data-testid=dp-approve]');
      await page.waitForSelector('[data-testid=dp-approve-confirm]');
      // Nothing happens before the confirmation.
      assert.equal((await getJson(api, `/api/v1/plans/${story.planId}`)).status, 'draft');
      await page.click('[data-testid=dp-approve-yes]');
      await waitForStatus(page, 'approved');
      assert.match(await page.textContent('[data-testid=dp-approved-line]'), /jember\.pimpinan/);
      assert.equal(await page.locator('[data-testid=dp-approve]').count(), 0);
      const plan = await getJson(api, `/api/v1/plans/${story.planId}`);
      assert.equal(plan.status, 'approved');
      assert.equal(plan.approved_by, 'jember.pimpinan');

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=dp-sprin-xlsx]')]);
      assert.match(download.suggestedFilename(), /\.xlsx$/);
      const file = await download.path();
      const bytes = fs.readFileSync(file);
      assert.equal(bytes.subarray(0, 4).toString('binary'), 'PK\x03\x04', 'a zip file');
      assert.deepEqual(sheetNames(file), ['Ringkasan', 'Pos', 'Personel', 'Cadangan']);
      // Each officer of the post the first test opened is on a row of "Personel" with their post.
      const people = sheetRows(file, 'Personel');
      for (const o of story.post.officers) {
        const line = people.find((cells) => cells.includes(o.nrp));
        assert.ok(line, `NRP ${o.nrp} in Personel`);
        assert.ok(line.includes(o.name), `${o.name} on the row of ${o.nrp}: ${JSON.stringify(line)}`);
      }
    }),
  );

  test(
    'an officer falls sick: the replan form makes a new version whose diff lists that officer as removed',
    inPage(s.ctx, 'deployment-replan', async (page) => {
      assert.ok(story.planId && story.post, 'the plan of the first test');
      const api = await s.ctx.api('jember.ops');
      const sick = story.post.officers[0];
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.goto(`${s.ctx.base}/pengamanan/rencana/${story.planId}`);
      await waitForStatus(page, 'approved');
      await page.click('[data-plan-tab=replan]');
      await page.waitForSelector('[data-testid=dp-replan]');

      // Without a reason nothing is sent; the field says why.
      await page.fill('#f-replan-unavailable', sick.nrp);
      await page.click('[data-testid=dp-replan-submit]');
      await page.waitForSelector('[data-field-error=replan-reason]');
      assert.equal((await getJson(api, `/api/v1/plans?unit=${JEMBER}`)).items.length, 1);

      await page.fill('#f-replan-reason', `${sick.rank} ${sick.name} sakit`);
      const [answer] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/api/v1/plans/${story.planId}/replan`)),
        page.click('[data-testid=dp-replan-submit]'),
      ]);
      assert.equal(answer.status(), 202, await answer.text());
      const next = await answer.json();
      assert.notEqual(next.id, story.planId);
      await page.waitForURL(`**/pengamanan/rencana/${next.id}`);
      await waitForStatus(page, 'draft');
      const plan = await getJson(api, `/api/v1/plans/${next.id}`);
      assert.equal(plan.based_on, story.planId);
      assert.equal(plan.version, 2);
      assert.match(await page.textContent('[data-testid=dp-unavailable]'), new RegExp(sick.nrp));

      await page.click('[data-plan-tab=diff]');
      await page.waitForSelector(`[data-testid=dp-diff][data-against="${story.planId}"] [data-testid=dp-diff-counts]`);
      const diff = await getJson(api, `/api/v1/plans/${next.id}/diff?against=${story.planId}`);
      const removed = diff.changes.filter((c) => c.change === 'removed');
      assert.ok(removed.some((c) => c.nrp === sick.nrp), `the sick officer removed: ${JSON.stringify(diff.changes)}`);
      const row = page.locator(`[data-testid=dp-diff-removed] [data-nrp="${sick.nrp}"][data-change=removed]`);
      await row.waitFor();
      assert.match(await row.textContent(), new RegExp(sick.name));
      assert.deepEqual(
        (await page.locator('[data-testid=dp-diff-removed] [data-nrp]').evaluateAll((els) => els.map((e) => e.dataset.nrp))).sort(),
        removed.map((c) => c.nrp).sort(),
      );
      assert.equal(Number(await page.getAttribute('[data-testid=dp-diff-counts]', 'data-changes')), diff.changes.length);
      // The removed officer's old post is named on their row.
      const cells = await page.locator(`[data-testid=dp-diff-removed] tr:has([data-nrp="${sick.nrp}"]) td`).allTextContents();
      assert.ok(cells.some((c) => c.includes(`Pos ${story.post.number}`)), JSON.stringify(cells));

      // The new version no longer has the officer at any post.
      await page.click('[data-plan-tab=officer]');
      await page.fill('[data-testid=dp-officer-nrp]', sick.nrp);
      await page.click('[data-testid=dp-officer-find]');
      await page.waitForSelector('[data-testid=dp-officer-none], [data-testid=dp-officer-result][data-post=""]');
    }),
  );

  test(
    'the guard pattern: a wrong value is named next to its field, a good one is saved',
    inPage(s.ctx, 'deployment-pattern', async (page) => {
      const api = await s.ctx.api('jember.ops');
      const before = await getJson(api, `/api/v1/deployment-patterns/${JEMBER}`);
      await logIn(page, s.ctx.base, 'jember.ops');
      await page.goto(`${s.ctx.base}/pengamanan`);
      await page.click('[data-tab="/pola"]');
      await page.waitForSelector('[data-testid=dp-pattern]');
      assert.equal(await page.inputValue('[id="f-kurang_rawan.tps_per_post"]'), String(before.patterns.kurang_rawan.tps_per_post));
      assert.equal(
        await page.textContent('[data-testid=dp-ptl-rawan]'),
        `${before.patterns.rawan.officers}-${before.patterns.rawan.tps_per_post}-${before.patterns.rawan.linmas_per_tps}`,
      );

      // One officer per post breaks the body system.
      await page.fill('[id="f-rawan.officers"]', '1');
      await page.click('[data-testid=dp-pattern-save]');
      await page.waitForSelector('[data-field-error="rawan.officers"]');
      assert.match(await page.textContent('[data-field-error="rawan.officers"]'), /minimal 2 personel/);
      assert.deepEqual((await getJson(api, `/api/v1/deployment-patterns/${JEMBER}`)).patterns, before.patterns);

      // Jember's 2024 pattern for kurang rawan: 2 per 24.
      await page.fill('[id="f-rawan.officers"]', '2');
      await page.fill('[id="f-kurang_rawan.tps_per_post"]', '24');
      await page.click('[data-testid=dp-pattern-save]');
      await page.waitForSelector('[data-testid=dp-pattern-saved]');
      const after = await getJson(api, `/api/v1/deployment-patterns/${JEMBER}`);
      assert.equal(after.is_default, false);
      assert.equal(after.patterns.kurang_rawan.tps_per_post, 24);
      assert.deepEqual(after.patterns.rawan, before.patterns.rawan);
      assert.equal(await page.textContent('[data-testid=dp-ptl-kurang_rawan]'), `2-24-${before.patterns.kurang_rawan.linmas_per_tps}`);
      assert.equal(await page.locator('[data-testid=dp-pattern-default]').count(), 0);
    }),
  );
});
