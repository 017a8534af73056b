// End-to-end test of the browser guard (`handbook extension`) in Debian's Chromium, the unpacked
// extension loaded into a fresh profile, against local pages that behave like chat sites
// (extension-pages.mjs): a textarea sent on Enter, a rich editor sent by an icon button, a form.
// It checks that a harmless text arrives exactly as typed; that a text with a name, an e-mail or an
// IBAN never arrives, the warning dialog is there (accessible, focus inside, Escape closes) and the
// text stays; that once replaced by its pseudonymised version and sent, none of the personal values
// arrive; that a category-4 text is never offered pseudonymisation; the paste notice; "send anyway"
// after a confirmation; an editor that undoes outside edits (the guard says it could not replace); an editor drawn on a
// canvas (the guard says it cannot read it, and holds); an editor in a closed shadow root (read);
// the popup; axe-core on the open dialog; and that the extension makes no request of its own (the
// requests the browser attributes to the pages and the extension's background are only for their
// own files, and a recording proxy for every other host sees only Chromium's own services).
// Usage: node extension.mjs EXTENSION_DIR   (built with --site 'http://127.0.0.1/*')
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { PAGE_REQUESTS, PERSONAL, TEXTS, cannotRead, cannotReadMessages, closedShadowEditor, guardChecks, launchGuarded, limits, servePages, trapProxy } from './extension-pages.mjs';

const dir = process.argv[2] && resolve(process.argv[2]);
if (!dir) { console.error('usage: node extension.mjs EXTENSION_DIR'); process.exit(2); }
const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const data = JSON.parse(await readFile(join(dir, 'checker-data.json'), 'utf8'));


// The whole run must end; every Playwright wait has its own shorter limit too.
const { check, lastCheck, limited, closePage, report, stepMs: STEP_MS } = limits('guard', { wholeRunMs: 240000 });

const pages = await servePages();
const proxy = await trapProxy();
const { context, close } = await launchGuarded(dir, proxy.address);
context.setDefaultTimeout(STEP_MS);
context.setDefaultNavigationTimeout(STEP_MS);

const errors = [];
const BROWSER_SERVICES = ['google.com', 'googleapis.com', 'gvt1.com', 'gstatic.com'];
// every request the browser reports for the pages and the extension's service worker
const contextRequests = [];
context.on('request', (request) => contextRequests.push(request.url()));
const dialog = (page) => page.locator('handbook-guard [role="alertdialog"]');
const action = (page, name) => page.locator(`handbook-guard [data-action="${name}"]`);

const arrivals = (count, timeout) => pages.arrivals(count, timeout);

const KINDS = {
  textarea: { path: '/textarea.html', editor: '#prompt', send: (page) => page.press('#prompt', 'Enter') },
  rich: { path: '/rich.html', editor: '#editor', send: (page) => page.click('#send') },
  form: { path: '/form.html', editor: '#message', send: (page) => page.click('button[type="submit"]') },
};

async function open(kind) {
  const page = await limited(context.newPage(), `opening the ${kind} page`);
  page.on('pageerror', (e) => errors.push(`${kind}: ${e}`));
  await page.goto(pages.url + KINDS[kind].path);
  return page;
}

const editorText = (page, kind) => page.$eval(KINDS[kind].editor,
  (e) => ('value' in e && e.tagName !== 'DIV' ? e.value : e.innerText.replace(/\n$/, '')));

/**
 * Types `text` and sends it the page's way. A form that is let through posts and loads the next
 * page, which is awaited; a held one stays put, so nothing is awaited (`held`).
 */
async function send(page, kind, text, { held = false } = {}) {
  await page.fill(KINDS[kind].editor, text);
  await submit(page, kind, { held });
}

async function submit(page, kind, { held = false } = {}) {
  if (kind === 'form' && !held) {
    await Promise.all([page.waitForEvent('framenavigated', { timeout: STEP_MS }).catch(() => {}), KINDS[kind].send(page)]);
  } else {
    await KINDS[kind].send(page);
  }
}

async function expectHeld(page, kind, text, what) {
  const count = pages.received.length;
  await send(page, kind, text, { held: true });
  const shown = await dialog(page).waitFor({ state: 'visible', timeout: 10000 }).then(() => true, () => false);
  check(shown, `${kind}: ${what}: the warning dialog opens`);
  if (!shown) return { count, info: null };
  check(await editorText(page, kind) === text, `${kind}: ${what}: the text stays in the editor`);
  const info = await page.evaluate(() => {
    const host = document.querySelector('handbook-guard[data-kind="dialog"]');
    const box = host?.shadowRoot?.querySelector('[role="alertdialog"]');
    const label = box && host.shadowRoot.getElementById(box.getAttribute('aria-labelledby'));
    return {
      labelled: !!label?.textContent.trim(),
      modal: box?.getAttribute('aria-modal'),
      focusInside: document.activeElement === host && !!host.shadowRoot.activeElement?.closest('[role="alertdialog"]'),
      lang: box?.getAttribute('lang'),
      findings: [...(box?.querySelectorAll('li') ?? [])].map((li) => li.textContent),
      actions: [...(box?.querySelectorAll('[data-action]') ?? [])].map((b) => b.dataset.action),
    };
  });
  check(info.labelled && info.modal === 'true', `${kind}: ${what}: the dialog is labelled and modal`);
  check(info.focusInside, `${kind}: ${what}: focus is inside the dialog`);
  check(info.lang === 'fr', `${kind}: ${what}: the dialog speaks the browser's language (lang=${info.lang})`);
  check(info.findings.length > 0, `${kind}: ${what}: the findings are listed`);
  return { count, info };
}

