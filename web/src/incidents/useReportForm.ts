// The state of a report form, shared by the citizen's and the operator's:
// the draft, the errors by field (the client's own checks, then the server's
// `error.field`), the rate limit's wait, and the Idempotency-Key: one per
// submission, reused when the same report is sent again after a network
// failure, a 5xx or a 429, new once the server has settled it.

import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, newIdempotencyKey } from '../core/api';
import { getLang } from '../core/i18n';
import { errorText } from '../core/ui';
import { PublicApiError } from './api';
import type { FieldErrors } from './ReportFields';
import type { ReportInput } from './types';
import {
  buildReport,
  DESCRIPTION_MAX,
  emptyDraft,
  formFieldOf,
  type KeyedBody,
  keepKeyAfter,
  keyForAttempt,
  type ReportDraft,
  type ReportField,
} from './values';
import { t } from './words';

export function useReportForm() {
  const [draft, setDraft] = useState<ReportDraft>(emptyDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Epoch ms until which the server asked us to wait (429). */
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const keyed = useRef<KeyedBody | null>(null);

  useEffect(() => {
    if (waitUntil === null) return;
    const id = setInterval(() => {
      const n = Date.now();
      setNow(n);
      if (n >= waitUntil) setWaitUntil(null);
    }, 1000);
    return () => clearInterval(id);
  }, [waitUntil]);

  const change = (patch: Partial<ReportDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    const touched = new Set<ReportField>();
    for (const k of Object.keys(patch)) {
      if (k === 'lat' || k === 'lon' || k === 'accuracy') touched.add('position');
      else touched.add(k as ReportField);
    }
    setErrors((e) => {
      const next = { ...e };
      for (const k of touched) delete next[k];
      return next;
    });
  };

  const setError = (field: ReportField, message: string | null) =>
    setErrors((e) => {
      const next = { ...e };
      if (message) next[field] = message;
      else delete next[field];
      return next;
    });

  /** Checks the draft, sends it with its key; the answer, or null after an error shown on the form. */
  async function submit<T, I extends ReportInput = ReportInput>(
    send: (input: I, key: string) => Promise<T>,
    extend: (input: ReportInput) => I = (i) => i as I,
  ): Promise<T | null> {
    const { input, problems } = buildReport(draft);
    if (!input) {
      const shown: FieldErrors = {};
      for (const [f, p] of Object.entries(problems) as [ReportField, string][]) {
        shown[f] = p === 'noPosition' ? t('noPosition') : p === 'tooLong' ? t('tooLong', { max: DESCRIPTION_MAX }) : t('required');
      }
      setErrors(shown);
      setFormError(null);
      const first = (['type', 'description', 'position'] as const).find((f) => shown[f]);
      if (first) document.getElementById(`f-${first}`)?.focus();
      return null;
    }
    const body = extend(input);
    keyed.current = keyForAttempt(keyed.current, JSON.stringify(body), newIdempotencyKey);
    setBusy(true);
    setFormError(null);
    setErrors({});
    try {
      const answer = await send(body, keyed.current.key);
      keyed.current = null;
      return answer;
    } catch (e) {
      if (!keepKeyAfter(e)) keyed.current = null;
      if (e instanceof PublicApiError && e.status === 429) {
        // Told as a countdown on the form, not as an error that outlives the wait.
        setWaitUntil(Date.now() + (e.retryAfter ?? 60) * 1000);
        setNow(Date.now());
        return null;
      }
      const field = e instanceof ApiError ? formFieldOf(e.field) : null;
      if (field) {
        setErrors({ [field]: (e as ApiError).text(getLang()) });
        document.getElementById(`f-${field}`)?.focus();
      } else setFormError(errorText(e));
      return null;
    } finally {
      setBusy(false);
    }
  }

  const reset = () => {
    setDraft(emptyDraft());
    setErrors({});
    setFormError(null);
    keyed.current = null;
  };

  const waitSeconds = waitUntil === null ? 0 : Math.max(0, Math.ceil((waitUntil - now) / 1000));
  return { draft, change, errors, setError, formError, busy, submit, reset, waitSeconds };
}
