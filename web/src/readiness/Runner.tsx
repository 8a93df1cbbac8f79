// The apel kesiapan checklist, made for a supervisor's phone: one card per
// person (Hadir / Tidak hadir, each item "dipegang" and "berfungsi",
// defaulting to yes, Simpan) and per vehicle (condition, fuel, lights,
// documents); progress on top; Close with a result chosen or computed.
// Lines already answered are shown done and cannot be changed.

import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../core/api';
import { showFlash } from '../core/flash';
import { formatNumber } from '../core/i18n';
import { Link } from '../core/router';
import { can, currentUser } from '../core/session';
import { formatDateTime, formatDay } from '../core/time';
import type { User } from '../core/types';
import { ErrorBox, errorText, fieldErrors, Loading, useAsync } from '../core/ui';
import { checkPerson, checkVehicle, closeInspection, inspection } from './api';
import { ResultBadge, StatusBadge } from './Inspections';
import { Bar, hrefFor, kindLabel, Segmented, Toggle, useKinds } from './parts';
import { CONDITIONS, RESULTS, type EquipmentKind, type InspectionResult, type InspectionSheet, type ItemCondition, type PersonLine, type VehicleLine } from './types';
import {
  buildPersonCheck,
  buildVehicleCheck,
  computedResult,
  initialDraft,
  initialVehicleDraft,
  progressShare,
  progressText,
  setAnswer,
  vehicleFit,
  type PersonDraft,
  type Progress,
  type VehicleDraft,
} from './values';
import { labelOf, t } from './words';

type Kinds = Map<string, EquipmentKind>;

function CheckedBy({ by, at, user }: { by: string; at: string; user: User }) {
  return <div class="muted small rd-checked-by">{t('checkedBy', { by, at: formatDateTime(at, user.time_zone) })}</div>;
}

function PersonCard({
  inspectionId,
  line,
  kinds,
  canRun,
  user,
  onSaved,
  onStale,
}: {
  inspectionId: number;
  line: PersonLine;
  kinds: Kinds;
  canRun: boolean;
  user: User;
  onSaved: (line: PersonLine) => void;
  onStale: () => void;
}) {
  const [draft, setDraft] = useState<PersonDraft>(() => initialDraft(line.items));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const p = line.person;
  const head = (
    <div class="rd-card-head">
      <div>
        <strong class="rd-card-name">
          {p.rank} {p.name}
        </strong>
        <div class="muted small">
          NRP <span class="mono">{p.nrp}</span> · {labelOf('fn', p.function)}
        </div>
      </div>
      {line.check && <span class="tag tag-ok rd-done-tag">✓ {t('doneTag')}</span>}
    </div>
  );

  if (line.check) {
    const c = line.check;
    const ok = c.items.filter((i) => i.held && i.working).length;
    return (
      <li class={`card rd-check done${c.present ? '' : ' absent'}`} data-person-id={p.id} data-done="true" data-present={String(c.present)}>
        {head}
        <div class="rd-done-line">{c.present ? t('presentDone', { ok: formatNumber(ok), n: formatNumber(c.items.length) }) : t('absentDone')}</div>
        {c.present && c.items.some((i) => !i.held || !i.working) && (
          <ul class="rd-done-items small">
            {c.items
              .filter((i) => !i.held || !i.working)
              .map((i) => {
                const item = line.items.find((x) => x.id === i.item_id);
                return (
                  <li data-item-id={i.item_id}>
                    {item ? `${kindLabel(kinds, item.kind)} ${item.serial}` : `#${i.item_id}`}: {i.held ? t('notWorking') : t('notHeldShort')}
                  </li>
                );
              })}
          </ul>
        )}
        <CheckedBy by={c.checked_by} at={c.checked_at} user={user} />
        {error && (
          <p class="notice small" role="status">
            {error}
          </p>
        )}
      </li>
    );
  }

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await checkPerson(inspectionId, p.id, buildPersonCheck(draft, line.items));
      onSaved({ ...line, ...saved, person: saved.person ?? line.person, items: saved.items ?? line.items });
    } catch (e) {
      setError(errorText(e));
      // Answered meanwhile (another phone): show the answer that counts.
      if (e instanceof ApiError && e.status === 409) onStale();
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class={`card rd-check${draft.present ? '' : ' absent'}`} data-person-id={p.id} data-done="false">
      {head}
      <Segmented
        name="present"
        value={draft.present ? 'present' : 'absent'}
        disabled={!canRun || busy}
        options={[
          { value: 'present', label: t('present'), tone: 'yes' },
          { value: 'absent', label: t('absent'), tone: 'no' },
        ]}
        onChange={(v) => setDraft((d) => ({ ...d, present: v === 'present' }))}
      />
      {draft.present &&
        (line.items.length ? (
          <ul class="rd-kit">
            {line.items.map((i) => {
              const a = draft.items[i.id] ?? { held: true, working: true };
              return (
                <li data-item-id={i.id} class={a.held && a.working ? '' : 'bad'}>
                  <div class="rd-kit-name">
                    {kindLabel(kinds, i.kind)} <span class="mono muted small">{i.serial}</span>
                    {i.condition !== 'baik' && (
                      <span class="small rd-register"> · {t('registerSays', { cond: labelOf('cond', i.condition).toLowerCase() })}</span>
                    )}
                  </div>
                  <div class="rd-kit-toggles">
                    <Toggle
                      on={a.held}
                      disabled={!canRun || busy}
                      testid="held"
                      negative={t('notHeldShort')}
                      onChange={(v) => setDraft((d) => setAnswer(d, i.id, 'held', v))}
                    >
                      {t('held')}
                    </Toggle>
                    <Toggle
                      on={a.working}
                      disabled={!canRun || busy || !a.held}
                      testid="working"
                      negative={t('notWorking')}
                      onChange={(v) => setDraft((d) => setAnswer(d, i.id, 'working', v))}
                    >
                      {t('working')}
                    </Toggle>
                  </div>
                </li>
              );
            })}
          </ul>
        ) : (
          <p class="muted small">{t('noKit')}</p>
        ))}
      {error && (
        <div class="form-error" role="alert">
          {error}
        </div>
      )}
      {canRun && (
        <button type="button" class="btn btn-primary btn-block rd-save" disabled={busy} data-testid="rd-person-save" onClick={() => void save()}>
          {busy ? t('saving') : t('save')}
        </button>
      )}
    </li>
  );
}

