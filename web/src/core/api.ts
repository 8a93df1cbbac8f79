// The one way the browser app talks to the server. Every call returns typed
// data or throws an ApiError; nothing fails silently.
//
// Authentication is the HttpOnly `siaga_session` cookie the server sets at
// login, so requests go with credentials 'same-origin' and no token is kept
// in JavaScript.

import type {
  ElectionDetail,
  Election,
  ImportIssue,
  ImportKind,
  ImportResult,
  Lang,
  LoginResponse,
  ObjectInput,
  ObjectKind,
  Page,
  Region,
  RegionShapes,
  SearchHit,
  SkckApplication,
  SkckRequest,
  SkckStatus,
  StagesResponse,
  StrategicObject,
  Tps,
  TpsFeatures,
  Unit,
  User,
} from './types';

/** The server's error body: {"error": {code, message, message_en, field}}. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageId: string;
  readonly messageEn: string;
  readonly field: string | null;
  readonly issues: ImportIssue[];

  constructor(init: {
    status: number;
    code: string;
    message: string;
    message_en: string;
    field?: string | null;
    issues?: ImportIssue[];
  }) {
    super(init.message_en || init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.messageId = init.message;
    this.messageEn = init.message_en;
    this.field = init.field ?? null;
    this.issues = init.issues ?? [];
  }

  /** The message in the reader's language. */
  text(lang: Lang): string {
    return (lang === 'en' ? this.messageEn || this.messageId : this.messageId || this.messageEn) || this.code;
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  /** A string is sent as is (CSV); anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  contentType?: string;
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Joins a path and its query; empty, null and undefined values are left out. */
export function buildUrl(base: string, path: string, query?: Query): string {
  let url = base + path;
  if (query) {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(query)) {
      if (v === undefined || v === null || v === '') continue;
      parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
    }
    if (parts.length) url += (url.includes('?') ? '&' : '?') + parts.join('&');
  }
  return url;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Turns a failed response into an ApiError, whatever its body holds. */
export function errorFromBody(status: number, body: unknown, statusText = ''): ApiError {
  if (isRecord(body) && isRecord(body.error)) {
    const e = body.error;
    return new ApiError({
      status,
      code: typeof e.code === 'string' ? e.code : `http_${status}`,
      message: typeof e.message === 'string' ? e.message : '',
      message_en: typeof e.message_en === 'string' ? e.message_en : '',
      field: typeof e.field === 'string' ? e.field : null,
      issues: Array.isArray(body.issues) ? (body.issues as ImportIssue[]) : [],
    });
  }
  return new ApiError({
    status,
    code: `http_${status}`,
    message: `Server menjawab ${status}${statusText ? ' ' + statusText : ''}`,
    message_en: `The server answered ${status}${statusText ? ' ' + statusText : ''}`,
  });
}

export class ApiClient {
  /** Called on a 401 for any request but the login itself (session ended). */
  onUnauthorized: ((err: ApiError) => void) | null = null;
  private readonly fetchImpl: FetchLike;

  constructor(
    readonly base = '/api/v1',
    fetchImpl?: FetchLike,
  ) {
    this.fetchImpl = fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  }

  async request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
    let body: BodyInit | undefined;
    if (opts.body !== undefined) {
      if (typeof opts.body === 'string') {
        body = opts.body;
        headers['Content-Type'] = opts.contentType ?? 'text/csv; charset=utf-8';
      } else {
        body = JSON.stringify(opts.body);
        headers['Content-Type'] = 'application/json';
      }
    }
    const url = buildUrl(this.base, path, opts.query);
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers,
        body,
        credentials: 'same-origin',
        signal: opts.signal,
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError({
        status: 0,
        code: 'network',
        message: 'Server tidak dapat dihubungi. Periksa jaringan lalu coba lagi.',
        message_en: 'The server cannot be reached. Check the network and try again.',
      });
    }
    const text = await response.text();
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
    }
    if (!response.ok) {
      const err = errorFromBody(response.status, parsed, response.statusText);
      if (response.status === 401 && path !== '/session') this.onUnauthorized?.(err);
      throw err;
    }
    if (text && parsed === null) {
      throw new ApiError({
        status: response.status,
        code: 'bad_response',
        message: 'Jawaban server tidak dapat dibaca',
        message_en: 'The server answer cannot be read',
      });
    }
    return parsed as T;
  }

  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
    return this.request<T>('GET', path, { query, signal });
  }

  // --- session -------------------------------------------------------------
  login(username: string, password: string): Promise<LoginResponse> {
    return this.request('POST', '/session', { body: { username, password } });
  }
  async me(): Promise<User> {
    return (await this.get<{ user: User }>('/session')).user;
  }
  async logout(): Promise<void> {
    await this.request('DELETE', '/session');
  }

  // --- registry ------------------------------------------------------------
  regions(q: { parent?: string; level?: string; q?: string; limit?: number; cursor?: string | null }, signal?: AbortSignal) {
    return this.get<Page<Region>>('/regions', q, signal);
  }
  region(code: string) {
    return this.get<Region>(`/regions/${encodeURIComponent(code)}`);
  }
  regionShapes(q: { within?: string; level?: string; tolerance?: number }, signal?: AbortSignal) {
    return this.get<RegionShapes>('/regions/geojson', q, signal);
  }
  units(q: { level?: string; limit?: number; cursor?: string | null }, signal?: AbortSignal) {
    return this.get<Page<Unit>>('/units', q, signal);
  }
  unit(id: number) {
    return this.get<Unit>(`/units/${id}`);
  }
  tps(
    q: { regency?: string; region?: string; bbox?: string; class?: string; q?: string; unit?: number; limit?: number; cursor?: string | null },
    signal?: AbortSignal,
  ) {
    return this.get<Page<Tps>>('/tps', q, signal);
  }
  tpsGeojson(q: { regency?: string; region?: string; bbox?: string; class?: string; limit?: number; cursor?: string | null }, signal?: AbortSignal) {
    return this.get<TpsFeatures>('/tps/geojson', q, signal);
  }
  search(text: string, limit = 10, signal?: AbortSignal) {
    return this.get<Page<SearchHit>>('/search', { q: text, limit }, signal);
  }

  // --- strategic objects ---------------------------------------------------
  objectKinds() {
    return this.get<{ items: ObjectKind[] }>('/object-kinds');
  }
  objects(q: { kind?: string; region?: string; bbox?: string; q?: string; limit?: number; cursor?: string | null }, signal?: AbortSignal) {
    return this.get<Page<StrategicObject>>('/objects', q, signal);
  }
  object(id: number) {
    return this.get<StrategicObject>(`/objects/${id}`);
  }
  createObject(input: ObjectInput, idempotencyKey?: string) {
    return this.request<StrategicObject>('POST', '/objects', {
      body: input,
      headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
    });
  }
  updateObject(id: number, input: ObjectInput) {
    return this.request<StrategicObject>('PATCH', `/objects/${id}`, { body: input });
  }
  deleteObject(id: number) {
    return this.request<null>('DELETE', `/objects/${id}`);
  }

  // --- elections -----------------------------------------------------------
  elections() {
    return this.get<Page<Election>>('/elections');
  }
  election(id: number) {
    return this.get<ElectionDetail>(`/elections/${id}`);
  }
  stages(at?: string) {
    return this.get<StagesResponse>('/stages', { at });
  }

  // --- SKCK ----------------------------------------------------------------
  skckList(q: { status?: SkckStatus | ''; limit?: number; cursor?: string | null }, signal?: AbortSignal) {
    return this.get<Page<SkckRequest>>('/skck', q, signal);
  }
  submitSkck(app: SkckApplication, idempotencyKey?: string) {
    return this.request<SkckRequest>('POST', '/skck', {
      body: app,
      headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
    });
  }
  transitionSkck(id: number, status: SkckStatus, reason?: string) {
    const body: { status: SkckStatus; reason?: string } = { status };
    if (reason) body.reason = reason;
    return this.request<SkckRequest>('POST', `/skck/${id}/transition`, { body });
  }

  // --- import --------------------------------------------------------------
  importCsv(kind: ImportKind, csv: string) {
    return this.request<ImportResult>('POST', `/import/${kind}`, { body: csv });
  }
}

/** Follows `next` until the end or `max` items; for lists the UI shows whole. */
export async function allPages<T>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  max = 100_000,
): Promise<{ items: T[]; total: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let total = 0;
  for (;;) {
    const page: Page<T> = await fetchPage(cursor);
    total = page.total;
    items.push(...page.items);
    if (page.next === null || items.length >= max || page.items.length === 0) break;
    cursor = page.next;
  }
  return { items, total };
}

/** A random key for Idempotency-Key headers (one per form submission). */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (c && 'randomUUID' in c) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export const api = new ApiClient();
