// The Leaflet side of the map page: draws outlines, clustered TPS, objects and
// units, and reports clicks. All words live in the Preact components around
// it, so a language switch needs nothing from here.

import Supercluster from 'supercluster';
import {
  BOUNDARY_STYLE,
  classColor,
  CLASS_ORDER,
  classRank,
  clusterIcon,
  createMap,
  followTileSetting,
  HIGHLIGHT_STYLE,
  L,
  objectIcon,
  unitIcon,
} from '../core/map';
import type { RegionShapeProps, RegionShapes, StrategicObject, Tps, Unit } from '../core/types';

export type Selection =
  | { kind: 'tps'; tps: Tps }
  | { kind: 'object'; object: StrategicObject }
  | { kind: 'unit'; unit: Unit }
  | { kind: 'region'; region: RegionShapeProps; lat: number; lon: number };

export type LayerName = 'boundaries' | 'tps' | 'objects' | 'units';

interface TpsPointProps {
  i: number; // index into the TPS array
  rank: number;
}
interface ClusterProps {
  rank: number;
}

export class MapController {
  readonly map: L.Map;
  private readonly boundaries = L.layerGroup();
  private readonly tpsLayer = L.layerGroup();
  private readonly objectLayer = L.layerGroup();
  private readonly unitLayer = L.layerGroup();
  private shapeLayer: L.GeoJSON | null = null;
  private readonly shapeByCode = new Map<string, L.Path>();
  private highlighted: L.Path | null = null;
  private highlightedLevel: 'desa' | 'kecamatan' | 'kabupaten' = 'desa';
  private tps: Tps[] = [];
  private index: Supercluster<TpsPointProps, ClusterProps> | null = null;
  private readonly pointRenderer: L.Renderer;
  private readonly objectMarkers = new Map<number, L.Marker>();
  private fitted = false;
  private readonly stopTiles: () => void;
  onSelect: (s: Selection | null) => void = () => undefined;
  onDrawn: (what: LayerName, count: number) => void = () => undefined;
  onView: (center: L.LatLng, zoom: number) => void = () => undefined;

  constructor(el: HTMLElement) {
    this.map = createMap(el);
    // TPS points in their own pane above the outlines' canvas, drawn as SVG so
    // that both stay clickable.
    this.map.createPane('tpsPoints').style.zIndex = '450';
    this.pointRenderer = L.svg({ pane: 'tpsPoints' });
    this.boundaries.addTo(this.map);
    this.tpsLayer.addTo(this.map);
    this.unitLayer.addTo(this.map);
    this.objectLayer.addTo(this.map);
    this.stopTiles = followTileSetting(this.map);
    this.map.on('moveend', () => {
      this.renderTps();
      this.reportView();
    });
    this.map.on('click', () => this.onSelect(null));
    this.reportView();
  }

  destroy(): void {
    this.stopTiles();
    this.map.remove();
  }

  private reportView(): void {
    const c = this.map.getCenter();
    const el = this.map.getContainer();
    el.dataset.centerLat = c.lat.toFixed(5);
    el.dataset.centerLon = c.lng.toFixed(5);
    el.dataset.zoom = String(this.map.getZoom());
    // Far out, object tags shrink to coloured squares so they do not hide the map.
    el.classList.toggle('zoom-far', this.map.getZoom() < 11);
    this.onView(c, this.map.getZoom());
  }

  /** Fits the first data that arrives; later data does not move the view. True when it moved. */
  private fitOnce(bounds: L.LatLngBounds): boolean {
    if (this.fitted || !bounds.isValid()) return false;
    this.fitted = true;
    const before = this.map.getCenter().toString() + this.map.getZoom();
    this.map.fitBounds(bounds, { padding: [16, 16], animate: false });
    return before !== this.map.getCenter().toString() + this.map.getZoom();
  }

  setVisible(layer: LayerName, on: boolean): void {
    const l = { boundaries: this.boundaries, tps: this.tpsLayer, objects: this.objectLayer, units: this.unitLayer }[layer];
    if (on && !this.map.hasLayer(l)) l.addTo(this.map);
    if (!on && this.map.hasLayer(l)) l.remove();
  }

  // --- outlines --------------------------------------------------------------

  setShapes(fc: RegionShapes, level: 'desa' | 'kecamatan' | 'kabupaten'): void {
    this.boundaries.clearLayers();
    this.shapeByCode.clear();
    this.highlighted = null;
    this.highlightedLevel = level;
    const style = BOUNDARY_STYLE[level];
    this.shapeLayer = L.geoJSON(fc as unknown as GeoJSON.FeatureCollection, {
      style: () => style,
      onEachFeature: (feature, layer) => {
        const props = feature.properties as RegionShapeProps;
        this.shapeByCode.set(props.code, layer as L.Path);
        layer.bindTooltip(props.name, { sticky: true, direction: 'top', opacity: 0.9 });
        layer.on('click', (e: L.LeafletMouseEvent) => {
          L.DomEvent.stopPropagation(e);
          this.highlight(props.code);
          this.onSelect({ kind: 'region', region: props, lat: e.latlng.lat, lon: e.latlng.lng });
        });
      },
    });
    this.shapeLayer.addTo(this.boundaries);
    this.fitOnce(this.shapeLayer.getBounds());
    this.onDrawn('boundaries', fc.features.length);
  }

