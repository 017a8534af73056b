// Search in a real browser: the header link becomes the search page with JavaScript, a query returns
// the expected page and heading, and only the site's own index files are fetched.
// Usage: node search.mjs PUBLIC_DIR
import { serveSite } from './serve.mjs';
import { launch, isLoopback } from './browser.mjs';

const root = process.argv[2];
if (!root) { console.error('usage: node search.mjs PUBLIC_DIR'); process.exit(2); }
const site = await serveSite(root);
const browser = await launch();
let passed = 0; let failed = 0;
const check = (ok, what) => { if (ok) passed++; else { failed++; console.log(`FAIL ${what}`); } };
try {
  const page = await browser.newPage();
  const errors = []; const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(site.url);
  check((await page.getAttribute('a[data-search]', 'href')).endsWith('search/'), 'with JavaScript the header link opens the search page');
  await page.click('a[data-search]');
  await page.waitForSelector('form[data-index]:not([hidden])');
  await page.fill('#search-q', 'données personnelles');
  await page.waitForFunction(() => document.querySelectorAll('[data-search-results] a').length > 0, null, { timeout: 10000 });
  const hrefs = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href')));
  check(hrefs.some((h) => h.includes('method/categories/')), `the categories page is found (${hrefs.slice(0, 5)})`);
  check(hrefs.some((h) => h.includes('#')), 'results point at the matching heading');
  check((await page.textContent('[data-search-status]')).length > 0, 'the result count is announced');
  await page.fill('#search-q', 'prompt-003');
  await page.waitForTimeout(600);
  const ids = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href')));
  check(ids[0] && ids[0].includes('prompts/prompt-003/'), `a prompt id finds its prompt first (${ids.slice(0, 3)})`);
  check(requests.every((u) => isLoopback(u)), 'no request to another host');
  check(errors.length === 0, `no page error (${errors})`);

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(site.url);
  const href = await plain.getAttribute('a[data-search]', 'href');
  check(href.endsWith('all-pages/'), 'without JavaScript the header link lists every page');
  await plain.goto(new URL(href, site.url).href);
  check((await plain.$$('main a')).length > 30, 'the all-pages list links every page');
} finally {
  await browser.close();
  await site.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
