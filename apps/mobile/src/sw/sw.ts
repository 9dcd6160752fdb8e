/// <reference lib="webworker" />
// The person app's service worker, hand-written. Built by build/pwa.ts into /m/sw.js, which
// defines the three constants below.
//
// - The app shell (index.html, the entry chunk, its static imports and CSS) is precached on
//   install, so the app opens with no connection.
// - Other built files (lazily loaded pages) are cached the first time they are fetched.
// - Course and learning content (GET /api/m/courses*, /api/m/learning*) is fetched network-first
//   and kept, so a course read once can be read offline. No other API call is ever cached.
// - Each build has its own cache names; a new worker waits until the person agrees to update
//   (message SKIP_WAITING) or the app is next opened, then removes the old caches.
// - Web push: shows the message and opens its link on click.

declare const self: ServiceWorkerGlobalScope;
declare const __SW_VERSION__: string;
declare const __SW_SHELL__: string[];
declare const __SW_BASE__: string;

const SHELL_CACHE = `taobo-shell-${__SW_VERSION__}`;
const ASSET_CACHE = `taobo-assets-${__SW_VERSION__}`;
// Learning content outlives builds: its cache name is not versioned.
const CONTENT_CACHE = 'taobo-content-v1';
const KEEP = new Set([SHELL_CACHE, ASSET_CACHE, CONTENT_CACHE]);
const INDEX = `${__SW_BASE__}index.html`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      await cache.addAll(__SW_SHELL__.map((url) => new Request(url, { cache: 'reload' })));
      // The very first install has nothing to replace: take over at once.
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('taobo-') && !KEEP.has(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; urls?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // The page's first visit loaded some chunks before this worker controlled it: keep those too.
  if (data?.type === 'CACHE_URLS' && Array.isArray(data.urls)) {
    const urls = data.urls.filter(
      (u): u is string =>
        typeof u === 'string' &&
        new URL(u, self.location.origin).pathname.startsWith(`${__SW_BASE__}assets/`),
    );
    event.waitUntil(
      (async () => {
        const cache = await caches.open(ASSET_CACHE);
        for (const url of urls) {
          if (!(await caches.match(url))) await cache.add(url).catch(() => undefined);
        }
      })(),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (url.pathname.startsWith('/api/')) {
    if (/^\/api\/m\/(courses|learning)(\/|$|\?)/.test(url.pathname + url.search)) {
      event.respondWith(networkFirst(request, CONTENT_CACHE));
    }
    return; // every other API call goes to the network, uncached
  }
  if (!url.pathname.startsWith(__SW_BASE__)) return;

  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
    return;
  }
  if (url.pathname === `${__SW_BASE__}sw.js`) return;
  event.respondWith(cacheFirst(request));
});

/** Pages: the network when it answers (a fresh index.html), else the precached shell. */
async function navigation(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) return response;
    const cached = await caches.match(INDEX, { cacheName: SHELL_CACHE });
    return cached ?? response;
  } catch {
    const cached =
      (await caches.match(__SW_BASE__, { cacheName: SHELL_CACHE })) ??
      (await caches.match(INDEX, { cacheName: SHELL_CACHE }));
    return (
      cached ??
      new Response('当前离线，请联网后重试', {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      })
    );
  }
}

/** Built files have hashed names and never change: the cache when present, else fetch and keep. */
async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(ASSET_CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function networkFirst(request: Request, cacheName: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (e) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw e;
  }
}

interface PushPayload {
  id?: string;
  title?: string;
  body?: string;
  link?: string | null;
}

self.addEventListener('push', (event) => {
  let data: PushPayload = {};
  try {
    data = (event.data?.json() ?? {}) as PushPayload;
  } catch {
    data = { body: event.data?.text() };
  }
  event.waitUntil(
    self.registration.showNotification(data.title || '洮泊家园', {
      body: data.body ?? '',
      icon: `${__SW_BASE__}icon-192.png`,
      badge: `${__SW_BASE__}icon-192.png`,
      tag: data.id,
      lang: 'zh-CN',
      data: { link: data.link || `${__SW_BASE__}inbox` },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const link = (event.notification.data as { link?: string } | null)?.link ?? __SW_BASE__;
  const target = new URL(link, self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of windows) {
        if (new URL(client.url).pathname.startsWith(__SW_BASE__)) {
          await client.focus();
          await client.navigate(target).catch(() => undefined);
          return;
        }
      }
      await self.clients.openWindow(target);
    })(),
  );
});

export {};
