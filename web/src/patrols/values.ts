// Pure helpers of the patrol screens: clock times and windows in the unit's
// zone, the create request from the form's draft, where a server error's
// `field` ("stops[2].window_close") is shown, compliance counts kept in step
// with the live events, team colours, and the queue of GPS points the phone
// sends in batches (kept while offline, retried). No DOM, no Leaflet.

import { ApiError } from '../core/api';
import { ZONE_OFFSET_HOURS } from '../core/time';
import type { TimeZoneName } from '../core/types';
import { type CrewPick, crewInput } from './crew';
import type {
  AlertEvent,
  Compliance,
  Counts,
  NeedInput,
  PatrolKind,
  Plan,
  PlanInput,
  PositionPoint,
  Profile,
  Stop,
  StopInput,
  StopStatus,
  Team,
  TeamInput,
} from './types';
import { STOP_STATUSES } from './types';

// --- clock times ---------------------------------------------------------------------

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function zoneOf(z: string | null | undefined, fallback: TimeZoneName = 'WIB'): TimeZoneName {
  return z === 'WIB' || z === 'WITA' || z === 'WIT' ? z : fallback;
}

/** The local day (YYYY-MM-DD) and clock (HH:MM) of a UTC instant in `zone`; null when unreadable. */
export function localParts(iso: string | null | undefined, zone: TimeZoneName): { day: string; clock: string } | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const s = new Date(ms + ZONE_OFFSET_HOURS[zone] * 3_600_000);
  return {
    day: `${s.getUTCFullYear()}-${pad(s.getUTCMonth() + 1)}-${pad(s.getUTCDate())}`,
    clock: `${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}`,
  };
}

function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);
}

/**
 * "21:00", or "01:00 (+1)" when the instant falls on a later local day than
 * the plan's date (a night shift); "" when there is no time.
 */
export function formatClock(iso: string | null | undefined, zone: TimeZoneName, planDate?: string): string {
  const p = localParts(iso, zone);
  if (!p) return '';
  const d = planDate && /^\d{4}-\d{2}-\d{2}$/.test(planDate) ? dayDiff(planDate, p.day) : 0;
  return d === 0 ? p.clock : `${p.clock} (${d > 0 ? '+' : ''}${d})`;
}

/** A window as "21:00–23:00 WIB", "23:00–01:00 (+1) WIB" past midnight. */
export function formatWindow(openAt: string | null | undefined, closeAt: string | null | undefined, zone: TimeZoneName, planDate?: string): string {
  const a = formatClock(openAt, zone, planDate);
  const b = formatClock(closeAt, zone, planDate);
  if (!a && !b) return '';
  // Both on the same later day: the mark once, at the end ("02:00–03:00 (+1)").
  const ma = / \(([+-]?\d+)\)$/.exec(a);
  const mb = / \(([+-]?\d+)\)$/.exec(b);
  if (ma && mb && ma[1] === mb[1]) return `${a.slice(0, 5)}–${b} ${zone}`;
  return `${a || '?'}–${b || '?'} ${zone}`;
}

/** Minutes a team waits at a stop before its window opens (planned start − arrival), 0 when none. */
export function waitMinutes(arrivalAt: string | null | undefined, startAt: string | null | undefined): number {
  if (!arrivalAt || !startAt) return 0;
  const d = (Date.parse(startAt) - Date.parse(arrivalAt)) / 60_000;
  return Number.isFinite(d) && d >= 1 ? Math.round(d) : 0;
}

/** A window from its HH:MM texts only (the server's `window_open`/`window_close`). */
export function formatClockRange(open: string, close: string, zone: TimeZoneName): string {
  const next = isClock(open) && isClock(close) && clockMinutes(close) <= clockMinutes(open);
  return `${open}–${close}${next ? ' (+1)' : ''} ${zone}`;
}

export function isClock(s: string | null | undefined): s is string {
  return !!s && /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
}

export function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

