import { describe, expect, it } from 'vitest';
import { ApiError } from '../core/api';
import type { Plan, Stop, Team } from './types';
import {
  addClock,
  buildPlanInput,
  countStops,
  dueToSend,
  emptyDraft,
  emptyNeed,
  emptyStop,
  expandNeed,
  fieldPath,
  formatClock,
  formatClockRange,
  formatWindow,
  indexAt,
  isoSecond,
  knownFields,
  pathKey,
  placeFieldError,
  PositionQueue,
  problemKeys,
  retryable,
  retryDelayMs,
  routeStops,
  teamColor,
  toPoint,
  unservedStops,
  waitMinutes,
  withStopStatus,
  worthKeeping,
} from './values';

describe('clock times in the unit zone', () => {
  it('shows an instant as HH:MM in WIB, WITA and WIT', () => {
    expect(formatClock('2026-11-28T14:00:00Z', 'WIB')).toBe('21:00');
    expect(formatClock('2026-11-28T14:00:00Z', 'WITA')).toBe('22:00');
    expect(formatClock('2026-11-28T14:00:00Z', 'WIT')).toBe('23:00');
  });
  it('marks a time on the next local day of a night shift', () => {
    expect(formatClock('2026-11-28T18:30:00Z', 'WIB', '2026-11-28')).toBe('01:30 (+1)');
    expect(formatClock('2026-11-28T10:00:00Z', 'WIB', '2026-11-28')).toBe('17:00');
  });
  it('formats a window with its zone, across midnight', () => {
    expect(formatWindow('2026-11-28T14:00:00Z', '2026-11-28T16:00:00Z', 'WIB', '2026-11-28')).toBe('21:00–23:00 WIB');
    expect(formatWindow('2026-11-28T16:00:00Z', '2026-11-28T18:00:00Z', 'WIB', '2026-11-28')).toBe('23:00–01:00 (+1) WIB');
    expect(formatWindow('2026-11-28T19:00:00Z', '2026-11-28T20:00:00Z', 'WIB', '2026-11-28')).toBe('02:00–03:00 (+1) WIB');
    expect(formatWindow(null, null, 'WIT')).toBe('');
  });
  it('tells how long a team waits for a window', () => {
    expect(waitMinutes('2026-11-28T15:55:31Z', '2026-11-28T19:00:00Z')).toBe(184);
    expect(waitMinutes('2026-11-28T15:00:00Z', '2026-11-28T15:00:20Z')).toBe(0);
    expect(waitMinutes(null, '2026-11-28T15:00:00Z')).toBe(0);
  });
  it('formats a shift from its HH:MM texts', () => {
    expect(formatClockRange('20:00', '06:00', 'WIB')).toBe('20:00–06:00 (+1) WIB');
    expect(formatClockRange('08:00', '16:00', 'WITA')).toBe('08:00–16:00 WITA');
  });
  it('adds minutes to a clock, wrapping at midnight', () => {
    expect(addClock('23:30', 45)).toBe('00:15');
    expect(addClock('00:10', -20)).toBe('23:50');
  });
  it('expands a recurring need like the server: every 4 h from 22:00 until 06:00', () => {
    expect(expandNeed('22:00', '06:00', 240)).toEqual(['22:00', '02:00']);
    expect(expandNeed('22:00', '06:01', 240)).toEqual(['22:00', '02:00', '06:00']);
    expect(expandNeed('08:00', '12:00', 60)).toEqual(['08:00', '09:00', '10:00', '11:00']);
    expect(expandNeed('08:00', '08:00', 0)).toEqual([]);
    expect(expandNeed('8:00', '12:00', 60)).toEqual([]);
  });
});

