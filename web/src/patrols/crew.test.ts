import { describe, expect, it } from 'vitest';
import type { Unit } from '../core/types';
import type { Person } from '../readiness/types';
import { addCrew, crewCounts, crewInput, crewKey, type CrewPick, crewScope, fold, fromCrewMember, fromPartner, fromPerson, searchCrew, takenByTeams } from './crew';
import type { Compliance, PartnerMember } from './types';
import {
  type AlertLine,
  buildPlanInput,
  earlierAlerts,
  emptyDraft,
  emptyStop,
  emptyTeam,
  knownFields,
  liveAlertLine,
  placeFieldError,
  safePhotoUrl,
  withLiveAlert,
} from './values';

const person = (id: number, name: string, rank: string, unit: string, nrp = `8${id}`): Person => ({
  id,
  nrp,
  name,
  rank,
  function: 'samapta',
  unit,
  phone: '',
  desa_binaan: [],
});
const partner = (id: number, force: string, name: string, rank: string, unit = 'POLRES-JEMBER', desa: string | null = null): PartnerMember => ({
  id,
  force,
  identifier: `ID${id}`,
  name,
  rank,
  unit,
  desa_code: desa,
});

const rudi = fromPerson(person(1329, 'Rudi Yusuf', 'AKP', 'POLSEK-35.09.19', '79125218'));
const yoga = fromPerson(person(1330, 'Yoga Ardiansyah', 'Bripda', 'POLSEK-35.09.19'));
const sri = fromPerson(person(651, 'Sri Setiawan', 'AKBP', 'POLRES-JEMBER'));
const rohman = fromPartner(partner(3721, 'tni', 'Moh. Rohman', 'Pelda', 'POLRES-JEMBER', '35.09.01.2001'));
const budi = fromPartner(partner(3723, 'satpol_pp', 'Budi Raharjo', 'Pengatur'));
const pool = [rudi, yoga, sri, rohman, budi];
const hitKey = (h: { pick: CrewPick }) => crewKey(h.pick);

describe('crew picks', () => {
  it('keeps Polri personnel and partner members apart by key and force', () => {
    expect(crewKey(rudi)).toBe('p1329');
    expect(crewKey(rohman)).toBe('m3721');
    expect(rudi.force).toBe('POLRI');
    expect(rohman.force).toBe('TNI');
    expect(budi.force).toBe('SATPOL_PP');
    expect(rohman.desa).toBe('35.09.01.2001');
  });

  it('becomes exactly one id in the request', () => {
    expect(crewInput(rudi)).toEqual({ personnel_id: 1329 });
    expect(crewInput(rohman)).toEqual({ partner_member_id: 3721 });
  });

  it('adds a person once', () => {
    const crew = addCrew(addCrew([], rudi), rohman);
    expect(addCrew(crew, rudi).map(crewKey)).toEqual(['p1329', 'm3721']);
  });

  it('counts by force in a fixed order', () => {
    expect(crewCounts([rohman, rudi, budi, sri])).toEqual([
      ['POLRI', 2],
      ['TNI', 1],
      ['SATPOL_PP', 1],
    ]);
  });

  it('reads a stored crew member (plan JSON) back', () => {
    expect(fromCrewMember({ personnel_id: null, partner_member_id: 3, name: 'A', rank: 'Serda', force: 'TNI' })).toMatchObject({ kind: 'partner', id: 3, force: 'TNI' });
    expect(fromCrewMember({ personnel_id: 7, partner_member_id: null, name: 'B', rank: 'Brigpol', force: '' })).toMatchObject({ kind: 'personnel', id: 7, force: 'POLRI' });
  });
});

