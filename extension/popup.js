// The guard's popup: checks a text by hand, like the handbook's checker page, with the same
// classifier and vocabulary, inside the browser. Nothing typed here is sent anywhere or kept.
import init, { Checker } from './wasm_widget.js';
import { grantState, policySites } from './policy.js';

const api = globalThis.browser ?? globalThis.chrome;
const t = (key) => api.i18n.getMessage(key) || key;
const lang = t('guard_lang');
const SENSITIVE = new Set(['HEALTH', 'RELIGION', 'ETHNICITY', 'POLITICS', 'UNION', 'SEXUALITY', 'CRIMINAL', 'BIOMETRIC', 'STRATEGIC']);

document.documentElement.lang = lang;
for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);

const $ = (id) => document.getElementById(id);
const status = $('status');

async function load() {
  await init({ module_or_path: api.runtime.getURL('wasm_widget_bg.wasm') });
  const data = await (await fetch(api.runtime.getURL('checker-data.json'))).json();
  return new Checker(JSON.stringify(data.vocabulary), data.fingerprint);
}

load().then((checker) => {
  const run = () => {
    const text = $('text').value;
    if (!text.trim()) { $('result').hidden = true; return; }
    const report = JSON.parse(checker.classify(text, lang));
    const verdict = `${t(report.verdict === 'ok' ? 'js_verdict_ok' : 'js_verdict_never')} — ${t('js_category')} ${report.category}`;
    $('verdict').textContent = verdict;
    $('verdict').className = `verdict verdict-${report.verdict}`;
    $('findings').replaceChildren(...report.entities.map((e) => {
      const li = document.createElement('li');
      const type = document.createElement('strong');
      type.textContent = t('js_type_' + e.type);
      li.append(type, ` « ${e.text} » — ${e.reason} (${t('js_category')} ${SENSITIVE.has(e.type) ? 4 : 3})`);
      return li;
    }));
    // pseudonymising is offered for category 3 only, as in the guard's dialog
    const offer = report.category === 3;
    $('pseudo-title').hidden = !offer;
    $('pseudonymised').hidden = !offer;
    $('pseudonymised').textContent = offer ? report.pseudonymised : '';
    $('result').hidden = false;
    status.textContent = verdict + (report.entities.length ? ` — ${report.entities.length} ${t('js_findings')}` : '');
  };
  $('check').addEventListener('click', run);
  status.textContent = t('js_ready');
}, () => { status.textContent = t('js_load_failed'); });

// The sites the organisation's policy adds: those the person has not let the guard read yet, with
// the button that asks the browser (only a click may ask), those guarded already, and the entries
// the guard ignores because they are not match patterns it accepts.
const policy = $('policy');
let pending = [];

function list(text, items, extra) {
  const note = document.createElement('p');
  note.textContent = text;
  note.className = 'note';
  const ul = document.createElement('ul');
  ul.append(...items.map((item) => {
    const li = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = item.pattern ?? item;
    li.append(code);
    if (item.problem) {
      // what is wrong, for the IT staff who wrote the policy, in the words of the build's own errors
      const why = document.createElement('span');
      why.lang = 'en';
      why.textContent = item.problem;
      li.append(' — ', why);
    }
    return li;
  }));
  return [note, ul, ...(extra ? [extra] : [])];
}

async function showPolicy() {
  const { valid, invalid } = await policySites();
  const state = await grantState(valid);
  pending = state.pending;
  const parts = [];
  if (state.pending.length) {
    const allow = document.createElement('button');
    allow.type = 'button';
    allow.id = 'policy-allow';
    allow.textContent = t('guard_policy_allow');
    allow.addEventListener('click', askAccess);
    parts.push(...list(t('guard_policy_pending'), state.pending, allow));
  }
  if (state.granted.length) parts.push(...list(t('guard_policy_granted'), state.granted));
  if (invalid.length) parts.push(...list(t('guard_policy_invalid'), invalid));
  $('policy-lists').replaceChildren(...parts);
  policy.hidden = parts.length === 0;
}

// `permissions.request` must be called during the click itself (no await before it), so the list
// asked for is the one already shown. Granting fires permissions.onAdded in the background, which
// registers the guard on those sites.
function askAccess() {
  const asked = pending.slice();
  api.permissions.request({ origins: asked }).then((granted) => {
    $('policy-status').textContent = granted ? t('guard_policy_done') : t('guard_policy_refused');
    return showPolicy();
  }, (error) => { $('policy-status').textContent = `${t('guard_policy_refused')} (${error?.message ?? error})`; });
}

api.permissions?.onAdded?.addListener(() => { showPolicy(); });
api.permissions?.onRemoved?.addListener(() => { showPolicy(); });
showPolicy().catch(() => { policy.hidden = true; });
