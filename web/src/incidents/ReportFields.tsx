// The fields of a report, shared by the citizen's form (/lapor) and the
// operator's (/insiden/catat): the kind of incident, what happened, where
// (the device's location or a tap on a small map), the reporter's name and
// phone (both may stay empty: anonymous) and one photo (JPEG or PNG up to
// 2 MiB; a bigger camera photo is made smaller on the device first).

import { useEffect, useRef, useState } from 'preact/hooks';
import { pick } from '../core/i18n';
import { Field } from '../core/ui';
import { PointPickerController } from './map';
import type { IncidentType } from './types';
import {
  checkPhoto,
  DESCRIPTION_MAX,
  formatBytes,
  formatPoint,
  PHOTO_MAX_BYTES,
  type PhotoDraft,
  type ReportDraft,
  type ReportField,
  roundCoord,
} from './values';
import { t } from './words';

export type FieldErrors = Partial<Record<ReportField, string>>;

function readDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
}

/** The base64 part of a data: URL. */
function base64Of(dataUrl: string): string {
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

/**
 * A photo as the server takes it, or the reason it cannot go. A JPEG or PNG
 * over the limit is made smaller on the device (the readiness screen's
 * downscaler, loaded only then).
 */
export async function preparePhoto(file: File): Promise<{ photo: PhotoDraft } | { error: string }> {
  const check = checkPhoto(file);
  if (check === 'type') return { error: t('photoType') };
  if (check === 'ok') {
    const dataUrl = await readDataUrl(file);
    return { photo: { base64: base64Of(dataUrl), dataUrl, name: file.name, bytes: file.size, shrunk: false } };
  }
  try {
    const { downscalePhoto } = await import('../readiness/photo');
    const small = await downscalePhoto(file);
    if (small.bytes <= PHOTO_MAX_BYTES) {
      return { photo: { base64: small.base64, dataUrl: small.dataUrl, name: file.name, bytes: small.bytes, shrunk: true } };
    }
  } catch {
    // cannot be decoded here: refuse with the size message below
  }
  return { error: t('photoSize', { size: formatBytes(file.size), max: formatBytes(PHOTO_MAX_BYTES) }) };
}

function PositionField({
  draft,
  onChange,
  error,
  outlines,
}: {
  draft: ReportDraft;
  onChange: (patch: Partial<ReportDraft>) => void;
  error?: string;
  outlines: boolean;
}) {
  const el = useRef<HTMLDivElement>(null);
  const ctl = useRef<PointPickerController | null>(null);
  const change = useRef(onChange);
  change.current = onChange;
  const [locating, setLocating] = useState(false);
  const [geoError, setGeoError] = useState<string | null>(null);
  const zoomNext = useRef(false);

  useEffect(() => {
    const c = new PointPickerController(el.current!, { outlines });
    ctl.current = c;
    c.onPick = (lat, lon) => {
      setGeoError(null);
      change.current({ lat: roundCoord(lat), lon: roundCoord(lon), accuracy: null });
    };
    c.setPoint(draft.lat, draft.lon, true);
    return () => {
      c.destroy();
      ctl.current = null;
    };
  }, []);

  useEffect(() => {
    ctl.current?.setPoint(draft.lat, draft.lon, zoomNext.current);
    zoomNext.current = false;
  }, [draft.lat, draft.lon]);

  const locate = () => {
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geo) {
      setGeoError(t('geoUnsupported'));
      return;
    }
    setLocating(true);
    setGeoError(null);
    geo.getCurrentPosition(
      (p) => {
        setLocating(false);
        zoomNext.current = true;
        change.current({ lat: roundCoord(p.coords.latitude), lon: roundCoord(p.coords.longitude), accuracy: Math.round(p.coords.accuracy) });
      },
      (e) => {
        setLocating(false);
        setGeoError(e.code === 1 ? t('geoDenied') : e.code === 3 ? t('geoTimeout') : t('geoUnavailable'));
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  };

  const has = draft.lat !== null && draft.lon !== null;
  return (
    <div class={`field${error ? ' field-invalid' : ''}`} data-field="position">
      <span class="field-label" id="f-position-label">
        {t('f_position')}
      </span>
      <button
        type="button"
        id="f-position"
        class="btn btn-primary report-locate"
        disabled={locating}
        data-testid="report-locate"
        aria-describedby="f-position-label"
        onClick={locate}
      >
        {locating ? t('locating') : t('useMyLocation')}
      </button>
      <div class="report-map" ref={el} data-testid="report-map" />
      <small class="hint">{t('tapMap')}</small>
      {has && (
        <p class="report-point" data-testid="report-point" data-lat={draft.lat} data-lon={draft.lon}>
          {draft.accuracy !== null
            ? t('locatedAt', { point: formatPoint(draft.lat!, draft.lon!), accuracy: draft.accuracy })
            : t('pickedAt', { point: formatPoint(draft.lat!, draft.lon!) })}
        </p>
      )}
      {geoError && (
        <small class="field-error" role="alert" data-testid="report-geo-error">
          {geoError}
        </small>
      )}
      {error && (
        <small class="field-error" id="f-position-error" role="alert" data-field-error="position">
          {error}
        </small>
      )}
    </div>
  );
}

function PhotoField({ draft, onChange, error, setError }: { draft: ReportDraft; onChange: (p: Partial<ReportDraft>) => void; error?: string; setError: (e: string | null) => void }) {
  const [reading, setReading] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const choose = async (file: File | undefined) => {
    setError(null);
    if (!file) return;
    setReading(true);
    try {
      const r = await preparePhoto(file);
      if ('error' in r) {
        onChange({ photo: null });
        setError(r.error);
        if (input.current) input.current.value = '';
      } else onChange({ photo: r.photo });
    } finally {
      setReading(false);
    }
  };
  const photo = draft.photo;
  return (
    <Field name="photo" label={t('f_photo')} error={error} hint={t('photoHint', { max: formatBytes(PHOTO_MAX_BYTES) })}>
      <input
        ref={input}
        id="f-photo"
        type="file"
        accept="image/jpeg,image/png"
        class="report-file"
        data-testid="report-photo"
        onChange={(e) => void choose(e.currentTarget.files?.[0])}
      />
      {reading && <small class="muted">{t('photoReading')}</small>}
      {photo && (
        <div class="report-photo" data-testid="report-photo-ready" data-bytes={photo.bytes} data-shrunk={String(photo.shrunk)}>
          <img src={photo.dataUrl} alt="" />
          <div>
            <div>{t('photoReady', { name: photo.name, size: formatBytes(photo.bytes) })}</div>
            {photo.shrunk && <small class="muted">{t('photoShrunk', { size: formatBytes(photo.bytes) })}</small>}
            <button
              type="button"
              class="btn"
              data-testid="report-photo-remove"
              onClick={() => {
                onChange({ photo: null });
                if (input.current) input.current.value = '';
              }}
            >
              {t('photoRemove')}
            </button>
          </div>
        </div>
      )}
    </Field>
  );
}

export function ReportFields({
  draft,
  onChange,
  errors,
  setError,
  types,
  outlines,
}: {
  draft: ReportDraft;
  onChange: (patch: Partial<ReportDraft>) => void;
  errors: FieldErrors;
  setError: (field: ReportField, message: string | null) => void;
  types: IncidentType[];
  outlines: boolean;
}) {
  return (
    <>
      <Field name="type" label={t('f_type')} error={errors.type}>
        <select
          id="f-type"
          value={draft.type}
          data-testid="report-type"
          aria-invalid={!!errors.type}
          onChange={(e) => onChange({ type: e.currentTarget.value })}
        >
          <option value="">{t('chooseType')}</option>
          {types.map((ty) => (
            <option value={ty.code} data-gakkumdu={String(ty.forward_to_gakkumdu)}>
              {pick(ty.name_id, ty.name_en)}
            </option>
          ))}
        </select>
      </Field>
      <Field name="description" label={t('f_description')} error={errors.description} hint={t('descriptionHint', { max: DESCRIPTION_MAX })}>
        <textarea
          id="f-description"
          rows={4}
          maxLength={DESCRIPTION_MAX}
          value={draft.description}
          data-testid="report-description"
          aria-invalid={!!errors.description}
          onInput={(e) => onChange({ description: e.currentTarget.value })}
        />
        <small class="muted report-count">{t('descriptionCount', { n: draft.description.length, max: DESCRIPTION_MAX })}</small>
      </Field>
      <PositionField draft={draft} onChange={onChange} error={errors.position} outlines={outlines} />
      <Field name="name" label={t('f_name')} error={errors.name} hint={t('optionalAnon')}>
        <input
          id="f-name"
          autoComplete="name"
          value={draft.name}
          maxLength={120}
          data-testid="report-name"
          onInput={(e) => onChange({ name: e.currentTarget.value })}
        />
      </Field>
      <Field name="phone" label={t('f_phone')} error={errors.phone} hint={t('optionalAnon')}>
        <input
          id="f-phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={draft.phone}
          maxLength={32}
          data-testid="report-phone"
          onInput={(e) => onChange({ phone: e.currentTarget.value })}
        />
      </Field>
      <PhotoField draft={draft} onChange={onChange} error={errors.photo} setError={(m) => setError('photo', m)} />
    </>
  );
}
