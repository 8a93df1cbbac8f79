// Create or edit a strategic object. The server checks everything (kind,
// name, the point inside a registered desa of the user's territory); its error
// body names the field, and the message is shown under that field.

import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, newIdempotencyKey } from '../core/api';
import { showFlash } from '../core/flash';
import { getLang } from '../core/i18n';
import { BOUNDARY_STYLE, createMap, followTileSetting, L, objectIcon } from '../core/map';
import { Link, navigate, useLocation } from '../core/router';
import { can, currentUser } from '../core/session';
import type { ObjectInput, ObjectKind, StrategicObject } from '../core/types';
import { ErrorBox, Field, fieldErrors, Loading, useAsync } from '../core/ui';
import { t as common } from '../core/words';
import { objectKinds } from './kinds';
import { t } from './words';

const FIELDS = ['kind', 'name', 'lat', 'lon', 'desa_code', 'notes'] as const;
type FieldName = (typeof FIELDS)[number];
type Values = Record<FieldName, string>;

function toValues(o: StrategicObject | null, lat: string, lon: string): Values {
  if (!o) return { kind: '', name: '', lat, lon, desa_code: '', notes: '' };
  return { kind: o.kind, name: o.name, lat: String(o.lat), lon: String(o.lon), desa_code: o.desa_code, notes: o.notes };
}

/** Parses a coordinate typed with a dot or a comma; null when it is not a number. */
export function parseCoord(text: string): number | null {
  const s = text.trim().replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

function PointPicker({ lat, lon, kind, onPick }: { lat: number | null; lon: number | null; kind: string; onPick: (lat: number, lon: number) => void }) {
  const el = useRef<HTMLDivElement>(null);
  const state = useRef<{ map: L.Map; marker: L.Marker | null; stop: () => void } | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    const map = createMap(el.current!, { zoomControl: true });
    const stop = followTileSetting(map);
    state.current = { map, marker: null, stop };
    map.on('click', (e: L.LeafletMouseEvent) => pick.current(Number(e.latlng.lat.toFixed(6)), Number(e.latlng.lng.toFixed(6))));
    const abort = new AbortController();
    api.regionShapes({ level: 'kecamatan' }, abort.signal).then(
      (fc) => {
        const layer = L.geoJSON(fc as unknown as GeoJSON.FeatureCollection, {
          style: () => BOUNDARY_STYLE.kecamatan,
          onEachFeature: (f, l) => l.bindTooltip((f.properties as { name: string }).name, { sticky: true }),
        });
        layer.on('click', (e: L.LeafletMouseEvent) => pick.current(Number(e.latlng.lat.toFixed(6)), Number(e.latlng.lng.toFixed(6))));
        layer.addTo(map);
        const s = state.current;
        if (s && !s.marker && layer.getBounds().isValid()) map.fitBounds(layer.getBounds());
      },
      () => undefined, // the form still works by typing coordinates
    );
    return () => {
      abort.abort();
      stop();
      map.remove();
      state.current = null;
    };
  }, []);
  useEffect(() => {
    const s = state.current;
    if (!s) return;
    if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      s.marker?.remove();
      s.marker = null;
      return;
    }
    const first = !s.marker;
    if (!s.marker) s.marker = L.marker([lat, lon], { icon: objectIcon(kind || 'other', 0, true) }).addTo(s.map);
    else {
      s.marker.setLatLng([lat, lon]);
      s.marker.setIcon(objectIcon(kind || 'other', 0, true));
    }
    if (first) s.map.setView([lat, lon], Math.max(s.map.getZoom(), 13));
  }, [lat, lon, kind]);
  return (
    <div class="picker">
      <div class="picker-map" ref={el} data-testid="point-picker" />
      <small class="hint">{t('pickOnMap')}</small>
    </div>
  );
}

