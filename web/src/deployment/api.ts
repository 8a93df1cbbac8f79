// Calls of the deployment screens, on the shared client (core/api.ts): same
// cookie, same errors.

import { api } from '../core/api';
import type {
  Officer,
  OfficerAssignment,
  PatternSet,
  PatternView,
  Plan,
  PlanDiff,
  PlanHeader,
  PlanRequest,
  Post,
  PostPage,
  ReplanRequest,
} from './types';

const enc = encodeURIComponent;

export function patterns(unit: string, signal?: AbortSignal) {
  return api.get<PatternView>(`/deployment-patterns/${enc(unit)}`, undefined, signal);
}

export function savePatterns(unit: string, set: PatternSet) {
  return api.request<PatternView>('PUT', `/deployment-patterns/${enc(unit)}`, { body: { patterns: set } });
}

export async function plans(unit: string, signal?: AbortSignal): Promise<PlanHeader[]> {
  return (await api.get<{ items: PlanHeader[] }>('/plans', { unit }, signal)).items;
}

export function plan(id: number, signal?: AbortSignal) {
  return api.get<Plan>(`/plans/${id}`, undefined, signal);
}

/** Empty optional fields are left out of the body. */
export function createPlan(req: PlanRequest) {
  const body: PlanRequest = { unit_code: req.unit_code };
  if (req.voting_day) body.voting_day = req.voting_day;
  if (req.reason?.trim()) body.reason = req.reason.trim();
  if (req.bko?.length) body.bko = req.bko;
  return api.request<Plan>('POST', '/plans', { body });
}

export function cancelPlan(id: number) {
  return api.request<Plan>('POST', `/plans/${id}/cancel`);
}

export function approvePlan(id: number) {
  return api.request<Plan>('POST', `/plans/${id}/approve`);
}

export function replan(id: number, req: ReplanRequest) {
  const body: ReplanRequest = { reason: req.reason.trim() };
  if (req.unavailable?.length) body.unavailable = req.unavailable;
  if (req.bko?.length) body.bko = req.bko;
  return api.request<Plan>('POST', `/plans/${id}/replan`, { body });
}

export function postsPage(id: number, q: { sector?: string; limit?: number; offset?: number }, signal?: AbortSignal) {
  return api.get<PostPage>(`/plans/${id}/posts`, q, signal);
}

/** Every post of a plan, page after page (the map draws them all). */
export async function allPosts(id: number, signal?: AbortSignal, pageSize = 500): Promise<Post[]> {
  const items: Post[] = [];
  for (;;) {
    const page = await postsPage(id, { limit: pageSize, offset: items.length }, signal);
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

export async function reserve(id: number, signal?: AbortSignal): Promise<Officer[]> {
  return (await api.get<{ items: Officer[] }>(`/plans/${id}/reserve`, undefined, signal)).items;
}

export function diff(id: number, against: number, signal?: AbortSignal) {
  return api.get<PlanDiff>(`/plans/${id}/diff`, { against }, signal);
}

type OfficerAnswer = Partial<Officer> & { officer?: Officer; assignment?: Post | null; post?: Post | number | null };

/**
 * The answer of GET /plans/{id}/officers/{nrp} as one shape, whether the
 * server nests the officer ({officer, post}) or sends the officer's fields
 * with the post as `assignment`.
 */
export function officerAssignment(raw: OfficerAnswer): OfficerAssignment {
  const nested = raw.officer;
  const officer: Officer = nested ?? {
    nrp: raw.nrp ?? '',
    name: raw.name ?? '',
    rank: raw.rank ?? '',
    unit_code: raw.unit_code ?? '',
    unit_name: raw.unit_name ?? '',
  };
  const post = raw.assignment ?? (typeof raw.post === 'object' ? raw.post : null) ?? null;
  return { officer, post };
}

export async function officer(id: number, nrp: string, signal?: AbortSignal): Promise<OfficerAssignment> {
  return officerAssignment(await api.get<OfficerAnswer>(`/plans/${id}/officers/${enc(nrp)}`, undefined, signal));
}

/** Links (the session cookie goes with them), not fetches. */
export function sprinUrl(id: number, format: 'pdf' | 'xlsx'): string {
  return `${api.base}/plans/${id}/sprin.${format}`;
}
