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
  "lib/checker-boot.mjs",
  "lib/checker-client.mjs",
  "lib/checker-worker.mjs",
  "lib/composer-styles.mjs",
  "lib/labels.mjs",
  "lib/settings-form.mjs",
  "lib/shared-reply.mjs",
  "lib/spans.mjs",
  "lib/store.mjs",
  "../wasm/handshake.mjs",
  "../dist/handshake-core.mjs",
  "../dist/handshake-core.wasm",
  // The default language's dictionary (wasm/handshake.mjs's LANGUAGES);
  // en-GB's is cached once it has been used.
  "../dist/dictionaries/en_US.aff",
  "../dist/dictionaries/en_US.dic.packed",
  "../dist/dictionaries/en_US.freq",
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

async function refresh(request, response) {
  const cache = await caches.open(cacheName);
  const etag = response.headers.get("etag");
  const cached = etag ? await cache.match(request) : undefined;
  if (cached && cached.headers.get("etag") === etag) {
    await response.body?.cancel();  // the copy is not needed: stop buffering it
    return;
  }
  await cache.put(request, response);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    try {
      const response = await fetch(request);
      // The page gets the response at once; the cache is refreshed after it,
      // and only when the file changed (rewriting the module and the
      // dictionary on every visit would compete with loading them).
      if (response.ok && response.type === "basic") event.waitUntil(refresh(request, response.clone()));
      return response;
    } catch (error) {
      const cached = await (await caches.open(cacheName)).match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw error;
    }
  })());
});
