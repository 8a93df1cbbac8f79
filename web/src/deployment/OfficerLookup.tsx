// One officer's assignment in this plan, by NRP (?nrp= keeps it linkable):
// the post with its TPS, partners and Linmas, or the reserve.

import { useState } from 'preact/hooks';
import { ApiError } from '../core/api';
import { setQuery, useLocation } from '../core/router';
import { ErrorBox, Field, Loading, useAsync } from '../core/ui';
import { officer as fetchOfficer } from './api';
import { PostDetails } from './PostPanel';
import type { Plan } from './types';
import { parseNrps } from './values';
import { t } from './words';

export function OfficerLookup({ plan }: { plan: Plan }) {
  const loc = useLocation();
  const nrp = loc.query.get('nrp') ?? '';
  const [text, setText] = useState(nrp);
  const [error, setError] = useState<string | null>(null);
  const result = useAsync((signal) => (nrp ? fetchOfficer(plan.id, nrp, signal) : Promise.resolve(null)), [plan.id, nrp]);

  let body = null;
  if (nrp) {
    const s = result.state;
    if (s.status === 'loading') body = <Loading />;
    else if (s.status === 'error') {
      body =
        s.error instanceof ApiError && s.error.status === 404 ? (
          <p class="notice" data-testid="dp-officer-none">
            {t('officerNotFound', { nrp })}
          </p>
        ) : (
          <ErrorBox error={s.error} onRetry={result.reload} />
        );
    } else if (s.data) {
      const a = s.data;
      body = (
        <div class="dp-officer-result" data-testid="dp-officer-result" data-nrp={a.officer.nrp} data-post={a.post?.number ?? ''}>
          <p>
            <strong>{a.officer.name}</strong> <span class="muted">{a.officer.rank}</span> · NRP {a.officer.nrp} · {a.officer.unit_name || a.officer.unit_code}
          </p>
          {a.post ? (
            <>
              <p class="notice ok">{t('officerAt', { name: a.officer.name, post: a.post.number })}</p>
              <PostDetails post={a.post} patterns={plan.patterns} />
            </>
          ) : (
            <p class="notice">{t('officerInReserve', { name: a.officer.name })}</p>
          )}
        </div>
      );
    }
  }

  return (
    <section class="card dp-officer" data-testid="dp-officer">
      <h2>{t('officerTitle')}</h2>
      <form
        class="dp-inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const parsed = parseNrps(text);
          if (parsed.invalid.length || parsed.nrps.length !== 1) {
            setError(t('badNrps', { list: text.trim() || '—' }));
            return;
          }
          setError(null);
          setQuery({ nrp: parsed.nrps[0] });
          result.reload();
        }}
      >
        <Field name="nrp" label={t('nrp')} error={error}>
          <input
            id="f-nrp"
            inputMode="numeric"
            value={text}
            aria-invalid={!!error}
            data-testid="dp-officer-nrp"
            onInput={(e) => {
              setText(e.currentTarget.value);
              setError(null);
            }}
          />
        </Field>
        <button type="submit" class="btn btn-primary" data-testid="dp-officer-find">
          {t('find')}
        </button>
      </form>
      {body}
    </section>
  );
}
