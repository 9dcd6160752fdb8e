import { useSyncExternalStore } from 'react';

/**
 * Registers the service worker (production builds only) and tracks whether a new version of
 * the app is waiting. The person chooses when to update (`applyUpdate`); otherwise the new
 * version starts the next time the app is opened.
 */
let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();
function setWaiting(worker: ServiceWorker | null) {
  waiting = worker;
  for (const l of listeners) l();
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    .then((registration) => {
      // Chunks this first page load fetched before the worker took over: hand them to its cache.
      void navigator.serviceWorker.ready.then((ready) => {
        const urls = performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((u) => new URL(u).pathname.startsWith(`${import.meta.env.BASE_URL}assets/`));
        ready.active?.postMessage({ type: 'CACHE_URLS', urls });
      });
      if (registration.waiting && hadController) setWaiting(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          // Installed while an older version controls the page: an update is ready.
          if (installing.state === 'installed' && navigator.serviceWorker.controller) setWaiting(installing);
        });
      });
      // Look for a new version now and then while the app stays open.
      setInterval(() => void registration.update().catch(() => undefined), 60 * 60_000);
    })
    .catch(() => undefined);
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only reload for an update the person asked for, not for the first install taking control.
    if (!hadController || reloading) return;
    reloading = true;
    window.location.reload();
  });
}

export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => waiting !== null,
  );
}

export function applyUpdate(): void {
  waiting?.postMessage({ type: 'SKIP_WAITING' });
}
