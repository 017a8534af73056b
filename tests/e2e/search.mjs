// Search in a real browser: the header link becomes the search page with JavaScript, a query returns
// the expected page and heading, and only the site's own index files are fetched. With revisions, an
// older revision and the draft search themselves by default with the option of the revision in force;
// each result names its revision and a query fetches the index of the chosen edition only.
// What to search for and where is read from the site given (see site.mjs): the words of one of its
// headings, one of its prompt ids, its revisions, draft and languages; so it tests any handbook.
// Usage: node search.mjs PUBLIC_DIR
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { serveSite } from './serve.mjs';
import { launch, isLoopback } from './browser.mjs';
import { editions, own, page as read, prompts, searchableHeading, sitemap } from './site.mjs';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const root = process.argv[2];
if (!root) { console.error('usage: node search.mjs PUBLIC_DIR'); process.exit(2); }
const ed = await editions(root);
const pages = await sitemap(root);
const site = await serveSite(root);
const browser = await launch();
let passed = 0; let failed = 0;
const check = (ok, what) => { if (ok) passed++; else { failed++; console.log(`FAIL ${what}`); } };
try {
  const page = await browser.newPage();
  const errors = []; const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  const path = (u) => decodeURI(new URL(u).pathname);
  const langs = (prefix) => ed.languages.map((l) => `/${prefix}${l.prefix}`);
  // The heading a query for its own words must find, and the page it is on.
  const heading = async (prefixes) => {
    const h = await searchableHeading(root, prefixes);
    if (!h) throw new Error(`no heading shared by the editions ${prefixes.map((p) => p || '(root)').join(', ')} to search for`);
    return h;
  };

  await page.goto(site.url);
  check((await page.getAttribute('a[data-search]', 'href')).endsWith('search/'), 'with JavaScript the header link opens the search page');
  await page.click('a[data-search]');
  await page.waitForSelector('form[data-index]:not([hidden])');
  const home = await heading(['']);
  console.log(`searching for "${home.text}" (${home.path}#${home.id})`);
  const anchors = (await read(root, home.path)).headings.map((h) => h.id);
  await page.fill('#search-q', home.text);
  await page.waitForFunction(() => document.querySelectorAll('[data-search-results] a').length > 0, null, { timeout: 10000 })
    .catch(() => {});
  const hrefs = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.href));
  const onPage = hrefs.filter((h) => path(h) === `/${home.path}`);
  check(onPage.length > 0, `"${home.text}" finds its page ${home.path} (${hrefs.slice(0, 4).map(path)})`);
  check(onPage.some((h) => anchors.includes(decodeURIComponent(new URL(h).hash.slice(1)))),
    `the result points at one of that page's headings (${onPage.map((h) => new URL(h).hash)}, headings ${anchors.slice(0, 6)})`);
  check((await page.textContent('[data-search-status]')).length > 0, 'the result count is announced');
  const rootPrompts = await prompts(root);
  if (rootPrompts.length) {
    const prompt = rootPrompts[rootPrompts.length - 1];
    await page.fill('#search-q', prompt.id.toLowerCase());
    // Until the first result is that prompt, or ten seconds (the check below then says what came).
    await page.waitForFunction((p) => decodeURI(new URL(document.querySelector('[data-search-results] a')?.href ?? 'about:blank').pathname) === p,
      `/${prompt.path}`, { timeout: 10000 }).catch(() => {});
    const ids = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.href));
    check(ids[0] && path(ids[0]) === `/${prompt.path}`, `a prompt id (${prompt.id}) finds its prompt first (${ids.slice(0, 3).map(path)})`);
  } else console.log('SKIP the handbook has no prompt: no prompt id searched');
  // A word from inside a section (not its first sentence, not the page's intro): its result shows
  // the sentence it is in, not the page's intro. Read from the root edition's own result files.
  const dir = `${root}/search/d`;
  const candidates = [];
  for (const f of (await readdir(dir)).sort((a, b) => parseInt(a) - parseInt(b))) {
    const d = JSON.parse(await readFile(`${dir}/${f}`, 'utf8'));
    for (const h of d.h) {
      const sentences = (h[2] || '').split(/(?<=[.!?…:;])\s+/);
      const later = sentences.slice(1).find((x) => !x.endsWith('…'));
      const word = later && later.split(/[^\p{L}]+/u).filter((w) => w.length >= 9 && !d.x.includes(w) && !sentences[0].includes(w) && !d.t.includes(w) && !h[1].includes(w))[0];
      if (word) candidates.push({ url: d.u, word, sentence: later });
    }
  }
  let shownPassage = null;
  for (const c of candidates.slice(0, 6)) {
    await page.fill('#search-q', `${c.word} `);
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0, null, { timeout: 5000 }).catch(() => {});
    await page.waitForTimeout(200);
    const texts = await page.$$eval('[data-search-results] li', (lis, u) => lis.filter((li) => new URL(li.querySelector('a').href).pathname.endsWith(`/${u}`))
      .map((li) => li.querySelector('p').textContent), c.url);
    if (texts.length) { shownPassage = { c, text: texts[0] }; break; }
  }
  if (shownPassage) {
    check(shownPassage.text.includes(shownPassage.c.sentence), `a search for "${shownPassage.c.word}" shows the sentence it is in (${shownPassage.text.slice(0, 120)})`);
  } else console.log(`SKIP no section sentence to search for (${candidates.length} candidates)`);
  check(requests.every((u) => isLoopback(u)), 'no request to another host');
  check(errors.length === 0, `no page error (${errors})`);

  // Runs `q` (or waits for the current query) until every result carries `label`; returns the links,
  // the status and the index files fetched meanwhile.
  const run = async (q, label, act) => {
    const from = requests.length;
    if (act) await act(); else await page.fill('#search-q', q);
    await page.waitForFunction((l) => {
      const lis = document.querySelectorAll('[data-search-results] li');
      return lis.length > 0 && Array.from(lis).every((li) => li.querySelector('.badge')?.textContent === l);
    }, label, { timeout: 10000 }).catch(() => {});
    await page.waitForTimeout(300);
    return {
      links: await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.href)),
      badges: await page.$$eval('[data-search-results] .badge', (bs) => bs.map((b) => b.textContent)),
      status: await page.textContent('[data-search-status]'),
      fetched: requests.slice(from).map(path).filter((p) => p.includes('/search/') && p.endsWith('.json')),
      query: new URL(page.url()).searchParams,
    };
  };
  const only = (r, folder) => r.fetched.length > 0 && r.fetched.every((p) => p.startsWith(folder));
  const inside = (r, folder, not = []) => r.links.length > 0
    && r.links.every((h) => path(h).startsWith(folder) && !not.some((n) => path(h).startsWith(n)));
  const labelled = (r, label) => r.badges.length > 0 && r.badges.every((b) => b === label);
  const legend = async () => (await page.$('fieldset.scope legend')) !== null;
  const choice = async (value) => ({
    label: await page.getAttribute(`input[name=in][value=${value}]`, 'data-label'),
    text: await page.textContent(`label:has(input[value=${value}])`),
  });
  const open = async (prefix, query = '') => {
    await page.goto(new URL(`${prefix}search/${query}`, site.url).href);
    await page.waitForSelector('form[data-index]:not([hidden])');
  };
  const atRoot = ['/revisions/', '/draft/', ...langs('')];

  // Search per revision: an older revision (the oldest), the revision in force, the draft.
  if (ed.older.length === 0) {
    console.log(`SKIP the site has ${ed.revisions.length} revision(s): no older revision to search`);
  } else {
    const old = ed.older[0]; const oldPrefix = `revisions/${old}/`;
    const q = (await heading([oldPrefix, ''])).text;
    console.log(`searching revision ${old} and the revision in force ${ed.inForce} for "${q}"`);
    await open('');
    const newestLabel = await page.getAttribute('form[data-index]', 'data-label');
    check(!(await legend()) && (await page.$('input[name=in]')) === null, 'the revision in force offers no choice');
    check(newestLabel?.includes(ed.inForce), `the revision in force is labelled with its id ${ed.inForce} (${newestLabel})`);
    let r = await run(q, newestLabel);
    check(labelled(r, newestLabel), `results of the revision in force carry its label (${r.badges.slice(0, 2)})`);
    check(only(r, '/search/') && inside(r, '/', atRoot), `the revision in force searches itself (${r.fetched})`);
    check(!r.query.has('in'), 'no scope in the URL of the revision in force');

    await open(oldPrefix);
    check(await legend(), `an older revision (${old}) offers a choice of revision in a fieldset with a legend`);
    check(await page.isChecked('input[name=in][value=here]'), 'an older revision searches itself by default');
    const here = await choice('here'); const newest = await choice('newest');
    check(here.text.includes(old) && here.label.includes(old), `the default choice names revision ${old} (${here.text})`);
    check(newest.text.includes(ed.inForce) && newest.label === newestLabel, `the other choice names the revision in force ${ed.inForce} (${newest.text})`);
    r = await run(q, here.label);
    check(labelled(r, here.label), `each result names revision ${old} (${r.badges.slice(0, 2)})`);
    check(inside(r, `/${oldPrefix}`, langs(oldPrefix)), `results link into revision ${old} (${r.links.slice(0, 3).map(path)})`);
    check(only(r, `/${oldPrefix}search/`), `the query fetches revision ${old}'s index only (${r.fetched})`);
    check(r.status.includes(here.label), `the status names the revision searched (${r.status})`);
    check(r.query.get('q') === q && !r.query.has('in'), `the URL carries the query, no scope by default (${page.url()})`);
    r = await run(null, newestLabel, () => page.check('input[name=in][value=newest]'));
    check(labelled(r, newestLabel), `switching, each result names the revision in force (${r.badges.slice(0, 2)})`);
    check(inside(r, '/', atRoot), `the revision in force links to its pages at the root (${r.links.slice(0, 3).map(path)})`);
    check(only(r, '/search/'), `switching fetches the index in force only (${r.fetched})`);
    check(r.status.includes(newestLabel), `switching is announced (${r.status})`);
    check(r.query.get('in') === 'newest' && r.query.get('q') === q, `the URL carries the scope (${page.url()})`);
    r = await run(null, here.label, () => page.check('input[name=in][value=here]'));
    check(labelled(r, here.label) && r.fetched.length === 0 && !r.query.has('in'), `back to revision ${old} from memory, scope out of the URL (${r.fetched})`);

    // A shared link opens the same search in the same revision.
    r = await run(null, newestLabel, () => page.goto(new URL(`${oldPrefix}search/?q=${encodeURIComponent(q)}&in=newest`, site.url).href));
    check(await page.isChecked('input[name=in][value=newest]'), 'a shared link restores the scope');
    check(labelled(r, newestLabel) && only(r, '/search/') && inside(r, '/', atRoot), `a shared link searches the revision in force only (${r.fetched})`);

    await open(`revisions/${ed.inForce}/`);
    check(!(await legend()), 'the revision in force under revisions/ offers no choice either');

    if (ed.draft) {
      const dq = (await heading(['draft/', ''])).text;
      console.log(`searching the draft and the revision in force for "${dq}"`);
      await open('draft/');
      check(await page.isChecked('input[name=in][value=here]') && (await page.$('input[name=in][value=newest]')) !== null,
        'the draft searches itself by default and offers the revision in force');
      const draft = await choice('here');
      check(draft.label && draft.label !== newestLabel && !ed.revisions.some((id) => draft.label === here.label.replace(old, id)),
        `the draft is labelled as no revision is (${draft.label})`);
      r = await run(dq, draft.label);
      check(labelled(r, draft.label) && only(r, '/draft/search/') && inside(r, '/draft/', langs('draft/')), `the draft searches the draft (${r.fetched})`);
      r = await run(null, newestLabel, () => page.check('input[name=in][value=newest]'));
      check(labelled(r, newestLabel) && only(r, '/search/') && inside(r, '/', atRoot), `the draft can search the revision in force (${r.fetched})`);
    } else console.log('SKIP no draft/ (built without --drafts)');

    // In another language, by keyboard: the arrow key moves to the other choice, which re-runs the query.
    const rootLegend = await (async () => { await open(oldPrefix); return page.textContent('fieldset.scope legend'); })();
    for (const { lang, prefix } of ed.languages) {
      const oldLang = `${oldPrefix}${prefix}`;
      if (!pages.includes(oldLang)) { console.log(`SKIP revision ${old} has no ${lang} edition`); continue; }
      await open(oldLang);
      check(await page.getAttribute('html', 'lang') === lang && (await page.textContent('fieldset.scope legend')) !== rootLegend,
        `the choice is in ${lang} (${await page.textContent('fieldset.scope legend')})`);
      const hereLang = await choice('here');
      const newestLang = await choice('newest');
      const inForcePrompts = new Set((await prompts(root, prefix)).map((p) => p.id));
      const shared = (await prompts(root, oldLang)).filter((p) => inForcePrompts.has(p.id));
      const prompt = shared[shared.length - 1];
      const lq = prompt ? prompt.id.toLowerCase() : (await heading([oldLang, prefix])).text;
      r = await run(lq, hereLang.label);
      check(labelled(r, hereLang.label) && inside(r, `/${oldLang}`) && only(r, `/${oldLang}search/`), `${lang} revision ${old} searches itself (${r.fetched})`);
      if (prompt) check(r.links[0] && path(r.links[0]) === `/${prompt.path}`, `${lang} revision ${old} finds the prompt ${prompt.id} first (${r.links.slice(0, 2).map(path)})`);
      r = await run(null, newestLang.label, async () => { await page.focus('input[name=in]:checked'); await page.keyboard.press('ArrowDown'); });
      check(labelled(r, newestLang.label) && inside(r, `/${prefix}`) && only(r, `/${prefix}search/`), `${lang} switches to the ${lang} revision in force (${r.fetched})`);
      check(newestLang.label.includes(ed.inForce) && r.status.includes(newestLang.label) && r.query.get('in') === 'newest', `announced and in the URL (${r.status})`);
    }
    check(requests.every((u) => isLoopback(u)), 'no request to another host');
    check(errors.length === 0, `no page error (${errors})`);

    // The choice and the labelled results meet WCAG 2.2 AA in both schemes (audit.mjs sees no results).
    for (const colorScheme of ['light', 'dark']) {
      const axe = await (await browser.newContext({ colorScheme, bypassCSP: true })).newPage();
      await axe.goto(new URL(`${oldPrefix}search/?q=${encodeURIComponent(q)}&in=newest`, site.url).href);
      await axe.waitForSelector('[data-search-results] .badge', { timeout: 10000 }).catch(() => {});
      await axe.addScriptTag({ content: axeSource });
      const result = await axe.evaluate(async () => await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }));
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      check(serious.length === 0, `axe on results with a choice of revision, ${colorScheme} (${serious.map((v) => `${v.id} ${v.nodes[0]?.target}`)})`);
    }
  }

  // Without JavaScript the header link leads to a list of every page of the edition (the sitemap's).
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(site.url);
  const href = await plain.getAttribute('a[data-search]', 'href');
  check(href.endsWith('all-pages/'), 'without JavaScript the header link lists every page');
  // The list may continue on further pages (rel="next"): follow them all.
  const listed = new Set();
  let next = new URL(href, site.url).href;
  for (let n = 0; next && n < 1000; n++) {
    await plain.goto(next);
    for (const p of await plain.$$eval('main a[href]', (as) => as.map((a) => { const u = new URL(a.href); u.hash = ''; return decodeURI(u.pathname); }))) listed.add(p);
    next = await plain.$eval('main a[rel="next"]', (a) => a.href).catch(() => null);
  }
  const missing = own(pages, '', ed).filter((p) => p !== 'all-pages/' && !listed.has(`/${p}`));
  check(own(pages, '', ed).length > 0 && missing.length === 0, `the all-pages list links every page of the sitemap (missing: ${missing.slice(0, 5)})`);
} finally {
  await browser.close();
  await site.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
