// The crew of one team in the plan form: search-as-you-type over the Polri
// personnel of the plan's unit and its Polsek (GET /personnel) and the
// partner rosters (GET /partners: TNI, Satpol PP, Dishub, Linmas) the server
// accepts for the plan; each pick becomes a chip. The lists are read once per
// page (Linmas, thousands of people, after the others) and searched here: the
// API has no text search. A 422 on `teams[0].crew[1].personnel_id` is shown
// on that chip.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Unit } from '../core/types';
import { errorText } from '../core/ui';
import { partnersIn, personnelIn } from './api';
import { addCrew, type CrewPick, type CrewScope, crewKey, crewName, crewScope, fromPartner, fromPerson, searchCrew } from './crew';
import { forceLabel } from './parts';
import { t } from './words';

const cache = new Map<string, Promise<CrewPick[]>>();

/** One list, asked once per page load; a failure is asked again next time. */
function cached(key: string, load: () => Promise<CrewPick[]>): Promise<CrewPick[]> {
  let p = cache.get(key);
  if (!p) {
    p = load();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

async function listsOf(regions: readonly string[], key: string, load: (region: string) => Promise<CrewPick[]>): Promise<CrewPick[]> {
  const parts = await Promise.all(regions.map((r) => cached(`${key}:${r}`, () => load(r))));
  const seen = new Set<string>();
  const out: CrewPick[] = [];
  for (const c of parts.flat()) {
    const k = crewKey(c);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(c);
    }
  }
  return out;
}

function personnel(scope: CrewScope): Promise<CrewPick[]> {
  return listsOf(scope.personnelRegions, 'personnel', async (r) => (await personnelIn(r)).map(fromPerson)).then((all) =>
    all.filter((c) => scope.personnelUnits.has(c.unit)),
  );
}

function partners(scope: CrewScope, force: 'tni' | 'satpol_pp' | 'dishub' | 'linmas'): Promise<CrewPick[]> {
  return listsOf(scope.partnerRegions, `partners:${force}`, async (r) => (await partnersIn(r, force)).map(fromPartner)).then((all) =>
    all.filter((c) => scope.partnerUnits.has(c.unit)),
  );
}

interface Pool {
  items: CrewPick[];
  loading: boolean;
  linmasLoading: boolean;
  error: unknown;
}

/** The people the plan's crews may have; loaded when `active` (the search was used). */
function useCrewPool(scope: CrewScope | null, active: boolean): Pool {
  const [pool, setPool] = useState<Pool>({ items: [], loading: false, linmasLoading: false, error: null });
  const scopeKey = scope ? `${scope.personnelRegions.join(',')}|${[...scope.personnelUnits].join(',')}|${scope.partnerRegions.join(',')}` : '';
  useEffect(() => {
    if (!scope || !active) return;
    let live = true;
    setPool({ items: [], loading: true, linmasLoading: true, error: null });
    const main = Promise.allSettled([personnel(scope), partners(scope, 'tni'), partners(scope, 'satpol_pp'), partners(scope, 'dishub')]);
    void main.then(async (rs) => {
      if (!live) return;
      const items = rs.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
      const failed = rs.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      setPool({ items, loading: false, linmasLoading: !failed, error: failed ? failed.reason : null });
      if (failed) return; // not allowed to read rosters: no point in the largest one
      try {
        const linmas = await partners(scope, 'linmas');
        if (live) setPool((p) => ({ ...p, items: [...p.items, ...linmas], linmasLoading: false }));
      } catch (e) {
        if (live) setPool((p) => ({ ...p, linmasLoading: false, error: e }));
      }
    });
    return () => {
      live = false;
    };
  }, [scopeKey, active]);
  return pool;
}

const FORCE_FILTERS = ['', 'POLRI', 'TNI', 'SATPOL_PP', 'DISHUB', 'LINMAS'] as const;

export function CrewPicker({
  field,
  crew,
  planUnit,
  units,
  taken,
  errors,
  onChange,
}: {
  /** `teams[0]`: the prefix of the field names. */
  field: string;
  crew: readonly CrewPick[];
  planUnit: Unit | null;
  units: readonly Unit[];
  /** People in other teams of this plan (key → team index). */
  taken: ReadonlyMap<string, number>;
  errors: Record<string, string>;
  onChange: (crew: CrewPick[]) => void;
}) {
  const scope = useMemo(() => crewScope(planUnit, units), [planUnit?.code, units]);
  const unitNames = useMemo(() => new Map(units.map((u) => [u.code, u.name])), [units]);
  const [active, setActive] = useState(false);
  const [q, setQ] = useState('');
  const [force, setForce] = useState<string>('');
  const [open, setOpen] = useState(false);
  const [cursor, setCursor] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const pool = useCrewPool(scope, active);
  const own = useMemo(() => new Set(crew.map(crewKey)), [crew]);
  const hits = useMemo(
    () => searchCrew(pool.items, q, { force, exclude: own, taken, limit: 20, unitName: (c) => unitNames.get(c) }),
    [pool.items, q, force, own, taken, unitNames],
  );
  useEffect(() => setCursor(0), [q, force]);

  const id = `f-${field}.crew`;
  const listId = `${id}-list`;
  const shown = open && q.trim().length > 0;
  const pick = (c: CrewPick) => {
    onChange(addCrew(crew, c));
    setQ('');
    setOpen(false);
    input.current?.focus();
  };
  const remove = (k: string) => onChange(crew.filter((c) => crewKey(c) !== k));
  const usable = (i: number) => hits[i] && hits[i]!.takenBy === null;

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      setOpen(true);
      setCursor((c) => (e.key === 'ArrowDown' ? (c + 1) % hits.length : (c - 1 + hits.length) % hits.length));
    } else if (e.key === 'Enter') {
      e.preventDefault(); // never submits the plan from here
      if (shown && usable(cursor)) pick(hits[cursor]!.pick);
    } else if (e.key === 'Escape') {
      if (shown) e.preventDefault();
      setOpen(false);
    }
  };

  const unitOf = (c: CrewPick) => (c.kind === 'personnel' ? unitNames.get(c.unit) ?? c.unit : c.desa ? t('crewDesa', { desa: c.desa }) : '');

  return (
    <div class="pt-crew" data-testid="crew-picker" data-loaded={String(!pool.loading && active)} data-count={crew.length}>
      {crew.length > 0 && (
        <ul class="pt-crew-chips" data-testid="crew-chips" aria-label={t('f_crew')}>
          {crew.map((c, j) => {
            const err = errors[`${field}.crew[${j}]`];
            return (
              <li
                class={`pt-crew-chip${err ? ' invalid' : ''}`}
                data-testid="crew-chip"
                data-kind={c.kind}
                data-id={c.id}
                data-force={c.force}
              >
                <span class={`pt-force pt-force-${c.force}`}>{forceLabel(c.force)}</span>
                <span>{crewName(c)}</span>
                <button type="button" class="pt-chip-x" aria-label={t('crewRemove', { name: crewName(c) })} data-testid="crew-remove" onClick={() => remove(crewKey(c))}>
                  ×
                </button>
                {err && (
                  <small class="field-error block" role="alert" data-field-error={`${field}.crew[${j}]`} tabIndex={-1}>
                    {err}
                  </small>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div class="pt-crew-search">
        <select aria-label={t('crewForce')} value={force} data-testid="crew-force" onChange={(e) => {
          setForce(e.currentTarget.value);
          setActive(true);
        }}>
          {FORCE_FILTERS.map((f) => (
            <option value={f}>{f ? forceLabel(f) : t('crewAllForces')}</option>
          ))}
        </select>
        <input
          ref={input}
          id={id}
          type="search"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-activedescendant={shown && hits[cursor] ? `${listId}-${cursor}` : undefined}
          aria-describedby={errors[`${field}.crew`] ? `${id}-error` : undefined}
          placeholder={t('crewSearch')}
          value={q}
          data-testid="crew-search"
          onFocus={() => {
            setActive(true);
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onInput={(e) => {
            setQ(e.currentTarget.value);
            setActive(true);
            setOpen(true);
          }}
          onKeyDown={onKey}
        />
      </div>
      {shown && (
        // The input keeps the focus while an option is clicked (mousedown is not let through).
        <ul class="pt-crew-results" role="listbox" id={listId} data-testid="crew-results" aria-label={t('crewResults')}>
          {hits.map((h, i) => (
            <li
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === cursor}
              aria-disabled={h.takenBy !== null}
              class={`${i === cursor ? 'active' : ''}${h.takenBy !== null ? ' taken' : ''}`}
              data-testid="crew-option"
              data-kind={h.pick.kind}
              data-id={h.pick.id}
              data-force={h.pick.force}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setCursor(i)}
              onClick={() => h.takenBy === null && pick(h.pick)}
            >
              <span class={`pt-force pt-force-${h.pick.force}`}>{forceLabel(h.pick.force)}</span> <strong>{crewName(h.pick)}</strong>{' '}
              <small class="muted">{[unitOf(h.pick), h.pick.ident].filter(Boolean).join(' · ')}</small>
              {h.takenBy !== null && <small class="muted block">{t('crewTaken', { n: h.takenBy + 1 })}</small>}
            </li>
          ))}
          {hits.length === 0 && !pool.loading && (
            <li class="muted" role="presentation" data-testid="crew-none">
              {pool.linmasLoading && (force === '' || force === 'LINMAS') ? t('crewLoadingLinmas') : t('crewNone')}
            </li>
          )}
          {pool.loading && (
            <li class="muted" role="presentation">
              {t('crewLoading')}
            </li>
          )}
        </ul>
      )}
      {active && !pool.loading && !pool.linmasLoading && (pool.error === null || pool.error === undefined) && !pool.items.some((c) => c.kind === 'partner') && (
        // A Kapolsek's territory does not reach the rosters its Polres holds.
        <small class="muted block" data-testid="crew-no-partners">
          {t('crewNoPartners')}
        </small>
      )}
      {pool.error !== null && pool.error !== undefined && (
        <small class="field-error block" data-testid="crew-load-error">
          {t('crewLoadError', { message: errorText(pool.error) })}
        </small>
      )}
    </div>
  );
}
