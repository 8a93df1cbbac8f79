// Pure helpers of the incident screens: colours of the Sispamkota levels,
// tones of the statuses, ETA and distance in words, the live list kept in
// step with the event stream, which buttons a status offers, the photo check
// and when an Idempotency-Key may be reused. No DOM, no Leaflet: tested alone.

import { ApiError } from '../core/api';
import { formatNumber, getLang } from '../core/i18n';
import type { Lang } from '../core/types';
import type { Incident, IncidentPermission, IncidentStatus, Level, ReportInput } from './types';

// --- levels and statuses ---------------------------------------------------------

export const LEVEL_COLORS: Record<Level, string> = {
  hijau: '#2b8a3e',
  kuning: '#e0a100',
  merah: '#c92a2a',
};

/** A level the server may add later is drawn grey, never left out. */
export function levelColor(level: string | null | undefined): string {
  return (level && LEVEL_COLORS[level as Level]) || '#868e96';
}

/** Rank for sorting and for "raised": hijau 0, kuning 1, merah 2. */
export function levelRank(level: string | null | undefined): number {
  return level === 'merah' ? 2 : level === 'kuning' ? 1 : 0;
}

/** Not ditolak, duplikat, selesai or ditutup: what `open=true` lists. */
export function isOpen(status: string): boolean {
  return status !== 'ditolak' && status !== 'duplikat' && status !== 'selesai' && status !== 'ditutup';
}

export type StatusTone = 'new' | 'check' | 'move' | 'done' | 'off';

export function statusTone(status: string): StatusTone {
  switch (status) {
    case 'baru':
      return 'new';
    case 'diverifikasi':
      return 'check';
    case 'ditugaskan':
    case 'menuju_lokasi':
    case 'tiba_di_lokasi':
      return 'move';
    case 'selesai':
    case 'ditutup':
      return 'done';
    default:
      return 'off';
  }
}

/** Who may take a step: the command (dispatch) or the crew too (respond). */
export function permissionFor(step: IncidentStatus): IncidentPermission {
  switch (step) {
    case 'menuju_lokasi':
    case 'tiba_di_lokasi':
    case 'selesai':
      return 'respond_incident';
    default:
      return 'dispatch_incident';
  }
}

export type StepKind = 'plain' | 'dispatch' | 'duplicate';

/** How a next status is offered: a plain button, a choice of unit, or a choice of original. */
export function stepKind(step: IncidentStatus): StepKind {
  if (step === 'ditugaskan') return 'dispatch';
  if (step === 'duplikat') return 'duplicate';
  return 'plain';
}

/** The order buttons are shown in: forward first, refusals last. */
const STEP_ORDER: IncidentStatus[] = [
  'diverifikasi',
  'ditugaskan',
  'menuju_lokasi',
  'tiba_di_lokasi',
  'selesai',
  'ditutup',
  'duplikat',
  'ditolak',
];

export function orderedSteps(next: readonly IncidentStatus[]): IncidentStatus[] {
  const known = STEP_ORDER.filter((s) => next.includes(s));
  return [...known, ...next.filter((s) => !STEP_ORDER.includes(s))];
}

// --- ETA and distance ------------------------------------------------------------

/** Whole minutes of an ETA, at least 1 (a unit is never "0 minutes" away). */
export function etaMinutes(etaS: number): number {
  if (!Number.isFinite(etaS) || etaS <= 0) return 0;
  return Math.max(1, Math.round(etaS / 60));
}

/** "4 mnt" / "4 min"; "< 1 mnt" for a unit already there. */
export function formatEta(etaS: number, lang: Lang = getLang()): string {
  const unit = lang === 'en' ? 'min' : 'mnt';
  if (!Number.isFinite(etaS) || etaS < 30) return `< 1 ${unit}`;
  return `${formatNumber(etaMinutes(etaS), lang)} ${unit}`;
}

/** 850 → "850 m"; 2400 → "2,4 km" (id) / "2.4 km" (en); 12.6 km → "13 km". */
export function formatDistance(m: number, lang: Lang = getLang()): string {
  if (!Number.isFinite(m) || m < 0) return '—';
  if (m < 1000) return `${formatNumber(Math.round(m), lang)} m`;
  const km = m / 1000;
  const digits = km < 10 ? 1 : 0;
  const text = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(km);
  return `${text} km`;
}

/** Minutes (one decimal) of a duration in seconds; null stays null ("—"). */
export function minutesOf(seconds: number | null | undefined): number | null {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return null;
  return Math.round(seconds / 6) / 10;
}

// --- the live list ---------------------------------------------------------------

/** Newest first; the same second falls back to the larger id. */
export function newestFirst(a: Incident, b: Incident): number {
  const ta = Date.parse(a.reported_at);
  const tb = Date.parse(b.reported_at);
  if (ta !== tb && Number.isFinite(ta) && Number.isFinite(tb)) return tb - ta;
  return b.id - a.id;
}

export interface Merge {
  list: Incident[];
  /** The incident was not in the list before. */
  added: boolean;
  /** The incident left the list (no longer open). */
  removed: boolean;
}

/**
 * One incident from the event stream into the open list: an open incident is
 * put in (or replaces its older self, unless that one is newer), a closed
 * one taken out. The list stays newest first; the input is not changed.
 */
export function mergeIncident(list: readonly Incident[], inc: Incident, keep: (i: Incident) => boolean = (i) => isOpen(i.status)): Merge {
  const at = list.findIndex((i) => i.id === inc.id);
  const old = at >= 0 ? list[at]! : null;
  if (old && Date.parse(old.updated_at) > Date.parse(inc.updated_at)) {
    return { list: [...list], added: false, removed: false }; // a late, older event
  }
  const rest = at >= 0 ? [...list.slice(0, at), ...list.slice(at + 1)] : [...list];
  if (!keep(inc)) return { list: rest, added: false, removed: old !== null };
  rest.push(inc);
  rest.sort(newestFirst);
  return { list: rest, added: old === null, removed: false };
}

