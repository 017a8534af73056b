// End-to-end test of offline reading in Debian's Chromium: after a first visit the service worker is
// active and has saved every URL sw-precache.json lists for the reader's language (and not the
// other languages' pages, nor the checker's Wasm before the checker is used); offline, the home page, the charter and the
// checker still open (from the worker) and the checker still classifies a text; a page that was
// never saved fails as the browser's own offline error. Then a new build is published (pages,
// sw.js and manifest with a new version): online, the reader gets the new page at once, the new
// worker saves the new build in a new cache and the old cache is deleted.
// The site is served from a copy of PUBLIC_DIR, which the last part edits. What to expect (the pages
// of the sitemap, the charter's title, a page left out of the saved copy) is read from the site given.
// Usage: node offline.mjs PUBLIC_DIR
import { rmSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveSite } from './serve.mjs';
import { launch, isLoopback } from './browser.mjs';
import { editions, own, page as read, personalText, sitemap } from './site.mjs';

const source = process.argv[2];
if (!source) { console.error('usage: node offline.mjs PUBLIC_DIR'); process.exit(2); }
const ed = await editions(source);
const pages = await sitemap(source);
// The pages of the revision in force in the home page's language: the saved copy must hold them all.
const inForce = own(pages, '', ed);
// Those of its other languages: saved only once a reader of that language visits.
const otherLanguages = ed.languages.flatMap((l) => own(pages, l.prefix, ed));
const precache = JSON.parse(await readFile(join(source, 'sw-precache.json'), 'utf8'));
const ownList = [...precache.urls, ...(precache.languages?.[ed.lang] ?? [])];
// A page of the site that the saved copy leaves out (an older revision, the draft), or one that does not exist.
const saved = (p) => ownList.includes(p || './');
const unsavedPath = pages.find((p) => !saved(p)) ?? 'never-saved/';
const charterTitle = (await read(source, 'charter/')).title;
const personal = await personalText(source);
const root = await mkdtemp(join(tmpdir(), 'handbook-offline-'));
await cp(source, root, { recursive: true });
const site = await serveSite(root);
const browser = await launch();
let passed = 0; let failed = 0;
let lastCheck = 'none yet';
const check = (ok, what) => {
  lastCheck = what;
  if (ok) passed++; else { failed++; console.log(`FAIL ${what}`); }
};
// A step that never settles (a page evaluation or a navigation waiting on a worker caught between
// two versions) fails the run within minutes rather than holding CI until its 20-minute limit.
const RUN_LIMIT_MS = 5 * 60 * 1000;
setTimeout(() => {
  console.log(`FAIL the run did not end within ${RUN_LIMIT_MS / 60000} minutes (last check: ${lastCheck})`);
  console.log(`${passed} passed, ${failed + 1} failed`);
  rmSync(root, { recursive: true, force: true });
  process.exit(1);
}, RUN_LIMIT_MS).unref();

// In the page: the handbook's caches, and which precache URLs the cache of `version` lacks.
const cacheState = async (v) => {
  const names = (await caches.keys()).filter((n) => n.startsWith('handbook:'));
  const manifest = await (await fetch(new URL('sw-precache.json', navigator.serviceWorker.controller.scriptURL), { cache: 'no-store' })).json();
  const name = names.find((n) => n.endsWith(`:${v || manifest.version}`));
  // What the worker of this page's language saves: the shared files and its language's.
  const urls = [...manifest.urls, ...(manifest.languages?.[document.documentElement.lang] ?? [])];
  const missing = [];
  let keys = [];
  if (name) {
    const cache = await caches.open(name);
    for (const url of urls) {
      if (!(await cache.match(new URL(url, navigator.serviceWorker.controller.scriptURL).href))) missing.push(url);
    }
    keys = (await cache.keys()).map((r) => r.url);
  }
  return { names, name: name || null, missing, urls, keys };
};

// A navigation that may fail (offline without a saved copy): the response, or null.
const visit = (navigation) => navigation.then((r) => r, () => null);