function Form({ initial, id, kinds }: { initial: StrategicObject | null; id: number | null; kinds: ObjectKind[] }) {
  const loc = useLocation();
  const lang = getLang();
  const [values, setValues] = useState<Values>(() =>
    toValues(initial, loc.query.get('lat') ?? '', loc.query.get('lon') ?? ''),
  );
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());

  const set = (name: FieldName, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => ({ ...e, [name]: undefined }));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const local: Partial<Record<FieldName, string>> = {};
    const input: ObjectInput = {};
    if (values.kind) input.kind = values.kind;
    input.name = values.name.trim();
    for (const c of ['lat', 'lon'] as const) {
      if (values[c].trim() === '') continue; // the server says it is required
      const n = parseCoord(values[c]);
      if (n === null) local[c] = t('notANumber');
      else input[c] = n;
    }
    if (values.desa_code.trim()) input.desa_code = values.desa_code.trim();
    input.notes = values.notes.trim();
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const saved = id === null ? await api.createObject(input, key.current) : await api.updateObject(id, input);
      key.current = newIdempotencyKey();
      showFlash(id === null ? t('created', { name: saved.name }) : t('saved', { name: saved.name }));
      navigate(`/registri/objek?q=${encodeURIComponent(saved.name)}`);
    } catch (err) {
      const split = fieldErrors(err, FIELDS);
      setErrors(split.field);
      setFormError(split.form);
      if (err instanceof ApiError && err.field) {
        document.getElementById(`f-${err.field}`)?.focus();
      }
    } finally {
      setBusy(false);
    }
  };

  const lat = parseCoord(values.lat);
  const lon = parseCoord(values.lon);
  const describedBy = (f: FieldName) => (errors[f] ? `f-${f}-error` : undefined);
  return (
    <form class="object-form" onSubmit={submit} noValidate data-testid="object-form">
      <div class="form-grid">
        <div class="form-fields">
          {formError && (
            <div class="form-error" role="alert" data-testid="form-error">
              {formError}
            </div>
          )}
          <Field name="kind" label={t('kind')} error={errors.kind}>
            <select
              id="f-kind"
              name="kind"
              value={values.kind}
              aria-invalid={!!errors.kind}
              aria-describedby={describedBy('kind')}
              onChange={(e) => set('kind', e.currentTarget.value)}
            >
              <option value="">{t('chooseKind')}</option>
              {kinds.map((k) => (
                <option value={k.code}>{lang === 'en' ? k.label_en : k.label}</option>
              ))}
            </select>
          </Field>
          <Field name="name" label={t('objectName')} error={errors.name}>
            <input
              id="f-name"
              name="name"
              value={values.name}
              maxLength={300}
              aria-invalid={!!errors.name}
              aria-describedby={describedBy('name')}
              onInput={(e) => set('name', e.currentTarget.value)}
            />
          </Field>
          <div class="field-row">
            <Field name="lat" label={t('lat')} error={errors.lat} hint={t('latHint')}>
              <input
                id="f-lat"
                name="lat"
                inputMode="decimal"
                value={values.lat}
                aria-invalid={!!errors.lat}
                aria-describedby={describedBy('lat')}
                onInput={(e) => set('lat', e.currentTarget.value)}
              />
            </Field>
            <Field name="lon" label={t('lon')} error={errors.lon} hint={t('lonHint')}>
              <input
                id="f-lon"
                name="lon"
                inputMode="decimal"
                value={values.lon}
                aria-invalid={!!errors.lon}
                aria-describedby={describedBy('lon')}
                onInput={(e) => set('lon', e.currentTarget.value)}
              />
            </Field>
          </div>
          <Field name="desa_code" label={t('desaCode')} error={errors.desa_code} hint={t('desaCodeHint')}>
            <input
              id="f-desa_code"
              name="desa_code"
              value={values.desa_code}
              placeholder="35.09.19.1006"
              aria-invalid={!!errors.desa_code}
              aria-describedby={describedBy('desa_code')}
              onInput={(e) => set('desa_code', e.currentTarget.value)}
            />
          </Field>
          <Field name="notes" label={t('notes')} error={errors.notes}>
            <textarea
              id="f-notes"
              name="notes"
              rows={3}
              value={values.notes}
              aria-invalid={!!errors.notes}
              aria-describedby={describedBy('notes')}
              onInput={(e) => set('notes', e.currentTarget.value)}
            />
          </Field>
          <div class="form-actions">
            <button type="submit" class="btn btn-primary" disabled={busy} data-testid="object-submit">
              {busy ? common('saving') : common('save')}
            </button>
            <Link class="btn btn-ghost" href="/registri/objek">
              {common('cancel')}
            </Link>
          </div>
        </div>
        <PointPicker
          lat={lat}
          lon={lon}
          kind={values.kind}
          onPick={(la, lo) => {
            set('lat', String(la));
            set('lon', String(lo));
          }}
        />
      </div>
    </form>
  );
}

export function ObjectForm({ id }: { id: number | null }) {
  const user = currentUser()!;
  const { state, reload } = useAsync(
    async () => {
      const [kinds, object] = await Promise.all([objectKinds(), id === null ? Promise.resolve(null) : api.object(id)]);
      return { kinds, object };
    },
    [id],
  );
  return (
    <div class="object-editor">
      <p>
        <Link href="/registri/objek">{t('backToList')}</Link>
      </p>
      <h2>{id === null ? t('createObject') : t('editObject')}</h2>
      {!can(user, 'write_objects') ? (
        <div class="state state-error" role="alert">
          {common('noPermission')}
        </div>
      ) : state.status === 'loading' ? (
        <Loading />
      ) : state.status === 'error' ? (
        <ErrorBox error={state.error} onRetry={reload} />
      ) : (
        <Form key={id ?? 'new'} initial={state.data.object} id={id} kinds={state.data.kinds} />
      )}
    </div>
  );
}
