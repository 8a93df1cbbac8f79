// Settings of this browser (not of the account): kept in localStorage.

import { createStore } from './store';

const TILE_KEY = 'siaga.tileUrl';

function read(key: string): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** An optional XYZ tile URL, e.g. https://tiles.example/{z}/{x}/{y}.png; empty: no tiles. */
export const tileUrl = createStore<string>(typeof window === 'undefined' ? '' : read(TILE_KEY));

export function setTileUrl(url: string): void {
  const clean = url.trim();
  try {
    if (clean) localStorage.setItem(TILE_KEY, clean);
    else localStorage.removeItem(TILE_KEY);
  } catch {
    // storage disabled: keep for this page only
  }
  tileUrl.set(clean);
}

/** Accepts http(s) URLs with {z}, {x} and {y}. */
export function validTileUrl(url: string): boolean {
  return /^https?:\/\/\S+$/.test(url) && url.includes('{z}') && url.includes('{x}') && url.includes('{y}');
}
