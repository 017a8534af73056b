// End-to-end test of the browser guard (`handbook extension`) in Debian's Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi (no browser download): the unpacked extension is installed as
// a temporary add-on (BiDi webExtension.install), then used on the same local chat-like pages as
// the Chromium test (extension-pages.mjs): a textarea sent on Enter, a rich editor sent by an icon
// button, a form. It checks that a harmless text arrives exactly as typed; that a text with a name,
// an e-mail or an IBAN never arrives, the warning dialog opens and the text stays; that once
// replaced by its pseudonymised version and sent, none of the personal values arrive; that a
// category-4 text is never offered pseudonymisation; the paste notice; "send anyway" after a
// confirmation; an editor that undoes outside edits (the guard says it could not replace); an editor drawn on a
// canvas (the guard says it cannot read it, and holds); an editor in a closed shadow root (read); the
// organisation's extra sites (a managed-storage policy, the popup's grant, the registration); and that
// the extension makes no request of its own (a recording proxy for every other host sees only
// Firefox's own services, see FIREFOX_SERVICES).
// Usage: node extension-firefox.mjs EXTENSION_DIR   (built with --browser firefox or all, and
// --site 'http://127.0.0.1/*'); FIREFOX overrides the browser's path.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { PAGE_REQUESTS, PERSONAL, TEXTS, cannotRead, cannotReadMessages, closedShadowEditor, guardChecks, limits, servePages, trapProxy } from './extension-pages.mjs';

const dir = process.argv[2] && resolve(process.argv[2]);
if (!dir) { console.error('usage: node extension-firefox.mjs EXTENSION_DIR'); process.exit(2); }
const locales = await readdir(join(dir, '_locales'));
const geckoId = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;

// The organisation's policy, set the way IT can on Linux without touching the system: a managed
// storage manifest in ~/.mozilla/managed-storage/, read by Firefox at start. This run's HOME is a
// fresh folder, so the file is this test's alone. It adds a site (localhost, another name for the
// pages' server), repeats one the build guards already, and holds entries the guard must ignore.
const POLICY_SITE = 'http://localhost/*';
const POLICY_IGNORED = ['ftp://files.example.org/*', '*://*/*', 'chat.example.org'];
const home = await mkdtemp(join(tmpdir(), 'guard-home-'));
await mkdir(join(home, '.mozilla', 'managed-storage'), { recursive: true });
await writeFile(join(home, '.mozilla', 'managed-storage', `${geckoId}.json`), JSON.stringify({
  name: geckoId, description: 'test policy', type: 'storage',
  data: { extraSites: [POLICY_SITE, 'http://127.0.0.1/*', ...POLICY_IGNORED] },
}));
// a fixed internal address for the extension's pages, so the test can open its popup
const EXTENSION_UUID = '6f1c3a52-8d0e-4b7a-9c41-2e5d7f90ab13';


// Firefox calls its own remote-settings service (firefox.settings.services.mozilla.com) at start,
// with or without any extension installed and whatever the profile's prefs say; puppeteer points
// Firefox's other services at the placeholder host dummy.test. Any other host fails the test.
const FIREFOX_SERVICES = ['services.mozilla.com', 'dummy.test'];

// The whole run must end; every wait has its own shorter limit too.
const { check, lastCheck, limited, closePage, report, stepMs: STEP_MS } = limits('guard in Firefox', { wholeRunMs: 150000 });

const pages = await servePages();
const proxy = await trapProxy();
const [proxyHost, proxyPort] = proxy.address.split(':');
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
  headless: true,
  // lets the test open the extension's popup as a page (WebDriver BiDi refuses extension addresses
  // otherwise); a switch of this test's browser only
  args: ['--remote-allow-system-access'],
  protocolTimeout: STEP_MS,
  timeout: 4 * STEP_MS, // a cold start of Firefox on a busy machine
  extraPrefsFirefox: {
    // every request for another host goes to the recording proxy; 127.0.0.1 (the pages) never
    // does (network.proxy.allow_hijacking_localhost stays false)
    'network.proxy.type': 1,
    'network.proxy.http': proxyHost,
    'network.proxy.http_port': Number(proxyPort),
    'network.proxy.ssl': proxyHost,
    'network.proxy.ssl_port': Number(proxyPort),
    'network.proxy.no_proxies_on': '',
    'intl.locale.requested': 'fr',
    'intl.accept_languages': 'fr',
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    // Firefox's own test setting: an optional permission the extension asks for, on a click, is
    // granted without the browser's prompt (which a headless run cannot answer)
    'extensions.webextOptionalPermissionPrompts': false,
  },
  env: { ...process.env, HOME: home },
});

