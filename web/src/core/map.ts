// Leaflet helpers shared by every screen that shows a map: the base map (no
// tile server needed: outlines come from Siaga itself; an optional tile URL
// from the settings), colours of TPS classes, icons of object kinds and units.

import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { tileUrl } from './settings';
import type { RegionLevel, TpsClass, UnitLevel } from './types';

/** Indonesia, for a map that has nothing to fit yet. */
export const INDONESIA_BOUNDS = L.latLngBounds([-11.2, 94.7], [6.3, 141.1]);

export function createMap(el: HTMLElement, opts: L.MapOptions = {}): L.Map {
  const map = L.map(el, {
    preferCanvas: true,
    zoomControl: true,
    attributionControl: false,
    worldCopyJump: false,
    minZoom: 4,
    zoomSnap: 0.25,
    maxZoom: 19,
    ...opts,
  });
  map.fitBounds(INDONESIA_BOUNDS);
  return map;
}

/**
 * Keeps a tile layer in step with the tile URL setting; returns the function
 * that stops following it.
 */
export function followTileSetting(map: L.Map, onChange?: (url: string) => void): () => void {
  let layer: L.TileLayer | null = null;
  const apply = (url: string) => {
    if (layer) {
      layer.remove();
      layer = null;
    }
    if (url) {
      layer = L.tileLayer(url, { maxZoom: 19, crossOrigin: true });
      layer.addTo(map);
      layer.bringToBack();
    }
    map.getContainer().classList.toggle('no-tiles', !url);
    onChange?.(url);
  };
  apply(tileUrl.get());
  return tileUrl.subscribe(apply);
}

/** The same colours as the vulnerability screen and the PDF report (vulnerability/colors.ts). */
export const CLASS_COLORS: Record<TpsClass | 'none', string> = {
  none: '#9e9e9e',
  kurang_rawan: '#2e7d32',
  rawan: '#f9a825',
  sangat_rawan: '#c62828',
  khusus: '#6a1b9a',
};

export const CLASS_ORDER: (TpsClass | 'none')[] = ['none', 'kurang_rawan', 'rawan', 'sangat_rawan', 'khusus'];

export function classColor(c: TpsClass | null | undefined): string {
  return CLASS_COLORS[c ?? 'none'];
}

/** Severity for choosing a cluster's colour: the worst class inside wins. */
export function classRank(c: TpsClass | null | undefined): number {
  return CLASS_ORDER.indexOf(c ?? 'none');
}

export interface KindStyle {
  color: string;
  glyph: string;
}

/** Icon of each strategic-object kind: a coloured tag with a short mark. */
export const KIND_STYLES: Record<string, KindStyle> = {
  kpu_office: { color: '#c92a2a', glyph: 'KPU' },
  kpu_warehouse: { color: '#a61e4d', glyph: 'GDG' },
  bawaslu_office: { color: '#5f3dc4', glyph: 'BWS' },
  ppk: { color: '#1864ab', glyph: 'PPK' },
  pps: { color: '#1971c2', glyph: 'PPS' },
  candidate_post: { color: '#e67700', glyph: 'PSL' },
  crowd_point: { color: '#d9480f', glyph: 'KRM' },
  vital_object: { color: '#2b8a3e', glyph: 'OBV' },
  other: { color: '#495057', glyph: '•' },
};

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind] ?? KIND_STYLES.other!;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function objectIcon(kind: string, id: number, selected = false): L.DivIcon {
  const s = kindStyle(kind);
  return L.divIcon({
    className: `obj-icon${selected ? ' selected' : ''}`,
    html: `<span class="obj-tag" style="background:${s.color}" data-object-id="${id}" data-kind="${escapeHtml(kind)}">${escapeHtml(s.glyph)}</span>`,
    iconSize: [34, 20],
    iconAnchor: [17, 10],
  });
}

export const UNIT_COLORS: Record<UnitLevel, string> = {
  mabes: '#0b2545',
  polda: '#13315c',
  polres: '#134074',
  polsek: '#2f6690',
};

export function unitIcon(level: UnitLevel, id: number): L.DivIcon {
  const size = level === 'polsek' ? 20 : 26;
  return L.divIcon({
    className: 'unit-icon',
    html:
      `<svg viewBox="0 0 24 24" width="${size}" height="${size}" data-unit-id="${id}" aria-hidden="true">` +
      `<path d="M12 1 3 4.5v6.2c0 5.6 3.8 10.6 9 12.3 5.2-1.7 9-6.7 9-12.3V4.5z" fill="${UNIT_COLORS[level]}" stroke="#fff" stroke-width="1.5"/>` +
      `<path d="m12 6 1.6 3.3 3.6.5-2.6 2.5.6 3.6L12 14.2l-3.2 1.7.6-3.6-2.6-2.5 3.6-.5z" fill="#f5c518"/></svg>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

export function clusterIcon(count: number, color: string, label: string): L.DivIcon {
  const size = count < 10 ? 26 : count < 100 ? 32 : count < 1000 ? 40 : 48;
  return L.divIcon({
    className: 'tps-cluster',
    html: `<span style="width:${size}px;height:${size}px;line-height:${size}px;background:${color}">${escapeHtml(label)}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

export const BOUNDARY_STYLE: Record<'desa' | 'kecamatan' | 'kabupaten', L.PathOptions> = {
  desa: { color: '#3d5a80', weight: 1, opacity: 0.8, fillColor: '#98c1d9', fillOpacity: 0.12 },
  kecamatan: { color: '#293241', weight: 1.6, opacity: 0.85, fillColor: '#98c1d9', fillOpacity: 0.1 },
  kabupaten: { color: '#1d2d44', weight: 2.2, opacity: 0.9, fillColor: '#98c1d9', fillOpacity: 0.08 },
};

export const HIGHLIGHT_STYLE: L.PathOptions = { color: '#ee6c4d', weight: 3, opacity: 1, fillColor: '#ee6c4d', fillOpacity: 0.2 };

/** The zoom a search result of this type is shown at. */
export function zoomForType(type: string): number {
  switch (type) {
    case 'provinsi':
      return 8;
    case 'kabupaten':
    case 'kota':
      return 10;
    case 'kecamatan':
      return 12;
    case 'desa':
    case 'kelurahan':
      return 14;
    case 'unit':
      return 15;
    default:
      return 17;
  }
}

/** Number of dot-separated parts of a Kemendagri code: 35 → 1, 35.09.01.2001 → 4. */
export function codeDepth(code: string): number {
  return code.split('.').length;
}

/** The outline level that suits a territory: desa for a Polres or Polsek, coarser above. */
export function boundaryLevelFor(territory: string[], everywhere: boolean): Extract<RegionLevel, 'desa' | 'kecamatan' | 'kabupaten'> {
  if (everywhere) return 'kabupaten';
  const shallowest = Math.min(...territory.map(codeDepth), 9);
  if (shallowest <= 1) return 'kecamatan';
  return 'desa';
}

export { L };
