// Login: Bahasa Indonesia by default, English one click away (remembered).
// Wrong password and lock-out are told in words, never as codes.

import { useState } from 'preact/hooks';
import { ApiError } from '../core/api';
import { getLang } from '../core/i18n';
import { Link } from '../core/router';
import { logIn } from '../core/session';
import { errorText, LangSwitch } from '../core/ui';
import { t as common } from '../core/words';
import { t } from './words';

function loginError(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.status === 401) return t('wrongPassword');
    if (e.status === 423) return `${t('locked')} ${t('lockedDetail', { message: e.text(getLang()) })}`;
    if (e.status === 422) return t('required');
  }
  return errorText(e);
}

export default function LoginPage({ expired }: { expired: boolean }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [show, setShow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; locked: boolean } | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setError({ text: t('required'), locked: false });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await logIn(username.trim(), password);
    } catch (err) {
      setError({ text: loginError(err), locked: err instanceof ApiError && err.status === 423 });
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="login-wrap">
      <form class="login-card" onSubmit={submit} noValidate data-testid="login-form">
        <div class="login-head">
          <div class="brand-mark big">SIAGA</div>
          <LangSwitch />
        </div>
        <h1>{t('title')}</h1>
        <p class="muted">{t('intro')}</p>
        {expired && !error && (
          <div class="notice" role="status">
            {common('sessionExpired')}
          </div>
        )}
        {error && (
          <div class={`login-error${error.locked ? ' locked' : ''}`} role="alert" data-testid="login-error">
            {error.text}
          </div>
        )}
        <div class="field">
          <label for="login-username">{t('username')}</label>
          <input
            id="login-username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellcheck={false}
            value={username}
            onInput={(e) => setUsername(e.currentTarget.value)}
            autoFocus
          />
        </div>
        <div class="field">
          <label for="login-password">{t('password')}</label>
          <input
            id="login-password"
            name="password"
            type={show ? 'text' : 'password'}
            autoComplete="current-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
          <label class="check">
            <input type="checkbox" checked={show} onChange={(e) => setShow(e.currentTarget.checked)} /> {t('showPassword')}
          </label>
        </div>
        <button type="submit" class="btn btn-primary btn-block" disabled={busy} data-testid="login-submit">
          {busy ? t('submitting') : t('submit')}
        </button>
        <p class="login-public" style={{ textAlign: 'center', margin: '1rem 0 0' }}>
          <Link href="/lapor" data-testid="login-report-link">
            {t('reportLink')}
          </Link>
        </p>
        <p class="login-foot muted">{t('footer')}</p>
      </form>
    </div>
  );
}
