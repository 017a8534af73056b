// Local pages that behave like public AI chat sites, for the guard's browser tests: a textarea sent
// on Enter, a contenteditable editor (with its own state, updated from input events, as rich
// editors keep theirs) sent by an icon button, and a plain form posted natively. Each page posts
// what it sends to /sent, which the server records. Every page has a strict Content-Security-Policy,
// as chat sites do: the guard must work under it.
import http from 'node:http';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

// What both browsers' tests send: a harmless text, texts the classifier must hold (a person's name,
// a private e-mail, an IBAN: category 3; a health fact about a named person: category 4), and one
// to send anyway. None is the association's own data.
const NAME = 'Marie Dupont';
const EMAIL = 'jeanne.martin@orange.fr';
const IBAN = 'FR14 2004 1010 0505 0001 3M02 606';
export const PERSONAL = [NAME, EMAIL, IBAN];
export const TEXTS = {
  harmless: 'Peux-tu résumer les avantages du compostage collectif pour un jardin partagé ?',
  name: `Écris une relance courtoise pour ${NAME} au sujet de sa cotisation annuelle.`,
  email: `Réponds à ${EMAIL} pour confirmer sa place à l'atelier de samedi.`,
  iban: `Le remboursement de l'avance ira sur le compte ${IBAN} dès lundi.`,
  all: `Prépare un courrier pour ${NAME} (${EMAIL}) : remboursement sur ${IBAN}.`,
  health: 'Mme Sophie Leroy est atteinte d\'un cancer et ne pourra pas venir au chantier.',
  anyway: 'Transmets mes remerciements à Paul Girard pour son aide au marché.',
};

/**
 * The checks and time limits both browsers' tests share. `check` counts a result and remembers the
 * last one; a whole-run watchdog fails the run, saying where it stood, if a wait never returns
 * (instead of leaving CI idle); `limited` bounds any one browser call to `stepMs`; `closePage`
 * closes a page without waiting on a browser that does not answer (the run goes on either way);
 * `report` prints the counts and gives the exit code.
 */
export function limits(name, { wholeRunMs, stepMs = 15000 }) {
  let passed = 0; let failed = 0;
  let lastCheck = '(none yet)';
  const check = (ok, what) => { lastCheck = what; if (ok) passed++; else { failed++; console.log(`FAIL ${what}`); } };
  setTimeout(() => {
    console.log(`FAIL ${name} did not finish within ${wholeRunMs / 1000} s; last check: ${lastCheck}`);
    process.exit(1);
  }, wholeRunMs).unref();
  function limited(promise, what, ms = stepMs) {
    let timer;
    const late = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${what} took over ${ms / 1000} s`)), ms); });
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
  }
  const closePage = (page) => limited(page.close(), 'closing a page').catch((e) => console.log(`note: ${e.message}`));
  const report = () => { console.log(`${name}: ${passed} checks passed, ${failed} failed`); return failed ? 1 : 0; };
  return { check, lastCheck: () => lastCheck, limited, closePage, report, stepMs };
}

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";

const page = (title, body, script) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${title}</title>
${script ? `<script src="/${script}" defer></script>` : ''}</head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

const FILES = {
  '/textarea.html': ['text/html', page('Chat (textarea)', `
<label for="prompt">Message</label>
<textarea id="prompt" rows="6"></textarea>`, 'textarea.js')],
  '/textarea.js': ['text/javascript', `
const box = document.getElementById('prompt');
box.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || event.shiftKey) return;
  event.preventDefault();
  const text = box.value;
  fetch('/sent', { method: 'POST', body: JSON.stringify({ page: 'textarea', text }) });
  box.value = '';
});`],
  '/rich.html': ['text/html', page('Chat (rich editor)', `
