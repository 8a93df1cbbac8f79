// The map of the user's territory: outlines from the server (no tile server
// needed), clustered TPS, strategic objects by kind, police units; a layer
// switcher with legend, a detail panel and a search box.

import { useEffect, useRef, useState } from 'preact/hooks';
import { allPages, api } from '../core/api';
import { formatNumber } from '../core/i18n';
import { boundaryLevelFor } from '../core/map';
import { location as routerLocation } from '../core/router';
import { currentUser } from '../core/session';
import type { StrategicObject, Tps, Unit } from '../core/types';
import { errorText, useLang } from '../core/ui';
import { MapController, type LayerName, type Selection } from './controller';
import { DetailPanel } from './DetailPanel';
import { LayerPanel, type LayerStatus } from './LayerPanel';
import { takeTps } from './prefetch';
import { SearchBox } from './SearchBox';
import { t } from './words';

/** Above this many TPS the map shows only the first pages (a whole Polda or more). */
const TPS_CAP = 20_000;

type Level = 'desa' | 'kecamatan' | 'kabupaten';

export interface MapData {
  tpsTotal: number | null;
  tpsLoaded: number;
  objects: StrategicObject[];
  units: Unit[];
  shapes: number;
  classCounts: Record<string, number>;
}

export default function MapPage() {
  useLang();
  const user = currentUser()!;
  const el = useRef<HTMLDivElement>(null);
  const ctl = useRef<MapController | null>(null);
  const tpsDrawn = useRef<{ promise: Promise<void>; resolve: () => void } | null>(null);
  if (!tpsDrawn.current) {
    let resolve = () => undefined as void;
    const promise = new Promise<void>((r) => (resolve = r));
    tpsDrawn.current = { promise, resolve };
  }
  const focusRef = useRef<{ code: string | null; tps: number; object: number } | null>(null);
  const [ready, setReady] = useState(false);
  const [level, setLevel] = useState<Level>(() => boundaryLevelFor(user.territory, user.everywhere));
  const [visible, setVisible] = useState<Record<LayerName, boolean>>({ boundaries: true, tps: true, objects: true, units: true });
  const [status, setStatus] = useState<Record<LayerName, LayerStatus>>({
    boundaries: { state: 'loading' },
    tps: { state: 'loading' },
    objects: { state: 'loading' },
    units: { state: 'loading' },
  });
  const [data, setData] = useState<MapData>({ tpsTotal: null, tpsLoaded: 0, objects: [], units: [], shapes: 0, classCounts: {} });
  const [selection, setSelection] = useState<Selection | null>(null);
  const [panelOpen, setPanelOpen] = useState(() => typeof window === 'undefined' || window.innerWidth > 720);

  const mark = (layer: LayerName, s: LayerStatus) => setStatus((prev) => ({ ...prev, [layer]: s }));

  // Create the map once; load the layers that do not depend on settings.
  useEffect(() => {
    document.title = `${t('title')} · Siaga`;
    const c = new MapController(el.current!);
    ctl.current = c;
    c.onSelect = setSelection;
    c.onDrawn = (layer, count) => {
      if (layer === 'tps') {
        // The moment the bench and the tests wait for: markers are on screen.
        performance.mark('siaga:tps-drawn');
        el.current?.setAttribute('data-tps-ready', String(count));
        tpsDrawn.current!.resolve();
      }
    };
    // A link from a list (/peta?lat=..&lon=..&z=..&code=..|tps=..|object=..) opens the map there.
    const q = routerLocation.get().query;
    const focus = {
      lat: Number(q.get('lat')),
      lon: Number(q.get('lon')),
      zoom: Number(q.get('z') ?? '15'),
      code: q.get('code'),
      tps: Number(q.get('tps') ?? NaN),
      object: Number(q.get('object') ?? NaN),
    };
    if (q.get('lat') && q.get('lon') && Number.isFinite(focus.lat) && Number.isFinite(focus.lon)) {
      c.focus(focus.lat, focus.lon, Number.isFinite(focus.zoom) ? focus.zoom : 15);
    }
    focusRef.current = focus;
    setReady(true);
    const ctlAbort = new AbortController();
    const signal = ctlAbort.signal;

    (async () => {
      try {
        // Without `limit` the GeoJSON form sends pages of 5,000.
        const prefetched = takeTps();
        const first = prefetched
          ? await prefetched.catch(() => api.tpsGeojson({}, signal))
          : await api.tpsGeojson({}, signal);
        performance.mark('siaga:tps-data');
        const items: Tps[] = first.features.map((f) => f.properties);
        const total = first.total ?? items.length;
        let next = first.next ?? null;
        while (next && items.length < TPS_CAP && !signal.aborted) {
          const page = await api.tpsGeojson({ cursor: next }, signal);
          items.push(...page.features.map((f) => f.properties));
          next = page.next ?? null;
        }
        if (signal.aborted) return;
        c.setTps(items);
        const wanted = focusRef.current?.tps;
        if (wanted !== undefined && Number.isFinite(wanted)) {
          const found = c.findTps(wanted);
          if (found) setSelection({ kind: 'tps', tps: found });
        }
        const classCounts: Record<string, number> = {};
        for (const t of items) classCounts[t.class ?? 'none'] = (classCounts[t.class ?? 'none'] ?? 0) + 1;
        setData((d) => ({ ...d, tpsTotal: total, tpsLoaded: items.length, classCounts }));
        mark('tps', { state: 'ok' });
      } catch (e) {
        tpsDrawn.current!.resolve();
        if (!signal.aborted) mark('tps', { state: 'error', message: errorText(e) });
      }
    })();

    (async () => {
      try {
        const { items } = await allPages((cursor) => api.objects({ limit: 1000, cursor }, signal));
        if (signal.aborted) return;
        c.setObjects(items);
        const wanted = focusRef.current?.object;
        if (wanted !== undefined && Number.isFinite(wanted)) {
          const found = items.find((o) => o.id === wanted);
          if (found) setSelection({ kind: 'object', object: found });
        }
        setData((d) => ({ ...d, objects: items }));
        mark('objects', { state: 'ok' });
      } catch (e) {
        if (!signal.aborted) mark('objects', { state: 'error', message: errorText(e) });
      }
    })();

    (async () => {
      try {
        const { items } = await allPages((cursor) => api.units({ limit: 1000, cursor }, signal));
        if (signal.aborted) return;
        c.setUnits(items);
        setData((d) => ({ ...d, units: items }));
        mark('units', { state: 'ok' });
      } catch (e) {
        if (!signal.aborted) mark('units', { state: 'error', message: errorText(e) });
      }
    })();

    // Live changes from other screens (GET /api/v1/events, Server-Sent Events):
    // an object created, moved or removed elsewhere shows here without reload.
    const live = typeof EventSource === 'undefined' ? null : new EventSource('/api/v1/events');
    const onObjectEvent = (e: MessageEvent<string>, removed: boolean) => {
      const changed = JSON.parse(e.data) as { id: number };
      const apply = (fresh: StrategicObject | null) =>
        setData((d) => {
          const objects = d.objects.filter((o) => o.id !== changed.id);
          if (fresh) objects.push(fresh);
          c.setObjects(objects);
          return { ...d, objects };
        });
      if (removed) apply(null);
      else api.object(changed.id).then(apply, () => undefined);
    };
    live?.addEventListener('object.created', (e) => onObjectEvent(e as MessageEvent<string>, false));
    live?.addEventListener('object.updated', (e) => onObjectEvent(e as MessageEvent<string>, false));
    live?.addEventListener('object.deleted', (e) => onObjectEvent(e as MessageEvent<string>, true));

    const onResize = () => c.invalidate();
    window.addEventListener('resize', onResize);
    return () => {
      ctlAbort.abort();
      live?.close();
      window.removeEventListener('resize', onResize);
      c.destroy();
      ctl.current = null;
    };
  }, []);

  // Outlines, at the chosen level.
  useEffect(() => {
    const c = ctl.current;
    if (!c || !ready) return;
    const abort = new AbortController();
    mark('boundaries', { state: 'loading' });
    api.regionShapes({ level }, abort.signal).then(
      async (fc) => {
        if (abort.signal.aborted) return;
        performance.mark('siaga:shapes-data');
        // TPS markers first: outlines that arrive earlier wait for them (at most 1 s).
        await Promise.race([tpsDrawn.current!.promise, new Promise((r) => setTimeout(r, 1000))]);
        if (abort.signal.aborted) return;
        c.setShapes(fc, level);
        performance.mark('siaga:shapes-drawn');
        el.current?.setAttribute('data-shapes-ready', String(fc.features.length));
        const code = focusRef.current?.code;
        if (code) c.highlight(code);
        setData((d) => ({ ...d, shapes: fc.features.length }));
        mark('boundaries', { state: 'ok' });
      },
      (e: unknown) => {
        if (!abort.signal.aborted) mark('boundaries', { state: 'error', message: errorText(e) });
      },
    );
    return () => abort.abort();
  }, [ready, level]);

  useEffect(() => {
    const c = ctl.current;
    if (!c) return;
    for (const [k, v] of Object.entries(visible)) c.setVisible(k as LayerName, v);
  }, [ready, visible]);

  // The map needs to know when the side panel changes its width.
  useEffect(() => {
    ctl.current?.invalidate();
  }, [panelOpen, selection !== null]);

  const total = data.tpsTotal;
  return (
    <section class={`map-page${panelOpen ? ' panel-open' : ''}${selection ? ' detail-open' : ''}`}>
      <div class="map-toolbar">
        <SearchBox controller={ctl} onSelect={setSelection} />
        <button
          type="button"
          class="btn map-panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="map-panel"
          onClick={() => setPanelOpen(!panelOpen)}
        >
          {panelOpen ? t('hidePanel') : t('showPanel')}
        </button>
        <span class="map-count" data-testid="tps-count" data-count={total ?? ''}>
          {total === null ? t('loadingLayer', { what: t('tps') }) : t('tpsCount', { count: formatNumber(total) })}
        </span>
      </div>
      <div class="map-body">
        <div class="map-canvas" ref={el} data-testid="map" role="application" aria-label={t('title')} />
        {panelOpen && (
          <LayerPanel
            level={level}
            onLevel={setLevel}
            visible={visible}
            onVisible={(k, v) => setVisible((prev) => ({ ...prev, [k]: v }))}
            status={status}
            data={data}
            canChangeLevel={true}
          />
        )}
        {selection && (
          <DetailPanel
            selection={selection}
            controller={ctl.current}
            onClose={() => {
              setSelection(null);
              ctl.current?.highlight(null);
            }}
          />
        )}
      </div>
    </section>
  );
}
