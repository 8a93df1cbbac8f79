import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A localStorage for the node test environment.
class MemoryStorage {
  private data = new Map<string, string>();
  getItem(k: string) {
    return this.data.has(k) ? this.data.get(k)! : null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  clear() {
    this.data.clear();
  }
}

async function freshI18n() {
  vi.resetModules();
  return import('./i18n');
}

describe('i18n', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', new MemoryStorage());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('starts in Bahasa Indonesia', async () => {
    const i18n = await freshI18n();
    expect(i18n.getLang()).toBe('id');
  });

  it('remembers the chosen language across page loads', async () => {
    let i18n = await freshI18n();
    i18n.setLang('en');
    expect(localStorage.getItem(i18n.LANG_STORAGE_KEY)).toBe('en');
    i18n = await freshI18n();
    expect(i18n.getLang()).toBe('en');
  });

  it('ignores a stored value it does not know', async () => {
    localStorage.setItem('siaga.lang', 'fr');
    const i18n = await freshI18n();
    expect(i18n.getLang()).toBe('id');
  });

  it('translates with parameters and tells listeners', async () => {
    const i18n = await freshI18n();
    const t = i18n.messages({ hello: 'Halo {name}, {n} TPS' }, { hello: 'Hello {name}, {n} TPS' });
    expect(t('hello', { name: 'Kapolres', n: 3 })).toBe('Halo Kapolres, 3 TPS');
    const heard: string[] = [];
    const stop = i18n.onLangChange((l) => heard.push(l));
    i18n.setLang('en');
    expect(t('hello', { name: 'Chief', n: 3 })).toBe('Hello Chief, 3 TPS');
    stop();
    i18n.setLang('id');
    expect(heard).toEqual(['en']);
  });

  it('rejects an unknown language', async () => {
    const i18n = await freshI18n();
    expect(() => i18n.setLang('fr' as 'id')).toThrow();
  });

  it('keeps unknown placeholders as they are', async () => {
    const i18n = await freshI18n();
    expect(i18n.interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(i18n.interpolate('no params')).toBe('no params');
  });

  it('formats numbers the Indonesian or the English way', async () => {
    const i18n = await freshI18n();
    expect(i18n.formatNumber(4046, 'id')).toBe('4.046');
    expect(i18n.formatNumber(4046, 'en')).toBe('4,046');
    expect(i18n.formatNumber(426000, 'id')).toBe('426.000');
  });

  it('picks the server field of the current language, falling back to the other', async () => {
    const i18n = await freshI18n();
    expect(i18n.pick('Pelantikan', 'Inauguration')).toBe('Pelantikan');
    i18n.setLang('en');
    expect(i18n.pick('Pelantikan', 'Inauguration')).toBe('Inauguration');
    expect(i18n.pick('Pelantikan', '')).toBe('Pelantikan');
  });

  it('works without storage (private mode)', async () => {
    vi.stubGlobal('localStorage', {
      getItem() {
        throw new Error('denied');
      },
      setItem() {
        throw new Error('denied');
      },
    });
    const i18n = await freshI18n();
    expect(i18n.getLang()).toBe('id');
    i18n.setLang('en');
    expect(i18n.getLang()).toBe('en');
  });
});

describe('message tables of every screen', () => {
  it('have the same keys and no empty text in both languages', async () => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    const modules = import.meta.glob<{ t: { keys: readonly string[] } }>('../**/words.ts', { eager: true });
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(6);
    const i18n = await import('./i18n');
    for (const [file, mod] of Object.entries(modules)) {
      const t = mod.t as unknown as ((k: string) => string) & { keys: readonly string[] };
      expect(t.keys.length, file).toBeGreaterThan(0);
      for (const lang of ['id', 'en'] as const) {
        i18n.setLang(lang);
        for (const k of t.keys) expect(t(k).trim(), `${file} ${lang} ${k}`).not.toBe('');
      }
    }
    i18n.setLang('id');
    vi.unstubAllGlobals();
  });
});
