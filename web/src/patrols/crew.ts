// The crew of a team (pure, no DOM): Polri personnel of the plan's unit and
// its Polsek, and members of the partner forces' rosters (TNI, Satpol PP,
// Dishub, Linmas) the server accepts for the plan (docs/patrols.md,
// `teams[i].crew[j]`). Which units and regions to ask, a search by name, rank,
// NRP or unit, and the request's `crew` items.

import type { Unit } from '../core/types';
import type { Person } from '../readiness/types';
import type { CrewInput, CrewMember, PartnerMember } from './types';

/** Force codes as the plan JSON has them (`teams[i].crew[j].force`). */
export type CrewForce = 'POLRI' | 'TNI' | 'SATPOL_PP' | 'DISHUB' | 'LINMAS';
export const CREW_FORCES: readonly CrewForce[] = ['POLRI', 'TNI', 'SATPOL_PP', 'DISHUB', 'LINMAS'];

/** One person the picker offers or a team carries. */
export interface CrewPick {
  kind: 'personnel' | 'partner';
  id: number;
  name: string;
  rank: string;
  force: CrewForce | string;
  /** NRP (Polri) or the roster identifier (partners). */
  ident: string;
  /** Code of the person's unit, or of the unit holding the roster. */
  unit: string;
  /** Desa of a Babinsa / Linmas member. */
  desa: string | null;
}

/** "p7" / "m3": one key per person across both lists. */
export function crewKey(c: { kind: CrewPick['kind']; id: number }): string {
  return `${c.kind === 'personnel' ? 'p' : 'm'}${c.id}`;
}

export function fromPerson(p: Person): CrewPick {
  return { kind: 'personnel', id: p.id, name: p.name, rank: p.rank, force: 'POLRI', ident: p.nrp, unit: p.unit, desa: null };
}

export function fromPartner(m: PartnerMember): CrewPick {
  return {
    kind: 'partner',
    id: m.id,
    name: m.name,
    rank: m.rank,
    force: String(m.force).toUpperCase(),
    ident: m.identifier,
    unit: m.unit,
    desa: m.desa_code ?? null,
  };
}

/** A crew member of a stored plan as a pick (for showing it the same way). */
export function fromCrewMember(c: CrewMember): CrewPick {
  const partner = c.personnel_id === null || c.personnel_id === undefined;
  return {
    kind: partner ? 'partner' : 'personnel',
    id: (partner ? c.partner_member_id : c.personnel_id) ?? 0,
    name: c.name,
    rank: c.rank,
    force: (c.force || (partner ? '' : 'POLRI')).toUpperCase(),
    ident: '',
    unit: '',
    desa: null,
  };
}

/** The request's item: `{personnel_id}` or `{partner_member_id}`. */
export function crewInput(c: Pick<CrewPick, 'kind' | 'id'>): CrewInput {
  return c.kind === 'personnel' ? { personnel_id: c.id } : { partner_member_id: c.id };
}

/** "AKP Rudi Yusuf". */
export function crewName(c: { rank?: string | null; name: string }): string {
  return [c.rank, c.name].filter(Boolean).join(' ');
}

/** Adds a pick unless the team has it already. */
export function addCrew(crew: readonly CrewPick[], c: CrewPick): CrewPick[] {
  const k = crewKey(c);
  return crew.some((x) => crewKey(x) === k) ? [...crew] : [...crew, c];
}

/** Counts by force in the fixed order: [["POLRI", 2], ["TNI", 1]]. */
export function crewCounts(crew: readonly { force: string }[]): [string, number][] {
  const by = new Map<string, number>();
  for (const c of crew) {
    const f = (c.force || '').toUpperCase();
    by.set(f, (by.get(f) ?? 0) + 1);
  }
  const order = (f: string) => {
    const i = (CREW_FORCES as readonly string[]).indexOf(f);
    return i < 0 ? CREW_FORCES.length : i;
  };
  return [...by.entries()].sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]));
}

// --- whom the server accepts, and where to find them -------------------------------

