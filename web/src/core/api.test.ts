import { describe, expect, it, vi } from 'vitest';
import { allPages, ApiClient, ApiError, buildUrl, errorFromBody } from './api';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that answers from a list and records what it was asked. */
function fakeFetch(...answers: (Response | Error)[]) {
  const calls: Call[] = [];
  const fn = vi.fn(async (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  });
  return { fn, calls };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('buildUrl', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(buildUrl('/api/v1', '/tps', { regency: '35.09', q: '', class: null, unit: undefined, limit: 50 })).toBe(
      '/api/v1/tps?regency=35.09&limit=50',
    );
    expect(buildUrl('/api/v1', '/search', { q: 'Kali wates&x' })).toBe('/api/v1/search?q=Kali%20wates%26x');
    expect(buildUrl('/api/v1', '/session')).toBe('/api/v1/session');
  });
});

describe('ApiClient', () => {
  it('logs in with a JSON body and the session cookie', async () => {
    const user = { username: 'jember.ops', role: 'ops', unit_code: 'POLRES-JEMBER', unit_name: 'Polres Jember', time_zone: 'WIB', territory: ['35.09'], everywhere: false, permissions: ['read_registry'] };
    const { fn, calls } = fakeFetch(json(200, { token: 'tok', expires_at: '2026-01-01T00:00:00Z', user }));
    const api = new ApiClient('/api/v1', fn);
    const r = await api.login('jember.ops', 'Ops-Demo-2024');
    expect(r.user.unit_name).toBe('Polres Jember');
    expect(calls[0]!.url).toBe('/api/v1/session');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.credentials).toBe('same-origin');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ username: 'jember.ops', password: 'Ops-Demo-2024' });
    expect((calls[0]!.init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('turns the error body into an ApiError with both messages and the field', async () => {
    const { fn } = fakeFetch(
      json(422, { error: { code: 'invalid_input', message: 'nama wajib diisi', message_en: 'name is required', field: 'name' } }),
    );
    const api = new ApiClient('/api/v1', fn);
    const err = await api.createObject({ kind: 'ppk' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const e = err as ApiError;
    expect(e.status).toBe(422);
    expect(e.code).toBe('invalid_input');
    expect(e.field).toBe('name');
    expect(e.text('id')).toBe('nama wajib diisi');
    expect(e.text('en')).toBe('name is required');
  });

  it('keeps the line-level issues of a rejected import', async () => {
    const issues = [{ line: 3, column: 'lat', message: 'lintang salah', message_en: 'bad latitude' }];
    const { fn, calls } = fakeFetch(
      json(422, { error: { code: 'invalid_input', message: 'berkas ditolak', message_en: 'file rejected', field: null }, issues }),
    );
    const api = new ApiClient('/api/v1', fn);
    const e = (await api.importCsv('objects', 'kind,name\n').catch((x: unknown) => x)) as ApiError;
    expect(e.issues).toEqual(issues);
    expect(e.field).toBeNull();
    expect(calls[0]!.init.body).toBe('kind,name\n');
    expect((calls[0]!.init.headers as Record<string, string>)['Content-Type']).toMatch(/^text\/csv/);
  });

  it('reports 401 on data requests to onUnauthorized, but not on the login itself', async () => {
    const unauthorized = { error: { code: 'unauthenticated', message: 'silakan masuk', message_en: 'log in first', field: null } };
    const { fn } = fakeFetch(json(401, unauthorized), json(401, unauthorized));
    const api = new ApiClient('/api/v1', fn);
    const seen: ApiError[] = [];
    api.onUnauthorized = (e) => seen.push(e);
    await expect(api.tps({ limit: 1 })).rejects.toBeInstanceOf(ApiError);
    expect(seen).toHaveLength(1);
    await expect(api.login('x', 'y')).rejects.toMatchObject({ status: 401 });
    expect(seen).toHaveLength(1);
  });

  it('names a lock-out as status 423', async () => {
    const { fn } = fakeFetch(
      json(423, { error: { code: 'locked', message: 'akun terkunci 15 menit', message_en: 'account locked for 15 minutes', field: 'username' } }),
    );
    const api = new ApiClient('/api/v1', fn);
    await expect(api.login('jember.ops', 'x')).rejects.toMatchObject({ status: 423, code: 'locked' });
  });

  it('gives a network failure status 0 and words, not a TypeError', async () => {
    const { fn } = fakeFetch(new TypeError('Failed to fetch'));
    const api = new ApiClient('/api/v1', fn);
    const e = (await api.stages().catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.isNetwork).toBe(true);
    expect(e.text('id')).toMatch(/tidak dapat dihubungi/);
    expect(e.text('en')).toMatch(/cannot be reached/);
  });

  it('copes with an error that is not JSON (a proxy page)', async () => {
    const { fn } = fakeFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const api = new ApiClient('/api/v1', fn);
    const e = (await api.units({}).catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(502);
    expect(e.code).toBe('http_502');
    expect(e.text('en')).toMatch(/502/);
  });

  it('sends filters and the cursor as query parameters', async () => {
    const { fn, calls } = fakeFetch(json(200, { items: [], total: 0, next: null }));
    const api = new ApiClient('/api/v1', fn);
    await api.objects({ kind: 'ppk', q: 'Balung', limit: 50, cursor: '17' });
    expect(calls[0]!.url).toBe('/api/v1/objects?kind=ppk&q=Balung&limit=50&cursor=17');
  });

  it('sends the Idempotency-Key of a create', async () => {
    const { fn, calls } = fakeFetch(json(201, { id: 5 }));
    const api = new ApiClient('/api/v1', fn);
    await api.createObject({ kind: 'ppk', name: 'x', lat: -8, lon: 113 }, 'key-1');
    expect((calls[0]!.init.headers as Record<string, string>)['Idempotency-Key']).toBe('key-1');
  });

  it('answers 204 with null', async () => {
    const { fn, calls } = fakeFetch(new Response(null, { status: 204 }));
    const api = new ApiClient('/api/v1', fn);
    await expect(api.deleteObject(9)).resolves.toBeNull();
    expect(calls[0]!.init.method).toBe('DELETE');
    expect(calls[0]!.url).toBe('/api/v1/objects/9');
  });

  it('asks the transition with the reason only when there is one', async () => {
    const { fn, calls } = fakeFetch(json(200, { id: 1 }), json(200, { id: 1 }));
    const api = new ApiClient('/api/v1', fn);
    await api.transitionSkck(1, 'diproses');
    await api.transitionSkck(1, 'ditolak', 'berkas palsu');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ status: 'diproses' });
    expect(JSON.parse(String(calls[1]!.init.body))).toEqual({ status: 'ditolak', reason: 'berkas palsu' });
  });
});

describe('allPages', () => {
  it('follows next until null', async () => {
    const pages: Record<string, { items: number[]; total: number; next: string | null }> = {
      start: { items: [1, 2], total: 5, next: 'a' },
      a: { items: [3, 4], total: 5, next: 'b' },
      b: { items: [5], total: 5, next: null },
    };
    const seen: (string | null)[] = [];
    const r = await allPages(async (cursor) => {
      seen.push(cursor);
      return pages[cursor ?? 'start']!;
    });
    expect(r.items).toEqual([1, 2, 3, 4, 5]);
    expect(r.total).toBe(5);
    expect(seen).toEqual([null, 'a', 'b']);
  });

  it('stops at max', async () => {
    let calls = 0;
    const r = await allPages(async () => {
      calls++;
      return { items: [1, 2, 3], total: 1000, next: 'more' };
    }, 6);
    expect(r.items).toHaveLength(6);
    expect(calls).toBe(2);
  });
});

describe('errorFromBody', () => {
  it('reads a body without issues as an empty list', () => {
    const e = errorFromBody(404, { error: { code: 'not_found', message: 'objek tidak ditemukan', message_en: 'object not found', field: null } });
    expect(e.issues).toEqual([]);
    expect(e.message).toBe('object not found');
  });
});
