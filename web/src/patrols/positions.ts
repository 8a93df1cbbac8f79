// "Kirim posisi" on the team's phone: watches the device position, keeps
// the fixes worth keeping in a queue (also in localStorage, so a reload in a
// dead zone loses nothing) and posts them in batches to POST /positions as
// the team's field unit. Offline or on a 5xx the batch stays and goes again
// after a growing wait, and at once when the browser says it is online.

import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../core/api';
import { getLang } from '../core/i18n';
import { errorText } from '../core/ui';
import { postPositions } from './api';
import type { PositionPoint } from './types';
import { dueToSend, PositionQueue, retryable, retryDelayMs, toPoint, worthKeeping } from './values';

const STORE_PREFIX = 'siaga.patrol.positions.';

function loadStored(fieldUnitId: number): PositionPoint[] {
  try {
    const raw = localStorage.getItem(STORE_PREFIX + fieldUnitId);
    const v = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(v) ? (v as PositionPoint[]).filter((p) => p && typeof p.lat === 'number' && typeof p.at === 'string') : [];
  } catch {
    return [];
  }
}

function store(fieldUnitId: number, points: readonly PositionPoint[]): void {
  try {
    if (points.length) localStorage.setItem(STORE_PREFIX + fieldUnitId, JSON.stringify(points));
    else localStorage.removeItem(STORE_PREFIX + fieldUnitId);
  } catch {
    // storage full or disabled: the queue still lives in memory
  }
}

export interface SenderState {
  on: boolean;
  sent: number;
  queued: number;
  rejected: number;
  offline: boolean;
  error: string | null;
  last: PositionPoint | null;
}

export function usePositionSender(fieldUnitId: number | null, onFix?: (p: PositionPoint) => void) {
  const [state, setState] = useState<SenderState>({ on: false, sent: 0, queued: 0, rejected: 0, offline: false, error: null, last: null });
  const queue = useRef<PositionQueue | null>(null);
  const sending = useRef(false);
  const attempt = useRef(0);
  const retryAt = useRef(0);
  const sentAny = useRef(false);
  const lastKept = useRef<PositionPoint | null>(null);
  const fixRef = useRef(onFix);
  fixRef.current = onFix;

  const patch = (p: Partial<SenderState>) => setState((s) => ({ ...s, ...p }));

  useEffect(() => {
    if (fieldUnitId === null) return;
    queue.current = new PositionQueue(loadStored(fieldUnitId));
    patch({ queued: queue.current.size });
  }, [fieldUnitId]);

  const flush = async (force = false) => {
    const q = queue.current;
    if (!q || fieldUnitId === null || sending.current || q.size === 0) return;
    if (Date.now() < retryAt.current) return;
    if (!force && sentAny.current && !dueToSend(q.size, q.all[0]?.at ?? null, Date.now())) return;
    sending.current = true;
    const batch = q.batch();
    try {
      const r = await postPositions(fieldUnitId, batch);
      q.done(batch.length);
      store(fieldUnitId, q.all);
      sentAny.current = true;
      attempt.current = 0;
      retryAt.current = 0;
      setState((s) => ({ ...s, sent: s.sent + r.stored, rejected: s.rejected + r.rejected.length, queued: q.size, offline: false, error: null }));
    } catch (e) {
      if (retryable(e)) {
        attempt.current += 1;
        retryAt.current = Date.now() + retryDelayMs(attempt.current);
        patch({ queued: q.size, offline: e instanceof ApiError && e.status === 0, error: e instanceof ApiError && e.status === 0 ? null : errorText(e) });
      } else {
        // Refused as a whole (no permission, unknown unit): sending it again would not help.
        q.done(batch.length);
        store(fieldUnitId, q.all);
        patch({ queued: q.size, offline: false, error: e instanceof ApiError ? e.text(getLang()) : errorText(e) });
      }
    } finally {
      sending.current = false;
    }
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;

  // Watch the device while on.
  useEffect(() => {
    if (!state.on || fieldUnitId === null) return;
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geo) return;
    const id = geo.watchPosition(
      (pos) => {
        const p = toPoint(pos.coords.latitude, pos.coords.longitude, pos.coords.accuracy, pos.timestamp || Date.now());
        fixRef.current?.(p);
        if (!worthKeeping(lastKept.current, p)) return;
        lastKept.current = p;
        const q = queue.current;
        if (!q) return;
        q.add(p);
        store(fieldUnitId, q.all);
        patch({ queued: q.size, last: p });
        void flushRef.current();
      },
      (e) => patch({ error: e.message || String(e.code) }),
      { enableHighAccuracy: true, maximumAge: 5000, timeout: 30_000 },
    );
    return () => geo.clearWatch(id);
  }, [state.on, fieldUnitId]);

  // Send what waits: on a timer, and at once when the network comes back.
  useEffect(() => {
    const tick = setInterval(() => void flushRef.current(), 5000);
    const online = () => {
      retryAt.current = 0;
      void flushRef.current(true);
    };
    window.addEventListener('online', online);
    return () => {
      clearInterval(tick);
      window.removeEventListener('online', online);
    };
  }, []);

  const setOn = (on: boolean) => {
    if (!on) void flushRef.current(true);
    patch({ on, error: null });
  };
  return { state, setOn };
}
