// The root: session gate, layout, and the capability that owns the path.

import { useEffect } from 'preact/hooks';
import { Layout } from './core/layout';
import { navigate, useLocation } from './core/router';
import { can, loadSession, session } from './core/session';
import { useStore } from './core/store';
import { ErrorBox, Loading, PageTitle, useLang } from './core/ui';
import { t } from './core/words';
import LoginPage from './login/LoginPage';
import { capabilities, capabilityFor, HOME } from './nav';
import { isPublicPath, PublicPage } from './public/entry';

export function App() {
  useLang(); // every screen re-renders in the new language
  const state = useStore(session);
  const loc = useLocation();

  const atEntry = loc.path === '/' || loc.path === '/masuk';
  useEffect(() => {
    if (state.status === 'user' && atEntry) {
      const next = loc.query.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : HOME, { replace: true });
    }
  }, [state.status, atEntry]);

  // The citizen's pages (/lapor, /lacak) open without a login.
  if (isPublicPath(loc.path)) return <PublicPage path={loc.path} />;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorBox error={state.error} onRetry={() => void loadSession()} />;
  if (state.status === 'anonymous') return <LoginPage expired={state.expired} />;
  if (atEntry) return <Loading />;

  const user = state.user;
  const cap = capabilityFor(loc.path);
  let content;
  if (!cap) {
    content = (
      <section class="page">
        <PageTitle>{t('notFoundTitle')}</PageTitle>
        <p>{t('notFoundText')}</p>
      </section>
    );
  } else if (cap.permission && !can(user, cap.permission)) {
    content = (
      <section class="page">
        <PageTitle>{cap.label.id}</PageTitle>
        <div class="state state-error" role="alert">
          {t('noPermission')}
        </div>
      </section>
    );
  } else {
    const Page = cap.component;
    content = <Page subpath={loc.path.slice(cap.path.length) || '/'} />;
  }
  return (
    <Layout user={user} nav={capabilities}>
      {content}
    </Layout>
  );
}
