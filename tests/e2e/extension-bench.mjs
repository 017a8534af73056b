// Benchmark (not a test): how long the browser guard takes to decide on a send of a 2 000-character
// prompt in Chromium, measured from the page itself: the time between dispatching Enter in the
// chat-like textarea page and the page's own Enter handler running (for a text the guard lets
// through), or the guard's dialog appearing (for a text it holds). Three cases:
// - "checked while typed": the text had an input event before the send, as typed or pasted text
//   has; the guard decided on it in the background and lets the send through at once;
// - "never checked": the text was set without any input event; the guard holds the send, has the
//   text classified and replays the send;
// - "held": a 2 000-character text with a name and an e-mail, never checked before; time until the
//   dialog is in the page.
// Usage: node extension-bench.mjs EXTENSION_DIR [RUNS]   (extension built with --site 'http://127.0.0.1/*')
import { resolve } from 'node:path';
import { launchGuarded, servePages } from './extension-pages.mjs';

const dir = process.argv[2] && resolve(process.argv[2]);
const runs = Number(process.argv[3] ?? 30);
if (!dir) { console.error('usage: node extension-bench.mjs EXTENSION_DIR [RUNS]'); process.exit(2); }

const SENTENCE = 'Propose un plan de séance pour un atelier de compostage collectif au jardin partagé, avec les étapes, le matériel et les questions à poser aux participants. ';
const prompt = (n, extra = '') => {
  let text = `Séance ${n}. ${extra}`;
  while (text.length < 2000) text += SENTENCE;
  return text.slice(0, 2000);
};

const pages = await servePages();
const { context, close } = await launchGuarded(dir, null);
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms (${s.length} runs)`;
};

try {
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15000 });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  // the page's own measure: when its Enter handler (on the textarea) or the guard's dialog shows up
  await page.evaluate(() => {
    const box = document.getElementById('prompt');
    box.addEventListener('keydown', (e) => { if (e.key === 'Enter') window.benchEnd = performance.now(); });
    new MutationObserver(() => {
      if (document.querySelector('handbook-guard[data-kind="dialog"]')) window.benchEnd ??= performance.now();
    }).observe(document.body, { childList: true });
  });
  const once = (text, typed) => page.evaluate(async ({ text, typed }) => {
    document.querySelector('handbook-guard[data-kind="dialog"]')?.remove();
    const box = document.getElementById('prompt');
    box.value = text;
    if (typed) {
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((ok) => setTimeout(ok, 300));
    }
    window.benchEnd = undefined;
    const start = performance.now();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
    const deadline = start + 5000;
    while (window.benchEnd === undefined && performance.now() < deadline) await new Promise((ok) => setTimeout(ok, 0));
    return window.benchEnd === undefined ? NaN : window.benchEnd - start;
  }, { text, typed });

  await once(prompt(0), true); // wake the background and its classifier
  const cases = [
    ['checked while typed, let through', (i) => once(prompt(i), true)],
    ['never checked, held, checked and replayed', (i) => once(prompt(1000 + i), false)],
    ['personal data, held until the dialog shows', (i) => once(prompt(2000 + i, `Écris à Marie Dupont (marie.dupont${i}@orange.fr). `), false)],
  ];
  for (const [name, run] of cases) {
    const times = [];
    for (let i = 1; i <= runs; i++) times.push(await run(i));
    const failed = times.filter(Number.isNaN).length;
    console.log(`${name}: ${stats(times.filter((t) => !Number.isNaN(t)))}${failed ? `, ${failed} runs without an answer` : ''}`);
  }
} finally {
  await close();
  pages.close();
}
