// The guard on a public AI chat page. It watches the page's editors (textarea, text input,
// contenteditable) for a paste and for a send (Enter without Shift, a click on the send button, a
// form submit), catching each before the page's own handlers (capture phase, at the window). A text
// of category 1–2 goes through untouched; a text of category 3–4 is held back: the page never sees
// the send, the text stays in the editor, and a warning dialog says what was found.
//
// The text is classified by the extension's background script, inside this browser. To keep sends
// without delay, each text is classified while it is typed and its verdict kept: a send whose text
// already has a verdict is decided at once; otherwise it is held, checked, and replayed when allowed.
// This script makes no request and stores nothing.
(() => {
  'use strict';
  // A site the policy adds may overlap one the manifest guards (all of openai.com and
  // chat.openai.com): both scripts then run, in this extension's one world; the second stops here.
  if (globalThis.handbookGuardRunning) return;
  globalThis.handbookGuardRunning = true;
  const api = globalThis.browser ?? globalThis.chrome;
  const t = (key) => api.i18n.getMessage(key) || key;
  const LANG = t('guard_lang');
  // GDPR art. 9 data and the association's secrets: category 4; every other finding is category 3.
  const SENSITIVE = new Set(['HEALTH', 'RELIGION', 'ETHNICITY', 'POLITICS', 'UNION', 'SEXUALITY', 'CRIMINAL', 'BIOMETRIC', 'STRATEGIC']);
  const SEND_WORDS = /send|submit|envoy|soumettre|verzend|verstuur|versturen|senden|enviar|invia/i;
  const HOST_TAG = 'handbook-guard';
  // Events from the guard's own dialog and notices (in their shadow roots) are never sends.
  const fromGuard = (event) => event.composedPath().some((n) => n.localName === HOST_TAG);

  // ---- verdicts, kept by text -------------------------------------------------------------------
  const verdicts = new Map();
  const asked = new Map();
  function classify(text) {
    if (verdicts.has(text)) return Promise.resolve(verdicts.get(text));
    if (asked.has(text)) return asked.get(text);
    const answer = api.runtime.sendMessage({ kind: 'classify', text, lang: LANG }).then((reply) => {
      asked.delete(text);
      if (!reply || typeof reply.report !== 'string') throw new Error(reply?.error || 'no answer');
      const report = JSON.parse(reply.report);
      verdicts.set(text, report);
      while (verdicts.size > 32) verdicts.delete(verdicts.keys().next().value);
      return report;
    }, (error) => { asked.delete(text); throw error; });
    asked.set(text, answer);
    return answer;
  }

  // While a text is typed, one classification at a time, always of the latest text.
  let warming = false; let warmAgain = null;
  function warm(editor) {
    let text;
    try { text = readText(editor); } catch { return; }
    if (!text.trim() || verdicts.has(text)) return;
    if (warming) { warmAgain = editor; return; }
    warming = true;
    classify(text).catch(() => {}).finally(() => {
      warming = false;
      const next = warmAgain; warmAgain = null;
      if (next) warm(next);
    });
  }

  // ---- editors -----------------------------------------------------------------------------------
  function isTextInput(el) {
    return el instanceof HTMLInputElement && ['text', 'search', ''].includes(el.type);
  }
  /**
   * The editor an element belongs to: a textarea, a text input, the root of an editable region, or
   * an element the page declares a text box (`role="textbox"`) whose text is in neither, such as an
   * editor drawn on a canvas: the guard cannot read that one, and says so rather than stay silent.
   */
  function editorOf(node) {
    const el = node instanceof Element ? node : node?.parentElement;
    if (!el || el.closest(HOST_TAG)) return null;
    if (el instanceof HTMLTextAreaElement || isTextInput(el)) return el;
    if (el.isContentEditable) {
      let root = el;
      while (root.parentElement?.isContentEditable) root = root.parentElement;
      return root;
    }
    return el.closest('[role="textbox"]');
  }
  const EDITORS = 'textarea, input[type="text"], input:not([type]), [contenteditable]:not([contenteditable="false"]), [role="textbox"]';
  function editorsIn(scope) {
    return [...scope.querySelectorAll(EDITORS)].map(editorOf).filter(Boolean);
  }
  let lastEditor = null;

  /**
   * The element an event really happened on. A closed shadow root hides its inside from the page
   * (the event seems to come from its host); an extension's content script may look inside
   * (Chromium's `dom.openOrClosedShadowRoot`, Firefox's `openOrClosedShadowRoot`), so an editor
   * there is read like any other instead of going unnoticed. Inside, the focused element for keys,
   * input and focus, the element under the pointer for a click (the focused one for a keyboard click).
   */
  function closedRootOf(el) {
    try {
      return api.dom?.openOrClosedShadowRoot?.(el) ?? el.openOrClosedShadowRoot ?? null;
    } catch { return null; }
  }
  function deepTarget(event) {
    let node = event.composedPath()[0];
    for (let depth = 0; depth < 16 && node instanceof Element && !node.shadowRoot; depth++) {
      const root = closedRootOf(node);
      if (!root) break;
      const pointed = event.type === 'click' && event.detail > 0;
      const inner = pointed ? root.elementFromPoint(event.clientX, event.clientY) : root.activeElement;
      if (!inner || inner === node) break;
      node = inner;
    }
    return node;
  }

  /**
   * The text as the page would send it: a field's value, an editable region's rendered text. A text
   * box that is neither keeps its text where the page's own script alone can see it: unreadable.
   */
  function readText(editor) {
    if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value;
    if (!editor.isContentEditable) throw new Error('the text box holds no text the guard can read');
    const text = editor.innerText;
    if (typeof text !== 'string') throw new Error('unreadable editor');
    return text.replace(/\n$/, '');
  }
  const same = (a, b) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

  /**
   * Replaces the editor's whole text the way typing would, so the page's editor state (React,
   * ProseMirror, Lexical, Quill…) sees it: select everything, then `insertText`, which fires the
   * browser's own beforeinput/input events. A field falls back to its value and an input event.
   * Returns whether the editor then holds the text.
   */
  function writeText(editor, text) {
    editor.focus();
    if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
      editor.select();
      if (!document.execCommand('insertText', false, text) || editor.value !== text) {
        editor.value = text;
        editor.dispatchEvent(new Event('input', { bubbles: true }));
      }
    } else {
      const range = document.createRange();
      range.selectNodeContents(editor);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      document.execCommand('insertText', false, text);
    }
    try { return same(readText(editor), text); } catch { return false; }
  }

  /** Selects a finding in a field, so "back to my text" lands on it. */
  function select(editor, entity) {
    if (!(editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) || !entity) return;
    const chars = Array.from(editor.value);
    const start = chars.slice(0, entity.start).join('').length;
    const end = chars.slice(0, entity.end).join('').length;
    try { editor.setSelectionRange(start, end); } catch { /* not selectable */ }
  }

  // ---- sends -------------------------------------------------------------------------------------
  let passOnce = null; // a text allowed through once: after "send anyway", or replayed once checked
  let heldEnter = false;

  function hold(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  /** Decides on a send of `editor`'s text; `replay` sends it again once allowed. */
  function onSend(event, editor, replay) {
    let text;
    try { text = readText(editor); } catch {
      hold(event); notify(t('guard_cannot_read'), 'alert'); return true;
    }
    if (!text.trim()) return false;
    if (passOnce !== null && passOnce === text) { passOnce = null; return false; }
    const known = verdicts.get(text);
    if (known) {
      if (known.category <= 2) return false;
      hold(event); warn(known, editor, text, replay); return true;
    }
    hold(event);
    classify(text).then((report) => {
      let now;
      try { now = readText(editor); } catch { now = null; }
      if (now !== text) return; // edited meanwhile: the next send is checked again
      if (report.category <= 2) release(editor, text, replay, 'guard_checked');
      else warn(report, editor, text, replay);
    }, () => notify(t('guard_unavailable'), 'alert'));
    return true;
  }

  /** Sends an allowed text again; if the page ignores the replayed event, asks for one more send. */
  function release(editor, text, replay, fallbackKey) {
    passOnce = text;
    try { replay(); } catch { /* the page may refuse the replayed event */ }
    setTimeout(() => {
      let still = false;
      try { still = editor.isConnected && readText(editor) === text; } catch { still = false; }
      if (still) { passOnce = text; notify(t(fallbackKey), 'status'); } else if (passOnce === text) passOnce = null;
    }, 400);
  }

  window.addEventListener('focusin', (event) => {
    if (fromGuard(event)) return;
    const editor = editorOf(deepTarget(event));
    if (editor) { lastEditor = editor; warm(editor); }
  }, true);
  window.addEventListener('input', (event) => {
    if (fromGuard(event)) return;
    const editor = editorOf(deepTarget(event));
    if (editor) { lastEditor = editor; warm(editor); }
  }, true);

  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229 || fromGuard(event)) return;
    const target = deepTarget(event);
    const editor = editorOf(target);
    if (!editor) return;
    const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true,
      ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey };
    heldEnter = onSend(event, editor, () => target.dispatchEvent(new KeyboardEvent('keydown', init)));
  }, true);
  // A page that sends on the key's release must not see the release of a held Enter either.
  window.addEventListener('keyup', (event) => {
    if (event.key === 'Enter' && heldEnter) { heldEnter = false; hold(event); }
  }, true);

  function sendButtonOf(node) {
    const el = node instanceof Element ? node : node?.parentElement;
    const button = el?.closest('button, [role="button"], input[type="submit"]');
    if (!button || button.closest(HOST_TAG) || button.disabled) return null;
    if (button.type === 'submit' && button.form && editorsIn(button.form).length) return button;
    const label = [button.getAttribute('aria-label'), button.getAttribute('title'), button.getAttribute('data-testid'),
      button.id, button.getAttribute('name'), button.getAttribute('class'), button.textContent].join(' ');
    return SEND_WORDS.test(label) ? button : null;
  }
  function editorForButton(button) {
    const form = button.form ?? button.closest('form');
    const inForm = form ? editorsIn(form) : [];
    if (inForm.length) return inForm.find((e) => e === lastEditor) ?? inForm[0];
    if (lastEditor?.isConnected) return lastEditor;
    return editorsIn(document).find((e) => { try { return readText(e).trim(); } catch { return true; } }) ?? null;
  }
  window.addEventListener('click', (event) => {
    if (fromGuard(event)) return;
    const button = sendButtonOf(deepTarget(event));
    if (!button) return;
    const editor = editorForButton(button);
    if (editor) onSend(event, editor, () => button.click());
  }, true);

  window.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const editors = editorsIn(form);
    if (!editors.length) return;
    const editor = editors.find((e) => e === lastEditor) ?? editors[0];
    const submitter = event.submitter;
    onSend(event, editor, () => form.requestSubmit(submitter?.isConnected ? submitter : undefined));
  }, true);

  window.addEventListener('paste', (event) => {
    if (!editorOf(deepTarget(event))) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!text.trim()) return;
    classify(text).then((report) => {
      if (report.category >= 3) notify(`${t('guard_paste_notice')} (${t('js_category')} ${report.category}). ${t('guard_paste_hint')}`, 'status');
    }, () => {});
  }, true);

  // ---- what the guard shows, in a shadow root the page's styles cannot reach ------------------------
  const STYLE = `
    :host { all: initial; }
    * { box-sizing: border-box; font-family: system-ui, sans-serif; }
    .backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center; justify-content: center; z-index: 2147483647; }
    [role="alertdialog"] { background: #fff; color: #1a1a1a; max-width: min(40rem, 94vw); max-height: 90vh; overflow: auto; padding: 1.25rem 1.5rem; border-radius: .5rem; border: 3px solid #a4000f; font-size: 16px; line-height: 1.45; }
    h2 { font-size: 1.2rem; margin: 0 0 .5rem; color: #a4000f; }
    ul { padding-left: 1.2rem; } li { margin: .25rem 0; }
    .advice { font-weight: 600; }
    .actions, .confirm { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: 1rem; }
    button { font: inherit; padding: .5rem .9rem; border-radius: .35rem; border: 2px solid #1a1a1a; background: #fff; color: #1a1a1a; cursor: pointer; }
    button.primary { background: #1a1a1a; color: #fff; }
    button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
    .notice { position: fixed; right: 1rem; bottom: 1rem; max-width: min(28rem, 90vw); background: #fff8e1; color: #1a1a1a; border: 2px solid #7a4b00; border-radius: .5rem; padding: .75rem 1rem; font-size: 15px; line-height: 1.4; z-index: 2147483647; box-shadow: 0 2px 8px rgba(0,0,0,.25); display: flex; gap: .75rem; align-items: start; }
    .notice button { padding: .2rem .6rem; }
  `;
  function shadowHost(kind) {
    const host = document.createElement(HOST_TAG);
    host.dataset.kind = kind;
    const root = host.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      root.adoptedStyleSheets = [sheet]; // not subject to the page's style-src
    } catch {
      const style = document.createElement('style');
      style.textContent = STYLE;
      root.append(style);
    }
    // keys pressed in the guard's dialog are the guard's, not the page's shortcuts
    for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
    (document.body ?? document.documentElement).append(host);
    return root;
  }
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    node.append(...children);
    return node;
  }

  let noticeHost = null;
  /** A small notice that does not block the page; `alert` for a held send, `status` otherwise. */
  function notify(message, role) {
    noticeHost?.host.remove();
    noticeHost = shadowHost('notice');
    const close = el('button', { type: 'button', 'data-action': 'dismiss' }, t('guard_dismiss'));
    const box = el('div', { class: 'notice', role, lang: LANG }, el('p', { style: 'margin:0' }, message), close);
    const root = noticeHost;
    close.addEventListener('click', () => root.host.remove());
    root.append(box);
    setTimeout(() => root.host.remove(), 12000);
  }

  let dialogRoot = null;
  function warn(report, editor, text, replay) {
    dialogRoot?.host.remove();
    noticeHost?.host.remove();
    const root = shadowHost('dialog');
    dialogRoot = root;
    const title = el('h2', { id: 'guard-title' }, t('guard_dialog_title'));
    const intro = el('p', { id: 'guard-intro' }, t('guard_dialog_intro'));
    const findings = el('ul', {}, ...report.entities.map((e) => el('li', {},
      el('strong', {}, t('js_type_' + e.type)), ` « ${e.text} » — ${e.reason} (${t('js_category')} ${SENSITIVE.has(e.type) ? 4 : 3})`)));
    const advice = el('p', { class: 'advice' }, t(report.category >= 4 ? 'guard_cat4_advice' : 'guard_cat3_advice'));
    const status = el('p', { role: 'status' });
    const back = el('button', { type: 'button', class: 'primary', 'data-action': 'back' }, t('guard_back'));
    const actions = el('div', { class: 'actions' }, back);
    const dialog = el('div', { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'guard-title', 'aria-describedby': 'guard-intro', lang: LANG },
      title, intro, findings, advice, status, actions);
    const close = () => {
      root.host.remove();
      if (dialogRoot === root) dialogRoot = null;
      editor.focus();
    };
    back.addEventListener('click', () => { close(); select(editor, report.entities[0]); });
    // Category 4 is never offered pseudonymisation: codes in place of names do not make sensitive
    // facts shareable.
    if (report.category === 3) {
      const replace = el('button', { type: 'button', 'data-action': 'replace' }, t('guard_replace'));
      replace.addEventListener('click', () => {
        if (writeText(editor, report.pseudonymised)) {
          close();
          warm(editor);
          notify(t('guard_replaced'), 'status');
        } else {
          status.textContent = t('guard_cannot_replace');
          replace.focus(); // writing moved the focus to the editor; the dialog is still open
        }
      });
      actions.append(replace);
    }
    // Asked at each warning, so a policy set meanwhile applies; until the answer, no "send anyway".
    api.runtime.sendMessage({ kind: 'settings' }).then((s) => s?.allowSendAnyway === true, () => false).then((allowed) => {
      if (dialogRoot !== root) return;
      if (!allowed) { dialog.insertBefore(el('p', {}, t('guard_no_send_anyway')), actions.nextSibling); return; }
      const anyway = el('button', { type: 'button', 'data-action': 'send-anyway' }, t('guard_send_anyway'));
      const yes = el('button', { type: 'button', 'data-action': 'confirm' }, t('guard_confirm_yes'));
      const no = el('button', { type: 'button', class: 'primary', 'data-action': 'cancel' }, t('guard_confirm_no'));
      const confirm = el('div', { class: 'confirm', role: 'group', 'aria-labelledby': 'guard-confirm' },
        el('p', { id: 'guard-confirm', style: 'margin:0;flex-basis:100%' }, t('guard_confirm')), no, yes);
      confirm.hidden = true;
      anyway.addEventListener('click', () => { confirm.hidden = false; no.focus(); });
      no.addEventListener('click', () => { confirm.hidden = true; anyway.focus(); });
      yes.addEventListener('click', () => { close(); release(editor, text, replay, 'guard_send_again'); });
      actions.append(anyway);
      dialog.append(confirm);
    });
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') { event.preventDefault(); close(); return; }
      if (event.key !== 'Tab') return;
      const focusable = [...dialog.querySelectorAll('button')].filter((b) => !b.closest('[hidden]'));
      const i = focusable.indexOf(root.activeElement);
      const next = event.shiftKey ? (i <= 0 ? focusable.length - 1 : i - 1) : (i + 1) % focusable.length;
      event.preventDefault();
      focusable[next].focus();
    });
    root.append(el('div', { class: 'backdrop' }, dialog));
    back.focus();
  }
})();
