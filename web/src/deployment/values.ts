// Pure helpers of the deployment screens: summary figures, progress, lists of
// NRPs typed by hand, the pattern form and its checks (the same rules as
// src/domain/deployment.cpp, so a wrong value is named before the round
// trip), grouping of the shortfall, the reserve and a diff. No DOM, no fetch.

import { formatNumber, getLang } from '../core/i18n';
import type { Lang, TpsClass, Unit } from '../core/types';
import {
  CHANGE_KINDS,
  PATTERN_FIELDS,
  type ChangeKind,
  type DiffChange,
  type GuardPattern,
  type Officer,
  type PatternField,
  type PatternSet,
  type PlanStatus,
  type PlanSummary,
  type Post,
  type ShortfallItem,
} from './types';
import { t } from './words';

export const CLASSES: readonly TpsClass[] = ['kurang_rawan', 'rawan', 'sangat_rawan', 'khusus'];

// --- status and progress --------------------------------------------------------

/** A plan still being computed (the screen polls it). */
export function isRunning(status: PlanStatus | string): boolean {
  return status === 'running';
}

/** A plan that has posts to show. */
export function hasPosts(status: PlanStatus | string): boolean {
  return status === 'draft' || status === 'approved' || status === 'superseded';
}

export function canReplanStatus(status: PlanStatus | string): boolean {
  return status === 'draft' || status === 'approved';
}

export function statusTone(status: PlanStatus | string): 'ok' | 'wait' | 'bad' | 'plain' {
  switch (status) {
    case 'approved':
      return 'ok';
    case 'running':
    case 'draft':
      return 'wait';
    case 'failed':
    case 'cancelled':
      return 'bad';
    default:
      return 'plain';
  }
}

/** Progress 0..1 as a whole percent 0..100 (unknown is 0). */
export function progressPercent(progress: number | null | undefined): number {
  if (progress === null || progress === undefined || !Number.isFinite(progress)) return 0;
  return Math.round(Math.min(1, Math.max(0, progress)) * 100);
}

// --- figures ------------------------------------------------------------------------

/** "420 m", "1,2 km" (id) / "1.2 km" (en). */
export function formatMeters(m: number | null | undefined, lang: Lang = getLang()): string {
  if (m === null || m === undefined || !Number.isFinite(m)) return '—';
  if (Math.abs(m) < 1000) return `${formatNumber(Math.round(m), lang)} m`;
  const km = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(m / 1000);
  return `${km} km`;
}

/** "2-10-2": P-T-L as Polri write a pattern. */
export function patternLabel(p: Pick<GuardPattern, 'officers' | 'tps_per_post' | 'linmas_per_tps'> | undefined | null): string {
  if (!p) return '—';
  return `${p.officers}-${p.tps_per_post}-${p.linmas_per_tps}`;
}

export type Tone = 'ok' | 'bad' | 'warn' | 'plain';

export interface SummaryFigure {
  key: string;
  label: string;
  /** The number behind the text, for data-value (tests read it). */
  value: number;
  text: string;
  tone: Tone;
}

type FigureKey =
  | 'tps'
  | 'posts'
  | 'officers_available'
  | 'officers_assigned'
  | 'reserve'
  | 'officers_missing'
  | 'posts_short'
  | 'stretched_pairs'
  | 'linmas'
  | 'linmas_missing'
  | 'tni'
  | 'mean_tour'
  | 'tps_without_class';

function fig(key: FigureKey, value: number, text: string, tone: Tone = 'plain'): SummaryFigure {
  return { key, label: t(`fig_${key}`), value, text, tone };
}

/** The figures of a plan's summary, in the order the screen shows them. */
export function summaryFigures(s: PlanSummary): SummaryFigure[] {
  const n = (v: number) => formatNumber(v);
  const out: SummaryFigure[] = [
    fig('tps', s.tps, n(s.tps)),
    fig('posts', s.posts, n(s.posts)),
    fig('officers_available', s.officers_available, n(s.officers_available)),
    fig(
      'officers_assigned',
      s.officers_assigned,
      t('ofNeeded', { have: n(s.officers_assigned), need: n(s.officers_assigned + s.officers_missing) }),
      s.officers_missing > 0 ? 'warn' : 'ok',
    ),
    fig('reserve', s.reserve, n(s.reserve)),
    fig('officers_missing', s.officers_missing, n(s.officers_missing), s.officers_missing > 0 ? 'bad' : 'ok'),
    fig('posts_short', s.posts_short, n(s.posts_short), s.posts_short > 0 ? 'bad' : 'ok'),
    fig('stretched_pairs', s.stretched_pairs, n(s.stretched_pairs), s.stretched_pairs > 0 ? 'warn' : 'plain'),
    fig(
      'linmas',
      s.linmas_assigned,
      t('ofNeeded', { have: n(s.linmas_assigned), need: n(s.linmas_needed) }),
      s.linmas_missing > 0 ? 'warn' : 'ok',
    ),
    fig('linmas_missing', s.linmas_missing, n(s.linmas_missing), s.linmas_missing > 0 ? 'bad' : 'ok'),
  ];
  if ((s.tni_needed ?? 0) > 0 || (s.tni_assigned ?? 0) > 0) {
    const have = s.tni_assigned ?? 0;
    const need = s.tni_needed ?? 0;
    out.push(fig('tni', have, t('ofNeeded', { have: n(have), need: n(need) }), have < need ? 'warn' : 'ok'));
  }
  out.push(fig('mean_tour', s.mean_tour_m, formatMeters(s.mean_tour_m)));
  if (s.tps_without_class > 0) out.push(fig('tps_without_class', s.tps_without_class, n(s.tps_without_class), 'warn'));
  return out;
}

