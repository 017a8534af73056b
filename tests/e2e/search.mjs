// Search in a real browser: the header link becomes the search page with JavaScript, a query returns
// the expected page and heading, and only the site's own index files are fetched. With revisions, an
// older revision and the draft search themselves by default with the option of the revision in force;
// each result names its revision and a query fetches the index of the chosen edition only.
// Usage: node search.mjs PUBLIC_DIR
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { serveSite } from './serve.mjs';
import { launch, isLoopback } from './browser.mjs';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

  // Search per revision (the default handbook has revisions 2025 and 2026, and a draft with --drafts).
  const path = (u) => new URL(u).pathname;
  // Runs `q` (or waits for the current query) until every result carries `label`; returns the links,
  // the status and the index files fetched meanwhile.
  const run = async (q, label, act) => {
    const from = requests.length;
    if (act) await act(); else await page.fill('#search-q', q);
    await page.waitForFunction((l) => {
      const lis = document.querySelectorAll('[data-search-results] li');
      return lis.length > 0 && Array.from(lis).every((li) => li.querySelector('.badge')?.textContent === l);
    }, label, { timeout: 10000 });
    await page.waitForTimeout(300);
    return {
      links: await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.href)),
      status: await page.textContent('[data-search-status]'),
      fetched: requests.slice(from).map(path).filter((p) => p.includes('/search/') && p.endsWith('.json')),
      query: new URL(page.url()).searchParams,
    };
  };
  const only = (r, folder) => r.fetched.length > 0 && r.fetched.every((p) => p.startsWith(folder));
  const inside = (r, folder, not = []) => r.links.length > 0
    && r.links.every((h) => path(h).startsWith(folder) && !not.some((n) => path(h).startsWith(n)));
  const legend = async () => (await page.$('fieldset.scope legend')) !== null;

  await page.goto(new URL('revisions/2025/search/', site.url).href);
  await page.waitForSelector('form[data-index]:not([hidden])');
  check(await legend(), 'an older revision offers a choice of revision in a fieldset with a legend');
  check(await page.isChecked('input[name=in][value=here]'), 'an older revision searches itself by default');
  check((await page.textContent('label:has(input[value=here])')).includes('2025'), 'the default choice names revision 2025');
  check((await page.textContent('label:has(input[value=newest])')).includes('2026'), 'the other choice names the revision in force');
  let r = await run('données personnelles', 'Révision 2025');
  check(inside(r, '/revisions/2025/', ['/revisions/2025/en/']), `results link into revision 2025 (${r.links.slice(0, 3)})`);
  check(only(r, '/revisions/2025/search/'), `the query fetches revision 2025's index only (${r.fetched})`);
  check(r.status.includes('Révision 2025'), `the status names the revision searched (${r.status})`);
  check(r.query.get('q') === 'données personnelles' && !r.query.has('in'), `the URL carries the query, no scope by default (${page.url()})`);
  r = await run(null, 'Révision 2026', () => page.check('input[name=in][value=newest]'));
  check(inside(r, '/', ['/revisions/', '/draft/', '/en/']), `the revision in force links to its pages at the root (${r.links.slice(0, 3)})`);
  check(only(r, '/search/'), `switching fetches the index in force only (${r.fetched})`);
  check(r.status.includes('Révision 2026'), `switching is announced (${r.status})`);
  check(r.query.get('in') === 'newest' && r.query.get('q') === 'données personnelles', `the URL carries the scope (${page.url()})`);
  r = await run(null, 'Révision 2025', () => page.check('input[name=in][value=here]'));
  check(r.fetched.length === 0 && !r.query.has('in'), `back to revision 2025 from memory, scope out of the URL (${r.fetched})`);

  // A shared link opens the same search in the same revision.
  const shared = new URL('revisions/2025/search/?q=charte&in=newest', site.url).href;
  r = await run(null, 'Révision 2026', () => page.goto(shared));
  check(await page.isChecked('input[name=in][value=newest]'), 'a shared link restores the scope');
  check(only(r, '/search/') && inside(r, '/', ['/revisions/', '/draft/']), `a shared link searches the revision in force only (${r.fetched})`);

  await page.goto(new URL('search/', site.url).href);
  await page.waitForSelector('form[data-index]:not([hidden])');
  check(!(await legend()) && (await page.$('input[name=in]')) === null, 'the revision in force offers no choice');
  r = await run('charte', 'Révision 2026');
  check(only(r, '/search/') && inside(r, '/', ['/revisions/', '/draft/']), 'the revision in force searches itself');
  check(!r.query.has('in'), 'no scope in the URL of the revision in force');

  await page.goto(new URL('revisions/2026/search/', site.url).href);
  await page.waitForSelector('form[data-index]:not([hidden])');
  check(!(await legend()), 'the revision in force under revisions/ offers no choice either');

  await page.goto(new URL('draft/search/', site.url).href);
  await page.waitForSelector('form[data-index]:not([hidden])');
  check(await page.isChecked('input[name=in][value=here]') && (await page.$('input[name=in][value=newest]')) !== null,
    'the draft searches itself by default and offers the revision in force');
  r = await run('charte', 'Brouillon');
  check(only(r, '/draft/search/') && inside(r, '/draft/', ['/draft/en/']), `the draft searches the draft (${r.fetched})`);
  r = await run(null, 'Révision 2026', () => page.check('input[name=in][value=newest]'));
  check(only(r, '/search/') && inside(r, '/', ['/revisions/', '/draft/']), `the draft can search the revision in force (${r.fetched})`);

  // In English, by keyboard: the arrow key moves to the other choice, which re-runs the query.
  await page.goto(new URL('revisions/2025/en/search/', site.url).href);
  await page.waitForSelector('form[data-index]:not([hidden])');
  check((await page.textContent('fieldset.scope legend')) === 'Where to search', 'the choice is in English');
  r = await run('prompt-003', 'Revision 2025');
  check(inside(r, '/revisions/2025/en/') && only(r, '/revisions/2025/en/search/'), `English revision 2025 searches itself (${r.fetched})`);
  check(r.links[0].includes('prompts/prompt-003/'), `English revision 2025 finds the prompt (${r.links.slice(0, 2)})`);
  r = await run(null, 'Revision 2026', async () => { await page.focus('input[name=in]:checked'); await page.keyboard.press('ArrowDown'); });
  check(inside(r, '/en/') && only(r, '/en/search/'), `English switches to the English revision in force (${r.fetched})`);
  check(r.status.includes('Revision 2026') && r.query.get('in') === 'newest', `announced and in the URL (${r.status})`);
  check(requests.every((u) => isLoopback(u)), 'no request to another host');
  check(errors.length === 0, `no page error (${errors})`);

  // The choice and the labelled results meet WCAG 2.2 AA in both schemes (audit.mjs sees no results).
  for (const colorScheme of ['light', 'dark']) {
    const axe = await (await browser.newContext({ colorScheme, bypassCSP: true })).newPage();
    await axe.goto(new URL('revisions/2025/search/?q=donn%C3%A9es&in=newest', site.url).href);
    await axe.waitForSelector('[data-search-results] .badge');
    await axe.addScriptTag({ content: axeSource });
    const result = await axe.evaluate(async () => await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    check(serious.length === 0, `axe on results with a choice of revision, ${colorScheme} (${serious.map((v) => `${v.id} ${v.nodes[0]?.target}`)})`);
  }

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
