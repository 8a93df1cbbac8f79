// A one-time message carried to the next screen ("Objek X ditambahkan").

import { useEffect } from 'preact/hooks';
import { createStore, useStore } from './store';

export const flash = createStore<{ text: string; kind: 'ok' | 'error' } | null>(null);

export function showFlash(text: string, kind: 'ok' | 'error' = 'ok'): void {
  flash.set({ text, kind });
}

export function Flash() {
  const f = useStore(flash);
  useEffect(() => {
    if (!f) return;
    const id = setTimeout(() => flash.set(null), 8000);
    return () => clearTimeout(id);
  }, [f]);
  if (!f) return null;
  return (
    <div class={`flash flash-${f.kind}`} role="status" data-testid="flash">
      <span>{f.text}</span>
      <button type="button" class="btn btn-ghost" aria-label="×" onClick={() => flash.set(null)}>
        ×
      </button>
    </div>
  );
}
