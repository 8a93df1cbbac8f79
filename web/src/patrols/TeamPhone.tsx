// /patroli/{id}/tim/{team_id}: the team's phone (375 px wide). Its route in
// order with planned times and windows, a small map; for each stop
// "Lapor tiba / Check-in" takes the device position (and a photo, made
// smaller on the phone) and posts it; the server's refusal (farther than
// 100 m, already checked in) is shown under the stop. "Kirim posisi" sends
// the position in batches, kept while offline.

import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../core/api';
import { getLang, pick } from '../core/i18n';
import { Link } from '../core/router';
import { currentUser } from '../core/session';
import { formatDay } from '../core/time';
import { ErrorBox, errorText, Loading, PageTitle } from '../core/ui';
import { useLiveEvents } from '../incidents/live';
import { checkPhoto, formatBytes, PHOTO_MAX_BYTES, type PhotoDraft } from '../incidents/values';
import { checkIn, teamRoute } from './api';
import { PatrolMapController } from './map';
import { CrewList, planHref, StopChip } from './parts';
import { usePositionSender } from './positions';
import { canPatrol, type CheckinEvent, type Plan, type Stop, type TeamRouteView } from './types';
import { formatClock, formatClockRange, formatWindow, waitMinutes, zoneOf } from './values';
import { labelOf, t } from './words';
import './patrols.css';

/** Photos above this go smaller on the phone first (field connections are slow). */
const SHRINK_ABOVE = 600 * 1024;

function readDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
}

async function preparePhoto(file: File): Promise<{ photo: PhotoDraft } | { error: string }> {
  const check = checkPhoto(file);
  if (check === 'type') return { error: t('photoType') };
  if (file.size > SHRINK_ABOVE) {
    try {
      const { downscalePhoto } = await import('../readiness/photo');
      const small = await downscalePhoto(file);
      if (small.bytes <= PHOTO_MAX_BYTES) return { photo: { base64: small.base64, dataUrl: small.dataUrl, name: file.name, bytes: small.bytes, shrunk: true } };
    } catch {
      // not decodable here: sent as it is when small enough
    }
  }
  if (check === 'size') return { error: t('photoSize', { size: formatBytes(file.size), max: formatBytes(PHOTO_MAX_BYTES) }) };
  const dataUrl = await readDataUrl(file);
  return { photo: { base64: dataUrl.slice(dataUrl.indexOf(',') + 1), dataUrl, name: file.name, bytes: file.size, shrunk: false } };
}

function currentPosition(): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) => {
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geo) {
      reject(new Error(t('geoUnsupported')));
      return;
    }
    geo.getCurrentPosition(resolve, (e) => reject(new Error(e.code === 1 ? t('geoDenied') : e.code === 3 ? t('geoTimeout') : t('geoUnavailable'))), {
      enableHighAccuracy: true,
      timeout: 20_000,
      maximumAge: 0,
    });
  });
}

type StopUi = { phase: 'idle' | 'locating' | 'sending'; error: string | null; photo: PhotoDraft | null; done: string | null };

