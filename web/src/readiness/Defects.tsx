// Laporan kerusakan dan BBM: the open reports of a unit with their age
// (overdue ones stand out), photo and state; Bag Ren follows them up and
// closes them with a note. Officers report from the field: kind, item, a few
// words and a photo from the phone camera, scaled down before sending.

import { useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, newIdempotencyKey } from '../core/api';
import { showFlash } from '../core/flash';
import { formatNumber } from '../core/i18n';
import { can, currentUser } from '../core/session';
import { DataTable } from '../core/table';
import { formatDateTime } from '../core/time';
import type { User } from '../core/types';
import { errorText, Field, fieldErrors, Pager, useAsync, usePaged } from '../core/ui';
import { defectPhotoUrl, defects, reportDefect, transitionDefect, unitItems } from './api';
import { itemLabel, Keep, kindLabel, useKinds, useUnitName } from './parts';
import { downscalePhoto, type ScaledPhoto } from './photo';
import type { Defect, DefectInput, DefectKind, DefectStatus, Item } from './types';
import { formatAge } from './values';
import { labelOf, t } from './words';

const PAGE = 50;

function Actions({ d, onDone }: { d: Defect; onDone: () => void }) {
  const [closing, setClosing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (d.status === 'selesai') return <span class="muted">—</span>;

  const move = async (to: DefectStatus) => {
    if (to === 'selesai' && !note.trim()) {
      setError(t('noteRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await transitionDefect(d.id, to, note);
      showFlash(t('moved', { id: d.id, status: labelOf('dstatus', to) }));
      setClosing(false);
      setNote('');
      onDone();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="rd-defect-actions" data-defect-actions={d.id}>
      {!closing && (
        <>
          {d.status === 'dilaporkan' && (
            <button type="button" class="btn btn-primary" disabled={busy} data-action="ditindaklanjuti" onClick={() => void move('ditindaklanjuti')}>
              {t('act_follow')}
            </button>
          )}
          <button type="button" class="btn" disabled={busy} data-action="selesai" onClick={() => setClosing(true)}>
            {t('act_close')}
          </button>
        </>
      )}
      {closing && (
        <form
          class="rd-note-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void move('selesai');
          }}
        >
          <label class="small" for={`f-defect-note-${d.id}`}>
            {t('noteLabel')}
          </label>
          <textarea id={`f-defect-note-${d.id}`} rows={2} maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          <div class="form-actions">
            <button type="submit" class="btn btn-primary" disabled={busy} data-action="send">
              {t('send')}
            </button>
            <button type="button" class="btn" onClick={() => setClosing(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <small class="field-error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}

function StatusCell({ d, user }: { d: Defect; user: User }) {
  return (
    <span class="rd-status-cell">
      <span class={`badge badge-defect-${d.status}`} data-status={d.status}>
        {labelOf('dstatus', d.status)}
      </span>
      {d.followed_by && d.followed_at && (
        <small class="block muted">{t('followedBy', { by: d.followed_by, at: formatDateTime(d.followed_at, user.time_zone) })}</small>
      )}
      {d.closed_by && d.closed_at && (
        <small class="block muted">{t('closedBy', { by: d.closed_by, at: formatDateTime(d.closed_at, user.time_zone) })}</small>
      )}
      {d.note && <small class="block">{d.note}</small>}
    </span>
  );
}

function Queue({ unit, version }: { unit: string; version: number }) {
  const user = currentUser()!;
  const own = unit === user.unit_code;
  const [all, setAll] = useState(false);
  const { state, reload, page, next, prev } = usePaged(
    (cursor, signal) => defects({ unit: own ? '' : unit, open: all ? undefined : true, limit: PAGE, cursor }, signal),
    [unit, all, version],
  );
  const canProcess = can(user, 'process_defect');
  const kinds = useKinds();
  return (
    <section class="card" data-testid="rd-defect-queue">
      <label class="check rd-show-closed">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.currentTarget.checked)} data-testid="rd-show-closed" />
        {t('showClosed')}
      </label>
      <Keep state={state} onRetry={reload} isEmpty={(d) => d.items.length === 0} empty={all ? t('noDefectsAll') : t('noDefects')}>
        {(d) => (
          <>
            <DataTable<Defect>
              testid="rd-defects"
              rows={d.items}
              rowKey={(r) => r.id}
              columns={[
                {
                  key: 'age',
                  label: t('col_age'),
                  render: (r) => (
                    <span class={`rd-age${r.overdue ? ' overdue' : ''}`} data-overdue={r.overdue ? 'true' : 'false'} data-age-hours={r.age_hours}>
                      {formatAge(r.age_hours)}
                      {r.overdue && <span class="tag tag-bad">{t('overdue')}</span>}
                    </span>
                  ),
                },
                { key: 'kind', label: t('field_kind'), render: (r) => <span class={`tag tag-${r.kind}`}>{labelOf('kind', r.kind)}</span> },
                {
                  key: 'item',
                  label: t('col_item'),
                  render: (r) => (
                    <span>
                      {itemLabel(kinds, r.item_label) ?? <span class="muted">{t('noItem')}</span>}
                      {r.unit !== user.unit_code && <small class="block muted">{r.unit}</small>}
                    </span>
                  ),
                },
                { key: 'description', label: t('col_description'), render: (r) => <span class="rd-desc">{r.description}</span> },
                {
                  key: 'photo',
                  label: t('col_photo'),
                  render: (r) =>
                    r.has_photo ? (
                      <a href={defectPhotoUrl(r.id)} target="_blank" rel="noopener">
                        <img
                          class="rd-thumb"
                          src={defectPhotoUrl(r.id)}
                          alt={t('photoAlt', { id: r.id })}
                          loading="lazy"
                          width={64}
                          height={64}
                          data-testid="rd-defect-photo"
                        />
                      </a>
                    ) : (
                      <span class="muted">—</span>
                    ),
                },
                { key: 'status', label: t('col_status'), render: (r) => <StatusCell d={r} user={user} /> },
                {
                  key: 'reported',
                  label: t('col_reported'),
                  render: (r) => <small>{t('reportedBy', { by: r.reported_by, at: formatDateTime(r.reported_at, user.time_zone) })}</small>,
                },
                ...(canProcess ? [{ key: 'actions', label: t('col_actions'), render: (r: Defect) => <Actions d={r} onDone={reload} /> }] : []),
              ]}
            />
            <Pager page={page} size={PAGE} total={d.total} shown={d.items.length} hasNext={!!d.next} onPrev={prev} onNext={next} />
          </>
        )}
      </Keep>
    </section>
  );
}

const FIELDS = ['kind', 'item_id', 'description', 'photo', 'unit'] as const;
type FieldName = (typeof FIELDS)[number];

function ReportForm({ unit, onReported }: { unit: string; onReported: () => void }) {
  const user = currentUser()!;
  const kinds = useKinds();
  const items = useAsync((signal) => unitItems(unit, null, signal), [unit]);
  const [kind, setKind] = useState<DefectKind>('kerusakan');
  const [itemId, setItemId] = useState('');
  const [description, setDescription] = useState('');
  const [photo, setPhoto] = useState<ScaledPhoto | null>(null);
  const [photoBusy, setPhotoBusy] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());
  const fileInput = useRef<HTMLInputElement>(null);

  const all: Item[] = items.state.status === 'ok' ? items.state.data : [];
  const vehicles = useMemo(() => all.filter((i) => i.vehicle), [all]);
  const kit = useMemo(() => all.filter((i) => !i.vehicle), [all]);
  const label = (i: Item) =>
    `${i.kind_label ?? kindLabel(kinds, i.kind)} · ${i.plate ? `${i.plate} · ` : ''}${i.serial}${i.holder_nrp ? ` (${i.holder_nrp})` : ''}`;

  const touch = (f: FieldName) => {
    setErrors((e) => ({ ...e, [f]: undefined }));
    setDone(null);
  };

  const onFile = async (file: File | undefined) => {
    touch('photo');
    setPhoto(null);
    if (!file) return;
    setPhotoBusy(true);
    try {
      setPhoto(await downscalePhoto(file));
    } catch (e) {
      setErrors((x) => ({ ...x, photo: t('photoError', { message: e instanceof Error ? e.message : String(e) }) }));
      if (fileInput.current) fileInput.current.value = '';
    } finally {
      setPhotoBusy(false);
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!description.trim()) {
      setErrors({ description: t('descriptionRequired') });
      return;
    }
    const input: DefectInput = { kind, description: description.trim() };
    if (unit !== user.unit_code) input.unit = unit;
    if (itemId) input.item_id = Number(itemId);
    if (photo) input.photo = photo.base64;
    setBusy(true);
    setErrors({});
    setFormError(null);
    setDone(null);
    try {
      const r = await reportDefect(input, key.current);
      key.current = newIdempotencyKey();
      setDescription('');
      setItemId('');
      setPhoto(null);
      if (fileInput.current) fileInput.current.value = '';
      setDone(t('reported', { id: r.id }));
      onReported();
    } catch (err) {
      // Only a lost answer keeps the key: a retry then cannot report twice.
      if (!(err instanceof ApiError && err.isNetwork)) key.current = newIdempotencyKey();
      const split = fieldErrors(err, FIELDS);
      setErrors(split.field);
      setFormError(split.form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card rd-report" onSubmit={submit} noValidate data-testid="rd-report-form">
      <h2>{t('reportTitle')}</h2>
      {formError && (
        <div class="form-error" role="alert" data-testid="rd-report-error">
          {formError}
        </div>
      )}
      <div class={`field${errors.kind ? ' field-invalid' : ''}`} data-field="kind">
        <span class="field-label">{t('field_kind')}</span>
        <div class="seg2" role="radiogroup" aria-label={t('field_kind')}>
          {(['kerusakan', 'bbm'] as const).map((k) => (
            <button
              type="button"
              role="radio"
              aria-checked={kind === k}
              class={`seg2-btn${kind === k ? ' active' : ''}`}
              data-kind={k}
              onClick={() => {
                setKind(k);
                touch('kind');
                if (k === 'bbm' && itemId && !vehicles.some((v) => String(v.id) === itemId)) setItemId('');
              }}
            >
              {labelOf('kind', k)}
            </button>
          ))}
        </div>
        {errors.kind && (
          <small class="field-error" role="alert" data-field-error="kind">
            {errors.kind}
          </small>
        )}
      </div>
      <Field name="item_id" label={t('field_item')} error={errors.item_id}>
        <select
          id="f-item_id"
          value={itemId}
          data-testid="rd-report-item"
          onChange={(e) => {
            setItemId(e.currentTarget.value);
            touch('item_id');
          }}
        >
          <option value="">{items.state.status === 'loading' ? '…' : t('noItemOption')}</option>
          {vehicles.length > 0 && (
            <optgroup label={t('vehiclesGroup')}>
              {vehicles.map((i) => (
                <option value={String(i.id)}>{label(i)}</option>
              ))}
            </optgroup>
          )}
          {kind !== 'bbm' && kit.length > 0 && (
            <optgroup label={t('kitGroup')}>
              {kit.map((i) => (
                <option value={String(i.id)}>{label(i)}</option>
              ))}
            </optgroup>
          )}
        </select>
      </Field>
      <Field name="description" label={t('field_description')} error={errors.description}>
        <textarea
          id="f-description"
          rows={3}
          maxLength={2000}
          value={description}
          aria-invalid={!!errors.description}
          onInput={(e) => {
            setDescription(e.currentTarget.value);
            touch('description');
          }}
        />
      </Field>
      <Field name="photo" label={t('field_photo')} error={errors.photo} hint={t('photoHint')}>
        <span class="rd-file">
          <input
            id="f-photo"
            ref={fileInput}
            class="rd-file-input"
            type="file"
            accept="image/*"
            capture="environment"
            data-testid="rd-report-photo"
            onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          />
          <span class="btn rd-file-btn" aria-hidden="true">
            {photo ? t('photoAgain') : t('photoTake')}
          </span>
        </span>
      </Field>
      {photoBusy && <p class="muted small">{t('photoReading')}</p>}
      {photo && (
        <div class="rd-photo-preview" data-testid="rd-photo-ready" data-width={photo.width} data-height={photo.height}>
          <img src={photo.dataUrl} alt="" />
          <span class="small muted">
            {t('photoReady', { width: photo.width, height: photo.height, size: formatNumber(Math.ceil(photo.bytes / 1024)) })}
          </span>
          <button
            type="button"
            class="link"
            onClick={() => {
              setPhoto(null);
              if (fileInput.current) fileInput.current.value = '';
            }}
          >
            {t('removePhoto')}
          </button>
        </div>
      )}
      <button type="submit" class="btn btn-primary btn-block" disabled={busy || photoBusy} data-testid="rd-report-submit">
        {busy ? t('saving') : t('reportSubmit')}
      </button>
      {done && (
        <p class="notice ok" role="status" data-testid="rd-report-ok">
          {done}
        </p>
      )}
    </form>
  );
}

export default function Defects({ unit }: { unit: string }) {
  const user = currentUser()!;
  const name = useUnitName(unit);
  const [version, setVersion] = useState(0);
  const form = can(user, 'report_defect') ? <ReportForm unit={unit} onReported={() => setVersion((v) => v + 1)} /> : null;
  return (
    <div class="rd-defects" data-testid="rd-defects-page">
      <h2 class="rd-h1">{t('defectsOf', { unit: name })}</h2>
      <div class="rd-defects-grid">
        {/* Who only reports (an officer in the field) sees the form first. */}
        {!can(user, 'process_defect') && form}
        <Queue unit={unit} version={version} />
        {can(user, 'process_defect') && form}
      </div>
    </div>
  );
}
