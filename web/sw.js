// The app's own service worker: after one visit the app loads and works with no network.
//   - install: precache this build's files (the page and every versioned name; the build
//     writes the list and the version, cmake/dist.cmake);
//   - activate at once, keeping the previous build's cache: a tab still running it finds its
//     files by their (unique, hashed) names, so nothing it does is disturbed;
//   - fetch: the page from this build's cache, other files from any of our caches by exact
//     name, the network for anything else. Only our own origin is ever asked.
// The page (web/offline.mjs) tells the user when a new build took over: it opens on the next load.
const VERSION = 'dev';
const PRECACHE = [/* PRECACHE */];
const PREFIX = 'caf-ai-assessment-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  // A versioned name (its content's hash) may come from the HTTP cache: the page has just
  // loaded it. The others (the page, the manifest) are revalidated: they must be this build's.
  const versioned = /\.[0-9a-f]{10}\.[A-Za-z0-9]+$/;
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: versioned.test(url) ? 'default' : 'no-cache' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // Keep this build's cache and the newest one before it; older builds go.
  event.waitUntil(caches.keys().then(async (keys) => {
    const ours = keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE);
    const stamped = await Promise.all(ours.map(async (k) => {
      const r = await (await caches.open(k)).match('./');
      return { k, t: r ? Date.parse(r.headers.get('Date') || '') || 0 : 0 };
    }));
    stamped.sort((a, b) => b.t - a.t);
    await Promise.all(stamped.slice(1).map(({ k }) => caches.delete(k)));
    await self.clients.claim();
  }));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(caches.open(CACHE).then((c) => c.match('./')).then((r) => r || fetch(request)));
    return;
  }
  // This build's copy first (manifest.webmanifest keeps its name across builds), then any.
  event.respondWith(caches.open(CACHE).then((c) => c.match(request))
    .then((r) => r || caches.match(request)).then((r) => r || fetch(request)));
});
