// Apel kesiapan: the inspections of a unit (or of the whole territory, on
// the user's own unit) with their progress and result; Kabag Ren plans one
// per unit for a date.

import { useEffect, useState } from 'preact/hooks';
import { showFlash } from '../core/flash';
import { Link } from '../core/router';
import { can, currentUser } from '../core/session';
import { DataTable } from '../core/table';
import { dayInZone, formatDay } from '../core/time';
import { AsyncView, Field, fieldErrors, Pager, useAsync, usePaged } from '../core/ui';
import { inspections, planInspections, readiness } from './api';
import { Bar, hrefFor, useUnitName } from './parts';
import type { Inspection } from './types';
import { progressShare, progressText } from './values';
import { labelOf, t } from './words';

const PAGE = 50;
const FIELDS = ['units', 'unit_codes', 'date', 'title'] as const;

export function StatusBadge({ status }: { status: Inspection['status'] }) {
  return (
    <span class={`badge badge-insp-${status}`} data-status={status}>
      {labelOf('status', status)}
    </span>
  );
}

export function ResultBadge({ result }: { result: Inspection['result'] }) {
  if (!result) return <span class="muted">—</span>;
  return (
    <span class={`badge badge-result-${result}`} data-result={result}>
      {labelOf('result', result)}
    </span>
  );
}

function progressOf(i: Inspection) {
  return { people: i.people, peopleChecked: i.people_checked, vehicles: i.vehicles, vehiclesChecked: i.vehicles_checked };
}

function PlanForm({ unit, onPlanned }: { unit: string; onPlanned: () => void }) {
  const user = currentUser()!;
  const options = useAsync(async (signal) => {
    const r = await readiness(unit, '', signal);
    return [{ code: r.unit.code, name: r.unit.name }, ...r.children.map((c) => ({ code: c.unit.code, name: c.unit.name }))];
  }, [unit]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [date, setDate] = useState(() => dayInZone(new Date(), user.time_zone));
  const [title, setTitle] = useState(t('defaultTitle'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // A unit without units below it plans for itself.
  useEffect(() => {
    if (options.state.status === 'ok' && options.state.data.length === 1) setChosen(new Set([options.state.data[0]!.code]));
  }, [options.state.status]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!chosen.size) local.units = t('unitsRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) local.date = t('dateRequired');
    if (!title.trim()) local.title = t('titleRequired');
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      const r = await planInspections({ units: [...chosen], date, title: title.trim() });
      showFlash(t('planned', { n: r.items.length, date: formatDay(date) }));
      setChosen(new Set());
      onPlanned();
    } catch (err) {
      const split = fieldErrors(err, FIELDS);
      const f = { ...split.field };
      if (f.unit_codes) f.units = f.unit_codes;
      setErrors(f);
      setFormError(split.form);
    } finally {
      setBusy(false);
    }
  };

  const toggle = (code: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });

  return (
    <form class="card rd-plan" onSubmit={submit} noValidate data-testid="rd-plan-form">
      <h2>{t('planTitle')}</h2>
      {formError && (
        <div class="form-error" role="alert">
          {formError}
        </div>
      )}
      <div class={`field${errors.units ? ' field-invalid' : ''}`} data-field="units">
        <span class="field-label">{t('planUnits')}</span>
        <AsyncView state={options.state} onRetry={options.reload}>
          {(list) => (
            <div class="rd-unit-choices" role="group" aria-label={t('planUnits')}>
              {list.map((u) => (
                <label class="check rd-unit-choice">
                  <input
                    type="checkbox"
                    value={u.code}
                    data-unit={u.code}
                    checked={chosen.has(u.code)}
                    onChange={(e) => toggle(u.code, e.currentTarget.checked)}
                  />
                  {u.name}
                </label>
              ))}
            </div>
          )}
        </AsyncView>
        {errors.units && (
          <small class="field-error" role="alert" data-field-error="units">
            {errors.units}
          </small>
        )}
      </div>
      <div class="field-row">
        <Field name="plan-date" label={t('planDate', { zone: user.time_zone })} error={errors.date}>
          <input id="f-plan-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </Field>
        <Field name="plan-title" label={t('planTitleField')} error={errors.title}>
          <input id="f-plan-title" type="text" maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </Field>
      </div>
      <button type="submit" class="btn btn-primary" disabled={busy} data-testid="rd-plan-submit">
        {busy ? t('saving') : t('planSubmit')}
      </button>
    </form>
  );
}

export default function Inspections({ unit }: { unit: string }) {
  const user = currentUser()!;
  const own = unit === user.unit_code;
  const name = useUnitName(unit);
  const { state, reload, page, next, prev } = usePaged(
    (cursor, signal) => inspections({ unit: own ? '' : unit, limit: PAGE, cursor }, signal),
    [unit],
  );
  return (
    <div data-testid="rd-inspections-page">
      <h2 class="rd-h1">{t('inspectionsOf', { unit: own ? `${name} (${t('allInTerritory')})` : name })}</h2>
      {can(user, 'manage_readiness') && <PlanForm unit={unit} onPlanned={reload} />}
      <AsyncView state={state} onRetry={reload} isEmpty={(d) => d.items.length === 0} empty={t('noInspections')}>
        {(d) => (
          <>
            <DataTable<Inspection>
              testid="rd-inspections"
              rows={d.items}
              rowKey={(i) => i.id}
              columns={[
                { key: 'date', label: t('col_date'), render: (i) => formatDay(i.date) },
                { key: 'unit', label: t('col_unit'), render: (i) => i.unit.name },
                {
                  key: 'title',
                  label: t('col_title'),
                  render: (i) => (
                    <Link href={hrefFor(`/apel/${i.id}`, unit)} data-inspection-id={i.id}>
                      {i.title}
                    </Link>
                  ),
                },
                { key: 'status', label: t('col_status'), render: (i) => <StatusBadge status={i.status} /> },
                {
                  key: 'progress',
                  label: t('col_progress'),
                  render: (i) => (
                    <span class="rd-progress-cell">
                      {progressText(progressOf(i))}
                      <Bar share={progressShare(progressOf(i))} tone="neutral" />
                    </span>
                  ),
                },
                { key: 'result', label: t('col_result'), render: (i) => <ResultBadge result={i.result} /> },
              ]}
            />
            <Pager page={page} size={PAGE} total={d.total} shown={d.items.length} hasNext={!!d.next} onPrev={prev} onNext={next} />
          </>
        )}
      </AsyncView>
    </div>
  );
}
