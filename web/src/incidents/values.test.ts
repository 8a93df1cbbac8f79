import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../core/api';
import { setLang } from '../core/i18n';
import type { Incident } from './types';
import {
  announceable,
  buildReport,
  checkPhoto,
  countByLevel,
  emptyDraft,
  etaMinutes,
  formatBytes,
  formatDistance,
  formatEta,
  formatWait,
  formFieldOf,
  isOpen,
  keepKeyAfter,
  keyForAttempt,
  levelColor,
  levelRank,
  mergeIncident,
  minutesOf,
  newestFirst,
  normalizeCode,
  orderedSteps,
  permissionFor,
  PHOTO_MAX_BYTES,
  statusTone,
  stepKind,
} from './values';

afterEach(() => setLang('id'));

function inc(id: number, over: Partial<Incident> = {}): Incident {
  return {
    id,
    tracking_code: `LP-${id}`,
    type: 'kerumunan',
    type_id: 'Kerumunan / unjuk rasa',
    type_en: 'Crowd / demonstration',
    description: 'x',
    severity: 1,
    level: 'hijau',
    status: 'baru',
    source: 'publik',
    lat: -8.17,
    lon: 113.7,
    desa_code: '35.09.19.2001',
    desa_name: 'Kaliwates',
    kecamatan_name: 'Kaliwates',
    tps_id: null,
    tps_code: null,
    reporter_name: null,
    reporter_phone: null,
    field_unit_id: null,
    field_unit_call_sign: null,
    duplicate_of: null,
    reported_at: `2026-11-28T0${id % 10}:00:00Z`,
    updated_at: `2026-11-28T0${id % 10}:00:00Z`,
    photo_ids: [],
    ...over,
  };
}

describe('levels and statuses', () => {
  it('colours the Sispamkota levels and greys an unknown one', () => {
    expect(levelColor('hijau')).toBe('#2b8a3e');
    expect(levelColor('kuning')).toBe('#e0a100');
    expect(levelColor('merah')).toBe('#c92a2a');
    expect(levelColor('ungu')).toBe('#868e96');
    expect(levelColor(null)).toBe('#868e96');
    expect([levelRank('hijau'), levelRank('kuning'), levelRank('merah')]).toEqual([0, 1, 2]);
  });

  it('knows which statuses are open, as open=true lists them', () => {
    const open = ['baru', 'diverifikasi', 'ditugaskan', 'menuju_lokasi', 'tiba_di_lokasi'];
    const closed = ['ditolak', 'duplikat', 'selesai', 'ditutup'];
    for (const s of open) expect(isOpen(s)).toBe(true);
    for (const s of closed) expect(isOpen(s)).toBe(false);
    expect(statusTone('baru')).toBe('new');
    expect(statusTone('menuju_lokasi')).toBe('move');
    expect(statusTone('ditutup')).toBe('done');
    expect(statusTone('duplikat')).toBe('off');
  });

  it('offers steps forward first, refusals last, each with the permission it needs', () => {
    expect(orderedSteps(['ditolak', 'duplikat', 'diverifikasi'])).toEqual(['diverifikasi', 'duplikat', 'ditolak']);
    expect(orderedSteps(['ditugaskan', 'tiba_di_lokasi'])).toEqual(['ditugaskan', 'tiba_di_lokasi']);
    expect(permissionFor('diverifikasi')).toBe('dispatch_incident');
    expect(permissionFor('ditugaskan')).toBe('dispatch_incident');
    expect(permissionFor('ditutup')).toBe('dispatch_incident');
    expect(permissionFor('menuju_lokasi')).toBe('respond_incident');
    expect(permissionFor('tiba_di_lokasi')).toBe('respond_incident');
    expect(permissionFor('selesai')).toBe('respond_incident');
    expect(stepKind('ditugaskan')).toBe('dispatch');
    expect(stepKind('duplikat')).toBe('duplicate');
    expect(stepKind('selesai')).toBe('plain');
  });
});

