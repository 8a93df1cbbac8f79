// The posts of a plan on the map with a side panel: a post chosen on the map
// (or named by ?post=N, e.g. from the shortfall list) shows its officers, TPS
// and Linmas. Filters: one sector, only posts short of officers.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../core/i18n';
import { setQuery, useLocation } from '../core/router';
import { type AsyncState, ErrorBox, Loading } from '../core/ui';
import { vulnClassColor } from '../vulnerability/colors';
import { PostMapController } from './map';
import { classLabel } from './parts';
import { PostDetails } from './PostPanel';
import type { Plan, Post } from './types';
import { CLASSES, filterPosts, sectorsOf } from './values';
import { t } from './words';

function Legend() {
  return (
    <div class="dp-legend" data-testid="dp-legend">
      <ul class="legend-row">
        {CLASSES.map((c) => (
          <li>
            <span class="swatch dot" style={{ background: vulnClassColor(c) }} />
            {classLabel(c)}
          </li>
        ))}
        <li>
          <span class="swatch dot dp-swatch-short" />
          {t('legendShort')}
        </li>
        <li>
          <span class="dp-swatch-dash" />
          {t('legendStretched')}
        </li>
      </ul>
      <small class="muted">{t('legendPost')}</small>
    </div>
  );
}

function PostMap({
  posts,
  shown,
  selected,
  onSelect,
}: {
  posts: Post[];
  shown: Set<number> | null;
  selected: number | null;
  onSelect: (n: number) => void;
}) {
  const el = useRef<HTMLDivElement>(null);
  const ctl = useRef<PostMapController | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const c = new PostMapController(el.current!);
    ctl.current = c;
    c.onSelect = (p) => select.current(p.number);
    c.tooltip = (p) => `${t('postN', { n: p.number })} · ${p.sector_name} · ${classLabel(p.tps_class)}`;
    c.setPosts(posts);
    const onResize = () => c.invalidate();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      c.destroy();
      ctl.current = null;
    };
  }, [posts]);

  useEffect(() => ctl.current?.setShown(shown), [shown, posts]);

  const focused = useRef<number | null>(null);
  useEffect(() => {
    const c = ctl.current;
    if (!c) return;
    c.select(selected);
    // A post named from outside the map (the shortfall list) is brought into view once.
    if (selected !== null && focused.current !== selected) c.focus(selected);
    focused.current = selected;
  }, [selected, posts]);

  return <div class="dp-map" ref={el} data-testid="dp-map" role="application" aria-label={t('mapLabel')} />;
}

export function PostMapView({ plan, posts, onRetry }: { plan: Plan; posts: AsyncState<Post[] | null>; onRetry: () => void }) {
  const loc = useLocation();
  const sector = loc.query.get('sector') ?? '';
  const onlyShort = loc.query.get('short') === '1';
  const postParam = loc.query.get('post');
  const selected = postParam && /^\d+$/.test(postParam) ? Number(postParam) : null;
  const list = posts.status === 'ok' ? posts.data : null;
  const [fromMap, setFromMap] = useState(false);

  const sectors = useMemo(() => (list ? sectorsOf(list) : []), [list]);
  const visible = useMemo(() => (list ? filterPosts(list, sector, onlyShort) : []), [list, sector, onlyShort]);
  const shown = useMemo(() => (list && (sector || onlyShort) ? new Set(visible.map((p) => p.number)) : null), [list, visible, sector, onlyShort]);
  const post = list && selected !== null ? (list.find((p) => p.number === selected) ?? null) : null;

  const side = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // On a phone the panel lies under the map: bring it up when a post is chosen there.
    if (!post || !fromMap) return;
    if (window.matchMedia?.('(max-width: 1000px)').matches) side.current?.scrollIntoView?.({ block: 'start' });
  }, [post, fromMap]);

  if (posts.status === 'error') return <ErrorBox error={posts.error} onRetry={onRetry} />;
  if (!list) return <Loading label={t('loadingPosts')} />;

  return (
    <div class="dp-map-section" data-testid="dp-map-section">
      <div class="filters">
        <label class="filter">
          {t('filterSector')}
          <select value={sector} data-testid="dp-sector" onChange={(e) => setQuery({ sector: e.currentTarget.value || null })}>
            <option value="">{t('allSectors')}</option>
            {sectors.map((s) => (
              <option value={s.code}>{s.name}</option>
            ))}
          </select>
        </label>
        <label class="filter dp-check">
          <input type="checkbox" checked={onlyShort} data-testid="dp-only-short" onChange={(e) => setQuery({ short: e.currentTarget.checked ? '1' : null })} />
          {t('onlyShort')}
        </label>
        <span class="muted small push-right" data-testid="dp-posts-count" data-count={visible.length}>
          {t('postsShown', { n: formatNumber(visible.length) })}
        </span>
      </div>
      <div class="dp-main">
        <div class="dp-map-col">
          <PostMap
            posts={list}
            shown={shown}
            selected={selected}
            onSelect={(n) => {
              setFromMap(true);
              setQuery({ post: n });
            }}
          />
          <Legend />
        </div>
        <aside class="dp-side" ref={side} data-testid="dp-side">
          {post ? (
            <>
              <header class="dp-side-head">
                <h2 data-testid="dp-post-title">{t('postN', { n: post.number })}</h2>
                <button type="button" class="btn btn-ghost" aria-label="×" data-testid="dp-post-close" onClick={() => setQuery({ post: null })}>
                  ×
                </button>
              </header>
              <PostDetails post={post} patterns={plan.patterns} />
            </>
          ) : (
            <p class="muted">{t('pickPost')}</p>
          )}
        </aside>
      </div>
    </div>
  );
}
