// Kesiapan: how ready each unit is and what is broken where. The board
// (figure, reasons, subordinate units) lives in this chunk; the other
// screens load on first use:
//   /kesiapan                  board          ?unit=CODE&function=samapta
//   /kesiapan/personel         people of the unit, /personel/:id one person
//   /kesiapan/kendaraan        vehicles with fuel and condition
//   /kesiapan/apel             readiness parades, /apel/:id the checklist
//   /kesiapan/laporan          defect and fuel reports
//   /kesiapan/saya             the logged-in officer's items and handovers

import { useEffect, useRef } from 'preact/hooks';
import { lazyPage } from '../core/lazy';
import { Link, matchPath, useLocation } from '../core/router';
import { currentUser } from '../core/session';
import { PageTitle, useLang } from '../core/ui';
import type { PageProps } from '../nav';
import { Board, RecapLinks } from './Board';
import { hrefFor } from './parts';
import { t } from './words';
import './readiness.css';

const People = lazyPage<{ unit: string }>(() => import('./People'));
const PersonPage = lazyPage<{ id: number; unit: string }>(() => import('./PersonPage'));
const Vehicles = lazyPage<{ unit: string }>(() => import('./Vehicles'));
const Inspections = lazyPage<{ unit: string }>(() => import('./Inspections'));
const Runner = lazyPage<{ id: number; unit: string }>(() => import('./Runner'));
const Defects = lazyPage<{ unit: string }>(() => import('./Defects'));
const Mine = lazyPage<Record<string, never>>(() => import('./Mine'));

const TABS = [
  { sub: '/', key: 'tab_board' },
  { sub: '/personel', key: 'tab_people' },
  { sub: '/kendaraan', key: 'tab_vehicles' },
  { sub: '/apel', key: 'tab_inspections' },
  { sub: '/laporan', key: 'tab_defects' },
  { sub: '/saya', key: 'tab_mine' },
] as const;

export default function ReadinessPage({ subpath }: PageProps) {
  useLang();
  const user = currentUser()!;
  const loc = useLocation();
  const unit = loc.query.get('unit') || user.unit_code;
  const sub = subpath || '/';
  const tabs = useRef<HTMLElement>(null);

  // On a phone the tabs scroll sideways: keep the open one in sight.
  useEffect(() => {
    const bar = tabs.current;
    const active = bar?.querySelector<HTMLElement>('.tab.active');
    if (!bar || !active || bar.scrollWidth <= bar.clientWidth) return;
    const left = active.offsetLeft - bar.offsetLeft;
    if (left < bar.scrollLeft || left + active.offsetWidth > bar.scrollLeft + bar.clientWidth) {
      bar.scrollLeft = Math.max(0, left - (bar.clientWidth - active.offsetWidth) / 2);
    }
  }, [sub]);

  let content;
  let m: Record<string, string> | null;
  if (sub === '/') content = <Board unit={unit} />;
  else if (sub === '/personel') content = <People unit={unit} />;
  else if ((m = matchPath('/personel/:id', sub)) && /^\d+$/.test(m.id!)) content = <PersonPage id={Number(m.id)} unit={unit} />;
  else if (sub === '/kendaraan') content = <Vehicles unit={unit} />;
  else if (sub === '/apel') content = <Inspections unit={unit} />;
  else if ((m = matchPath('/apel/:id', sub)) && /^\d+$/.test(m.id!)) content = <Runner id={Number(m.id)} unit={unit} />;
  else if (sub === '/laporan') content = <Defects unit={unit} />;
  else if (sub === '/saya') content = <Mine />;
  else content = <p class="state state-empty">404</p>;

  return (
    <section class="page rd-page" data-testid="readiness-page" data-unit={unit} data-sub={sub}>
      <PageTitle actions={sub === '/' ? <RecapLinks unit={unit} /> : undefined}>{t('title')}</PageTitle>
      <nav class="tabs rd-tabs" aria-label={t('title')} ref={tabs}>
        {TABS.map((tab) => {
          const active = tab.sub === '/' ? sub === '/' : sub === tab.sub || sub.startsWith(tab.sub + '/');
          return (
            <Link
              href={tab.sub === '/saya' ? hrefFor('/saya', user.unit_code) : hrefFor(tab.sub, unit)}
              class={`tab${active ? ' active' : ''}`}
              aria-current={active ? 'page' : undefined}
              data-tab={tab.sub}
            >
              {t(tab.key)}
            </Link>
          );
        })}
      </nav>
      {content}
    </section>
  );
}
