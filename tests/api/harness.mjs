// Shared helpers of the API test suite: start a throw-away Siaga server on a
// free port with its own temporary database, talk to it, run the CLI.
//
// The binary is taken from $SIAGA_BIN (set by tests/api/run); without it the
// default build/release/siaga of the repository is used.

import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEMO_DIR = path.join(REPO_ROOT, 'data', 'demo');

// Which database the servers of this run use: SQLite files (the default) or,
// with SIAGA_TEST_DB=postgres, fresh databases in the PostgreSQL cluster named
// by SIAGA_TEST_POSTGRES (tests/pg/with-cluster starts one).
export const DB_KIND = process.env.SIAGA_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
// Every describe() name starts with this, so the output says which database ran.
export const DB_LABEL = `[${DB_KIND}]`;

const STARTUP_TIMEOUT_MS = 120_000;
const BINARY_WAIT_MS = 120_000;

export function siagaBin() {
  const bin = process.env.SIAGA_BIN || path.join(REPO_ROOT, 'build', 'release', 'siaga');
  return path.resolve(bin);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// Another engineer may be relinking the binary: wait until it is there again.
function binaryReadySync() {
  const bin = siagaBin();
  const deadline = Date.now() + BINARY_WAIT_MS;
  for (;;) {
    try {
      fs.accessSync(bin, fs.constants.X_OK);
      return bin;
    } catch {
      if (Date.now() > deadline) throw new Error(`siaga binary not found or not executable: ${bin}`);
      sleepSync(500);
    }
  }
}

async function binaryReady() {
  const bin = siagaBin();
  const deadline = Date.now() + BINARY_WAIT_MS;
  for (;;) {
    try {
      fs.accessSync(bin, fs.constants.X_OK);
      return bin;
    } catch {
      if (Date.now() > deadline) throw new Error(`siaga binary not found or not executable: ${bin}`);
      await sleep(500);
    }
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const running = new Set();
process.on('exit', () => {
  for (const proc of running) {
    try {
      proc.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
});

function waitExit(proc, ms) {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    proc.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function startOnce({ demo, args, dir, dbPath }) {
  const bin = await binaryReady();
  const port = await freePort();
  const argv = ['serve'];
  if (demo) argv.push('--demo');
  argv.push('--db', dbPath, '--port', String(port), '--address', '127.0.0.1', ...args);
  const proc = spawn(bin, argv, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(proc);
  const output = [];
  let outputSize = 0;
  const keep = (chunk) => {
    outputSize += chunk.length;
    output.push(chunk);
    while (outputSize > 256 * 1024 && output.length > 1) outputSize -= output.shift().length;
  };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  let spawnError = null;
  proc.on('error', (e) => {
    spawnError = e;
  });
  proc.on('exit', () => running.delete(proc));
  const log = () => Buffer.concat(output).toString('utf8');

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (spawnError || proc.exitCode !== null || proc.signalCode !== null) {
      return {
        ok: false,
        port,
        proc,
        log: log(),
        spawnError,
        why: spawnError ? String(spawnError) : `exited with ${proc.exitCode ?? proc.signalCode}`,
      };
    }
    try {
      const r = await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(2000) });
      await r.arrayBuffer();
      if (r.status === 200) return { ok: true, port, proc, base, log };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      return { ok: false, port, proc, log: log(), why: `no 200 from /api/v1/health within ${STARTUP_TIMEOUT_MS} ms` };
    }
    await sleep(100);
  }
}

async function kill(proc) {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  proc.kill('SIGTERM');
  if (!(await waitExit(proc, 5000))) {
    proc.kill('SIGKILL');
    await waitExit(proc, 5000);
  }
}

// Starts `siaga serve` on a fresh temporary database. `db` may name an existing
// database file to copy instead of starting empty.
// On PostgreSQL, `dbPath` is the postgresql:// URI of a database made for this
// server and dropped by stop().
// `share`: another server (from startServer) whose database this one uses too,
// as a second instance; the database stays with its owner.
export async function startServer({ demo = true, args = [], db = null, share = null } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-api-'));
  let dbPath = path.join(dir, 'siaga.db');
  let pgName = null;
  if (share) {
    dbPath = share.dbPath;
  } else if (DB_KIND === 'postgres') {
    if (db) throw new Error('startServer({db}) copies an SQLite file; not on PostgreSQL');
    ({ name: pgName, uri: dbPath } = createPgDatabase());
  } else if (db) {
    fs.copyFileSync(db, dbPath);
  }
  let lastFailure = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = await startOnce({ demo, args, dir, dbPath });
    if (started.ok) {
      const { proc, port, base, log } = started;
      let stopped = false;
      return {
        base,
        api: `${base}/api/v1`,
        port,
        dir,
        dbPath,
        proc,
        log,
        async stop() {
          if (stopped) return;
          stopped = true;
          await kill(proc);
          fs.rmSync(dir, { recursive: true, force: true });
          if (pgName) dropPgDatabase(pgName);
        },
      };
    }
    await kill(started.proc);
    lastFailure = started;
    // The binary may be being relinked (spawn error), or someone else took the
    // port between our probe and the bind: retry; anything else is final.
    if (!started.spawnError && !/port \d+|cannot use port/i.test(started.log)) break;
    await sleep(1000);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  if (pgName) dropPgDatabase(pgName);
  const message = `siaga serve failed to start (${lastFailure.why}); server output:\n${lastFailure.log}`;
  process.stderr.write(message + '\n');
  throw new Error(message);
}

// `base` is the server root (http://127.0.0.1:PORT); `path` starts with /api/v1/...
// A string body is sent as is; any other body is sent as JSON.
export async function api(base, token, method, urlPath, body = undefined, headers = {}) {
  const h = { ...headers };
  if (token) h.Authorization = `Bearer ${token}`;
  let payload;
  if (body !== undefined) {
    if (typeof body === 'string' || body instanceof Uint8Array || Buffer.isBuffer(body)) {
      payload = body;
    } else {
      payload = JSON.stringify(body);
      if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['Content-Type'] = 'application/json';
    }
  }
  const r = await fetch(base + urlPath, { method, headers: h, body: payload });
  const text = await r.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: r.status, headers: r.headers, json, text };
}

export async function login(base, username, password) {
  const r = await api(base, null, 'POST', '/api/v1/session', { username, password });
  if (r.status !== 200 || !r.json?.token) {
    throw new Error(`login ${username} failed: ${r.status} ${r.text}`);
  }
  return r.json.token;
}

// Logs in a demo account by name (password from accounts.csv).
export async function loginAs(base, username) {
  const account = accounts().find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return login(base, username, account.password);
}

export function accounts() {
  return demoRows('accounts.csv');
}

export function runCli(args, options = {}) {
  const bin = binaryReadySync();
  const r = spawnSync(bin, args, {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    input: options.input ?? '',
    env: { ...process.env, ...(options.env ?? {}) },
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

function pgCluster() {
  const uri = process.env.SIAGA_TEST_POSTGRES;
  if (!uri) throw new Error('SIAGA_TEST_DB=postgres needs SIAGA_TEST_POSTGRES: run through tests/pg/with-cluster');
  return uri;
}

// The cluster URI with another database name.
function pgUri(name) {
  const m = pgCluster().match(/^([a-z]+:\/\/[^/?]*)(\/[^?]*)?(\?.*)?$/);
  if (!m) throw new Error(`cannot read SIAGA_TEST_POSTGRES ${pgCluster()}`);
  return `${m[1]}/${name}${m[3] ?? ''}`;
}

function psql(uri, sql) {
  const r = spawnSync('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', uri], {
    input: sql,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

const pgCreated = new Set();
process.on('exit', () => {
  for (const name of pgCreated) psql(pgCluster(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

export function createPgDatabase() {
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const r = psql(pgCluster(), `CREATE DATABASE ${name}`);
  if (r.status !== 0) throw new Error(`CREATE DATABASE ${name}: ${r.stderr}`);
  pgCreated.add(name);
  return { name, uri: pgUri(name) };
}

export function dropPgDatabase(name) {
  psql(pgCluster(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  pgCreated.delete(name);
}

// Runs SQL on the database of a server (`srv.dbPath`): sqlite3 for a file,
// psql for a postgresql:// URI. Rows come back one a line, columns split by '|'.
export function runSql(db, sql) {
  return /^postgres(ql)?:\/\//.test(db) ? psql(db, sql) : runSqlite(db, sql);
}

// What `siaga backup` wrote, as something runSql and `--db` accept: the file
// itself for SQLite; for PostgreSQL (a pg_dump archive) a new database it was
// restored into.
export function restoredBackup(target) {
  if (DB_KIND !== 'postgres') return target;
  const { uri } = createPgDatabase();
  const r = spawnSync('pg_restore', ['--no-owner', '--exit-on-error', '-d', uri, target], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`pg_restore: ${r.stderr}`);
  return uri;
}

// Runs SQL through the sqlite3 command-line shell.
export function runSqlite(dbPath, sql) {
  const r = spawnSync('sqlite3', ['-cmd', '.timeout 10000', dbPath, sql], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

// Every page of a list: follows `next` until it is null.
export async function allPages(base, token, urlPath) {
  const items = [];
  let cursor = null;
  let total = null;
  let pages = 0;
  for (;;) {
    const sep = urlPath.includes('?') ? '&' : '?';
    const r = await api(base, token, 'GET', urlPath + (cursor === null ? '' : `${sep}cursor=${encodeURIComponent(cursor)}`));
    if (r.status !== 200) throw new Error(`GET ${urlPath} cursor ${cursor}: ${r.status} ${r.text}`);
    pages++;
    if (total === null) total = r.json.total;
    items.push(...r.json.items);
    if (r.json.next === null) break;
    cursor = r.json.next;
    if (pages > 10_000) throw new Error('paging does not end');
  }
  return { items, total, pages };
}

// RFC 4180 CSV text -> rows of objects keyed by the header.
export function parseCsv(text) {
  const records = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      records.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') {
      field += c;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    records.push(row);
  }
  const nonBlank = records.filter((r) => !(r.length === 1 && r[0] === ''));
  const [header, ...rows] = nonBlank;
  return rows.map((r) => Object.fromEntries(header.map((c, i) => [c, r[i]])));
}

// Rows of a demo CSV file.
export function demoRows(file) {
  return parseCsv(fs.readFileSync(path.join(DEMO_DIR, file), 'utf8'));
}

export { sleep };
