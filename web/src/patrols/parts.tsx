// Small pieces the patrol screens share: where they live, the units a user
// sees, status chips and the compliance counts.

import { allPages, api } from '../core/api';
import { formatNumber } from '../core/i18n';
import type { Unit } from '../core/types';
import { crewName } from './crew';
import type { Counts, CrewMember } from './types';
import { statusColor } from './values';
import { labelOf, t } from './words';

export const BASE = '/patroli';

export function planHref(id: number): string {
  return `${BASE}/${id}`;
}

export function teamHref(planId: number, teamId: number): string {
  return `${BASE}/${planId}/tim/${teamId}`;
}

let unitsCache: Promise<Unit[]> | null = null;

/** Every unit the user sees (GET /units), asked once per page load. */
export function visibleUnits(): Promise<Unit[]> {
  if (!unitsCache) {
    unitsCache = allPages((cursor) => api.units({ limit: 1000, cursor })).then(
      (r) => r.items,
      (e: unknown) => {
        unitsCache = null;
        throw e;
      },
    );
  }
  return unitsCache;
}

export function StopChip({ status, testid }: { status: string; testid?: string }) {
  return (
    <span class="pt-chip" style={{ background: statusColor(status) }} data-status={status} data-testid={testid}>
      {labelOf('stop', status)}
    </span>
  );
}

const ORDER = ['selesai', 'terlambat', 'terlewat', 'menunggu'] as const;

/** "3 selesai · 1 terlambat · …" as coloured counts; data-* carry the numbers. */
export function CountsView({ counts, testid }: { counts: Counts; testid?: string }) {
  return (
    <span class="pt-counts" data-testid={testid} data-total={counts.total} {...Object.fromEntries(ORDER.map((k) => [`data-${k}`, counts[k]]))}>
      {ORDER.map((k) => (
        <span class="pt-count" data-count-of={k}>
          <span class="swatch dot" style={{ background: statusColor(k) }} />
          <strong>{formatNumber(counts[k])}</strong> {labelOf('stop', k).toLowerCase()}
        </span>
      ))}
    </span>
  );
}

/** "Polri", "TNI", "Satpol PP", … for a force code of either case. */
export function forceLabel(force: string | null | undefined): string {
  const f = (force ?? '').toUpperCase();
  return labelOf('force', f) || f;
}

/** A team's crew as chips: force, rank and name (plan page, phone). */
export function CrewList({ crew, testid = 'team-crew' }: { crew: readonly CrewMember[]; testid?: string }) {
  if (!crew.length) return null;
  return (
    <ul class="pt-crew-list" data-testid={testid} aria-label={t('crewTitle')}>
      {crew.map((c) => {
        const force = (c.force || (c.personnel_id ? 'POLRI' : '')).toUpperCase();
        return (
          <li
            class="pt-crew-chip"
            data-testid="crew-member"
            data-personnel-id={c.personnel_id ?? undefined}
            data-partner-member-id={c.partner_member_id ?? undefined}
            data-force={force}
          >
            <span class={`pt-force pt-force-${force}`}>{forceLabel(force)}</span>
            <span>{crewName(c)}</span>
          </li>
        );
      })}
    </ul>
  );
}
