// /patroli/{id}: one plan. "Susun rute" runs the solver for the seconds
// given; the routes are drawn one colour per team with numbered stops, each
// team's timetable lists order, planned arrival, window and status; stops
// left out say why. Compliance counts (selesai / terlambat / terlewat /
// menunggu) per plan and team follow the live stream (patrol.checkin,
// patrol.alert); a missed or late stop raises a banner and a beep. Stops
// already missed or late when the page opens (or while the stream was down)
// are listed under the banners without a beep. Visited stops show how they
// were checked in (tap or geofence) and the check-in's photo. A team's
// GPS track can be replayed on the map; schedule and compliance download as
// PDF and XLSX.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatNumber, pick } from '../core/i18n';
import { Link } from '../core/router';
import { currentUser } from '../core/session';
import { formatDateTime, formatDay } from '../core/time';
import { ErrorBox, errorText, Loading, PageTitle } from '../core/ui';
import { useLiveEvents } from '../incidents/live';
import { beep, unlockAudio } from '../incidents/sound';
import { formatDistance } from '../incidents/values';
import { compliance as fetchCompliance, EXPORTS, exportUrl, plan as fetchPlan, solvePlan, tracks as fetchTracks } from './api';
import { PatrolMapController } from './map';
import { BASE, CountsView, CrewList, StopChip, teamHref } from './parts';
import { type AlertEvent, canPatrol, type CheckinEvent, type ComplianceStop, type Plan, type TrackPoint, type UpdatedEvent } from './types';
import {
  type AlertLine,
  alertId,
  countStops,
  earlierAlerts,
  formatClock,
  formatClockRange,
  formatWindow,
  indexAt,
  routeStops,
  safePhotoUrl,
  teamColor,
  unservedStops,
  waitMinutes,
  wholeMinutes,
  withLiveAlert,
  withStopStatus,
  zoneOf,
} from './values';
import { labelOf, t } from './words';
import './patrols.css';

function isCheckin(x: unknown): x is CheckinEvent {
  return typeof x === 'object' && x !== null && typeof (x as CheckinEvent).plan_id === 'number' && typeof (x as CheckinEvent).stop_id === 'number';
}
function isAlert(x: unknown): x is AlertEvent {
  return isCheckin(x) && typeof (x as unknown as AlertEvent).kind === 'string';
}

function PlanMap({ plan }: { plan: Plan }) {
  const el = useRef<HTMLDivElement>(null);
  const ctl = useRef<PatrolMapController | null>(null);
  useEffect(() => {
    const c = new PatrolMapController(el.current!, { outlines: true });
    ctl.current = c;
    const onResize = () => c.invalidate();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      c.destroy();
      ctl.current = null;
    };
  }, []);
  useEffect(() => {
    const zone = zoneOf(plan.zone);
    if (!ctl.current) return;
    ctl.current.tooltip = (s, team) =>
      `${s.route_order ? `${s.route_order}. ` : ''}${s.name} · ${formatWindow(s.window_open_at, s.window_close_at, zone, plan.date)}${team ? ` · ${team.call_sign}` : ''} · ${labelOf('stop', s.status)}`;
    ctl.current.setPlan({ plan });
  }, [plan]);
  return (
    <div class="pt-map-wrap">
      <div class="pt-map" ref={el} data-testid="plan-map" />
      <Replay plan={plan} ctl={ctl} />
    </div>
  );
}