describe('the create request', () => {
  it('is built from a complete draft', () => {
    const d = emptyDraft(7, '2026-11-28');
    d.name = ' Patroli KPU malam ';
    d.teams[0]!.field_unit_id = '166';
    d.teams[0]!.vehicle_item_id = '31';
    d.teams[0]!.partners = 'TNI 2';
    d.stops = [{ ...emptyStop('21:00', '23:00'), object_id: '22', priority: '5' }, { ...emptyStop('22:00', '02:00'), source: 'tps', tps: { id: 901, label: 'TPS 1' }, service_minutes: '10' }];
    d.needs = [{ ...emptyNeed(), object_id: '23' }];
    const { input, problems } = buildPlanInput(d);
    expect(problems).toEqual({});
    expect(input).toEqual({
      unit_id: 7,
      kind: 'patroli_gabungan',
      name: 'Patroli KPU malam',
      date: '2026-11-28',
      shift_start: '20:00',
      shift_end: '06:00',
      depot_unit_id: 7,
      teams: [{ field_unit_id: 166, vehicle_item_id: 31, profile: 'mobil', crew: [], partners: 'TNI 2' }],
      stops: [
        { object_id: 22, window_open: '21:00', window_close: '23:00', service_minutes: 15, priority: 5, demand: 0 },
        { tps_id: 901, window_open: '22:00', window_close: '02:00', service_minutes: 10, priority: 3, demand: 0 },
      ],
      needs: [{ object_id: 23, every_minutes: 240, from: '22:00', to: '06:00', window_minutes: 60, service_minutes: 15, priority: 3 }],
    });
  });
  it('names what is missing with the server paths', () => {
    const d = emptyDraft(7, '2026-11-28');
    d.stops = [emptyStop(), { ...emptyStop(), source: 'tps' }, { ...emptyStop(), object_id: '3', window_close: '25:00', demand: '-1' }];
    const { input, problems } = buildPlanInput(d);
    expect(input).toBeNull();
    expect(problems).toEqual({
      'teams[0].field_unit_id': 'required',
      'stops[0].object_id': 'required',
      'stops[1].tps_id': 'required',
      'stops[2].window_close': 'clock',
      'stops[2].demand': 'number',
    });
    // Shown on the row's place input, like the server's errors.
    expect(problemKeys(problems, knownFields(d))).toMatchObject({ 'stops[0].target': 'required', 'stops[1].target': 'required', 'stops[2].window_close': 'clock' });
  });
  it('asks for a team and a stop', () => {
    const d = emptyDraft(7, '2026-11-28');
    d.name = 'x';
    d.teams = [];
    expect(buildPlanInput(d).problems).toEqual({ teams: 'noTeam', stops: 'noStop' });
  });
  it('leaves an empty name to the server', () => {
    const d = emptyDraft(7, '2026-11-28');
    d.teams[0]!.field_unit_id = '5';
    d.stops = [{ ...emptyStop(), object_id: '1' }];
    expect(buildPlanInput(d).input).not.toHaveProperty('name');
  });
  it('sends the escort chain only for pengawalan logistik', () => {
    const d = emptyDraft(7, '2026-11-28');
    d.name = 'Kawal logistik';
    d.teams[0]!.field_unit_id = '5';
    d.useChain = true;
    d.kind = 'pengawalan_logistik';
    expect(buildPlanInput(d).input?.chain).toEqual({ direction: 'berangkat', leg: 'gudang_ppk', boxes_per_tps: 2 });
    d.chain = { ...d.chain, leg: 'ppk_pps' };
    expect(buildPlanInput(d).problems).toEqual({ 'chain.from_object_id': 'required' });
    d.chain = { ...d.chain, from_object_id: '43', window_open: '07:00', window_close: '15:00' };
    expect(buildPlanInput(d).input?.chain).toEqual({ direction: 'berangkat', leg: 'ppk_pps', from_object_id: 43, boxes_per_tps: 2, window_open: '07:00', window_close: '15:00' });
    d.kind = 'kryd';
    d.stops = [{ ...emptyStop(), object_id: '1' }];
    expect(buildPlanInput(d).input?.chain).toBeUndefined();
  });
});

