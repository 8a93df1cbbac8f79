// The frame of the public pages: no login, no navigation of the command
// post; the brand, the language switch, and the page.
//   /lapor          the report form
//   /lacak          ask a tracking code
//   /lacak/CODE     the status of one report

import { useEffect } from 'preact/hooks';
import { Link, matchPath } from '../core/router';
import { LangSwitch, useLang } from '../core/ui';
import { ReportPage } from './ReportPage';
import { TrackPage } from './TrackPage';
import { t } from './words';
import '../incidents/incidents.css';
import './public.css';

export default function PublicPage({ path }: { path: string }) {
  useLang();
  useEffect(() => {
    document.body.classList.add('public-body');
    return () => document.body.classList.remove('public-body');
  }, []);
  let content;
  let m: Record<string, string> | null;
  if (path === '/lapor' || path === '/lapor/') content = <ReportPage />;
  else if ((m = matchPath('/lacak/:code', path))) content = <TrackPage code={m.code!} />;
  else content = <TrackPage code="" />;
  return (
    <div class="public-shell" data-testid="public-page">
      <header class="public-hdr">
        <Link href="/lapor" class="public-brand">
          <span class="brand-mark">SIAGA</span>
          <span class="public-brand-sub">{t('brandSub')}</span>
        </Link>
        <LangSwitch />
      </header>
      <main class="public-main">{content}</main>
      <footer class="public-foot">
        <Link href="/lapor">{t('toReport')}</Link>
        <Link href="/lacak">{t('trackTitle')}</Link>
        <Link href="/">{t('toLogin')}</Link>
      </footer>
    </div>
  );
}
