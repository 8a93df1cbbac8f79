// Laphar (/laphar): the daily situation report of a unit (the user's own by
// default) for a day (today in the unit's zone): counts by type, status,
// level and kecamatan, the notable incidents, and response times per Polsek
// in minutes; the same as PDF and XLSX through links.
//   /laphar?unit=POLRES-JEMBER&date=2026-11-28

import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, getLang, pick } from '../core/i18n';
import { Link, setQuery, useLocation } from '../core/router';
import { currentUser } from '../core/session';
import { dayInZone, formatDateTime, formatDay } from '../core/time';
import type { TimeZoneName, Unit } from '../core/types';
import { AsyncView, PageTitle, useLang, useAsync } from '../core/ui';
import { visibleUnits, useZone } from '../deployment/parts';
import { laphar, lapharUrl } from './api';
import { type CountRow, countRows, type Laphar, notableIncidents, responseTimes, sumCounts } from './laphar';
import { incidentHref, LevelMark, StatusChip } from './parts';
import { labelOf, t } from './words';
import './incidents.css';

function CountTable({ title, rows, label, testid }: { title: string; rows: CountRow[]; label: (r: CountRow) => ComponentChildren; testid: string }) {
  return (
    <section class="card" data-testid={testid}>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p class="muted">—</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t('col_label')}</th>
                <th scope="col" class="num">
                  {t('col_count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr data-key={r.key} data-count={r.count}>
                  <td data-label={t('col_label')}>{label(r)}</td>
                  <td data-label={t('col_count')} class="num">
                    {formatNumber(r.count)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td>{t('totalRow')}</td>
                <td class="num">{formatNumber(sumCounts(rows))}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

function minutes(v: number | null): string {
  if (v === null) return '—';
  return new Intl.NumberFormat(getLang() === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(v);
}

function Figures({ data, zone, date }: { data: Laphar; zone: TimeZoneName; date: string }) {
  const byType = countRows(data.by_type);
  const byStatus = countRows(data.by_status);
  const byLevel = countRows(data.by_level);
  const byKec = countRows(data.by_kecamatan);
  const notable = notableIncidents(data);
  const times = responseTimes(data);
  const total = typeof data.total === 'number' ? data.total : sumCounts(byType);
  return (
    <div class="inc-page" data-testid="laphar-figures" data-total={total}>
      <p class="lp-total" data-testid="laphar-total">
        {t('lapharTotal', { n: formatNumber(total), date: formatDay(date) })}
      </p>
      <div class="lp-grid">
        <CountTable title={t('byType')} rows={byType} testid="laphar-by-type" label={(r) => pick(r.label_id, r.label_en) || labelOf('type', r.key)} />
        <CountTable title={t('byStatus')} rows={byStatus} testid="laphar-by-status" label={(r) => <StatusChip status={r.key} />} />
        <CountTable title={t('byLevel')} rows={byLevel} testid="laphar-by-level" label={(r) => <LevelMark level={r.key} />} />
        <CountTable title={t('byKecamatan')} rows={byKec} testid="laphar-by-kecamatan" label={(r) => r.label_id || r.key} />
      </div>
      <section class="card" data-testid="laphar-notable">
        <h2>{t('notable')}</h2>
        <p class="muted small">{t('notableHint')}</p>
        {notable.length === 0 ? (
          <p class="muted">{t('noNotable')}</p>
        ) : (
          <div class="table-wrap">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('col_code')}</th>
                  <th scope="col">{t('col_type')}</th>
                  <th scope="col">{t('col_level')}</th>
                  <th scope="col">{t('col_status')}</th>
                  <th scope="col">{t('col_place')}</th>
                  <th scope="col">{t('col_time')}</th>
                </tr>
              </thead>
              <tbody>
                {notable.map((n) => (
                  <tr data-tracking-code={n.tracking_code} data-incident-id={n.id}>
                    <td data-label={t('col_code')} class="mono">
                      {n.id ? <Link href={incidentHref(n.id)}>{n.tracking_code}</Link> : n.tracking_code}
                    </td>
                    <td data-label={t('col_type')}>{pick(n.type_id, n.type_en)}</td>
                    <td data-label={t('col_level')}>{n.level && <LevelMark level={n.level} />}</td>
                    <td data-label={t('col_status')}>{n.status ? <StatusChip status={n.status} /> : n.status_label}</td>
                    <td data-label={t('col_place')}>{n.place}</td>
                    <td data-label={t('col_time')}>{formatDateTime(n.reported_at, zone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section class="card" data-testid="laphar-response">
        <h2>{t('responseTimes')}</h2>
        {times.length === 0 ? (
          <p class="muted">{t('noResponse')}</p>
        ) : (
          <div class="table-wrap">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('col_unit')}</th>
                  <th scope="col" class="num">
                    {t('col_n')}
                  </th>
                  <th scope="col" class="num">
                    {t('col_dispatch_median')}
                  </th>
                  <th scope="col" class="num">
                    {t('col_dispatch_p90')}
                  </th>
                  <th scope="col" class="num">
                    {t('col_arrival_median')}
                  </th>
                  <th scope="col" class="num">
                    {t('col_arrival_p90')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {times.map((r) => (
                  <tr data-unit={r.unit_code}>
                    <td data-label={t('col_unit')}>{r.unit_name}</td>
                    <td data-label={t('col_n')} class="num">
                      {formatNumber(r.count)}
                    </td>
                    <td data-label={t('col_dispatch_median')} class="num" data-value={r.dispatch_median_min ?? ''}>
                      {minutes(r.dispatch_median_min)}
                    </td>
                    <td data-label={t('col_dispatch_p90')} class="num" data-value={r.dispatch_p90_min ?? ''}>
                      {minutes(r.dispatch_p90_min)}
                    </td>
                    <td data-label={t('col_arrival_median')} class="num" data-value={r.arrival_median_min ?? ''}>
                      {minutes(r.arrival_median_min)}
                    </td>
                    <td data-label={t('col_arrival_p90')} class="num" data-value={r.arrival_p90_min ?? ''}>
                      {minutes(r.arrival_p90_min)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

/** Polres and Polsek the user sees, for the unit choice. */
function useUnitChoices(): Unit[] {
  const [units, setUnits] = useState<Unit[]>([]);
  useEffect(() => {
    let live = true;
    visibleUnits().then(
      (list) => live && setUnits(list.filter((u) => u.level === 'polres' || u.level === 'polsek')),
      () => undefined, // the user's own unit stays choosable
    );
    return () => {
      live = false;
    };
  }, []);
  return units;
}

export default function LapharPage() {
  useLang();
  const user = currentUser()!;
  const loc = useLocation();
  const unit = loc.query.get('unit') || user.unit_code;
  const zone = useZone(unit);
  const date = loc.query.get('date') || dayInZone(new Date(), zone);
  const units = useUnitChoices();
  const { state, reload } = useAsync((signal) => laphar(unit, date, signal), [unit, date]);
  const choices = units.some((u) => u.code === user.unit_code) ? units : [{ code: user.unit_code, name: user.unit_name } as Unit, ...units];

  return (
    <section class="page inc-page" data-testid="laphar-page" data-unit={unit} data-date={date}>
      <PageTitle
        actions={
          <>
            <a class="btn" href={lapharUrl('pdf', unit, date)} download data-testid="laphar-pdf">
              {t('downloadPdf')}
            </a>
            <a class="btn" href={lapharUrl('xlsx', unit, date)} download data-testid="laphar-xlsx">
              {t('downloadXlsx')}
            </a>
          </>
        }
      >
        {t('lapharTitle')}
      </PageTitle>
      <div class="lp-filters filters">
        <label class="filter">
          {t('lapharUnit')}
          <select value={unit} data-testid="laphar-unit" onChange={(e) => setQuery({ unit: e.currentTarget.value === user.unit_code ? null : e.currentTarget.value })}>
            {choices.map((u) => (
              <option value={u.code}>{u.name || u.code}</option>
            ))}
          </select>
        </label>
        <label class="filter">
          {t('lapharDate')}
          <input type="date" value={date} data-testid="laphar-date" onChange={(e) => setQuery({ date: e.currentTarget.value || null })} />
        </label>
        <span class="muted small">{t('lapharZone', { zone })}</span>
      </div>
      <AsyncView state={state} onRetry={reload}>
        {(data) => <Figures data={data} zone={zone} date={date} />}
      </AsyncView>
    </section>
  );
}
