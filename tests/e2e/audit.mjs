// Browser audit of a built handbook: crawls every page from the home page and checks, on each,
// zero axe-core violations of impact serious or critical (WCAG 2.2 AA rules), no console error,
// no request to a host other than this machine, no broken internal link, and that the page reads
// without JavaScript. It names no page but the decision tree's address: what it audits is found by
// following links from the home page, so it holds for any handbook. Usage: node audit.mjs PUBLIC_DIR
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { serveSite } from './serve.mjs';
import { launch, isLoopback } from './browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const root = process.argv[2];
if (!root) { console.error('usage: node audit.mjs PUBLIC_DIR'); process.exit(2); }

const site = await serveSite(root);
const browser = await launch();
let passed = 0; let failed = 0;
const fail = (msg) => { failed++; console.log(`FAIL ${msg}`); };
const pass = () => { passed++; };

try {
  // bypassCSP only lets the test inject axe-core; the site's own policy is checked in checker.mjs.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const external = []; const consoleErrors = [];
  page.on('request', (r) => { if (!isLoopback(r.url())) external.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));

  const queue = [site.url]; const seen = new Set(queue); const pages = [];
  while (queue.length) {
    const url = queue.shift();
    const response = await page.goto(url, { waitUntil: 'load' });
    const status = response?.status() ?? 0;
    if (status !== 200) { fail(`${url}: HTTP ${status} (broken internal link)`); continue; }
    pages.push(url);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
    for (const href of links) {
      const u = new URL(href); u.hash = '';
      if (u.origin === new URL(site.url).origin && !seen.has(u.href) && !/\.(json|xml|txt|pdf|zip|css|js|wasm)$/.test(u.pathname)) {
        seen.add(u.href); queue.push(u.href);
      }
    }
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (serious.length) {
      for (const v of serious) fail(`${url}: axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`);
    } else pass();
  }
  if (external.length) fail(`requests to other hosts: ${[...new Set(external)].join(', ')}`); else pass();
  if (consoleErrors.length) fail(`console errors: ${consoleErrors.join(' | ')}`); else pass();

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  for (const url of pages) {
    await plain.goto(url);
    // What a reader sees (hidden elements left out): the page's title and its text, 40 characters at
    // least, or all of it on a page shorter than that.
    const { seen, all, h1 } = await plain.$eval('main', (m) => ({
      seen: m.innerText.replace(/\s+/g, ' ').trim(),
      all: m.textContent.replace(/\s+/g, ' ').trim(),
      h1: m.querySelector('h1')?.innerText.replace(/\s+/g, ' ').trim() ?? '',
    })).catch(() => ({ seen: '', all: '', h1: '' }));
    if (!h1 || !seen.includes(h1) || seen.length <= h1.length || seen.length < Math.min(40, all.length)) {
      fail(`${url}: main content unreadable without JavaScript (${seen.length} of ${all.length} characters shown, title "${h1}")`);
    } else pass();
  }
  // Keyboard only: from the top of the decision tree, Tab to an answer and press Enter, again and
  // again, until a leaf (a category) is reached.
  const keys = await browser.newPage();
  await keys.goto(`${site.url}decision-tree/`);
  let reached = null;
  for (let i = 0; i < 200 && !reached; i++) {
    await keys.keyboard.press('Tab');
    const onAnswer = await keys.evaluate(() => document.activeElement?.classList.contains('answer'));
    if (onAnswer) {
      await keys.keyboard.press('Enter');
      reached = await keys.evaluate(() => {
        const target = document.querySelector(':target');
        return target && target.classList.contains('leaf') ? target.id : null;
      });
    }
  }
  if (reached) pass(); else fail('keyboard-only walk through the decision tree never reached a leaf');

  // The dark colour scheme must meet the same contrast rules.
  const dark = await browser.newContext({ colorScheme: 'dark', bypassCSP: true });
  const darkPage = await dark.newPage();
  for (const url of pages) {
    await darkPage.goto(url);
    await darkPage.addScriptTag({ content: axeSource });
    const result = await darkPage.evaluate(async () => await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2aa'] } }));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (serious.length) {
      for (const v of serious) fail(`${url} (dark): axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`);
    } else pass();
  }
  console.log(`audited ${pages.length} pages (light and dark schemes, with and without JavaScript)`);
} finally {
  await browser.close();
  await site.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