async function poll(page, fn, arg, ok, timeout = 20000) {
  const end = Date.now() + timeout;
  let state;
  while (Date.now() < end) {
    // An evaluation has no time limit of its own: one that never settles ends the poll too.
    const late = new Promise((r) => setTimeout(() => r({ error: 'no answer from the page' }), end - Date.now()).unref());
    state = await Promise.race([page.evaluate(fn, arg).catch((e) => ({ error: String(e) })), late]);
    if (ok(state)) return state;
    await page.waitForTimeout(200);
  }
  return state;
}

try {
  const context = await browser.newContext();
  // The browser's offline emulation does not reach a service worker's own requests in every
  // Chromium (148 lets them through): the server drops requests too, so "offline" is offline.
  const offline = async (value) => {
    await context.setOffline(value);
    site.setOffline(value);
  };
  const page = await context.newPage();
  const errors = []; const external = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  context.on('request', (r) => { if (!r.url().startsWith('file:') && !isLoopback(r.url())) external.push(r.url()); });

  // First visit, online.
  await page.goto(site.url, { waitUntil: 'load' });
  check(await page.locator('script[src*="register-sw."]').count() === 1, 'the home page loads register-sw.js');
  const controlled = await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 })
    .then(() => true, () => false);
  check(controlled, 'the service worker is active and controls the page');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  check(scope === site.url, `the worker's scope is the site root (${scope})`);
  const first = await poll(page, cacheState, null, (s) => s.name && s.missing.length === 0);
  check(first.name && first.missing.length === 0 && first.urls.length > 0,
    `every precache URL is saved (${first.urls?.length} URLs, missing: ${first.missing?.join(', ') || first.error})`);
  const unlisted = inForce.filter((p) => !(first.urls ?? []).includes(p || './'));
  check(unlisted.length === 0, `the saved copy holds every page of the revision in force (${inForce.length} pages, missing: ${unlisted.slice(0, 5)})`);
  check(first.names?.length === 1, `one cache for this build (${first.names})`);
  const otherSaved = otherLanguages.filter((p) => (first.keys ?? []).includes(new URL(p || './', site.url).href));
  check(otherSaved.length === 0, `the other languages' pages are not saved in advance (${otherSaved.slice(0, 5)})`);
  check(!(first.keys ?? []).some((u) => u.endsWith('.wasm')), 'the checker\'s Wasm is not saved before the checker is used');

  // The reader uses the checker once, online: its module and Wasm are fetched and saved then.
  await visit(page.goto(`${site.url}checker/`, { waitUntil: 'load' }));
  await page.waitForFunction(() => document.documentElement.dataset.checker, null, { timeout: 20000 }).catch(() => {});
  await page.fill('#checker-text', 'Bonjour', { timeout: 5000 }).catch(() => {});
  const online = await page.waitForFunction(() => ['ready', 'failed'].includes(document.documentElement.dataset.checker), null, { timeout: 20000 })
    .then(() => page.evaluate(() => document.documentElement.dataset.checker), () => 'timeout');
  check(online === 'ready', `online, the checker loads on first use (${online})`);
  const used = await poll(page, cacheState, null, (s) => (s.keys ?? []).some((u) => u.endsWith('.wasm')), 10000);
  check((used.keys ?? []).some((u) => u.endsWith('.wasm')), 'once used, the checker\'s Wasm is saved for offline use');
  await visit(page.goto(site.url, { waitUntil: 'load' }));
  const firstVersion = first.name?.split(':').pop();

  // Offline.
  await offline(true);
  const home = await visit(page.reload({ waitUntil: 'load' }));
  check(home?.fromServiceWorker(), 'offline, the home page comes from the service worker');
  check((await page.title()).length > 0 && await page.locator('main h1').count() > 0, `offline, the home page renders (${await page.title()})`);
  const charter = await visit(page.goto(`${site.url}charter/`, { waitUntil: 'load' }));
  check(charter?.ok() && charter.fromServiceWorker(), 'offline, the charter opens');
  check(charterTitle.length > 0 && await page.title() === charterTitle, `offline, the charter has its title (${await page.title()})`);
  const css = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).display).catch(() => 'inline');
  check(css !== 'inline', 'offline, the style sheet applies');

  await visit(page.goto(`${site.url}checker/`, { waitUntil: 'load' }));
  await page.waitForFunction(() => document.documentElement.dataset.checker, null, { timeout: 20000 }).catch(() => {});
  await page.fill('#checker-text', personal.text, { timeout: 5000 }).catch(() => {});
  const ready = await page.waitForFunction(() => ['ready', 'failed'].includes(document.documentElement.dataset.checker), null, { timeout: 20000 })
    .then(() => page.evaluate(() => document.documentElement.dataset.checker), () => 'timeout');
  check(ready === 'ready', `offline, the checker loads its Wasm (${ready})`);
  const verdict = await page.waitForFunction(() => {
    const v = document.querySelector('.checker-verdict');
    return v && !document.querySelector('.checker-result').hidden && v.textContent.length > 0 && v.className;
  }, null, { timeout: 10000 }).then((h) => h.jsonValue(), () => '');
  check(String(verdict).includes('verdict-never'), `offline, the checker classifies a text (${verdict})`);

  const unsaved = await page.goto(`${site.url}${unsavedPath}`, { waitUntil: 'load' }).then(() => 'opened', (e) => e.message.split('\n')[0]);
  check(unsaved !== 'opened', `offline, a page never saved (${unsavedPath}) is not invented (${unsaved})`);

  // A new build is published: new pages, and a worker and manifest with a new version.
  await offline(false);
  const newVersion = 'f00dfeedf00dfeed';
  const indexPath = join(root, 'index.html');
  await writeFile(indexPath, (await readFile(indexPath, 'utf8')).replace('</main>', '<p id="new-build">new build</p></main>'));
  for (const file of ['sw.js', 'sw-precache.json']) {
    const path = join(root, file);
    await writeFile(path, (await readFile(path, 'utf8')).replaceAll(firstVersion, newVersion));
  }
  await visit(page.goto(site.url, { waitUntil: 'load' }));
  check(await page.locator('#new-build').count() === 1, 'online, the reader gets the new build at once (network first)');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update()).catch(() => {});
  const second = await poll(page, cacheState, newVersion, (s) => s.name && s.missing.length === 0);
  check(second.name?.endsWith(newVersion) && second.missing.length === 0, `the new build is saved in a new cache (${second.name})`);
  // The new worker deletes the old cache when it activates, and Chromium activates it (even with
  // skipWaiting) only once the old worker has finished the events it is handling: on a loaded
  // machine that can take a while, so this waits longer, and says where the workers stand if not.
  const alone = await poll(page, cacheState, newVersion, (s) => s.names?.length === 1, 60000);
  const workers = alone.names?.length === 1 ? '' : await page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    const state = (w) => (w ? `${w.state} ${new URL(w.scriptURL).pathname}` : 'none');
    return `; active: ${state(r?.active)}, waiting: ${state(r?.waiting)}, installing: ${state(r?.installing)}`;
  }).catch((e) => `; ${e}`);
  check(alone.names?.length === 1, `the old cache is deleted (${alone.names ?? alone.error}${workers})`);
  await offline(true);
  await visit(page.reload({ waitUntil: 'load' }));
  check(await page.locator('#new-build').count() === 1, 'offline, the saved home page is the new build');

  // Opened from disk, the site registers no worker and raises no error.
  const disk = await context.newPage();
  const diskErrors = [];
  disk.on('pageerror', (e) => diskErrors.push(String(e)));
  await visit(disk.goto(`file://${join(root, 'charter', 'index.html')}`, { waitUntil: 'load' }));
  await disk.waitForTimeout(300);
  const diskWorker = await disk.evaluate(() => Boolean(navigator.serviceWorker && navigator.serviceWorker.controller)).catch(() => false);
  check(!diskWorker && diskErrors.length === 0, `from file://, no worker and no error (${diskErrors.join(' | ')})`);

  check(external.length === 0, `no request to another host (${external.join(', ')})`);
  const relevant = errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e));
  check(relevant.length === 0, `no page error (${relevant.join(' | ')})`);
} catch (e) {
  // a step that throws (a page closed under it) fails the run, which then
  // ends instead of waiting on what is left open
  check(false, `the run stopped: ${e}`);
} finally {
  const give = (ms) => new Promise((r) => setTimeout(r, ms).unref());
  await Promise.race([browser.close(), give(10000)]);
  await Promise.race([site.close(), give(5000)]);
  await rm(root, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