/** One sentence over the summary: staffed, or how many short where. */
export function headline(s: PlanSummary): string {
  const n = (v: number) => formatNumber(v);
  if (s.officers_missing > 0 || s.posts_short > 0) {
    return t('headlineShort', { posts: n(s.posts), tps: n(s.tps), missing: n(s.officers_missing), short: n(s.posts_short) });
  }
  return t('headlineOk', { posts: n(s.posts), tps: n(s.tps) });
}

// --- NRP lists ----------------------------------------------------------------------

/**
 * NRPs typed into a box, separated by spaces, commas, semicolons or lines;
 * duplicates dropped (first kept). An NRP is digits only (Polri NRP 8, a
 * civil servant's NIP 18); anything else is returned as invalid.
 */
export function parseNrps(text: string): { nrps: string[]; invalid: string[] } {
  const nrps: string[] = [];
  const invalid: string[] = [];
  for (const token of text.split(/[\s,;]+/)) {
    if (!token) continue;
    if (/^\d{4,20}$/.test(token)) {
      if (!nrps.includes(token)) nrps.push(token);
    } else if (!invalid.includes(token)) invalid.push(token);
  }
  return { nrps, invalid };
}

// --- pattern form -------------------------------------------------------------------

/** The form keeps text, keyed "rawan.officers" as the server names its fields. */
export type PatternForm = Record<string, string>;

export function fieldKey(c: TpsClass, f: PatternField): string {
  return `${c}.${f}`;
}

export const PATTERN_KEYS: readonly string[] = CLASSES.flatMap((c) => PATTERN_FIELDS.map((f) => fieldKey(c, f)));

/** The 2020 national pattern (the server's default, src/domain/deployment.cpp). */
export function nationalPattern2020(): PatternSet {
  return {
    kurang_rawan: { officers: 2, tps_per_post: 10, linmas_per_tps: 2, tni_per_post: 0, max_distance_m: 2000 },
    rawan: { officers: 2, tps_per_post: 2, linmas_per_tps: 2, tni_per_post: 0, max_distance_m: 1000 },
    sangat_rawan: { officers: 2, tps_per_post: 1, linmas_per_tps: 2, tni_per_post: 0, max_distance_m: 0 },
    khusus: { officers: 2, tps_per_post: 1, linmas_per_tps: 2, tni_per_post: 0, max_distance_m: 0 },
  };
}

export function patternToForm(set: Partial<PatternSet>): PatternForm {
  const form: PatternForm = {};
  for (const c of CLASSES) {
    for (const f of PATTERN_FIELDS) {
      const v = set[c]?.[f];
      form[fieldKey(c, f)] = v === undefined || v === null ? '' : String(v);
    }
  }
  return form;
}

