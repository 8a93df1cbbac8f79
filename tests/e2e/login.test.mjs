// Login, wrong password, lock-out, language switch, the header, the phone layout.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { inPage, logIn, submitLogin, suite } from './harness.mjs';

const s = suite();

describe('login and layout', () => {
  before(s.before);
  after(s.after);

  test(
    'logs in and the header shows unit, role, stage and countdown',
    inPage(s.ctx, 'login-header', async (page) => {
      await page.goto(s.ctx.base + '/');
      assert.equal(await page.locator('h1').textContent(), 'Masuk ke Siaga');
      await logIn(page, s.ctx.base, 'jember.ops');
      assert.equal(await page.textContent('[data-testid=user-unit]'), 'Polres Jember');
      assert.match(await page.textContent('[data-testid=user-role]'), /jember\.ops · Bag Ops · WIB/);
      await page.waitForSelector('[data-testid=current-stage]');
      const stage = await (await s.ctx.api('jember.ops'))('GET', '/api/v1/stages');
      const stageText = await page.textContent('[data-testid=current-stage]');
      if (stage.json.current) assert.ok(stageText.includes(stage.json.current.name), stageText);
      // Voting day of the demo data (27-11-2024) lies behind the machine's clock.
      assert.match(await page.textContent('[data-testid=countdown]'), /Hari pemungutan suara telah lewat \(27-11-2024\)/);
      // The app route survives a reload (the server answers index.html).
      await page.goto(s.ctx.base + '/kalender');
      await page.waitForSelector('[data-testid=timeline]');
      assert.equal(await page.textContent('[data-testid=user-unit]'), 'Polres Jember');
      // Log out goes back to the login form.
      await page.click('[data-testid=logout]');
      await page.waitForSelector('[data-testid=login-form]');
    }),
  );

  test(
    'a wrong password is told in words',
    inPage(s.ctx, 'login-wrong-password', async (page) => {
      await page.goto(s.ctx.base + '/');
      await page.fill('#login-username', 'jepara.ops');
      await page.fill('#login-password', 'salah-sekali');
      await submitLogin(page);
      const msg = await page.textContent('[data-testid=login-error]');
      assert.match(msg, /Nama pengguna atau kata sandi salah/);
      assert.doesNotMatch(msg, /401|unauthenticated/);
      assert.equal(await page.inputValue('#login-password'), '');
    }),
  );

  test(
    'five wrong passwords lock the account, said in words',
    inPage(s.ctx, 'login-lockout', async (page) => {
      await page.goto(s.ctx.base + '/');
      await page.fill('#login-username', 'ttu.kapolsek.kefamenanu');
      let msg = '';
      for (let i = 0; i < 5; i++) {
        await page.fill('#login-password', `salah-${i}`);
        await submitLogin(page);
        msg = await page.textContent('[data-testid=login-error]');
      }
      assert.match(msg, /dikunci sementara/);
      assert.match(msg, /terkunci/);
      assert.doesNotMatch(msg, /423|locked\b/);
      // Even the right password is refused while locked.
      await page.fill('#login-password', 'Kapolsek-Demo-2024');
      await submitLogin(page);
      assert.match(await page.textContent('[data-testid=login-error]'), /dikunci/);
    }),
  );

  test(
    'the language switch changes the words and is remembered',
    inPage(s.ctx, 'language-switch', async (page) => {
      await page.goto(s.ctx.base + '/');
      await page.click('.lang-btn[data-lang=en]');
      assert.equal(await page.locator('h1').textContent(), 'Log in to Siaga');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await page.reload();
      assert.equal(await page.locator('h1').textContent(), 'Log in to Siaga');
      await page.fill('#login-username', 'jember.ops');
      await page.fill('#login-password', 'wrong');
      await submitLogin(page);
      assert.match(await page.textContent('[data-testid=login-error]'), /Wrong username or password/);
      await logIn(page, s.ctx.base, 'jember.ops');
      assert.ok(await page.locator('nav#main-nav >> text=Map').isVisible());
      assert.match(await page.textContent('[data-testid=countdown]'), /Voting day has passed \(27-11-2024\)/);
      await page.click('.lang-btn[data-lang=id]');
      assert.ok(await page.locator('nav#main-nav >> text=Peta').isVisible());
      assert.match(await page.textContent('[data-testid=countdown]'), /telah lewat/);
      await page.reload();
      await page.waitForSelector('[data-testid=user-unit]');
      assert.ok(await page.locator('nav#main-nav >> text=Peta').isVisible());
    }),
  );

  test(
    'on a 390-wide phone the navigation folds into a menu and nothing overflows',
    inPage(
      s.ctx,
      'phone-layout',
      async (page) => {
        await logIn(page, s.ctx.base, 'jember.ops');
        await page.waitForSelector('[data-testid=tps-count][data-count]:not([data-count=""])');
        assert.equal(await page.locator('nav#main-nav').isVisible(), false);
        await page.click('.hdr-burger');
        await page.locator('nav#main-nav >> text=Registri').click();
        await page.waitForSelector('[data-testid=desa-list] .data-table');
        assert.equal(await page.locator('nav#main-nav').isVisible(), false);
        for (const path of ['/peta', '/registri/desa', '/kalender']) {
          await page.goto(s.ctx.base + path);
          await page.waitForSelector('main section');
          await page.waitForTimeout(300);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= 390, `${path} is ${width}px wide`);
        }
      },
      { viewport: { width: 390, height: 844 } },
    ),
  );
});
