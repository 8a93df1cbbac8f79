// Calls of the patrol screens, on the shared client (core/api.ts): same
// cookie, same errors (docs/patrols.md).

import { allPages, api } from '../core/api';
import type { Page, StrategicObject, Tps } from '../core/types';
import type { Item, Person } from '../readiness/types';
import type {
  CheckIn,
  CheckInInput,
  Compliance,
  PartnerMember,
  PartnerForce,
  Plan,
  PlanInput,
  PlanSummary,
  PositionPoint,
  PositionResult,
  TeamOfDay,
  TeamRouteView,
  Tracks,
} from './types';

export function plans(q: { unit_id?: number | null; date?: string }, signal?: AbortSignal) {
  return api.get<{ items: PlanSummary[] }>('/patrol-plans', q, signal);
}

/** The day's teams whose field unit is in the user's territory (a Polsek crew in its Polres's plan). */
export function teamsOfDay(date: string, signal?: AbortSignal) {
  return api.get<{ items: TeamOfDay[] }>('/patrol-teams', { date }, signal);
}

export function plan(id: number, signal?: AbortSignal) {
  return api.get<Plan>(`/patrol-plans/${id}`, undefined, signal);
}

/** `idempotencyKey`: the same for a retry of the same body (network, 5xx), so a plan is made once. */
export function createPlan(input: PlanInput, idempotencyKey: string) {
  return api.request<Plan>('POST', '/patrol-plans', { body: input, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function solvePlan(id: number, seconds: number) {
  return api.request<Plan>('POST', `/patrol-plans/${id}/solve`, { body: { seconds } });
}

export function teamRoute(id: number, teamId: number, signal?: AbortSignal) {
  return api.get<TeamRouteView>(`/patrol-plans/${id}/teams/${teamId}/route`, undefined, signal);
}

export function checkIn(id: number, input: CheckInInput) {
  return api.request<CheckIn>('POST', `/patrol-plans/${id}/check-ins`, { body: input });
}

export function compliance(id: number, signal?: AbortSignal) {
  return api.get<Compliance>(`/patrol-plans/${id}/compliance`, undefined, signal);
}

export function tracks(id: number, teamId: number | null, signal?: AbortSignal) {
  return api.get<Tracks>(`/patrol-plans/${id}/tracks`, { team_id: teamId }, signal);
}

export type ExportName = 'jadwal.pdf' | 'jadwal.xlsx' | 'kepatuhan.pdf' | 'kepatuhan.xlsx';
export const EXPORTS: readonly ExportName[] = ['jadwal.pdf', 'jadwal.xlsx', 'kepatuhan.pdf', 'kepatuhan.xlsx'];

/** Links (the session cookie goes with them), not fetches. */
export function exportUrl(id: number, name: ExportName): string {
  return `${api.base}/patrol-plans/${id}/${name}`;
}

export function postPositions(fieldUnitId: number, points: PositionPoint[]) {
  return api.request<PositionResult>('POST', '/positions', { body: { field_unit_id: fieldUnitId, points } });
}

// --- what the plan form picks from ------------------------------------------------

export async function objectsAll(signal?: AbortSignal): Promise<StrategicObject[]> {
  return (await allPages((cursor) => api.objects({ limit: 500, cursor }, signal), 5000)).items;
}

/** TPS whose code starts with `codePrefix` ("3509190001…"). */
export function searchTps(codePrefix: string, signal?: AbortSignal) {
  return api.get<Page<Tps>>('/tps', { q: codePrefix, limit: 20 }, signal);
}

/** The TPS of one desa / kelurahan. */
export function tpsOfDesa(desaCode: string, signal?: AbortSignal) {
  return api.get<Page<Tps>>('/tps', { region: desaCode, limit: 200 }, signal);
}

/** The usable vehicles of a unit (readiness items); an empty list when not allowed to read them. */
export async function vehicles(unitCode: string, signal?: AbortSignal): Promise<Item[]> {
  try {
    const r = await allPages((cursor) => api.get<Page<Item>>('/items', { unit: unitCode, vehicles: true, limit: 500, cursor }, signal), 2000);
    return r.items.filter((i) => i.usable !== false);
  } catch {
    return []; // the vehicle is optional: the form works without the list
  }
}

/** Polri personnel of the units inside a region (a Polres's regency: the Polres and its Polsek). */
export async function personnelIn(region: string, signal?: AbortSignal): Promise<Person[]> {
  return (await allPages((cursor) => api.get<Page<Person>>('/personnel', { region, limit: 1000, cursor }, signal), 20_000)).items;
}

/** Members of one partner force's rosters held inside a region. */
export async function partnersIn(region: string, force: PartnerForce, signal?: AbortSignal): Promise<PartnerMember[]> {
  return (await allPages((cursor) => api.get<Page<PartnerMember>>('/partners', { region, force, limit: 1000, cursor }, signal), 50_000)).items;
}
