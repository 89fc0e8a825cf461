// The Reading Companion's service worker. tools/build/service-worker.mjs writes it into each
// build as sw.js, with BUILD filled in: the build's version (a hash of every file) and the
// list of its files, relative to this script (the app's directory, whatever its sub-path).
//
// - install: caches every file of the build in a cache named after the version, bypassing
//   the HTTP cache, so the version is complete before it can take over.
// - activate: deletes the caches of every other version, then controls the open pages.
// - fetch: the build's files come from the cache (cache-first); everything else (articles and
//   glossaries from other addresses) goes to the network as if there were no worker.
// - A new version waits until the page posts 'skip-waiting' (the reader pressed "Reload"), so
//   a page never runs with files of two versions.
const BUILD = '__BUILD__';
const PREFIX = 'reading-companion-';
const CACHE = PREFIX + BUILD.version;
const SCOPE = new URL('./', self.location.href);
const FILES = new Set(BUILD.files.map((file) => new URL(file, SCOPE).href));
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll([...FILES].map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  // The app's address itself (the directory) is its index.html.
  const key = request.mode === 'navigate' && url.href === SCOPE.href ? INDEX : url.href;
  if (!FILES.has(key)) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => (await cache.match(key)) ?? fetch(request)),
  );
});
