// Deployment planner (rencana pengamanan TPS) through the API: guard patterns
// and their validation, a plan of Polres Jember checked against the registry
// (every TPS in exactly one post, the pattern met or the post in the
// shortfall, no lone officer, no officer twice, reserve and posts disjoint),
// approval and supersession, a replan after an officer falls sick that
// changes only what it must, the Sprin as PDF and XLSX read back, territory,
// bad input, the `siaga plan` command line contract, and the Jepara
// calibration (1,753 TPS, 650 Polri under the 2020 pattern).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { DB_KIND, DB_LABEL, REPO_ROOT, allPages, api, loginAs, runCli, sleep, startServer } from './harness.mjs';
import { readXlsxSheet, run } from './xlsx.mjs';

const JEMBER = 'POLRES-JEMBER';
const JEPARA = 'POLRES-JEPARA';
const ARTIFACTS = path.join(REPO_ROOT, 'build', 'test-artifacts');
const CLASSES = ['kurang_rawan', 'rawan', 'sangat_rawan', 'khusus'];
const STRICT = { kurang_rawan: 0, rawan: 1, sangat_rawan: 2, khusus: 3 };

function assertError(r, status, code, field) {
  assert.equal(r.status, status, r.text);
  assert.equal(r.json?.error?.code, code, r.text);
  if (field !== undefined) assert.equal(r.json.error.field, field, r.text);
}

