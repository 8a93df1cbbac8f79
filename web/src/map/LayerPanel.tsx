// Layer switcher and legend in one panel; also the optional tile URL.

import { useState } from 'preact/hooks';
import { formatNumber, getLang } from '../core/i18n';
import { CLASS_COLORS, CLASS_ORDER, kindStyle, UNIT_COLORS } from '../core/map';
import { setTileUrl, tileUrl, validTileUrl } from '../core/settings';
import { useStore } from '../core/store';
import type { LayerName } from './controller';
import type { MapData } from './MapPage';
import { t } from './words';

export type LayerStatus = { state: 'loading' } | { state: 'ok' } | { state: 'error'; message: string };

type Level = 'desa' | 'kecamatan' | 'kabupaten';

function StatusLine({ what, status }: { what: string; status: LayerStatus }) {
  if (status.state === 'loading') {
    return (
      <small class="layer-status" role="status">
        <span class="spinner small" aria-hidden="true" /> {t('loadingLayer', { what })}
      </small>
    );
  }
  if (status.state === 'error') {
    return (
      <small class="layer-status error" role="alert">
        {t('layerError', { what, message: status.message })}
      </small>
    );
  }
  return null;
}

function TileSetting() {
  const saved = useStore(tileUrl);
  const [value, setValue] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  return (
    <form
      class="tile-setting"
      onSubmit={(e) => {
        e.preventDefault();
        const v = value.trim();
        if (v && !validTileUrl(v)) {
          setError(t('basemapInvalid'));
          setDone(false);
          return;
        }
        setError(null);
        setTileUrl(v);
        setDone(true);
      }}
    >
      <label for="tile-url">{t('basemap')}</label>
      <div class="inline">
        <input
          id="tile-url"
          type="url"
          placeholder="https://…/{z}/{x}/{y}.png"
          value={value}
          onInput={(e) => {
            setValue(e.currentTarget.value);
            setDone(false);
          }}
        />
        <button type="submit" class="btn">
          {t('apply')}
        </button>
      </div>
      {error ? <small class="field-error">{error}</small> : <small class="hint">{done ? t('basemapSaved') : t('basemapHint')}</small>}
    </form>
  );
}

export function LayerPanel({
  level,
  onLevel,
  visible,
  onVisible,
  status,
  data,
  canChangeLevel,
}: {
  level: Level;
  onLevel: (l: Level) => void;
  visible: Record<LayerName, boolean>;
  onVisible: (layer: LayerName, on: boolean) => void;
  status: Record<LayerName, LayerStatus>;
  data: MapData;
  canChangeLevel: boolean;
}) {
  const lang = getLang();
  // Kinds present, with their labels, in the order the server lists them.
  const kinds = new Map<string, { label: string; count: number }>();
  for (const o of data.objects) {
    const k = kinds.get(o.kind) ?? { label: lang === 'en' ? o.kind_label_en : o.kind_label, count: 0 };
    k.count++;
    kinds.set(o.kind, k);
  }
  const classCounts = new Map<string, number>(Object.entries(data.classCounts));
  const unitLevels = new Map<string, number>();
  for (const u of data.units) if (u.lat !== null) unitLevels.set(u.level, (unitLevels.get(u.level) ?? 0) + 1);

  const check = (layer: LayerName, label: string, count: string | null) => (
    <label class="layer-row">
      <input
        type="checkbox"
        checked={visible[layer]}
        data-layer={layer}
        onChange={(e) => onVisible(layer, e.currentTarget.checked)}
      />
      <span class="layer-name">{label}</span>
      {count !== null && <span class="layer-count muted">{count}</span>}
    </label>
  );

  return (
    <aside class="map-panel" id="map-panel" aria-label={t('layers')} data-testid="layer-panel">
      <h2>{t('layers')}</h2>
      <div class="layer-group">
        {check('boundaries', t('boundaries'), status.boundaries.state === 'ok' ? t('desaCount', { count: formatNumber(data.shapes) }) : null)}
        {canChangeLevel && (
          <select
            class="level-select"
            aria-label={t('boundaryLevel')}
            value={level}
            onChange={(e) => onLevel(e.currentTarget.value as Level)}
          >
            {(['desa', 'kecamatan', 'kabupaten'] as const).map((l) => (
              <option value={l}>{t(`level_${l}`)}</option>
            ))}
          </select>
        )}
        <StatusLine what={t('boundaries')} status={status.boundaries} />
      </div>

      <div class="layer-group">
        {check(
          'tps',
          t('tps'),
          data.tpsTotal === null ? null : t('tpsCount', { count: formatNumber(data.tpsTotal) }),
        )}
        {data.tpsTotal !== null && data.tpsLoaded < data.tpsTotal && (
          <small class="muted">{t('tpsShown', { shown: formatNumber(data.tpsLoaded) })}</small>
        )}
        <StatusLine what={t('tps')} status={status.tps} />
        <ul class="legend" aria-label={t('legend')}>
          {CLASS_ORDER.map((c) => (
            <li>
              <span class="swatch dot" style={{ background: CLASS_COLORS[c] }} />
              {t(`class_${c}`)}
              {classCounts.get(c) ? ` (${formatNumber(classCounts.get(c)!)})` : ''}
            </li>
          ))}
          <li>
            <span class="swatch cluster" style={{ background: CLASS_COLORS.none }}>
              12
            </span>
            {t('cluster')}
          </li>
        </ul>
      </div>

      <div class="layer-group">
        {check('objects', t('objects'), status.objects.state === 'ok' ? t('objectCount', { count: formatNumber(data.objects.length) }) : null)}
        <StatusLine what={t('objects')} status={status.objects} />
        <ul class="legend">
          {[...kinds.entries()].map(([kind, k]) => {
            const s = kindStyle(kind);
            return (
              <li data-kind={kind}>
                <span class="obj-tag legend-tag" style={{ background: s.color }}>
                  {s.glyph}
                </span>
                {k.label} ({formatNumber(k.count)})
              </li>
            );
          })}
        </ul>
      </div>

      <div class="layer-group">
        {check(
          'units',
          t('units'),
          status.units.state === 'ok' ? t('unitCount', { count: formatNumber([...unitLevels.values()].reduce((a, b) => a + b, 0)) }) : null,
        )}
        <StatusLine what={t('units')} status={status.units} />
        <ul class="legend">
          {[...unitLevels.entries()].map(([lvl, n]) => (
            <li>
              <span class="swatch shield" style={{ background: UNIT_COLORS[lvl as keyof typeof UNIT_COLORS] }} />
              {lvl.charAt(0).toUpperCase() + lvl.slice(1)} ({formatNumber(n)})
            </li>
          ))}
        </ul>
      </div>

      <TileSetting />
    </aside>
  );
}
