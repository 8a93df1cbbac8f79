// The plans of a unit, newest first, with their status and figures; a plan
// still computing shows its progress (the list asks again every second while
// one runs). "Buat rencana" sends POST /plans and opens the new plan, whose
// screen follows the run.

import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../core/api';
import { formatNumber, getLang } from '../core/i18n';
import { Link, navigate, setQuery } from '../core/router';
import { can, currentUser } from '../core/session';
import { DataTable } from '../core/table';
import { formatDateTime } from '../core/time';
import { AsyncView, Field, fieldErrors, useAsync } from '../core/ui';
import { createPlan, plans } from './api';
import { hrefFor, planHref, Progress, StatusBadge, useZone, visibleUnits } from './parts';
import type { PlanHeader } from './types';
import { isRunning, knownField, parseNrps, plannableUnits } from './values';
import { t } from './words';

const POLL_MS = 1000;

function UnitPicker({ unit }: { unit: string }) {
  const user = currentUser()!;
  const { state } = useAsync(() => visibleUnits(), []);
  if (state.status !== 'ok') return null;
  const list = plannableUnits(state.data, user.unit_code, user.everywhere);
  if (list.length <= 1 && list.every((u) => u.code === unit)) return null;
  return (
    <label class="filter">
      {t('unitLabel')}
      <select
        value={unit}
        data-testid="dp-unit"
        onChange={(e) => setQuery({ unit: e.currentTarget.value === user.unit_code ? null : e.currentTarget.value })}
      >
        {!list.some((u) => u.code === unit) && <option value={unit}>{unit}</option>}
        {list.map((u) => (
          <option value={u.code}>{u.name}</option>
        ))}
      </select>
    </label>
  );
}

const CREATE_FIELDS = ['voting_day', 'reason', 'bko'] as const;
type CreateField = (typeof CREATE_FIELDS)[number];

function CreateForm({ unit }: { unit: string }) {
  const [votingDay, setVotingDay] = useState('');
  const [reason, setReason] = useState('');
  const [bko, setBko] = useState('');
  const [errors, setErrors] = useState<Partial<Record<CreateField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = parseNrps(bko);
    if (parsed.invalid.length) {
      setErrors({ bko: t('badNrps', { list: parsed.invalid.join(', ') }) });
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const p = await createPlan({ unit_code: unit, voting_day: votingDay, reason, bko: parsed.nrps });
      navigate(planHref(p.id));
    } catch (err) {
      const field = err instanceof ApiError ? knownField(err.field, CREATE_FIELDS) : null;
      if (err instanceof ApiError && field) {
        setErrors({ [field]: err.text(getLang()) });
      } else {
        const split = fieldErrors(err, CREATE_FIELDS);
        setErrors(split.field);
        setFormError(split.form);
      }
      setBusy(false);
    }
  };

  return (
    <form class="card dp-create" data-testid="dp-create" noValidate onSubmit={submit}>
      <h2>{t('createTitle')}</h2>
      <p class="muted small">{t('createIntro')}</p>
      {formError && (
        <div class="form-error" role="alert" data-testid="dp-create-error">
          {formError}
        </div>
      )}
      <div class="field-row">
        <Field name="voting_day" label={t('votingDay')} error={errors.voting_day} hint={t('votingDayHint')}>
          <input
            id="f-voting_day"
            type="date"
            value={votingDay}
            aria-invalid={!!errors.voting_day}
            onInput={(e) => setVotingDay(e.currentTarget.value)}
          />
        </Field>
        <Field name="reason" label={t('reason')} error={errors.reason} hint={t('reasonCreateHint')}>
          <input id="f-reason" value={reason} maxLength={500} aria-invalid={!!errors.reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </Field>
      </div>
      <Field name="bko" label={t('bko')} error={errors.bko} hint={t('bkoHint')}>
        <textarea
          id="f-bko"
          rows={2}
          value={bko}
          aria-invalid={!!errors.bko}
          onInput={(e) => {
            setBko(e.currentTarget.value);
            setErrors((x) => ({ ...x, bko: undefined }));
          }}
        />
      </Field>
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" disabled={busy} data-testid="dp-create-submit">
          {busy ? t('creating') : t('createButton')}
        </button>
      </div>
    </form>
  );
}

