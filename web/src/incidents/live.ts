// The live stream (GET /api/v1/events, Server-Sent Events) as a hook: named
// events with JSON data go to their handlers; the state (connecting, open,
// closed) is shown on the screen, and every (re)open calls onOpen so the
// screen can read again what it may have missed while the line was down.
// EventSource reconnects by itself.

import { useEffect, useRef, useState } from 'preact/hooks';
import { EVENTS_URL } from './api';

export type LiveState = 'connecting' | 'open' | 'closed' | 'unsupported';

export type LiveHandlers = Record<string, (data: unknown) => void>;

/** Parses an event's data; null when it is not JSON. */
export function eventData(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

export function useLiveEvents(handlers: LiveHandlers, onOpen?: () => void, url = EVENTS_URL): LiveState {
  const [state, setState] = useState<LiveState>(typeof EventSource === 'undefined' ? 'unsupported' : 'connecting');
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const openRef = useRef(onOpen);
  openRef.current = onOpen;
  const names = Object.keys(handlers).sort().join(',');

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const es = new EventSource(url);
    es.onopen = () => {
      setState('open');
      openRef.current?.();
    };
    es.onerror = () => setState(es.readyState === EventSource.CLOSED ? 'closed' : 'connecting');
    const listeners: [string, (e: Event) => void][] = names
      .split(',')
      .filter(Boolean)
      .map((name) => [
        name,
        (e: Event) => {
          const data = eventData((e as MessageEvent<string>).data);
          if (data !== null) handlersRef.current[name]?.(data);
        },
      ]);
    for (const [name, fn] of listeners) es.addEventListener(name, fn);
    return () => {
      for (const [name, fn] of listeners) es.removeEventListener(name, fn);
      es.close();
    };
  }, [url, names]);

  return state;
}