const errors = [];
const HOST = 'handbook-guard[data-kind="dialog"]';
/** The open dialog's state, read through its shadow root. */
const dialogInfo = (page) => page.evaluate((host) => {
  const box = document.querySelector(host)?.shadowRoot?.querySelector('[role="alertdialog"]');
  if (!box) return null;
  return {
    labelled: !!box.getRootNode().getElementById(box.getAttribute('aria-labelledby'))?.textContent.trim(),
    modal: box.getAttribute('aria-modal'),
    lang: box.getAttribute('lang'),
    findings: [...box.querySelectorAll('li')].map((li) => li.textContent),
    actions: [...box.querySelectorAll('[data-action]')].map((b) => b.dataset.action),
  };
}, HOST);
const clickAction = (page, name) => page.evaluate((host, name) => {
  document.querySelector(host).shadowRoot.querySelector(`[data-action="${name}"]`).click();
}, HOST, name);

const arrivals = (count, timeout) => pages.arrivals(count, timeout);

const KINDS = {
  textarea: { path: '/textarea.html', editor: '#prompt', send: async (page) => { await page.focus('#prompt'); await page.keyboard.press('Enter'); } },
  rich: { path: '/rich.html', editor: '#editor', send: (page) => page.click('#send') },
  form: { path: '/form.html', editor: '#message', send: (page) => page.click('button[type="submit"]') },
};

async function open(kind) {
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.setDefaultNavigationTimeout(STEP_MS);
  page.on('pageerror', (e) => errors.push(`${kind}: ${e}`));
  await page.goto(pages.url + KINDS[kind].path);
  return page;
}
const reload = (page, kind) => page.goto(pages.url + KINDS[kind].path);

const editorText = (page, kind) => page.$eval(KINDS[kind].editor,
  (e) => ('value' in e && e.tagName !== 'DIV' ? e.value : e.innerText.replace(/\n$/, '')));

/** Types `text` (input events, as a user would) and sends it the page's way. */
async function send(page, kind, text, { held = false } = {}) {
  await page.locator(KINDS[kind].editor).fill(text);
  await submit(page, kind, { held });
}
/** A form let through posts and loads the next page, which is awaited; a held one stays put. */
async function submit(page, kind, { held = false } = {}) {
  if (kind === 'form' && !held) {
    await Promise.all([page.waitForNavigation({ timeout: STEP_MS }).catch(() => {}), KINDS[kind].send(page)]);
  } else {
    await KINDS[kind].send(page);
  }
}

async function expectHeld(page, kind, text, what) {
  const count = pages.received.length;
  await send(page, kind, text, { held: true });
  const shown = await page.waitForFunction((host) => !!document.querySelector(host)?.shadowRoot?.querySelector('[role="alertdialog"]'),
    { timeout: 10000 }, HOST).then(() => true, () => false);
  check(shown, `${kind}: ${what}: the warning dialog opens`);
  if (!shown) return { count, info: null };
  check(await editorText(page, kind) === text, `${kind}: ${what}: the text stays in the editor`);
  check(pages.received.length === count, `${kind}: ${what}: nothing arrived while the dialog is open`);
  const info = await dialogInfo(page);
  check(info.labelled && info.modal === 'true', `${kind}: ${what}: the dialog is labelled and modal`);
  check(locales.includes(info.lang), `${kind}: ${what}: the dialog speaks one of the guard's languages (lang=${info.lang})`);
  check(info.findings.length > 0, `${kind}: ${what}: the findings are listed`);
  return { count, info };
}

const { nothingArrivedBefore, eachEditorKind } = guardChecks({
  kinds: KINDS,
  open,
  reload,
  send,
  submit,
  editorText,
  expectHeld,
  dialogOpen: async (page) => await dialogInfo(page) !== null,
  clickAction,
}, { pages, check, closePage });