const { nothingArrivedBefore, eachEditorKind } = guardChecks({
  kinds: KINDS,
  open,
  reload: (page, kind) => page.goto(pages.url + KINDS[kind].path),
  send,
  submit,
  editorText,
  expectHeld,
  dialogOpen: async (page) => await dialog(page).count() > 0,
  clickAction: (page, name) => action(page, name).click(),
  // Chromium reports the focus inside the page's editor once the dialog is gone
  afterEscape: async (page, kind, what) => check(
    await page.evaluate((sel) => document.activeElement === document.querySelector(sel), KINDS[kind].editor),
    `${kind}: ${what}: focus back in the editor`),
}, { pages, check, closePage });

try {
  // the extension's background, and its id for the popup
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;

  await eachEditorKind();

  const page = await open('textarea');

  // the association's own contact data passes (its vocabulary is bundled)
  const ownEmail = data.vocabulary?.own_contacts?.emails?.[0];
  if (ownEmail) {
    const count = pages.received.length;
    const text = `Écris à ${ownEmail} pour réserver une salle.`;
    await send(page, 'textarea', text);
    const got = await arrivals(count);
    check(got.length === 1 && got[0].text === text, `the association's own address passes (got ${JSON.stringify(got)})`);
  }

  // a text set without any input event (nothing checked in advance): held, checked, let through
  {
    const count = pages.received.length;
    await page.$eval('#prompt', (box, text) => { box.value = text; }, `${TEXTS.harmless} (sans saisie)`);
    await page.press('#prompt', 'Enter');
    const got = await arrivals(count);
    check(got.length === 1 && got[0].text === `${TEXTS.harmless} (sans saisie)`, `a text never checked in advance still goes through (got ${JSON.stringify(got)})`);
  }

  // paste: a small notice that does not take the focus, no dialog
  await page.focus('#prompt');
  await page.$eval('#prompt', (box) => { box.value = ''; });
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.getElementById('prompt').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, TEXTS.name);
  const notice = page.locator('handbook-guard[data-kind="notice"] [role="status"]');
  check(await notice.waitFor({ timeout: 10000 }).then(() => true, () => false), 'pasting a personal text shows a notice');
  check(await dialog(page).count() === 0, 'the paste notice is not a dialog');
  check(await page.evaluate(() => document.activeElement?.id === 'prompt'), 'the paste notice leaves the focus in the editor');
  await action(page, 'dismiss').click();

  // the open dialog passes axe-core (WCAG 2.2 AA rules), its shadow root included
  let { count } = await expectHeld(page, 'textarea', TEXTS.name, 'axe');
  await page.evaluate(axeSource);
  const axe = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`));
  check(axe.length === 0, `axe-core: no serious violation with the dialog open (${axe.join('; ')})`);
  // Tab stays inside the dialog
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  check(await page.evaluate(() => !!document.activeElement?.shadowRoot?.activeElement?.closest('[role="alertdialog"]')), 'Tab keeps the focus in the dialog');
  await page.keyboard.press('Escape');
  await nothingArrivedBefore(page, 'textarea', count, 'axe');

  // "send anyway" needs a confirmation, then the text goes
  ({ count } = await expectHeld(page, 'textarea', TEXTS.anyway, 'send anyway'));
  await action(page, 'send-anyway').click();
  check(await action(page, 'confirm').isVisible(), '"send anyway" asks for a confirmation');
  check(pages.received.length === count, 'nothing is sent before the confirmation');
  await action(page, 'confirm').click();
  const got = await arrivals(count);
  check(got.length === 1 && got[0].text === TEXTS.anyway, `confirmed, the text is sent (got ${JSON.stringify(got)})`);
  await closePage(page);

  // an editor that undoes any outside edit: the replacement fails, the guard says so and holds
  {
    const stubborn = await limited(context.newPage(), 'opening the stubborn page');
    stubborn.on('pageerror', (e) => errors.push(`stubborn: ${e}`));
    await stubborn.goto(`${pages.url}/stubborn.html`);
    const before = pages.received.length;
    await stubborn.evaluate((text) => window.setText(text), TEXTS.all);
    await stubborn.click('#send');
    const shown = await dialog(stubborn).waitFor({ timeout: 10000 }).then(() => true, () => false);
    check(shown, 'stubborn editor: the send is held');
    if (shown) {
      await action(stubborn, 'replace').click();
      const status = await stubborn.locator('handbook-guard [role="alertdialog"] [role="status"]').textContent();
      check(status.trim().length > 0 && await dialog(stubborn).count() === 1, `stubborn editor: the failed replacement is said in the dialog (${status})`);
      check(await stubborn.$eval('#editor', (e) => e.innerText) === TEXTS.all, 'stubborn editor: its text is unchanged');
      await stubborn.keyboard.press('Escape');
      const marker = `${TEXTS.harmless} (stubborn)`;
      await stubborn.evaluate((text) => window.setText(text), marker);
      await stubborn.click('#send');
      const got = await arrivals(before);
      check(got.length === 1 && got[0].text === marker, `stubborn editor: nothing was sent before the next text (got ${JSON.stringify(got)})`);
    }
    await closePage(stubborn);
  }

  // an editor in a closed shadow root: read all the same
  {
    const closed = await limited(context.newPage(), 'opening the closed shadow root page');
    closed.on('pageerror', (e) => errors.push(`closed: ${e}`));
    await closedShadowEditor(closed, pages, () => !!document.querySelector('handbook-guard[data-kind="dialog"]')?.shadowRoot?.querySelector('[role="alertdialog"]'), check);
    await closePage(closed);
  }

  // an editor the guard cannot read: every send held, said in a notice, nothing sent
  {
    const canvas = await limited(context.newPage(), 'opening the canvas page');
    canvas.on('pageerror', (e) => errors.push(`canvas: ${e}`));
    await cannotRead(canvas, pages.url, await cannotReadMessages(dir), check);
    await closePage(canvas);
  }

  // the popup checks a text by hand
  const popup = await limited(context.newPage(), 'opening the popup');
  popup.on('pageerror', (e) => errors.push(`popup: ${e}`));
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.fill('#text', TEXTS.all);
  await popup.waitForFunction(() => document.getElementById('status').textContent.length > 0);
  await popup.click('#check');
  await popup.waitForSelector('#result:not([hidden])');
  check((await popup.getAttribute('#verdict', 'class')).includes('verdict-never'), 'popup: the verdict is never');
  check(await popup.locator('#findings li').count() >= 3, 'popup: the three findings are listed');
  await popup.evaluate(axeSource);
  const popupAxe = await popup.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id));
  check(popupAxe.length === 0, `popup: axe-core finds nothing serious (${popupAxe.join(', ')})`);
  // No policy here: Chromium reads one only from system folders a test must not write, so the
  // policy's sites are tested in Firefox; here, no site is listed and nothing is registered.
  check(await popup.locator('#policy').isHidden(), 'popup: without a policy, no extra site is listed');
  check((await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length === 0,
    'without a policy, the background registers the guard nowhere else');
  const pseudo = await popup.textContent('#pseudonymised');
  check(pseudo.length > 0 && PERSONAL.every((v) => !pseudo.includes(v)), 'popup: the pseudonymised text holds no personal value');
  await closePage(popup);

  // nothing left the machine, and the pages' server saw only the pages' own requests
  // Chromium itself calls Google's update, component and account services, with or without any
  // extension loaded (the same launch without the extension shows them); the requests above are
  // the ones attributed to the pages and the extension, this catches any other host.
  const host = (hit) => hit.replace(/^CONNECT /, '').replace(/^https?:\/\//, '').split(/[/:]/)[0];
  const browserOwn = (name) => BROWSER_SERVICES.some((domain) => name === domain || name.endsWith(`.${domain}`));
  const outside = proxy.hits.filter((hit) => !browserOwn(host(hit)));
  check(outside.length === 0, `no request to another host: ${outside.join(', ')}`);
  const seen = contextRequests.filter((url) => !url.startsWith(pages.url + '/') && !url.startsWith(`chrome-extension://${extensionId}/`));
  check(seen.length === 0, `the pages and the extension requested only their own files: ${seen.join(', ')}`);
  // the background's own reads are among them: what the background fetches is observed too
  check(contextRequests.includes(`chrome-extension://${extensionId}/checker-data.json`), 'the background\'s requests are observed');
  const other = pages.requests.filter((r) => !PAGE_REQUESTS.test(r));
  check(other.length === 0, `only the pages' own requests reached the server: ${other.join(', ')}`);
  const leaked = pages.received.filter((r) => PERSONAL.some((v) => r.text.includes(v)));
  check(leaked.length === 0, `no personal value ever arrived: ${JSON.stringify(leaked)}`);
  check(errors.length === 0, `no page error: ${errors.join(' | ')}`);
} catch (error) {
  check(false, `the run stopped after "${lastCheck()}": ${error.stack ?? error}`);
} finally {
  // closing the browser has its own limit: a browser that does not quit must not hold the run
  await limited(close(), 'closing the browser').catch((e) => console.log(`note: ${e.message}`));
  pages.close();
  proxy.close();
}

process.exit(report());
