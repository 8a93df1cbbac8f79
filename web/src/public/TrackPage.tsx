// /lacak/CODE: the status of one report and nothing else (no names, no
// place): what GET /public/reports/{code} answers. /lacak asks for a code.

import { useState } from 'preact/hooks';
import { ApiError } from '../core/api';
import { pick } from '../core/i18n';
import { navigate } from '../core/router';
import { formatDateTime } from '../core/time';
import { ErrorBox, Loading, PageTitle, useAsync } from '../core/ui';
import { publicReport } from '../incidents/api';
import { normalizeCode, statusTone } from '../incidents/values';
import { deviceZone, trackHref } from './values';
import { t } from './words';

function CodeForm({ initial }: { initial: string }) {
  const [code, setCode] = useState(initial);
  return (
    <form
      class="track-form"
      onSubmit={(e) => {
        e.preventDefault();
        const c = normalizeCode(code);
        if (c) navigate(trackHref(c));
      }}
    >
      <div class="field">
        <label for="f-code">{t('trackCode')}</label>
        <input
          id="f-code"
          value={code}
          autoCapitalize="characters"
          spellcheck={false}
          placeholder="LP-…"
          data-testid="track-code-input"
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="btn btn-primary btn-block btn-big" data-testid="track-submit">
        {t('trackButton')}
      </button>
    </form>
  );
}

function Status({ code }: { code: string }) {
  const { state, reload } = useAsync((signal) => publicReport(code, signal), [code]);
  if (state.status === 'loading' && !state.data) return <Loading />;
  if (state.status === 'error') {
    if (state.error instanceof ApiError && state.error.status === 404) {
      return (
        <div class="form-error" role="alert" data-testid="track-not-found">
          {t('trackNotFound')}
        </div>
      );
    }
    return <ErrorBox error={state.error} onRetry={reload} />;
  }
  const s = state.data!;
  return (
    <div class="track-status" data-testid="track-status" data-status={s.status}>
      <p class="tracking-code">{s.tracking_code}</p>
      <p>
        <span class="muted">{t('statusLabel')}: </span>
        <span class={`inc-chip inc-chip-${statusTone(s.status)} inc-chip-big`} data-testid="track-status-chip" data-status={s.status}>
          {pick(s.status_id, s.status_en)}
        </span>
      </p>
      <p class="muted" data-testid="track-updated">
        {t('updatedAt', { at: formatDateTime(s.updated_at, deviceZone()) })}
      </p>
      <button type="button" class="btn btn-big" data-testid="track-refresh" onClick={reload}>
        {t('refresh')}
      </button>
    </div>
  );
}

export function TrackPage({ code }: { code: string }) {
  const c = normalizeCode(code);
  return (
    <section class="public-card" data-testid="track-page">
      <PageTitle>{t('trackTitle')}</PageTitle>
      {c ? <Status code={c} /> : <p class="muted">{t('trackIntro')}</p>}
      <CodeForm initial={c} />
    </section>
  );
}
