#!/usr/bin/env node
// First load of the map page in headless Chromium, from navigation to TPS
// markers drawn, against a running Siaga server with the demo data.
//
//   node bench/web_map_load.mjs http://127.0.0.1:8080 [--user jember.ops] [--password P]
//        [--runs 5] [--json]
//
// Each run is a fresh browser context (empty cache, logged in through the
// API so the login page is not part of the time) that opens /peta and waits
// for the app's `siaga:tps-drawn` performance mark. Also reported: the
// JavaScript the page downloaded (bytes on the wire and gzip -9 of each file)
// and the size of the territory's desa outlines (/api/v1/regions/geojson,
// raw and gzip). Targets (issue 3): load <= 1500 ms median, JS <= 250 KB gzip,
// outlines <= 1 MB gzip. Exit status 0 unless the page fails to load.
//
// Needs web/node_modules (playwright-core) and /usr/bin/chromium (or $CHROMIUM).

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromWeb = createRequire(path.join(ROOT, 'web', 'package.json'));
const { chromium } = requireFromWeb('playwright-core');

function usage(msg) {
  if (msg) console.error(`web_map_load: ${msg}`);
  console.error('usage: node bench/web_map_load.mjs BASE_URL [--user U] [--password P] [--runs N] [--json]');
  process.exit(2);
}

const args = process.argv.slice(2);
let base = null;
const opt = { user: 'jember.ops', password: null, runs: 5, json: false };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--user') opt.user = args[++i];
  else if (a === '--password') opt.password = args[++i];
  else if (a === '--runs') opt.runs = Number(args[++i]);
  else if (a === '--json') opt.json = true;
  else if (a === '-h' || a === '--help') usage();
  else if (!base) base = a.replace(/\/+$/, '');
  else usage(`unexpected argument ${a}`);
}
if (!base) usage('BASE_URL is required');
if (!Number.isInteger(opt.runs) || opt.runs < 1) usage('--runs must be a positive integer');
if (!opt.password) {
  const lines = fs.readFileSync(path.join(ROOT, 'data', 'demo', 'accounts.csv'), 'utf8').trim().split('\n');
  const row = lines.map((l) => l.split(',')).find((r) => r[0] === opt.user);
  if (!row) usage(`no password for ${opt.user}: give --password`);
  opt.password = row[1];
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (n) => (n / 1024).toFixed(1);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

async function oneRun() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const login = await context.request.post(`${base}/api/v1/session`, {
      data: { username: opt.user, password: opt.password },
    });
    if (login.status() !== 200) throw new Error(`login ${opt.user}: ${login.status()} ${await login.text()}`);
    const page = await context.newPage();
    await page.goto(`${base}/peta`, { waitUntil: 'commit' });
    await page.waitForSelector('[data-testid=map][data-tps-ready]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid=map][data-shapes-ready]', { timeout: 60_000 });
    return await page.evaluate(() => {
      const drawn = performance.getEntriesByName('siaga:tps-drawn')[0];
      const shapes = performance.getEntriesByName('siaga:shapes-drawn')[0];
      const js = performance
        .getEntriesByType('resource')
        .filter((r) => new URL(r.name).pathname.endsWith('.js'))
        .map((r) => ({ url: r.name, wire: r.encodedBodySize, decoded: r.decodedBodySize }));
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        ms: drawn ? drawn.startTime : NaN,
        allMs: shapes ? Math.max(shapes.startTime, drawn ? drawn.startTime : 0) : NaN,
        tps: Number(document.querySelector('[data-testid=map]').dataset.tpsReady),
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : NaN,
        js,
      };
    });
  } finally {
    await context.close();
  }
}

