// The readiness board: the unit's figure, what is missing (counted), and
// each subordinate unit with its figure and main causes. A unit of the table
// opens its own board (?unit=CODE, a history entry: Back returns).

import { useState } from 'preact/hooks';
import { formatNumber, pick } from '../core/i18n';
import { Link, navigate, setQuery, useLocation } from '../core/router';
import { currentUser } from '../core/session';
import { DataTable } from '../core/table';
import { formatDay } from '../core/time';
import { ErrorBox, Loading, useAsync } from '../core/ui';
import { readiness, recapUrl } from './api';
import { Bar, Figure, hrefFor, rememberUnit } from './parts';
import { FUNCTIONS, type Missing, type PersonFunction, type Readiness, type UnitReadiness } from './types';
import { readinessShare, topReasons } from './values';
import { labelOf, t } from './words';

function isFunction(v: string | null): v is PersonFunction {
  return !!v && (FUNCTIONS as readonly string[]).includes(v);
}

function MissingList({ missing, testid }: { missing: Missing[]; testid: string }) {
  if (!missing.length) return <p class="muted" data-testid={testid}>{t('noMissing')}</p>;
  const max = Math.max(...missing.map((m) => m.count), 1);
  return (
    <ul class="rd-missing" data-testid={testid}>
      {missing.map((m) => (
        <li data-reason={m.reason} data-kind={m.kind ?? ''} data-count={m.count}>
          <span class="rd-missing-label">{pick(m.label, m.label_en)}</span>
          <span class="rd-missing-count">{formatNumber(m.count)}</span>
          <span class="rd-missing-bar" aria-hidden="true">
            <span style={{ width: `${(m.count / max) * 100}%` }} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function Reasons({ missing }: { missing: Missing[] }) {
  const top = topReasons(missing, 3);
  if (!top.length) return <span class="muted">—</span>;
  return (
    <span class="rd-reasons">
      {top.map((m, i) => (
        <>
          {i > 0 && '; '}
          <span data-reason={m.reason}>
            {pick(m.label, m.label_en)} ({formatNumber(m.count)})
          </span>
        </>
      ))}
    </span>
  );
}

type Order = 'worst' | 'name';

function ChildrenTable({ data, fn }: { data: Readiness; fn: PersonFunction | '' }) {
  const [order, setOrder] = useState<Order>('worst');
  if (!data.children.length) return <p class="muted">{t('noChildren')}</p>;
  const rows = [...data.children].sort((a, b) =>
    order === 'worst' ? a.readiness - b.readiness || a.unit.name.localeCompare(b.unit.name) : a.unit.name.localeCompare(b.unit.name),
  );
  const open = (code: string) => navigate(hrefFor('/', code, { function: fn || null }));
  return (
    <>
      <div class="seg rd-order" role="group">
        {(['worst', 'name'] as const).map((o) => (
          <button type="button" class={`seg-btn${order === o ? ' active' : ''}`} aria-pressed={order === o} onClick={() => setOrder(o)}>
            {o === 'worst' ? `↑ ${t('col_readiness')}` : `A–Z ${t('col_unit')}`}
          </button>
        ))}
      </div>
      <DataTable<UnitReadiness>
        testid="rd-children"
        rows={rows}
        rowKey={(r) => r.unit.code}
        columns={[
          {
            key: 'unit',
            label: t('col_unit'),
            render: (r) => (
              <button type="button" class="link" data-unit={r.unit.code} onClick={() => open(r.unit.code)}>
                {r.unit.name}
              </button>
            ),
          },
          {
            key: 'readiness',
            label: t('col_readiness'),
            render: (r) => (
              <span class="rd-cell-figure">
                <Figure share={readinessShare(r)} raw={r.readiness} testid="rd-child-figure" />
                <Bar share={readinessShare(r)} />
              </span>
            ),
          },
          { key: 'people', label: t('col_people'), class: 'num', render: (r) => `${formatNumber(r.people_ready)}/${formatNumber(r.people)}` },
          {
            key: 'vehicles',
            label: t('col_vehicles'),
            class: 'num',
            render: (r) => (fn ? '—' : `${formatNumber(r.vehicles_fit)}/${formatNumber(r.vehicles)}`),
          },
          { key: 'reasons', label: t('col_reasons'), render: (r) => <Reasons missing={r.missing} /> },
        ]}
      />
    </>
  );
}

/** "Unduh rekap (PDF)", "(XLSX)": the recap of the unit, built by the server. */
export function RecapLinks({ unit }: { unit: string }) {
  return (
    <>
      <a class="btn" href={recapUrl(unit, 'pdf')} download data-testid="recap-pdf">
        {t('downloadPdf')}
      </a>
      <a class="btn" href={recapUrl(unit, 'xlsx')} download data-testid="recap-xlsx">
        {t('downloadXlsx')}
      </a>
    </>
  );
}

export function Board({ unit }: { unit: string }) {
  const user = currentUser()!;
  const loc = useLocation();
  const q = loc.query.get('function');
  const fn: PersonFunction | '' = isFunction(q) ? q : '';
  const { state, reload } = useAsync(async (signal) => {
    const r = await readiness(unit, fn, signal);
    rememberUnit(r.unit.code, r.unit.name);
    for (const c of r.children) rememberUnit(c.unit.code, c.unit.name);
    return r;
  }, [unit, fn]);
  // While another unit loads, its predecessor's figures are not shown.
  const data = state.data && state.data.unit.code === unit ? state.data : undefined;

  return (
    <div class="rd-board" data-testid="rd-board" data-function={fn}>
      <div class="filters">
        <label class="filter">
          {t('functionLabel')}
          <select
            value={fn}
            data-testid="rd-function"
            onChange={(e) => setQuery({ function: e.currentTarget.value || null })}
          >
            <option value="">{t('allFunctions')}</option>
            {FUNCTIONS.map((f) => (
              <option value={f}>{labelOf('fn', f)}</option>
            ))}
          </select>
        </label>
        {unit !== user.unit_code && (
          <Link href={hrefFor('/', user.unit_code, { function: fn || null })} class="push-right rd-back" data-testid="rd-back-own">
            {t('backTo', { name: user.unit_name })}
          </Link>
        )}
      </div>

      {state.status === 'error' && !data ? (
        <ErrorBox error={state.error} onRetry={reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <div class="card rd-summary" data-testid="rd-summary" data-unit={data.unit.code} data-loading={state.status === 'loading' ? 'true' : undefined}>
            <div class="rd-summary-head">
              <div>
                <div class="muted small">{t('unitLabel')}</div>
                <h2 data-testid="rd-unit-name">{data.unit.name}</h2>
                {data.date && <div class="muted small">{t('asOf', { date: formatDay(data.date) })}</div>}
              </div>
              <div class="rd-summary-figure">
                <div class="muted small">{t('figureLabel')}</div>
                <Figure share={readinessShare(data)} raw={data.readiness} big testid="rd-figure" />
              </div>
            </div>
            <Bar share={readinessShare(data)} />
            <ul class="rd-counts">
              <li data-testid="rd-people">
                <Link href={hrefFor('/personel', data.unit.code, { function: fn || null })}>
                  {t('peopleReady', { ready: formatNumber(data.people_ready), total: formatNumber(data.people) })}
                </Link>
              </li>
              {fn ? (
                <li class="muted">{t('functionNote')}</li>
              ) : (
                <li data-testid="rd-vehicles">
                  <Link href={hrefFor('/kendaraan', data.unit.code)}>
                    {t('vehiclesFit', { fit: formatNumber(data.vehicles_fit), total: formatNumber(data.vehicles) })}
                  </Link>
                </li>
              )}
            </ul>
            {state.status === 'error' && <ErrorBox error={state.error} onRetry={reload} />}
          </div>

          <section class="card">
            <h2>{t('missingTitle')}</h2>
            <MissingList missing={data.missing} testid="rd-missing" />
          </section>

          <section class="card" data-testid="rd-per-child">
            <h2>{t('childrenTitle')}</h2>
            <ChildrenTable data={data} fn={fn} />
          </section>
        </>
      )}
    </div>
  );
}