function PlanTable({ rows, unit }: { rows: PlanHeader[]; unit: string }) {
  const zone = useZone(unit);
  return (
    <DataTable<PlanHeader>
      testid="dp-plans"
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        {
          key: 'version',
          label: t('col_version'),
          render: (r) => (
            <Link href={planHref(r.id)} data-plan-id={r.id} data-version={r.version}>
              {t('versionN', { n: r.version })}
            </Link>
          ),
        },
        {
          key: 'status',
          label: t('col_status'),
          render: (r) =>
            isRunning(r.status) ? (
              <span class="dp-status-cell">
                <StatusBadge status={r.status} />
                <Progress progress={r.progress} />
              </span>
            ) : (
              <StatusBadge status={r.status} />
            ),
        },
        {
          key: 'created',
          label: t('col_created'),
          render: (r) => (
            <span class="small">
              {t('byAt', { by: r.created_by, at: formatDateTime(r.created_at, zone) })}
              {r.based_on !== null && r.based_on !== undefined && <span class="muted"> · {t('basedOn', { n: versionOf(rows, r.based_on) })}</span>}
            </span>
          ),
        },
        { key: 'reason', label: t('col_reason'), render: (r) => r.reason || <span class="muted">—</span> },
        { key: 'posts', label: t('col_posts'), class: 'num', render: (r) => (r.summary ? formatNumber(r.summary.posts) : '—') },
        {
          key: 'assigned',
          label: t('col_assigned'),
          class: 'num',
          render: (r) => (r.summary ? formatNumber(r.summary.officers_assigned) : '—'),
        },
        {
          key: 'missing',
          label: t('col_missing'),
          class: 'num',
          render: (r) =>
            r.summary ? <span class={r.summary.officers_missing > 0 ? 'dp-bad' : ''}>{formatNumber(r.summary.officers_missing)}</span> : '—',
        },
        {
          key: 'approved',
          label: t('col_approved'),
          render: (r) =>
            r.approved_at ? <span class="small">{t('byAt', { by: r.approved_by ?? '', at: formatDateTime(r.approved_at, zone) })}</span> : <span class="muted">—</span>,
        },
      ]}
    />
  );
}

/** The version number of a plan of the list, or its id when it is not there. */
function versionOf(rows: PlanHeader[], id: number): number {
  return rows.find((r) => r.id === id)?.version ?? id;
}

export function PlanList({ unit }: { unit: string }) {
  const user = currentUser()!;
  const { state, reload } = useAsync((signal) => plans(unit, signal), [unit]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = state.status === 'ok' && state.data.some((p) => isRunning(p.status));
  useEffect(() => {
    if (!running) return;
    timer.current = setTimeout(reload, POLL_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [running, state]);
  // Kept on screen while asked again (the poll must not blink).
  const shown = state.status === 'loading' && state.data ? { status: 'ok' as const, data: state.data } : state;
  const name = shown.status === 'ok' ? (shown.data[0]?.unit_name ?? unit) : unit;
  return (
    <div class="dp-list" data-testid="dp-list">
      <div class="filters">
        <UnitPicker unit={unit} />
        {unit !== user.unit_code && (
          <Link href={hrefFor('/', user.unit_code)} class="push-right">
            {t('backTo', { name: user.unit_name })}
          </Link>
        )}
      </div>
      <section class="card">
        <h2>{t('plansOf', { unit: name })}</h2>
        <AsyncView state={shown} onRetry={reload} isEmpty={(d) => d.length === 0} empty={t('noPlans')}>
          {(rows) => <PlanTable rows={rows} unit={unit} />}
        </AsyncView>
      </section>
      {can(user, 'manage_deployment') && <CreateForm unit={unit} />}
    </div>
  );
}
