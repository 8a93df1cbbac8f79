import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../core/api';
import {
  checkPerson,
  checkVehicle,
  closeInspection,
  defectPhotoUrl,
  equipmentKinds,
  inspections,
  planInspections,
  readiness,
  recapUrl,
  reportDefect,
  transitionDefect,
  unitItems,
  updateItem,
} from './api';

afterEach(() => vi.restoreAllMocks());

describe('readiness API helpers', () => {
  it('asks the readiness of a unit, with the function only when chosen', async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValue({});
    await readiness('POLSEK-35.09.19');
    await readiness('POLRES-JEMBER', 'samapta');
    expect(get).toHaveBeenNthCalledWith(1, '/readiness/POLSEK-35.09.19', { function: '' }, undefined);
    expect(get).toHaveBeenNthCalledWith(2, '/readiness/POLRES-JEMBER', { function: 'samapta' }, undefined);
  });

  it('links the recap of a unit', () => {
    expect(recapUrl('POLSEK-35.09.19', 'pdf')).toBe('/api/v1/readiness/POLSEK-35.09.19/recap.pdf');
    expect(recapUrl('POLRES TTU', 'xlsx')).toBe('/api/v1/readiness/POLRES%20TTU/recap.xlsx');
    expect(defectPhotoUrl(7)).toBe('/api/v1/defects/7/photo');
  });

  it('reads every page of a unit’s vehicles', async () => {
    const get = vi
      .spyOn(api, 'get')
      .mockResolvedValueOnce({ items: [{ id: 1 }, { id: 2 }], total: 3, next: '2' })
      .mockResolvedValueOnce({ items: [{ id: 3 }], total: 3, next: null });
    const items = await unitItems('POLSEK-35.09.19', true);
    expect(items.map((i) => i.id)).toEqual([1, 2, 3]);
    expect(get.mock.calls[0]![1]).toEqual({ unit: 'POLSEK-35.09.19', vehicles: true, limit: 500, cursor: null });
    expect(get.mock.calls[1]![1]).toMatchObject({ cursor: '2' });
    get.mockResolvedValueOnce({ items: [], total: 0, next: null });
    await unitItems('X', null);
    expect(get.mock.calls[2]![1]).toMatchObject({ vehicles: undefined });
  });

  it('asks the equipment catalogue once, and again after a failure', async () => {
    const get = vi.spyOn(api, 'get');
    get.mockRejectedValueOnce(new ApiError({ status: 0, code: 'network', message: 'x', message_en: 'x' }));
    await expect(equipmentKinds()).rejects.toBeInstanceOf(ApiError);
    get.mockResolvedValueOnce({ items: [{ code: 'ht' }] });
    expect((await equipmentKinds()).map((k) => k.code)).toEqual(['ht']);
    expect((await equipmentKinds()).map((k) => k.code)).toEqual(['ht']);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('updates an item with PATCH', async () => {
    const request = vi.spyOn(api, 'request').mockResolvedValue({});
    await updateItem(3659, { fuel_percent: 40 });
    expect(request).toHaveBeenCalledWith('PATCH', '/items/3659', { body: { fuel_percent: 40 } });
  });
});

describe('apel kesiapan calls', () => {
  it('plans for units and a date', async () => {
    const request = vi.spyOn(api, 'request').mockResolvedValue({ items: [] });
    await planInspections({ units: ['POLSEK-35.09.19'], date: '2026-11-28', title: 'Apel' });
    expect(request).toHaveBeenCalledWith('POST', '/inspections', {
      body: { units: ['POLSEK-35.09.19'], date: '2026-11-28', title: 'Apel' },
    });
  });

  it('lists by unit, or the whole territory when none is given', async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValue({ items: [], total: 0, next: null });
    await inspections({ unit: '', limit: 50, cursor: null });
    expect(get).toHaveBeenCalledWith('/inspections', { unit: '', limit: 50, cursor: null }, undefined);
  });

  it('puts one person’s and one vehicle’s answers', async () => {
    const request = vi.spyOn(api, 'request').mockResolvedValue({});
    const answers = { present: true, items: [{ item_id: 3608, held: true, working: false }] };
    await checkPerson(4, 1330, answers);
    expect(request).toHaveBeenCalledWith('PUT', '/inspections/4/people/1330', { body: answers });
    const v = { condition: 'baik' as const, fuel_percent: 80, lights_ok: true, documents_ok: false };
    await checkVehicle(4, 3659, v);
    expect(request).toHaveBeenCalledWith('PUT', '/inspections/4/vehicles/3659', { body: v });
  });

  it('closes with the result and note only when given', async () => {
    const request = vi.spyOn(api, 'request').mockResolvedValue({});
    await closeInspection(4, null, '  ');
    await closeInspection(4, 'tidak_siap', ' dua HT rusak ');
    expect(request).toHaveBeenNthCalledWith(1, 'POST', '/inspections/4/close', { body: {} });
    expect(request).toHaveBeenNthCalledWith(2, 'POST', '/inspections/4/close', {
      body: { result: 'tidak_siap', note: 'dua HT rusak' },
    });
  });
});

describe('defect calls', () => {
  it('reports with the Idempotency-Key header and the photo as base64', async () => {
    const request = vi.spyOn(api, 'request').mockResolvedValue({ id: 1 });
    await reportDefect({ kind: 'bbm', item_id: 3659, description: 'BBM habis', photo: '/9j/4AAQ' }, 'key-1');
    expect(request).toHaveBeenCalledWith('POST', '/defects', {
      body: { kind: 'bbm', item_id: 3659, description: 'BBM habis', photo: '/9j/4AAQ' },
      headers: { 'Idempotency-Key': 'key-1' },
    });
  });

  it('moves a report with its note', async () => {
    const request = vi.spyOn(api, 'request').mockResolvedValue({});
    await transitionDefect(9, 'selesai', ' diganti baru ');
    expect(request).toHaveBeenCalledWith('POST', '/defects/9/transition', { body: { status: 'selesai', note: 'diganti baru' } });
  });
});
