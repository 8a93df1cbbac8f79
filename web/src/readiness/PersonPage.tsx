// One person: the items they hold, their absences and handovers; Bag Ren
// hands them an item of the unit ("Serahkan barang"), which waits for their
// acknowledgement.

import { useState } from 'preact/hooks';
import { Link } from '../core/router';
import { can, currentUser } from '../core/session';
import { DataTable } from '../core/table';
import { formatDateTime, formatDay } from '../core/time';
import { ErrorBox, Field, fieldErrors, Loading, useAsync } from '../core/ui';
import { handOver, person, unitItems } from './api';
import { CondBadge, FuelBar, hrefFor, kindLabel, useKinds } from './parts';
import type { Absence, Handover, Item, PersonDetail } from './types';
import { labelOf, t } from './words';

export function ItemsTable({ items, testid }: { items: Item[]; testid: string }) {
  if (!items.length) return <p class="muted" data-testid={testid}>{t('noItems')}</p>;
  return (
    <DataTable<Item>
      testid={testid}
      rows={items}
      rowKey={(i) => i.id}
      columns={[
        { key: 'kind', label: t('col_kind'), render: (i) => i.kind_label ?? i.kind },
        {
          key: 'serial',
          label: t('col_serial'),
          render: (i) => (
            <span class="mono" data-item-id={i.id}>
              {i.plate ? `${i.plate} · ` : ''}
              {i.serial}
            </span>
          ),
        },
        { key: 'condition', label: t('col_condition'), render: (i) => <CondBadge condition={i.condition} /> },
        {
          key: 'usable',
          label: t('col_usable'),
          render: (i) => (i.vehicle ? <FuelBar fuel={i.fuel_percent} /> : i.usable ? t('yes') : t('no')),
        },
      ]}
    />
  );
}

export function AbsenceList({ absences }: { absences: Absence[] }) {
  if (!absences.length) return <p class="muted">{t('noAbsences')}</p>;
  return (
    <ul class="rd-list" data-testid="rd-absences">
      {absences.map((a) => (
        <li>
          <strong>{a.kind_label ?? a.kind}</strong> · {t('fromTo', { from: formatDay(a.starts_on), to: formatDay(a.ends_on) })}
          {a.note && <span class="muted"> · {a.note}</span>}
        </li>
      ))}
    </ul>
  );
}

