// One incident: its fields, photos and timeline, and what may be done next
// (the server's next_statuses, shown to the roles that may take them):
// verify, reject, mark as a duplicate of an offered report, dispatch one of
// the three nearest free units (ETA in minutes, distance), on the way,
// arrived, done, close; and the escalation level with the forces the
// doctrine calls for and their free units.

import { useEffect, useState } from 'preact/hooks';
import { pick } from '../core/i18n';
import { currentUser } from '../core/session';
import { formatDateTime } from '../core/time';
import type { TimeZoneName } from '../core/types';
import { errorText, ErrorBox, Loading, useAsync } from '../core/ui';
import { incident as fetchIncident, photoUrl, setLevel, transition } from './api';
import { LevelMark, StatusChip } from './parts';
import { canIncident, type Incident, type IncidentDetail as Detail, type IncidentStatus, type Level, LEVELS } from './types';
import { formatDistance, formatEta, isOpen, orderedSteps, permissionFor, stepKind } from './values';
import { labelOf, t } from './words';

type Send = (what: () => Promise<Incident>, done: (inc: Incident) => string) => Promise<void>;

function Fields({ inc, zone }: { inc: Detail; zone: TimeZoneName }) {
  const reporter = [inc.reporter_name, inc.reporter_phone].filter(Boolean).join(' · ');
  return (
    <dl class="inc-dl">
      <dt>{t('d_code')}</dt>
      <dd class="mono" data-testid="detail-code">
        {inc.tracking_code}
      </dd>
      <dt>{t('d_status')}</dt>
      <dd>
        <StatusChip status={inc.status} testid="detail-status" />
      </dd>
      <dt>{t('d_level')}</dt>
      <dd>
        <LevelMark level={inc.level} testid="detail-level" />
      </dd>
      <dt>{t('d_severity')}</dt>
      <dd>{labelOf('severity', inc.severity)}</dd>
      <dt>{t('d_source')}</dt>
      <dd>{labelOf('source', inc.source)}</dd>
      <dt>{t('d_place')}</dt>
      <dd>
        {[inc.desa_name, inc.kecamatan_name].filter(Boolean).join(', ')}
        <br />
        <span class="muted small mono">
          {inc.lat.toFixed(5)}, {inc.lon.toFixed(5)}
        </span>
      </dd>
      {inc.tps_code && (
        <>
          <dt>{t('d_tps')}</dt>
          <dd>{inc.tps_code}</dd>
        </>
      )}
      <dt>{t('d_reporter')}</dt>
      <dd>{reporter || <span class="muted">{t('anonymous')}</span>}</dd>
      {inc.field_unit_call_sign && (
        <>
          <dt>{t('d_unit')}</dt>
          <dd data-testid="detail-unit">{inc.field_unit_call_sign}</dd>
        </>
      )}
      {inc.duplicate_of !== null && (
        <>
          <dt>{t('d_duplicate_of')}</dt>
          <dd>#{inc.duplicate_of}</dd>
        </>
      )}
      <dt>{t('d_reported')}</dt>
      <dd>{formatDateTime(inc.reported_at, zone)}</dd>
      <dt>{t('d_updated')}</dt>
      <dd>{formatDateTime(inc.updated_at, zone)}</dd>
    </dl>
  );
}