describe('where a server error is shown', () => {
  const d = emptyDraft(7, '2026-11-28');
  d.stops = [emptyStop(), emptyStop(), emptyStop()];
  d.needs = [emptyNeed()];
  const known = knownFields(d);
  it('reads field paths', () => {
    expect(fieldPath('stops[2].window_close')).toEqual(['stops', 2, 'window_close']);
    expect(fieldPath('stops.2.demand')).toEqual(['stops', 2, 'demand']);
    expect(pathKey(['teams', 0, 'field_unit_id'])).toBe('teams[0].field_unit_id');
  });
  it('puts a row field error under that row field', () => {
    expect(placeFieldError('stops[2].window_close', known)).toBe('stops[2].window_close');
    expect(placeFieldError('stops[1].demand', known)).toBe('stops[1].demand');
    expect(placeFieldError('teams[0].field_unit_id', known)).toBe('teams[0].field_unit_id');
    expect(placeFieldError('needs[0].every_minutes', known)).toBe('needs[0].every_minutes');
  });
  it('puts place errors (position, object, TPS) under the row place input', () => {
    expect(placeFieldError('stops[2].position', known)).toBe('stops[2].target');
    expect(placeFieldError('stops[0].object_id', known)).toBe('stops[0].target');
    expect(placeFieldError('needs[0].object_id', known)).toBe('needs[0].target');
  });
  it('falls back to the row, the section, then the form', () => {
    expect(placeFieldError('stops[2].crew', known)).toBe('stops[2]');
    expect(placeFieldError('stops[7].window_close', known)).toBe('stops');
    expect(placeFieldError('shift_end', known)).toBe('shift_end');
    expect(placeFieldError('elsewhere', known)).toBeNull();
    expect(placeFieldError(null, known)).toBeNull();
  });
});

function stop(id: number, teamId: number | null, order: number | null, status = 'menunggu'): Stop {
  return {
    id,
    object_id: id,
    tps_id: null,
    need_id: null,
    name: `S${id}`,
    position: { lat: -8.17, lon: 113.7 },
    window_open: '21:00',
    window_close: '23:00',
    window_open_at: '2026-11-28T14:00:00Z',
    window_close_at: '2026-11-28T16:00:00Z',
    service_minutes: 10,
    priority: 3,
    demand: 0,
    team_id: teamId,
    route_order: order,
    planned_arrival_at: null,
    planned_start_at: null,
    unserved_reason: teamId === null ? 'window_unreachable' : null,
    unserved_label: teamId === null ? 'Jendela waktu tak terjangkau' : null,
    status,
    visited_at: null,
  };
}

function team(id: number, stopIds: number[]): Team {
  return { id, field_unit_id: 100 + id, call_sign: `T${id}`, vehicle_item_id: null, vehicle_label: '', profile: 'mobil', capacity: null, partners: '', crew: [], route: { departure_at: null, return_at: null, travel_s: 0, distance_m: 0, load: 0, stop_ids: stopIds } };
}

function plan(): Plan {
  const stops = [stop(1, 1, 2), stop(2, 1, 1, 'selesai'), stop(3, 2, 1, 'terlewat'), stop(4, null, null)];
  return {
    id: 9,
    unit_id: 7,
    unit_name: 'Polres Jember',
    kind: 'kryd',
    kind_label: 'KRYD',
    kind_label_en: 'KRYD',
    name: 'p',
    date: '2026-11-28',
    zone: 'WIB',
    shift_start: '20:00',
    shift_end: '06:00',
    shift_start_at: '',
    shift_end_at: '',
    depot: { unit_id: 7, name: 'Polres Jember', position: { lat: -8.17, lon: 113.7 } },
    status: 'direncanakan',
    solved_at: '2026-11-28T12:00:00Z',
    cost_s: 0,
    distance_m: 0,
    teams: [team(1, [2, 1]), team(2, [3])],
    stops,
    unserved: [{ stop_id: 4, reason: 'window_unreachable', label: 'Jendela waktu tak terjangkau', label_en: 'Time window unreachable' }],
    compliance: countStops(stops),
  };
}

describe('compliance and routes', () => {
  it('counts served stops by status, per plan and per team', () => {
    const p = plan();
    expect(countStops(p.stops)).toEqual({ total: 3, selesai: 1, terlambat: 0, terlewat: 1, menunggu: 1 });
    expect(countStops(p.stops, 1)).toEqual({ total: 2, selesai: 1, terlambat: 0, terlewat: 0, menunggu: 1 });
  });
  it('applies a live status and recounts', () => {
    const p = plan();
    const q = withStopStatus(p, 1, 'terlambat', '2026-11-28T16:20:00Z');
    expect(q.compliance).toEqual({ total: 3, selesai: 1, terlambat: 1, terlewat: 1, menunggu: 0 });
    expect(q.stops.find((s) => s.id === 1)?.visited_at).toBe('2026-11-28T16:20:00Z');
    expect(withStopStatus(q, 1, 'terlambat')).toBe(q);
    expect(withStopStatus(p, 99, 'selesai')).toBe(p);
  });
  it('orders a team stops by its route', () => {
    const p = plan();
    expect(routeStops(p, p.teams[0]!).map((s) => s.id)).toEqual([2, 1]);
    expect(routeStops(p, { ...p.teams[0]!, route: null }).map((s) => s.id)).toEqual([2, 1]);
  });
  it('lists unserved stops with their reason once', () => {
    expect(unservedStops(plan()).map((u) => [u.stop.id, u.reason])).toEqual([[4, 'window_unreachable']]);
  });
  it('gives teams distinct colours', () => {
    expect(new Set([0, 1, 2, 3].map(teamColor)).size).toBe(4);
    expect(teamColor(10)).toBe(teamColor(0));
  });
});

