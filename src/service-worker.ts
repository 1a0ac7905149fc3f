/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support: after the first visit, the app shell, every prerendered page and the static
 * files come from the cache, so the wizard, the summary and printing work with the network off.
 * Only this origin's GET requests are handled; the app makes no others.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `vector-select-${version}`;
// The published FHIR files (static/fhir/, docs/fhir.md) are for other software, not for the app offline.
const ASSETS = [...build, ...files.filter((f) => !f.startsWith('/fhir/')), ...prerendered];

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => sw.skipWaiting())
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => sw.clients.claim())
  );
});

/** Prerendered pages are stored as /case/patient; a request may also come as /case/patient/ or with a query. */
const cacheKey = (url: URL) => (url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname);

sw.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const key = cacheKey(url);
      // Immutable build files never change under the same name: cache first.
      if (ASSETS.includes(key)) {
        const cached = await cache.match(key);
        if (cached) return cached;
      }
      try {
        const response = await fetch(event.request);
        if (response.ok && ASSETS.includes(key)) await cache.put(key, response.clone());
        return response;
      } catch (error) {
        const cached = await cache.match(key);
        if (cached) return cached;
        throw error;
      }
    })()
  );
});