describe('ETA and distance', () => {
  it('rounds an ETA to whole minutes, at least one', () => {
    expect(etaMinutes(0)).toBe(0);
    expect(etaMinutes(20)).toBe(1);
    expect(etaMinutes(89)).toBe(1);
    expect(etaMinutes(90)).toBe(2);
    expect(etaMinutes(431)).toBe(7);
    expect(formatEta(431)).toBe('7 mnt');
    expect(formatEta(10)).toBe('< 1 mnt');
    expect(formatEta(431, 'en')).toBe('7 min');
    expect(formatEta(3 * 3600, 'id')).toBe('180 mnt');
    expect(formatEta(Number.NaN)).toBe('< 1 mnt');
  });

  it('writes distances in metres, then kilometres with the language’s decimal mark', () => {
    expect(formatDistance(0)).toBe('0 m');
    expect(formatDistance(849.6)).toBe('850 m');
    expect(formatDistance(2400, 'id')).toBe('2,4 km');
    expect(formatDistance(2400, 'en')).toBe('2.4 km');
    expect(formatDistance(12_600, 'id')).toBe('13 km');
    expect(formatDistance(-1)).toBe('—');
  });

  it('turns seconds into minutes with one decimal', () => {
    expect(minutesOf(90)).toBe(1.5);
    expect(minutesOf(431)).toBe(7.2);
    expect(minutesOf(null)).toBeNull();
    expect(minutesOf(undefined)).toBeNull();
  });
});

describe('the live list', () => {
  it('puts a new open incident in, newest first', () => {
    const list = [inc(5), inc(3)];
    const r = mergeIncident(list, inc(4));
    expect(r.added).toBe(true);
    expect(r.list.map((i) => i.id)).toEqual([5, 4, 3]);
    expect(list.map((i) => i.id)).toEqual([5, 3]); // the input is left alone
  });

  it('replaces a known incident in place and takes a closed one out', () => {
    const list = [inc(5), inc(3)];
    const updated = mergeIncident(list, inc(3, { status: 'diverifikasi', updated_at: '2026-11-28T09:00:00Z' }));
    expect(updated.added).toBe(false);
    expect(updated.list.map((i) => [i.id, i.status])).toEqual([
      [5, 'baru'],
      [3, 'diverifikasi'],
    ]);
    const closed = mergeIncident(updated.list, inc(3, { status: 'ditutup', updated_at: '2026-11-28T09:30:00Z' }));
    expect(closed.removed).toBe(true);
    expect(closed.list.map((i) => i.id)).toEqual([5]);
    // A closed incident never seen is simply not added.
    const other = mergeIncident(closed.list, inc(7, { status: 'ditolak' }));
    expect(other).toMatchObject({ added: false, removed: false });
    expect(other.list.map((i) => i.id)).toEqual([5]);
  });

  it('ignores an event older than what the list holds', () => {
    const list = [inc(3, { status: 'ditugaskan', updated_at: '2026-11-28T09:00:00Z' })];
    const late = mergeIncident(list, inc(3, { status: 'diverifikasi', updated_at: '2026-11-28T08:59:00Z' }));
    expect(late.list[0]!.status).toBe('ditugaskan');
  });

  it('merges the same event twice without doubling the row', () => {
    const once = mergeIncident([], inc(1));
    const twice = mergeIncident(once.list, inc(1));
    expect(twice.list).toHaveLength(1);
    expect(twice.added).toBe(false);
  });

  it('announces a new incident unless this user recorded it', () => {
    expect(announceable(inc(1, { reported_by: '' }), 'jember.ops')).toBe(true);
    expect(announceable(inc(1), 'jember.ops')).toBe(true);
    expect(announceable(inc(1, { reported_by: 'jember.binmas' }), 'jember.ops')).toBe(true);
    expect(announceable(inc(1, { reported_by: 'jember.ops' }), 'jember.ops')).toBe(false);
  });

  it('orders the same second by id and counts per level', () => {
    const a = inc(1, { reported_at: '2026-11-28T08:00:00Z' });
    const b = inc(2, { reported_at: '2026-11-28T08:00:00Z', level: 'merah' });
    expect([a, b].sort(newestFirst).map((i) => i.id)).toEqual([2, 1]);
    expect(countByLevel([a, b, inc(3, { level: 'kuning' })])).toEqual({ hijau: 1, kuning: 1, merah: 1 });
  });
});