<div id="editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message"></div>
<button id="send" type="button" aria-label="Send message" data-testid="send-button"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M1 8l14-7-4 14-3-6z"/></svg></button>`, 'rich.js')],
  '/rich.js': ['text/javascript', `
// The editor keeps its own model of the text, as ProseMirror or Lexical do: what is sent is the
// model, which only input events update, never the DOM read at send time.
const editor = document.getElementById('editor');
let model = '';
editor.addEventListener('input', () => { model = editor.innerText.replace(/\\n$/, ''); });
document.getElementById('send').addEventListener('click', () => {
  fetch('/sent', { method: 'POST', body: JSON.stringify({ page: 'rich', text: model }) });
  editor.textContent = '';
  model = '';
});`],
  '/stubborn.html': ['text/html', page('Chat (editor that refuses outside edits)', `
<div id="editor" contenteditable="true" role="textbox" aria-label="Message"></div>
<button id="send" type="button" aria-label="Send">&#10148;</button>`, 'stubborn.js')],
  '/stubborn.js': ['text/javascript', `
// A controlled editor: its text changes only through its own code (here, setText), and any other
// edit is undone at once, as some rich editors do. Nothing from outside can replace its text.
const editor = document.getElementById('editor');
let model = '';
window.setText = (text) => { model = text; editor.textContent = text; };
editor.addEventListener('input', () => { editor.textContent = model; });
document.getElementById('send').addEventListener('click', () => {
  fetch('/sent', { method: 'POST', body: JSON.stringify({ page: 'stubborn', text: model }) });
  window.setText('');
});`],
  '/canvas.html': ['text/html', page('Chat (editor drawn on a canvas)', `
<div id="editor" role="textbox" tabindex="0" aria-multiline="true" aria-label="Message"><canvas id="view" width="640" height="96"></canvas></div>
<button id="send" type="button" aria-label="Send">&#10148;</button>`, 'canvas.js')],
  '/canvas.js': ['text/javascript', `
// An editor whose text is nowhere in the page: typed keys go to its own model, which it draws on a
// canvas, as editors that render themselves do. No field, no editable region: the guard cannot read
// it. window.sends counts the sends the page made, at the moment it makes them.
const editor = document.getElementById('editor');
const view = document.getElementById('view').getContext('2d');
let model = '';
window.sends = 0;
window.getText = () => model;
const draw = () => { view.clearRect(0, 0, 640, 96); view.font = '16px sans-serif'; view.fillText(model, 4, 24); };
function send() {
  window.sends += 1;
  fetch('/sent', { method: 'POST', body: JSON.stringify({ page: 'canvas', text: model }) });
  model = '';
  draw();
}
editor.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); send(); return; }
  if (event.key === 'Backspace') model = model.slice(0, -1);
  else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) model += event.key;
  else return;
  event.preventDefault();
  draw();
});
document.getElementById('send').addEventListener('click', send);`],
  '/closed.html': ['text/html', page('Chat (editor in a closed shadow root)', `
<chat-box id="chat"></chat-box>`, 'closed.js')],
  '/closed.js': ['text/javascript', `
// A chat box whose editor and send button live in a closed shadow root, as some web components
// keep theirs: the page's other scripts cannot see inside. window.sends counts its sends;
// window.sendButtonBox() says where its send button is, for a test's pointer.
window.sends = 0;
customElements.define('chat-box', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'closed' });
    const box = document.createElement('textarea');
    box.rows = 4;
    box.setAttribute('aria-label', 'Message');
    const send = document.createElement('button');
    send.type = 'button';
    send.setAttribute('aria-label', 'Send');
    send.textContent = '\u27a4';
    root.append(box, send);
    const post = () => {
      window.sends += 1;
      fetch('/sent', { method: 'POST', body: JSON.stringify({ page: 'closed', text: box.value }) });
      box.value = '';
    };
    box.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey) return;
      event.preventDefault();
      post();
    });
    send.addEventListener('click', post);
    window.getText = () => box.value;
    window.sendButtonBox = () => { const r = send.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; };
    window.focusEditor = () => box.focus();
  }
});`],
  '/form.html': ['text/html', page('Chat (form)', `
<form method="post" action="/sent-form">
<label for="message">Message</label>
<textarea id="message" name="message" rows="6"></textarea>
<button type="submit">Envoyer</button>
</form>`, null)],
};

