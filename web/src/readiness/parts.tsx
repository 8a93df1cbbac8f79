// Small pieces the readiness screens share: where a screen lives (the unit
// rides along as ?unit=), the readiness figure and bars, condition and fuel
// badges, big on/off buttons for the checklist, item-kind labels.

import type { ComponentChildren } from 'preact';
import { AsyncView, type AsyncState } from '../core/ui';
import { useEffect, useState } from 'preact/hooks';
import { currentUser } from '../core/session';
import { equipmentKinds, readiness } from './api';
import type { EquipmentKind, ItemCondition } from './types';
import { barWidth, formatPercent, fuelColor, fuelTone, readinessTone } from './values';

export { itemLabel, kindLabel } from './values';
import { labelOf, t } from './words';

export const BASE = '/kesiapan';

/** The path of a readiness screen for a unit; the user's own unit is left out of the query. */
export function hrefFor(sub: string, unit: string, extra: Record<string, string | null | undefined> = {}): string {
  const own = currentUser()?.unit_code;
  const q = new URLSearchParams();
  if (unit && unit !== own) q.set('unit', unit);
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  const s = q.toString();
  return `${BASE}${sub === '/' ? '' : sub}${s ? `?${s}` : ''}`;
}

// --- unit names ----------------------------------------------------------------

const names = new Map<string, string>();
const asked = new Map<string, Promise<void>>();

export function rememberUnit(code: string, name: string): void {
  names.set(code, name);
}

/** The name of a unit: known from a board already seen, the user's own, or asked once. */
export function useUnitName(code: string): string {
  const user = currentUser();
  const [, setTick] = useState(0);
  const known = names.get(code) ?? (user && code === user.unit_code ? user.unit_name : undefined);
  useEffect(() => {
    if (known) return;
    let live = true;
    let p = asked.get(code);
    if (!p) {
      p = readiness(code).then(
        (r) => rememberUnit(r.unit.code, r.unit.name),
        () => undefined,
      );
      asked.set(code, p);
    }
    void p.then(() => live && setTick((n) => n + 1));
    return () => {
      live = false;
    };
  }, [code, known]);
  return known ?? code;
}

// --- item kinds ------------------------------------------------------------------

/** Labels of item kinds (HT / radio, Rompi anti sayat …) from the catalogue. */
export function useKinds(): Map<string, EquipmentKind> {
  const [kinds, setKinds] = useState<Map<string, EquipmentKind>>(() => new Map());
  useEffect(() => {
    let live = true;
    equipmentKinds().then(
      (list) => live && setKinds(new Map(list.map((k) => [k.code, k]))),
      () => undefined, // labels fall back to the code
    );
    return () => {
      live = false;
    };
  }, []);
  return kinds;
}


/** Like AsyncView, but keeps the last data on screen while it is asked again. */
export function Keep<T>({
  state,
  onRetry,
  isEmpty,
  empty,
  children,
}: {
  state: AsyncState<T>;
  onRetry?: () => void;
  isEmpty?: (data: T) => boolean;
  empty?: ComponentChildren;
  children: (data: T) => ComponentChildren;
}) {
  const shown: AsyncState<T> = state.status === 'loading' && state.data !== undefined ? { status: 'ok', data: state.data } : state;
  return (
    <AsyncView state={shown} onRetry={onRetry} isEmpty={isEmpty} empty={empty}>
      {children}
    </AsyncView>
  );
}

// --- figures -----------------------------------------------------------------------

/** The readiness figure; `raw` (the API's value) is kept in data-readiness. */
export function Figure({ share, raw, big, testid }: { share: number; raw?: number; big?: boolean; testid?: string }) {
  const tone = readinessTone(share);
  return (
    <span class={`rd-figure rd-${tone}${big ? ' big' : ''}`} data-testid={testid} data-readiness={raw ?? share} data-tone={tone}>
      {formatPercent(share)}
    </span>
  );
}

export function Bar({ share, tone }: { share: number; tone?: string }) {
  return (
    <span class={`rd-bar rd-${tone ?? readinessTone(share)}`} aria-hidden="true">
      <span style={{ width: `${barWidth(share)}%` }} />
    </span>
  );
}

export function FuelBar({ fuel }: { fuel: number | null | undefined }) {
  const known = fuel !== null && fuel !== undefined;
  return (
    <span class={`fuel fuel-${fuelTone(fuel)}`} data-fuel={known ? fuel : ''} data-tone={fuelTone(fuel)}>
      <span class="fuel-track" aria-hidden="true">
        <span class="fuel-level" style={{ width: `${known ? Math.max(0, Math.min(100, fuel)) : 0}%`, background: fuelColor(fuel) }} />
      </span>
      <span class="fuel-text">{known ? `${fuel}%` : t('fuelUnknown')}</span>
    </span>
  );
}

export function CondBadge({ condition }: { condition: ItemCondition }) {
  return (
    <span class={`cond cond-${condition}`} data-condition={condition}>
      {labelOf('cond', condition)}
    </span>
  );
}

/** A big on/off button (checklist): pressed = yes. */
export function Toggle({
  on,
  onChange,
  children,
  disabled,
  testid,
  negative,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
  children: ComponentChildren;
  disabled?: boolean;
  testid?: string;
  /** Text shown when off. */
  negative?: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class={`tgl${on ? ' on' : ' off'}`}
      aria-pressed={on}
      disabled={disabled}
      data-testid={testid}
      onClick={() => onChange(!on)}
    >
      <span class="tgl-mark" aria-hidden="true">
        {on ? '✓' : '✗'}
      </span>
      {on || negative === undefined ? children : negative}
    </button>
  );
}

/** Two-way choice with big buttons (Hadir / Tidak hadir). */
export function Segmented<T extends string>({
  value,
  options,
  onChange,
  disabled,
  name,
}: {
  value: T;
  options: { value: T; label: string; tone?: string }[];
  onChange: (v: T) => void;
  disabled?: boolean;
  name: string;
}) {
  return (
    <div class="seg2" role="group" data-name={name}>
      {options.map((o) => (
        <button
          type="button"
          class={`seg2-btn${o.value === value ? ` active ${o.tone ?? ''}` : ''}`}
          aria-pressed={o.value === value}
          data-value={o.value}
          disabled={disabled}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
