// Keeps the compose page working offline. Network first, so a fresh build is
// always picked up when the server is reachable; the cache answers only when
// it is not. It stores nothing but the project's own static files.

const cacheName = "handshake-static-v1";
const precache = [
  "./",
  "index.html",
  "demo.html",
  "page.css",
  "page.mjs",
  "icon.svg",
  "handshake-composer.mjs",
  "lib/checker-client.mjs",
  "lib/checker-worker.mjs",
  "lib/composer-styles.mjs",
  "lib/labels.mjs",
  "lib/spans.mjs",
  "lib/store.mjs",
  "../wasm/handshake.mjs",
  "../dist/handshake-core.mjs",
  "../dist/handshake-core.wasm",
];

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    // One missing file must not stop the rest from being cached.
    await Promise.all(precache.map((path) => cache.add(new URL(path, self.registration.scope)).catch(() => {})));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== cacheName) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(cacheName);
    try {
      const response = await fetch(request);
      if (response.ok && response.type === "basic") await cache.put(request, response.clone());
      return response;
    } catch (error) {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw error;
    }
  })());
});
