// Live fan-out: N clients follow GET /api/v1/events while incidents are
// reported one after another; for every (incident, client) pair, the time
// from sending the report to the client holding its event. Sending precedes
// the commit, so the figure is an upper bound of commit → delivery.
//
//   node bench/sse_fanout.mjs BASE TOKEN --clients 500 --events 100 --interval-ms 50 --points FILE

import http from 'node:http';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

const [base, token, ...rest] = process.argv.slice(2);
const opt = { clients: 500, events: 100, 'interval-ms': 50, points: '' };
for (let i = 0; i < rest.length; i += 2) opt[rest[i].replace(/^--/, '')] = rest[i + 1];
const clients = Number(opt.clients);
const events = Number(opt.events);
const interval = Number(opt['interval-ms']);
const points = fs.readFileSync(opt.points, 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number));
const url = new URL(base);
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

const received = new Map(); // tracking code -> array of receipt times
function subscribe() {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: url.hostname, port: url.port, path: '/api/v1/events', agent,
      headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`events: HTTP ${res.statusCode}`));
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk) => {
        const now = performance.now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!frame.startsWith('event: incident.created')) continue;
          const m = /"tracking_code":"([^"]+)"/.exec(frame);
          if (!m) continue;
          if (!received.has(m[1])) received.set(m[1], []);
          received.get(m[1]).push(now);
        }
      });
      resolve(req);
    });
    req.on('error', reject);
  });
}

function report(i) {
  const [lat, lon] = points[i % points.length];
  const body = JSON.stringify({ type: 'kerumunan', description: `uji siaran ${i}`, lat, lon, source: 'operator_110' });
  return new Promise((resolve, reject) => {
    const sent = performance.now();
    const req = http.request({ host: url.hostname, port: url.port, path: '/api/v1/incidents', method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => {
        if (res.statusCode !== 201) return reject(new Error(`report: HTTP ${res.statusCode} ${text}`));
        resolve({ code: JSON.parse(text).tracking_code, sent, acked: performance.now() });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const subs = [];
for (let i = 0; i < clients; i += 50) {
  subs.push(...(await Promise.all(Array.from({ length: Math.min(50, clients - i) }, subscribe))));
}
await sleep(500);
const sent = [];
for (let i = 0; i < events; ++i) {
  sent.push(await report(i));
  await sleep(interval);
}
const deadline = performance.now() + 10000;
while (performance.now() < deadline && sent.some((s) => (received.get(s.code)?.length ?? 0) < clients)) await sleep(50);
for (const r of subs) r.destroy();

const latencies = [];
let missing = 0;
for (const s of sent) {
  const times = received.get(s.code) ?? [];
  missing += clients - times.length;
  for (const t of times) latencies.push(t - s.sent);
}
latencies.sort((a, b) => a - b);
const q = (p) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] : NaN;
const acks = sent.map((s) => s.acked - s.sent).sort((a, b) => a - b);
console.log(JSON.stringify({ clients, events, expected: clients * events, delivered: latencies.length, missing,
  p50_ms: q(0.5), p99_ms: q(0.99), max_ms: latencies.at(-1), ack_p50_ms: acks[Math.floor(acks.length / 2)] }));
agent.destroy();
