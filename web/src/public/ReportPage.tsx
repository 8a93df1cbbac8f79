// /lapor: a citizen reports a disturbance, no login. One column, big touch
// targets, usable at 375 px. The kinds of incident come from the server; the
// place from the device or a tap on the map; name, phone and photo may stay
// empty. The answer is a tracking code, shown big, with the link to its
// status page. A retry of the same report reuses its Idempotency-Key.

import { useState } from 'preact/hooks';
import { Link } from '../core/router';
import { ErrorBox, Loading, PageTitle, useAsync } from '../core/ui';
import { incidentTypes, submitPublicReport } from '../incidents/api';
import { ReportFields } from '../incidents/ReportFields';
import type { PublicReceipt } from '../incidents/types';
import { useReportForm } from '../incidents/useReportForm';
import { formatWait } from '../incidents/values';
import { t } from './words';
import { trackHref } from './values';

function Receipt({ receipt, onAnother }: { receipt: PublicReceipt; onAnother: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <section class="public-card receipt" data-testid="report-receipt" role="status" aria-live="polite">
      <h1>{t('thanksTitle')}</h1>
      <p>{t('thanksText')}</p>
      <p class="tracking-code" data-testid="tracking-code">
        {receipt.tracking_code}
      </p>
      <div class="public-actions">
        {typeof navigator !== 'undefined' && navigator.clipboard && (
          <button
            type="button"
            class="btn btn-big"
            data-testid="copy-code"
            onClick={() =>
              void navigator.clipboard.writeText(receipt.tracking_code).then(
                () => setCopied(true),
                () => undefined,
              )
            }
          >
            {copied ? t('copied') : t('copy')}
          </button>
        )}
        <Link href={trackHref(receipt.tracking_code)} class="btn btn-primary btn-big" data-testid="track-link">
          {t('trackLink')}
        </Link>
        <button type="button" class="btn btn-big" data-testid="report-another" onClick={onAnother}>
          {t('another')}
        </button>
      </div>
    </section>
  );
}

export function ReportPage() {
  const types = useAsync((signal) => incidentTypes(signal), []);
  const form = useReportForm();
  const [receipt, setReceipt] = useState<PublicReceipt | null>(null);

  if (receipt) {
    return (
      <Receipt
        receipt={receipt}
        onAnother={() => {
          form.reset();
          setReceipt(null);
        }}
      />
    );
  }

  const submit = async (e: Event) => {
    e.preventDefault();
    if (form.busy || form.waitSeconds > 0) return;
    const r = await form.submit(submitPublicReport);
    if (r) {
      setReceipt(r);
      window.scrollTo(0, 0);
    }
  };

  return (
    <form class="public-card report-form" onSubmit={submit} noValidate data-testid="report-form">
      <PageTitle>{t('reportTitle')}</PageTitle>
      <p class="muted">{t('reportIntro')}</p>
      {types.state.status === 'loading' && <Loading />}
      {types.state.status === 'error' && <ErrorBox error={types.state.error} onRetry={types.reload} />}
      {types.state.status === 'ok' && (
        <>
          <ReportFields
            draft={form.draft}
            onChange={form.change}
            errors={form.errors}
            setError={form.setError}
            types={types.state.data}
            outlines={false}
          />
          <p class="hint">{t('privacy')}</p>
          {form.waitSeconds > 0 && (
            <div class="form-error" role="alert" data-testid="report-rate-limited" data-wait={form.waitSeconds}>
              {t('rateLimited', { wait: formatWait(form.waitSeconds) })}
            </div>
          )}
          {form.formError && (
            <div class="form-error" role="alert" data-testid="report-error">
              {form.formError}
            </div>
          )}
          <button
            type="submit"
            class="btn btn-primary btn-block btn-big"
            disabled={form.busy || form.waitSeconds > 0}
            data-testid="report-submit"
          >
            {form.busy ? t('sending') : t('send')}
          </button>
          <p class="hint">{t('retryHint')}</p>
        </>
      )}
    </form>
  );
}
