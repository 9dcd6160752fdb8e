import type { PersonMe } from '@taobo/contracts';
import { clearOutbox } from '../offline/outbox.ts';

/**
 * The signed-in person, as last confirmed by the server. Kept on the device so the app opens
 * offline (the session cookie is long-lived; the server still checks it on every call).
 */
const KEY = 'taobo.me';
/** Whose writes the outbox holds: a different person signing in on this phone never sends them. */
const OWNER_KEY = 'taobo.outboxOwner';

export function cachedMe(): PersonMe | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as PersonMe) : null;
  } catch {
    return null;
  }
}

/** Remembers the person; if someone else's writes wait in the outbox, they are dropped first. */
export async function rememberMe(me: PersonMe): Promise<void> {
  const owner = localStorage.getItem(OWNER_KEY);
  if (owner && owner !== me.person.id) await clearOutbox();
  localStorage.setItem(OWNER_KEY, me.person.id);
  localStorage.setItem(KEY, JSON.stringify(me));
}

export function forgetMe(): void {
  localStorage.removeItem(KEY);
}

/** A name the server shows staff in the person's session list. */
export function deviceName(): string {
  const ua = navigator.userAgent;
  const android = /Android[^;)]*;\s*([^;)]+?)(?:\sBuild|\))/.exec(ua);
  if (android?.[1]) return android[1].trim().slice(0, 100);
  if (/iPhone/.test(ua)) return 'iPhone';
  if (/iPad/.test(ua)) return 'iPad';
  return '浏览器';
}
