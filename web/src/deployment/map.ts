// The Leaflet side of the post map: per post a line through its TPS (in the
// order of its walking tour) in the colour of the post's class, the TPS as dots
// coloured by their own class (the vulnerability map's colours), and a marker
// at the post's centre. A post short of officers has a red ring, a stretched
// post a dashed line. Lines and markers are SVG and carry data-post (and the
// marker data-class, data-short, data-stretched) for tests and tooling.

import { createMap, followTileSetting, L } from '../core/map';
import { vulnClassColor } from '../vulnerability/colors';
import type { Post } from './types';

/** More TPS dots than this go to a canvas (SVG grows slow); lines and markers stay SVG. */
const SVG_DOT_LIMIT = 6000;
const SHORT_COLOR = '#c92a2a';
const SELECTED_COLOR = '#0b2545';

interface Drawn {
  post: Post;
  group: L.LayerGroup;
  line: L.Polyline | null;
  marker: L.CircleMarker;
  dots: L.CircleMarker[];
}

function tagElement(layer: L.Path, attrs: () => Record<string, string>): void {
  const apply = () => {
    const el = layer.getElement();
    if (el) for (const [k, v] of Object.entries(attrs())) el.setAttribute(k, v);
  };
  layer.on('add', apply);
  apply();
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export class PostMapController {
  readonly map: L.Map;
  private readonly root = L.layerGroup();
  private readonly drawn = new Map<number, Drawn>();
  private svg = L.svg({ pane: 'dpPosts' });
  private dotRenderer: L.Renderer;
  private selected: number | null = null;
  private fitted = false;
  private readonly stopTiles: () => void;
  onSelect: (post: Post) => void = () => undefined;
  /** Text of a marker's tooltip (the screen knows the words). */
  tooltip: (post: Post) => string = (p) => `${p.number}`;

  constructor(el: HTMLElement) {
    this.map = createMap(el, { preferCanvas: false });
    this.map.createPane('dpPosts').style.zIndex = '450';
    this.svg = L.svg({ pane: 'dpPosts' });
    this.dotRenderer = this.svg;
    this.root.addTo(this.map);
    this.stopTiles = followTileSetting(this.map);
    this.map.on('zoomend', () => this.restyle());
  }

  destroy(): void {
    this.stopTiles();
    this.map.remove();
  }

  invalidate(): void {
    this.map.invalidateSize();
  }

  private markerRadius(p: Post): number {
    const z = this.map.getZoom();
    const base = z < 11 ? 4 : z < 13 ? 5.5 : 7;
    return p.number === this.selected ? base + 4 : base;
  }

  /** TPS dots: small for a whole Polres, bigger close up. */
  private dotRadius(): number {
    const z = this.map.getZoom();
    return z < 11 ? 2 : z < 13 ? 3 : 4;
  }

  private markerStyle(p: Post): L.CircleMarkerOptions {
    const selected = p.number === this.selected;
    const short = p.officers_missing > 0;
    return {
      radius: this.markerRadius(p),
      color: selected ? SELECTED_COLOR : short ? SHORT_COLOR : '#ffffff',
      weight: selected ? 3 : short ? 3 : 1.5,
      fillColor: vulnClassColor(p.tps_class),
      fillOpacity: 1,
    };
  }

  private lineStyle(p: Post): L.PolylineOptions {
    const selected = p.number === this.selected;
    return {
      color: selected ? SELECTED_COLOR : vulnClassColor(p.tps_class),
      weight: selected ? 5 : 3,
      opacity: 0.9,
      dashArray: p.stretched ? '6 5' : undefined,
    };
  }

  setPosts(posts: readonly Post[]): void {
    this.root.clearLayers();
    this.drawn.clear();
    const dotCount = posts.reduce((n, p) => n + p.tps.length, 0);
    this.dotRenderer = dotCount > SVG_DOT_LIMIT ? L.canvas({ pane: 'dpPosts' }) : this.svg;
    const bounds = L.latLngBounds([]);
    for (const post of posts) {
      const group = L.layerGroup();
      const select = (e: L.LeafletMouseEvent) => {
        L.DomEvent.stopPropagation(e);
        this.onSelect(post);
      };
      let line: L.Polyline | null = null;
      const points = post.tps.filter((x) => Number.isFinite(x.lat) && Number.isFinite(x.lon)).map((x) => [x.lat, x.lon] as [number, number]);
      if (points.length > 1) {
        line = L.polyline(points, { renderer: this.svg, pane: 'dpPosts', className: 'dp-line', ...this.lineStyle(post) });
        line.on('click', select);
        line.addTo(group);
        tagElement(line, () => ({ 'data-post': String(post.number) }));
      }
      const dots: L.CircleMarker[] = [];
      for (const x of post.tps) {
        if (!Number.isFinite(x.lat) || !Number.isFinite(x.lon)) continue;
        const dot = L.circleMarker([x.lat, x.lon], {
          renderer: this.dotRenderer,
          pane: 'dpPosts',
          radius: this.dotRadius(),
          color: '#ffffff',
          weight: 1,
          fillColor: vulnClassColor(x.tps_class),
          fillOpacity: 1,
        });
        dot.bindTooltip(`TPS ${escapeHtml(x.code)} · ${escapeHtml(x.desa_name)}`, { direction: 'top' });
        dot.on('click', select);
        dot.addTo(group);
        if (this.dotRenderer === this.svg) tagElement(dot, () => ({ 'data-post': String(post.number), 'data-tps': x.code, 'data-class': x.tps_class ?? 'none' }));
        dots.push(dot);
        bounds.extend([x.lat, x.lon]);
      }
      const marker = L.circleMarker([post.lat, post.lon], {
        renderer: this.svg,
        pane: 'dpPosts',
        className: 'dp-post-marker',
        ...this.markerStyle(post),
      });
      marker.bindTooltip(() => this.tooltip(post), { direction: 'top' });
      marker.on('click', select);
      marker.addTo(group);
      tagElement(marker, () => ({
        'data-post-marker': String(post.number),
        'data-class': post.tps_class,
        'data-short': String(post.officers_missing > 0),
        'data-stretched': String(post.stretched),
      }));
      if (Number.isFinite(post.lat) && Number.isFinite(post.lon)) bounds.extend([post.lat, post.lon]);
      group.addTo(this.root);
      this.drawn.set(post.number, { post, group, line, marker, dots });
    }
    if (!this.fitted && bounds.isValid()) {
      this.fitted = true;
      this.map.fitBounds(bounds, { padding: [12, 12], animate: false });
      this.restyle();
    }
    this.map.getContainer().dataset.postsReady = String(posts.length);
  }

  /** Shows only these posts (null: all). */
  setShown(numbers: Set<number> | null): void {
    let shown = 0;
    for (const [n, d] of this.drawn) {
      const on = numbers === null || numbers.has(n);
      if (on) shown++;
      if (on && !this.root.hasLayer(d.group)) d.group.addTo(this.root);
      if (!on && this.root.hasLayer(d.group)) this.root.removeLayer(d.group);
    }
    this.map.getContainer().dataset.postsShown = String(shown);
    if (this.selected !== null) this.drawn.get(this.selected)?.marker.bringToFront();
  }

  private restyle(): void {
    const r = this.dotRadius();
    for (const d of this.drawn.values()) {
      d.marker.setRadius(this.markerRadius(d.post));
      for (const dot of d.dots) dot.setRadius(r);
    }
  }

  select(number: number | null): void {
    const before = this.selected;
    this.selected = number;
    for (const n of [before, number]) {
      if (n === null) continue;
      const d = this.drawn.get(n);
      if (!d) continue;
      d.marker.setStyle(this.markerStyle(d.post));
      d.line?.setStyle(this.lineStyle(d.post));
    }
    if (number !== null) {
      const d = this.drawn.get(number);
      d?.line?.bringToFront();
      if (this.dotRenderer === this.svg) for (const dot of d?.dots ?? []) dot.bringToFront();
      d?.marker.bringToFront();
    }
    this.map.getContainer().dataset.selectedPost = number === null ? '' : String(number);
  }

  focus(number: number): void {
    const d = this.drawn.get(number);
    if (!d) return;
    const b = L.latLngBounds([[d.post.lat, d.post.lon]]);
    for (const x of d.post.tps) if (Number.isFinite(x.lat) && Number.isFinite(x.lon)) b.extend([x.lat, x.lon]);
    this.map.fitBounds(b, { padding: [40, 40], maxZoom: 16, animate: false });
  }
}
