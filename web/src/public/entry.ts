// The pages anyone may open without logging in: the citizen's report form
// (/lapor) and the status of a report by its tracking code (/lacak/CODE).
// Kept tiny: app.tsx asks isPublicPath before the session gate, and the
// pages themselves come in their own chunk.

import { lazyPage } from '../core/lazy';

export const PUBLIC_PATHS = ['/lapor', '/lacak'] as const;

export function isPublicPath(path: string): boolean {
  return PUBLIC_PATHS.some((p) => path === p || path.startsWith(p + '/'));
}

export const PublicPage = lazyPage<{ path: string }>(() => import('./PublicPage'));
