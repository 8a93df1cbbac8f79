// Calls of the incident screens and of the public report pages, on the shared
// client (core/api.ts): same cookie, same errors. The public calls go through
// a client of their own that also reads Retry-After (a 429 says how long to
// wait) and never ends a session.

import { api, ApiClient, ApiError, type Query } from '../core/api';
import type {
  FieldUnit,
  Incident,
  IncidentDetail,
  IncidentList,
  IncidentType,
  Level,
  OperatorReportInput,
  PublicReceipt,
  PublicStatus,
  ReportInput,
  TransitionInput,
} from './types';
import type { Laphar } from './laphar';

const enc = encodeURIComponent;

/** An ApiError with the seconds a 429 asks to wait (null when not said). */
export class PublicApiError extends ApiError {
  readonly retryAfter: number | null;
  constructor(e: ApiError, retryAfter: number | null) {
    super({ status: e.status, code: e.code, message: e.messageId, message_en: e.messageEn, field: e.field, issues: e.issues });
    this.retryAfter = retryAfter;
  }
}

/** Retry-After as seconds: a number of seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date = new Date()): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Runs one public call on a client of its own that remembers the answer's
 * Retry-After; a failure comes back as a PublicApiError.
 */
export async function publicCall<T>(
  call: (client: ApiClient) => Promise<T>,
  fetchImpl: FetchLike = (input, init) => globalThis.fetch(input, init),
): Promise<T> {
  let retryAfter: string | null = null;
  const client = new ApiClient(api.base, async (input, init) => {
    const r = await fetchImpl(input, init);
    retryAfter = r.headers.get('Retry-After');
    return r;
  });
  try {
    return await call(client);
  } catch (e) {
    if (e instanceof ApiError) throw new PublicApiError(e, parseRetryAfter(retryAfter));
    throw e;
  }
}

// --- public (no login) -----------------------------------------------------------

export async function incidentTypes(signal?: AbortSignal): Promise<IncidentType[]> {
  return (await publicCall((c) => c.get<{ items: IncidentType[] }>('/public/incident-types', undefined, signal))).items;
}

export function submitPublicReport(input: ReportInput, idempotencyKey: string) {
  return publicCall((c) =>
    c.request<PublicReceipt>('POST', '/public/reports', { body: input, headers: { 'Idempotency-Key': idempotencyKey } }),
  );
}

export function publicReport(code: string, signal?: AbortSignal) {
  return publicCall((c) => c.get<PublicStatus>(`/public/reports/${enc(code.trim())}`, undefined, signal));
}

// --- incidents (login) -----------------------------------------------------------

export interface IncidentQuery {
  status?: string;
  type?: string;
  level?: string;
  date?: string;
  open?: boolean;
  limit?: number;
  offset?: number;
}

export function incidents(q: IncidentQuery, signal?: AbortSignal) {
  return api.get<IncidentList>('/incidents', q as Query, signal);
}

export function incident(id: number, signal?: AbortSignal) {
  return api.get<IncidentDetail>(`/incidents/${id}`, undefined, signal);
}

export function createIncident(input: OperatorReportInput, idempotencyKey: string) {
  return api.request<Incident>('POST', '/incidents', { body: input, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** Empty notes and absent ids are left out of the body. */
export function transition(id: number, input: TransitionInput) {
  const body: TransitionInput = { status: input.status };
  if (input.field_unit_id !== undefined) body.field_unit_id = input.field_unit_id;
  if (input.duplicate_of !== undefined) body.duplicate_of = input.duplicate_of;
  if (input.note?.trim()) body.note = input.note.trim();
  return api.request<Incident>('POST', `/incidents/${id}/transitions`, { body });
}

export function setLevel(id: number, level: Level, note?: string) {
  const body: { level: Level; note?: string } = { level };
  if (note?.trim()) body.note = note.trim();
  return api.request<Incident>('POST', `/incidents/${id}/level`, { body });
}

export function photoUrl(id: number, photoId: number): string {
  return `${api.base}/incidents/${id}/photos/${photoId}`;
}

export async function fieldUnits(status?: string, signal?: AbortSignal): Promise<FieldUnit[]> {
  return (await api.get<{ items: FieldUnit[] }>('/field-units', { status }, signal)).items;
}

// --- laphar ------------------------------------------------------------------------

export function laphar(unit: string, date: string, signal?: AbortSignal) {
  return api.get<Laphar>('/laphar', { unit, date }, signal);
}

/** Links (the session cookie goes with them), not fetches. */
export function lapharUrl(format: 'pdf' | 'xlsx', unit: string, date: string): string {
  return `${api.base}/laphar.${format}?unit=${enc(unit)}&date=${enc(date)}`;
}

/** The live stream of the user's territory (Server-Sent Events). */
export const EVENTS_URL = '/api/v1/events';