function VehicleCard({
  inspectionId,
  line,
  kinds,
  canRun,
  user,
  onSaved,
  onStale,
}: {
  inspectionId: number;
  line: VehicleLine;
  kinds: Kinds;
  canRun: boolean;
  user: User;
  onSaved: (line: VehicleLine) => void;
  onStale: () => void;
}) {
  const v = line.vehicle;
  const [draft, setDraft] = useState<VehicleDraft>(() => initialVehicleDraft(v));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fid = (f: string) => `f-veh${v.id}-${f}`;
  const head = (
    <div class="rd-card-head">
      <div>
        <strong class="rd-card-name rd-plate">{v.plate || v.serial}</strong>
        <div class="muted small">
          {kindLabel(kinds, v.kind)} · <span class="mono">{v.serial}</span>
        </div>
      </div>
      {line.check && <span class="tag tag-ok rd-done-tag">✓ {t('doneTag')}</span>}
    </div>
  );

  if (line.check) {
    const c = line.check;
    const fit = c.fit ?? vehicleFit(c.condition, c.fuel_percent);
    return (
      <li class={`card rd-check done${fit ? '' : ' absent'}`} data-vehicle-id={v.id} data-done="true">
        {head}
        <div class="rd-done-line">
          <span class={`tag ${fit ? 'tag-ok' : 'tag-bad'}`}>{fit ? t('fit') : t('unfit')}</span>{' '}
          {t('vehicleDone', {
            cond: labelOf('cond', c.condition),
            fuel: c.fuel_percent,
            lights: c.lights_ok ? t('ok') : t('notOk'),
            docs: c.documents_ok ? t('ok') : t('notOk'),
          })}
        </div>
        <CheckedBy by={c.checked_by} at={c.checked_at} user={user} />
        {formError && (
          <p class="notice small" role="status">
            {formError}
          </p>
        )}
      </li>
    );
  }

  const save = async () => {
    const built = buildVehicleCheck(draft);
    if (!built.ok) {
      setErrors({ [built.field]: t(built.error) });
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const saved = await checkVehicle(inspectionId, v.id, built.input);
      onSaved({ ...line, ...saved, vehicle: saved.vehicle ?? line.vehicle });
    } catch (e) {
      const split = fieldErrors(e, ['condition', 'fuel_percent', 'lights_ok', 'documents_ok']);
      setErrors(split.field);
      setFormError(split.form);
      if (e instanceof ApiError && e.status === 409) onStale();
    } finally {
      setBusy(false);
    }
  };
  const disabled = !canRun || busy;
  const fuelNumber = /^\d+$/.test(draft.fuel) ? Number(draft.fuel) : 0;

  return (
    <li class="card rd-check" data-vehicle-id={v.id} data-done="false">
      {head}
      <div class={`field${errors.condition ? ' field-invalid' : ''}`}>
        <label for={fid('condition')}>{t('field_condition')}</label>
        <select
          id={fid('condition')}
          name="condition"
          value={draft.condition}
          disabled={disabled}
          onChange={(e) => setDraft((d) => ({ ...d, condition: e.currentTarget.value as ItemCondition }))}
        >
          {CONDITIONS.map((c) => (
            <option value={c}>{labelOf('cond', c)}</option>
          ))}
        </select>
        {errors.condition && (
          <small class="field-error" role="alert" data-field-error="condition">
            {errors.condition}
          </small>
        )}
      </div>
      <div class={`field${errors.fuel_percent ? ' field-invalid' : ''}`}>
        <label for={fid('fuel')}>{t('field_fuel')}</label>
        <div class="rd-fuel-input">
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={fuelNumber}
            disabled={disabled}
            aria-label={t('field_fuel')}
            data-testid="rd-fuel-range"
            onInput={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, fuel: value }));
              setErrors((x) => ({ ...x, fuel_percent: '' }));
            }}
          />
          <input
            id={fid('fuel')}
            name="fuel_percent"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            value={draft.fuel}
            disabled={disabled}
            aria-invalid={!!errors.fuel_percent}
            data-testid="rd-fuel"
            onInput={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, fuel: value }));
              setErrors((x) => ({ ...x, fuel_percent: '' }));
            }}
          />
        </div>
        {errors.fuel_percent && (
          <small class="field-error" role="alert" data-field-error="fuel_percent">
            {errors.fuel_percent}
          </small>
        )}
      </div>
      <div class="rd-kit-toggles">
        <Toggle on={draft.lights_ok} disabled={disabled} testid="lights" onChange={(on) => setDraft((d) => ({ ...d, lights_ok: on }))}>
          {t('lights')}
        </Toggle>
        <Toggle on={draft.documents_ok} disabled={disabled} testid="documents" onChange={(on) => setDraft((d) => ({ ...d, documents_ok: on }))}>
          {t('documents')}
        </Toggle>
      </div>
      {formError && (
        <div class="form-error" role="alert">
          {formError}
        </div>
      )}
      {canRun && (
        <button type="button" class="btn btn-primary btn-block rd-save" disabled={busy} data-testid="rd-vehicle-save" onClick={() => void save()}>
          {busy ? t('saving') : t('save')}
        </button>
      )}
    </li>
  );
}