function Replay({ plan, ctl }: { plan: Plan; ctl: { current: PatrolMapController | null } }) {
  const zone = zoneOf(plan.zone);
  const [teamId, setTeamId] = useState<number | null>(plan.teams[0]?.id ?? null);
  const [points, setPoints] = useState<TrackPoint[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing || !points) return;
    const id = setInterval(() => {
      setIndex((i) => {
        if (i >= points.length - 1) {
          setPlaying(false);
          return i;
        }
        return i + 1;
      });
    }, 400);
    return () => clearInterval(id);
  }, [playing, points]);
  useEffect(() => {
    if (points) ctl.current?.moveReplay(points[index] ?? null, index);
  }, [index, points]);
  useEffect(() => () => ctl.current?.setTrack(null), []);

  const load = async () => {
    if (teamId === null) return;
    setBusy(true);
    setError(null);
    setPlaying(false);
    try {
      const r = await fetchTracks(plan.id, teamId);
      const team = r.teams.find((x) => x.team_id === teamId) ?? r.teams[0];
      const pts = [...(team?.points ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
      setPoints(pts);
      const i = plan.teams.findIndex((x) => x.id === teamId);
      ctl.current?.setTrack(pts, teamColor(i));
      // Start at the last point up to now: where the team is.
      const start = pts.length ? indexAt(pts, Date.now()) : 0;
      setIndex(start);
    } catch (e) {
      setError(e);
      setPoints(null);
      ctl.current?.setTrack(null);
    } finally {
      setBusy(false);
    }
  };

  const p = points?.[index];
  return (
    <div class="pt-replay card" data-testid="replay" data-points={points?.length ?? ''} data-index={index}>
      <strong>{t('replayTitle')}</strong>
      <div class="pt-replay-row">
        <select aria-label={t('replayTeam')} value={teamId ?? ''} data-testid="replay-team" onChange={(e) => setTeamId(Number(e.currentTarget.value))}>
          {plan.teams.map((tm) => (
            <option value={tm.id}>{tm.call_sign}</option>
          ))}
        </select>
        <button type="button" class="btn" disabled={busy || teamId === null} data-testid="replay-load" onClick={() => void load()}>
          {t('replayLoad')}
        </button>
        {points && points.length > 1 && (
          <button type="button" class="btn" data-testid="replay-play" onClick={() => {
            if (!playing && index >= points.length - 1) setIndex(0);
            setPlaying(!playing);
          }}>
            {playing ? t('replayPause') : t('replayPlay')}
          </button>
        )}
      </div>
      {points && points.length > 0 && (
        <>
          <input
            type="range"
            min={0}
            max={points.length - 1}
            value={index}
            class="pt-slider"
            data-testid="replay-slider"
            aria-label={t('replayTitle')}
            onInput={(e) => {
              setPlaying(false);
              setIndex(Number(e.currentTarget.value));
            }}
          />
          <small data-testid="replay-at" data-at={p?.at ?? ''}>
            {t('replayAt', { i: index + 1, n: points.length, at: formatDateTime(p?.at, zone) })}
          </small>
        </>
      )}
      {points && points.length === 0 && <small class="muted" data-testid="replay-none">{t('replayNone')}</small>}
      {error !== null && <small class="field-error">{errorText(error)}</small>}
    </div>
  );
}

/** How a visited stop was checked in, and its photo (a thumbnail linking to the full picture). */
function Visit({ stop, visit }: { stop: { id: number; name: string; visited_at: string | null }; visit: ComplianceStop | undefined }) {
  if (!visit || (visit.check_in_id === null && !visit.method)) return null;
  const photo = safePhotoUrl(visit.photo_url);
  return (
    <>
      {visit.method && (
        <small class="muted block pt-method" data-testid="stop-method" data-method={visit.method}>
          {labelOf('method', visit.method)}
        </small>
      )}
      {photo && (
        <a class="pt-photo" href={photo} target="_blank" rel="noopener" data-testid="stop-photo" data-check-in-id={visit.check_in_id} title={t('photoOf', { stop: stop.name })}>
          <img src={photo} alt={t('photoOf', { stop: stop.name })} loading="lazy" width={36} height={36} />
          {t('photo')}
        </a>
      )}
    </>
  );
}

export function PlanView({ id }: { id: number }) {
  const user = currentUser()!;
  const [plan, setPlanState] = useState<Plan | null>(null);
  const planRef = useRef<Plan | null>(null);
  const setPlan = (p: Plan | null) => {
    planRef.current = p;
    setPlanState(p);
  };
  const [error, setError] = useState<unknown>(null);
  const [seconds, setSeconds] = useState('2');
  const [solving, setSolving] = useState(false);
  const [solveError, setSolveError] = useState<unknown>(null);
  const [alerts, setAlerts] = useState<AlertLine[]>([]);
  const [alertCount, setAlertCount] = useState(0);
  const [beeps, setBeeps] = useState(0);
  const [allEarlier, setAllEarlier] = useState(false);
  /** Lines the operator closed (stop and kind): not listed again. */
  const dismissed = useRef(new Set<string>());
  /** Each stop's check-in as the compliance report has it (method, photo). */
  const [visits, setVisits] = useState<Map<number, ComplianceStop>>(new Map());
  const refetchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = () => {
    fetchPlan(id).then(
      (p) => {
        setPlan(p);
        setError(null);
      },
      (e: unknown) => setError(e),
    );
  };
  /**
   * Reads the compliance report: check-in methods and photos; with `earlier`,
   * the stops already missed or late are listed (no beep), for the operator
   * who was not watching when their alerts went out.
   */
  const loadVisits = (earlier: boolean) => {
    fetchCompliance(id).then(
      (c) => {
        setVisits(new Map((c.stops ?? []).map((s) => [s.stop_id, s])));
        if (earlier) setAlerts((a) => [...a, ...earlierAlerts(c, planRef.current?.teams ?? [], a, dismissed.current)]);
      },
      () => undefined, // the plan shows without them; the next event or reconnect tries again
    );
  };
  const dismiss = (lines: readonly AlertLine[]) => {
    for (const l of lines) dismissed.current.add(alertId(l));
    const keys = new Set(lines.map((l) => l.key));
    setAlerts((a) => a.filter((l) => !keys.has(l.key)));
  };

  useEffect(() => {
    setPlan(null);
    setAlerts([]);
    setVisits(new Map());
    dismissed.current = new Set();
    load();
    loadVisits(true);
    return () => {
      if (refetchTimer.current) clearTimeout(refetchTimer.current);
    };
  }, [id]);

  /** Reads the plan again shortly after events (visit times, counts as the server has them). */
  const refetchSoon = () => {
    if (refetchTimer.current) clearTimeout(refetchTimer.current);
    refetchTimer.current = setTimeout(() => {
      refetchTimer.current = null;
      fetchPlan(id).then(
        (p) => setPlan(p),
        () => undefined, // the live counts stay; the next event tries again
      );
      loadVisits(false);
    }, 400);
  };

  const applyStatus = (stopId: number, status: string) => {
    const p = planRef.current;
    if (p) setPlan(withStopStatus(p, stopId, status));
  };

  const live = useLiveEvents(
    {
      'patrol.checkin': (d) => {
        if (!isCheckin(d) || d.plan_id !== id) return;
        applyStatus(d.stop_id, d.status);
        const method = d.method;
        if (typeof method === 'string') {
          setVisits((m) => {
            const old = m.get(d.stop_id);
            return old ? new Map(m).set(d.stop_id, { ...old, method }) : m;
          });
        }
        refetchSoon();
      },
      'patrol.updated': (d) => {
        // Solved again (here or by another operator): routes and times changed.
        const u = d as UpdatedEvent;
        if (!u || u.plan_id !== id) return;
        if (u.solved_at !== planRef.current?.solved_at || u.status !== planRef.current?.status) refetchSoon();
      },
      'patrol.alert': (d) => {
        if (!isAlert(d) || d.plan_id !== id) return;
        applyStatus(d.stop_id, d.kind);
        setAlerts((a) => withLiveAlert(a, d));
        setAlertCount((n) => n + 1);
        if (beep()) setBeeps((n) => n + 1);
        refetchSoon();
      },
    },
    () => {
      // (Re)connected: what changed while the line was down, with the alerts it missed.
      if (planRef.current) {
        refetchSoon();
        loadVisits(true);
      }
    },
  );

  useEffect(() => {
    const unlock = () => unlockAudio();
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, []);

  const solve = async () => {
    const s = Number(seconds.replace(',', '.'));
    setSolving(true);
    setSolveError(null);
    try {
      const p = await solvePlan(id, Number.isFinite(s) ? Math.min(30, Math.max(0.2, s)) : 2);
      setPlan(p);
    } catch (e) {
      setSolveError(e);
    } finally {
      setSolving(false);
    }
  };

  const counts = useMemo(() => (plan ? countStops(plan.stops) : null), [plan]);

  if (error !== null && !plan) return <section class="page"><ErrorBox error={error} onRetry={load} /></section>;
  if (!plan || !counts) return <Loading />;
  const zone = zoneOf(plan.zone, user.time_zone);
  const manage = canPatrol(user, 'manage_patrols');
  const unserved = unservedStops(plan);
  const liveAlerts = alerts.filter((a) => a.source === 'live');
  const earlier = alerts.filter((a) => a.source === 'earlier');
  const EARLIER_SHOWN = 8;
  const earlierShown = allEarlier ? earlier : earlier.slice(0, EARLIER_SHOWN);
  const alertText = (a: AlertLine) =>
    t(a.kind === 'terlambat' ? 'alertTerlambat' : 'alertTerlewat', {
      stop: a.stop_name,
      team: a.call_sign,
      at: formatClock(a.window_close_at, zone, plan.date) + ` ${zone}`,
    });

  return (
    <section
      class="page pt-page"
      data-testid="plan-page"
      data-plan-id={plan.id}
      data-status={plan.status}
      data-live={live}
      data-alerts={alertCount}
      data-beeps={beeps}
    >
      <PageTitle
        actions={
          <span class="pt-live" data-testid="plan-live" data-state={live} title={t('soundHint')}>
            {live === 'open' ? t('liveOn') : live === 'unsupported' ? t('liveNone') : t('liveOff')}
          </span>
        }
      >
        {plan.name}
      </PageTitle>
      <Link href={BASE} class="small">
        {t('back')}
      </Link>
      {liveAlerts.length > 0 && (
        <div class="pt-alerts" data-testid="plan-alerts">
          {liveAlerts.map((a) => (
            <div
              key={a.key}
              class={`pt-alert pt-alert-${a.kind}`}
              role="alert"
              data-testid="plan-alert"
              data-source="live"
              data-kind={a.kind}
              data-stop-id={a.stop_id}
              data-team-id={a.team_id}
            >
              <span>{alertText(a)}</span>
              <button type="button" class="btn btn-ghost" data-testid="plan-alert-dismiss" onClick={() => dismiss([a])}>
                {t('dismiss')}
              </button>
            </div>
          ))}
        </div>
      )}
      {earlier.length > 0 && (
        <section class="pt-alerts-earlier" data-testid="plan-alerts-earlier" data-count={earlier.length} aria-labelledby="pt-earlier-title">
          <header>
            <h2 id="pt-earlier-title">{t('earlierTitle', { n: earlier.length })}</h2>
            {earlier.length > 1 && (
              <button type="button" class="btn btn-ghost" data-testid="plan-alerts-earlier-dismiss" onClick={() => dismiss(earlier)}>
                {t('dismissAll')}
              </button>
            )}
          </header>
          <ul>
            {earlierShown.map((a) => (
              <li
                key={a.key}
                class="pt-alert-line"
                data-testid="plan-alert"
                data-source="earlier"
                data-kind={a.kind}
                data-stop-id={a.stop_id}
                data-team-id={a.team_id}
              >
                <span>
                  <StopChip status={a.kind} />
                  {t('earlierLine', { stop: a.stop_name, team: a.call_sign, at: formatClock(a.window_close_at, zone, plan.date) + ` ${zone}` })}
                  {a.visited_at && ` · ${t('earlierVisited', { at: formatClock(a.visited_at, zone, plan.date) + ` ${zone}` })}`}
                </span>
                <button type="button" class="btn btn-ghost" data-testid="plan-alert-dismiss" onClick={() => dismiss([a])}>
                  {t('dismiss')}
                </button>
              </li>
            ))}
          </ul>
          {earlier.length > earlierShown.length && (
            <button type="button" class="link" data-testid="plan-alerts-earlier-more" onClick={() => setAllEarlier(true)}>
              {t('earlierMore', { n: earlier.length - earlierShown.length })}
            </button>
          )}
        </section>
      )}
      <div class="pt-head card">
        <dl class="pt-dl">
          <dt>{t('colKind')}</dt>
          <dd data-testid="plan-kind">{pick(plan.kind_label, plan.kind_label_en) || labelOf('kind', plan.kind)}</dd>
          <dt>{t('unit')}</dt>
          <dd>{plan.unit_name}</dd>
          <dt>{t('colShift')}</dt>
          <dd data-testid="plan-shift">
            {formatDay(plan.date)} {formatClockRange(plan.shift_start, plan.shift_end, zone)}
          </dd>
          <dt>{t('depot')}</dt>
          <dd>{plan.depot?.name}</dd>
          <dt>{t('planStatus')}</dt>
          <dd data-testid="plan-status" data-status={plan.status}>
            {labelOf('plan', plan.status)}
            {plan.solved_at ? ` · ${t('solvedAt', { at: formatDateTime(plan.solved_at, zone) })}` : ''}
            {plan.status === 'direncanakan' ? ` · ${t('totals', { km: formatDistance(plan.distance_m), min: formatNumber(wholeMinutes(plan.cost_s)) })}` : ''}
          </dd>
        </dl>
        {manage && (
          <div class="pt-solve">
            <label class="filter">
              {t('solveSeconds')}
              <input type="number" min={0.2} max={30} step={0.1} value={seconds} data-testid="solve-seconds" onInput={(e) => setSeconds(e.currentTarget.value)} />
            </label>
            <button type="button" class="btn btn-primary" disabled={solving} data-testid="solve" onClick={() => void solve()}>
              {solving ? t('solving') : t('solve')}
            </button>
          </div>
        )}
        {solveError !== null && (
          <div class="form-error" role="alert" data-testid="solve-error">
            {errorText(solveError)}
          </div>
        )}
        <div class="pt-exports">
          <strong>{t('exports')}:</strong>
          {EXPORTS.map((name) => (
            <a href={exportUrl(plan.id, name)} class="btn" data-testid={`export-${name.replace('.', '-')}`} download>
              {t(name.startsWith('jadwal') ? 'export_jadwal' : 'export_kepatuhan')} {name.endsWith('pdf') ? 'PDF' : 'XLSX'}
            </a>
          ))}
        </div>
      </div>

      <div class="card pt-compliance" data-testid="compliance">
        <h2>{t('compliance')}</h2>
        <div class="pt-comp-row" data-testid="compliance-plan">
          <span class="pt-comp-name">{t('compPlan')}</span>
          <CountsView counts={counts} testid="compliance-plan-counts" />
        </div>
        {plan.teams.map((tm, i) => (
          <div class="pt-comp-row" data-testid="compliance-team" data-team-id={tm.id}>
            <span class="pt-comp-name">
              <span class="swatch" style={{ background: teamColor(i) }} />
              {tm.call_sign}
            </span>
            <CountsView counts={countStops(plan.stops, tm.id)} />
          </div>
        ))}
      </div>

      {plan.status !== 'direncanakan' && <p class="notice" data-testid="plan-not-solved">{t('notSolved')}</p>}

      <div class="pt-grid">
        <div class="pt-map-col">
          <PlanMap plan={plan} />
          <small class="muted">{t('legendStops')}</small>
        </div>
        <div class="pt-side">
          <h2>{t('timetable')}</h2>
          {plan.teams.map((tm, i) => {
            const stops = routeStops(plan, tm);
            return (
              <section class="card pt-team" data-testid="team-timetable" data-team-id={tm.id}>
                <header class="pt-team-head">
                  <h3>
                    <span class="swatch" style={{ background: teamColor(i) }} />
                    {tm.call_sign}
                  </h3>
                  <Link href={teamHref(plan.id, tm.id)} class="small" data-testid="team-phone-link">
                    {t('phoneView')}
                  </Link>
                </header>
                <p class="small muted">{[tm.vehicle_label, labelOf('profile', tm.profile), tm.partners].filter(Boolean).join(' · ')}</p>
                <CrewList crew={tm.crew ?? []} />
                {tm.route && stops.length > 0 && (
                  <p class="small">
                    {t('depart', { at: formatClock(tm.route.departure_at, zone, plan.date) })} · {t('returnAt', { at: formatClock(tm.route.return_at, zone, plan.date) })} ·{' '}
                    {t('teamRoute', { n: stops.length, km: formatDistance(tm.route.distance_m) })}
                  </p>
                )}
                {stops.length === 0 ? (
                  <p class="muted small">{plan.status === 'direncanakan' ? t('teamEmpty') : '—'}</p>
                ) : (
                  <div class="table-wrap">
                    <table class="data-table pt-timetable">
                      <thead>
                        <tr>
                          <th scope="col" class="num">{t('colOrder')}</th>
                          <th scope="col">{t('colStop')}</th>
                          <th scope="col">{t('colArrival')}</th>
                          <th scope="col">{t('colWindow')}</th>
                          <th scope="col">{t('colStatus')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {stops.map((s, k) => (
                          <tr data-stop-id={s.id} data-status={s.status} data-order={s.route_order ?? k + 1}>
                            <td data-label={t('colOrder')} class="num">
                              {s.route_order ?? k + 1}
                            </td>
                            <td data-label={t('colStop')}>{s.name}</td>
                            <td data-label={t('colArrival')} class="nowrap">
                              {formatClock(s.planned_arrival_at, zone, plan.date)}
                              {waitMinutes(s.planned_arrival_at, s.planned_start_at) > 0 && (
                                <small class="muted block">
                                  {t('startsAt', { at: formatClock(s.planned_start_at, zone, plan.date), min: waitMinutes(s.planned_arrival_at, s.planned_start_at) })}
                                </small>
                              )}
                            </td>
                            <td data-label={t('colWindow')} class="nowrap">{formatWindow(s.window_open_at, s.window_close_at, zone, plan.date)}</td>
                            <td data-label={t('colStatus')}>
                              <StopChip status={String(s.status)} testid="stop-status" />
                              {s.visited_at && <small class="muted block">{formatClock(s.visited_at, zone, plan.date)}</small>}
                              <Visit stop={s} visit={visits.get(s.id)} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
            );
          })}
          {plan.status === 'direncanakan' && (
            <section class="card" data-testid="unserved" data-count={unserved.length}>
              <h3>{t('unservedTitle')}</h3>
              {unserved.length === 0 ? (
                <p class="muted small">{t('unservedNone')}</p>
              ) : (
                <ul class="pt-unserved">
                  {unserved.map((u) => (
                    <li data-stop-id={u.stop.id} data-reason={u.reason}>
                      <strong>{u.stop.name}</strong> · {formatWindow(u.stop.window_open_at, u.stop.window_close_at, zone, plan.date)} —{' '}
                      <span class="pt-reason">{pick(u.label, u.label_en) || labelOf('reason', u.reason)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </div>
      </div>
    </section>
  );
}