try {
  await oneRun(); // warm-up: the server's first answers and Chromium's own start
  const runs = [];
  for (let i = 0; i < opt.runs; i++) runs.push(await oneRun());
  const times = runs.map((r) => r.ms);

  // JavaScript of the first page: every .js the map page fetched.
  const files = new Map();
  for (const r of runs[0].js) files.set(r.url, r);
  const jsFiles = [...files.values()].map((f) => {
    const local = path.join(ROOT, 'web', 'dist', new URL(f.url).pathname);
    const gzip = fs.existsSync(local) ? zlib.gzipSync(fs.readFileSync(local), { level: 9 }).length : NaN;
    return { file: new URL(f.url).pathname, raw: f.decoded, wire: f.wire, gzip };
  });
  const jsGzip = jsFiles.reduce((a, f) => a + f.gzip, 0);
  const jsRaw = jsFiles.reduce((a, f) => a + f.raw, 0);
  const jsWire = jsFiles.reduce((a, f) => a + f.wire, 0);

  // The territory's desa outlines as the map asks for them.
  const ctx = await browser.newContext();
  await ctx.request.post(`${base}/api/v1/session`, { data: { username: opt.user, password: opt.password } });
  const shapesUrl = `${base}/api/v1/regions/geojson?level=desa`;
  const raw = await ctx.request.get(shapesUrl, { headers: { 'Accept-Encoding': 'identity' } });
  const rawBody = await raw.body();
  const features = JSON.parse(rawBody.toString('utf8')).features.length;
  // What the server sends when asked for gzip (measured without decoding).
  const cookies = await ctx.cookies(base);
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const gz = await fetch(shapesUrl, { headers: { 'Accept-Encoding': 'gzip', Cookie: cookie } });
  const gzBody = Buffer.from(await gz.arrayBuffer());
  const serverGzip = gz.headers.get('content-encoding') === 'gzip';
  // Node's fetch decodes gzip; take the on-wire size from Content-Length when it is given.
  const gzWire = serverGzip ? Number(gz.headers.get('content-length') ?? NaN) : NaN;
  const localGzip = zlib.gzipSync(rawBody, { level: 6 }).length;
  await ctx.close();

  const result = {
    user: opt.user,
    tps: runs[0].tps,
    runs_ms: times.map((t) => Math.round(t)),
    median_ms: Math.round(median(times)),
    all_layers_runs_ms: runs.map((r) => Math.round(r.allMs)),
    all_layers_median_ms: Math.round(median(runs.map((r) => r.allMs))),
    target_ms: 1500,
    js: { files: jsFiles, raw: jsRaw, wire: jsWire, gzip: jsGzip, target_gzip: 250 * 1024 },
    geojson: {
      url: '/api/v1/regions/geojson?level=desa',
      features,
      raw: rawBody.length,
      gzip_server: Number.isFinite(gzWire) ? gzWire : null,
      gzip_local: localGzip,
      decoded_check: gzBody.length === rawBody.length,
      target_gzip: 1024 * 1024,
    },
  };
  if (opt.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const ok = (c) => (c ? 'ok' : 'MISSED');
    console.log(`Web map first load (${opt.user}, ${result.tps} TPS, ${features} desa outlines), headless Chromium, median of ${opt.runs}`);
    console.log(`   navigation -> TPS markers drawn: median ${result.median_ms} ms; runs ${result.runs_ms.join(' ')} ms; target <= 1500 ms: ${ok(result.median_ms <= 1500)}`);
    console.log(`   navigation -> desa outlines drawn as well: median ${result.all_layers_median_ms} ms; runs ${result.all_layers_runs_ms.join(' ')} ms`);
    console.log(`   JavaScript of the first page: ${jsFiles.length} files, ${kb(jsRaw)} KiB raw, ${kb(jsGzip)} KiB gzip -9 (${kb(jsWire)} KiB on the wire); target <= 250 KB gzip: ${ok(jsGzip <= 250 * 1024)}`);
    for (const f of jsFiles) console.log(`      ${f.file.padEnd(40)} ${kb(f.raw).padStart(8)} KiB raw ${kb(f.gzip).padStart(7)} KiB gzip`);
    const gzShown = result.geojson.gzip_server ?? result.geojson.gzip_local;
    console.log(
      `   desa outlines ${result.geojson.url}: ${kb(result.geojson.raw)} KiB raw, ${kb(gzShown)} KiB gzip` +
        `${result.geojson.gzip_server === null ? ' (gzip computed here; the server sent it uncompressed)' : ' (as sent by the server)'}; target <= 1 MB gzip: ${ok(gzShown <= 1024 * 1024)}`,
    );
  }
} finally {
  await browser.close();
}
