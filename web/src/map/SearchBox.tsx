// The map's search box: desa, kecamatan, TPS codes, object and unit names,
// through GET /api/v1/search; choosing a result centres the map on it.

import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../core/api';
import { L, zoomForType } from '../core/map';
import type { SearchHit } from '../core/types';
import { errorText, useDebounced } from '../core/ui';
import type { MapController, Selection } from './controller';
import { t } from './words';

type Results = { state: 'idle' } | { state: 'loading' } | { state: 'ok'; items: SearchHit[] } | { state: 'error'; message: string };

const REGION_TYPES = new Set(['provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan']);

export function SearchBox({
  controller,
  onSelect,
}: {
  controller: RefObject<MapController | null>;
  onSelect: (s: Selection | null) => void;
}) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [results, setResults] = useState<Results>({ state: 'idle' });
  const query = useDebounced(text.trim(), 200);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (query.length < 2) {
      setResults({ state: 'idle' });
      return;
    }
    const abort = new AbortController();
    setResults({ state: 'loading' });
    api.search(query, 10, abort.signal).then(
      (page) => {
        if (!abort.signal.aborted) {
          setResults({ state: 'ok', items: page.items });
          setActive(0);
        }
      },
      (e: unknown) => {
        if (!abort.signal.aborted) setResults({ state: 'error', message: errorText(e) });
      },
    );
    return () => abort.abort();
  }, [query]);

  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  const choose = async (hit: SearchHit) => {
    setOpen(false);
    setText(hit.name);
    const c = controller.current;
    if (!c || hit.lat === null || hit.lon === null) return;
    let zoom = zoomForType(hit.type);
    if (REGION_TYPES.has(hit.type) && hit.code) {
      const bounds = c.shapeBounds(hit.code);
      if (bounds) zoom = Math.min(c.map.getBoundsZoom(bounds, false, L.point(48, 48)), 16);
      c.highlight(hit.code);
      c.focus(hit.lat, hit.lon, zoom);
      onSelect({
        kind: 'region',
        region: { code: hit.code, name: hit.name, level: hit.type as Exclude<typeof hit.type, 'tps' | 'object' | 'unit'> },
        lat: hit.lat,
        lon: hit.lon,
      });
      return;
    }
    c.highlight(null);
    c.focus(hit.lat, hit.lon, zoom);
    try {
      if (hit.type === 'tps' && hit.id !== null) {
        const tps = c.findTps(hit.id);
        if (tps) onSelect({ kind: 'tps', tps });
      } else if (hit.type === 'object' && hit.id !== null) {
        onSelect({ kind: 'object', object: await api.object(hit.id) });
      } else if (hit.type === 'unit' && hit.id !== null) {
        onSelect({ kind: 'unit', unit: await api.unit(hit.id) });
      }
    } catch {
      // the map has moved; the detail is a bonus
    }
  };

  const items = results.state === 'ok' ? results.items : [];
  return (
    <div class="map-search" ref={box}>
      <input
        type="search"
        role="combobox"
        aria-label={t('searchLabel')}
        aria-expanded={open && results.state !== 'idle'}
        aria-controls="map-search-results"
        aria-autocomplete="list"
        placeholder={t('searchPlaceholder')}
        value={text}
        data-testid="map-search"
        onInput={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, Math.max(items.length - 1, 0)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            const hit = items[active];
            if (hit) void choose(hit);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && results.state !== 'idle' && (
        <ul class="search-results" id="map-search-results" role="listbox" data-testid="search-results">
          {results.state === 'loading' && <li class="muted">{t('searching')}</li>}
          {results.state === 'error' && (
            <li class="error" role="alert">
              {results.message}
            </li>
          )}
          {results.state === 'ok' && items.length === 0 && <li class="muted">{t('noResults')}</li>}
          {items.map((hit, i) => (
            <li
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              data-type={hit.type}
              data-code={hit.code ?? ''}
              onMouseDown={(e) => {
                e.preventDefault();
                void choose(hit);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span class={`hit-type type-${hit.type}`}>{t(`type_${hit.type}`)}</span>
              <span class="hit-name">{hit.name}</span>
              <small class="hit-detail muted">{hit.lat === null ? t('noPosition') : hit.detail}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
