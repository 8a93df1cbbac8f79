// The Laphar (laporan harian) figures as the screen reads them. The server's
// JSON is read through small normalisers so a count table may come as a list
// of rows or as a {code: count} object, and a response time in seconds or
// minutes, without the screen caring.

import { STATUSES } from './types';

export interface CountRow {
  key: string;
  label_id: string;
  label_en: string;
  count: number;
}

export interface NotableIncident {
  id: number;
  tracking_code: string;
  type: string;
  type_id: string;
  type_en: string;
  level: string;
  status: string;
  /** The server's words for the status, when it sends them. */
  status_label: string;
  /** UTC ISO-8601, or the server's own local text ("28-11-2026 09:14 WIB"). */
  reported_at: string;
  place: string;
  unit: string;
}

export interface ResponseTimeRow {
  unit_code: string;
  unit_name: string;
  count: number;
  /** Minutes, one decimal; null when nothing was measured. */
  dispatch_median_min: number | null;
  dispatch_p90_min: number | null;
  arrival_median_min: number | null;
  arrival_p90_min: number | null;
}

/** The server's answer, loosely: every section is read by a normaliser below. */
export interface Laphar {
  unit_code?: string;
  unit_name?: string;
  date?: string;
  time_zone?: string;
  total?: number;
  by_type?: unknown;
  by_status?: unknown;
  by_level?: unknown;
  by_kecamatan?: unknown;
  notable?: unknown;
  notable_incidents?: unknown;
  response_times?: unknown;
  response?: unknown;
  [key: string]: unknown;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

function firstString(o: Record<string, unknown>, keys: readonly string[]): string {
  for (const k of keys) {
    const s = str(o[k]);
    if (s) return s;
  }
  return '';
}

const KEY_FIELDS = ['code', 'key', 'type', 'status', 'level', 'kecamatan_code', 'desa_code', 'id'] as const;
const ID_FIELDS = ['name_id', 'label_id', 'status_id', 'type_id', 'label', 'name', 'kecamatan_name'] as const;
const EN_FIELDS = ['name_en', 'label_en', 'status_en', 'type_en'] as const;

/** Rows of a count table, largest first (ties by label), whatever shape it came in. */
export function countRows(section: unknown): CountRow[] {
  const rows: CountRow[] = [];
  if (Array.isArray(section)) {
    for (const item of section) {
      if (!isRecord(item)) continue;
      const key = firstString(item, KEY_FIELDS);
      const label_id = firstString(item, ID_FIELDS) || key;
      const label_en = firstString(item, EN_FIELDS) || label_id;
      rows.push({ key: key || label_id, label_id, label_en, count: num(item.count ?? item.n ?? item.total) });
    }
  } else if (isRecord(section)) {
    for (const [key, v] of Object.entries(section)) {
      if (typeof v === 'number') rows.push({ key, label_id: key, label_en: key, count: v });
      else if (isRecord(v)) {
        const label_id = firstString(v, ID_FIELDS) || key;
        rows.push({ key, label_id, label_en: firstString(v, EN_FIELDS) || label_id, count: num(v.count ?? v.n ?? v.total) });
      }
    }
  }
  return rows.sort((a, b) => b.count - a.count || a.label_id.localeCompare(b.label_id));
}

export function sumCounts(rows: readonly CountRow[]): number {
  return rows.reduce((n, r) => n + r.count, 0);
}

export function notableIncidents(l: Laphar): NotableIncident[] {
  const list = Array.isArray(l.notable) ? l.notable : Array.isArray(l.notable_incidents) ? l.notable_incidents : [];
  return list.filter(isRecord).map((o) => {
    const typeId = str(o.type_id) || str(o.type_label) || str(o.type);
    // The server may send the status as its code or already in words.
    const status = str(o.status);
    const known = (STATUSES as readonly string[]).includes(status);
    return {
      id: num(o.id),
      tracking_code: str(o.tracking_code),
      type: str(o.type),
      type_id: typeId,
      type_en: str(o.type_en) || typeId,
      level: str(o.level),
      status: known ? status : '',
      status_label: str(o.status_label) || str(o.status_id) || (known ? '' : status),
      reported_at: str(o.reported_at),
      place: str(o.place) || [str(o.desa_name), str(o.kecamatan_name)].filter(Boolean).join(', '),
      unit: str(o.unit) || str(o.field_unit_call_sign),
    };
  });
}

/** Minutes from whichever the server sent: *_min, *_minutes, *_s or *_seconds. */
function minutesFrom(o: Record<string, unknown>, base: string): number | null {
  for (const k of [`${base}_min`, `${base}_minutes`]) {
    const v = o[k];
    if (typeof v === 'number' && Number.isFinite(v)) return Math.round(v * 10) / 10;
  }
  for (const k of [`${base}_s`, `${base}_seconds`, base]) {
    const v = o[k];
    if (typeof v === 'number' && Number.isFinite(v)) return Math.round(v / 6) / 10;
  }
  return null;
}

/** A measure nested as {median_s, p90_s} under `key`, or flat as `key_median_s`. */
function measure(o: Record<string, unknown>, keys: readonly string[]): { median: number | null; p90: number | null } {
  for (const key of keys) {
    const nested = o[key];
    if (isRecord(nested)) {
      if (nested.count === 0) return { median: null, p90: null }; // nothing measured
      return { median: minutesFrom(nested, 'median'), p90: minutesFrom(nested, 'p90') };
    }
    const median = minutesFrom(o, `${key}_median`);
    const p90 = minutesFrom(o, `${key}_p90`);
    if (median !== null || p90 !== null) return { median, p90 };
  }
  return { median: null, p90: null };
}

const DISPATCH_KEYS = ['to_dispatch', 'report_to_dispatch', 'dispatch'] as const;
const ARRIVAL_KEYS = ['to_arrival', 'dispatch_to_arrival', 'arrival'] as const;

/** The count of a row: its own, else the larger of its two measures' counts. */
function rowCount(o: Record<string, unknown>): number {
  const own = o.count ?? o.n ?? o.incidents;
  if (typeof own === 'number') return own;
  let n = 0;
  for (const k of [...DISPATCH_KEYS, ...ARRIVAL_KEYS]) {
    const m = o[k];
    if (isRecord(m)) n = Math.max(n, num(m.count));
  }
  return n;
}

export function responseTimes(l: Laphar): ResponseTimeRow[] {
  const list = Array.isArray(l.response_times) ? l.response_times : Array.isArray(l.response) ? l.response : [];
  return list.filter(isRecord).map((o) => {
    const d = measure(o, DISPATCH_KEYS);
    const a = measure(o, ARRIVAL_KEYS);
    const name = str(o.sector) || str(o.unit_name) || str(o.unit_code);
    return {
      unit_code: str(o.unit_code) || str(o.sector_code) || name,
      unit_name: name,
      count: rowCount(o),
      dispatch_median_min: d.median,
      dispatch_p90_min: d.p90,
      arrival_median_min: a.median,
      arrival_p90_min: a.p90,
    };
  });
}
