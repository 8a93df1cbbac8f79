// Replan: officers out (sick, called away) and BKO arriving make a new
// version that changes as few assignments as it can. The server answers 202
// with the new plan (running); its screen follows the run and then lists the
// changes against this one.

import { useState } from 'preact/hooks';
import { ApiError } from '../core/api';
import { getLang } from '../core/i18n';
import { navigate } from '../core/router';
import { errorText, Field } from '../core/ui';
import { replan } from './api';
import { planHref } from './parts';
import type { Plan } from './types';
import { canReplanStatus, knownField, parseNrps } from './values';
import { t } from './words';

const FIELDS = ['reason', 'unavailable', 'bko'] as const;
type FieldName = (typeof FIELDS)[number];

export function ReplanForm({ plan }: { plan: Plan }) {
  const [reason, setReason] = useState('');
  const [unavailable, setUnavailable] = useState('');
  const [bko, setBko] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!canReplanStatus(plan.status)) {
    return (
      <section class="card" data-testid="dp-replan">
        <h2>{t('replanTitle')}</h2>
        <p class="muted">{t('replanNotAllowed')}</p>
      </section>
    );
  }

  const clear = (f: FieldName) => setErrors((e) => ({ ...e, [f]: undefined }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const out = parseNrps(unavailable);
    const extra = parseNrps(bko);
    const local: Partial<Record<FieldName, string>> = {};
    if (!reason.trim()) local.reason = t('reasonRequired');
    if (out.invalid.length) local.unavailable = t('badNrps', { list: out.invalid.join(', ') });
    if (extra.invalid.length) local.bko = t('badNrps', { list: extra.invalid.join(', ') });
    if (Object.keys(local).length) {
      setErrors(local);
      setFormError(null);
      const first = FIELDS.find((f) => local[f]);
      if (first) document.getElementById(`f-replan-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const next = await replan(plan.id, { reason, unavailable: out.nrps, bko: extra.nrps });
      navigate(planHref(next.id));
    } catch (err) {
      const field = err instanceof ApiError ? knownField(err.field, FIELDS) : null;
      if (err instanceof ApiError && field) {
        setErrors({ [field]: err.text(getLang()) });
        document.getElementById(`f-replan-${field}`)?.focus();
      } else setFormError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <form class="card dp-replan" data-testid="dp-replan" noValidate onSubmit={submit}>
      <h2>{t('replanTitle')}</h2>
      <p class="muted small">{t('replanIntro')}</p>
      {formError && (
        <div class="form-error" role="alert" data-testid="dp-replan-error">
          {formError}
        </div>
      )}
      <Field name="replan-reason" label={t('reason')} error={errors.reason} hint={t('replanReasonHint')}>
        <input
          id="f-replan-reason"
          value={reason}
          maxLength={500}
          aria-invalid={!!errors.reason}
          aria-describedby={errors.reason ? 'f-replan-reason-error' : undefined}
          onInput={(e) => {
            setReason(e.currentTarget.value);
            clear('reason');
          }}
        />
      </Field>
      <div class="field-row">
        <Field name="replan-unavailable" label={t('unavailable')} error={errors.unavailable} hint={t('unavailableHint')}>
          <textarea
            id="f-replan-unavailable"
            rows={3}
            value={unavailable}
            aria-invalid={!!errors.unavailable}
            aria-describedby={errors.unavailable ? 'f-replan-unavailable-error' : undefined}
            onInput={(e) => {
              setUnavailable(e.currentTarget.value);
              clear('unavailable');
            }}
          />
        </Field>
        <Field name="replan-bko" label={t('bko')} error={errors.bko} hint={t('bkoHint')}>
          <textarea
            id="f-replan-bko"
            rows={3}
            value={bko}
            aria-invalid={!!errors.bko}
            aria-describedby={errors.bko ? 'f-replan-bko-error' : undefined}
            onInput={(e) => {
              setBko(e.currentTarget.value);
              clear('bko');
            }}
          />
        </Field>
      </div>
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" disabled={busy} data-testid="dp-replan-submit">
          {busy ? t('creating') : t('replanButton')}
        </button>
      </div>
    </form>
  );
}
