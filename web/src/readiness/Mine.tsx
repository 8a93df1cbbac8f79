// Barang saya: the logged-in officer's own record — what they hold, and the
// handovers waiting for them to confirm receipt.

import { useState } from 'preact/hooks';
import { ApiError } from '../core/api';
import { showFlash } from '../core/flash';
import { currentUser } from '../core/session';
import { formatDateTime } from '../core/time';
import { errorText, ErrorBox, Loading, useAsync } from '../core/ui';
import { acknowledgeHandover, myPerson } from './api';
import { kindLabel, useKinds } from './parts';
import { AbsenceList, HandoverList, ItemsTable } from './PersonPage';
import type { Handover } from './types';
import { labelOf, t } from './words';

function Pending({ h, kinds, onDone }: { h: Handover; kinds: ReturnType<typeof useKinds>; onDone: () => void }) {
  const user = currentUser()!;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = `${kindLabel(kinds, h.kind)} ${h.serial}`;
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await acknowledgeHandover(h.id);
      showFlash(t('acknowledged', { item: name }));
      onDone();
    } catch (e) {
      setError(errorText(e));
      if (e instanceof ApiError && e.status === 409) onDone();
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="card rd-pending" data-handover-id={h.id}>
      <strong>{kindLabel(kinds, h.kind)}</strong> <span class="mono">{h.serial}</span>
      <div class="muted small">{t('handedBy', { by: h.handed_by, at: formatDateTime(h.handed_at, user.time_zone) })}</div>
      {error && (
        <small class="field-error" role="alert">
          {error}
        </small>
      )}
      <button type="button" class="btn btn-primary btn-block" disabled={busy} data-testid="rd-acknowledge" onClick={() => void confirm()}>
        {busy ? t('saving') : t('acknowledge')}
      </button>
    </li>
  );
}

export default function Mine() {
  const kinds = useKinds();
  const { state, reload } = useAsync((signal) => myPerson(signal), []);
  if (state.status === 'error' && !state.data) {
    if (state.error instanceof ApiError && state.error.status === 404) {
      return (
        <div data-testid="rd-mine">
          <h2 class="rd-h1">{t('mineTitle')}</h2>
          <p class="notice" data-testid="rd-not-linked">
            {t('notLinked')}
          </p>
        </div>
      );
    }
    return <ErrorBox error={state.error} onRetry={reload} />;
  }
  const p = state.data;
  if (!p) return <Loading />;
  const pending = p.handovers.filter((h) => !h.acknowledged_at);
  return (
    <div data-testid="rd-mine" data-person-id={p.id}>
      <h2 class="rd-h1">{t('mineTitle')}</h2>
      <p class="muted">
        {p.rank} {p.name} · NRP <span class="mono">{p.nrp}</span> · {p.function_label || labelOf('fn', p.function)}
      </p>
      <section class="rd-pending-section">
        <h2>{t('pendingTitle')}</h2>
        {pending.length ? (
          <ul class="rd-checks" data-testid="rd-pending">
            {pending.map((h) => (
              <Pending key={h.id} h={h} kinds={kinds} onDone={reload} />
            ))}
          </ul>
        ) : (
          <p class="muted">{t('noPending')}</p>
        )}
      </section>
      <section class="card">
        <h2>{t('itemsTitle')}</h2>
        <ItemsTable items={p.items} testid="rd-mine-items" />
      </section>
      <section class="card">
        <h2>{t('absencesTitle')}</h2>
        <AbsenceList absences={p.absences} />
      </section>
      <section class="card">
        <h2>{t('handoversTitle')}</h2>
        <HandoverList handovers={p.handovers} kinds={kinds} />
      </section>
    </div>
  );
}
