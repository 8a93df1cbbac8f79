// Registry: lists of desa, TPS, strategic objects and units, object forms and
// CSV import. Sub-screens by path below /registri.

import { Link, matchPath } from '../core/router';
import { can, currentUser } from '../core/session';
import { PageTitle, useLang } from '../core/ui';
import type { PageProps } from '../nav';
import { DesaList } from './DesaList';
import { ImportPage } from './ImportPage';
import { ObjectForm } from './ObjectForm';
import { ObjectList } from './ObjectList';
import { TpsList } from './TpsList';
import { UnitList } from './UnitList';
import { t } from './words';

const TABS = [
  { path: '/desa', key: 'tab_desa' },
  { path: '/tps', key: 'tab_tps' },
  { path: '/objek', key: 'tab_objects' },
  { path: '/satuan', key: 'tab_units' },
  { path: '/impor', key: 'tab_import' },
] as const;

export default function RegistryPage({ subpath }: PageProps) {
  useLang();
  const user = currentUser()!;
  const sub = subpath === '/' ? '/desa' : subpath;
  let content;
  let m: Record<string, string> | null;
  if (sub === '/desa') content = <DesaList />;
  else if (sub === '/tps') content = <TpsList />;
  else if (sub === '/objek') content = <ObjectList />;
  else if (sub === '/objek/baru') content = <ObjectForm id={null} />;
  else if ((m = matchPath('/objek/:id', sub)) && /^\d+$/.test(m.id!)) content = <ObjectForm id={Number(m.id)} />;
  else if (sub === '/satuan') content = <UnitList />;
  else if (sub === '/impor') content = <ImportPage />;
  else content = <p class="state state-empty">404</p>;
  const tabs = TABS.filter((tab) => tab.path !== '/impor' || can(user, 'import_registry'));
  return (
    <section class="page registry">
      <PageTitle>{t('title')}</PageTitle>
      <nav class="tabs" aria-label={t('title')}>
        {tabs.map((tab) => {
          const active = sub === tab.path || sub.startsWith(tab.path + '/');
          return (
            <Link href={`/registri${tab.path}`} class={`tab${active ? ' active' : ''}`} aria-current={active ? 'page' : undefined}>
              {t(tab.key)}
            </Link>
          );
        })}
      </nav>
      {content}
    </section>
  );
}
