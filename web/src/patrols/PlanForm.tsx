// /patroli/baru: a new patrol or escort plan. Kind, name, date and shift,
// the unit and its depot; teams (a field unit, a vehicle from the readiness
// list, the travel profile, the load it carries, partner forces); stops
// picked from the strategic objects or the TPS, each with its time window,
// service minutes, priority and load; recurring needs ("every 4 hours from
// 22:00 until 06:00") and, for an escort, the warehouse → PPK → PPS → TPS
// chain. A 422 naming `stops[2].window_close` is shown under that row's field.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, ApiError, newIdempotencyKey } from '../core/api';
import { getLang, pick } from '../core/i18n';
import { Link, navigate, useLocation } from '../core/router';
import { currentUser } from '../core/session';
import { dayInZone } from '../core/time';
import type { StrategicObject, Tps, Unit } from '../core/types';
import { ErrorBox, errorText, Field, Loading, PageTitle, useAsync, useDebounced } from '../core/ui';
import { fieldUnits } from '../incidents/api';
import type { FieldUnit } from '../incidents/types';
import { type KeyedBody, keepKeyAfter, keyForAttempt } from '../incidents/values';
import type { Item } from '../readiness/types';
import { createPlan, objectsAll, searchTps, tpsOfDesa, vehicles } from './api';
import { takenByTeams } from './crew';
import { CrewPicker } from './CrewPicker';
import { BASE, planHref, visibleUnits } from './parts';
import { CHAIN_DIRECTIONS, CHAIN_LEGS, KINDS, PROFILES, type PatrolKind, type Profile } from './types';
import {
  buildPlanInput,
  chainFromKind,
  emptyDraft,
  emptyNeed,
  emptyStop,
  emptyTeam,
  expandNeed,
  knownFields,
  type NeedDraft,
  type PlanDraft,
  placeFieldError,
  type Problem,
  problemKeys,
  type StopDraft,
  type TeamDraft,
} from './values';
import { labelOf, t } from './words';

type Errors = Record<string, string>;

const WINDOW_FIELDS = ['window_open', 'window_close', 'service_minutes', 'window_minutes', 'from', 'to', 'every_minutes'];

function problemText(p: Problem): string {
  switch (p) {
    case 'required':
      return t('required');
    case 'number':
      return t('badNumber');
    case 'clock':
      return t('badClock');
    case 'noTeam':
      return t('noTeam');
    case 'noStop':
      return t('noStop');
  }
}

const vehicleCache = new Map<string, Promise<Item[]>>();
function vehiclesOf(code: string): Promise<Item[]> {
  let p = vehicleCache.get(code);
  if (!p) {
    p = vehicles(code);
    vehicleCache.set(code, p);
  }
  return p;
}

function useVehicles(code: string | null): Item[] {
  const [items, setItems] = useState<Item[]>([]);
  useEffect(() => {
    if (!code) {
      setItems([]);
      return;
    }
    let live = true;
    vehiclesOf(code).then((v) => live && setItems(v), () => live && setItems([]));
    return () => {
      live = false;
    };
  }, [code]);
  return items;
}

function vehicleLabel(v: Item): string {
  return [v.plate, v.kind_label ?? v.kind].filter(Boolean).join(' · ') || v.serial;
}

