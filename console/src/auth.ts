import { useEffect, useState } from 'preact/hooks';

/**
 * The signed-in editor. The access token lives in memory only (never in
 * localStorage, where any injected script could read it); a reload gets a
 * fresh one from /auth/refresh, which the httpOnly refresh cookie plus the
 * double-submit CSRF header (cookie dolbom_csrf → x-csrf-token) allows.
 */
export type Role = 'ADMIN' | 'EDITOR' | 'COUNSELLOR' | 'CENTER_STAFF' | 'PARENT' | string;

export interface Principal {
  sub: string;
  email?: string;
  role: Role;
  facilities?: string[];
}

export interface Session {
  accessToken: string;
  /** ISO timestamp or epoch seconds, as the hub sends it. */
  expiresAt: string | number;
  principal: Principal;
}

export interface AuthError {
  code: string;
  messageKo: string;
  messageEn: string;
}

let current: Session | null = null;
const listeners = new Set<() => void>();
let refreshing: Promise<Session | null> | null = null;

function setSession(next: Session | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export function getSession(): Session | null {
  return current;
}

export function useSession(): Session | null {
  const [session, set] = useState(current);
  useEffect(() => {
    const listener = () => set(current);
    listeners.add(listener);
    listener();
    return () => void listeners.delete(listener);
  }, []);
  return session;
}

export function isEditor(principal: Principal | null | undefined): boolean {
  return principal?.role === 'EDITOR' || principal?.role === 'ADMIN';
}

function csrfToken(): string | null {
  const match = document.cookie.split(/;\s*/).find((part) => part.startsWith('dolbom_csrf='));
  return match ? decodeURIComponent(match.slice('dolbom_csrf='.length)) : null;
}

function expiresAtMs(session: Session): number {
  const value = session.expiresAt;
  if (typeof value === 'number') return value < 1e12 ? value * 1000 : value;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? 0 : parsed;
}

async function readError(res: Response): Promise<AuthError> {
  const fallback = { code: 'UNEXPECTED', messageKo: `요청이 실패했습니다 (${res.status})`, messageEn: `The request failed (${res.status})` };
  try {
    const body = (await res.json()) as { error?: AuthError; errors?: { extensions?: AuthError }[] };
    return body.error ?? (body.errors?.[0]?.extensions as AuthError | undefined) ?? fallback;
  } catch {
    return fallback;
  }
}

export async function login(email: string, password: string): Promise<{ session: Session } | { error: AuthError }> {
  let res: Response;
  try {
    res = await fetch('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ email, password }),
    });
  } catch {
    return { error: { code: 'NETWORK', messageKo: '허브에 연결할 수 없습니다.', messageEn: 'Cannot reach the hub.' } };
  }
  if (!res.ok) return { error: await readError(res) };
  const session = (await res.json()) as Session;
  setSession(session);
  return { session };
}

/** Gets a new access token with the refresh cookie; null (and signed out) when there is none or it was refused. One request at a time. */
export function refresh(): Promise<Session | null> {
  refreshing ??= (async () => {
    const csrf = csrfToken();
    if (!csrf) {
      setSession(null);
      return null;
    }
    try {
      const res = await fetch('/auth/refresh', { method: 'POST', headers: { 'x-csrf-token': csrf }, credentials: 'same-origin' });
      const session = res.ok ? ((await res.json()) as Session) : null;
      setSession(session);
      return session;
    } catch {
      return current;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** The bearer token for the next request, refreshed when it expires within 30 seconds. */
export async function accessToken(): Promise<string | null> {
  if (current && expiresAtMs(current) - Date.now() > 30_000) return current.accessToken;
  if (!current && !csrfToken()) return null;
  return (await refresh())?.accessToken ?? null;
}

export async function logout(): Promise<void> {
  const csrf = csrfToken();
  try {
    await fetch('/auth/logout', { method: 'POST', headers: csrf ? { 'x-csrf-token': csrf } : {}, credentials: 'same-origin' });
  } finally {
    setSession(null);
  }
}