describe('the crew search', () => {
  it('folds case, accents and spaces', () => {
    expect(fold('  Moh.   RÓHMAN ')).toBe('moh. rohman');
  });

  it('matches every word in name, rank, NRP, force or unit', () => {
    expect(searchCrew(pool, 'rudi').map(hitKey)).toEqual(['p1329']);
    expect(searchCrew(pool, 'akp rud').map(hitKey)).toEqual(['p1329']);
    expect(searchCrew(pool, '79125').map(hitKey)).toEqual(['p1329']);
    expect(searchCrew(pool, 'satpol').map(hitKey)).toEqual(['m3723']);
    expect(searchCrew(pool, 'kaliwates', { unitName: (c) => (c === 'POLSEK-35.09.19' ? 'Polsek Kaliwates' : undefined) }).map(hitKey)).toEqual(['p1329', 'p1330']);
    expect(searchCrew(pool, '')).toEqual([]);
    expect(searchCrew(pool, 'nobody')).toEqual([]);
  });

  it('puts names starting with the query first, then a name word, then the rest', () => {
    const hits = searchCrew(pool, 'r').map((h) => h.pick.name);
    expect(hits[0]).toBe('Rudi Yusuf');
    expect(hits.indexOf('Moh. Rohman')).toBeLessThan(hits.indexOf('Sri Setiawan'));
  });

  it('filters by force, leaves out the team own crew and marks people of another team', () => {
    expect(searchCrew(pool, 'r', { force: 'tni' }).map(hitKey)).toEqual(['m3721']);
    expect(searchCrew(pool, 'rudi', { exclude: new Set(['p1329']) })).toEqual([]);
    const taken = takenByTeams([{ crew: [rudi] }, { crew: [] }], 1);
    expect(taken.get('p1329')).toBe(0);
    expect(searchCrew(pool, 'rudi', { taken })[0]).toMatchObject({ takenBy: 0 });
    expect(takenByTeams([{ crew: [rudi] }], 0).size).toBe(0);
  });

  it('puts Polri before the partners, Linmas last, among equally good names', () => {
    const linmas = fromPartner(partner(9001, 'linmas', 'Budi Adi', 'Anggota'));
    const polri = fromPerson(person(77, 'Budi Zainal', 'Bripda', 'POLRES-JEMBER'));
    expect(searchCrew([linmas, budi, polri], 'budi').map(hitKey)).toEqual(['p77', 'm3723', 'm9001']);
  });

  it('stops at the limit', () => {
    const many: CrewPick[] = Array.from({ length: 50 }, (_, i) => fromPerson(person(i + 1, `Andi ${i}`, 'Briptu', 'POLRES-JEMBER')));
    expect(searchCrew(many, 'andi', { limit: 20 })).toHaveLength(20);
  });
});

describe('whom a plan may carry', () => {
  const unit = (id: number, code: string, level: Unit['level'], parent: string | null, regions: string[]): Unit => ({
    id,
    code,
    name: code,
    level,
    parent_code: parent,
    region_codes: regions,
    time_zone: 'WIB',
    lat: null,
    lon: null,
  });
  const polres = unit(7, 'POLRES-JEMBER', 'polres', 'POLDA-JATIM', ['35.09']);
  const kaliwates = unit(44, 'POLSEK-35.09.19', 'polsek', 'POLRES-JEMBER', ['35.09.19']);
  const jombang = unit(26, 'POLSEK-35.09.01', 'polsek', 'POLRES-JEMBER', ['35.09.01']);
  const other = unit(9, 'POLRES-LUMAJANG', 'polres', 'POLDA-JATIM', ['35.08']);
  const units = [polres, kaliwates, jombang, other];

  it('a Polres plan: its people and its Polsek; rosters of the same units', () => {
    const s = crewScope(polres, units)!;
    expect(s.personnelRegions).toEqual(['35.09']);
    expect([...s.personnelUnits].sort()).toEqual(['POLRES-JEMBER', 'POLSEK-35.09.01', 'POLSEK-35.09.19']);
    expect(s.partnerRegions).toEqual(['35.09']);
    expect(s.partnerUnits.has('POLRES-LUMAJANG')).toBe(false);
  });

  it('a Polsek plan: its own people; the rosters its Polres holds', () => {
    const s = crewScope(kaliwates, units)!;
    expect([...s.personnelUnits]).toEqual(['POLSEK-35.09.19']);
    expect(s.personnelRegions).toEqual(['35.09.19']);
    expect(s.partnerRegions).toEqual(['35.09', '35.09.19']);
    expect([...s.partnerUnits].sort()).toEqual(['POLRES-JEMBER', 'POLSEK-35.09.19']);
  });

  it('nothing without a unit', () => {
    expect(crewScope(null, units)).toBeNull();
  });
});

describe('the create request with a crew', () => {
  const draftWithCrew = () => {
    const d = emptyDraft(7, '2026-11-28');
    d.teams = [
      { ...emptyTeam(), field_unit_id: '5', crew: [rudi, rohman] },
      { ...emptyTeam(), field_unit_id: '6', crew: [budi] },
      { ...emptyTeam(), field_unit_id: '7' },
    ];
    d.stops = [{ ...emptyStop('20:00', '22:00'), object_id: '44' }];
    return d;
  };

  it('sends each pick as personnel_id or partner_member_id, in the order picked', () => {
    const { input, problems } = buildPlanInput(draftWithCrew());
    expect(problems).toEqual({});
    expect(input!.teams.map((t) => t.crew)).toEqual([[{ personnel_id: 1329 }, { partner_member_id: 3721 }], [{ partner_member_id: 3723 }], []]);
    expect(JSON.parse(JSON.stringify(input!.teams[0]))).toEqual({ field_unit_id: 5, profile: 'mobil', crew: [{ personnel_id: 1329 }, { partner_member_id: 3721 }] });
  });

  it('shows a refused crew member on its chip, else under the team crew field', () => {
    const known = knownFields(draftWithCrew());
    expect(known.has('teams[0].crew[1]')).toBe(true);
    expect(known.has('teams[1].crew[1]')).toBe(false);
    expect(placeFieldError('teams[0].crew[1].partner_member_id', known)).toBe('teams[0].crew[1]');
    expect(placeFieldError('teams[0].crew[0].personnel_id', known)).toBe('teams[0].crew[0]');
    expect(placeFieldError('teams[0].crew[0]', known)).toBe('teams[0].crew[0]');
    expect(placeFieldError('teams[1].crew[3].personnel_id', known)).toBe('teams[1].crew');
    expect(placeFieldError('teams[2].crew', known)).toBe('teams[2].crew');
  });
});

