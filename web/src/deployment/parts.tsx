// Small pieces the deployment screens share: where a screen lives (the unit
// rides along as ?unit=), the units a user may plan for and their time zones,
// status and class badges, the progress bar.

import { useEffect, useState } from 'preact/hooks';
import { allPages, api } from '../core/api';
import { currentUser } from '../core/session';
import type { TimeZoneName, TpsClass, Unit } from '../core/types';
import { vulnClassColor } from '../vulnerability/colors';
import type { PlanStatus } from './types';
import { progressPercent, statusTone } from './values';
import { labelOf, t } from './words';

export const BASE = '/pengamanan';

/** A screen of the capability for a unit; the user's own unit is left out of the query. */
export function hrefFor(sub: string, unit: string): string {
  const own = currentUser()?.unit_code;
  const q = unit && unit !== own ? `?unit=${encodeURIComponent(unit)}` : '';
  return `${BASE}${sub === '/' ? '' : sub}${q}`;
}

/** A plan's screen: /pengamanan/rencana/12, /pengamanan/rencana/12/perubahan … */
export function planHref(id: number, sub = '', query: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `${BASE}/rencana/${id}${sub}${s ? `?${s}` : ''}`;
}

// --- units -----------------------------------------------------------------------

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

/** The unit record of a code, once the list has arrived (null before, or when unknown). */
export function useUnit(code: string): Unit | null {
  const [units, setUnits] = useState<Unit[] | null>(null);
  useEffect(() => {
    let live = true;
    visibleUnits().then(
      (list) => live && setUnits(list),
      () => undefined, // names fall back to the code, the zone to the user's
    );
    return () => {
      live = false;
    };
  }, []);
  return units?.find((u) => u.code === code) ?? null;
}

/** The zone times of a unit are shown in: its own, else the user's. */
export function useZone(unitCode: string): TimeZoneName {
  const user = currentUser();
  const unit = useUnit(unitCode);
  if (unit) return unit.time_zone;
  return user?.time_zone ?? 'WIB';
}

// --- badges ----------------------------------------------------------------------

export function StatusBadge({ status, testid }: { status: PlanStatus | string; testid?: string }) {
  return (
    <span class={`dp-status dp-status-${statusTone(status)}`} data-status={status} data-testid={testid}>
      {labelOf('status', status)}
    </span>
  );
}

export function classLabel(c: TpsClass | null | undefined): string {
  return labelOf('class', c);
}

/** The class as a coloured tag (the colours of the vulnerability map). */
export function ClassBadge({ cls }: { cls: TpsClass | null | undefined }) {
  return (
    <span class={`dp-class dp-class-${cls ?? 'none'}`} style={{ background: vulnClassColor(cls) }} data-class={cls ?? 'none'}>
      {classLabel(cls)}
    </span>
  );
}

export function Progress({ progress, message }: { progress: number; message?: string }) {
  const pct = progressPercent(progress);
  return (
    <div class="dp-progress" data-testid="dp-progress" data-progress={pct}>
      <div class="dp-progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <span style={{ width: `${pct}%` }} />
      </div>
      <span class="dp-progress-text">
        {t('progressText', { percent: pct })}
        {message ? ` · ${message}` : ''}
      </span>
    </div>
  );
}