function Timeline({ inc, zone }: { inc: Detail; zone: TimeZoneName }) {
  const list = inc.timeline ?? [];
  return (
    <section class="inc-section">
      <h3>{t('timeline')}</h3>
      {list.length === 0 ? (
        <p class="muted">{t('noTimeline')}</p>
      ) : (
        <ol class="inc-timeline" data-testid="detail-timeline">
          {list.map((e) => (
            <li data-status={e.status} data-action={e.action}>
              <strong>{labelOf('status', e.status)}</strong> <span class="muted small">{formatDateTime(e.at, zone)}</span>
              <div class="small">
                {e.actor && t('byActor', { actor: e.actor })}
                {e.field_unit_id !== null && e.field_unit_id !== undefined && ` · ${t('withUnit', { unit: callSignOf(inc, e.field_unit_id) })}`}
              </div>
              {e.note && <div class="small">“{e.note}”</div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function callSignOf(inc: Detail, unitId: number): string {
  if (inc.field_unit_id === unitId && inc.field_unit_call_sign) return inc.field_unit_call_sign;
  const offer = inc.offers?.find((o) => o.field_unit_id === unitId);
  return offer ? offer.call_sign : `#${unitId}`;
}

function Offers({ inc, busy, send, reassign }: { inc: Detail; busy: boolean; send: Send; reassign: boolean }) {
  // In the server's order: nearest by ETA, the sector's own unit preferred.
  const offers = inc.offers ?? [];
  return (
    <div data-testid="detail-offers">
      <h3>{reassign ? t('step_reassign') : t('offersTitle')}</h3>
      {offers.length === 0 ? (
        <p class="muted">{t('noOffers')}</p>
      ) : (
        <ul class="inc-offers">
          {offers.map((o, i) => (
            <li class="inc-offer" data-offer={i} data-field-unit-id={o.field_unit_id} data-eta-s={o.eta_s} data-distance-m={o.distance_m}>
              <div>
                <strong>{o.call_sign}</strong> <span class="muted small">{labelOf('kind', o.kind)}</span>
                {o.same_sector && <span class="inc-tag">{t('sameSector')}</span>}
                <div class="small">
                  <span class="inc-offer-eta" data-testid="offer-eta">
                    {t('offerEta', { eta: formatEta(o.eta_s) })}
                  </span>{' '}
                  · <span data-testid="offer-distance">{formatDistance(o.distance_m)}</span>
                </div>
              </div>
              <button
                type="button"
                class="btn btn-primary"
                disabled={busy}
                data-testid="dispatch-unit"
                onClick={() =>
                  void send(
                    () => transition(inc.id, { status: 'ditugaskan', field_unit_id: o.field_unit_id }),
                    (x) => t('stepDone', { status: labelOf('status', x.status) }),
                  )
                }
              >
                {t('dispatchTo', { call: o.call_sign })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Duplicates({ inc, busy, send, zone }: { inc: Detail; busy: boolean; send: Send; zone: TimeZoneName }) {
  const list = inc.duplicates ?? [];
  return (
    <div data-testid="detail-duplicates">
      <h3>{t('duplicatesTitle')}</h3>
      {list.length === 0 ? (
        <p class="muted">{t('noDuplicates')}</p>
      ) : (
        <ul class="inc-offers">
          {list.map((d) => (
            <li class="inc-offer" data-duplicate-id={d.id}>
              <span class="small">
                {t('duplicateLine', {
                  id: d.id,
                  at: formatDateTime(d.reported_at, zone),
                  distance: formatDistance(d.distance_m),
                  status: labelOf('status', d.status),
                })}
              </span>
              <button
                type="button"
                class="btn"
                disabled={busy}
                data-testid="mark-duplicate"
                onClick={() =>
                  void send(
                    () => transition(inc.id, { status: 'duplikat', duplicate_of: d.id }),
                    (x) => t('stepDone', { status: labelOf('status', x.status) }),
                  )
                }
              >
                {t('duplicateOf', { id: d.id })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Steps({ inc, zone, send, busy, note, setNote }: { inc: Detail; zone: TimeZoneName; send: Send; busy: boolean; note: string; setNote: (s: string) => void }) {
  const user = currentUser();
  const next = orderedSteps(inc.next_statuses ?? []);
  const allowed = next.filter((s) => canIncident(user, permissionFor(s)));
  const plain = allowed.filter((s) => stepKind(s) === 'plain');
  const reassign = inc.status === 'menuju_lokasi';
  return (
    <section class="inc-section" data-testid="detail-actions">
      <h3>{t('actions')}</h3>
      {next.length === 0 && <p class="muted">{t('noActions')}</p>}
      {next.length > 0 && allowed.length === 0 && <p class="muted">{t('noActionsAllowed')}</p>}
      {allowed.length > 0 && (
        <>
          <label class="small" for="inc-note">
            {t('note')}
          </label>
          <input id="inc-note" class="inc-note" value={note} data-testid="step-note" onInput={(e) => setNote(e.currentTarget.value)} />
          {plain.length > 0 && (
            <div class="inc-steps">
              {plain.map((s: IncidentStatus) => (
                <button
                  type="button"
                  class={`btn${s === 'ditolak' ? ' btn-danger' : s === 'diverifikasi' || s === 'ditutup' ? ' btn-primary' : ''}`}
                  disabled={busy}
                  data-step={s}
                  onClick={() =>
                    void send(
                      () => transition(inc.id, { status: s, note }),
                      (x) => t('stepDone', { status: labelOf('status', x.status) }),
                    )
                  }
                >
                  {labelOf('step', s)}
                </button>
              ))}
            </div>
          )}
          {allowed.includes('ditugaskan') && <Offers inc={inc} busy={busy} send={send} reassign={reassign} />}
          {allowed.includes('duplikat') && <Duplicates inc={inc} busy={busy} send={send} zone={zone} />}
        </>
      )}
    </section>
  );
}

function Escalation({ inc, send, busy }: { inc: Detail; send: Send; busy: boolean }) {
  const user = currentUser();
  const [level, setLvl] = useState<Level>(inc.level);
  const [note, setNote] = useState('');
  useEffect(() => setLvl(inc.level), [inc.id, inc.level]);
  const mayChange = canIncident(user, 'dispatch_incident') && isOpen(inc.status);
  const forces = inc.escalation?.forces ?? [];
  if (!mayChange && forces.length === 0) return null;
  return (
    <section class="inc-section" data-testid="detail-escalation">
      <h3>{t('escalationTitle')}</h3>
      {mayChange && (
        <div class="inc-level-form">
          <select value={level} data-testid="level-select" aria-label={t('levelLabel')} onChange={(e) => setLvl(e.currentTarget.value as Level)}>
            {LEVELS.map((l) => (
              <option value={l}>{labelOf('level', l)}</option>
            ))}
          </select>
          <input placeholder={t('note')} value={note} aria-label={t('note')} data-testid="level-note" onInput={(e) => setNote(e.currentTarget.value)} />
          <button
            type="button"
            class="btn"
            disabled={busy || level === inc.level}
            data-testid="level-save"
            onClick={() =>
              void send(
                () => setLevel(inc.id, level, note),
                (x) => {
                  setNote('');
                  return t('levelSaved', { level: labelOf('level', x.level) });
                },
              )
            }
          >
            {t('setLevel')}
          </button>
        </div>
      )}
      {forces.length > 0 && (
        <>
          <p class="small muted">{t('forcesTitle')}</p>
          <ul class="inc-forces" data-testid="detail-forces">
            {forces.map((f) => (
              <li data-force={f.force}>
                <strong>{labelOf('kind', f.force)}</strong>:{' '}
                {f.free.length ? f.free.map((u) => u.call_sign).join(', ') : <span class="muted">{t('noFree')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function IncidentDetailPanel({
  id,
  tick,
  zone,
  onChanged,
  onLoaded,
  onClose,
}: {
  id: number;
  /** Bumped when the live stream says this incident changed. */
  tick: number;
  zone: TimeZoneName;
  onChanged: (inc: Incident) => void;
  /** Every reading of the incident (the map shows it even when it is no longer open). */
  onLoaded?: (inc: Incident) => void;
  onClose: () => void;
}) {
  const { state, reload } = useAsync((signal) => fetchIncident(id, signal), [id, tick]);
  useEffect(() => {
    if (state.status === 'ok') onLoaded?.(state.data);
  }, [state]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    setError(null);
    setDone(null);
    setNote('');
  }, [id]);

  const inc = state.data && state.data.id === id ? state.data : null;
  if (!inc) {
    if (state.status === 'error') return <ErrorBox error={state.error} onRetry={reload} />;
    return <Loading />;
  }

  const send: Send = async (what, message) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const x = await what();
      setDone(message(x));
      setNote('');
      onChanged(x);
      reload();
    } catch (e) {
      setError(errorText(e));
      reload(); // someone else may have moved it: show where it stands now
    } finally {
      setBusy(false);
    }
  };

  return (
    <article class="inc-detail" data-testid="incident-detail" data-incident-id={inc.id} data-status={inc.status} data-level={inc.level}>
      <header class="inc-detail-head">
        <div>
          <h2 data-testid="detail-title">{pick(inc.type_id, inc.type_en) || inc.type}</h2>
        </div>
        <button type="button" class="btn btn-ghost close" aria-label={t('closePanel')} data-testid="detail-close" onClick={onClose}>
          ×
        </button>
      </header>
      {done && (
        <p class="notice ok" role="status" data-testid="detail-done">
          {done}
        </p>
      )}
      {error && (
        <div class="form-error" role="alert" data-testid="detail-error">
          {error}
        </div>
      )}
      {!isOpen(inc.status) && <p class="notice">{t('closedNote')}</p>}
      <p class="inc-desc" data-testid="detail-description">
        {inc.description}
      </p>
      <Fields inc={inc} zone={zone} />
      {inc.photo_ids?.length > 0 && (
        <section class="inc-section">
          <h3>{t('photos')}</h3>
          <div class="inc-photos" data-testid="detail-photos">
            {inc.photo_ids.map((p, i) => (
              <a href={photoUrl(inc.id, p)} target="_blank" rel="noopener">
                <img src={photoUrl(inc.id, p)} alt={t('photoAlt', { n: i + 1, code: inc.tracking_code })} loading="lazy" data-photo-id={p} />
              </a>
            ))}
          </div>
        </section>
      )}
      <Steps inc={inc} zone={zone} send={send} busy={busy} note={note} setNote={setNote} />
      <Escalation inc={inc} send={send} busy={busy} />
      <Timeline inc={inc} zone={zone} />
    </article>
  );
}
