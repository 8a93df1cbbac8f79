// The Leaflet side of the incident screens: the board's map (incidents as
// dots in their level's colour, field units as call-sign tags in their
// status's colour, the territory's kecamatan outlines as the base) and the
// small map a report form picks its point on. Markers carry data-incident-id
// / data-field-unit-id for tests and tooling.

import { api } from '../core/api';
import { BOUNDARY_STYLE, createMap, followTileSetting, L } from '../core/map';
import type { FieldUnit, Incident } from './types';
import { levelColor } from './values';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function tagElement(layer: L.Path, attrs: () => Record<string, string>): void {
  const apply = () => {
    const el = layer.getElement();
    if (el) for (const [k, v] of Object.entries(attrs())) el.setAttribute(k, v);
  };
  layer.on('add', apply);
  apply();
}

/** Colour of a field unit's tag by its status. */
export function unitStatusColor(status: string): string {
  return status === 'siaga' ? '#2b8a3e' : status === 'bertugas' ? '#d9480f' : '#868e96';
}

function unitTag(u: FieldUnit): L.DivIcon {
  return L.divIcon({
    className: 'fu-icon',
    html: `<span class="fu-tag" style="background:${unitStatusColor(u.status)}" data-field-unit-id="${u.id}" data-status="${escapeHtml(u.status)}">${escapeHtml(u.call_sign)}</span>`,
    iconSize: [0, 0],
    iconAnchor: [0, 10],
  });
}

/** Draws the kecamatan outlines of the user's territory; resolves to their bounds (or null). */
function drawOutlines(map: L.Map, signal: AbortSignal, onClick?: (e: L.LeafletMouseEvent) => void): Promise<L.LatLngBounds | null> {
  return api.regionShapes({ level: 'kecamatan' }, signal).then(
    (fc) => {
      if (signal.aborted) return null;
      const layer = L.geoJSON(fc as unknown as GeoJSON.FeatureCollection, {
        style: () => BOUNDARY_STYLE.kecamatan,
        interactive: !!onClick,
        onEachFeature: (f, l) => {
          if (onClick) l.bindTooltip((f.properties as { name: string }).name, { sticky: true });
        },
      });
      if (onClick) layer.on('click', onClick);
      layer.addTo(map);
      layer.bringToBack();
      const b = layer.getBounds();
      return b.isValid() ? b : null;
    },
    () => null, // the map still works without outlines
  );
}

export class IncidentMapController {
  readonly map: L.Map;
  private readonly incidentLayer = L.layerGroup();
  private readonly unitLayer = L.layerGroup();
  private readonly incidents = new Map<number, { inc: Incident; marker: L.CircleMarker }>();
  private readonly units = new Map<number, L.Marker>();
  private selected: number | null = null;
  private fitted = false;
  private readonly stopTiles: () => void;
  private readonly abort = new AbortController();
  onSelect: (id: number) => void = () => undefined;
  tooltip: (inc: Incident) => string = (i) => i.tracking_code;
  unitTooltip: (u: FieldUnit) => string = (u) => u.call_sign;

  constructor(el: HTMLElement) {
    this.map = createMap(el, { preferCanvas: false });
    this.map.createPane('incUnits').style.zIndex = '640';
    this.incidentLayer.addTo(this.map);
    this.unitLayer.addTo(this.map);
    this.stopTiles = followTileSetting(this.map);
    // Far out (a whole Polres), unit tags shrink to dots: the call sign stays in the tooltip.
    const far = () => this.map.getContainer().classList.toggle('fu-far', this.map.getZoom() < 13);
    this.map.on('zoomend', far);
    far();
    void drawOutlines(this.map, this.abort.signal).then((b) => {
      if (b && !this.fitted) {
        this.fitted = true;
        this.map.fitBounds(b, { animate: false });
      }
    });
  }

  destroy(): void {
    this.abort.abort();
    this.stopTiles();
    this.map.remove();
  }

  invalidate(): void {
    this.map.invalidateSize();
  }

  private style(inc: Incident): L.CircleMarkerOptions {
    const sel = inc.id === this.selected;
    return {
      radius: sel ? 11 : 8,
      color: sel ? '#0b2545' : '#ffffff',
      weight: sel ? 3 : 2,
      fillColor: levelColor(inc.level),
      fillOpacity: 0.95,
    };
  }