/** `read()` run in the page until it gives something truthy (at most `ms`); its last answer. */
async function poll(page, read, ms = 10000) {
  const end = Date.now() + ms;
  let value = await page.evaluate(read);
  while (!value && Date.now() < end) {
    await new Promise((ok) => setTimeout(ok, 50));
    value = await page.evaluate(read);
  }
  return value;
}

/** The guard's "cannot read" notice in each of its languages, from the extension in `dir`. */
export async function cannotReadMessages(dir) {
  const langs = await readdir(join(dir, '_locales'));
  return Promise.all(langs.map(async (lang) =>
    JSON.parse(await readFile(join(dir, '_locales', lang, 'messages.json'), 'utf8')).guard_cannot_read.message));
}

/**
 * An editor the guard cannot read (canvas.html): a send by Enter and one by the send button are
 * both held, the guard's notice says it could not read the text (one of `messages`, the guard's
 * words for it in each of its languages), the page never sent and its text is still there.
 * `page` is a Playwright or a Puppeteer page: only the calls both have are used.
 */
export async function cannotRead(page, url, messages, check) {
  await page.goto(`${url}/canvas.html`);
  await page.click('#editor');
  // typed key by key (plain ASCII: a test browser may insert other characters without a key event)
  const text = `Relance ${NAME} pour sa cotisation annuelle.`;
  await page.keyboard.type(text);
  check(await page.evaluate(() => window.getText()) === text, 'canvas editor: the typed text is in the page\'s own model');
  for (const [how, act] of [['Enter', () => page.keyboard.press('Enter')], ['the send button', () => page.click('#send')]]) {
    await page.evaluate(() => document.querySelector('handbook-guard[data-kind="notice"]')?.remove());
    await act();
    const said = await poll(page, () => {
      const alert = document.querySelector('handbook-guard[data-kind="notice"]')?.shadowRoot?.querySelector('[role="alert"]');
      return alert && alert.getBoundingClientRect().width > 0 ? alert.querySelector('p')?.textContent : '';
    });
    check(messages.includes(said), `canvas editor, ${how}: a visible notice says the guard cannot read the text (${said})`);
    check(await page.evaluate(() => window.sends) === 0, `canvas editor, ${how}: the page never sent`);
    check(await page.evaluate(() => window.getText()) === text, `canvas editor, ${how}: the text is still in the editor`);
  }
}

/**
 * An editor in a closed shadow root (closed.html), which the page's other scripts cannot see into:
 * the guard still reads it. A harmless text goes out on Enter; a text with a name is held, by Enter
 * and by the send button inside the shadow root, the guard's dialog says so (`dialogOpen(page)`),
 * the page never sends it and the text stays; the next harmless text arrives, proof the held one
 * never did. Playwright or Puppeteer `page`, as for `cannotRead`.
 */
export async function closedShadowEditor(page, pages, dialogOpen, check) {
  await page.goto(`${pages.url}/closed.html`);
  const type = async (text) => {
    await page.evaluate(() => window.focusEditor());
    await page.keyboard.type(text);
  };
  const harmless = 'Peux-tu proposer trois idees de jeux pour la fete du quartier ?';
  let count = pages.received.length;
  await type(harmless);
  await page.keyboard.press('Enter');
  let got = await pages.arrivals(count);
  check(got.length === 1 && got[0].text === harmless, `closed shadow root: a harmless text goes out (got ${JSON.stringify(got)})`);
  const personal = `Relance ${NAME} pour sa cotisation annuelle.`;
  await type(personal);
  count = pages.received.length;
  const sends = await page.evaluate(() => window.sends);
  for (const [how, act] of [['Enter', () => page.keyboard.press('Enter')],
    ['its send button', async () => { const at = await page.evaluate(() => window.sendButtonBox()); await page.mouse.click(at.x, at.y); }]]) {
    await act();
    check(await poll(page, dialogOpen), `closed shadow root, ${how}: the guard's dialog opens`);
    check(await page.evaluate(() => window.sends) === sends, `closed shadow root, ${how}: the page never sent`);
    check(await page.evaluate(() => window.getText()) === personal, `closed shadow root, ${how}: the text stays in the editor`);
    await page.keyboard.press('Escape');
  }
  await page.evaluate(() => { window.focusEditor(); });
  await page.keyboard.down('Control'); await page.keyboard.press('a'); await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await type(harmless);
  await page.keyboard.press('Enter');
  got = await pages.arrivals(count);
  check(got.length === 1 && got[0].text === harmless, `closed shadow root: the held text never arrived, the next one did (got ${JSON.stringify(got)})`);
}