describe('the report form', () => {
  it('checks photos: JPEG or PNG up to 2 MiB', () => {
    expect(checkPhoto({ type: 'image/jpeg', size: 1000 })).toBe('ok');
    expect(checkPhoto({ type: 'image/png', size: PHOTO_MAX_BYTES })).toBe('ok');
    expect(checkPhoto({ type: 'image/png', size: PHOTO_MAX_BYTES + 1 })).toBe('size');
    expect(checkPhoto({ type: 'image/gif', size: 10 })).toBe('type');
    expect(checkPhoto({ type: '', size: 10 })).toBe('type');
    expect(formatBytes(PHOTO_MAX_BYTES)).toBe('2 MiB');
    expect(formatBytes(1.5 * 1024 * 1024, 'id')).toBe('1,5 MiB');
    expect(formatBytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MiB');
    expect(formatBytes(300 * 1024)).toBe('300 KiB');
  });

  it('names what is missing and builds the body of a filled form', () => {
    const empty = buildReport(emptyDraft());
    expect(empty.input).toBeNull();
    expect(empty.problems).toEqual({ type: 'required', description: 'required', position: 'noPosition' });
    const r = buildReport({
      ...emptyDraft(),
      type: 'bentrok',
      description: '  Dua kelompok saling lempar batu  ',
      lat: -8.1723456789,
      lon: 113.6987654321,
      phone: '0812-3456 7890',
      name: ' ',
    });
    expect(r.input).toEqual({ type: 'bentrok', description: 'Dua kelompok saling lempar batu', lat: -8.172346, lon: 113.698765, reporter_phone: '081234567890' });
    const photo = { base64: 'QUJD', dataUrl: 'data:image/png;base64,QUJD', name: 'a.png', bytes: 3, shrunk: false };
    expect(buildReport({ ...emptyDraft(), type: 'x', description: 'y', lat: 0, lon: 0, photo }).input?.photo).toBe('QUJD');
    expect(buildReport({ ...emptyDraft(), type: 'x', description: 'y'.repeat(2001), lat: 0, lon: 0 }).problems.description).toBe('tooLong');
  });

  it('maps the API’s field names onto the form’s', () => {
    expect(formFieldOf('lat')).toBe('position');
    expect(formFieldOf('lon')).toBe('position');
    expect(formFieldOf('desa_code')).toBe('position');
    expect(formFieldOf('reporter_phone')).toBe('phone');
    expect(formFieldOf('reporter_name')).toBe('name');
    expect(formFieldOf('photo')).toBe('photo');
    expect(formFieldOf('type')).toBe('type');
    expect(formFieldOf('Idempotency-Key')).toBeNull();
    expect(formFieldOf(null)).toBeNull();
  });

  it('reuses the Idempotency-Key for a retry of the same body only', () => {
    let n = 0;
    const make = () => `k${++n}`;
    const first = keyForAttempt(null, '{"a":1}', make);
    expect(first.key).toBe('k1');
    expect(keyForAttempt(first, '{"a":1}', make).key).toBe('k1');
    expect(keyForAttempt(first, '{"a":2}', make).key).toBe('k2');
    expect(keyForAttempt(null, '{"a":1}', make).key).toBe('k3');
  });

  it('keeps the key after a failure the request may have survived, not after a refusal', () => {
    const err = (status: number) => new ApiError({ status, code: 'x', message: 'x', message_en: 'x' });
    expect(keepKeyAfter(err(0))).toBe(true);
    expect(keepKeyAfter(err(429))).toBe(true);
    expect(keepKeyAfter(err(503))).toBe(true);
    expect(keepKeyAfter(err(422))).toBe(false);
    expect(keepKeyAfter(err(400))).toBe(false);
    expect(keepKeyAfter(new TypeError('x'))).toBe(true);
  });

  it('tidies a typed tracking code and writes a wait', () => {
    expect(normalizeCode('  lp-2026 abcd ')).toBe('LP-2026ABCD');
    expect(formatWait(75)).toBe('1:15');
    expect(formatWait(0.2)).toBe('0:01');
    expect(formatWait(-3)).toBe('0:00');
  });
});
