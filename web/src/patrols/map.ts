// The Leaflet side of the patrol screens: each team's route as a line in its
// colour from the depot through its stops (numbered tags, ringed by their
// status) and back; unserved stops as grey crosses; the depot as a shield;
// a replay marker moved along a team's GPS track. Elements carry
// data-stop-id / data-team-id / data-status for tests and tooling.

import { api } from '../core/api';
import { BOUNDARY_STYLE, createMap, followTileSetting, L, unitIcon } from '../core/map';
import type { Plan, Stop, Team, TrackPoint } from './types';
import { routeStops, statusColor, teamColor } from './values';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function stopIcon(label: string, color: string, stop: Stop, teamId: number | null, nth = 0): L.DivIcon {
  return L.divIcon({
    className: 'pt-stop-icon',
    html:
      `<span class="pt-stop" style="background:${color};border-color:${statusColor(stop.status)}" data-stop-id="${stop.id}"` +
      ` data-team-id="${teamId ?? ''}" data-status="${escapeHtml(String(stop.status))}" data-order="${stop.route_order ?? ''}">${escapeHtml(label)}</span>`,
    iconSize: [26, 26],
    // Stops at the same place (a need every 4 hours) side by side, not on top of each other.
    iconAnchor: [13 - nth * 24, 13],
  });
}

export interface RouteShape {
  plan: Plan;
  /** Only this team (phone view); null = every team. */
  teamId?: number | null;
}

export class PatrolMapController {
  readonly map: L.Map;
  private readonly routeLayer = L.layerGroup();
  private readonly stopLayer = L.layerGroup();
  private readonly trackLayer = L.layerGroup();
  private replay: L.CircleMarker | null = null;
  private readonly stopTiles: () => void;
  private fittedFor = '';
  tooltip: (s: Stop, team: Team | null) => string = (s) => s.name;

  private readonly abort = new AbortController();

  constructor(el: HTMLElement, opts: { zoomControl?: boolean; outlines?: boolean } = {}) {
    this.map = createMap(el, { preferCanvas: false, zoomControl: opts.zoomControl ?? true });
    this.map.createPane('ptStops').style.zIndex = '650';
    this.routeLayer.addTo(this.map);
    this.trackLayer.addTo(this.map);
    this.stopLayer.addTo(this.map);
    this.stopTiles = followTileSetting(this.map);
    // The territory's kecamatan as the base (no tile server needed); the map works without them.
    if (opts.outlines) {
      api.regionShapes({ level: 'kecamatan' }, this.abort.signal).then(
        (fc) => {
          if (this.abort.signal.aborted) return;
          const layer = L.geoJSON(fc as unknown as GeoJSON.FeatureCollection, { style: () => BOUNDARY_STYLE.kecamatan, interactive: false });
          layer.addTo(this.map);
          layer.bringToBack();
        },
        () => undefined,
      );
    }
  }

  destroy(): void {
    this.abort.abort();
    this.stopTiles();
    this.map.remove();
  }

  invalidate(): void {
    this.map.invalidateSize();
  }

