// Where the plan is short: per sector the posts short of officers and how
// many each misses (never silently under-guarded), and the posts the degraded
// plan stretched. Then the reserve (cadangan / POH) per home unit.

import { formatNumber } from '../core/i18n';
import { Link } from '../core/router';
import { DataTable } from '../core/table';
import { type AsyncState, AsyncView, Loading, useAsync } from '../core/ui';
import { reserve as fetchReserve } from './api';
import { ClassBadge, planHref } from './parts';
import type { Officer, Plan, Post, ShortfallItem } from './types';
import { formatMeters, groupByUnit, shortfallBySector } from './values';
import { t } from './words';

function PostLink({ plan, n }: { plan: Plan; n: number }) {
  return (
    <Link href={planHref(plan.id, '', { post: n })} data-post={n}>
      {t('postN', { n })}
    </Link>
  );
}

/** Longer lists of stretched posts start folded. */
const STRETCHED_OPEN = 20;

function Stretched({ plan, posts }: { plan: Plan; posts: AsyncState<Post[] | null> }) {
  if (posts.status === 'loading') return <Loading />;
  if (posts.status !== 'ok' || !posts.data) return null;
  const list = posts.data.filter((p) => p.stretched);
  return (
    <section class="card" data-testid="dp-stretched" data-count={list.length}>
      <h2>{t('stretchedTitle')}</h2>
      {list.length === 0 ? (
        <p class="muted">{t('noStretched')}</p>
      ) : (
        <details open={list.length <= STRETCHED_OPEN} data-testid="dp-stretched-list">
          <summary>
            {t('stretchedCount', { n: formatNumber(list.length) })} <span class="muted small">{t('stretchedIntro')}</span>
          </summary>
          <DataTable<Post>
            rows={list}
            rowKey={(p) => p.number}
            columns={[
              { key: 'post', label: t('col_post'), render: (p) => <PostLink plan={plan} n={p.number} /> },
              { key: 'sector', label: t('col_sector'), render: (p) => p.sector_name || p.sector_code },
              { key: 'class', label: t('col_class'), render: (p) => <ClassBadge cls={p.tps_class} /> },
              { key: 'tps', label: t('col_tps'), class: 'num', render: (p) => formatNumber(p.tps.length) },
              { key: 'tour', label: t('tour'), class: 'num', render: (p) => formatMeters(p.tour_m) },
              {
                key: 'missing',
                label: t('col_missing'),
                class: 'num',
                render: (p) => (p.officers_missing > 0 ? <span class="dp-bad">{formatNumber(p.officers_missing)}</span> : '0'),
              },
            ]}
          />
        </details>
      )}
    </section>
  );
}

export function ShortfallPanel({ plan, posts }: { plan: Plan; posts: AsyncState<Post[] | null> }) {
  const items = plan.shortfall ?? [];
  const groups = shortfallBySector(items);
  const missing = items.reduce((n, i) => n + i.officers_missing, 0);
  const stretched = posts.status === 'ok' && posts.data ? new Set(posts.data.filter((p) => p.stretched).map((p) => p.number)) : new Set<number>();
  return (
    <>
      <section class="card dp-shortfall" data-testid="dp-shortfall" data-posts={items.length} data-missing={missing}>
        <h2>{t('shortfallTitle')}</h2>
        {groups.length === 0 ? (
          <p class="muted" data-testid="dp-no-shortfall">
            {t('noShortfall')}
          </p>
        ) : (
          <>
            <p class="dp-bad-line">{t('shortfallLine', { missing: formatNumber(missing), posts: formatNumber(items.length) })}</p>
            {groups.map((g) => (
              <details class="dp-sector" data-sector={g.sector_code} data-missing={g.missing} open={groups.length <= 3}>
                <summary>
                  <strong>{g.sector_name || g.sector_code}</strong>{' '}
                  <span class="muted">{t('sectorLine', { posts: formatNumber(g.posts.length), missing: formatNumber(g.missing) })}</span>
                </summary>
                <DataTable<ShortfallItem>
                  rows={g.posts}
                  rowKey={(i) => i.post}
                  columns={[
                    {
                      key: 'post',
                      label: t('col_post'),
                      render: (i) => (
                        <>
                          <PostLink plan={plan} n={i.post} />
                          {stretched.has(i.post) && <span class="tag tag-wait">{t('stretched')}</span>}
                        </>
                      ),
                    },
                    { key: 'class', label: t('col_class'), render: (i) => <ClassBadge cls={i.tps_class} /> },
                    { key: 'first', label: t('col_first_tps'), render: (i) => i.first_tps },
                    { key: 'missing', label: t('col_missing'), class: 'num', render: (i) => <span class="dp-bad">{formatNumber(i.officers_missing)}</span> },
                  ]}
                />
              </details>
            ))}
          </>
        )}
      </section>
      <Stretched plan={plan} posts={posts} />
    </>
  );
}

export function ReserveList({ plan }: { plan: Plan }) {
  const { state, reload } = useAsync((signal) => fetchReserve(plan.id, signal), [plan.id]);
  const counts = plan.reserve_by_unit ?? [];
  return (
    <section class="card dp-reserve" data-testid="dp-reserve">
      <h2>{t('reserveTitle')}</h2>
      {counts.length > 0 && (
        <ul class="dp-reserve-counts" data-testid="dp-reserve-counts">
          {counts.map((c) => (
            <li data-unit={c.unit_code} data-count={c.count}>
              {c.unit_name || c.unit_code}: <strong>{formatNumber(c.count)}</strong>
            </li>
          ))}
        </ul>
      )}
      <AsyncView state={state} onRetry={reload} isEmpty={(d) => d.length === 0} empty={t('noReserve')}>
        {(officers) => (
          <>
            <p class="muted" data-testid="dp-reserve-total" data-count={officers.length}>
              {t('reserveLine', { n: formatNumber(officers.length) })}
            </p>
            {groupByUnit(officers).map((g) => (
              <div class="dp-reserve-unit" data-unit={g.unit_code}>
                <h3>
                  {g.unit_name} ({formatNumber(g.officers.length)})
                </h3>
                <DataTable<Officer>
                  rows={g.officers}
                  rowKey={(o) => o.nrp}
                  columns={[
                    { key: 'name', label: t('col_name'), render: (o) => o.name },
                    { key: 'rank', label: t('col_rank'), render: (o) => o.rank },
                    { key: 'nrp', label: t('col_nrp'), render: (o) => o.nrp },
                  ]}
                />
              </div>
            ))}
          </>
        )}
      </AsyncView>
    </section>
  );
}
