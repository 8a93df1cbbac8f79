// Building blocks every screen uses: loading / empty / error states, a data
// hook that always ends in one of them, cursor paging, form fields that show
// the API's error next to the field it names.

import type { ComponentChildren, JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api';
import { formatNumber, getLang, LANGS, onLangChange, setLang } from './i18n';
import type { Lang, Page } from './types';
import { t } from './words';

export type AsyncState<T> =
  | { status: 'loading'; data?: T }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: unknown; data?: T };

/** Runs `load` when deps change; stale answers are dropped, errors kept. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const ctl = new AbortController();
    setState((s) => ({ status: 'loading', data: 'data' in s ? s.data : undefined }));
    loadRef.current(ctl.signal).then(
      (data) => {
        if (!ctl.signal.aborted) setState({ status: 'ok', data });
      },
      (error: unknown) => {
        if (!ctl.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { state, reload };
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.text(getLang());
  if (error instanceof Error) return t('unexpected', { message: error.message });
  return t('unexpected', { message: String(error) });
}

export function Loading({ label }: { label?: string }) {
  return (
    <div class="state state-loading" role="status" aria-live="polite" data-state="loading">
      <span class="spinner" aria-hidden="true" />
      {label ?? t('loading')}
    </div>
  );
}

export function Empty({ children }: { children?: ComponentChildren }) {
  return (
    <div class="state state-empty" data-state="empty">
      {children ?? t('empty')}
    </div>
  );
}

export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div class="state state-error" role="alert" data-state="error">
      <strong>{t('errorTitle')}</strong>
      <p>{errorText(error)}</p>
      {onRetry && (
        <button type="button" class="btn" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

/** Renders loading / error / empty / content from an AsyncState. */
export function AsyncView<T>({
  state,
  onRetry,
  isEmpty,
  empty,
  children,
}: {
  state: AsyncState<T>;
  onRetry?: () => void;
  isEmpty?: (data: T) => boolean;
  empty?: ComponentChildren;
  children: (data: T) => ComponentChildren;
}) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorBox error={state.error} onRetry={onRetry} />;
  if (isEmpty?.(state.data)) return <Empty>{empty}</Empty>;
  return <>{children(state.data)}</>;
}

/** Cursor paging over a list endpoint: Previous goes back along the cursors seen. */
export function usePaged<T>(fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>, deps: unknown[]) {
  const key = JSON.stringify(deps);
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  // New filters start again at page 1.
  const stack = paging.key === key ? paging.cursors : [null];
  const cursor = stack[stack.length - 1] ?? null;
  const { state, reload } = useAsync((signal) => fetchPage(cursor, signal), [key, cursor]);
  const page = stack.length;
  return {
    state,
    reload,
    page,
    next: () => {
      if (state.status === 'ok' && state.data.next) setPaging({ key, cursors: [...stack, state.data.next] });
    },
    prev: () => {
      if (stack.length > 1) setPaging({ key, cursors: stack.slice(0, -1) });
    },
  };
}

export function Pager({
  page,
  size,
  total,
  shown,
  hasNext,
  onPrev,
  onNext,
}: {
  page: number;
  size: number;
  total: number;
  shown: number;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
}) {
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  const to = (page - 1) * size + shown;
  return (
    <nav class="pager" aria-label="paging">
      <button type="button" class="btn" disabled={page <= 1} onClick={onPrev} data-testid="pager-prev">
        {t('prev')}
      </button>
      <span class="pager-info" data-testid="pager-info">
        {t('pageInfo', { page, from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
      </span>
      <button type="button" class="btn" disabled={!hasNext} onClick={onNext} data-testid="pager-next">
        {t('next')}
      </button>
    </nav>
  );
}

/** A labelled form field; `error` (from the API's `field`) is shown under it. */
export function Field({
  name,
  label,
  error,
  hint,
  children,
}: {
  name: string;
  label: string;
  error?: string | null;
  hint?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={`field${error ? ' field-invalid' : ''}`} data-field={name}>
      <label for={`f-${name}`}>{label}</label>
      {children}
      {hint && !error && <small class="hint">{hint}</small>}
      {error && (
        <small class="field-error" id={`f-${name}-error`} role="alert" data-field-error={name}>
          {error}
        </small>
      )}
    </div>
  );
}

/** Splits an API error into the message for one field, or for the whole form. */
export function fieldErrors(error: unknown, fields: readonly string[]): { field: Record<string, string>; form: string | null } {
  if (error instanceof ApiError && error.field && fields.includes(error.field)) {
    return { field: { [error.field]: error.text(getLang()) }, form: null };
  }
  return { field: {}, form: error ? errorText(error) : null };
}

export function PageTitle({ children, actions }: { children: ComponentChildren; actions?: ComponentChildren }) {
  useEffect(() => {
    if (typeof children === 'string') document.title = `${children} · Siaga`;
  }, [children]);
  return (
    <div class="page-title">
      <h1>{children}</h1>
      {actions && <div class="page-actions">{actions}</div>}
    </div>
  );
}

export function Badge({ kind, children }: { kind: string; children: ComponentChildren }) {
  return <span class={`badge badge-${kind}`}>{children}</span>;
}

export type InputProps = JSX.HTMLAttributes<HTMLInputElement>;

/** Debounces a value (search boxes). */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

/** Re-renders the caller when the language changes. */
export function useLang(): Lang {
  const [lang, setLangState] = useState(getLang());
  useEffect(() => onLangChange(setLangState), []);
  return lang;
}

export function LangSwitch() {
  const lang = useLang();
  return (
    <div class="lang-switch" role="group" aria-label="Bahasa / Language">
      {LANGS.map((l) => (
        <button
          type="button"
          class={`lang-btn${l === lang ? ' active' : ''}`}
          aria-pressed={l === lang}
          data-lang={l}
          onClick={() => setLang(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
