/**
 * The push services browsers subscribe on (RFC 8030). The server POSTs to a subscription's
 * endpoint, so an endpoint anywhere else would make it send requests to whatever host a
 * signed-in person names (server-side request forgery): only these hosts are taken.
 * - Chrome, Samsung Internet, Opera and other Chromium browsers: Firebase Cloud Messaging;
 * - Firefox: Mozilla's autopush;
 * - Edge: Windows Push Notification Services (`wns2-….notify.windows.com`);
 * - Safari (macOS 13+, iOS 16.4+ home-screen apps): Apple's push service (`web.push.apple.com`).
 * A `*.` entry is any host below that domain (not the domain itself).
 */
export const KNOWN_PUSH_HOSTS = [
  'fcm.googleapis.com',
  'android.googleapis.com',
  'updates.push.services.mozilla.com',
  '*.notify.windows.com',
  '*.push.apple.com',
] as const;

/**
 * Whether the server may send to `endpoint`: https, on the default port, no credentials, and on
 * a known push service or one of `extraHosts` (exact host names, any port: a local stand-in in
 * tests).
 */
export function isPushServiceEndpoint(endpoint: string, extraHosts: readonly string[] = []): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  if (extraHosts.includes(host)) return true;
  if (url.port !== '') return false;
  return KNOWN_PUSH_HOSTS.some((known) =>
    known.startsWith('*.') ? host.endsWith(known.slice(1)) && host.length > known.length - 1 : host === known,
  );
}