/** A new incident sounds on the board, unless this user recorded it (the event may beat the POST's answer). */
export function announceable(inc: Incident, username: string): boolean {
  return !inc.reported_by || inc.reported_by !== username;
}

/** Counts per level of a list (the board's header). */
export function countByLevel(list: readonly Incident[]): Record<Level, number> {
  const out: Record<Level, number> = { hijau: 0, kuning: 0, merah: 0 };
  for (const i of list) if (i.level in out) out[i.level]++;
  return out;
}

// --- forms -------------------------------------------------------------------------

/** The server keeps photos up to 2 MiB. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export const DESCRIPTION_MAX = 2000;

export type PhotoCheck = 'ok' | 'type' | 'size';

/** JPEG or PNG, at most 2 MiB. */
export function checkPhoto(file: { type: string; size: number }): PhotoCheck {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > PHOTO_MAX_BYTES) return 'size';
  return 'ok';
}

/** "2 MiB" / "1,4 MiB" / "350 KiB". */
export function formatBytes(bytes: number, lang: Lang = getLang()): string {
  if (bytes >= 1024 * 1024) {
    const mib = bytes / (1024 * 1024);
    const digits = Number.isInteger(mib) ? 0 : 1;
    return `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(mib)} MiB`;
  }
  return `${formatNumber(Math.max(1, Math.ceil(bytes / 1024)), lang)} KiB`;
}

/**
 * After a failed send, may the same Idempotency-Key go again? Yes when the
 * request may not have been taken (network, 5xx, 429: a retry is the same
 * submission); no when the server refused it on its merits (4xx), since the
 * corrected form is a new request and an old key with a new body is refused.
 */
export function keepKeyAfter(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  if (error.status === 0 || error.status === 429 || error.status >= 500) return true;
  return false;
}

/** "+62 812-3456 7890" → "+6281234567890": what the server gets. */
export function cleanPhone(text: string): string {
  return text.replace(/[\s().-]/g, '');
}

/** Rounds a coordinate to 6 decimals (≈ 10 cm): what forms send. */
export function roundCoord(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** "-8.172,113.70" style text for a point. */
export function formatPoint(lat: number, lon: number): string {
  return `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
}

/** A tracking code as typed: trimmed, upper case, spaces out. */
export function normalizeCode(text: string): string {
  return text.trim().toUpperCase().replace(/\s+/g, '');
}

/** Seconds as "m:ss" for a countdown (rate limit). */
export function formatWait(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

// --- the report form ---------------------------------------------------------------

export interface PhotoDraft {
  /** Base64 JPEG or PNG, without the data: prefix. */
  base64: string;
  dataUrl: string;
  name: string;
  bytes: number;
  /** Made smaller on the device to fit the limit. */
  shrunk: boolean;
}

export interface ReportDraft {
  type: string;
  description: string;
  lat: number | null;
  lon: number | null;
  /** Metres, when the point came from the device. */
  accuracy: number | null;
  name: string;
  phone: string;
  photo: PhotoDraft | null;
}

export const REPORT_FIELDS = ['type', 'description', 'position', 'name', 'phone', 'photo'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export function emptyDraft(): ReportDraft {
  return { type: '', description: '', lat: null, lon: null, accuracy: null, name: '', phone: '', photo: null };
}

export type DraftProblem = 'required' | 'noPosition' | 'tooLong';

/**
 * The body of a report from the form, or what is missing. Only what the
 * client can know is checked here (empty fields, length); the server checks
 * the rest (a point outside every desa, a bad phone number) and names the field.
 */
export function buildReport(d: ReportDraft): { input: ReportInput | null; problems: Partial<Record<ReportField, DraftProblem>> } {
  const problems: Partial<Record<ReportField, DraftProblem>> = {};
  if (!d.type) problems.type = 'required';
  const description = d.description.trim();
  if (!description) problems.description = 'required';
  else if (description.length > DESCRIPTION_MAX) problems.description = 'tooLong';
  if (d.lat === null || d.lon === null) problems.position = 'noPosition';
  if (Object.keys(problems).length) return { input: null, problems };
  const input: ReportInput = { type: d.type, description, lat: roundCoord(d.lat!), lon: roundCoord(d.lon!) };
  const name = d.name.trim();
  const phone = cleanPhone(d.phone);
  if (name) input.reporter_name = name;
  if (phone) input.reporter_phone = phone;
  if (d.photo) input.photo = d.photo.base64;
  return { input, problems };
}

/** The form field an API error names (lat, lon, desa… are all the position). */
export function formFieldOf(apiField: string | null | undefined): ReportField | null {
  switch (apiField) {
    case 'type':
    case 'description':
    case 'photo':
      return apiField;
    case 'lat':
    case 'lon':
    case 'position':
    case 'desa':
    case 'desa_code':
    case 'location':
      return 'position';
    case 'reporter_name':
    case 'name':
      return 'name';
    case 'reporter_phone':
    case 'phone':
      return 'phone';
    default:
      return null;
  }
}

export interface KeyedBody {
  key: string;
  body: string;
}

/**
 * The Idempotency-Key of a send: the one of the previous attempt when the
 * same body goes again (a retry), a new one for a changed body or after the
 * previous attempt was settled (null).
 */
export function keyForAttempt(prev: KeyedBody | null, body: string, make: () => string): KeyedBody {
  if (prev && prev.body === body) return prev;
  return { key: make(), body };
}
