// What changed from one version to another: by default against the version
// this one is based on (?against=ID picks another). Officers removed (sick,
// out), assigned, released to reserve or moved, each with the posts and first
// TPS before and after; posts kept, new and gone.

import { formatNumber } from '../core/i18n';
import { setQuery, useLocation } from '../core/router';
import { DataTable } from '../core/table';
import { AsyncView, useAsync } from '../core/ui';
import { diff as fetchDiff, plans } from './api';
import type { DiffChange, Plan, PlanHeader } from './types';
import { groupChanges, hasPosts } from './values';
import { labelOf, t } from './words';

function Where({ post, tps }: { post: number | null | undefined; tps: string | null | undefined }) {
  if (post === null || post === undefined) return <span class="muted">{t('reservePost')}</span>;
  return (
    <span>
      {t('postN', { n: post })}
      {tps && <small class="muted"> · {tps}</small>}
    </span>
  );
}

export function DiffView({ plan }: { plan: Plan }) {
  const loc = useLocation();
  const q = loc.query.get('against');
  const against = q && /^\d+$/.test(q) ? Number(q) : (plan.based_on ?? null);
  const versions = useAsync((signal) => plans(plan.unit_code, signal), [plan.unit_code]);
  const others: PlanHeader[] =
    versions.state.status === 'ok' ? versions.state.data.filter((p) => p.id !== plan.id && hasPosts(p.status)) : [];
  const result = useAsync((signal) => (against === null ? Promise.resolve(null) : fetchDiff(plan.id, against, signal)), [plan.id, against]);
  const versionOf = (id: number) => versions.state.data?.find((p) => p.id === id)?.version ?? id;

  return (
    <section class="card dp-diff" data-testid="dp-diff" data-against={against ?? ''}>
      <div class="filters">
        <label class="filter">
          {t('diffAgainst')}
          <select value={against ?? ''} data-testid="dp-diff-against" onChange={(e) => setQuery({ against: e.currentTarget.value || null })}>
            {against === null && <option value="">—</option>}
            {against !== null && !others.some((p) => p.id === against) && <option value={against}>{t('versionN', { n: versionOf(against) })}</option>}
            {others.map((p) => (
              <option value={p.id}>
                {t('versionN', { n: p.version })} · {labelOf('status', p.status)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {against === null ? (
        <p class="muted" data-testid="dp-diff-none">
          {t('diffNoBase')}
        </p>
      ) : (
        <AsyncView state={result.state} onRetry={result.reload}>
          {(d) =>
            d && (
              <>
                <h2>{t('diffTitle', { from: versionOf(d.from), to: versionOf(d.to) })}</h2>
                <p class="dp-diff-counts" data-testid="dp-diff-counts" data-changes={d.changes.length} data-unchanged={d.unchanged}>
                  {t('diffCounts', {
                    unchanged: formatNumber(d.unchanged),
                    changes: formatNumber(d.changes.length),
                    kept: formatNumber(d.posts_kept),
                    new: formatNumber(d.posts_new),
                    gone: formatNumber(d.posts_gone),
                  })}
                </p>
                {d.changes.length === 0 ? (
                  <p class="muted">{t('noChanges')}</p>
                ) : (
                  groupChanges(d.changes).map((g) => (
                    <div class="dp-change-group" data-change={g.kind} data-count={g.items.length}>
                      <h3>
                        {labelOf('change', g.kind)} ({formatNumber(g.items.length)})
                      </h3>
                      <DataTable<DiffChange>
                        testid={`dp-diff-${g.kind}`}
                        rows={g.items}
                        rowKey={(c) => c.nrp}
                        columns={[
                          {
                            key: 'name',
                            label: t('col_name'),
                            render: (c) => (
                              <span data-nrp={c.nrp} data-change={c.change}>
                                <strong>{c.name}</strong> <span class="muted">{c.rank}</span>
                              </span>
                            ),
                          },
                          { key: 'nrp', label: t('col_nrp'), render: (c) => c.nrp },
                          {
                            key: 'from',
                            label: t('versionN', { n: versionOf(d.from) }),
                            render: (c) => <Where post={c.from_post} tps={c.from_tps} />,
                          },
                          {
                            key: 'to',
                            label: t('versionN', { n: versionOf(d.to) }),
                            render: (c) =>
                              c.change === 'removed' ? <span class="dp-bad">{t('outside')}</span> : <Where post={c.to_post} tps={c.to_tps} />,
                          },
                        ]}
                      />
                    </div>
                  ))
                )}
              </>
            )
          }
        </AsyncView>
      )}
    </section>
  );
}
