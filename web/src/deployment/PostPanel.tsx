// One guard post: its class and pattern, its Polri officers (name, rank, NRP,
// home unit), its TPS (code, desa, address, class), its Linmas and TNI.

import { formatNumber } from '../core/i18n';
import { ClassBadge } from './parts';
import type { PatternSet, Post } from './types';
import { formatMeters, patternLabel } from './values';
import { t } from './words';

export function PostDetails({ post, patterns }: { post: Post; patterns?: Partial<PatternSet> | undefined }) {
  const pattern = patterns?.[post.tps_class];
  const have = post.officers.length;
  return (
    <div class="dp-post" data-testid="dp-post" data-post={post.number}>
      <div class="dp-post-meta">
        <ClassBadge cls={post.tps_class} />
        {pattern && (
          <span class="tag" title={t('pattern')}>
            {patternLabel(pattern)}
          </span>
        )}
        {post.officers_missing > 0 && (
          <span class="tag tag-bad" data-testid="dp-post-short">
            {t('short', { n: formatNumber(post.officers_missing) })}
          </span>
        )}
        {post.stretched && (
          <span class="tag tag-wait" data-testid="dp-post-stretched">
            {t('stretched')}
          </span>
        )}
      </div>
      <dl class="dp-dl">
        <dt>{t('sector')}</dt>
        <dd>{post.sector_name || post.sector_code}</dd>
        <dt>{t('tour')}</dt>
        <dd>{formatMeters(post.tour_m)}</dd>
      </dl>

      <h3>{t('officersTitle', { have: formatNumber(have), need: formatNumber(post.officers_needed) })}</h3>
      {have === 0 ? (
        <p class="muted">{t('noOfficers')}</p>
      ) : (
        <ul class="dp-people" data-testid="dp-post-officers">
          {post.officers.map((o) => (
            <li data-nrp={o.nrp}>
              <strong>{o.name}</strong> <span class="muted">{o.rank}</span>
              <br />
              <small>
                NRP {o.nrp} · {o.unit_name || o.unit_code}
              </small>
            </li>
          ))}
        </ul>
      )}

      {post.tni && post.tni.length > 0 && (
        <>
          <h3>{t('tniTitle', { n: formatNumber(post.tni.length) })}</h3>
          <ul class="dp-people" data-testid="dp-post-tni">
            {post.tni.map((p) => (
              <li>
                {p.name} {p.rank && <span class="muted">{p.rank}</span>}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('tpsTitle', { n: formatNumber(post.tps.length) })}</h3>
      <ul class="dp-tps" data-testid="dp-post-tps">
        {post.tps.map((x) => (
          <li data-tps={x.code}>
            <strong>{x.code}</strong> <ClassBadge cls={x.tps_class} />
            <br />
            <small>
              {x.desa_name}
              {x.address ? ` · ${x.address}` : ''}
            </small>
          </li>
        ))}
      </ul>

      <h3>{t('linmasTitle', { have: formatNumber(post.linmas_assigned), need: formatNumber(post.linmas_needed) })}</h3>
      {post.linmas.length === 0 ? (
        <p class="muted">{t('noLinmas')}</p>
      ) : (
        <ul class="dp-linmas" data-testid="dp-post-linmas">
          {post.linmas.map((l) => (
            <li>{l.name}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
