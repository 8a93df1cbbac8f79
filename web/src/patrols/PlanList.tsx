// /patroli: the patrol and escort plans of a unit (the user's own by default)
// for a day (today in the user's zone), with a link to make a new one.
//   /patroli?unit=12&date=2026-11-28

import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, pick } from '../core/i18n';
import { Link, setQuery, useLocation } from '../core/router';
import { currentUser } from '../core/session';
import { dayInZone, formatDay } from '../core/time';
import type { TimeZoneName, Unit } from '../core/types';
import { type AsyncState, AsyncView, PageTitle, useAsync } from '../core/ui';
import { useLiveEvents } from '../incidents/live';
import { plans, teamsOfDay } from './api';
import { BASE, CountsView, planHref, teamHref, visibleUnits } from './parts';
import { canPatrol, type Counts, type PlanSummary, type TeamOfDay } from './types';
import { formatClockRange, zoneOf } from './values';
import { labelOf, t } from './words';

/** The line's counts, nested or flat; null when it has none. */
function countsOf(p: PlanSummary, stops: number | null): Counts | null {
  if (p.compliance) return p.compliance;
  if (typeof p.selesai !== 'number') return null;
  const c = { selesai: p.selesai, terlambat: p.terlambat ?? 0, terlewat: p.terlewat ?? 0, menunggu: p.menunggu ?? 0 };
  return { ...c, total: c.selesai + c.terlambat + c.terlewat + c.menunggu || (stops ?? 0) };
}

function countOf(x: number | unknown[] | undefined, alt: number | undefined): number | null {
  if (typeof x === 'number') return x;
  if (Array.isArray(x)) return x.length;
  return alt ?? null;
}

export function PlanList() {
  const user = currentUser()!;
  const loc = useLocation();
  const unitParam = loc.query.get('unit');
  const unitId = unitParam === 'semua' ? null : unitParam && /^\d+$/.test(unitParam) ? Number(unitParam) : (user.unit_id ?? null);
  const date = loc.query.get('date') || dayInZone(new Date(), user.time_zone);
  const [units, setUnits] = useState<Unit[]>([]);
  useEffect(() => {
    visibleUnits().then(setUnits, () => undefined);
  }, []);
  const key = `${unitId ?? ''}|${date}`;
  const list = useAsync(async (signal) => ({ key, ...(await plans({ unit_id: unitId, date }, signal)) }), [unitId, date]);
  const mine = useAsync((signal) => teamsOfDay(date, signal), [date]);
  // Solves, check-ins and alerts anywhere in the territory: read the list again (once per burst).
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const soon = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      list.reload();
      mine.reload();
    }, 800);
  };
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  useLiveEvents({ 'patrol.updated': soon, 'patrol.checkin': soon, 'patrol.alert': soon });
  // While read again, the lines already shown stay (no spinner flashing on every event).
  const shown: AsyncState<{ key: string; items: PlanSummary[] }> =
    list.state.status === 'loading' && list.state.data?.key === key ? { status: 'ok', data: list.state.data } : list.state;

  return (
    <section class="page pt-page" data-testid="patrol-list" data-unit={unitId ?? ''} data-date={date}>
      <PageTitle
        actions={
          canPatrol(user, 'manage_patrols') ? (
            <Link href={`${BASE}/baru${unitId ? `?unit=${unitId}&date=${date}` : `?date=${date}`}`} class="btn btn-primary" data-testid="plan-new">
              {t('newPlan')}
            </Link>
          ) : undefined
        }
      >
        {t('title')}
      </PageTitle>
      <div class="filters">
        <label class="filter">
          {t('unit')}
          <select
            value={unitId === null ? 'semua' : String(unitId)}
            data-testid="plan-filter-unit"
            onChange={(e) => setQuery({ unit: e.currentTarget.value === String(user.unit_id) ? null : e.currentTarget.value })}
          >
            <option value="semua">{t('allUnits')}</option>
            {user.unit_id !== undefined && !units.some((u) => u.id === user.unit_id) && <option value={String(user.unit_id)}>{user.unit_name}</option>}
            {units.map((u) => (
              <option value={String(u.id)}>{u.name}</option>
            ))}
          </select>
        </label>
        <label class="filter">
          {t('date')}
          <input type="date" value={date} data-testid="plan-filter-date" onChange={(e) => setQuery({ date: e.currentTarget.value || null })} />
        </label>
      </div>
      <MyTeams state={mine.state} zone={user.time_zone} />
      <AsyncView state={shown} onRetry={list.reload} isEmpty={(d) => d.items.length === 0} empty={t('listEmpty')}>
        {(d) => (
          <div class="table-wrap">
            <table class="data-table" data-testid="plan-table">
              <thead>
                <tr>
                  <th scope="col">{t('colName')}</th>
                  <th scope="col">{t('colKind')}</th>
                  <th scope="col">{t('unit')}</th>
                  <th scope="col">{t('colShift')}</th>
                  <th scope="col">{t('colStatus')}</th>
                  <th scope="col" class="num">{t('colTeams')}</th>
                  <th scope="col" class="num">{t('colStops')}</th>
                  <th scope="col">{t('colCompliance')}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((p: PlanSummary) => {
                  const teams = countOf(p.teams, p.team_count);
                  const stops = countOf(p.stops, p.stop_count);
                  return (
                    <tr data-plan-id={p.id} data-status={p.status}>
                      <td data-label={t('colName')}>
                        <Link href={planHref(p.id)} data-testid="plan-link">
                          {p.name}
                        </Link>
                      </td>
                      <td data-label={t('colKind')}>{p.kind_label ? pick(p.kind_label, p.kind_label_en) : labelOf('kind', p.kind)}</td>
                      <td data-label={t('unit')}>{p.unit_name ?? ''}</td>
                      <td data-label={t('colShift')}>
                        {formatDay(p.date)} {formatClockRange(p.shift_start, p.shift_end, zoneOf(p.zone, user.time_zone))}
                      </td>
                      <td data-label={t('colStatus')}>{labelOf('plan', p.status)}</td>
                      <td data-label={t('colTeams')} class="num">
                        {teams === null ? '—' : formatNumber(teams)}
                      </td>
                      <td data-label={t('colStops')} class="num">
                        {stops === null ? '—' : formatNumber(stops)}
                      </td>
                      <td data-label={t('colCompliance')}>{(() => {
                          const c = countsOf(p, stops);
                          return c ? <CountsView counts={c} /> : '—';
                        })()}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </AsyncView>
    </section>
  );
}

/** The crew's own routes of the day (its Polsek's cars in the Polres's plan too): links to the phone view. */
function MyTeams(props: { state: AsyncState<{ items: TeamOfDay[] }>; zone: TimeZoneName }) {
  const { state } = props;
  if (state.status !== 'ok' || state.data.items.length === 0) return null;
  return (
    <section class="card pt-my-teams" data-testid="my-teams">
      <h2>{t('myTeams')}</h2>
      <p class="hint">{t('myTeamsHint')}</p>
      <ul>
        {state.data.items.map((team) => (
          <li data-team-id={team.team_id} data-plan-id={team.plan_id}>
            <Link href={teamHref(team.plan_id, team.team_id)} data-testid="my-team-link">
              {team.call_sign} — {team.plan_name}
            </Link>{' '}
            <span class="muted">
              {formatDay(team.date)} {formatClockRange(team.shift_start, team.shift_end, zoneOf(team.zone, props.zone))}
            </span>{' '}
            <CountsView counts={team.compliance} />
          </li>
        ))}
      </ul>
    </section>
  );
}
