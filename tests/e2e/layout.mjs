// Page layout in Chromium at a phone's width and a desktop's: no page of the built site may scroll
// sideways in a 390 px wide viewport (wide tables and charts scroll inside their own box or reflow,
// long words break), and the decision tree's flowchart sets its text at 12 px or more on a 1280 px
// screen, keeps a cut label's full words in a <title>, and scrolls, when it is wider than the
// screen, inside a labelled region. On the phone the header stays compact (≤ 120 px) with every
// navigation link still there (its rows scroll sideways inside themselves). Every page is found in the site folder itself (each
// index.html and 404.html), so it holds for any handbook. Usage: node layout.mjs PUBLIC_DIR
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { serveSite } from './serve.mjs';
import { launch } from './browser.mjs';

const root = process.argv[2];
if (!root) { console.error('usage: node layout.mjs PUBLIC_DIR'); process.exit(2); }

/** Site-relative paths of every page (`` for the home page, `404.html`), sorted. */
async function pages(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await pages(path)));
    else if (entry.name === 'index.html') out.push(relative(root, dir).split(sep).join('/'));
    else if (entry.name === '404.html' && dir === root) out.push('404.html');
  }
  return out;
}

const site = await serveSite(root);
const browser = await launch();
let passed = 0; let failed = 0;
const check = (ok, msg) => { if (ok) passed++; else { failed++; console.log(`FAIL ${msg}`); } };
const url = (p) => site.url + (p && !p.endsWith('.html') ? `${p}/` : p);

try {
  const all = (await pages(root)).sort();
  check(all.length > 0, 'the site has pages');
  // Service workers would fetch the whole site in the background: not what is measured here.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await phone.newPage();
  const wide = []; const tall = []; const hidden = [];
  for (const p of all) {
    await page.goto(url(p), { waitUntil: 'load' });
    const [width, header, unseen] = await page.evaluate(() => {
      const h = document.querySelector('.site-header');
      // A link of the header that takes no room is a link a reader cannot reach.
      const gone = h ? [...h.querySelectorAll('nav a')].filter((a) => a.getClientRects().length === 0).length : 0;
      return [document.documentElement.scrollWidth, h ? h.getBoundingClientRect().height : 0, gone];
    });
    if (width > 390) wide.push(`${p || '/'} (${width} px)`);
    if (header > 120) tall.push(`${p || '/'} (${Math.round(header)} px)`);
    if (unseen) hidden.push(`${p || '/'} (${unseen})`);
  }
  check(wide.length === 0, `no page is wider than a 390 px screen (${wide.length} of ${all.length}: ${wide.slice(0, 8).join(', ')})`);
  check(tall.length === 0, `the header is at most 120 px tall at 390 px (${tall.length} of ${all.length}: ${tall.slice(0, 8).join(', ')})`);
  check(hidden.length === 0, `no header link is hidden at 390 px (${hidden.slice(0, 8).join(', ')})`);
  console.log(`measured ${all.length} pages at 390 px`);

  // The decision tree of every edition that has one.
  const trees = all.filter((p) => /(^|\/)decision-tree$/.test(p));
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const big = await desktop.newPage();
  for (const p of trees) {
    await big.goto(url(p), { waitUntil: 'load' });
    const chart = await big.evaluate(() => {
      const svg = document.querySelector('svg.tree-chart');
      if (!svg) return null;
      const scale = svg.getScreenCTM().a;
      const texts = [...svg.querySelectorAll('text')];
      const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      const cut = texts.filter((t) => t.textContent.includes('…'));
      const cutTitled = cut.filter((t) => t.closest('g')?.querySelector(':scope > title') || t.querySelector('title'));
      const box = svg.parentElement;
      return {
        min: Math.min(...sizes), cut: cut.length, cutTitled: cutTitled.length,
        scrolls: box.scrollWidth > box.clientWidth, labelled: Boolean(box.getAttribute('aria-labelledby') || box.getAttribute('aria-label')),
        focusable: box.tabIndex >= 0,
      };
    });
    if (!chart) { console.log(`SKIP ${p}: no flowchart`); continue; }
    check(chart.min >= 12, `${p}: the flowchart's smallest text is ${chart.min.toFixed(1)} px at 1280 px (at least 12)`);
    check(chart.cut === chart.cutTitled, `${p}: every shortened label keeps its full text in a <title> (${chart.cutTitled} of ${chart.cut})`);
    for (const [name, ctx] of [['1280 px', big], ['390 px', page]]) {
      if (ctx === page) await page.goto(url(p), { waitUntil: 'load' });
      const box = name === '1280 px' ? chart : await page.evaluate(() => {
        const b = document.querySelector('svg.tree-chart').parentElement;
        return { scrolls: b.scrollWidth > b.clientWidth, labelled: Boolean(b.getAttribute('aria-labelledby') || b.getAttribute('aria-label')), focusable: b.tabIndex >= 0 };
      });
      if (box.scrolls) check(box.labelled && box.focusable, `${p} at ${name}: the flowchart scrolls in a labelled region a keyboard can reach`);
    }
  }
  console.log(`checked the flowchart of ${trees.length} editions`);
} finally {
  await browser.close();
  await site.close();
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
