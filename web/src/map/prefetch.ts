// Opening /peta directly: the TPS layer is asked for while the app still checks
// the session and loads the map code, not after. The answer is used once, and
// only when fresh; a failed prefetch (no session yet) is simply asked again.

import { api } from '../core/api';
import type { TpsFeatures } from '../core/types';

let pending: { at: number; promise: Promise<TpsFeatures> } | null = null;

export function prefetchMap(): void {
  const promise = api.tpsGeojson({});
  promise.catch(() => undefined); // read by takeTps, or dropped
  pending = { at: Date.now(), promise };
}

export function takeTps(): Promise<TpsFeatures> | null {
  const p = pending;
  pending = null;
  return p && Date.now() - p.at < 30_000 ? p.promise : null;
}
