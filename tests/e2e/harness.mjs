// Browser tests of the Siaga web app: a real `siaga serve --demo` on a free
// port with a temporary database and the built app (web/dist), driven by
// Debian's Chromium through playwright-core. A failing test leaves a
// screenshot in build/test-artifacts/.
//
// The binary is $SIAGA_BIN or build/release/siaga; the browser is
// $CHROMIUM or /usr/bin/chromium.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WEB_DIST = path.join(REPO_ROOT, 'web', 'dist');
export const ARTIFACTS = path.join(REPO_ROOT, 'build', 'test-artifacts');

// playwright-core is a dev dependency of web/ (web/package-lock.json).
const requireFromWeb = createRequire(path.join(REPO_ROOT, 'web', 'package.json'));
const { chromium } = requireFromWeb('playwright-core');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const STARTUP_TIMEOUT_MS = 120_000;
const BINARY_WAIT_MS = 120_000;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function siagaBin() {
  return path.resolve(process.env.SIAGA_BIN || path.join(REPO_ROOT, 'build', 'release', 'siaga'));
}

// Another engineer may be relinking the binary: wait until it is there again.
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

async function kill(proc) {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  proc.kill('SIGTERM');
  if (!(await waitExit(proc, 5000))) {
    proc.kill('SIGKILL');
    await waitExit(proc, 5000);
  }
}

async function startOnce(dbPath) {
  const bin = await binaryReady();
  const port = await freePort();
  const argv = ['serve', '--demo', '--db', dbPath, '--port', String(port), '--address', '127.0.0.1', '--web-dir', WEB_DIST];
  const proc = spawn(bin, argv, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(proc);
  const output = [];
  proc.stdout.on('data', (c) => output.push(c));
  proc.stderr.on('data', (c) => output.push(c));
  let spawnError = null;
  proc.on('error', (e) => {
    spawnError = e;
  });
  proc.on('exit', () => running.delete(proc));
  const log = () => Buffer.concat(output).toString('utf8').slice(-20_000);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (spawnError || proc.exitCode !== null || proc.signalCode !== null) {
      return { ok: false, proc, log: log(), retry: true, why: spawnError ? String(spawnError) : `exited with ${proc.exitCode ?? proc.signalCode}` };
    }
    try {
      const r = await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(2000) });
      await r.arrayBuffer();
      if (r.status === 200) return { ok: true, proc, base, log };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) return { ok: false, proc, log: log(), retry: false, why: 'no answer from /api/v1/health' };
    await sleep(100);
  }
}

/** Starts `siaga serve --demo` with the built web app on a temporary database. */
export async function startServer() {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error(`${WEB_DIST}/index.html is missing: build the web app first (make build, or cd web && npx vite build)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-e2e-'));
  let last = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const dbPath = path.join(dir, `siaga-${attempt}.db`);
    const s = await startOnce(dbPath);
    if (s.ok) {
      let stopped = false;
      return {
        base: s.base,
        log: s.log,
        async stop() {
          if (stopped) return;
          stopped = true;
          await kill(s.proc);
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    await kill(s.proc);
    last = s;
    if (!s.retry) break;
    await sleep(1000);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  throw new Error(`siaga serve failed to start (${last.why}):\n${last.log}`);
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/** Demo accounts by name (data/demo/accounts.csv). */
export function password(username) {
  const lines = fs.readFileSync(path.join(REPO_ROOT, 'data', 'demo', 'accounts.csv'), 'utf8').trim().split('\n');
  for (const line of lines.slice(1)) {
    const [u, p] = line.split(',');
    if (u === username) return p;
  }
  throw new Error(`no demo account ${username}`);
}

/** Calls the API directly (to learn what the app should show). */
export async function apiAs(base, username) {
  const r = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: password(username) }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  const { token } = await r.json();
  return async (method, urlPath, body) => {
    const res = await fetch(base + urlPath, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };
}

function safeName(s) {
  return s.replace(/[^a-zA-Z0-9._-]+/g, '_').slice(0, 120);
}

/**
 * Wraps a test body: a fresh browser context (own cookies and storage) and
 * page; on failure a full-page screenshot and the page's console go to
 * build/test-artifacts/.
 */
export function inPage(ctx, name, fn, { viewport = { width: 1280, height: 800 } } = {}) {
  return async () => {
    const context = await ctx.browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const consoleLines = [];
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
    try {
      await fn(page, context);
    } catch (e) {
      try {
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        const file = path.join(ARTIFACTS, `e2e-${safeName(name)}.png`);
        await page.screenshot({ path: file, fullPage: true });
        fs.writeFileSync(file.replace(/\.png$/, '.console.txt'), consoleLines.join('\n') + '\n');
        e.message += `\n(screenshot: ${path.relative(REPO_ROOT, file)})`;
      } catch {
        // the page may be gone; the error itself matters more
      }
      throw e;
    } finally {
      await context.close();
    }
  };
}

/** Presses the login button and waits until the server has answered and the form is ready again. */
export async function submitLogin(page) {
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST'),
    page.click('[data-testid=login-submit]'),
  ]);
  await page.waitForSelector('[data-testid=login-submit]:not([disabled]), [data-testid=user-unit]');
}

/** Logs in through the login form and waits for the header. */
export async function logIn(page, base, username, pass = password(username)) {
  await page.goto(base + '/');
  await page.fill('#login-username', username);
  await page.fill('#login-password', pass);
  await page.click('[data-testid=login-submit]');
  await page.waitForSelector('[data-testid=user-unit]');
}

/**
 * Per-file setup: one server and one browser for all tests of the file.
 * Use with node:test's before/after.
 */
export function suite() {
  const ctx = { server: null, browser: null, base: null, api: (username) => apiAs(ctx.base, username) };
  return {
    ctx,
    async before() {
      ctx.server = await startServer();
      ctx.base = ctx.server.base;
      ctx.browser = await launchBrowser();
    },
    async after() {
      await ctx.browser?.close();
      await ctx.server?.stop();
    },
  };
}

/** "4046" → "4.046", as the Indonesian interface writes it. */
export function idNumber(n) {
  return new Intl.NumberFormat('id-ID').format(n);
}