export function clockOf(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

export function addClock(hhmm: string, minutes: number): string {
  return clockOf(clockMinutes(hhmm) + minutes);
}

/**
 * The times a recurring need expands into: `from`, `from + every`, … before
 * `to` (a `to` at or before `from` is the next day), as the server does.
 * Capped at 48 occurrences; [] for unreadable input.
 */
export function expandNeed(from: string, to: string, everyMinutes: number): string[] {
  if (!isClock(from) || !isClock(to) || !Number.isFinite(everyMinutes) || everyMinutes <= 0) return [];
  const start = clockMinutes(from);
  let end = clockMinutes(to);
  if (end <= start) end += 1440;
  const out: string[] = [];
  for (let t = start; t < end && out.length < 48; t += everyMinutes) out.push(clockOf(t));
  return out;
}

/** Minutes and seconds of a duration: 125 → "2 mnt 5 dtk" style is left to words; this gives whole minutes. */
export function wholeMinutes(seconds: number | null | undefined): number {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return 0;
  return Math.round(seconds / 60);
}

// --- the plan form's draft -------------------------------------------------------------

export interface TeamDraft {
  key: number;
  field_unit_id: string;
  vehicle_item_id: string;
  profile: Profile;
  capacity: string;
  partners: string;
  /** Polri personnel and partner members, in the order picked. */
  crew: CrewPick[];
}

export type StopSource = 'object' | 'tps';

export interface StopDraft {
  key: number;
  source: StopSource;
  object_id: string;
  tps: { id: number; label: string } | null;
  window_open: string;
  window_close: string;
  service_minutes: string;
  priority: string;
  demand: string;
}

export interface NeedDraft {
  key: number;
  object_id: string;
  every_minutes: string;
  from: string;
  to: string;
  window_minutes: string;
  service_minutes: string;
  priority: string;
}

export interface ChainDraft {
  direction: 'berangkat' | 'kembali';
  leg: 'gudang_ppk' | 'ppk_pps' | 'pps_tps';
  /** The PPK (leg ppk_pps) or PPS (leg pps_tps) the leg starts from. */
  from_object_id: string;
  boxes_per_tps: string;
  /** Delivery window; empty = the server's 06:00–18:00. */
  window_open: string;
  window_close: string;
}

/** The object kind a chain leg starts from (null: the regency's KPU warehouse). */
export function chainFromKind(leg: ChainDraft['leg']): 'ppk' | 'pps' | null {
  return leg === 'ppk_pps' ? 'ppk' : leg === 'pps_tps' ? 'pps' : null;
}

export interface PlanDraft {
  unit_id: string;
  kind: PatrolKind;
  name: string;
  date: string;
  shift_start: string;
  shift_end: string;
  depot_unit_id: string;
  teams: TeamDraft[];
  stops: StopDraft[];
  needs: NeedDraft[];
  useChain: boolean;
  chain: ChainDraft;
}

let nextKey = 1;
export function rowKey(): number {
  return nextKey++;
}

export function emptyTeam(): TeamDraft {
  return { key: rowKey(), field_unit_id: '', vehicle_item_id: '', profile: 'mobil', capacity: '', partners: '', crew: [] };
}

export function emptyStop(open = '20:00', close = '22:00'): StopDraft {
  return { key: rowKey(), source: 'object', object_id: '', tps: null, window_open: open, window_close: close, service_minutes: '15', priority: '3', demand: '0' };
}

export function emptyNeed(): NeedDraft {
  return { key: rowKey(), object_id: '', every_minutes: '240', from: '22:00', to: '06:00', window_minutes: '60', service_minutes: '15', priority: '3' };
}

export function emptyDraft(unitId: number | null, date: string): PlanDraft {
  const u = unitId === null ? '' : String(unitId);
  return {
    unit_id: u,
    kind: 'patroli_gabungan',
    name: '',
    date,
    shift_start: '20:00',
    shift_end: '06:00',
    depot_unit_id: u,
    teams: [emptyTeam()],
    stops: [],
    needs: [],
    useChain: false,
    chain: { direction: 'berangkat', leg: 'gudang_ppk', from_object_id: '', boxes_per_tps: '2', window_open: '', window_close: '' },
  };
}

/** Why the draft cannot be sent yet, by field path (same paths as the server's). */
export type Problem = 'required' | 'number' | 'clock' | 'noTeam' | 'noStop';

function intOf(s: string): number | null {
  const t = s.trim();
  if (!/^-?\d+$/.test(t)) return null;
  return Number(t);
}

function numOf(s: string): number | null {
  const t = s.trim().replace(',', '.');
  if (t === '' || !/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** The create request, or the problems (keyed like the server's `field`) that keep it from being sent. */
export function buildPlanInput(d: PlanDraft): { input: PlanInput | null; problems: Record<string, Problem> } {
  const problems: Record<string, Problem> = {};
  const unitId = intOf(d.unit_id);
  if (unitId === null) problems.unit_id = 'required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) problems.date = 'required';
  if (!isClock(d.shift_start)) problems.shift_start = 'clock';
  if (!isClock(d.shift_end)) problems.shift_end = 'clock';
  const depot = intOf(d.depot_unit_id) ?? unitId;
  if (d.teams.length === 0) problems.teams = 'noTeam';
  if (d.stops.length === 0 && d.needs.length === 0 && !(d.kind === 'pengawalan_logistik' && d.useChain)) problems.stops = 'noStop';

  const teams: TeamInput[] = d.teams.map((t, i) => {
    const fu = intOf(t.field_unit_id);
    if (fu === null) problems[`teams[${i}].field_unit_id`] = 'required';
    const team: TeamInput = { field_unit_id: fu ?? 0, profile: t.profile, crew: t.crew.map(crewInput) };
    const v = intOf(t.vehicle_item_id);
    if (v !== null) team.vehicle_item_id = v;
    if (t.capacity.trim()) {
      const c = numOf(t.capacity);
      if (c === null || c < 0) problems[`teams[${i}].capacity`] = 'number';
      else team.capacity = c;
    }
    if (t.partners.trim()) team.partners = t.partners.trim();
    return team;
  });

  const stops: StopInput[] = d.stops.map((s, i) => {
    const p = `stops[${i}]`;
    const stop: StopInput = { window_open: s.window_open, window_close: s.window_close, service_minutes: 0 };
    if (s.source === 'object') {
      const id = intOf(s.object_id);
      if (id === null) problems[`${p}.object_id`] = 'required';
      else stop.object_id = id;
    } else if (s.tps) stop.tps_id = s.tps.id;
    else problems[`${p}.tps_id`] = 'required';
    if (!isClock(s.window_open)) problems[`${p}.window_open`] = 'clock';
    if (!isClock(s.window_close)) problems[`${p}.window_close`] = 'clock';
    const svc = intOf(s.service_minutes);
    if (svc === null || svc < 0) problems[`${p}.service_minutes`] = 'number';
    else stop.service_minutes = svc;
    const pr = intOf(s.priority);
    if (pr === null || pr < 1 || pr > 5) problems[`${p}.priority`] = 'number';
    else stop.priority = pr;
    const dm = s.demand.trim() === '' ? 0 : numOf(s.demand);
    if (dm === null || dm < 0) problems[`${p}.demand`] = 'number';
    else stop.demand = dm;
    return stop;
  });

  const needs: NeedInput[] = d.needs.map((n, i) => {
    const p = `needs[${i}]`;
    const need: NeedInput = { every_minutes: 0, from: n.from, to: n.to, window_minutes: 0, service_minutes: 0 };
    const id = intOf(n.object_id);
    if (id === null) problems[`${p}.object_id`] = 'required';
    else need.object_id = id;
    for (const f of ['every_minutes', 'window_minutes', 'service_minutes'] as const) {
      const v = intOf(n[f]);
      if (v === null || v < (f === 'service_minutes' ? 0 : 1)) problems[`${p}.${f}`] = 'number';
      else need[f] = v;
    }
    if (!isClock(n.from)) problems[`${p}.from`] = 'clock';
    if (!isClock(n.to)) problems[`${p}.to`] = 'clock';
    const pr = intOf(n.priority);
    if (pr === null || pr < 1 || pr > 5) problems[`${p}.priority`] = 'number';
    else need.priority = pr;
    return need;
  });

  if (d.kind === 'pengawalan_logistik' && d.useChain) {
    const c = d.chain;
    if (chainFromKind(c.leg) && intOf(c.from_object_id) === null) problems['chain.from_object_id'] = 'required';
    if (c.boxes_per_tps.trim() && (intOf(c.boxes_per_tps) === null || intOf(c.boxes_per_tps)! < 0)) problems['chain.boxes_per_tps'] = 'number';
    for (const f of ['window_open', 'window_close'] as const) if (c[f] && !isClock(c[f])) problems[`chain.${f}`] = 'clock';
  }
  if (Object.keys(problems).length) return { input: null, problems };
  const input: PlanInput = {
    unit_id: unitId!,
    kind: d.kind,
    ...(d.name.trim() ? { name: d.name.trim() } : {}),
    date: d.date,
    shift_start: d.shift_start,
    shift_end: d.shift_end,
    depot_unit_id: depot!,
    teams,
    stops,
    needs,
  };
  if (d.kind === 'pengawalan_logistik' && d.useChain) {
    const c = d.chain;
    const boxes = intOf(c.boxes_per_tps);
    input.chain = { direction: c.direction, leg: c.leg, ...(boxes !== null ? { boxes_per_tps: boxes } : {}) };
    const from = intOf(c.from_object_id);
    if (chainFromKind(c.leg) && from !== null) input.chain.from_object_id = from;
    if (isClock(c.window_open)) input.chain.window_open = c.window_open;
    if (isClock(c.window_close)) input.chain.window_close = c.window_close;
  }
  return { input, problems };
}

// --- where a server error is shown -------------------------------------------------------

/** "stops[2].window_close" → ["stops", 2, "window_close"]; "stops.2.demand" is read the same. */
export function fieldPath(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of field.split('.')) {
    const re = /([^[\]]+)|\[(\d+)\]/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(part))) {
      if (m[2] !== undefined) out.push(Number(m[2]));
      else if (/^\d+$/.test(m[1]!)) out.push(Number(m[1]));
      else out.push(m[1]!);
    }
  }
  return out;
}

/** ["stops", 2, "window_close"] → "stops[2].window_close". */
export function pathKey(path: readonly (string | number)[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

/** A stop or need names its place by any of these; the form has one input for them. */
const TARGET_ALIASES = new Set(['object_id', 'tps_id', 'name', 'position']);

/**
 * The form key a server `field` is shown under: the field itself when the form
 * has it ("stops[2].window_close"), the row's place input for object_id /
 * tps_id / name / position, else the nearest enclosing key the form has
 * ("stops[2]", then "stops"); null when none (shown above the buttons).
 */
export function placeFieldError(field: string | null | undefined, known: ReadonlySet<string>): string | null {
  if (!field) return null;
  const path = fieldPath(field);
  if (!path.length) return null;
  const last = path[path.length - 1];
  if (typeof last === 'string' && TARGET_ALIASES.has(last) && path.length >= 3) {
    const target = pathKey([...path.slice(0, -1), 'target']);
    if (known.has(target)) return target;
  }
  for (let n = path.length; n > 0; n--) {
    const k = pathKey(path.slice(0, n));
    if (known.has(k)) return k;
  }
  return null;
}

/** The keys of every input the draft shows (for placeFieldError). */
export function knownFields(d: PlanDraft): Set<string> {
  const k = new Set(['unit_id', 'kind', 'name', 'date', 'shift_start', 'shift_end', 'depot_unit_id', 'teams', 'stops', 'needs', 'chain']);
  d.teams.forEach((_, i) => {
    for (const f of ['', '.field_unit_id', '.vehicle_item_id', '.profile', '.capacity', '.partners', '.crew']) k.add(`teams[${i}]${f}`);
    // `teams[0].crew[1].personnel_id` goes on that chip.
    d.teams[i]!.crew.forEach((_, j) => k.add(`teams[${i}].crew[${j}]`));
  });
  d.stops.forEach((_, i) => {
    for (const f of ['', '.target', '.window_open', '.window_close', '.service_minutes', '.priority', '.demand']) k.add(`stops[${i}]${f}`);
  });
  d.needs.forEach((_, i) => {
    for (const f of ['', '.target', '.every_minutes', '.from', '.to', '.window_minutes', '.service_minutes', '.priority']) k.add(`needs[${i}]${f}`);
  });
  for (const f of ['direction', 'leg', 'from_object_id', 'boxes_per_tps', 'window_open', 'window_close']) k.add(`chain.${f}`);
  return k;
}

/** The client's own problems under the same keys as the server's errors. */
export function problemKeys(problems: Record<string, Problem>, known: ReadonlySet<string>): Record<string, Problem> {
  const out: Record<string, Problem> = {};
  for (const [f, p] of Object.entries(problems)) {
    const k = placeFieldError(f, known) ?? f;
    if (!(k in out)) out[k] = p;
  }
  return out;
}

// --- compliance ---------------------------------------------------------------------------

export function emptyCounts(): Counts {
  return { total: 0, selesai: 0, terlambat: 0, terlewat: 0, menunggu: 0 };
}

export function isStopStatus(s: string): s is StopStatus {
  return (STOP_STATUSES as readonly string[]).includes(s);
}

/** Counts of the served stops (those on a team's route) by status. */
export function countStops(stops: readonly Stop[], teamId?: number): Counts {
  const c = emptyCounts();
  for (const s of stops) {
    if (s.team_id === null || s.team_id === undefined) continue;
    if (teamId !== undefined && s.team_id !== teamId) continue;
    c.total++;
    if (isStopStatus(s.status)) c[s.status]++;
    else c.menunggu++;
  }
  return c;
}

/** The plan with one stop's status changed and its counts taken again; the same plan when nothing changes. */
export function withStopStatus(p: Plan, stopId: number, status: string, visitedAt?: string | null): Plan {
  const at = p.stops.findIndex((s) => s.id === stopId);
  if (at < 0) return p;
  const old = p.stops[at]!;
  if (old.status === status && (visitedAt === undefined || old.visited_at === visitedAt)) return p;
  const stops = [...p.stops];
  stops[at] = { ...old, status, visited_at: visitedAt === undefined ? old.visited_at : visitedAt };
  return { ...p, stops, compliance: countStops(stops) };
}

/** A team's stops in route order (its route's stop_ids, else route_order). */
export function routeStops(p: { stops: readonly Stop[] }, team: Team): Stop[] {
  const byId = new Map(p.stops.map((s) => [s.id, s]));
  const ids = team.route?.stop_ids;
  if (ids && ids.length) return ids.map((id) => byId.get(id)).filter((s): s is Stop => !!s);
  return p.stops.filter((s) => s.team_id === team.id).sort((a, b) => (a.route_order ?? 0) - (b.route_order ?? 0));
}

/** Stops on no route: the server's `unserved` first, then any other stop left without a team after solving. */
export function unservedStops(p: Plan): { stop: Stop; label: string; label_en: string; reason: string }[] {
  const byId = new Map(p.stops.map((s) => [s.id, s]));
  const out: { stop: Stop; label: string; label_en: string; reason: string }[] = [];
  const seen = new Set<number>();
  for (const u of p.unserved ?? []) {
    const stop = byId.get(u.stop_id);
    if (!stop || seen.has(stop.id)) continue;
    seen.add(stop.id);
    out.push({ stop, label: u.label, label_en: u.label_en, reason: u.reason });
  }
  if (p.status === 'direncanakan') {
    for (const s of p.stops) {
      if (s.team_id === null && !seen.has(s.id) && s.unserved_reason) {
        out.push({ stop: s, label: s.unserved_label ?? s.unserved_reason, label_en: s.unserved_label_en ?? s.unserved_label ?? s.unserved_reason, reason: s.unserved_reason });
      }
    }
  }
  return out;
}

/** One colour per team, distinct for up to 10, then repeating. */
export const TEAM_COLORS = ['#1f6feb', '#d9480f', '#2b8a3e', '#862e9c', '#c2255c', '#0c8599', '#e67700', '#5c940d', '#364fc7', '#a61e4d'];

export function teamColor(index: number): string {
  return TEAM_COLORS[((index % TEAM_COLORS.length) + TEAM_COLORS.length) % TEAM_COLORS.length]!;
}

export const STATUS_COLORS: Record<StopStatus, string> = {
  selesai: '#2b8a3e',
  terlambat: '#e0a100',
  terlewat: '#c92a2a',
  menunggu: '#868e96',
};

export function statusColor(s: string): string {
  return isStopStatus(s) ? STATUS_COLORS[s] : '#868e96';
}

// --- alerts: live, and those raised before the page opened -----------------------------

/** A line of the plan page's alert area. */
export interface AlertLine {
  key: string;
  /** `live`: a patrol.alert event (beeped); `earlier`: already so when the page opened (from the compliance). */
  source: 'live' | 'earlier';
  stop_id: number;
  team_id: number | null;
  kind: 'terlewat' | 'terlambat' | string;
  stop_name: string;
  call_sign: string;
  window_close_at: string;
  visited_at: string | null;
}

/** Dismissed lines stay dismissed for this stop and kind. */
export function alertId(a: { stop_id: number; kind: string }): string {
  return `${a.stop_id}:${a.kind}`;
}

export function liveAlertLine(e: AlertEvent): AlertLine {
  return {
    key: `live:${alertId(e)}`,
    source: 'live',
    stop_id: e.stop_id,
    team_id: e.team_id,
    kind: e.kind,
    stop_name: e.stop_name,
    call_sign: e.call_sign,
    window_close_at: e.window_close_at,
    visited_at: null,
  };
}

/**
 * The stops of a team's route already `terlewat` or `terlambat` in the
 * compliance report, as lines (most recently closed window first), except
 * those already shown or dismissed.
 */
export function earlierAlerts(
  c: Compliance,
  teams: readonly { id: number; call_sign: string }[],
  shown: readonly AlertLine[],
  dismissed: ReadonlySet<string>,
): AlertLine[] {
  const sign = new Map<number, string>();
  for (const t of c.teams ?? []) sign.set(t.team_id, t.call_sign);
  for (const t of teams) sign.set(t.id, t.call_sign);
  const have = new Set(shown.map(alertId));
  const shownStops = new Set(shown.map((a) => a.stop_id));
  return (c.stops ?? [])
    .filter((s) => (s.status === 'terlewat' || s.status === 'terlambat') && s.team_id !== null && s.team_id !== undefined)
    .filter((s) => !have.has(alertId({ stop_id: s.stop_id, kind: s.status })) && !shownStops.has(s.stop_id) && !dismissed.has(alertId({ stop_id: s.stop_id, kind: s.status })))
    .map(
      (s): AlertLine => ({
        key: `earlier:${s.stop_id}:${s.status}`,
        source: 'earlier',
        stop_id: s.stop_id,
        team_id: s.team_id,
        kind: s.status,
        stop_name: s.name,
        call_sign: sign.get(s.team_id!) ?? '',
        window_close_at: s.window_close_at,
        visited_at: s.visited_at,
      }),
    )
    .sort((a, b) => (Date.parse(b.window_close_at) || 0) - (Date.parse(a.window_close_at) || 0) || a.stop_id - b.stop_id);
}

/** A live alert goes on top and replaces any line of the same stop (a late tap after a miss, a line from the opening). */
export function withLiveAlert(lines: readonly AlertLine[], e: AlertEvent, max = 50): AlertLine[] {
  const line = liveAlertLine(e);
  return [line, ...lines.filter((l) => l.stop_id !== e.stop_id)].slice(0, max);
}

/** Only a same-origin API path is linked (the server's `photo_url`); anything else is not shown. */
export function safePhotoUrl(url: string | null | undefined): string | null {
  return typeof url === 'string' && /^\/api\/v1\/[A-Za-z0-9/_.-]+$/.test(url) && !url.includes('..') ? url : null;
}

// --- distance ---------------------------------------------------------------------------

export function distanceM(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const R = 6_371_000;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

// --- GPS points and their batches ---------------------------------------------------------

/** An instant as the positions API takes it: "2026-11-28T02:15:00Z" (whole seconds). */
export function isoSecond(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A device fix as a point: 6 decimals (~10 cm), accuracy in whole metres within 0..100000. */
export function toPoint(lat: number, lon: number, accuracy: number | null | undefined, timestampMs: number): PositionPoint {
  const acc = accuracy === null || accuracy === undefined || !Number.isFinite(accuracy) ? 0 : Math.min(100_000, Math.max(0, Math.round(accuracy)));
  return { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6, at: isoSecond(timestampMs), accuracy_m: acc };
}

/** A new fix is kept when it moved at least `minMeters` or `minSeconds` passed since the last kept one. */
export function worthKeeping(last: PositionPoint | null, next: PositionPoint, minMeters = 10, minSeconds = 15): boolean {
  if (!last) return true;
  const dt = (Date.parse(next.at) - Date.parse(last.at)) / 1000;
  if (dt < 0) return false;
  return dt >= minSeconds || distanceM(last, next) >= minMeters;
}

/** The server takes 1..1000 points a request. */
export const BATCH_MAX = 1000;
/** Points kept while the phone is offline; the oldest go first past this. */
export const QUEUE_MAX = 5000;

/**
 * The points waiting to be sent, in order. A batch is taken from the front,
 * sent, and dropped on an answer (stored or rejected alone by the server); on
 * a failure that may pass (no network, 5xx, 429, 408) it stays and is sent
 * again after a growing wait; on any other refusal it is dropped so the
 * queue cannot stick.
 */
export class PositionQueue {
  private points: PositionPoint[];
  constructor(initial: readonly PositionPoint[] = [], readonly max = QUEUE_MAX) {
    this.points = initial.slice(-max);
  }
  get size(): number {
    return this.points.length;
  }
  get all(): readonly PositionPoint[] {
    return this.points;
  }
  last(): PositionPoint | null {
    return this.points[this.points.length - 1] ?? null;
  }
  /** Adds a point; returns how many old points were dropped to make room. */
  add(p: PositionPoint): number {
    this.points.push(p);
    const over = this.points.length - this.max;
    if (over > 0) this.points.splice(0, over);
    return Math.max(0, over);
  }
  /** The next batch (not removed until `done`). */
  batch(max = BATCH_MAX): PositionPoint[] {
    return this.points.slice(0, Math.min(max, BATCH_MAX));
  }
  /** Removes the first `n` points (a batch that was answered). */
  done(n: number): void {
    this.points.splice(0, n);
  }
}

/** Whether a failed batch is worth sending again. */
export function retryable(e: unknown): boolean {
  if (!(e instanceof ApiError)) return true;
  return e.status === 0 || e.status === 408 || e.status === 429 || e.status >= 500;
}

/** Wait before the n-th retry (n from 1): 2 s, 4 s, 8 s … at most 60 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(60_000, 2000 * 2 ** Math.max(0, attempt - 1));
}

/** When a batch goes: enough points, or the oldest waited long enough. */
export function dueToSend(queued: number, oldestAt: string | null, nowMs: number, minPoints = 10, maxWaitMs = 15_000): boolean {
  if (queued === 0) return false;
  if (queued >= minPoints) return true;
  if (!oldestAt) return true;
  return nowMs - Date.parse(oldestAt) >= maxWaitMs;
}

// --- track replay -------------------------------------------------------------------------

/** The index of the last point at or before `ms` (0 before the first). */
export function indexAt(points: readonly { at: string }[], ms: number): number {
  let lo = 0;
  let hi = points.length - 1;
  if (hi < 0) return 0;
  if (ms < Date.parse(points[0]!.at)) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (Date.parse(points[mid]!.at) <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