export interface CrewScope {
  /** Regions whose personnel lists hold the plan's people (the unit's own). */
  personnelRegions: string[];
  /** Units whose members may ride: the plan's unit and its Polsek. */
  personnelUnits: Set<string>;
  /** Regions whose partner rosters to read (a Polsek plan: its Polres's, which holds the rosters). */
  partnerRegions: string[];
  /** Roster holders: the unit, its Polsek and, for a Polsek plan, its Polres. */
  partnerUnits: Set<string>;
}

/** As the server checks `teams[i].crew[j]` (service/patrol_plan_build.cpp); null without a unit. */
export function crewScope(planUnit: Unit | null, units: readonly Unit[]): CrewScope | null {
  if (!planUnit) return null;
  const children = units.filter((u) => u.parent_code === planUnit.code).map((u) => u.code);
  const parent = planUnit.level === 'polsek' ? units.find((u) => u.code === planUnit.parent_code) ?? null : null;
  const personnelUnits = new Set([planUnit.code, ...children]);
  const partnerUnits = new Set([planUnit.code, ...children, ...(parent ? [parent.code] : [])]);
  const own = planUnit.region_codes ?? [];
  const partnerRegions = parent ? [...new Set([...(parent.region_codes ?? []), ...own])] : own;
  return { personnelRegions: [...own], personnelUnits, partnerRegions, partnerUnits };
}

// --- the search ---------------------------------------------------------------------

/** Lower case, no accents, one space: "Moh.  Rohman" → "moh. rohman". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export interface CrewHit {
  pick: CrewPick;
  /** The team (index) that has this person already, if another one. */
  takenBy: number | null;
}

/** What a pick is searched by: name, rank, NRP / identifier, force, unit (code and name). */
export function haystack(c: CrewPick, unitName?: string): string {
  return fold([c.name, c.rank, c.ident, c.force.replace('_', ' '), c.unit, unitName ?? ''].join(' '));
}

/**
 * The picks matching every word of `query` (in any field), best first: the
 * name starting with the query, then a name word starting with it, then the
 * rest; within each Polri, TNI, Satpol PP, Dishub, Linmas, then by name. Picks of `exclude` (the team's own crew)
 * are left out; those in `taken` (key → another team's index) come with it.
 */
export function searchCrew(
  pool: readonly CrewPick[],
  query: string,
  opts: { force?: string; exclude?: ReadonlySet<string>; taken?: ReadonlyMap<string, number>; limit?: number; unitName?: (code: string) => string | undefined } = {},
): CrewHit[] {
  const q = fold(query);
  const words = q.split(' ').filter(Boolean);
  if (!words.length) return [];
  const force = opts.force ? opts.force.toUpperCase() : '';
  const scored: { hit: CrewHit; rank: number; name: string }[] = [];
  for (const c of pool) {
    if (force && c.force.toUpperCase() !== force) continue;
    const key = crewKey(c);
    if (opts.exclude?.has(key)) continue;
    const hay = haystack(c, opts.unitName?.(c.unit));
    if (!words.every((w) => hay.includes(w))) continue;
    const name = fold(c.name);
    const rank = name.startsWith(q) ? 0 : name.split(' ').some((w) => w.startsWith(words[0]!)) ? 1 : 2;
    scored.push({ hit: { pick: c, takenBy: opts.taken?.get(key) ?? null }, rank, name });
  }
  // Polri first, the Linmas (thousands, per desa) last, within each class.
  const order = (f: string) => {
    const i = (CREW_FORCES as readonly string[]).indexOf(f.toUpperCase());
    return i < 0 ? CREW_FORCES.length : i;
  };
  scored.sort((a, b) => a.rank - b.rank || order(a.hit.pick.force) - order(b.hit.pick.force) || a.name.localeCompare(b.name) || a.hit.pick.id - b.hit.pick.id);
  return scored.slice(0, opts.limit ?? 20).map((s) => s.hit);
}

/** Which team (index) has each person, for every team but `except`. */
export function takenByTeams(teams: readonly { crew: readonly CrewPick[] }[], except: number): Map<string, number> {
  const m = new Map<string, number>();
  teams.forEach((t, i) => {
    if (i === except) return;
    for (const c of t.crew) if (!m.has(crewKey(c))) m.set(crewKey(c), i);
  });
  return m;
}
