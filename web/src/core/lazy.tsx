// A screen loaded on first use, in its own chunk: the login page does not
// download Leaflet, the map does not download the SKCK desk.

import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBox, Loading } from './ui';

export type LazyComponent<P> = FunctionComponent<P> & { preload(): Promise<ComponentType<P>> };

export function lazyPage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    if (!pending) {
      pending = load().then(
        (m) => (loaded = m.default),
        (e: unknown) => {
          pending = null; // allow a retry
          throw e;
        },
      );
    }
    return pending;
  };
  const Lazy = ((props: P) => {
    const [, setReady] = useState(0);
    const [error, setError] = useState<unknown>(null);
    useEffect(() => {
      // Always subscribe: the chunk may have arrived between render and effect.
      let live = true;
      preload().then(
        () => live && setReady((n) => n + 1),
        (e: unknown) => live && setError(e),
      );
      return () => {
        live = false;
      };
    }, []);
    if (loaded) {
      const C = loaded;
      return <C {...props} />;
    }
    if (error) return <ErrorBox error={error} onRetry={() => { setError(null); preload().then(() => setReady((n) => n + 1), setError); }} />;
    return <Loading />;
  }) as LazyComponent<P>;
  Lazy.preload = preload;
  return Lazy;
}
