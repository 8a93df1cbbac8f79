// Who is logged in. The cookie is the session; this module only mirrors the
// user the server reports, and drops it when any request answers 401.

import { api, ApiError } from './api';
import { createStore } from './store';
import type { Permission, User } from './types';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'error'; error: ApiError }
  | { status: 'user'; user: User };

export const session = createStore<SessionState>({ status: 'loading' });

api.onUnauthorized = () => {
  if (session.get().status === 'user') session.set({ status: 'anonymous', expired: true });
};

export async function loadSession(): Promise<void> {
  try {
    const user = await api.me();
    session.set({ status: 'user', user });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) session.set({ status: 'anonymous', expired: false });
    else if (e instanceof ApiError) session.set({ status: 'error', error: e });
    else throw e;
  }
}

export async function logIn(username: string, password: string): Promise<User> {
  const r = await api.login(username, password);
  session.set({ status: 'user', user: r.user });
  return r.user;
}

export async function logOut(): Promise<void> {
  try {
    await api.logout();
  } finally {
    session.set({ status: 'anonymous', expired: false });
  }
}

export function currentUser(): User | null {
  const s = session.get();
  return s.status === 'user' ? s.user : null;
}

export function can(user: User | null, permission: Permission): boolean {
  return !!user && user.permissions.includes(permission);
}