function CloseForm({ sheet, progress, onClosed }: { sheet: InspectionSheet; progress: Progress; onClosed: (s: InspectionSheet) => void }) {
  const [result, setResult] = useState<InspectionResult | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const complete = progress.peopleChecked === progress.people && progress.vehiclesChecked === progress.vehicles;
  const preview = complete
    ? computedResult(
        sheet.people.map((l) => l.check!),
        sheet.vehicles.map((l) => l.check!),
      )
    : null;

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const closed = await closeInspection(sheet.inspection.id, result || null, note);
      showFlash(t('closedOk', { result: labelOf('result', closed.result) }));
      onClosed({ ...sheet, inspection: closed });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card rd-close" onSubmit={submit} noValidate data-testid="rd-close-form">
      <h2>{t('closeTitle')}</h2>
      {!complete && (
        <p class="muted small" data-testid="rd-remaining">
          {t('remaining', {
            people: formatNumber(progress.people - progress.peopleChecked),
            vehicles: formatNumber(progress.vehicles - progress.vehiclesChecked),
          })}
        </p>
      )}
      <div class="field">
        <label for="f-close-result">{t('resultLabel')}</label>
        <select id="f-close-result" value={result} onChange={(e) => setResult(e.currentTarget.value as InspectionResult | '')}>
          <option value="">{t('resultAuto', { result: preview ? labelOf('result', preview) : '…' })}</option>
          {RESULTS.map((r) => (
            <option value={r}>{labelOf('result', r)}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-close-note">{t('resultNote')}</label>
        <textarea id="f-close-note" rows={2} maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      {error && (
        <div class="form-error" role="alert" data-testid="rd-close-error">
          {error}
        </div>
      )}
      <button type="submit" class="btn btn-primary btn-block" disabled={busy} data-testid="rd-close-submit">
        {busy ? t('saving') : t('closeSubmit')}
      </button>
    </form>
  );
}

export default function Runner({ id, unit }: { id: number; unit: string }) {
  const user = currentUser()!;
  const kinds = useKinds();
  const { state, reload } = useAsync((signal) => inspection(id, signal), [id]);
  const [sheet, setSheet] = useState<InspectionSheet | null>(null);
  const [filter, setFilter] = useState<'all' | 'open'>('all');
  useEffect(() => {
    if (state.status === 'ok') setSheet(state.data);
  }, [state]);

  if (!sheet || sheet.inspection.id !== id) {
    if (state.status === 'error') return <ErrorBox error={state.error} onRetry={reload} />;
    return <Loading />;
  }
  const ins = sheet.inspection;
  const closed = ins.status === 'ditutup';
  const canRun = can(user, 'run_inspection') && !closed;
  const progress: Progress = {
    people: sheet.people.length,
    peopleChecked: sheet.people.filter((l) => l.check).length,
    vehicles: sheet.vehicles.length,
    vehiclesChecked: sheet.vehicles.filter((l) => l.check).length,
  };
  const started = (s: InspectionSheet): InspectionSheet =>
    s.inspection.status === 'direncanakan' ? { ...s, inspection: { ...s.inspection, status: 'berlangsung' } } : s;
  const savePerson = (line: PersonLine) =>
    setSheet((s) => s && started({ ...s, people: s.people.map((l) => (l.person.id === line.person.id ? line : l)) }));
  const saveVehicle = (line: VehicleLine) =>
    setSheet((s) => s && started({ ...s, vehicles: s.vehicles.map((l) => (l.vehicle.id === line.vehicle.id ? line : l)) }));
  const people = filter === 'open' ? sheet.people.filter((l) => !l.check) : sheet.people;
  const vehicles = filter === 'open' ? sheet.vehicles.filter((l) => !l.check) : sheet.vehicles;

  return (
    <div class="rd-runner" data-testid="rd-runner" data-inspection-id={ins.id} data-status={ins.status}>
      <Link href={hrefFor('/apel', unit)} class="rd-back">
        {t('back')}
      </Link>
      <div class="card rd-runner-head">
        <h2 class="rd-h1">{ins.title}</h2>
        <p class="muted small">
          {ins.unit.name} · {formatDay(ins.date)} · <StatusBadge status={ins.status} />
        </p>
        <p class="muted small">{t('plannedBy', { by: ins.planned_by, at: formatDateTime(ins.planned_at, user.time_zone) })}</p>
        {closed && (
          <p class="rd-closed" data-testid="rd-closed">
            <ResultBadge result={ins.result} /> {t('closedInfo', { by: ins.closed_by ?? '', at: formatDateTime(ins.closed_at, user.time_zone) })}
            {ins.result_note && <span class="block">{ins.result_note}</span>}
          </p>
        )}
        {closed ? (
          <p class="notice">{t('readOnly')}</p>
        ) : (
          !can(user, 'run_inspection') && <p class="notice">{t('noRunPermission')}</p>
        )}
      </div>

      <div class="rd-progress" data-testid="rd-progress" data-people-checked={progress.peopleChecked} data-vehicles-checked={progress.vehiclesChecked}>
        <span class="rd-progress-text">{progressText(progress)}</span>
        <Bar share={progressShare(progress)} tone="neutral" />
        <div class="seg rd-filter" role="group" aria-label={t('show')}>
          {(['all', 'open'] as const).map((f) => (
            <button type="button" class={`seg-btn${filter === f ? ' active' : ''}`} aria-pressed={filter === f} data-filter={f} onClick={() => setFilter(f)}>
              {f === 'all' ? t('showAll') : t('showOpen')}
            </button>
          ))}
        </div>
      </div>

      <h2 class="rd-section">
        {t('peopleSection')} ({formatNumber(progress.peopleChecked)}/{formatNumber(progress.people)})
      </h2>
      <ul class="rd-checks" data-testid="rd-people-checks">
        {people.map((l) => (
          <PersonCard
            key={l.person.id}
            inspectionId={ins.id}
            line={l}
            kinds={kinds}
            canRun={canRun}
            user={user}
            onSaved={savePerson}
            onStale={reload}
          />
        ))}
      </ul>

      <h2 class="rd-section">
        {t('vehiclesSection')} ({formatNumber(progress.vehiclesChecked)}/{formatNumber(progress.vehicles)})
      </h2>
      <ul class="rd-checks" data-testid="rd-vehicle-checks">
        {vehicles.map((l) => (
          <VehicleCard
            key={l.vehicle.id}
            inspectionId={ins.id}
            line={l}
            kinds={kinds}
            canRun={canRun}
            user={user}
            onSaved={saveVehicle}
            onStale={reload}
          />
        ))}
      </ul>
      {filter === 'open' && !people.length && !vehicles.length && <p class="notice ok">{t('allDone')}</p>}

      {canRun && <CloseForm sheet={sheet} progress={progress} onClosed={setSheet} />}
    </div>
  );
}