try {
  const id = await browser.installExtension(dir);
  check(typeof id === 'string' && id.length > 0, `Firefox installed the extension (${id})`);

  await eachEditorKind();

  const page = await open('textarea');

  // paste: a small notice that does not take the focus, no dialog. Firefox hides the data of a
  // paste event a script makes up, so this is a real cut and paste with the keyboard.
  const chord = async (key) => { await page.keyboard.down('Control'); await page.keyboard.press(key); await page.keyboard.up('Control'); };
  await page.locator('#prompt').fill(TEXTS.name);
  await page.focus('#prompt');
  await chord('a'); await chord('x'); await chord('v');
  check(await editorText(page, 'textarea') === TEXTS.name, 'the pasted text is in the editor');
  const noticed = await page.waitForFunction(() => !!document.querySelector('handbook-guard[data-kind="notice"]')?.shadowRoot?.querySelector('[role="status"]'),
    { timeout: 10000 }).then(() => true, () => false);
  check(noticed, 'pasting a personal text shows a notice');
  check(await dialogInfo(page) === null, 'the paste notice is not a dialog');
  check(await page.evaluate(() => document.activeElement?.id === 'prompt'), 'the paste notice leaves the focus in the editor');

  // "send anyway" needs a confirmation, then the text goes
  {
    const { count, info } = await expectHeld(page, 'textarea', TEXTS.anyway, 'send anyway');
    const offered = await page.waitForFunction((host) => !!document.querySelector(host)?.shadowRoot?.querySelector('[data-action="send-anyway"]'),
      { timeout: 10000 }, HOST).then(() => true, () => false);
    check(info !== null && offered, '"send anyway" is offered (the fixture allows it)');
    if (offered) {
      await clickAction(page, 'send-anyway');
      check(await page.evaluate((host) => !document.querySelector(host).shadowRoot.querySelector('[data-action="confirm"]').closest('[hidden]'), HOST),
        '"send anyway" asks for a confirmation');
      check(pages.received.length === count, 'nothing is sent before the confirmation');
      await clickAction(page, 'confirm');
      const got = await arrivals(count);
      check(got.length === 1 && got[0].text === TEXTS.anyway, `confirmed, the text is sent (got ${JSON.stringify(got)})`);
    }
  }
  await closePage(page);

  // an editor that undoes any outside edit: the replacement fails, the guard says so and holds
  {
    const stubborn = await browser.newPage();
    stubborn.setDefaultTimeout(STEP_MS);
    stubborn.on('pageerror', (e) => errors.push(`stubborn: ${e}`));
    await stubborn.goto(`${pages.url}/stubborn.html`);
    const before = pages.received.length;
    await stubborn.evaluate((text) => window.setText(text), TEXTS.all);
    await stubborn.click('#send');
    const shown = await stubborn.waitForFunction((host) => !!document.querySelector(host)?.shadowRoot?.querySelector('[role="alertdialog"]'),
      { timeout: 10000 }, HOST).then(() => true, () => false);
    check(shown, 'stubborn editor: the send is held');
    if (shown) {
      await clickAction(stubborn, 'replace');
      const status = await stubborn.evaluate((host) => document.querySelector(host)?.shadowRoot?.querySelector('[role="alertdialog"] [role="status"]')?.textContent ?? '', HOST);
      check(status.trim().length > 0 && await dialogInfo(stubborn) !== null, `stubborn editor: the failed replacement is said in the dialog (${status})`);
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
    const closed = await browser.newPage();
    closed.on('pageerror', (e) => errors.push(`closed: ${e}`));
    await closedShadowEditor(closed, pages, () => !!document.querySelector('handbook-guard[data-kind="dialog"]')?.shadowRoot?.querySelector('[role="alertdialog"]'), check);
    await closePage(closed);
  }

  // an editor the guard cannot read: every send held, said in a notice, nothing sent
  {
    const canvas = await browser.newPage();
    canvas.setDefaultTimeout(STEP_MS);
    canvas.on('pageerror', (e) => errors.push(`canvas: ${e}`));
    await cannotRead(canvas, pages.url, await cannotReadMessages(dir), check);
    await closePage(canvas);
  }

  // the organisation's policy: the popup lists the site it adds, and the entries it ignores; once
  // the person lets the guard watch the site, the background registers the guard there
  {
    const popup = await browser.newPage();
    popup.setDefaultTimeout(STEP_MS);
    popup.on('pageerror', (e) => errors.push(`popup: ${e}`));
    // Firefox loads the page, but the navigation is never reported as done over BiDi: the test
    // starts it and waits for the popup's own document instead
    popup.goto(`moz-extension://${EXTENSION_UUID}/popup.html`, { timeout: STEP_MS }).catch(() => {});
    await popup.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { timeout: 10000 }).catch(() => {});
    const shown = await popup.waitForSelector('#policy:not([hidden])', { timeout: 10000 }).then(() => true, () => false);
    check(shown, 'policy: the popup shows the sites the organisation adds');
    const lists = () => popup.evaluate(() => [...document.querySelectorAll('#policy-lists ul')].map((ul) => [...ul.querySelectorAll('code')].map((c) => c.textContent)));
    const before = await lists();
    check(before.length === 2 && JSON.stringify(before[0]) === JSON.stringify([POLICY_SITE]),
      `policy: the added site waits for the person's permission, the site the build guards is not listed again (${JSON.stringify(before)})`);
    check(JSON.stringify(before[1]) === JSON.stringify(POLICY_IGNORED), `policy: the entries it ignores are listed (${JSON.stringify(before[1])})`);
    const registered = () => popup.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).flatMap((r) => r.matches));
    check((await registered()).length === 0, 'policy: nothing is registered before the permission');
    if (shown && await popup.$('#policy-allow')) {
      await popup.click('#policy-allow');
      const said = await popup.waitForFunction(() => document.getElementById('policy-status').textContent.length > 0, { timeout: 10000 }).then(() => true, () => false);
      check(said, 'policy: the popup says the permission was given');
      const after = await lists();
      check(JSON.stringify(after[0]) === JSON.stringify([POLICY_SITE]) && !(await popup.$('#policy-allow')),
        `policy: the site is now listed as watched (${JSON.stringify(after)})`);
      const end = Date.now() + 10000;
      let matches = [];
      while (Date.now() < end && !(matches = await registered()).includes(POLICY_SITE)) await new Promise((ok) => setTimeout(ok, 50));
      check(JSON.stringify(matches) === JSON.stringify([POLICY_SITE]), `policy: the guard is registered on the added site only (${JSON.stringify(matches)})`);
    }
    await closePage(popup);

    // on the added site (the same pages under another name), a personal text is held
    const extra = await browser.newPage();
    extra.setDefaultTimeout(STEP_MS);
    extra.on('pageerror', (e) => errors.push(`policy site: ${e}`));
    await extra.goto(`http://localhost:${pages.port}/textarea.html`);
    const { count } = await expectHeld(extra, 'textarea', TEXTS.name, 'site added by policy');
    await extra.keyboard.press('Escape');
    await nothingArrivedBefore(extra, 'textarea', count, 'site added by policy');
    await closePage(extra);
  }

  // nothing left the machine but Firefox's own services, and the pages' server saw only the pages'
  // own requests
  const host = (hit) => hit.replace(/^CONNECT /, '').replace(/^https?:\/\//, '').split(/[/:]/)[0];
  const firefoxOwn = (name) => FIREFOX_SERVICES.some((domain) => name === domain || name.endsWith(`.${domain}`));
  const outside = proxy.hits.filter((hit) => !firefoxOwn(host(hit)));
  check(outside.length === 0, `no request to another host: ${outside.join(', ')}`);
  const other = pages.requests.filter((r) => !PAGE_REQUESTS.test(r));
  check(other.length === 0, `only the pages' own requests reached the server: ${other.join(', ')}`);
  const leaked = pages.received.filter((r) => PERSONAL.some((v) => r.text.includes(v)));
  check(leaked.length === 0, `no personal value ever arrived: ${JSON.stringify(leaked)}`);
  check(errors.length === 0, `no page error: ${errors.join(' | ')}`);
} catch (error) {
  check(false, `the run stopped after "${lastCheck()}": ${error.stack ?? error}`);
} finally {
  // closing the browser has its own limit: a browser that does not quit must not hold the run
  await limited(browser.close(), 'closing the browser').catch((e) => console.log(`note: ${e.message}`));
  pages.close();
  proxy.close();
  await rm(home, { recursive: true, force: true });
}

process.exit(report());
