// Browser tests of the Siaga web app: a real `siaga serve --demo` on a free
// port with a temporary database and the built app (web/dist), driven by
// Debian's Chromium through playwright-core. A failing test leaves a
// screenshot in build/test-artifacts/.
//
// The binary is $SIAGA_BIN or build/release/siaga; the browser is
// $CHROMIUM or /usr/bin/chromium.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { sleep, startServer as startApiServer } from '../api/harness.mjs';

export { sleep };

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

/** Starts `siaga serve --demo` with the built web app on a temporary database
 * (the API tests' harness, plus --web-dir); `args` go to `serve` as well. */
export async function startServer({ args = [] } = {}) {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error(`${WEB_DIST}/index.html is missing: build the web app first (make build, or cd web && npx vite build)`);
  }
  return startApiServer({ demo: true, args: ['--web-dir', WEB_DIST, ...args] });
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
 * Use with node:test's before/after. `args`: extra `serve` options.
 */
export function suite({ args = [] } = {}) {
  const ctx = { server: null, browser: null, base: null, api: (username) => apiAs(ctx.base, username) };
  return {
    ctx,
    async before() {
      ctx.server = await startServer({ args });
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
