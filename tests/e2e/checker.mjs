// End-to-end test of the in-page checker in Debian's Chromium: the page loads no Wasm until the
// reader types; then the widget loads, classifies a text with a name, an email and a health fact as `never` with the spans highlighted, pseudonymises it,
// and the page makes no network request once the widget is ready and stores nothing.
// Also: a prompt page loads none of the checker until its form is used, and the form warns before
// copying a personal text; a training exercise gives feedback.
// The prompt is one of the site's own with a placeholder (prompts.json), the person's name one the
// handbook does not declare public (see site.mjs), so it tests any handbook.
// Usage: node checker.mjs PUBLIC_DIR
import { serveSite } from './serve.mjs';
import { launch } from './browser.mjs';
import { personalText, prompts } from './site.mjs';

const root = process.argv[2];
if (!root) { console.error('usage: node checker.mjs PUBLIC_DIR'); process.exit(2); }
const personal = await personalText(root);
const prompt = (await prompts(root)).find((p) => p.placeholders?.length);
const site = await serveSite(root);
const browser = await launch();
let passed = 0; let failed = 0;
const check = (ok, what) => { if (ok) passed++; else { failed++; console.log(`FAIL ${what}`); } };

try {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const requests = [];
  const early = [];
  const onLoad = (r) => early.push(r.url());
  page.on('request', onLoad);
  await page.goto(`${site.url}checker/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.checker, null, { timeout: 15000 });
  check(await page.evaluate(() => document.documentElement.dataset.checker) === 'idle', 'checker waits for a first use');
  check(!early.some((u) => /\.wasm$|wasm_widget|checker-data\.json/.test(u)), `the page loads no Wasm, module or vocabulary before a first use (${early.filter((u) => /wasm|checker-data/.test(u))})`);

  await page.click('#checker-text');
  await page.keyboard.type(personal.text, { delay: 2 });
  await page.waitForFunction(() => document.documentElement.dataset.checker === 'ready', null, { timeout: 15000 });
  check(early.some((u) => u.endsWith('.wasm')), 'the Wasm is fetched once the reader types');
  page.off('request', onLoad);
  page.on('request', (r) => requests.push(r.url()));
  await page.waitForFunction(() => !document.querySelector('.checker-result').hidden && document.querySelector('.checker-verdict').textContent.length > 0);
  await page.waitForTimeout(400);
  const verdictClass = await page.getAttribute('.checker-verdict', 'class');
  check(verdictClass.includes('verdict-never'), `verdict is never (got ${verdictClass})`);
  const marks = await page.$$eval('.checker-annotated mark.finding', (ms) => ms.map((m) => m.textContent));
  check(marks.some((m) => m.startsWith(`Mme ${personal.surname}`)), `name highlighted (${marks})`);
  check(marks.some((m) => m.startsWith(personal.email)), 'email highlighted');
  check(marks.some((m) => m.startsWith(personal.health)), 'health fact highlighted');
  check(marks.every((m) => /\[.+\]$/.test(m)), 'each highlight names its type in text, not by colour alone');
  const status = await page.textContent('.checker [role="status"]');
  check(/Jamais|Never/.test(status), `aria-live status announces the verdict (${status})`);

  await page.click('.checker-pseudonymise');
  const pseudo = await page.textContent('.checker-pseudonymised');
  check(!pseudo.includes(personal.surname) && !pseudo.includes('gmail') && pseudo.includes('Personne_001'), `pseudonymised: ${pseudo}`);
  check(requests.length === 0, `no request after the widget was ready (got ${requests.join(', ')})`);
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
  check(stored === 0, 'nothing stored in the browser');
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  check(csp && csp.includes("connect-src 'self'") && csp.includes("form-action 'none'"), `a Content-Security-Policy forbids sending elsewhere (${csp})`);

  // Prompt page: filling a placeholder with personal data makes the copy button warn first.
  if (!prompt) console.log('SKIP no prompt has a placeholder: the prompt form is not checked');
  else {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    const loaded = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto(`${site.url}${prompt.path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.checker, null, { timeout: 15000 });
    check(await page.isVisible('.prompt-form'), `placeholders become form fields (${prompt.id})`);
    check(!loaded.some((u) => /\/checker\.[0-9a-f]+\.js$|wasm_widget|checker-data\.json/.test(u)),
      `a prompt page loads none of the checker before the form is used (${loaded.filter((u) => /checker|wasm/.test(u))})`);
    await page.fill('.prompt-form input[data-placeholder] >> nth=0', 'Jean Dupont, 06 12 34 56 78');
    await page.waitForFunction(() => document.documentElement.dataset.checker === 'ready', null, { timeout: 15000 });
    await page.waitForTimeout(400);
    check((await page.getAttribute('.prompt-form .checker-verdict', 'class')).includes('verdict-never'), 'assembled prompt checked live');
    let dialog = null;
    page.once('dialog', async (d) => { dialog = d.message(); await d.dismiss(); });
    await page.click('.assembled-copy');
    await page.waitForTimeout(200);
    check(dialog !== null, 'copying a category 3–4 prompt asks for confirmation');
  }

  // Training exercise: pick a category, get feedback and the checker's reasons.
  const training = await context.newPage();
  await training.goto(`${site.url}training/`);
  if (await training.locator('.exercise').count() === 0) console.log('SKIP the training has no exercise');
  else {
    await training.waitForFunction(() => document.documentElement.dataset.checker === 'idle', null, { timeout: 15000 });
    const first = training.locator('.exercise').first();
    await first.locator('input[type="radio"]').first().check();
    await first.locator('button[type="submit"]').click();
    await training.waitForFunction(() => document.documentElement.dataset.checker === 'ready', null, { timeout: 15000 });
    await first.locator('details[open]').waitFor({ timeout: 5000 }).catch(() => {});
    check((await first.locator('[role="status"]').textContent()).length > 0, 'exercise feedback shown');
    check(await first.locator('details').getAttribute('open') !== null, 'exercise answer revealed');
  }
  check(errors.length === 0, `no page error (${errors.join(' | ')})`);
} finally {
  await browser.close();
  await site.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
