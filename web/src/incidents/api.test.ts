import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../core/api';
import {
  createIncident,
  fieldUnits,
  incident,
  incidents,
  lapharUrl,
  parseRetryAfter,
  photoUrl,
  publicCall,
  PublicApiError,
  setLevel,
  transition,
} from './api';

afterEach(() => vi.restoreAllMocks());

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } }));
}

describe('incident API helpers', () => {
  it('lists open incidents and reads one', async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValue({ items: [], total: 0 });
    await incidents({ open: true, limit: 500 });
    await incident(12);
    expect(get.mock.calls[0]!.slice(0, 2)).toEqual(['/incidents', { open: true, limit: 500 }]);
    expect(get.mock.calls[1]![0]).toBe('/incidents/12');
  });

  it('sends a transition with only what it needs', async () => {
    const req = vi.spyOn(api, 'request').mockResolvedValue({ id: 3 });
    await transition(3, { status: 'diverifikasi', note: '  ' });
    await transition(3, { status: 'ditugaskan', field_unit_id: 7, note: ' Segera ' });
    await transition(3, { status: 'duplikat', duplicate_of: 2 });
    expect(req.mock.calls.map((c) => c[2])).toEqual([
      { body: { status: 'diverifikasi' } },
      { body: { status: 'ditugaskan', field_unit_id: 7, note: 'Segera' } },
      { body: { status: 'duplikat', duplicate_of: 2 } },
    ]);
    expect(req.mock.calls[0]!.slice(0, 2)).toEqual(['POST', '/incidents/3/transitions']);
  });

  it('changes the level and records an operator report with its key', async () => {
    const req = vi.spyOn(api, 'request').mockResolvedValue({ id: 3 });
    await setLevel(3, 'kuning', '');
    await setLevel(3, 'merah', 'Massa bertambah');
    await createIncident({ type: 'bentrok', description: 'x', lat: 1, lon: 2, source: 'operator_110' }, 'key-1');
    expect(req.mock.calls[0]).toEqual(['POST', '/incidents/3/level', { body: { level: 'kuning' } }]);
    expect(req.mock.calls[1]).toEqual(['POST', '/incidents/3/level', { body: { level: 'merah', note: 'Massa bertambah' } }]);
    expect(req.mock.calls[2]).toEqual([
      'POST',
      '/incidents',
      { body: { type: 'bentrok', description: 'x', lat: 1, lon: 2, source: 'operator_110' }, headers: { 'Idempotency-Key': 'key-1' } },
    ]);
  });

  it('reads the field units and links photos and the Laphar documents', async () => {
    vi.spyOn(api, 'get').mockResolvedValue({ items: [{ id: 1 }] });
    expect(await fieldUnits()).toEqual([{ id: 1 }]);
    expect(photoUrl(4, 9)).toBe('/api/v1/incidents/4/photos/9');
    expect(lapharUrl('pdf', 'POLRES-JEMBER', '2026-11-28')).toBe('/api/v1/laphar.pdf?unit=POLRES-JEMBER&date=2026-11-28');
    expect(lapharUrl('xlsx', 'POLRES X', '2026-11-28')).toBe('/api/v1/laphar.xlsx?unit=POLRES%20X&date=2026-11-28');
  });
});

describe('public calls', () => {
  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter(' 7 ')).toBe(7);
    const now = new Date('2026-11-28T08:00:00Z');
    expect(parseRetryAfter('Sat, 28 Nov 2026 08:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('Sat, 28 Nov 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });

  it('turns a 429 into an error carrying how long to wait', async () => {
    const fetchImpl = vi.fn(() =>
      answer(429, { error: { code: 'rate_limited', message: 'Terlalu banyak laporan', message_en: 'Too many reports', field: null } }, { 'Retry-After': '42' }),
    );
    const err = await publicCall((c) => c.request('POST', '/public/reports', { body: {} }), fetchImpl).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PublicApiError);
    expect(err).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 42, messageId: 'Terlalu banyak laporan' });
  });

  it('keeps the field an error names and answers a success as is', async () => {
    const fail = vi.fn(() => answer(422, { error: { code: 'invalid', message: 'Di luar desa terdaftar', message_en: 'Outside every desa', field: 'lat' } }));
    const err = await publicCall((c) => c.request('POST', '/public/reports', { body: {} }), fail).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 422, field: 'lat', retryAfter: null });
    const ok = vi.fn((_url: string, _init?: RequestInit) => answer(201, { tracking_code: 'LP-1', status: 'baru' }));
    const r = await publicCall((c) => c.request('POST', '/public/reports', { body: { a: 1 }, headers: { 'Idempotency-Key': 'k' } }), ok);
    expect(r).toEqual({ tracking_code: 'LP-1', status: 'baru' });
    const init = ok.mock.calls[0]![1]!;
    expect(ok.mock.calls[0]![0]).toBe('/api/v1/public/reports');
    expect((init.headers as Record<string, string>)['Idempotency-Key']).toBe('k');
  });

  it('never ends the session on a 401 of a public call', async () => {
    const onUnauthorized = vi.fn();
    api.onUnauthorized = onUnauthorized;
    try {
      const fail = vi.fn(() => answer(401, { error: { code: 'unauthorized', message: 'x', message_en: 'x' } }));
      await publicCall((c) => c.get('/public/reports/LP-1'), fail).catch(() => undefined);
      expect(onUnauthorized).not.toHaveBeenCalled();
    } finally {
      api.onUnauthorized = null;
    }
  });
});