function TeamRow({
  i,
  row,
  units,
  fieldUnitList,
  planUnit,
  taken,
  errors,
  onChange,
  onRemove,
}: {
  i: number;
  row: TeamDraft;
  units: Unit[];
  fieldUnitList: FieldUnit[];
  planUnit: Unit | null;
  taken: ReadonlyMap<string, number>;
  errors: Errors;
  onChange: (patch: Partial<TeamDraft>) => void;
  onRemove: (() => void) | null;
}) {
  const p = `teams[${i}]`;
  const fu = fieldUnitList.find((u) => String(u.id) === row.field_unit_id) ?? null;
  const unitCode = (fu && units.find((u) => u.id === fu.unit_id)?.code) || planUnit?.code || null;
  const vs = useVehicles(unitCode);
  return (
    <fieldset class="pt-row" data-testid="team-row" data-index={i}>
      <legend>
        {t('colTeams')} {i + 1}
      </legend>
      {errors[p] && (
        <small class="field-error" role="alert" data-field-error={p}>
          {errors[p]}
        </small>
      )}
      <div class="pt-row-grid">
        <Field name={`${p}.field_unit_id`} label={t('f_field_unit')} error={errors[`${p}.field_unit_id`]}>
          <select
            id={`f-${p}.field_unit_id`}
            value={row.field_unit_id}
            data-testid="team-field-unit"
            onChange={(e) => {
              const id = e.currentTarget.value;
              const u = fieldUnitList.find((x) => String(x.id) === id);
              onChange({ field_unit_id: id, vehicle_item_id: '', profile: u?.kind === 'motor_patroli' ? 'motor' : 'mobil' });
            }}
          >
            <option value="">{t('chooseFieldUnit')}</option>
            {fieldUnitList.map((u) => (
              <option value={String(u.id)}>
                {u.call_sign} ({pick(u.kind_id, u.kind_en) || u.kind})
              </option>
            ))}
          </select>
        </Field>
        <Field name={`${p}.vehicle_item_id`} label={t('f_vehicle')} error={errors[`${p}.vehicle_item_id`]}>
          <select id={`f-${p}.vehicle_item_id`} value={row.vehicle_item_id} data-testid="team-vehicle" onChange={(e) => onChange({ vehicle_item_id: e.currentTarget.value })}>
            <option value="">{t('noVehicle')}</option>
            {vs.map((v) => (
              <option value={String(v.id)}>{vehicleLabel(v)}</option>
            ))}
          </select>
        </Field>
        <Field name={`${p}.profile`} label={t('f_profile')} error={errors[`${p}.profile`]}>
          <select id={`f-${p}.profile`} value={row.profile} data-testid="team-profile" onChange={(e) => onChange({ profile: e.currentTarget.value as Profile })}>
            {PROFILES.map((x) => (
              <option value={x}>{labelOf('profile', x)}</option>
            ))}
          </select>
        </Field>
        <Field name={`${p}.capacity`} label={t('f_capacity')} error={errors[`${p}.capacity`]} hint={t('capacityHint')}>
          <input id={`f-${p}.capacity`} inputMode="numeric" value={row.capacity} data-testid="team-capacity" onInput={(e) => onChange({ capacity: e.currentTarget.value })} />
        </Field>
        <Field name={`${p}.partners`} label={t('f_partners')} error={errors[`${p}.partners`]} hint={t('partnersHint')}>
          <input id={`f-${p}.partners`} value={row.partners} maxLength={200} data-testid="team-partners" onInput={(e) => onChange({ partners: e.currentTarget.value })} />
        </Field>
      </div>
      <Field name={`${p}.crew`} label={t('f_crew')} error={errors[`${p}.crew`]} hint={t('crewHint')}>
        <CrewPicker field={p} crew={row.crew} planUnit={planUnit} units={units} taken={taken} errors={errors} onChange={(crew) => onChange({ crew })} />
      </Field>
      {onRemove && (
        <button type="button" class="link danger" data-testid="team-remove" onClick={onRemove}>
          {t('remove')}
        </button>
      )}
    </fieldset>
  );
}