export function HandoverList({ handovers, kinds }: { handovers: Handover[]; kinds: ReturnType<typeof useKinds> }) {
  const user = currentUser()!;
  if (!handovers.length) return <p class="muted">{t('noHandovers')}</p>;
  return (
    <ul class="rd-list" data-testid="rd-handovers">
      {handovers.map((h) => (
        <li data-handover-id={h.id} data-pending={h.acknowledged_at ? 'false' : 'true'}>
          <strong>{kindLabel(kinds, h.kind)}</strong> <span class="mono">{h.serial}</span>
          <div class="muted small">
            {t('handedBy', { by: h.handed_by, at: formatDateTime(h.handed_at, user.time_zone) })} ·{' '}
            {h.acknowledged_at ? (
              t('acknowledgedAt', { at: formatDateTime(h.acknowledged_at, user.time_zone) })
            ) : (
              <span class="tag tag-wait">{t('pending')}</span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

function HandoverForm({ p, onDone }: { p: PersonDetail; onDone: () => void }) {
  const kinds = useKinds();
  const items = useAsync((signal) => unitItems(p.unit, null, signal), [p.unit]);
  const [itemId, setItemId] = useState('');
  const [error, setError] = useState<{ field: Record<string, string>; form: string | null }>({ field: {}, form: null });
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choices = items.state.status === 'ok' ? items.state.data.filter((i) => i.holder_id !== p.id) : [];
  const name = (i: Item) => `${i.kind_label ?? kindLabel(kinds, i.kind)} · ${i.plate ? `${i.plate} · ` : ''}${i.serial}`;
  const label = (i: Item) =>
    `${name(i)} (${i.holder_nrp ? t('heldBy', { nrp: i.holder_nrp }) : t('notHeld')}; ${labelOf('cond', i.condition).toLowerCase()})`;

  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    const chosen = choices.find((i) => String(i.id) === itemId);
    if (!chosen) {
      setError({ field: { item: t('itemRequired') }, form: null });
      return;
    }
    setBusy(true);
    setError({ field: {}, form: null });
    try {
      await handOver(chosen.id, p.nrp);
      setDone(t('handedOver', { item: name(chosen), name: p.name }));
      setItemId('');
      items.reload();
      onDone();
    } catch (err) {
      const split = fieldErrors(err, ['nrp', 'item']);
      setError(split.field.nrp ? { field: {}, form: split.field.nrp } : split);
    } finally {
      setBusy(false);
    }
  };

  const vehicles = choices.filter((i) => i.vehicle);
  const kit = choices.filter((i) => !i.vehicle);
  return (
    <form class="card rd-handover" onSubmit={submit} noValidate data-testid="rd-handover-form">
      <h2>{t('handoverTitle')}</h2>
      <p class="muted small">{t('handoverIntro', { name: p.name })}</p>
      {error.form && (
        <div class="form-error" role="alert">
          {error.form}
        </div>
      )}
      <Field name="handover-item" label={t('field_item')} error={error.field.item}>
        <select id="f-handover-item" value={itemId} onChange={(e) => setItemId(e.currentTarget.value)} data-testid="rd-handover-item">
          <option value="">{items.state.status === 'loading' ? '…' : t('chooseItem')}</option>
          {kit.length > 0 && (
            <optgroup label={t('kitGroup')}>
              {kit.map((i) => (
                <option value={String(i.id)}>{label(i)}</option>
              ))}
            </optgroup>
          )}
          {vehicles.length > 0 && (
            <optgroup label={t('vehiclesGroup')}>
              {vehicles.map((i) => (
                <option value={String(i.id)}>{label(i)}</option>
              ))}
            </optgroup>
          )}
        </select>
      </Field>
      <button type="submit" class="btn btn-primary" disabled={busy} data-testid="rd-handover-submit">
        {busy ? t('saving') : t('handoverSubmit')}
      </button>
      {done && (
        <p class="notice ok" role="status" data-testid="rd-handover-ok">
          {done}
        </p>
      )}
    </form>
  );
}

export default function PersonPage({ id, unit }: { id: number; unit: string }) {
  const user = currentUser()!;
  const kinds = useKinds();
  const { state, reload } = useAsync((signal) => person(id, signal), [id]);
  const p = state.data && state.data.id === id ? state.data : undefined;
  return (
    <div data-testid="rd-person" data-person-id={id}>
      <Link href={hrefFor('/personel', unit)} class="rd-back">
        {t('back')}
      </Link>
      {/* After a handover the person is asked again; what was shown stays meanwhile. */}
      {p ? (
        <>
          <div class="card rd-person-head">
            <h2 class="rd-h1">
              {p.rank} {p.name}
            </h2>
            <p class="muted">
              NRP <span class="mono">{p.nrp}</span> · {p.function_label || labelOf('fn', p.function)} · {p.unit}
              {p.phone && (
                <>
                  {' '}
                  · <a href={`tel:${p.phone}`}>{p.phone}</a>
                </>
              )}
            </p>
            {p.desa_binaan.length > 0 && (
              <p class="small">
                {t('col_desa')}: {p.desa_binaan.join(', ')}
              </p>
            )}
          </div>
          <section class="card">
            <h2>{t('itemsTitle')}</h2>
            <ItemsTable items={p.items} testid="rd-person-items" />
          </section>
          <section class="card">
            <h2>{t('absencesTitle')}</h2>
            <AbsenceList absences={p.absences} />
          </section>
          <section class="card">
            <h2>{t('handoversTitle')}</h2>
            <HandoverList handovers={p.handovers} kinds={kinds} />
          </section>
          {can(user, 'manage_readiness') && <HandoverForm p={p} onDone={reload} />}
        </>
      ) : state.status === 'error' ? (
        <ErrorBox error={state.error} onRetry={reload} />
      ) : (
        <Loading />
      )}
    </div>
  );
}
