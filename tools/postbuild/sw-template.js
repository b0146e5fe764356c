// The dashboard's service worker: the whole build, cached at install, so the dashboard opens and
// works with no network. tools/postbuild/offline.mjs turns this template into dist/sw.js, filling
// in VERSION and PRECACHE for the build (edit this file, never dist/sw.js).
//
// One worker = one build. A worker answers only from its own version's cache, so a page never
// gets a mix of old and new files. A new build's worker installs beside the running one and
// waits; public/sw-register.js tells the page, and the page asks it to take over
// ({type: 'skip-waiting'}) when the reader chooses to reload.
'use strict';

/** Short hash of every file of the build (names and bytes) and of this template. */
const VERSION = '%VERSION%';
/** Every file of the build except this one and the baked chart pictures, relative to this
 * worker; './' is index.html. */
const PRECACHE = ['%PRECACHE%'];

// Caches belong to a deployment: the origin's caches are shared by every path on it, so a second
// copy of the dashboard elsewhere on the same host keeps its own (the scope is in the name).
const SCOPE = new URL('./', self.location).href;
const PREFIX = 'paradiplomacy-dashboard-';
const SUFFIX = ` ${SCOPE}`;
const CACHE = `${PREFIX}${VERSION}${SUFFIX}`;
const PRECACHED = new Set(PRECACHE.map((url) => new URL(url, SCOPE).href));
/** The baked pages' chart pictures, cached as they are shown (tools/postbuild/offline.mjs). */
const PICTURES = `${SCOPE}bake/`;

self.addEventListener('install', (event) => {
  // 'reload' skips the HTTP cache, which could still hold the previous build's index.html.
  // Any file missing fails the install: the running version stays, and the next check retries.
  // No skipWaiting here: the open pages keep their version until the reader reloads.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  // Earlier versions of this deployment are dropped; any other cache on the origin is left alone.
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== CACHE && name.startsWith(PREFIX) && name.endsWith(SUFFIX)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  // Each view is a page addressed with its filters in the query (matrix.html?partner=daejeon):
  // files are matched without it, so every view, link or reload gets this version's page.
  const url = new URL(request.url);
  let file = url.origin + url.pathname;
  if (file === `${SCOPE}index.html`) file = SCOPE;
  if (PRECACHED.has(file)) event.respondWith(fromCache(file, request));
  // A baked page's chart picture: kept once shown (its name is its content's hash).
  else if (file.startsWith(PICTURES)) event.respondWith(keptOnceShown(file, request));
  // Anything else goes to the network as if there were no worker, and is not cached.
});

/** This version's copy of `key`, fetched and kept the first time it is asked for. */
async function keptOnceShown(key, request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(key);
  if (kept) return kept;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch {
    // Offline, and never shown here before: an empty picture, so the baked page shows its text
    // and table and an empty chart box (no broken image) until the app draws the chart.
    return new Response('<svg xmlns="http://www.w3.org/2000/svg"/>', { headers: { 'content-type': 'image/svg+xml' } });
  }
}

/** This version's copy of `key`; the network only if the cache has gone (storage cleared). */
async function fromCache(key, request) {
  return (await caches.match(key, { cacheName: CACHE })) ?? fetch(request);
}

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});