/** A TPS by its code (digits: a code prefix) or through its desa (a name: the desa found, then its TPS). */
function TpsPicker({ id, value, onPick }: { id: string; value: StopDraft['tps']; onPick: (v: StopDraft['tps']) => void }) {
  const [q, setQ] = useState('');
  const [desa, setDesa] = useState<{ code: string; name: string } | null>(null);
  const dq = useDebounced(q.trim(), 300);
  const [open, setOpen] = useState(!value);
  const res = useAsync(async (signal): Promise<{ tps: Tps[]; desa: { code: string; name: string; detail: string }[] }> => {
    if (desa) return { tps: (await tpsOfDesa(desa.code, signal)).items, desa: [] };
    if (dq.length < 2) return { tps: [], desa: [] };
    if (/^\d/.test(dq)) return { tps: (await searchTps(dq.replace(/\D/g, ''), signal)).items, desa: [] };
    const hits = await api.search(dq, 10, signal);
    return {
      tps: [],
      desa: hits.items.filter((h) => (h.type === 'desa' || h.type === 'kelurahan') && h.code).map((h) => ({ code: h.code!, name: h.name, detail: h.detail })),
    };
  }, [dq, desa?.code]);
  if (value && !open) {
    return (
      <div class="pt-tps-chosen" data-testid="stop-tps-chosen" data-tps-id={value.id}>
        <span>{value.label}</span>
        <button type="button" class="link" onClick={() => setOpen(true)}>
          {t('tpsChange')}
        </button>
      </div>
    );
  }
  const data = res.state.status === 'ok' ? res.state.data : null;
  return (
    <div class="pt-tps-pick">
      {desa ? (
        <div class="pt-tps-chosen">
          <span>
            {t('tpsOfDesa', { desa: desa.name })}
          </span>
          <button type="button" class="link" onClick={() => setDesa(null)}>
            {t('tpsChange')}
          </button>
        </div>
      ) : (
        <input id={id} type="search" value={q} placeholder={t('tpsSearch')} data-testid="stop-tps-search" onInput={(e) => setQ(e.currentTarget.value)} />
      )}
      {data && (desa || dq.length >= 2) && (
        <ul class="pt-tps-results" data-testid="stop-tps-results">
          {data.tps.length === 0 && data.desa.length === 0 && <li class="muted">{t('tpsNone')}</li>}
          {data.desa.map((d) => (
            <li>
              <button type="button" class="link" data-desa-code={d.code} onClick={() => setDesa({ code: d.code, name: d.name })}>
                {d.name} <small class="muted">{d.detail}</small>
              </button>
            </li>
          ))}
          {data.tps.map((x) => (
            <li>
              <button
                type="button"
                class="link"
                data-tps-id={x.id}
                onClick={() => {
                  onPick({ id: x.id, label: `TPS ${x.number} ${x.desa_name} (${x.code})` });
                  setOpen(false);
                }}
              >
                TPS {x.number} {x.desa_name} <small class="muted">{x.code}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
      {res.state.status === 'error' && <small class="field-error">{errorText(res.state.error)}</small>}
    </div>
  );
}

function ObjectSelect({ id, value, objects, onChange, testid }: { id: string; value: string; objects: StrategicObject[]; onChange: (v: string) => void; testid: string }) {
  const groups = useMemo(() => {
    const by = new Map<string, { label: string; items: StrategicObject[] }>();
    for (const o of objects) {
      const g = by.get(o.kind) ?? { label: pick(o.kind_label, o.kind_label_en) || o.kind, items: [] };
      g.items.push(o);
      by.set(o.kind, g);
    }
    return [...by.values()];
  }, [objects]);
  return (
    <select id={id} value={value} data-testid={testid} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{t('chooseObject')}</option>
      {groups.map((g) => (
        <optgroup label={g.label}>
          {g.items.map((o) => (
            <option value={String(o.id)}>{o.name}</option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

function StopRow({
  i,
  row,
  objects,
  errors,
  onChange,
  onRemove,
}: {
  i: number;
  row: StopDraft;
  objects: StrategicObject[];
  errors: Errors;
  onChange: (patch: Partial<StopDraft>) => void;
  onRemove: () => void;
}) {
  const p = `stops[${i}]`;
  const f = (name: string) => `${p}.${name}`;
  return (
    <fieldset class="pt-row" data-testid="stop-row" data-index={i} data-source={row.source}>
      <legend>
        {i + 1}. {row.source === 'tps' ? t('pickFromTps') : t('pickFromObject')}
      </legend>
      {errors[p] && (
        <small class="field-error" role="alert" data-field-error={p}>
          {errors[p]}
        </small>
      )}
      <div class="pt-row-grid">
        <Field name={f('target')} label={row.source === 'tps' ? t('f_tps') : t('f_object')} error={errors[f('target')]}>
          {row.source === 'tps' ? (
            <TpsPicker id={`f-${f('target')}`} value={row.tps} onPick={(tps) => onChange({ tps })} />
          ) : (
            <ObjectSelect id={`f-${f('target')}`} value={row.object_id} objects={objects} testid="stop-object" onChange={(v) => onChange({ object_id: v })} />
          )}
        </Field>
        <Field name={f('window_open')} label={t('f_window_open')} error={errors[f('window_open')]}>
          <input id={`f-${f('window_open')}`} type="time" value={row.window_open} data-testid="stop-open" onInput={(e) => onChange({ window_open: e.currentTarget.value })} />
        </Field>
        <Field name={f('window_close')} label={t('f_window_close')} error={errors[f('window_close')]}>
          <input id={`f-${f('window_close')}`} type="time" value={row.window_close} data-testid="stop-close" onInput={(e) => onChange({ window_close: e.currentTarget.value })} />
        </Field>
        <Field name={f('service_minutes')} label={t('f_service')} error={errors[f('service_minutes')]}>
          <input id={`f-${f('service_minutes')}`} type="number" min={0} max={600} value={row.service_minutes} data-testid="stop-service" onInput={(e) => onChange({ service_minutes: e.currentTarget.value })} />
        </Field>
        <Field name={f('priority')} label={t('f_priority')} error={errors[f('priority')]}>
          <select id={`f-${f('priority')}`} value={row.priority} data-testid="stop-priority" onChange={(e) => onChange({ priority: e.currentTarget.value })}>
            {[5, 4, 3, 2, 1].map((n) => (
              <option value={String(n)}>{n}</option>
            ))}
          </select>
        </Field>
        <Field name={f('demand')} label={t('f_demand')} error={errors[f('demand')]}>
          <input id={`f-${f('demand')}`} type="number" min={0} value={row.demand} data-testid="stop-demand" onInput={(e) => onChange({ demand: e.currentTarget.value })} />
        </Field>
      </div>
      <button type="button" class="link danger" data-testid="stop-remove" onClick={onRemove}>
        {t('remove')}
      </button>
    </fieldset>
  );
}

function everyText(minutes: number): string {
  return minutes % 60 === 0 ? t('everyHours', { h: minutes / 60 }) : t('everyMinutes', { m: minutes });
}

function NeedRow({
  i,
  row,
  objects,
  errors,
  onChange,
  onRemove,
}: {
  i: number;
  row: NeedDraft;
  objects: StrategicObject[];
  errors: Errors;
  onChange: (patch: Partial<NeedDraft>) => void;
  onRemove: () => void;
}) {
  const p = `needs[${i}]`;
  const f = (name: string) => `${p}.${name}`;
  const every = Number(row.every_minutes);
  const times = expandNeed(row.from, row.to, every);
  return (
    <fieldset class="pt-row" data-testid="need-row" data-index={i}>
      <legend>
        {t('needsTitle')} {i + 1}
      </legend>
      {errors[p] && (
        <small class="field-error" role="alert" data-field-error={p}>
          {errors[p]}
        </small>
      )}
      <div class="pt-row-grid">
        <Field name={f('target')} label={t('f_object')} error={errors[f('target')]}>
          <ObjectSelect id={`f-${f('target')}`} value={row.object_id} objects={objects} testid="need-object" onChange={(v) => onChange({ object_id: v })} />
        </Field>
        <Field name={f('every_minutes')} label={t('f_every')} error={errors[f('every_minutes')]}>
          <input id={`f-${f('every_minutes')}`} type="number" min={15} step={15} value={row.every_minutes} data-testid="need-every" onInput={(e) => onChange({ every_minutes: e.currentTarget.value })} />
        </Field>
        <Field name={f('from')} label={t('f_from')} error={errors[f('from')]}>
          <input id={`f-${f('from')}`} type="time" value={row.from} data-testid="need-from" onInput={(e) => onChange({ from: e.currentTarget.value })} />
        </Field>
        <Field name={f('to')} label={t('f_to')} error={errors[f('to')]}>
          <input id={`f-${f('to')}`} type="time" value={row.to} data-testid="need-to" onInput={(e) => onChange({ to: e.currentTarget.value })} />
        </Field>
        <Field name={f('window_minutes')} label={t('f_window_minutes')} error={errors[f('window_minutes')]}>
          <input id={`f-${f('window_minutes')}`} type="number" min={1} value={row.window_minutes} data-testid="need-window" onInput={(e) => onChange({ window_minutes: e.currentTarget.value })} />
        </Field>
        <Field name={f('service_minutes')} label={t('f_service')} error={errors[f('service_minutes')]}>
          <input id={`f-${f('service_minutes')}`} type="number" min={0} value={row.service_minutes} data-testid="need-service" onInput={(e) => onChange({ service_minutes: e.currentTarget.value })} />
        </Field>
        <Field name={f('priority')} label={t('f_priority')} error={errors[f('priority')]}>
          <select id={`f-${f('priority')}`} value={row.priority} onChange={(e) => onChange({ priority: e.currentTarget.value })}>
            {[5, 4, 3, 2, 1].map((n) => (
              <option value={String(n)}>{n}</option>
            ))}
          </select>
        </Field>
      </div>
      {times.length > 0 && (
        <p class="hint" data-testid="need-summary" data-count={times.length}>
          {t('needSummary', { every: everyText(every), from: row.from, to: row.to, n: times.length, times: times.join(', ') })}
        </p>
      )}
      <button type="button" class="link danger" onClick={onRemove}>
        {t('remove')}
      </button>
    </fieldset>
  );
}

export function PlanForm() {
  const user = currentUser()!;
  const loc = useLocation();
  const qUnit = loc.query.get('unit');
  const qDate = loc.query.get('date');
  const initialUnit = qUnit && /^\d+$/.test(qUnit) ? Number(qUnit) : (user.unit_id ?? null);
  const [draft, setDraft] = useState<PlanDraft>(() => emptyDraft(initialUnit, qDate && /^\d{4}-\d{2}-\d{2}$/.test(qDate) ? qDate : dayInZone(new Date(), user.time_zone)));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const data = useAsync(async (signal) => {
    const [units, fus, objects] = await Promise.all([visibleUnits(), fieldUnits(undefined, signal), objectsAll(signal)]);
    return { units, fus, objects };
  }, []);
  const formRef = useRef<HTMLFormElement>(null);
  const keyed = useRef<KeyedBody | null>(null);

  const change = (patch: Partial<PlanDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch)) delete next[k];
      return next;
    });
  };
  const changeChain = (patch: Partial<PlanDraft['chain']>) => {
    setDraft((d) => ({ ...d, chain: { ...d.chain, ...patch } }));
    setErrors((e) => {
      const next = { ...e };
      delete next.chain;
      for (const k of Object.keys(patch)) delete next[`chain.${k}`];
      return next;
    });
  };
  function changeRow<K extends 'teams' | 'stops' | 'needs'>(section: K, i: number, patch: Partial<PlanDraft[K][number]>) {
    setDraft((d) => {
      const rows = [...d[section]] as PlanDraft[K][number][];
      rows[i] = { ...rows[i]!, ...patch };
      return { ...d, [section]: rows };
    });
    setErrors((e) => {
      const next = { ...e };
      delete next[`${section}[${i}]`];
      delete next[section];
      for (const k of Object.keys(patch)) {
        delete next[`${section}[${i}].${k}`];
        // Chips moved: errors of `teams[i].crew[j]` no longer point at the right one.
        if (k === 'crew') for (const e of Object.keys(next)) if (e.startsWith(`${section}[${i}].crew[`)) delete next[e];
        if (k === 'object_id' || k === 'tps') delete next[`${section}[${i}].target`];
        // A window and its service are one rule: changing one answers an error on any of them.
        if (WINDOW_FIELDS.includes(k)) for (const f of WINDOW_FIELDS) delete next[`${section}[${i}].${f}`];
      }
      return next;
    });
  }
  /** Rows moved: errors of that section no longer point at the right rows. */
  const dropSectionErrors = (section: string) =>
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith(section))));
  function addRow<K extends 'teams' | 'stops' | 'needs'>(section: K, row: PlanDraft[K][number]) {
    setDraft((d) => ({ ...d, [section]: [...d[section], row] }));
    setErrors((e) => {
      const next = { ...e };
      delete next[section];
      return next;
    });
  }
  function removeRow(section: 'teams' | 'stops' | 'needs', i: number) {
    setDraft((d) => ({ ...d, [section]: d[section].filter((_, k) => k !== i) }));
    dropSectionErrors(section);
  }

  const focusFirst = (keys: string[]) => {
    setTimeout(() => {
      for (const k of keys) {
        const el = document.getElementById(`f-${k}`) ?? formRef.current?.querySelector(`[data-field-error="${k}"]`);
        if (el) {
          (el as HTMLElement).focus?.();
          (el as HTMLElement).scrollIntoView?.({ block: 'center' });
          return;
        }
      }
    }, 0);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const known = knownFields(draft);
    const { input, problems } = buildPlanInput(draft);
    if (!input) {
      const shown: Errors = {};
      for (const [k, p] of Object.entries(problemKeys(problems, known))) shown[k] = problemText(p);
      setErrors(shown);
      setFormError(t('fixFields'));
      focusFirst(Object.keys(shown));
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError(null);
    // One key per plan: a retry of the same body after a network failure or a 5xx makes it once.
    keyed.current = keyForAttempt(keyed.current, JSON.stringify(input), newIdempotencyKey);
    try {
      const plan = await createPlan(input, keyed.current.key);
      keyed.current = null;
      navigate(planHref(plan.id));
    } catch (err) {
      if (!keepKeyAfter(err)) keyed.current = null;
      const key = err instanceof ApiError ? placeFieldError(err.field, known) : null;
      if (key && err instanceof ApiError) {
        setErrors({ [key]: err.text(getLang()) });
        focusFirst([key]);
      } else setFormError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  if (data.state.status === 'loading') return <Loading />;
  if (data.state.status === 'error') return <ErrorBox error={data.state.error} onRetry={data.reload} />;
  const { units, fus, objects } = data.state.data;
  const planUnit = units.find((u) => String(u.id) === draft.unit_id) ?? null;
  // Field units of the plan's unit and the units below it first.
  const under = (u: FieldUnit) => {
    const owner = units.find((x) => x.id === u.unit_id);
    return u.unit_id === planUnit?.id || (!!owner && owner.parent_code === planUnit?.code);
  };
  const fieldUnitList = planUnit ? [...fus.filter(under), ...fus.filter((u) => !under(u))] : fus;
  const unitOptions = units.filter((u) => u.level === 'polres' || u.level === 'polsek' || u.id === user.unit_id);

  return (
    <section class="page pt-page" data-testid="plan-form-page">
      <PageTitle>{t('newPlanTitle')}</PageTitle>
      <Link href={BASE} class="small">
        {t('back')}
      </Link>
      <form ref={formRef} class="pt-form" onSubmit={submit} noValidate data-testid="plan-form">
        <div class="card">
          <div class="pt-row-grid">
            <Field name="kind" label={t('f_kind')} error={errors.kind}>
              <select id="f-kind" value={draft.kind} data-testid="plan-kind" onChange={(e) => change({ kind: e.currentTarget.value as PatrolKind })}>
                {KINDS.map((k) => (
                  <option value={k}>{labelOf('kind', k)}</option>
                ))}
              </select>
            </Field>
            <Field name="name" label={t('f_name')} error={errors.name} hint={t('nameHint')}>
              <input id="f-name" value={draft.name} maxLength={200} data-testid="plan-name" onInput={(e) => change({ name: e.currentTarget.value })} />
            </Field>
            <Field name="unit_id" label={t('f_unit')} error={errors.unit_id}>
              <select
                id="f-unit_id"
                value={draft.unit_id}
                data-testid="plan-unit"
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  change({ unit_id: v, ...(draft.depot_unit_id === draft.unit_id ? { depot_unit_id: v } : {}) });
                }}
              >
                {unitOptions.map((u) => (
                  <option value={String(u.id)}>{u.name}</option>
                ))}
              </select>
            </Field>
            <Field name="depot_unit_id" label={t('f_depot')} error={errors.depot_unit_id}>
              <select id="f-depot_unit_id" value={draft.depot_unit_id} data-testid="plan-depot" onChange={(e) => change({ depot_unit_id: e.currentTarget.value })}>
                {unitOptions.map((u) => (
                  <option value={String(u.id)}>{u.name}</option>
                ))}
              </select>
            </Field>
            <Field name="date" label={t('f_date')} error={errors.date}>
              <input id="f-date" type="date" value={draft.date} data-testid="plan-date" onInput={(e) => change({ date: e.currentTarget.value })} />
            </Field>
            <Field name="shift_start" label={`${t('f_shift_start')} (${planUnit?.time_zone ?? user.time_zone})`} error={errors.shift_start}>
              <input id="f-shift_start" type="time" value={draft.shift_start} data-testid="plan-shift-start" onInput={(e) => change({ shift_start: e.currentTarget.value })} />
            </Field>
            <Field name="shift_end" label={`${t('f_shift_end')} (${planUnit?.time_zone ?? user.time_zone})`} error={errors.shift_end} hint={t('shiftHint')}>
              <input id="f-shift_end" type="time" value={draft.shift_end} data-testid="plan-shift-end" onInput={(e) => change({ shift_end: e.currentTarget.value })} />
            </Field>
          </div>
        </div>

        <div class="card" data-testid="teams-section">
          <h2>{t('teamsTitle')}</h2>
          {errors.teams && (
            <p class="field-error" role="alert" data-field-error="teams">
              {errors.teams}
            </p>
          )}
          {draft.teams.map((row, i) => (
            <TeamRow
              key={row.key}
              i={i}
              row={row}
              units={units}
              fieldUnitList={fieldUnitList}
              planUnit={planUnit}
              taken={takenByTeams(draft.teams, i)}
              errors={errors}
              onChange={(patch) => changeRow('teams', i, patch)}
              onRemove={draft.teams.length > 1 ? () => removeRow('teams', i) : null}
            />
          ))}
          <button type="button" class="btn" data-testid="team-add" onClick={() => addRow('teams', emptyTeam())}>
            {t('addTeam')}
          </button>
        </div>

        <div class="card" data-testid="stops-section">
          <h2>{t('stopsTitle')}</h2>
          {errors.stops && (
            <p class="field-error" role="alert" data-field-error="stops">
              {errors.stops}
            </p>
          )}
          {draft.stops.map((row, i) => (
            <StopRow
              key={row.key}
              i={i}
              row={row}
              objects={objects}
              errors={errors}
              onChange={(patch) => changeRow('stops', i, patch)}
              onRemove={() => removeRow('stops', i)}
            />
          ))}
          <div class="form-actions">
            <button type="button" class="btn" data-testid="stop-add-object" onClick={() => addRow('stops', emptyStop(draft.shift_start))}>
              {t('addObjectStop')}
            </button>
            <button type="button" class="btn" data-testid="stop-add-tps" onClick={() => addRow('stops', { ...emptyStop(draft.shift_start), source: 'tps' })}>
              {t('addTpsStop')}
            </button>
          </div>
        </div>

        <div class="card" data-testid="needs-section">
          <h2>{t('needsTitle')}</h2>
          {errors.needs && (
            <p class="field-error" role="alert" data-field-error="needs">
              {errors.needs}
            </p>
          )}
          {draft.needs.map((row, i) => (
            <NeedRow
              key={row.key}
              i={i}
              row={row}
              objects={objects}
              errors={errors}
              onChange={(patch) => changeRow('needs', i, patch)}
              onRemove={() => removeRow('needs', i)}
            />
          ))}
          <button type="button" class="btn" data-testid="need-add" onClick={() => addRow('needs', emptyNeed())}>
            {t('addNeed')}
          </button>
        </div>

        {draft.kind === 'pengawalan_logistik' && (
          <div class="card" data-testid="chain-section">
            <h2>{t('chainTitle')}</h2>
            <label class="check">
              <input type="checkbox" checked={draft.useChain} data-testid="chain-use" onChange={(e) => change({ useChain: e.currentTarget.checked })} /> {t('useChain')}
            </label>
            {draft.useChain && (
              <div class="pt-row-grid">
                <Field name="chain.direction" label={t('f_direction')} error={errors['chain.direction']}>
                  <select id="f-chain.direction" value={draft.chain.direction} onChange={(e) => changeChain({ direction: e.currentTarget.value as PlanDraft['chain']['direction'] })}>
                    {CHAIN_DIRECTIONS.map((x) => (
                      <option value={x}>{labelOf('direction', x)}</option>
                    ))}
                  </select>
                </Field>
                <Field name="chain.leg" label={t('f_leg')} error={errors['chain.leg']}>
                  <select id="f-chain.leg" value={draft.chain.leg} onChange={(e) => changeChain({ leg: e.currentTarget.value as PlanDraft['chain']['leg'], from_object_id: '' })}>
                    {CHAIN_LEGS.map((x) => (
                      <option value={x}>{labelOf('leg', x)}</option>
                    ))}
                  </select>
                </Field>
                {chainFromKind(draft.chain.leg) && (
                  <Field name="chain.from_object_id" label={t(draft.chain.leg === 'ppk_pps' ? 'f_from_ppk' : 'f_from_pps')} error={errors['chain.from_object_id']}>
                    <ObjectSelect
                      id="f-chain.from_object_id"
                      value={draft.chain.from_object_id}
                      objects={objects.filter((o) => o.kind === chainFromKind(draft.chain.leg))}
                      testid="chain-from"
                      onChange={(v) => changeChain({ from_object_id: v })}
                    />
                  </Field>
                )}
                <Field name="chain.boxes_per_tps" label={t('f_boxes')} error={errors['chain.boxes_per_tps']}>
                  <input id="f-chain.boxes_per_tps" type="number" min={0} value={draft.chain.boxes_per_tps} onInput={(e) => changeChain({ boxes_per_tps: e.currentTarget.value })} />
                </Field>
                <Field name="chain.window_open" label={t('f_window_open')} error={errors['chain.window_open']} hint={t('chainWindowHint')}>
                  <input id="f-chain.window_open" type="time" value={draft.chain.window_open} onInput={(e) => changeChain({ window_open: e.currentTarget.value })} />
                </Field>
                <Field name="chain.window_close" label={t('f_window_close')} error={errors['chain.window_close']}>
                  <input id="f-chain.window_close" type="time" value={draft.chain.window_close} onInput={(e) => changeChain({ window_close: e.currentTarget.value })} />
                </Field>
              </div>
            )}
            {errors.chain && (
              <p class="field-error" role="alert" data-field-error="chain">
                {errors.chain}
              </p>
            )}
          </div>
        )}

        {formError && (
          <div class="form-error" role="alert" data-testid="plan-form-error">
            {formError}
          </div>
        )}
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={busy} data-testid="plan-submit">
            {busy ? t('creating') : t('create')}
          </button>
          <Link href={BASE} class="btn">
            {t('back')}
          </Link>
        </div>
      </form>
    </section>
  );
}