function parseNumber(text: string | undefined): number | null {
  const s = (text ?? '').trim().replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

const MINIMUM: Record<PatternField, number> = {
  officers: 2,
  tps_per_post: 1,
  linmas_per_tps: 0,
  tni_per_post: 0,
  max_distance_m: 0,
};

/**
 * Checks the form as the server does: counts whole numbers, P >= 2, T >= 1,
 * nothing negative. Every wrong field is named (the server names the first);
 * `set` is null when any is wrong.
 */
export function validatePatternForm(form: PatternForm): { set: PatternSet | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const set = {} as PatternSet;
  for (const c of CLASSES) {
    const p = {} as GuardPattern;
    for (const f of PATTERN_FIELDS) {
      const key = fieldKey(c, f);
      const v = parseNumber(form[key]);
      if (v === null) {
        errors[key] = f === 'max_distance_m' ? t('err_number') : t('err_integer');
        continue;
      }
      if (f !== 'max_distance_m' && !Number.isInteger(v)) {
        errors[key] = t('err_integer');
        continue;
      }
      if (v < MINIMUM[f]) {
        errors[key] = t(`err_${f}`);
        continue;
      }
      p[f] = v;
    }
    set[c] = p;
  }
  return { set: Object.keys(errors).length ? null : set, errors };
}

// --- groupings ----------------------------------------------------------------------

export interface SectorShortfall {
  sector_code: string;
  sector_name: string;
  posts: ShortfallItem[];
  missing: number;
}

/** The shortfall per sector, the sector short of most officers first; posts by number. */
export function shortfallBySector(items: readonly ShortfallItem[]): SectorShortfall[] {
  const by = new Map<string, SectorShortfall>();
  for (const it of items) {
    let g = by.get(it.sector_code);
    if (!g) {
      g = { sector_code: it.sector_code, sector_name: it.sector_name, posts: [], missing: 0 };
      by.set(it.sector_code, g);
    }
    g.posts.push(it);
    g.missing += it.officers_missing;
  }
  const groups = [...by.values()];
  for (const g of groups) g.posts.sort((a, b) => a.post - b.post);
  return groups.sort((a, b) => b.missing - a.missing || a.sector_name.localeCompare(b.sector_name));
}

export interface UnitOfficers {
  unit_code: string;
  unit_name: string;
  officers: Officer[];
}

/** Officers per home unit, units by name, officers by name. */
export function groupByUnit(officers: readonly Officer[]): UnitOfficers[] {
  const by = new Map<string, UnitOfficers>();
  for (const o of officers) {
    let g = by.get(o.unit_code);
    if (!g) {
      g = { unit_code: o.unit_code, unit_name: o.unit_name || o.unit_code, officers: [] };
      by.set(o.unit_code, g);
    }
    g.officers.push(o);
  }
  const groups = [...by.values()];
  for (const g of groups) g.officers.sort((a, b) => a.name.localeCompare(b.name) || a.nrp.localeCompare(b.nrp));
  return groups.sort((a, b) => a.unit_name.localeCompare(b.unit_name));
}

export interface ChangeGroup {
  kind: ChangeKind;
  items: DiffChange[];
}

/** The changes of a diff by kind (removed, assigned, released, moved), each by name; empty kinds left out. */
export function groupChanges(changes: readonly DiffChange[]): ChangeGroup[] {
  const out: ChangeGroup[] = [];
  for (const kind of CHANGE_KINDS) {
    const items = changes.filter((c) => c.change === kind).sort((a, b) => a.name.localeCompare(b.name) || a.nrp.localeCompare(b.nrp));
    if (items.length) out.push({ kind, items });
  }
  // A kind the server adds later still shows, after the known ones.
  const other = changes.filter((c) => !(CHANGE_KINDS as readonly string[]).includes(c.change));
  if (other.length) out.push({ kind: other[0]!.change, items: other });
  return out;
}

/** The posts the map shows with the filters of the screen. */
export function filterPosts(posts: readonly Post[], sector: string, onlyShort: boolean): Post[] {
  return posts.filter((p) => (!sector || p.sector_code === sector) && (!onlyShort || p.officers_missing > 0));
}

/** Sectors present among the posts, by name. */
export function sectorsOf(posts: readonly Post[]): { code: string; name: string }[] {
  const by = new Map<string, string>();
  for (const p of posts) if (!by.has(p.sector_code)) by.set(p.sector_code, p.sector_name || p.sector_code);
  return [...by.entries()].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The strictest class among a post's TPS decides its pattern; used when a TPS has none. */
export function classOf(c: TpsClass | null | undefined): TpsClass | null {
  return c && (CLASSES as readonly string[]).includes(c) ? c : null;
}

/**
 * The form field a server error names, among `known`: "bko[2]" and "bko.2"
 * are the field "bko", "patterns.rawan.officers" is "rawan.officers"; null
 * when the error names none of them.
 */
export function knownField<F extends string>(field: string | null | undefined, known: readonly F[]): F | null {
  if (!field) return null;
  let f = field.replace(/^patterns\./, '');
  if ((known as readonly string[]).includes(f)) return f as F;
  f = f.replace(/\[\d+\]$/, '').replace(/\.\d+$/, '');
  if ((known as readonly string[]).includes(f)) return f as F;
  const head = f.split(/[.[]/)[0]!;
  return (known as readonly string[]).includes(head) ? (head as F) : null;
}

/**
 * Units a plan can be made for by a user of unit `own`: Polres, Polda or Mabes
 * at or below their own unit (all of them when `everywhere`), by name.
 */
export function plannableUnits(units: readonly Unit[], own: string, everywhere: boolean): Unit[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const below = (u: Unit): boolean => {
    const seen = new Set<string>();
    for (let c: Unit | undefined = u; c && !seen.has(c.code); c = c.parent_code ? byCode.get(c.parent_code) : undefined) {
      if (c.code === own) return true;
      seen.add(c.code);
    }
    return false;
  };
  return units.filter((u) => u.level !== 'polsek' && (everywhere || below(u))).sort((a, b) => a.name.localeCompare(b.name));
}
