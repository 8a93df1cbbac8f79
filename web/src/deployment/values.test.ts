import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../core/i18n';
import type { Unit } from '../core/types';
import type { DiffChange, Officer, PlanSummary, Post, ShortfallItem } from './types';
import {
  canReplanStatus,
  fieldKey,
  filterPosts,
  formatMeters,
  groupByUnit,
  groupChanges,
  hasPosts,
  headline,
  isRunning,
  knownField,
  nationalPattern2020,
  PATTERN_KEYS,
  patternLabel,
  patternToForm,
  plannableUnits,
  parseNrps,
  progressPercent,
  sectorsOf,
  shortfallBySector,
  statusTone,
  summaryFigures,
  validatePatternForm,
} from './values';

afterEach(() => setLang('id'));

const summary = (s: Partial<PlanSummary> = {}): PlanSummary => ({
  tps: 4046,
  posts: 520,
  officers_available: 900,
  officers_assigned: 1040,
  reserve: 0,
  officers_missing: 140,
  posts_short: 70,
  stretched_pairs: 12,
  linmas_needed: 8092,
  linmas_assigned: 8000,
  linmas_missing: 92,
  cost_m: 123456,
  mean_tour_m: 310.5,
  tps_without_class: 0,
  ...s,
});

describe('status and progress', () => {
  it('knows which plans run, have posts, may be replanned', () => {
    expect(isRunning('running')).toBe(true);
    expect(isRunning('draft')).toBe(false);
    expect(['running', 'draft', 'approved', 'superseded', 'cancelled', 'failed'].filter(hasPosts)).toEqual([
      'draft',
      'approved',
      'superseded',
    ]);
    expect(['running', 'draft', 'approved', 'superseded', 'cancelled', 'failed'].filter(canReplanStatus)).toEqual([
      'draft',
      'approved',
    ]);
    expect(statusTone('approved')).toBe('ok');
    expect(statusTone('running')).toBe('wait');
    expect(statusTone('failed')).toBe('bad');
    expect(statusTone('superseded')).toBe('plain');
  });

  it('turns progress into a whole percent, clamped, unknown as 0', () => {
    expect(progressPercent(0)).toBe(0);
    expect(progressPercent(0.255)).toBe(26);
    expect(progressPercent(1)).toBe(100);
    expect(progressPercent(1.7)).toBe(100);
    expect(progressPercent(-0.2)).toBe(0);
    expect(progressPercent(Number.NaN)).toBe(0);
    expect(progressPercent(undefined)).toBe(0);
  });
});

describe('summary figures', () => {
  it('writes metres and kilometres the way each language does', () => {
    expect(formatMeters(310.5, 'id')).toBe('311 m');
    expect(formatMeters(1234, 'id')).toBe('1,2 km');
    expect(formatMeters(1234, 'en')).toBe('1.2 km');
    expect(formatMeters(25_000, 'id')).toBe('25 km');
    expect(formatMeters(null)).toBe('—');
  });

  it('lists the figures with their values and tones', () => {
    const figs = summaryFigures(summary());
    const by = new Map(figs.map((f) => [f.key, f]));
    expect(figs.map((f) => f.key)).toEqual([
      'tps',
      'posts',
      'officers_available',
      'officers_assigned',
      'reserve',
      'officers_missing',
      'posts_short',
      'stretched_pairs',
      'linmas',
      'linmas_missing',
      'mean_tour',
    ]);
    expect(by.get('tps')!.text).toBe('4.046');
    expect(by.get('officers_assigned')!.text).toBe('1.040 dari 1.180');
    expect(by.get('officers_assigned')!.tone).toBe('warn');
    expect(by.get('officers_missing')!).toMatchObject({ value: 140, text: '140', tone: 'bad' });
    expect(by.get('posts_short')!.tone).toBe('bad');
    expect(by.get('stretched_pairs')!.tone).toBe('warn');
    expect(by.get('linmas')!.text).toBe('8.000 dari 8.092');
    expect(by.get('mean_tour')!.text).toBe('311 m');
    expect(by.get('posts')!.label).toBe('Pos pengamanan');
  });

  it('marks a fully staffed plan ok, and adds TNI and unclassified TPS only when there are any', () => {
    const figs = summaryFigures(
      summary({ officers_missing: 0, posts_short: 0, stretched_pairs: 0, linmas_missing: 0, tni_needed: 10, tni_assigned: 8, tps_without_class: 3 }),
    );
    const by = new Map(figs.map((f) => [f.key, f]));
    expect(by.get('officers_missing')!.tone).toBe('ok');
    expect(by.get('officers_assigned')!.text).toBe('1.040 dari 1.040');
    expect(by.get('stretched_pairs')!.tone).toBe('plain');
    expect(by.get('tni')!).toMatchObject({ value: 8, text: '8 dari 10', tone: 'warn' });
    expect(by.get('tps_without_class')!).toMatchObject({ value: 3, tone: 'warn' });
    expect(summaryFigures(summary()).some((f) => f.key === 'tni' || f.key === 'tps_without_class')).toBe(false);
  });

  it('says in one sentence whether every post is staffed', () => {
    expect(headline(summary())).toBe('520 pos untuk 4.046 TPS; kurang 140 personel di 70 pos.');
    expect(headline(summary({ officers_missing: 0, posts_short: 0 }))).toBe('520 pos untuk 4.046 TPS; semua pos terisi sesuai pola.');
    setLang('en');
    expect(headline(summary())).toBe('520 posts for 4,046 TPS; 140 officers short at 70 posts.');
  });

  it('writes a pattern as P-T-L', () => {
    expect(patternLabel({ officers: 2, tps_per_post: 10, linmas_per_tps: 2 })).toBe('2-10-2');
    expect(patternLabel(undefined)).toBe('—');
  });
});