describe('alerts raised before the page opened', () => {
  const c: Compliance = {
    plan: { total: 4, selesai: 1, terlambat: 1, terlewat: 2, menunggu: 0 },
    teams: [{ team_id: 1, call_sign: 'Patroli Kaliwates 1', total: 4, selesai: 1, terlambat: 1, terlewat: 2, menunggu: 0 }],
    stops: [
      { stop_id: 10, name: 'KPU', team_id: 1, status: 'selesai', window_close_at: '2026-11-28T10:00:00Z', visited_at: '2026-11-28T09:00:00Z', method: 'tap', check_in_id: 1, photo_url: null },
      { stop_id: 11, name: 'Bawaslu', team_id: 1, status: 'terlewat', window_close_at: '2026-11-28T08:00:00Z', visited_at: null, method: null, check_in_id: null, photo_url: null },
      { stop_id: 12, name: 'Gudang', team_id: 1, status: 'terlambat', window_close_at: '2026-11-28T09:00:00Z', visited_at: '2026-11-28T09:20:00Z', method: 'geofence', check_in_id: 2, photo_url: null },
      { stop_id: 13, name: 'PPK', team_id: 1, status: 'terlewat', window_close_at: '2026-11-28T07:00:00Z', visited_at: null, method: null, check_in_id: null, photo_url: null },
      { stop_id: 14, name: 'Left out', team_id: null, status: 'terlewat', window_close_at: '2026-11-28T11:00:00Z', visited_at: null, method: null, check_in_id: null, photo_url: null },
    ],
  };

  it('lists the missed and late stops of a route, the latest window first', () => {
    const lines = earlierAlerts(c, [], [], new Set());
    expect(lines.map((l) => [l.stop_id, l.kind, l.source])).toEqual([
      [12, 'terlambat', 'earlier'],
      [11, 'terlewat', 'earlier'],
      [13, 'terlewat', 'earlier'],
    ]);
    expect(lines[0]).toMatchObject({ call_sign: 'Patroli Kaliwates 1', visited_at: '2026-11-28T09:20:00Z', stop_name: 'Gudang' });
  });

  it('leaves out what is shown or was dismissed', () => {
    const live = liveAlertLine({ plan_id: 1, team_id: 1, stop_id: 11, kind: 'terlewat', stop_name: 'Bawaslu', call_sign: 'X', window_close_at: '2026-11-28T08:00:00Z' });
    const lines = earlierAlerts(c, [{ id: 1, call_sign: 'T1' }], [live], new Set(['13:terlewat']));
    expect(lines.map((l) => l.stop_id)).toEqual([12]);
    expect(lines[0]!.call_sign).toBe('T1');
  });

  it('a live alert goes on top and replaces the line of its stop', () => {
    const lines: AlertLine[] = earlierAlerts(c, [], [], new Set());
    const next = withLiveAlert(lines, { plan_id: 1, team_id: 1, stop_id: 11, kind: 'terlambat', stop_name: 'Bawaslu', call_sign: 'X', window_close_at: '2026-11-28T08:00:00Z' });
    expect(next.map((l) => [l.stop_id, l.kind, l.source])).toEqual([
      [11, 'terlambat', 'live'],
      [12, 'terlambat', 'earlier'],
      [13, 'terlewat', 'earlier'],
    ]);
  });
});

describe('check-in photos', () => {
  it('links only the API path of a photo', () => {
    expect(safePhotoUrl('/api/v1/patrol-plans/2/check-ins/1/photo')).toBe('/api/v1/patrol-plans/2/check-ins/1/photo');
    expect(safePhotoUrl(null)).toBeNull();
    expect(safePhotoUrl('javascript:alert(1)')).toBeNull();
    expect(safePhotoUrl('https://evil.example/x.png')).toBeNull();
    expect(safePhotoUrl('//evil.example/api/v1/x')).toBeNull();
    expect(safePhotoUrl('/api/v1/../../etc/passwd')).toBeNull();
  });
});