  /** Draws the plan: routes, stops, depot. Fits the view the first time a plan (or team) is drawn. */
  setPlan({ plan, teamId = null }: RouteShape): void {
    this.routeLayer.clearLayers();
    this.stopLayer.clearLayers();
    const bounds = L.latLngBounds([]);
    const depot = plan.depot?.position;
    if (depot && Number.isFinite(depot.lat)) {
      L.marker([depot.lat, depot.lon], { icon: unitIcon('polres', plan.depot.unit_id), pane: 'ptStops', keyboard: false })
        .bindTooltip(plan.depot.name, { direction: 'top' })
        .addTo(this.stopLayer);
      bounds.extend([depot.lat, depot.lon]);
    }
    const onRoute = new Set<number>();
    const at = new Map<string, number>();
    const nthAt = (s: Stop) => {
      const key = `${s.position.lat.toFixed(5)},${s.position.lon.toFixed(5)}`;
      const n = at.get(key) ?? 0;
      at.set(key, n + 1);
      return n;
    };
    plan.teams.forEach((team, i) => {
      if (teamId !== null && team.id !== teamId) return;
      const color = teamColor(i);
      const stops = routeStops(plan, team);
      const line: L.LatLngExpression[] = [];
      if (depot && stops.length) line.push([depot.lat, depot.lon]);
      stops.forEach((s, k) => {
        onRoute.add(s.id);
        line.push([s.position.lat, s.position.lon]);
        bounds.extend([s.position.lat, s.position.lon]);
        const m = L.marker([s.position.lat, s.position.lon], { icon: stopIcon(String(s.route_order ?? k + 1), color, s, team.id, nthAt(s)), pane: 'ptStops', keyboard: false });
        m.bindTooltip(this.tooltip(s, team), { direction: 'top' });
        m.addTo(this.stopLayer);
      });
      if (depot && stops.length) line.push([depot.lat, depot.lon]);
      if (line.length > 1) {
        const pl = L.polyline(line, { color, weight: 4, opacity: 0.85, className: `pt-route pt-route-${team.id}` });
        pl.addTo(this.routeLayer);
        pl.on('add', () => pl.getElement()?.setAttribute('data-team-id', String(team.id)));
        pl.getElement()?.setAttribute('data-team-id', String(team.id));
      }
    });
    if (teamId === null) {
      for (const s of plan.stops) {
        if (onRoute.has(s.id)) continue;
        bounds.extend([s.position.lat, s.position.lon]);
        const m = L.marker([s.position.lat, s.position.lon], { icon: stopIcon('×', '#868e96', s, null, nthAt(s)), pane: 'ptStops', keyboard: false });
        m.bindTooltip(this.tooltip(s, null), { direction: 'top' });
        m.addTo(this.stopLayer);
      }
    }
    const c = this.map.getContainer();
    c.dataset.routes = String(plan.teams.filter((t) => (teamId === null || t.id === teamId) && routeStops(plan, t).length > 0).length);
    c.dataset.stops = String(this.stopLayer.getLayers().length - (depot ? 1 : 0));
    const key = `${plan.id}:${teamId ?? ''}:${plan.solved_at ?? ''}`;
    if (key !== this.fittedFor && bounds.isValid()) {
      this.fittedFor = key;
      this.map.fitBounds(bounds.pad(0.15), { animate: false, maxZoom: 16 });
    }
  }

  /** The GPS track of a team as a thin dashed line; the replay marker at `index`. */
  setTrack(points: readonly TrackPoint[] | null, color = '#0b2545'): void {
    this.trackLayer.clearLayers();
    this.replay = null;
    const c = this.map.getContainer();
    if (!points || !points.length) {
      c.dataset.track = '0';
      return;
    }
    L.polyline(
      points.map((p) => [p.lat, p.lon] as L.LatLngTuple),
      { color, weight: 3, opacity: 0.7, dashArray: '4 6', className: 'pt-track' },
    ).addTo(this.trackLayer);
    this.replay = L.circleMarker([points[0]!.lat, points[0]!.lon], {
      radius: 9,
      color: '#ffffff',
      weight: 3,
      fillColor: color,
      fillOpacity: 1,
      className: 'pt-replay',
    }).addTo(this.trackLayer);
    c.dataset.track = String(points.length);
  }

  moveReplay(p: TrackPoint | null, index: number): void {
    if (!p || !this.replay) return;
    this.replay.setLatLng([p.lat, p.lon]);
    this.map.getContainer().dataset.replayIndex = String(index);
  }

  /** The phone's own position (a blue dot), or none. */
  private me: L.CircleMarker | null = null;
  setMe(lat: number | null, lon: number | null): void {
    if (lat === null || lon === null) {
      this.me?.remove();
      this.me = null;
      return;
    }
    if (!this.me) {
      this.me = L.circleMarker([lat, lon], { radius: 7, color: '#ffffff', weight: 2, fillColor: '#1f6feb', fillOpacity: 1, interactive: false });
      this.me.addTo(this.map);
    } else this.me.setLatLng([lat, lon]);
  }
}
