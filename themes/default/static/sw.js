// Offline reading: after a first visit, this service worker keeps a copy of the handbook (its pages,
// style sheet, scripts and the checker) so field staff can read it and use the checker without a
// connection. The build writes it at the site root (a worker controls only the folder it is served
// from) with VERSION set to a hash of the whole site, so every new build is a new worker with its
// own cache, and the old cache is deleted once the new one is complete: pages and assets of two
// builds are never mixed. What to keep is listed by the build in sw-precache.json: the files every
// reader needs, and by language the pages in it. The worker saves the shared files and the
// language of the pages open when it installs; a reader who opens a page of another language gets
// that language saved then. The checker's module and Wasm are not listed: fetched when a reader
// first uses the checker, they are saved then (cache first, below).
//
// Pages and data: network first, so a reader online always gets the newest text; the saved copy
// when the network fails, or is slower than NETWORK_TIMEOUT_MS (a poor connection). Files under
// assets/ carry a hash of their content in their name, so a saved copy is always right: cache first.
// Nothing leaves the site: only this origin's requests are handled, the rest is left alone.
'use strict';

const VERSION = '__HANDBOOK_SW_VERSION__';
const SCOPE = self.registration.scope;
// Several handbooks may live on one host (one folder each): each only ever touches its own caches.
const PREFIX = `handbook:${SCOPE}:`;
const CACHE = PREFIX + VERSION;
const MANIFEST = new URL('sw-precache.json', self.location).href;
const ASSETS = new URL('assets/', self.location).href;
// The manifest this worker installed with, kept in its cache under an address no page requests.
const INSTALLED = new URL('sw-precache.json?installed', self.location).href;
const NETWORK_TIMEOUT_MS = 5000;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const response = await fetch(MANIFEST, { cache: 'no-store' });
    if (!response.ok) throw new Error(`sw-precache.json: HTTP ${response.status}`);
    const manifest = await response.json();
    // A manifest from another build (a deployment half done): fail, the browser tries again later.
    if (manifest.version !== VERSION) throw new Error('sw-precache.json is from another build');
    const cache = await caches.open(CACHE);
    const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const languages = new Set(open.map((client) => languageOf(manifest, client.url)).filter(Boolean));
    if (languages.size === 0 && manifest.default) languages.add(manifest.default);
    const own = [...languages].flatMap((lang) => manifest.languages[lang]);
    await cache.addAll([...manifest.urls, ...own].map(fresh));
    await cache.put(INSTALLED, new Response(JSON.stringify(manifest)));
    for (const lang of languages) saved.add(lang);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  if ((request.headers.get('accept') || '').includes('text/event-stream')) return;
  if (request.url.startsWith(ASSETS)) {
    event.respondWith(cacheFirst(request));
    return;
  }
  const network = fetch(request);
  // Keep the worker alive until a late network answer has refreshed the saved copy.
  event.waitUntil(network.then((response) => save(request, response.clone())).catch(() => {}));
  event.respondWith(networkFirst(request, network));
  if (request.mode === 'navigate') event.waitUntil(saveLanguageOf(request.url).catch(() => {}));
});

// `reload`: straight from the site, never a stale copy from the browser's HTTP cache.
function fresh(url) {
  return new Request(new URL(url, self.location), { cache: 'reload' });
}

// The language whose list in the manifest holds the page at `url`, if any.
function languageOf(manifest, url) {
  const path = new URL(url);
  if (!path.href.startsWith(SCOPE)) return null;
  let page = path.origin + path.pathname;
  page = page.slice(SCOPE.length).replace(/index\.html$/, '') || './';
  for (const [lang, urls] of Object.entries(manifest.languages || {})) {
    if (urls.includes(page)) return lang;
  }
  return null;
}

// Languages whose pages this worker has saved (or found saved) since it started.
const saved = new Set();

// A page of a language not saved yet: save that language's pages and files, as the install did.
async function saveLanguageOf(url) {
  const cache = await caches.open(CACHE);
  const installed = await cache.match(INSTALLED);
  if (!installed) return;
  const manifest = await installed.json();
  const lang = languageOf(manifest, url);
  if (!lang || saved.has(lang)) return;
  saved.add(lang);
  const missing = [];
  for (const page of manifest.languages[lang]) {
    if (!(await cache.match(new URL(page, self.location).href))) missing.push(page);
  }
  try {
    await cache.addAll(missing.map(fresh));
  } catch (error) {
    saved.delete(lang);
    throw error;
  }
}

async function save(request, response) {
  if (!response.ok || response.type !== 'basic') return;
  const cache = await caches.open(CACHE);
  // Pages are saved as they are read (older revisions too); other files only when precached.
  if (request.mode === 'navigate' || (await cache.match(request))) await cache.put(request, response);
}

async function networkFirst(request, network) {
  const late = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, null));
  try {
    const response = await Promise.race([network, late]);
    if (response) return response;
  } catch {
    // Offline: the saved copy below.
  }
  const cache = await caches.open(CACHE);
  const page = request.mode === 'navigate';
  const saved = (await cache.match(request, { ignoreSearch: page }))
    || (page && request.url.endsWith('/index.html') ? await cache.match(request.url.slice(0, -10)) : undefined);
  // Nothing saved: wait for the network, or let the browser show that it is offline.
  return saved ? plain(saved) : network;
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

// A saved response that followed a redirect cannot answer a navigation: copy it without the flag.
function plain(response) {
  if (!response.redirected) return response;
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
