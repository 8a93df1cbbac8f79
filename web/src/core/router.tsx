// Client-side routes on the History API. The server answers every non-API
// path with index.html, so a reload or a shared link opens the same screen.

import type { ComponentChildren, JSX } from 'preact';
import { createStore, useStore } from './store';

export interface Location {
  path: string;
  query: URLSearchParams;
}

function read(): Location {
  return { path: window.location.pathname || '/', query: new URLSearchParams(window.location.search) };
}

export const location = createStore<Location>(
  typeof window === 'undefined' ? { path: '/', query: new URLSearchParams() } : read(),
);

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => location.set(read()));
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to !== current) {
    if (opts.replace) window.history.replaceState(null, '', to);
    else window.history.pushState(null, '', to);
  }
  location.set(read());
  if (!opts.replace) window.scrollTo(0, 0);
}

/** Updates the query string of the current screen without a history entry. */
export function setQuery(params: Record<string, string | number | null | undefined>): void {
  const q = new URLSearchParams(window.location.search);
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') q.delete(k);
    else q.set(k, String(v));
  }
  const s = q.toString();
  navigate(window.location.pathname + (s ? `?${s}` : ''), { replace: true });
}

export function useLocation(): Location {
  return useStore(location);
}

/** Matches "/registri/objek/:id" against a path; returns the params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const a = p[i]!;
    const b = s[i]!;
    if (a.startsWith(':')) params[a.slice(1)] = decodeURIComponent(b);
    else if (a !== b) return null;
  }
  return params;
}

type AnchorProps = Omit<JSX.HTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string; children?: ComponentChildren };

export function Link({ href, onClick, ...rest }: AnchorProps) {
  return (
    <a
      href={href}
      {...rest}
      onClick={(e) => {
        if (onClick) (onClick as (e: MouseEvent) => void)(e as unknown as MouseEvent);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(href);
      }}
    />
  );
}