  /** The incidents to show (the open list, plus the selected one). */
  setIncidents(list: readonly Incident[]): void {
    const seen = new Set<number>();
    for (const inc of list) {
      if (!Number.isFinite(inc.lat) || !Number.isFinite(inc.lon)) continue;
      seen.add(inc.id);
      const had = this.incidents.get(inc.id);
      if (had) {
        had.inc = inc;
        had.marker.setLatLng([inc.lat, inc.lon]);
        had.marker.setStyle(this.style(inc));
        continue;
      }
      const entry = { inc, marker: L.circleMarker([inc.lat, inc.lon], { className: 'inc-marker', ...this.style(inc) }) };
      entry.marker.bindTooltip(() => this.tooltip(entry.inc), { direction: 'top' });
      entry.marker.on('click', (e: L.LeafletMouseEvent) => {
        L.DomEvent.stopPropagation(e);
        this.onSelect(inc.id);
      });
      entry.marker.addTo(this.incidentLayer);
      tagElement(entry.marker, () => ({
        'data-incident-id': String(inc.id),
        'data-level': entry.inc.level,
        'data-status': entry.inc.status,
      }));
      this.incidents.set(inc.id, entry);
    }
    for (const [id, d] of this.incidents) {
      if (!seen.has(id)) {
        d.marker.remove();
        this.incidents.delete(id);
      }
    }
    for (const d of this.incidents.values()) {
      const el = d.marker.getElement();
      if (el) {
        el.setAttribute('data-level', d.inc.level);
        el.setAttribute('data-status', d.inc.status);
      }
    }
    if (this.selected !== null) this.incidents.get(this.selected)?.marker.bringToFront();
    this.map.getContainer().dataset.incidents = String(this.incidents.size);
  }

  setUnits(list: readonly FieldUnit[]): void {
    const seen = new Set<number>();
    for (const u of list) {
      if (u.lat === null || u.lon === null || !Number.isFinite(u.lat) || !Number.isFinite(u.lon)) continue;
      seen.add(u.id);
      const had = this.units.get(u.id);
      if (had) {
        had.setLatLng([u.lat, u.lon]);
        had.setIcon(unitTag(u));
        had.setTooltipContent(this.unitTooltip(u));
        continue;
      }
      const m = L.marker([u.lat, u.lon], { icon: unitTag(u), pane: 'incUnits', keyboard: false });
      m.bindTooltip(this.unitTooltip(u), { direction: 'top' });
      m.addTo(this.unitLayer);
      this.units.set(u.id, m);
    }
    for (const [id, m] of this.units) {
      if (!seen.has(id)) {
        m.remove();
        this.units.delete(id);
      }
    }
    this.map.getContainer().dataset.units = String(this.units.size);
  }

  select(id: number | null): void {
    const before = this.selected;
    this.selected = id;
    for (const n of [before, id]) {
      if (n === null) continue;
      const d = this.incidents.get(n);
      d?.marker.setStyle(this.style(d.inc));
    }
    if (id !== null) this.incidents.get(id)?.marker.bringToFront();
    this.map.getContainer().dataset.selected = id === null ? '' : String(id);
  }

  focus(lat: number, lon: number): void {
    this.fitted = true;
    this.map.setView([lat, lon], Math.max(this.map.getZoom(), 14), { animate: false });
  }
}

/** The small map of a report form: a tap puts the point; outlines only for a logged-in user. */
export class PointPickerController {
  readonly map: L.Map;
  private marker: L.CircleMarker | null = null;
  private readonly stopTiles: () => void;
  private readonly abort = new AbortController();
  onPick: (lat: number, lon: number) => void = () => undefined;

  constructor(el: HTMLElement, opts: { outlines: boolean }) {
    this.map = createMap(el, { preferCanvas: false, tapTolerance: 20 });
    this.stopTiles = followTileSetting(this.map);
    const pick = (e: L.LeafletMouseEvent) => this.onPick(e.latlng.lat, e.latlng.lng);
    this.map.on('click', pick);
    if (opts.outlines) {
      void drawOutlines(this.map, this.abort.signal, pick).then((b) => {
        if (b && !this.marker) this.map.fitBounds(b, { animate: false });
      });
    }
  }

  destroy(): void {
    this.abort.abort();
    this.stopTiles();
    this.map.remove();
  }

  setPoint(lat: number | null, lon: number | null, zoomTo = false): void {
    if (lat === null || lon === null) {
      this.marker?.remove();
      this.marker = null;
      this.map.getContainer().dataset.point = '';
      return;
    }
    if (!this.marker) {
      this.marker = L.circleMarker([lat, lon], { radius: 10, color: '#ffffff', weight: 3, fillColor: '#c92a2a', fillOpacity: 1, interactive: false });
      this.marker.addTo(this.map);
    } else this.marker.setLatLng([lat, lon]);
    if (zoomTo) this.map.setView([lat, lon], Math.max(this.map.getZoom(), 15), { animate: false });
    this.map.getContainer().dataset.point = `${lat},${lon}`;
  }
}
