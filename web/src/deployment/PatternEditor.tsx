// The unit's guard pattern (pola pengamanan TPS): per class P Polri per post,
// T TPS per post, L Linmas per TPS, TNI per post and the largest distance
// between two TPS of one post. The form checks what the server checks; the
// server's 422 names the field ("rawan.officers") and its message is shown
// under that field.

import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../core/api';
import { getLang } from '../core/i18n';
import { can, currentUser } from '../core/session';
import { AsyncView, errorText, Field, useAsync } from '../core/ui';
import { patterns as fetchPatterns, savePatterns } from './api';
import { ClassBadge } from './parts';
import { PATTERN_FIELDS, type PatternView } from './types';
import {
  CLASSES,
  fieldKey,
  knownField,
  nationalPattern2020,
  PATTERN_KEYS,
  patternLabel,
  patternToForm,
  validatePatternForm,
  type PatternForm,
} from './values';
import { t } from './words';

function Editor({ view, onSaved }: { view: PatternView; onSaved: (v: PatternView) => void }) {
  const user = currentUser()!;
  const editable = can(user, 'manage_deployment');
  const [form, setForm] = useState<PatternForm>(() => patternToForm(view.patterns));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => setForm(patternToForm(view.patterns)), [view]);

  const set = (key: string, value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => {
      const { [key]: _gone, ...rest } = e;
      return rest;
    });
    setSaved(false);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    setFormError(null);
    const checked = validatePatternForm(form);
    if (!checked.set) {
      setErrors(checked.errors);
      setFormError(t('fixErrors'));
      const first = PATTERN_KEYS.find((k) => checked.errors[k]);
      if (first) document.getElementById(`f-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const v = await savePatterns(view.unit_code, checked.set);
      setSaved(true);
      onSaved(v);
    } catch (err) {
      const field = err instanceof ApiError ? knownField(err.field, PATTERN_KEYS) : null;
      if (err instanceof ApiError && field) {
        setErrors({ [field]: err.text(getLang()) });
        document.getElementById(`f-${field}`)?.focus();
      } else {
        setFormError(errorText(err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="dp-pattern" data-testid="dp-pattern" noValidate onSubmit={submit}>
      <p class="muted">{t('patternIntro')}</p>
      {view.is_default && (
        <p class="notice" data-testid="dp-pattern-default">
          {t('patternDefault')}
        </p>
      )}
      {!editable && <p class="notice">{t('patternReadOnly')}</p>}
      {formError && (
        <div class="form-error" role="alert" data-testid="dp-pattern-error">
          {formError}
        </div>
      )}
      <div class="dp-pattern-grid">
        {CLASSES.map((c) => {
          const now = validatePatternForm(form).set?.[c];
          return (
            <fieldset class="card dp-pattern-class" data-class={c}>
              <legend>
                <ClassBadge cls={c} /> <span class="dp-ptl" data-testid={`dp-ptl-${c}`}>{now ? patternLabel(now) : '—'}</span>
              </legend>
              {PATTERN_FIELDS.map((f) => {
                const key = fieldKey(c, f);
                return (
                  <Field name={key} label={t(`field_${f}`)} error={errors[key]}>
                    <input
                      id={`f-${key}`}
                      name={key}
                      inputMode={f === 'max_distance_m' ? 'decimal' : 'numeric'}
                      value={form[key] ?? ''}
                      disabled={!editable}
                      aria-invalid={!!errors[key]}
                      aria-describedby={errors[key] ? `f-${key}-error` : undefined}
                      onInput={(e) => set(key, e.currentTarget.value)}
                    />
                  </Field>
                );
              })}
            </fieldset>
          );
        })}
      </div>
      {editable && (
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={busy} data-testid="dp-pattern-save">
            {busy ? t('saving') : t('save')}
          </button>
          <button
            type="button"
            class="btn"
            disabled={busy}
            data-testid="dp-pattern-national"
            onClick={() => {
              setForm(patternToForm(nationalPattern2020()));
              setErrors({});
              setFormError(null);
              setSaved(false);
            }}
          >
            {t('resetDefaults')}
          </button>
        </div>
      )}
      {saved && (
        <p class="notice ok" role="status" data-testid="dp-pattern-saved">
          {t('patternSaved')}
        </p>
      )}
    </form>
  );
}

export function PatternEditor({ unit }: { unit: string }) {
  const { state, reload } = useAsync((signal) => fetchPatterns(unit, signal), [unit]);
  const [latest, setLatest] = useState<PatternView | null>(null);
  useEffect(() => setLatest(null), [unit]);
  const shown = latest && latest.unit_code === unit ? { status: 'ok' as const, data: latest } : state;
  return (
    <section class="card dp-pattern-page" data-testid="dp-pattern-page">
      <AsyncView state={shown} onRetry={reload}>
        {(view) => (
          <>
            <h2>{t('patternTitle', { unit: view.unit_name || view.unit_code })}</h2>
            <Editor view={view} onSaved={setLatest} />
          </>
        )}
      </AsyncView>
    </section>
  );
}