describe(`${DB_LABEL} deployment`, () => {
  let srv;
  let admin, ops, pimpinan, kapolsek, ttu, jepara;
  let jemberTps; // code -> TPS of the registry
  let plan1; // Jember's first plan, finished
  let posts1;

  before(async () => {
    srv = await startServer();
    [admin, ops, pimpinan, kapolsek, ttu, jepara] = await Promise.all(
      ['admin', 'jember.ops', 'jember.pimpinan', 'jember.kapolsek.kaliwates', 'ttu.ops', 'jepara.ops'].map((u) => loginAs(srv.base, u)),
    );
    const tps = (await allPages(srv.base, admin, '/api/v1/tps?regency=35.09&limit=1000')).items;
    jemberTps = new Map(tps.map((t) => [t.code, t]));
  });
  after(async () => {
    await srv?.stop();
  });

  const call = (token, method, urlPath, body) => api(srv.base, token, method, urlPath, body);
  async function get(token, urlPath) {
    const r = await call(token, 'GET', urlPath);
    assert.equal(r.status, 200, `GET ${urlPath}: ${r.text}`);
    return r.json;
  }
  // Starts a plan and waits until it is no longer running.
  async function finished(r) {
    assert.equal(r.status, 202, r.text);
    assert.equal(r.headers.get('location'), `/api/v1/plans/${r.json.id}`);
    let plan = r.json;
    for (let i = 0; plan.status === 'running' && i < 600; i++) {
      await sleep(100);
      plan = await get(admin, `/api/v1/plans/${plan.id}`);
    }
    assert.equal(plan.status, 'draft', JSON.stringify(plan));
    assert.equal(plan.progress, 1);
    return plan;
  }
  const allPosts = async (token, id) => (await get(token, `/api/v1/plans/${id}/posts?limit=5000`)).items;

  // The invariants of a finished plan against the registry and its pattern.
  function checkPlan(plan, posts, reserve, tpsOfUnit) {
    const seen = new Set();
    const officers = new Set();
    let missing = 0;
    let assigned = 0;
    for (const p of posts) {
      const pattern = plan.patterns[p.tps_class];
      assert.ok(p.tps.length >= 1, `post ${p.number} is empty`);
      assert.ok(p.tps.length <= pattern.tps_per_post * (p.stretched ? 2 : 1), `post ${p.number}: ${p.tps.length} TPS over T`);
      const strictest = p.tps.reduce((m, t) => Math.max(m, STRICT[t.tps_class]), 0);
      assert.equal(STRICT[p.tps_class], strictest, `post ${p.number} takes its strictest TPS's class`);
      for (const t of p.tps) {
        assert.ok(!seen.has(t.code), `TPS ${t.code} in two posts`);
        seen.add(t.code);
        if (tpsOfUnit) {
          const reg = tpsOfUnit.get(t.code);
          assert.ok(reg, `${t.code} is not a TPS of the unit`);
          assert.equal(t.tps_class, reg.class ?? 'kurang_rawan', `${t.code}: the class the plan used`);
        }
        assert.ok(t.linmas <= pattern.linmas_per_tps, `${t.code}: ${t.linmas} Linmas over L`);
      }
      assert.equal(p.officers_needed, pattern.officers);
      assert.equal(p.officers.length + p.officers_missing, p.officers_needed, `post ${p.number}: officers + missing = P`);
      assert.notEqual(p.officers.length, 1, `post ${p.number}: a lone officer breaks the pair rule`);
      for (const o of p.officers) {
        assert.ok(!officers.has(o.nrp), `${o.nrp} at two posts`);
        officers.add(o.nrp);
      }
      assert.equal(p.linmas.length, p.linmas_assigned, `post ${p.number}: named Linmas = count`);
      missing += p.officers_missing;
      assigned += p.officers.length;
    }
    if (tpsOfUnit) assert.equal(seen.size, tpsOfUnit.size, 'every TPS of the unit is in a post');
    for (const o of reserve) assert.ok(!officers.has(o.nrp), `${o.nrp} both at a post and in the reserve`);
    assert.equal(plan.summary.officers_missing, missing);
    assert.equal(plan.summary.officers_assigned, assigned);
    assert.equal(plan.summary.reserve, reserve.length);
    assert.equal(plan.summary.officers_available, assigned + reserve.length);
    assert.equal(plan.summary.posts, posts.length);
    assert.equal(
      plan.shortfall.reduce((s, x) => s + x.officers_missing, 0),
      missing,
      'the shortfall lists every missing officer',
    );
    // Never under-guard while people sit in the reserve.
    if (missing > 0) assert.equal(reserve.length, 0, `${missing} missing but ${reserve.length} in the reserve`);
  }

  describe('guard patterns', () => {
    it('default to the 2020 national pattern with 2 Linmas per TPS', async () => {
      const v = await get(ops, `/api/v1/deployment-patterns/${JEMBER}`);
      assert.equal(v.is_default, true);
      assert.deepEqual(
        CLASSES.map((c) => [v.patterns[c].officers, v.patterns[c].tps_per_post, v.patterns[c].linmas_per_tps]),
        [
          [2, 10, 2],
          [2, 2, 2],
          [2, 1, 2],
          [2, 1, 2],
        ],
      );
    });

    it('refuse P < 2, T < 1, negatives and missing classes, naming the field, and store nothing', async () => {
      const base = (await get(ops, `/api/v1/deployment-patterns/${JEMBER}`)).patterns;
      const bad = [
        [{ ...base, rawan: { ...base.rawan, officers: 1 } }, 'rawan.officers'],
        [{ ...base, kurang_rawan: { ...base.kurang_rawan, tps_per_post: 0 } }, 'kurang_rawan.tps_per_post'],
        [{ ...base, khusus: { ...base.khusus, linmas_per_tps: -1 } }, 'khusus.linmas_per_tps'],
      ];
      for (const [patterns, field] of bad) {
        assertError(await call(ops, 'PUT', `/api/v1/deployment-patterns/${JEMBER}`, { patterns }), 422, 'invalid_input', field);
      }
      const { khusus, ...three } = base;
      assert.ok(khusus);
      assertError(await call(ops, 'PUT', `/api/v1/deployment-patterns/${JEMBER}`, { patterns: three }), 422, 'invalid_input', 'khusus');
      assertError(
        await call(ops, 'PUT', `/api/v1/deployment-patterns/${JEMBER}`, { patterns: { ...base, rawan: { ...base.rawan, officers: 'dua' } } }),
        422,
        'invalid_input',
        'rawan.officers',
      );
      assert.equal((await get(ops, `/api/v1/deployment-patterns/${JEMBER}`)).is_default, true);
    });

    it('are set by Kabag Ops only, inside the territory', async () => {
      const base = (await get(ops, `/api/v1/deployment-patterns/${JEMBER}`)).patterns;
      assertError(await call(kapolsek, 'PUT', `/api/v1/deployment-patterns/${JEMBER}`, { patterns: base }), 403, 'forbidden');
      assertError(await call(ttu, 'PUT', `/api/v1/deployment-patterns/${JEMBER}`, { patterns: base }), 404, 'not_found');
      assertError(await call(ttu, 'GET', `/api/v1/deployment-patterns/${JEMBER}`), 404, 'not_found');
    });
  });

  describe('a plan of Polres Jember', () => {
    before(async () => {
      // Jember's 2024 pattern: 2 officers per 24 kurang rawan TPS.
      const base = (await get(ops, `/api/v1/deployment-patterns/${JEMBER}`)).patterns;
      const patterns = { ...base, kurang_rawan: { ...base.kurang_rawan, tps_per_post: 24, max_distance_m: 3000 } };
      const set = await call(ops, 'PUT', `/api/v1/deployment-patterns/${JEMBER}`, { patterns });
      assert.equal(set.status, 200, set.text);
      assert.equal(set.json.is_default, false);
      plan1 = await finished(await call(ops, 'POST', '/api/v1/plans', { unit_code: JEMBER, reason: 'Rencana awal' }));
      posts1 = await allPosts(ops, plan1.id);
    });

    it('is version 1, a draft, made with the stored pattern on the election day', () => {
      assert.equal(plan1.version, 1);
      assert.equal(plan1.unit_code, JEMBER);
      assert.equal(plan1.created_by, 'jember.ops');
      assert.equal(plan1.patterns.kurang_rawan.tps_per_post, 24);
      assert.equal(plan1.voting_day, '2024-11-27');
      assert.equal(plan1.based_on, null);
    });

    it('guards every TPS of Jember once, meets the pattern or lists the shortfall, never breaks a pair', async () => {
      const reserve = (await get(ops, `/api/v1/plans/${plan1.id}/reserve`)).items;
      checkPlan(plan1, posts1, reserve, jemberTps);
      assert.equal(plan1.summary.tps, jemberTps.size);
      assert.equal(
        plan1.reserve_by_unit.reduce((s, r) => s + r.count, 0),
        reserve.length,
      );
    });

    it('keeps Linmas in their own desa and officers of Jember', async () => {
      const people = new Map((await allPages(srv.base, admin, '/api/v1/personnel?regency=35.09&limit=1000')).items.map((p) => [p.nrp, p]));
      for (const p of posts1) {
        const desa = new Set(p.tps.map((t) => t.desa_code));
        for (const l of p.linmas) assert.ok(desa.has(l.desa_code), `post ${p.number}: Linmas of ${l.desa_code}`);
        for (const o of p.officers) assert.ok(people.has(o.nrp), `${o.nrp} is not of Jember`);
      }
    });

    it('pages posts and filters them by sector', async () => {
      const first = await get(ops, `/api/v1/plans/${plan1.id}/posts?limit=2`);
      assert.equal(first.total, posts1.length);
      assert.deepEqual(
        first.items.map((p) => p.number),
        [1, 2],
      );
      const second = await get(ops, `/api/v1/plans/${plan1.id}/posts?limit=2&offset=2`);
      assert.deepEqual(
        second.items.map((p) => p.number),
        [3, 4],
      );
      const sector = posts1[0].sector_code;
      const inSector = await get(ops, `/api/v1/plans/${plan1.id}/posts?limit=5000&sector=${sector}`);
      assert.equal(inSector.total, posts1.filter((p) => p.sector_code === sector).length);
      assert.ok(inSector.items.every((p) => p.sector_code === sector));
      assertError(await call(ops, 'GET', `/api/v1/plans/${plan1.id}/posts?limit=0`), 400, 'bad_request', 'limit');
    });

    it("answers one officer's assignment, and a Polsek reads the plan", async () => {
      const post = posts1.find((p) => p.officers.length > 0);
      const nrp = post.officers[0].nrp;
      const r = await get(kapolsek, `/api/v1/plans/${plan1.id}/officers/${nrp}`);
      assert.equal(r.nrp, nrp);
      assert.equal(r.post, post.number);
      assert.equal(r.assignment.number, post.number);
      assert.deepEqual(
        r.assignment.tps.map((t) => t.code),
        post.tps.map((t) => t.code),
      );
      assertError(await call(ops, 'GET', `/api/v1/plans/${plan1.id}/officers/00000000`), 404, 'not_found');
      // The Kapolsek also finds the Polres's plans in its list, without the per-plan detail.
      const listed = (await get(kapolsek, `/api/v1/plans?unit=${JEMBER}`)).items;
      assert.ok(listed.some((p) => p.id === plan1.id));
      assert.ok(listed.every((p) => !('shortfall' in p) && !('reserve_by_unit' in p)));
    });

    it('is hidden from another Polres and refused to a Polsek or a bad NRP', async () => {
      assertError(await call(ttu, 'GET', `/api/v1/plans/${plan1.id}`), 404, 'not_found');
      assertError(await call(ttu, 'GET', `/api/v1/plans/${plan1.id}/sprin.xlsx`), 404, 'not_found');
      assertError(await call(kapolsek, 'POST', '/api/v1/plans', { unit_code: JEMBER }), 403, 'forbidden');
      const before = (await get(ops, `/api/v1/plans?unit=${JEMBER}`)).items.length;
      assertError(await call(ops, 'POST', '/api/v1/plans', { unit_code: JEMBER, bko: ['99999999'] }), 422, 'invalid_input', 'bko');
      assertError(await call(ops, 'POST', '/api/v1/plans', { unit_code: JEMBER, unavailable: ['99999999'] }), 422, 'invalid_input', 'unavailable');
      assertError(await call(ops, 'POST', '/api/v1/plans', { unit_code: 'POLSEK-35.09.19' }), 422, 'invalid_input', 'unit_code');
      assertError(await call(ops, 'POST', '/api/v1/plans', { unit_code: JEMBER, voting_day: '27-11-2024' }), 422, 'invalid_input', 'voting_day');
      assertError(await call(ops, 'POST', '/api/v1/plans', { unit_code: JEMBER, bko: 'x' }), 400, 'bad_request', 'bko');
      assertError(await call(ops, 'POST', '/api/v1/plans', {}), 400, 'bad_request', 'unit_code');
      assert.equal((await get(ops, `/api/v1/plans?unit=${JEMBER}`)).items.length, before, 'nothing stored');
      assertError(await call(ops, 'POST', `/api/v1/plans/${plan1.id}/cancel`), 409, 'conflict');
    });

    it('writes the Sprin: PDF with the order and the NRPs, XLSX with a row per TPS and per officer', async () => {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const pdf = await fetch(`${srv.api}/plans/${plan1.id}/sprin.pdf`, { headers: { Authorization: `Bearer ${ops}` } });
      assert.equal(pdf.status, 200);
      assert.equal(pdf.headers.get('content-type'), 'application/pdf');
      const pdfFile = path.join(ARTIFACTS, `sprin-jember-${DB_KIND}.pdf`);
      fs.writeFileSync(pdfFile, Buffer.from(await pdf.arrayBuffer()));
      const text = run('pdftotext', ['-layout', pdfFile, '-']);
      assert.match(text, /SURAT PERINTAH/);
      assert.match(text, /KONSEP/, 'a draft is marked');
      const someone = posts1.find((p) => p.officers.length > 0).officers[0];
      assert.ok(text.includes(someone.nrp), `the PDF names ${someone.nrp}`);
      assert.ok(text.includes(posts1[0].tps[0].code), 'the PDF lists the TPS');

      const xlsx = await fetch(`${srv.api}/plans/${plan1.id}/sprin.xlsx`, { headers: { Authorization: `Bearer ${ops}` } });
      assert.equal(xlsx.status, 200);
      const xlsxFile = path.join(ARTIFACTS, `sprin-jember-${DB_KIND}.xlsx`);
      fs.writeFileSync(xlsxFile, Buffer.from(await xlsx.arrayBuffer()));
      const tpsRows = readXlsxSheet(xlsxFile, 'Pos').rows.filter((row) => row.some((c) => typeof c === 'string' && jemberTps.has(c)));
      assert.equal(tpsRows.length, jemberTps.size, 'one row per TPS');
      const officers = posts1.flatMap((p) => p.officers.map((o) => o.nrp));
      const reserve = (await get(ops, `/api/v1/plans/${plan1.id}/reserve`)).items.map((o) => o.nrp);
      const people = new Set([...officers, ...reserve]);
      const personRows = readXlsxSheet(xlsxFile, 'Personel').rows.filter((row) => row.some((c) => people.has(String(c))));
      assert.equal(personRows.length, people.size, 'one row per officer');
    });

    it('is approved by the Kapolres, not by a Kapolsek, and only once', async () => {
      assertError(await call(kapolsek, 'POST', `/api/v1/plans/${plan1.id}/approve`), 403, 'forbidden');
      const r = await call(pimpinan, 'POST', `/api/v1/plans/${plan1.id}/approve`);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.status, 'approved');
      assert.equal(r.json.approved_by, 'jember.pimpinan');
      assertError(await call(pimpinan, 'POST', `/api/v1/plans/${plan1.id}/approve`), 409, 'conflict', 'status');
    });

    it('replans when an officer falls sick: only that post changes, listed in the diff', async () => {
      const sickPost = posts1.find((p) => p.officers.length === p.officers_needed && p.officers.length > 0);
      const sick = sickPost.officers[0];
      assertError(await call(ops, 'POST', `/api/v1/plans/${plan1.id}/replan`, { unavailable: [sick.nrp] }), 422, 'invalid_input', 'reason');
      const plan2 = await finished(
        await call(ops, 'POST', `/api/v1/plans/${plan1.id}/replan`, { reason: `${sick.rank} ${sick.name} sakit`, unavailable: [sick.nrp] }),
      );
      assert.equal(plan2.version, 2);
      assert.equal(plan2.based_on, plan1.id);
      assert.deepEqual(plan2.unavailable, [sick.nrp]);
      const posts2 = await allPosts(ops, plan2.id);
      const reserve2 = (await get(ops, `/api/v1/plans/${plan2.id}/reserve`)).items;
      checkPlan(plan2, posts2, reserve2, jemberTps);
      assert.ok(!posts2.some((p) => p.officers.some((o) => o.nrp === sick.nrp)), 'the sick officer is off duty');

      const diff = await get(ops, `/api/v1/plans/${plan2.id}/diff?against=${plan1.id}`);
      const removed = diff.changes.find((c) => c.nrp === sick.nrp);
      assert.ok(removed, JSON.stringify(diff.changes.slice(0, 5)));
      assert.equal(removed.change, 'removed');
      assert.equal(removed.from_post, sickPost.number);
      if (plan1.summary.reserve > 0) {
        // The sick one out, one from the reserve in; every post as it was.
        assert.equal(diff.posts_kept, posts2.length, 'every post keeps its TPS');
        assert.ok(diff.changes.length <= 2, JSON.stringify(diff.changes));
      } else {
        // Nobody in reserve: the degraded plan stretches one more pair of
        // posts into one; only the officers of the sick one's post and of
        // that pair change (a post whose TPS changed counts as a move).
        assert.ok(diff.posts_gone <= 3 && diff.posts_new <= 2, JSON.stringify(diff));
        assert.ok(diff.posts_kept >= posts2.length - 2, JSON.stringify(diff));
        assert.ok(diff.changes.length <= 6, JSON.stringify(diff.changes));
      }
      assert.equal(diff.unchanged + diff.changes.length >= plan1.summary.officers_available - 1, true);

      const approved = await call(ops, 'POST', `/api/v1/plans/${plan2.id}/approve`);
      assert.equal(approved.status, 200, approved.text);
      const list = (await get(ops, `/api/v1/plans?unit=${JEMBER}`)).items;
      assert.deepEqual(
        list.map((p) => [p.version, p.status]),
        [
          [2, 'approved'],
          [1, 'superseded'],
        ],
      );
      assertError(await call(ops, 'GET', `/api/v1/plans/${plan2.id}/diff`), 400, 'bad_request', 'against');
    });

    it('replans when the Kapolres raises a TPS to sangat rawan: it gets its own post, the rest stays', async () => {
      const list = (await get(ops, `/api/v1/plans?unit=${JEMBER}`)).items;
      const base = list.find((p) => p.status === 'approved');
      const posts = await allPosts(ops, base.id);
      // A kurang rawan TPS sharing its post with others.
      const post = posts.find((p) => p.tps_class === 'kurang_rawan' && p.tps.length >= 3 && !p.stretched);
      assert.ok(post, 'a kurang rawan post of three TPS or more');
      const raised = post.tps[1];
      const id = jemberTps.get(raised.code).id;
      const put = await call(pimpinan, 'PUT', `/api/v1/tps/${id}/class-override`, { class: 'sangat_rawan', reason: 'Info intelijen: pengerahan massa' });
      assert.equal(put.status, 200, put.text);
      const plan3 = await finished(await call(ops, 'POST', `/api/v1/plans/${base.id}/replan`, { reason: `${raised.code} sangat rawan` }));
      const posts3 = await allPosts(ops, plan3.id);
      const own = posts3.find((p) => p.tps.some((t) => t.code === raised.code));
      assert.equal(own.tps_class, 'sangat_rawan');
      assert.deepEqual(own.tps.map((t) => t.code), [raised.code], 'a sangat rawan TPS is guarded alone (2-1-2)');
      const diff = await get(ops, `/api/v1/plans/${plan3.id}/diff?against=${base.id}`);
      // Only the raised TPS's old post is regrouped (plus, when short, one
      // more stretched pair); every other post keeps its TPS.
      assert.ok(diff.posts_gone <= 3, JSON.stringify(diff));
      assert.ok(diff.posts_kept >= posts3.length - 4, JSON.stringify(diff));
      assert.ok(diff.changes.length <= 10, JSON.stringify(diff.changes));
      const reserve3 = (await get(ops, `/api/v1/plans/${plan3.id}/reserve`)).items;
      const registry = new Map(jemberTps);
      registry.set(raised.code, { ...jemberTps.get(raised.code), class: 'sangat_rawan' });
      checkPlan(plan3, posts3, reserve3, registry);
      // The sangat rawan post is never the one left short.
      assert.equal(own.officers_missing, 0);
    });
  });

  describe('Jepara calibration and the command line', () => {
    it('plans 1,753 TPS with 650 Polri under the 2020 pattern: feasible, or the shortfall explained', async () => {
      const plan = await finished(await call(jepara, 'POST', '/api/v1/plans', { unit_code: JEPARA }));
      assert.equal(plan.summary.tps, 1753);
      assert.equal(plan.summary.officers_available, 650);
      const posts = await allPosts(jepara, plan.id);
      const reserve = (await get(jepara, `/api/v1/plans/${plan.id}/reserve`)).items;
      checkPlan(plan, posts, reserve, null);
      if (plan.summary.officers_missing > 0) {
        assert.ok(plan.warnings.some((w) => w.code === 'officers_short'), JSON.stringify(plan.warnings));
        assert.ok(plan.shortfall.length > 0);
        // Sangat rawan and khusus are never stretched.
        assert.ok(posts.every((p) => !p.stretched || p.tps_class === 'kurang_rawan' || p.tps_class === 'rawan'));
      }
      assert.equal(plan.summary.linmas_needed, 2 * 1753);
    });

    it('siaga plan writes posts, reserve, shortfall, cost and pattern; bad input exits non-zero', () => {
      const out = path.join(srv.dir, 'plan-jepara.json');
      const r = runCli(['plan', '--db', srv.dbPath, '--unit', JEPARA, '--out', out]);
      assert.equal(r.status, 0, r.stderr + r.stdout);
      const plan = JSON.parse(fs.readFileSync(out, 'utf8'));
      for (const k of ['posts', 'reserve', 'shortfall', 'cost', 'pattern']) assert.ok(k in plan, `no ${k}`);
      assert.ok(Number.isInteger(plan.cost) && plan.cost >= 0);
      assert.deepEqual(Object.keys(plan.pattern).sort(), [...CLASSES].sort());
      const codes = plan.posts.flatMap((p) => p.tps);
      assert.equal(codes.length, 1753);
      assert.equal(new Set(codes).size, 1753);
      for (const p of plan.posts) {
        assert.ok(CLASSES.includes(p.class));
        assert.ok(Array.isArray(p.officers) && p.officers.every((n) => typeof n === 'string'));
        assert.ok(Number.isInteger(p.linmas));
      }
      const assigned = plan.posts.reduce((s, p) => s + p.officers.length, 0);
      assert.equal(assigned + plan.reserve.length, 650);

      const bad = runCli(['plan', '--db', srv.dbPath, '--unit', 'POLRES-TIDAK-ADA', '--out', out + '.x']);
      assert.notEqual(bad.status, 0);
      assert.match(bad.stderr, /satuan|unit/i);
      assert.ok(!fs.existsSync(out + '.x'));
    });
  });
});
