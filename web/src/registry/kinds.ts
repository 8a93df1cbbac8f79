import { api } from '../core/api';
import type { ObjectKind } from '../core/types';

let cached: Promise<ObjectKind[]> | null = null;

/** The object kinds with their labels; asked once per page load. */
export function objectKinds(): Promise<ObjectKind[]> {
  if (!cached) {
    cached = api.objectKinds().then(
      (r) => r.items,
      (e: unknown) => {
        cached = null;
        throw e;
      },
    );
  }
  return cached;
}