  highlight(code: string | null): boolean {
    if (this.highlighted) this.highlighted.setStyle(BOUNDARY_STYLE[this.highlightedLevel]);
    this.highlighted = null;
    if (!code) return false;
    const layer = this.shapeByCode.get(code);
    if (!layer) return false;
    layer.setStyle(HIGHLIGHT_STYLE);
    layer.bringToFront();
    this.highlighted = layer;
    return true;
  }

  shapeBounds(code: string): L.LatLngBounds | null {
    const layer = this.shapeByCode.get(code);
    return layer && 'getBounds' in layer ? (layer as L.Polygon).getBounds() : null;
  }

  // --- TPS, clustered --------------------------------------------------------

  setTps(items: Tps[]): void {
    this.tps = items;
    const index = new Supercluster<TpsPointProps, ClusterProps>({
      radius: 72,
      maxZoom: 16,
      minPoints: 3,
      map: (p) => ({ rank: p.rank }),
      reduce: (acc, p) => {
        if (p.rank > acc.rank) acc.rank = p.rank;
      },
    });
    index.load(
      items.map((t, i) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [t.lon, t.lat] },
        properties: { i, rank: classRank(t.class) },
      })),
    );
    this.index = index;
    // Fitting the view fires moveend, which draws the clusters; else draw now.
    const moved = items.length > 0 && this.fitOnce(L.latLngBounds(items.map((t) => [t.lat, t.lon] as [number, number])));
    if (!moved) this.renderTps();
    this.onDrawn('tps', items.length);
  }

  findTps(id: number): Tps | undefined {
    return this.tps.find((t) => t.id === id);
  }

  tpsInRegion(code: string): number {
    const prefix = code + '.';
    let n = 0;
    for (const t of this.tps) if (t.desa_code === code || t.desa_code.startsWith(prefix)) n++;
    return n;
  }

  private renderTps(): void {
    this.tpsLayer.clearLayers();
    const index = this.index;
    if (!index) return;
    const b = this.map.getBounds().pad(0.25);
    const zoom = Math.round(this.map.getZoom());
    const clusters = index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom);
    const rendered: L.Layer[] = [];
    for (const c of clusters) {
      const [lon, lat] = c.geometry.coordinates as [number, number];
      const props = c.properties as Partial<Supercluster.ClusterProperties> & (TpsPointProps | ClusterProps);
      if (props.cluster) {
        const color = classColor(CLASS_ORDER[props.rank] === 'none' ? null : (CLASS_ORDER[props.rank] as Tps['class']));
        const label = props.point_count_abbreviated !== undefined ? String(props.point_count_abbreviated) : String(props.point_count);
        // Far out the counts matter most: clusters above the (shrunken) object tags.
        const marker = L.marker([lat, lon], {
          icon: clusterIcon(props.point_count ?? 0, color, label),
          keyboard: false,
          zIndexOffset: zoom < 11 ? 1000 : 0,
        });
        const clusterId = props.cluster_id!;
        marker.on('click', (e) => {
          L.DomEvent.stopPropagation(e);
          const z = Math.min(index.getClusterExpansionZoom(clusterId), 18);
          this.map.setView([lat, lon], z);
        });
        rendered.push(marker);
      } else {
        const t = this.tps[(props as TpsPointProps).i]!;
        const dot = L.circleMarker([lat, lon], {
          renderer: this.pointRenderer,
          pane: 'tpsPoints',
          radius: 6,
          color: '#ffffff',
          weight: 1.5,
          fillColor: classColor(t.class),
          fillOpacity: 1,
          className: 'tps-dot',
        });
        dot.bindTooltip(`TPS ${t.number} ${t.desa_name}`, { direction: 'top' });
        dot.on('click', (e) => {
          L.DomEvent.stopPropagation(e);
          this.onSelect({ kind: 'tps', tps: t });
        });
        rendered.push(dot);
      }
    }
    for (const l of rendered) l.addTo(this.tpsLayer);
    this.map.getContainer().dataset.tpsMarkers = String(rendered.length);
  }

  // --- objects and units -----------------------------------------------------

  setObjects(items: StrategicObject[]): void {
    this.objectLayer.clearLayers();
    this.objectMarkers.clear();
    for (const o of items) {
      const m = L.marker([o.lat, o.lon], { icon: objectIcon(o.kind, o.id), title: o.name, riseOnHover: true, zIndexOffset: 500 });
      m.on('click', (e) => {
        L.DomEvent.stopPropagation(e);
        this.onSelect({ kind: 'object', object: o });
      });
      m.addTo(this.objectLayer);
      this.objectMarkers.set(o.id, m);
    }
    this.onDrawn('objects', items.length);
  }

  setUnits(items: Unit[]): void {
    this.unitLayer.clearLayers();
    let n = 0;
    for (const u of items) {
      if (u.lat === null || u.lon === null) continue;
      const m = L.marker([u.lat, u.lon], { icon: unitIcon(u.level, u.id), title: u.name, zIndexOffset: 300 });
      m.on('click', (e) => {
        L.DomEvent.stopPropagation(e);
        this.onSelect({ kind: 'unit', unit: u });
      });
      m.addTo(this.unitLayer);
      n++;
    }
    this.onDrawn('units', n);
  }

  // --- moving ----------------------------------------------------------------

  focus(lat: number, lon: number, zoom: number): void {
    this.fitted = true; // a chosen place wins over a later fit
    this.map.setView([lat, lon], zoom, { animate: false });
  }

  focusBounds(bounds: L.LatLngBounds, maxZoom = 16): void {
    this.fitted = true;
    this.map.fitBounds(bounds, { padding: [24, 24], maxZoom, animate: false });
  }

  invalidate(): void {
    this.map.invalidateSize();
  }
}
