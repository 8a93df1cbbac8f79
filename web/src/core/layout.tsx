// The frame around every screen: header with the user's unit and role, the
// current election stage and the countdown to voting day, the navigation by
// capability (a drawer on phones), the language switch and log out.

import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Capability } from '../nav';
import { api } from './api';
import { Flash } from './flash';
import { getLang, pick } from './i18n';
import { Link, useLocation } from './router';
import { can, logOut } from './session';
import { countdownTo, formatDay } from './time';
import type { StagesResponse, User } from './types';
import { LangSwitch, useAsync } from './ui';
import { roleLabel, t } from './words';

function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

export function countdownText(votingDate: string | null | undefined, now: Date, user: User): string {
  const c = countdownTo(votingDate, now, user.time_zone);
  const date = formatDay(votingDate);
  switch (c.kind) {
    case 'none':
      return t('countdownNone');
    case 'today':
      return t('countdownToday', { date });
    case 'past':
      return t('countdownPast', { date });
    case 'future':
      return t('countdownFuture', { h: c.hMinus, days: c.days, hours: c.hours, minutes: c.minutes, date });
  }
}

function StageStatus({ user }: { user: User }) {
  const { state } = useAsync<StagesResponse>(() => api.stages(), [user.username]);
  const now = useNow(30_000);
  if (state.status === 'loading') return <span class="hdr-stage muted">{t('loading')}</span>;
  if (state.status === 'error') return <span class="hdr-stage muted" title={String(state.error)}>—</span>;
  const s = state.data;
  const countdown = countdownTo(s.voting_date, now, user.time_zone);
  return (
    <div class="hdr-stage" data-testid="stage-status">
      <span class="hdr-stage-name" data-testid="current-stage">
        <span class="muted">{t('stage')}: </span>
        {s.current ? pick(s.current.name, s.current.name_en) : t('noStage')}
      </span>
      <span class={`hdr-countdown countdown-${countdown.kind}`} data-testid="countdown">
        {countdownText(s.voting_date, now, user)}
      </span>
    </div>
  );
}

export function Layout({
  user,
  nav,
  children,
}: {
  user: User;
  nav: Capability[];
  children: ComponentChildren;
}) {
  const loc = useLocation();
  const [open, setOpen] = useState(false);
  const lang = getLang();
  useEffect(() => setOpen(false), [loc.path]);
  const visible = nav.filter((c) => !c.permission || can(user, c.permission));
  return (
    <div class="shell">
      <header class="hdr">
        <div class="hdr-top">
          <button
            type="button"
            class="hdr-burger"
            aria-label={t('menu')}
            aria-expanded={open}
            aria-controls="main-nav"
            onClick={() => setOpen(!open)}
          >
            <span />
            <span />
            <span />
          </button>
          <Link href="/" class="brand">
            <span class="brand-mark">SIAGA</span>
            <span class="brand-sub">{t('appTagline')}</span>
          </Link>
          <nav id="main-nav" class={`nav${open ? ' open' : ''}`} aria-label={t('menu')}>
            {visible.map((c) => {
              const active = loc.path === c.path || loc.path.startsWith(c.path + '/');
              return (
                <Link href={c.path} class={`nav-link${active ? ' active' : ''}`} aria-current={active ? 'page' : undefined}>
                  {c.label[lang]}
                </Link>
              );
            })}
          </nav>
          <div class="hdr-user" data-testid="user-info">
            <span class="hdr-unit" data-testid="user-unit">
              {user.unit_name}
            </span>
            <span class="hdr-role muted" data-testid="user-role">
              {user.username} · {roleLabel(user.role)} · {user.time_zone}
            </span>
          </div>
          <LangSwitch />
          <button type="button" class="btn btn-ghost hdr-logout" data-testid="logout" onClick={() => void logOut()}>
            {t('logout')}
          </button>
        </div>
        <StageStatus user={user} />
      </header>
      <main class="main" id="main">
        <Flash />
        {children}
      </main>
    </div>
  );
}