describe('GPS points and batches', () => {
  it('writes instants as the positions API takes them', () => {
    expect(isoSecond(Date.parse('2026-11-28T02:15:00.987Z'))).toBe('2026-11-28T02:15:00Z');
    expect(toPoint(-8.1712345678, 113.70219999, 8.6, Date.parse('2026-11-28T02:15:00Z'))).toEqual({ lat: -8.171235, lon: 113.7022, at: '2026-11-28T02:15:00Z', accuracy_m: 9 });
    expect(toPoint(0, 0, null, 0).accuracy_m).toBe(0);
    expect(toPoint(0, 0, 1e9, 0).accuracy_m).toBe(100000);
  });
  it('keeps a fix that moved or waited enough', () => {
    const a = toPoint(-8.17, 113.7, 5, Date.parse('2026-11-28T02:15:00Z'));
    expect(worthKeeping(null, a)).toBe(true);
    expect(worthKeeping(a, { ...a, at: '2026-11-28T02:15:05Z' })).toBe(false);
    expect(worthKeeping(a, { ...a, at: '2026-11-28T02:15:20Z' })).toBe(true);
    expect(worthKeeping(a, { ...a, lat: -8.1702, at: '2026-11-28T02:15:03Z' })).toBe(true);
  });
  it('queues points, takes batches of at most 1000, drops the oldest past its size', () => {
    const q = new PositionQueue([], 1500);
    for (let i = 0; i < 1600; i++) q.add(toPoint(-8, 113, 5, i * 1000));
    expect(q.size).toBe(1500);
    expect(q.all[0]!.at).toBe(isoSecond(100_000));
    const b = q.batch();
    expect(b.length).toBe(1000);
    q.done(b.length);
    expect(q.size).toBe(500);
    expect(q.batch(10).length).toBe(10);
  });
  it('retries what may pass, drops what will not', () => {
    expect(retryable(new ApiError({ status: 0, code: 'network', message: '', message_en: '' }))).toBe(true);
    expect(retryable(new ApiError({ status: 503, code: 'x', message: '', message_en: '' }))).toBe(true);
    expect(retryable(new ApiError({ status: 429, code: 'x', message: '', message_en: '' }))).toBe(true);
    expect(retryable(new ApiError({ status: 403, code: 'x', message: '', message_en: '' }))).toBe(false);
    expect(retryable(new ApiError({ status: 422, code: 'x', message: '', message_en: '' }))).toBe(false);
    expect([1, 2, 3, 10].map(retryDelayMs)).toEqual([2000, 4000, 8000, 60000]);
  });
  it('sends a batch when enough points wait or the oldest waited long enough', () => {
    const now = Date.parse('2026-11-28T02:15:30Z');
    expect(dueToSend(0, null, now)).toBe(false);
    expect(dueToSend(10, '2026-11-28T02:15:29Z', now)).toBe(true);
    expect(dueToSend(2, '2026-11-28T02:15:25Z', now)).toBe(false);
    expect(dueToSend(2, '2026-11-28T02:15:10Z', now)).toBe(true);
  });
  it('finds the replay point of an instant', () => {
    const pts = ['02:00:00', '02:01:00', '02:02:00'].map((c) => ({ at: `2026-11-28T${c}Z` }));
    expect(indexAt(pts, Date.parse('2026-11-28T01:00:00Z'))).toBe(0);
    expect(indexAt(pts, Date.parse('2026-11-28T02:01:30Z'))).toBe(1);
    expect(indexAt(pts, Date.parse('2026-11-28T05:00:00Z'))).toBe(2);
    expect(indexAt([], 0)).toBe(0);
  });
});
