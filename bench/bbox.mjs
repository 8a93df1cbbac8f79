// Bounding-box latency of GET /api/v1/tps?bbox=... (bench/run, part c).
//
//   node bench/bbox.mjs BASE_URL TOKEN [--boxes 60] [--target 2000] [--max-id 435296] [--seed 1]
//
// Picks --boxes random TPS as box centres, sizes a square box (same half-size
// in degrees of latitude and longitude) around each so it holds about
// --target TPS, then times, one request at a time over one keep-alive
// connection:
//   count:  limit=1     (the count(*) plus one row: the fixed cost of a query)
//   first:  limit=1000  (the first page)
//   all:    every page, following `next` until it is null
//   first_gzip: the first page again with Accept-Encoding: gzip (as browsers ask)
// Times run from sending the request to the last byte of the body (JSON
// parsing in this client is not counted). Prints one JSON object.

import http from 'node:http';

const args = process.argv.slice(2);
if (args.length < 2) {
  console.error('usage: node bbox.mjs BASE_URL TOKEN [--boxes N] [--target N] [--max-id N] [--seed N]');
  process.exit(2);
}
const [base, token] = args;
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const boxes = opt('boxes', 60);
const target = opt('target', 2000);
const maxId = opt('max-id', 435296);
const pageLimit = 1000;

// mulberry32: a small deterministic PRNG.
let state = opt('seed', 1) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const url = new URL(base);

// GET path; with gzip, asks for a gzip body and returns it unparsed.
function get(path, gzip = false) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const headers = { Authorization: `Bearer ${token}` };
    if (gzip) headers['Accept-Encoding'] = 'gzip';
    const req = http.get(
      { host: url.hostname, port: url.port, path, agent, headers },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const raw = Buffer.concat(chunks);
          if (res.statusCode !== 200) {
            reject(new Error(`GET ${path}: HTTP ${res.statusCode}: ${raw.toString('utf8').slice(0, 300)}`));
            return;
          }
          if (gzip) {
            resolve({ ms, bytes: raw.length, gzipped: res.headers['content-encoding'] === 'gzip' });
            return;
          }
          resolve({ ms, body: JSON.parse(raw.toString('utf8')), bytes: raw.length });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
  });
}

const bboxPath = (c, h, limit, cursor) => {
  const f = (v) => v.toFixed(6);
  const box = [c.lon - h, c.lat - h, c.lon + h, c.lat + h].map(f).join(',');
  return `/api/v1/tps?bbox=${box}&limit=${limit}` + (cursor ? `&cursor=${cursor}` : '');
};

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}
const summary = (values) => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  mean: values.reduce((a, b) => a + b, 0) / values.length,
  min: Math.min(...values),
  max: Math.max(...values),
  n: values.length,
});

// 1. Centres: random TPS.
const centres = [];
for (let i = 0; i < boxes; ++i) {
  const id = 1 + Math.floor(random() * maxId);
  const { body } = await get(`/api/v1/tps/${id}`);
  centres.push({ id, lat: body.lat, lon: body.lon });
}

// 2. Size each box to hold about `target` TPS (count grows with the area).
const sized = [];
for (const c of centres) {
  let h = 0.05;
  let total = 0;
  for (let step = 0; step < 16; ++step) {
    total = (await get(bboxPath(c, h, 1))).body.total;
    if (total === 0) {
      h *= 3;
      continue;
    }
    const ratio = target / total;
    if (Math.abs(ratio - 1) <= 0.05) break;
    h = Math.min(5, h * Math.min(3, Math.max(0.3, Math.sqrt(ratio))));
  }
  sized.push({ ...c, h, total });
}

// 3. Warm-up, then measure.
for (let i = 0; i < 5; ++i) await get(bboxPath(sized[i % sized.length], sized[i % sized.length].h, pageLimit));
const count = [];
const first = [];
const all = [];
const bytes = [];
let pages = 0;
for (const b of sized) count.push((await get(bboxPath(b, b.h, 1))).ms);
for (const b of sized) {
  let page = await get(bboxPath(b, b.h, pageLimit));
  first.push(page.ms);
  let ms = page.ms;
  let items = page.body.items.length;
  let size = page.bytes;
  pages += 1;
  while (page.body.next !== null) {
    page = await get(bboxPath(b, b.h, pageLimit, page.body.next));
    ms += page.ms;
    items += page.body.items.length;
    size += page.bytes;
    pages += 1;
  }
  if (items !== page.body.total) throw new Error(`box ${JSON.stringify(b)}: ${items} items, total ${page.body.total}`);
  all.push(ms);
  bytes.push(size);
}
// The first page again as a browser asks for it (Accept-Encoding: gzip).
const firstGzip = [];
const gzipBytes = [];
let gzipped = 0;
for (const b of sized) {
  const page = await get(bboxPath(b, b.h, pageLimit), true);
  firstGzip.push(page.ms);
  gzipBytes.push(page.bytes);
  if (page.gzipped) gzipped += 1;
}
agent.destroy();

const totals = sized.map((b) => b.total);
const halfKm = sized.map((b) => b.h * 111.2);
console.log(
  JSON.stringify({
    boxes: sized.length,
    tps_per_box: summary(totals),
    half_size_km: summary(halfKm),
    pages_per_box: pages / sized.length,
    bytes_per_box: summary(bytes),
    count_ms: summary(count),
    first_ms: summary(first),
    all_ms: summary(all),
    first_gzip_ms: summary(firstGzip),
    first_gzip_bytes: summary(gzipBytes),
    gzipped_responses: gzipped,
  }),
);