function StopCard({
  stop,
  index,
  view,
  ui,
  setUi,
  onCheckedIn,
  canCheckIn,
}: {
  stop: Stop;
  index: number;
  view: TeamRouteView;
  ui: StopUi;
  setUi: (p: Partial<StopUi>) => void;
  onCheckedIn: (stopId: number, status: string, at: string) => void;
  canCheckIn: boolean;
}) {
  const zone = zoneOf(view.plan.zone);
  const input = useRef<HTMLInputElement>(null);
  const pending = stop.status === 'menunggu' || stop.status === 'terlewat';
  const go = async () => {
    setUi({ phase: 'locating', error: null, done: null });
    let pos: GeolocationPosition;
    try {
      pos = await currentPosition();
    } catch (e) {
      setUi({ phase: 'idle', error: e instanceof Error ? e.message : String(e) });
      return;
    }
    setUi({ phase: 'sending' });
    try {
      const r = await checkIn(view.plan.id, {
        team_id: view.team.id,
        stop_id: stop.id,
        position: { lat: Math.round(pos.coords.latitude * 1e6) / 1e6, lon: Math.round(pos.coords.longitude * 1e6) / 1e6 },
        accuracy_m: Math.round(pos.coords.accuracy),
        ...(ui.photo ? { photo: ui.photo.base64 } : {}),
      });
      setUi({ phase: 'idle', error: null, photo: null, done: t('checkedIn', { at: formatClock(r.at, zone, view.plan.date) + ` ${zone}`, m: Math.round(r.distance_m) }) });
      if (input.current) input.current.value = '';
      onCheckedIn(stop.id, r.status, r.at);
    } catch (e) {
      setUi({ phase: 'idle', error: e instanceof ApiError ? e.text(getLang()) : errorText(e) });
    }
  };
  return (
    <li class={`pt-phone-stop pt-phone-${stop.status}`} data-testid="phone-stop" data-stop-id={stop.id} data-status={stop.status}>
      <div class="pt-phone-stop-head">
        <span class="pt-phone-order">{stop.route_order ?? index + 1}</span>
        <div>
          <strong>{stop.name}</strong>
          <div class="small">
            {t('plannedArrival', { at: formatClock(stop.planned_arrival_at, zone, view.plan.date) })}
            {waitMinutes(stop.planned_arrival_at, stop.planned_start_at) > 0 &&
              ` · ${t('startsAt', { at: formatClock(stop.planned_start_at, zone, view.plan.date), min: waitMinutes(stop.planned_arrival_at, stop.planned_start_at) })}`}
          </div>
          <div class="small">{t('windowIs', { w: formatWindow(stop.window_open_at, stop.window_close_at, zone, view.plan.date) })}</div>
        </div>
        <StopChip status={String(stop.status)} testid="phone-stop-status" />
      </div>
      {stop.visited_at && <div class="small muted">{t('visitedAt', { at: formatClock(stop.visited_at, zone, view.plan.date) + ` ${zone}` })}</div>}
      {ui.done && (
        <div class="notice ok small" data-testid="checkin-done">
          {ui.done}
        </div>
      )}
      {pending && canCheckIn && (
        <div class="pt-phone-actions">
          <label class="pt-phone-photo">
            <span class="small">{t('photoOptional')}</span>
            <input
              ref={input}
              type="file"
              accept="image/jpeg,image/png"
              capture="environment"
              data-testid="checkin-photo"
              onChange={async (e) => {
                const f = e.currentTarget.files?.[0];
                if (!f) {
                  setUi({ photo: null });
                  return;
                }
                const r = await preparePhoto(f);
                if ('error' in r) {
                  setUi({ photo: null, error: r.error });
                  if (input.current) input.current.value = '';
                } else setUi({ photo: r.photo, error: null });
              }}
            />
          </label>
          {ui.photo && (
            <small class="muted" data-testid="checkin-photo-ready" data-bytes={ui.photo.bytes} data-shrunk={String(ui.photo.shrunk)}>
              {t('photoReady', { size: formatBytes(ui.photo.bytes) })}
              {ui.photo.shrunk ? ` · ${t('photoShrunk')}` : ''}
            </small>
          )}
          <button type="button" class="btn btn-primary pt-checkin" disabled={ui.phase !== 'idle'} data-testid="checkin" onClick={() => void go()}>
            {ui.phase === 'locating' ? t('checkingIn') : ui.phase === 'sending' ? t('sendingCheckIn') : t('checkIn')}
          </button>
        </div>
      )}
      {ui.error && (
        <small class="field-error" role="alert" data-testid="checkin-error">
          {ui.error}
        </small>
      )}
    </li>
  );
}

function PhoneMap({ view, me }: { view: TeamRouteView; me: { lat: number; lon: number } | null }) {
  const el = useRef<HTMLDivElement>(null);
  const ctl = useRef<PatrolMapController | null>(null);
  useEffect(() => {
    const c = new PatrolMapController(el.current!, { zoomControl: false });
    ctl.current = c;
    return () => {
      c.destroy();
      ctl.current = null;
    };
  }, []);
  useEffect(() => {
    const stops = view.stops.map((s, i) => ({ ...s, team_id: view.team.id, route_order: s.route_order ?? i + 1 }));
    const team = { ...view.team, route: { ...(view.team.route ?? { departure_at: null, return_at: null, travel_s: 0, distance_m: 0, load: 0 }), stop_ids: stops.map((s) => s.id) } };
    const plan = { id: view.plan.id, depot: view.depot, teams: [team], stops, solved_at: null } as unknown as Plan;
    ctl.current?.setPlan({ plan, teamId: view.team.id });
  }, [view]);
  useEffect(() => ctl.current?.setMe(me?.lat ?? null, me?.lon ?? null), [me?.lat, me?.lon]);
  return <div class="pt-phone-map" ref={el} data-testid="phone-map" />;
}

