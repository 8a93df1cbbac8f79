// Pengamanan TPS: the deployment planner's screens.
//   /pengamanan                       plans of the unit (?unit=CODE), "Buat rencana"
//   /pengamanan/pola                  the unit's guard pattern (P-T-L per class)
//   /pengamanan/rencana/:id           one plan: progress while it runs, then its
//                                     summary, warnings, approval, Sprin and:
//        (map)                         posts on the map, a post's people on click
//        /kekurangan                   shortfall per sector, stretched posts
//        /cadangan                     reserve per unit
//        /perubahan?against=ID         diff against the version it is based on
//        /personel?nrp=NRP             one officer's assignment
//        /ubah                         replan: a new version

import { Link, matchPath, useLocation } from '../core/router';
import { currentUser } from '../core/session';
import { PageTitle, useLang } from '../core/ui';
import type { PageProps } from '../nav';
import { hrefFor } from './parts';
import { PatternEditor } from './PatternEditor';
import { PlanList } from './PlanList';
import { PlanPage, PLAN_TABS, type PlanTab } from './PlanPage';
import { t } from './words';
import './deployment.css';

const TABS = [
  { sub: '/', key: 'tab_plans' },
  { sub: '/pola', key: 'tab_pattern' },
] as const;

function planTab(s: string | undefined): PlanTab | null {
  if (s === undefined) return 'map';
  const found = PLAN_TABS.find((p) => p.sub === `/${s}`);
  return found ? found.tab : null;
}

export default function DeploymentPage({ subpath }: PageProps) {
  useLang();
  const user = currentUser()!;
  const loc = useLocation();
  const unit = loc.query.get('unit') || user.unit_code;
  const sub = subpath || '/';

  let content;
  let m: Record<string, string> | null;
  let onPlans = sub === '/';
  if (sub === '/') content = <PlanList unit={unit} />;
  else if (sub === '/pola') content = <PatternEditor unit={unit} />;
  else if (
    ((m = matchPath('/rencana/:id', sub)) || (m = matchPath('/rencana/:id/:tab', sub))) &&
    /^\d+$/.test(m.id!) &&
    planTab(m.tab) !== null
  ) {
    onPlans = true;
    content = <PlanPage id={Number(m.id)} tab={planTab(m.tab)!} />;
  } else content = <p class="state state-empty">404</p>;

  return (
    <section class="page dp-page" data-testid="deployment-page" data-unit={unit} data-sub={sub}>
      <PageTitle>{t('title')}</PageTitle>
      <nav class="tabs dp-tabs" aria-label={t('title')}>
        {TABS.map((tab) => {
          const active = tab.sub === '/' ? onPlans : sub === tab.sub;
          return (
            <Link href={hrefFor(tab.sub, unit)} class={`tab${active ? ' active' : ''}`} aria-current={active ? 'page' : undefined} data-tab={tab.sub}>
              {t(tab.key)}
            </Link>
          );
        })}
      </nav>
      {content}
    </section>
  );
}