/**
 * The checks each kind of editor gets in both browsers, written once. `driver` holds what differs
 * between Playwright (Chromium) and Puppeteer over WebDriver BiDi (Firefox):
 * - `kinds`: the editors by kind, each with its page's `path`;
 * - `open(kind)` a page, `reload(page, kind)` it;
 * - `send(page, kind, text, { held })` types and sends, `submit(page, kind)` sends what is there,
 *   `editorText(page, kind)` reads the editor;
 * - `expectHeld(page, kind, text, what)` sends a text that must be held, checks the dialog the
 *   browser's way and gives `{ count, info }` (`count`: the sends before; `info`: `null` when no
 *   dialog opened, else its `actions` and `findings`);
 * - `dialogOpen(page)`, `clickAction(page, name)`;
 * - optionally `afterEscape(page, kind, what)`, for checks only one browser can make.
 */
export function guardChecks(driver, { pages, check, closePage }) {
  const { kinds, open, reload, send, submit, editorText, expectHeld, dialogOpen, clickAction } = driver;
  const arrivals = (count, timeout) => pages.arrivals(count, timeout);
  const closed = async (page) => !(await dialogOpen(page));

  /** A harmless text sent after a held one arrives next: proof the held one never did. */
  async function nothingArrivedBefore(page, kind, count, what) {
    const marker = `${TEXTS.harmless} (${kind} ${count})`;
    if (kind === 'form') await reload(page, kind);
    await send(page, kind, marker);
    const got = await arrivals(count);
    check(got.length === 1 && got[0].text === marker, `${kind}: ${what} never arrived, the next text did (got ${JSON.stringify(got)})`);
  }

  /**
   * On each kind of editor: a harmless text arrives as typed; a name, an e-mail, an IBAN are held
   * and Escape closes the dialog; the pseudonymised text replaces the editor's and arrives with no
   * personal value; a category-4 text is held and never offered pseudonymisation.
   */
  async function eachEditorKind() {
    for (const kind of Object.keys(kinds)) {
      const page = await open(kind);

      let count = pages.received.length;
      await send(page, kind, TEXTS.harmless);
      let got = await arrivals(count);
      check(got.length === 1 && got[0].text === TEXTS.harmless && got[0].page === kind,
        `${kind}: a harmless text arrives as typed (got ${JSON.stringify(got)})`);
      if (kind === 'form') await reload(page, kind);

      for (const what of ['name', 'email', 'iban']) {
        ({ count } = await expectHeld(page, kind, TEXTS[what], what));
        await page.keyboard.press('Escape');
        check(await closed(page), `${kind}: ${what}: Escape closes the dialog`);
        if (driver.afterEscape) await driver.afterEscape(page, kind, what);
        await nothingArrivedBefore(page, kind, count, what);
        if (kind === 'form') await reload(page, kind);
      }

      // replaced by the pseudonymised text (which the editor's own state sees), then sent
      let info;
      ({ count, info } = await expectHeld(page, kind, TEXTS.all, 'all three'));
      check(info?.actions.includes('replace'), `${kind}: category 3 is offered pseudonymisation`);
      if (info?.actions.includes('replace')) {
        await clickAction(page, 'replace');
        const replaced = await editorText(page, kind);
        check(await closed(page), `${kind}: the dialog closes once the text is replaced`);
        check(PERSONAL.every((v) => !replaced.includes(v)) && replaced.length > 20,
          `${kind}: the editor holds the pseudonymised text (${replaced})`);
        check(pages.received.length === count, `${kind}: replacing does not send by itself`);
        await submit(page, kind);
        got = await arrivals(count);
        check(got.length === 1 && got[0].text.trim() === replaced.trim(),
          `${kind}: the pseudonymised text arrives as the editor shows it (got ${JSON.stringify(got)})`);
        check(got.every((g) => PERSONAL.every((v) => !g.text.includes(v))), `${kind}: no personal value arrives`);
      }
      if (kind === 'form') await reload(page, kind);

      // category 4: held, never offered pseudonymisation
      ({ count, info } = await expectHeld(page, kind, TEXTS.health, 'health'));
      check(info !== null && !info.actions.includes('replace'), `${kind}: category 4 is never offered pseudonymisation`);
      check(info?.findings.some((f) => f.includes('4')), `${kind}: a finding says category 4 (${info?.findings})`);
      if (info) await clickAction(page, 'back');
      check(await closed(page), `${kind}: "back to my text" closes the dialog`);
      await nothingArrivedBefore(page, kind, count, 'health');
      await closePage(page);
    }
  }

  return { nothingArrivedBefore, eachEditorKind };
}

