// The vehicles of a unit: fuel as a bar (red under 25 %), condition, fit or
// not; Bag Ren corrects condition, fuel and odometer (PATCH /items/{id}),
// the server's complaint shown next to the field it names.

import { useState } from 'preact/hooks';
import { showFlash } from '../core/flash';
import { formatNumber } from '../core/i18n';
import { can, currentUser } from '../core/session';
import { formatDay } from '../core/time';
import { AsyncView, Field, fieldErrors, useAsync } from '../core/ui';
import { unitItems, updateItem } from './api';
import { CondBadge, FuelBar, useUnitName } from './parts';
import { CONDITIONS, type Item, type ItemCondition, type ItemPatch } from './types';
import { FUEL_LOW, vehicleFit } from './values';
import { labelOf, t } from './words';

const FIELDS = ['condition', 'fuel_percent', 'odometer_km'] as const;
type FieldName = (typeof FIELDS)[number];

function isFit(v: Item): boolean {
  return v.fit ?? vehicleFit(v.condition, v.fuel_percent);
}

function EditForm({ v, onSaved, onCancel }: { v: Item; onSaved: (v: Item) => void; onCancel: () => void }) {
  const [condition, setCondition] = useState<ItemCondition>(v.condition);
  const [fuel, setFuel] = useState(v.fuel_percent === null || v.fuel_percent === undefined ? '' : String(v.fuel_percent));
  const [odometer, setOdometer] = useState(v.odometer_km === null || v.odometer_km === undefined ? '' : String(v.odometer_km));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `f-v${v.id}-${f}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    const patch: ItemPatch = {};
    const local: Partial<Record<FieldName, string>> = {};
    if (condition !== v.condition) patch.condition = condition;
    // Whole numbers only here; the range (0..100) is the server's to judge,
    // and its message comes back next to the field.
    if (fuel.trim() !== '') {
      if (!/^-?\d+$/.test(fuel.trim())) local.fuel_percent = t('fuelRange');
      else if (Number(fuel) !== v.fuel_percent) patch.fuel_percent = Number(fuel);
    } else if (v.fuel_percent !== null && v.fuel_percent !== undefined) {
      local.fuel_percent = t('fuelRequired');
    }
    if (odometer.trim() !== '') {
      if (!/^\d+$/.test(odometer.trim())) local.odometer_km = t('odometerInvalid');
      else if (Number(odometer) !== v.odometer_km) patch.odometer_km = Number(odometer);
    }
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length) return;
    if (!Object.keys(patch).length) {
      onCancel();
      return;
    }
    setBusy(true);
    try {
      const after = await updateItem(v.id, patch);
      onSaved(after);
    } catch (err) {
      const split = fieldErrors(err, FIELDS);
      setErrors(split.field);
      setFormError(split.form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="rd-edit" onSubmit={submit} noValidate data-testid="rd-vehicle-form">
      {formError && (
        <div class="form-error" role="alert">
          {formError}
        </div>
      )}
      <Field name={`v${v.id}-condition`} label={t('field_condition')} error={errors.condition}>
        <select id={id('condition')} name="condition" value={condition} onChange={(e) => setCondition(e.currentTarget.value as ItemCondition)}>
          {CONDITIONS.map((c) => (
            <option value={c}>{labelOf('cond', c)}</option>
          ))}
        </select>
      </Field>
      <div class="field-row">
        <Field name={`v${v.id}-fuel_percent`} label={t('field_fuel')} error={errors.fuel_percent}>
          <input
            id={id('fuel_percent')}
            name="fuel_percent"
            type="number"
            inputMode="numeric"
            value={fuel}
            aria-invalid={!!errors.fuel_percent}
            onInput={(e) => {
              setFuel(e.currentTarget.value);
              setErrors((x) => ({ ...x, fuel_percent: undefined }));
            }}
          />
        </Field>
        <Field name={`v${v.id}-odometer_km`} label={t('field_odometer')} error={errors.odometer_km}>
          <input
            id={id('odometer_km')}
            name="odometer_km"
            type="number"
            inputMode="numeric"
            min={0}
            value={odometer}
            aria-invalid={!!errors.odometer_km}
            onInput={(e) => {
              setOdometer(e.currentTarget.value);
              setErrors((x) => ({ ...x, odometer_km: undefined }));
            }}
          />
        </Field>
      </div>
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" disabled={busy} data-testid="rd-vehicle-save">
          {busy ? t('saving') : t('save')}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function VehicleCard({ v, editable, onSaved }: { v: Item; editable: boolean; onSaved: (v: Item) => void }) {
  const [editing, setEditing] = useState(false);
  const fit = isFit(v);
  return (
    <li class={`card rd-vehicle${fit ? '' : ' unfit'}`} data-item-id={v.id} data-fit={fit ? 'true' : 'false'}>
      <div class="rd-vehicle-head">
        <strong class="rd-plate">{v.plate || v.serial}</strong>
        <span class={`tag ${fit ? 'tag-ok' : 'tag-bad'}`}>{fit ? t('fit') : t('unfit')}</span>
      </div>
      <div class="muted small">
        {v.kind_label ?? v.kind} · <span class="mono">{v.serial}</span>
      </div>
      <FuelBar fuel={v.fuel_percent} />
      <div class="rd-vehicle-meta small">
        <CondBadge condition={v.condition} />
        {v.odometer_km !== null && v.odometer_km !== undefined && <span>{t('km', { n: formatNumber(v.odometer_km) })}</span>}
        {v.service_date && (
          <span class="muted">
            {t('col_service')}: {formatDay(v.service_date)}
          </span>
        )}
      </div>
      {editable &&
        (editing ? (
          <EditForm
            v={v}
            onCancel={() => setEditing(false)}
            onSaved={(after) => {
              setEditing(false);
              onSaved(after);
            }}
          />
        ) : (
          <button type="button" class="btn rd-edit-btn" data-testid="rd-vehicle-edit" onClick={() => setEditing(true)}>
            {t('edit')}
          </button>
        ))}
    </li>
  );
}

export default function Vehicles({ unit }: { unit: string }) {
  const user = currentUser()!;
  const name = useUnitName(unit);
  const { state, reload } = useAsync((signal) => unitItems(unit, true, signal), [unit]);
  const [changed, setChanged] = useState<Record<number, Item>>({});
  const editable = can(user, 'manage_readiness');
  return (
    <div data-testid="rd-vehicles-page">
      <h2 class="rd-h1">
        {t('tab_vehicles')} · {name}
      </h2>
      <AsyncView state={state} onRetry={reload} isEmpty={(d) => d.length === 0} empty={t('noVehicles')}>
        {(list) => {
          const rows = list.map((v) => changed[v.id] ?? v);
          const fit = rows.filter(isFit).length;
          const low = rows.filter((v) => (v.fuel_percent ?? 0) < FUEL_LOW).length;
          // Unfit first, then the emptiest tanks.
          const sorted = [...rows].sort(
            (a, b) => Number(isFit(a)) - Number(isFit(b)) || (a.fuel_percent ?? -1) - (b.fuel_percent ?? -1) || a.id - b.id,
          );
          return (
            <>
              <p class="rd-vehicles-summary" data-testid="rd-vehicles-summary">
                {t('vehiclesSummary', { fit: formatNumber(fit), total: formatNumber(rows.length), low: formatNumber(low) })}
              </p>
              <ul class="rd-vehicle-list" data-testid="rd-vehicles">
                {sorted.map((v) => (
                  <VehicleCard
                    key={v.id}
                    v={v}
                    editable={editable}
                    onSaved={(after) => {
                      setChanged((c) => ({ ...c, [after.id]: after }));
                      showFlash(t('vehicleSaved', { plate: after.plate || after.serial }));
                    }}
                  />
                ))}
              </ul>
            </>
          );
        }}
      </AsyncView>
    </div>
  );
}
