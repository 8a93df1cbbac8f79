// Two languages: Bahasa Indonesia first (the default), English second. The
// choice is remembered in localStorage. Every capability keeps its own words
// next to its screens (`messages(id, en)`); TypeScript checks that the English
// table has every key of the Indonesian one.

import type { Lang } from './types';

export const LANGS: readonly Lang[] = ['id', 'en'];
export const LANG_STORAGE_KEY = 'siaga.lang';

type Listener = (lang: Lang) => void;

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function storage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled
  }
}

function initialLang(): Lang {
  let saved: string | null | undefined = null;
  try {
    saved = storage()?.getItem(LANG_STORAGE_KEY);
  } catch {
    saved = null; // storage disabled
  }
  return saved === 'en' || saved === 'id' ? saved : 'id';
}

let current: Lang = initialLang();
const listeners = new Set<Listener>();

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  if (!LANGS.includes(lang)) throw new Error(`unknown language ${String(lang)}`);
  try {
    storage()?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  if (lang === current) return;
  current = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  for (const l of listeners) l(lang);
}

/** Re-reads the stored choice (tests, or another tab changed it). */
export function reloadLang(): Lang {
  const lang = initialLang();
  if (lang !== current) {
    current = lang;
    for (const l of listeners) l(lang);
  }
  return current;
}

export function onLangChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Params = Record<string, string | number>;

/** Replaces {name} by params.name; unknown names stay as they are. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export type Translator<K extends string> = ((key: K, params?: Params) => string) & {
  has(key: string): key is K;
  keys: readonly K[];
};

/** A module's words in both languages; returns its translate function. */
export function messages<const D extends Record<string, string>>(
  id: D,
  en: { [K in keyof D]: string },
): Translator<Extract<keyof D, string>> {
  type K = Extract<keyof D, string>;
  const tables: Record<Lang, Record<K, string>> = { id: id as Record<K, string>, en: en as Record<K, string> };
  const t = ((key: K, params?: Params) => {
    const text = tables[current][key] ?? tables.id[key] ?? key;
    return interpolate(text, params);
  }) as Translator<K>;
  t.has = (key: string): key is K => Object.prototype.hasOwnProperty.call(id, key);
  Object.defineProperty(t, 'keys', { value: Object.keys(id) as K[] });
  return t;
}

/** Picks the field of the current language from a pair the server sends. */
export function pick(idText: string | null | undefined, enText: string | null | undefined): string {
  return (current === 'en' ? enText || idText : idText || enText) ?? '';
}

function locale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}

/** 4046 → "4.046" (id) or "4,046" (en). */
export function formatNumber(n: number, lang: Lang = current): string {
  return new Intl.NumberFormat(locale(lang)).format(n);
}
