// The guard's popup: checks a text by hand, like the handbook's checker page, with the same
// classifier and vocabulary, inside the browser. Nothing typed here is sent anywhere or kept.
import init, { Checker } from './wasm_widget.js';

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