describe('NRP lists', () => {
  it('splits on spaces, commas, semicolons and lines; drops repeats; names what is not an NRP', () => {
    expect(parseNrps(' 82098111, 83105452\n82098111;  84010203 ')).toEqual({ nrps: ['82098111', '83105452', '84010203'], invalid: [] });
    expect(parseNrps('82098111 AIPTU-X 12')).toEqual({ nrps: ['82098111'], invalid: ['AIPTU-X', '12'] });
    expect(parseNrps('   ')).toEqual({ nrps: [], invalid: [] });
  });
});

describe('pattern form', () => {
  it('round-trips the national pattern through the form', () => {
    const form = patternToForm(nationalPattern2020());
    expect(form['kurang_rawan.tps_per_post']).toBe('10');
    expect(form['rawan.max_distance_m']).toBe('1000');
    expect(Object.keys(form)).toEqual([...PATTERN_KEYS]);
    expect(PATTERN_KEYS).toHaveLength(20);
    expect(validatePatternForm(form)).toEqual({ set: nationalPattern2020(), errors: {} });
  });

  it('applies the server rules: P >= 2, T >= 1, nothing negative, counts whole', () => {
    const form = patternToForm(nationalPattern2020());
    form[fieldKey('rawan', 'officers')] = '1';
    form[fieldKey('khusus', 'tps_per_post')] = '0';
    form[fieldKey('kurang_rawan', 'linmas_per_tps')] = '-1';
    form[fieldKey('sangat_rawan', 'tni_per_post')] = '1.5';
    form[fieldKey('rawan', 'max_distance_m')] = '-3';
    form[fieldKey('khusus', 'linmas_per_tps')] = '';
    form[fieldKey('khusus', 'max_distance_m')] = 'jauh';
    const r = validatePatternForm(form);
    expect(r.set).toBeNull();
    expect(r.errors).toEqual({
      'rawan.officers': 'Pola harus minimal 2 personel Polri per pos (sistem body)',
      'khusus.tps_per_post': 'Pola harus minimal 1 TPS per pos',
      'kurang_rawan.linmas_per_tps': 'Jumlah Linmas per TPS tidak boleh negatif',
      'sangat_rawan.tni_per_post': 'Harus bilangan bulat',
      'rawan.max_distance_m': 'Jarak maksimum tidak boleh negatif',
      'khusus.linmas_per_tps': 'Harus bilangan bulat',
      'khusus.max_distance_m': 'Harus angka',
    });
  });

  it('accepts a decimal distance written with a comma, and the Jember 2-24 pattern', () => {
    const form = patternToForm(nationalPattern2020());
    form['kurang_rawan.tps_per_post'] = '24';
    form['kurang_rawan.max_distance_m'] = '2500,5';
    form['rawan.officers'] = ' 4 ';
    const r = validatePatternForm(form);
    expect(r.errors).toEqual({});
    expect(r.set!.kurang_rawan).toEqual({ officers: 2, tps_per_post: 24, linmas_per_tps: 2, tni_per_post: 0, max_distance_m: 2500.5 });
    expect(r.set!.rawan.officers).toBe(4);
  });

  it('names the field of a server error among the form’s', () => {
    expect(knownField('rawan.officers', PATTERN_KEYS)).toBe('rawan.officers');
    expect(knownField('patterns.khusus.tps_per_post', PATTERN_KEYS)).toBe('khusus.tps_per_post');
    expect(knownField('rawan', PATTERN_KEYS)).toBeNull();
    expect(knownField('bko[2]', ['reason', 'bko'] as const)).toBe('bko');
    expect(knownField('unavailable.0', ['reason', 'unavailable'] as const)).toBe('unavailable');
    expect(knownField('unit_code', ['reason', 'bko'] as const)).toBeNull();
    expect(knownField(null, ['reason'] as const)).toBeNull();
  });
});