export function TeamPhone({ planId, teamId }: { planId: number; teamId: number }) {
  const user = currentUser()!;
  const [view, setViewState] = useState<TeamRouteView | null>(null);
  const viewRef = useRef<TeamRouteView | null>(null);
  const setView = (v: TeamRouteView | null) => {
    viewRef.current = v;
    setViewState(v);
  };
  const [error, setError] = useState<unknown>(null);
  const [ui, setUiState] = useState<Record<number, StopUi>>({});
  const [me, setMe] = useState<{ lat: number; lon: number } | null>(null);
  const load = () =>
    teamRoute(planId, teamId).then(
      (v) => {
        setView(v);
        setError(null);
      },
      (e: unknown) => setError(e),
    );
  useEffect(() => {
    void load();
  }, [planId, teamId]);

  const setStop = (stopId: number, status: string, visitedAt?: string) => {
    const v = viewRef.current;
    if (!v) return;
    setView({ ...v, stops: v.stops.map((s) => (s.id === stopId ? { ...s, status, visited_at: visitedAt ?? s.visited_at } : s)) });
  };
  useLiveEvents(
    {
      'patrol.checkin': (d) => {
        const e = d as CheckinEvent;
        if (e && e.plan_id === planId && e.team_id === teamId && typeof e.stop_id === 'number') setStop(e.stop_id, e.status);
      },
      'patrol.updated': (d) => {
        // The plan was solved again: the route and its times changed.
        const e = d as { plan_id?: number };
        if (e && e.plan_id === planId) void load();
      },
      'patrol.alert': (d) => {
        const e = d as CheckinEvent & { kind: string };
        if (e && e.plan_id === planId && e.team_id === teamId && typeof e.stop_id === 'number') setStop(e.stop_id, e.kind);
      },
    },
    () => {
      if (viewRef.current) void load();
    },
  );

  const fieldUnitId = view?.team.field_unit_id ?? null;
  const sender = usePositionSender(fieldUnitId, (p) => setMe({ lat: p.lat, lon: p.lon }));

  if (error !== null && !view) return <section class="page"><ErrorBox error={error} onRetry={() => void load()} /></section>;
  if (!view) return <Loading />;
  const zone = zoneOf(view.plan.zone, user.time_zone);
  const uiOf = (id: number): StopUi => ui[id] ?? { phase: 'idle', error: null, photo: null, done: null };
  const s = sender.state;

  return (
    <section class="page pt-page pt-phone" data-testid="team-phone" data-plan-id={view.plan.id} data-team-id={view.team.id}>
      <PageTitle>{t('phoneTitle', { team: view.team.call_sign })}</PageTitle>
      <p class="small">
        <strong>{view.plan.name}</strong> · {pick(view.plan.kind_label ?? '', view.plan.kind_label_en ?? '') || labelOf('kind', view.plan.kind)} · {formatDay(view.plan.date)}{' '}
        {formatClockRange(view.plan.shift_start, view.plan.shift_end, zone)}
      </p>
      <div class="pt-phone-crew small" data-testid="phone-crew">
        <strong>{t('crewTitle')}:</strong>{' '}
        {view.team.crew?.length ? <CrewList crew={view.team.crew} /> : <span class="muted">{t('crewNoneYet')}</span>}
        {view.team.vehicle_label && <span class="muted block">{view.team.vehicle_label}{view.team.partners ? ` · ${view.team.partners}` : ''}</span>}
      </div>
      {canPatrol(user, 'manage_patrols') && (
        <Link href={planHref(view.plan.id)} class="small">
          {t('backPlan')}
        </Link>
      )}
      <div class="card pt-sender" data-testid="position-sender" data-on={String(s.on)} data-sent={s.sent} data-queued={s.queued} data-offline={String(s.offline)}>
        <label class="pt-toggle">
          <input type="checkbox" role="switch" checked={s.on} disabled={fieldUnitId === null} data-testid="position-toggle" onChange={(e) => sender.setOn(e.currentTarget.checked)} />
          <strong>{t('sendPositions')}</strong>
        </label>
        <small class="block" data-testid="position-status">
          {fieldUnitId === null
            ? t('noFieldUnit')
            : s.offline
              ? t('positionsOffline', { queued: s.queued })
              : s.on || s.sent || s.queued
                ? t('positionsOn', { sent: s.sent, queued: s.queued })
                : t('positionsOff')}
        </small>
        {s.rejected > 0 && <small class="block muted">{t('positionsRejected', { n: s.rejected })}</small>}
        {s.error && (
          <small class="field-error block" role="alert" data-testid="position-error">
            {t('positionsError', { message: s.error })}
          </small>
        )}
      </div>
      <PhoneMap view={view} me={me} />
      <h2>{t('myStops')}</h2>
      <ol class="pt-phone-stops" data-testid="phone-stops">
        {view.stops.map((stop, i) => (
          <StopCard
            key={stop.id}
            stop={stop}
            index={i}
            view={view}
            ui={uiOf(stop.id)}
            setUi={(p) => setUiState((u) => ({ ...u, [stop.id]: { ...uiOf(stop.id), ...u[stop.id], ...p } }))}
            onCheckedIn={(id, status, at) => setStop(id, status, at)}
            canCheckIn={canPatrol(user, 'check_in_patrol')}
          />
        ))}
      </ol>
    </section>
  );
}