/** What the pages may ask the server for: their own files and their sends. */
export const PAGE_REQUESTS = /^(GET \/(textarea|rich|form|stubborn|canvas|closed)\.(html|js)|GET \/favicon\.ico|POST \/sent|POST \/sent-form)$/;

/** Starts the pages' server; `received` lists what the pages sent, `requests` every request. */
export async function servePages() {
  const received = [];
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/sent') {
        received.push(JSON.parse(body));
        res.writeHead(204).end();
        return;
      }
      if (req.method === 'POST' && req.url === '/sent-form') {
        received.push({ page: 'form', text: new URLSearchParams(body).get('message') });
        res.writeHead(303, { location: '/form.html' }).end();
        return;
      }
      const file = FILES[req.url];
      if (!file) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8`, 'content-security-policy': CSP, 'cache-control': 'no-store' });
      res.end(file[1]);
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  /** Waits until more than `count` texts have arrived; returns the new ones. */
  async function arrivals(count, timeout = 10000) {
    const end = Date.now() + timeout;
    while (received.length <= count && Date.now() < end) await new Promise((ok) => setTimeout(ok, 25));
    return received.slice(count);
  }
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, port, received, requests, arrivals, close: () => server.close() };
}

/**
 * A proxy that only records: the browser is told to send every request for another host through
 * it, so any request of the extension (or of the browser) to the outside world shows up here.
 */
export async function trapProxy() {
  const hits = [];
  const server = http.createServer((req, res) => { hits.push(req.url); res.writeHead(502).end(); });
  server.on('connect', (req, socket) => { hits.push(`CONNECT ${req.url}`); socket.destroy(); });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { address: `127.0.0.1:${server.address().port}`, hits, close: () => server.close() };
}

/**
 * Debian's Chromium with the unpacked extension in `dir` loaded into a fresh profile (new headless
 * mode: the old one cannot load extensions), without background networking; with `proxy`, every
 * request for another host goes to that address.
 */
export async function launchGuarded(dir, proxy) {
  const profile = await mkdtemp(join(tmpdir(), 'guard-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=fr',
      '--disable-default-apps', '--disable-domain-reliability', '--disable-client-side-phishing-detection', '--no-pings',
      '--disable-features=AutofillServerCommunication,Translate,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying',
      '--allow-browser-signin=false', ...(proxy ? [`--proxy-server=http://${proxy}`] : []),
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const close = async () => { await context.close(); await rm(profile, { recursive: true, force: true }); };
  return { context, close };
}