describe('groupings', () => {
  const short = (post: number, sector: string, missing: number): ShortfallItem => ({
    post,
    tps_class: 'rawan',
    sector_code: sector,
    sector_name: `Polsek ${sector}`,
    first_tps: `T${post}`,
    officers_missing: missing,
  });

  it('groups the shortfall by sector, most missing first, posts by number', () => {
    const groups = shortfallBySector([short(9, 'B', 1), short(3, 'A', 2), short(4, 'B', 2), short(1, 'C', 3)]);
    expect(groups.map((g) => [g.sector_code, g.missing, g.posts.map((p) => p.post)])).toEqual([
      ['B', 3, [4, 9]],
      ['C', 3, [1]],
      ['A', 2, [3]],
    ]);
    expect(shortfallBySector([])).toEqual([]);
  });

  it('groups officers by home unit, units and people by name', () => {
    const o = (nrp: string, name: string, unit: string): Officer => ({ nrp, name, rank: 'Bripka', unit_code: unit, unit_name: `Polsek ${unit}` });
    const groups = groupByUnit([o('3', 'Citra', 'Silo'), o('1', 'Budi', 'Ajung'), o('2', 'Agus', 'Silo')]);
    expect(groups.map((g) => [g.unit_code, g.officers.map((x) => x.name)])).toEqual([
      ['Ajung', ['Budi']],
      ['Silo', ['Agus', 'Citra']],
    ]);
  });

  it('groups a diff by kind in a fixed order, each by name', () => {
    const c = (nrp: string, name: string, change: DiffChange['change']): DiffChange => ({
      nrp,
      name,
      rank: 'Brigpol',
      change,
      from_post: null,
      to_post: null,
      from_tps: null,
      to_tps: null,
    });
    const groups = groupChanges([c('1', 'Zaenal', 'moved'), c('2', 'Ani', 'assigned'), c('3', 'Budi', 'removed'), c('4', 'Ahmad', 'moved')]);
    expect(groups.map((g) => [g.kind, g.items.map((x) => x.name)])).toEqual([
      ['removed', ['Budi']],
      ['assigned', ['Ani']],
      ['moved', ['Ahmad', 'Zaenal']],
    ]);
    expect(groupChanges([])).toEqual([]);
  });

  it('filters posts by sector and shortfall, and lists the sectors', () => {
    const p = (number: number, sector: string, missing: number): Post => ({
      number,
      tps_class: 'kurang_rawan',
      sector_code: sector,
      sector_name: `Polsek ${sector}`,
      lat: 0,
      lon: 0,
      tour_m: 0,
      stretched: false,
      officers_needed: 2,
      officers_missing: missing,
      linmas_needed: 2,
      linmas_assigned: 2,
      tps: [],
      officers: [],
      linmas: [],
    });
    const posts = [p(1, 'S', 0), p(2, 'K', 2), p(3, 'K', 0)];
    expect(filterPosts(posts, '', false).map((x) => x.number)).toEqual([1, 2, 3]);
    expect(filterPosts(posts, 'K', false).map((x) => x.number)).toEqual([2, 3]);
    expect(filterPosts(posts, '', true).map((x) => x.number)).toEqual([2]);
    expect(filterPosts(posts, 'S', true)).toEqual([]);
    expect(sectorsOf(posts)).toEqual([
      { code: 'K', name: 'Polsek K' },
      { code: 'S', name: 'Polsek S' },
    ]);
  });
});

describe('units a plan can be made for', () => {
  const u = (code: string, level: Unit['level'], parent: string | null, name = code): Unit => ({
    id: 0,
    code,
    name,
    level,
    parent_code: parent,
    region_codes: [],
    time_zone: 'WIB',
    lat: null,
    lon: null,
  });
  const units = [
    u('MABES', 'mabes', null),
    u('POLDA-JATIM', 'polda', 'MABES', 'Polda Jawa Timur'),
    u('POLRES-JEMBER', 'polres', 'POLDA-JATIM', 'Polres Jember'),
    u('POLSEK-35.09.19', 'polsek', 'POLRES-JEMBER'),
    u('POLDA-JATENG', 'polda', 'MABES', 'Polda Jawa Tengah'),
    u('POLRES-JEPARA', 'polres', 'POLDA-JATENG', 'Polres Jepara'),
  ];

  it('keeps Polres and above at or below the user’s unit, by name', () => {
    expect(plannableUnits(units, 'POLRES-JEMBER', false).map((x) => x.code)).toEqual(['POLRES-JEMBER']);
    expect(plannableUnits(units, 'POLDA-JATIM', false).map((x) => x.code)).toEqual(['POLDA-JATIM', 'POLRES-JEMBER']);
    expect(plannableUnits(units, 'POLSEK-35.09.19', false)).toEqual([]);
    expect(plannableUnits(units, 'MABES', true).map((x) => x.code)).toEqual([
      'MABES',
      'POLDA-JATENG',
      'POLDA-JATIM',
      'POLRES-JEMBER',
      'POLRES-JEPARA',
    ]);
  });

  it('does not loop on a cycle of parents', () => {
    expect(plannableUnits([u('A', 'polres', 'B'), u('B', 'polda', 'A')], 'X', false)).toEqual([]);
  });
});
