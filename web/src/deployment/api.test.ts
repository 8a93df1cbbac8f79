import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../core/api';
import {
  allPosts,
  approvePlan,
  cancelPlan,
  createPlan,
  diff,
  officer,
  officerAssignment,
  plans,
  replan,
  savePatterns,
  sprinUrl,
} from './api';
import { nationalPattern2020 } from './values';

afterEach(() => vi.restoreAllMocks());

describe('deployment API helpers', () => {
  it('sends only the fields of a new plan that are filled', async () => {
    const req = vi.spyOn(api, 'request').mockResolvedValue({ id: 3 });
    await createPlan({ unit_code: 'POLRES-JEMBER', voting_day: '', reason: '  ', bko: [] });
    await createPlan({ unit_code: 'POLRES-JEMBER', voting_day: '2024-11-27', reason: ' Awal ', bko: ['82098111'] });
    expect(req).toHaveBeenNthCalledWith(1, 'POST', '/plans', { body: { unit_code: 'POLRES-JEMBER' } });
    expect(req).toHaveBeenNthCalledWith(2, 'POST', '/plans', {
      body: { unit_code: 'POLRES-JEMBER', voting_day: '2024-11-27', reason: 'Awal', bko: ['82098111'] },
    });
  });

  it('replans with the reason and the lists given', async () => {
    const req = vi.spyOn(api, 'request').mockResolvedValue({ id: 4 });
    await replan(3, { reason: ' AIPTU X sakit ', unavailable: ['82098111'], bko: [] });
    expect(req).toHaveBeenCalledWith('POST', '/plans/3/replan', { body: { reason: 'AIPTU X sakit', unavailable: ['82098111'] } });
  });

  it('approves, cancels and saves patterns with the right verbs', async () => {
    const req = vi.spyOn(api, 'request').mockResolvedValue({});
    await approvePlan(7);
    await cancelPlan(8);
    await savePatterns('POLRES TTU', nationalPattern2020());
    expect(req.mock.calls[0]).toEqual(['POST', '/plans/7/approve']);
    expect(req.mock.calls[1]).toEqual(['POST', '/plans/8/cancel']);
    expect(req.mock.calls[2]).toEqual(['PUT', '/deployment-patterns/POLRES%20TTU', { body: { patterns: nationalPattern2020() } }]);
  });

  it('lists the plans of a unit and asks a diff against a plan', async () => {
    const get = vi.spyOn(api, 'get').mockResolvedValueOnce({ items: [{ id: 2 }, { id: 1 }] }).mockResolvedValueOnce({ from: 1, to: 2 });
    expect((await plans('POLRES-JEMBER')).map((p) => p.id)).toEqual([2, 1]);
    await diff(2, 1);
    expect(get.mock.calls[0]!.slice(0, 2)).toEqual(['/plans', { unit: 'POLRES-JEMBER' }]);
    expect(get.mock.calls[1]!.slice(0, 2)).toEqual(['/plans/2/diff', { against: 1 }]);
  });

  it('reads every page of the posts by offset', async () => {
    const get = vi
      .spyOn(api, 'get')
      .mockResolvedValueOnce({ items: [{ number: 1 }, { number: 2 }], total: 3 })
      .mockResolvedValueOnce({ items: [{ number: 3 }], total: 3 });
    const posts = await allPosts(5, undefined, 2);
    expect(posts.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(get.mock.calls.map((c) => c[1])).toEqual([
      { limit: 2, offset: 0 },
      { limit: 2, offset: 2 },
    ]);
    // A server that returns fewer than it counts does not loop forever.
    get.mockResolvedValueOnce({ items: [], total: 10 });
    expect(await allPosts(5)).toEqual([]);
  });

  it('reads an officer’s assignment whether nested or flat', async () => {
    const post = { number: 4 };
    const o = { nrp: '82098111', name: 'Arif', rank: 'Bripka', unit_code: 'U', unit_name: 'Polsek U' };
    expect(officerAssignment({ officer: o, post: post as never })).toEqual({ officer: o, post });
    expect(officerAssignment({ ...o, post: 4, bko: false, assignment: post as never })).toEqual({ officer: o, post });
    expect(officerAssignment({ ...o, post: null, assignment: null })).toEqual({ officer: o, post: null });
    const get = vi.spyOn(api, 'get').mockResolvedValue({ ...o, assignment: null });
    expect(await officer(3, '82098111')).toEqual({ officer: o, post: null });
    expect(get.mock.calls[0]![0]).toBe('/plans/3/officers/82098111');
  });

  it('links the Sprin', () => {
    expect(sprinUrl(12, 'pdf')).toBe('/api/v1/plans/12/sprin.pdf');
    expect(sprinUrl(12, 'xlsx')).toBe('/api/v1/plans/12/sprin.xlsx');
  });
});
