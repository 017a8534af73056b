// The in-page checker: classifies text with the handbook's classifier compiled to WebAssembly,
// entirely in this page. Nothing typed here is sent anywhere or stored: the only requests are the
// module, the .wasm and the handbook's vocabulary file, all fetched from this site when the reader
// first types (or answers an exercise), never with the page: a reader who only reads downloads none
// of it. Used by the checker page, the training exercises, and the prompt pages (assembled prompt),
// which load this script itself on first use (checker-on-use.js).
// <html data-checker> says where it stands: idle (waiting for a first use), loading, ready, failed.
const LABELS = JSON.parse(document.getElementById('checker-labels')?.textContent || '{}');
// The page's language, passed as is: the classifier answers in fr, en or nl (a region such as nl-BE
// is ignored), and in French for any other language.
const lang = document.documentElement.lang || 'fr';
const t = (key) => LABELS[key] || key;
// GDPR art. 9 data and the association's secrets: category 4; every other finding is category 3.
const SENSITIVE = new Set(['HEALTH', 'RELIGION', 'ETHNICITY', 'POLITICS', 'UNION', 'SEXUALITY', 'CRIMINAL', 'BIOMETRIC', 'STRATEGIC']);

async function load(root) {
  const mod = await import(root.dataset.module);
  await mod.default({ module_or_path: root.dataset.wasm });
  const data = await (await fetch(root.dataset.vocabulary)).json();
  return new mod.Checker(JSON.stringify(data.vocabulary), data.fingerprint);
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

// The text with each finding wrapped in <mark>, its type written out after it (never colour alone).
function annotated(text, entities) {
  const chars = Array.from(text);
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    if (e.start < pos) continue;
    frag.append(chars.slice(pos, e.start).join(''));
    frag.append(el('mark', { class: `finding cat-${SENSITIVE.has(e.type) ? 4 : 3}`, title: e.reason },
      chars.slice(e.start, e.end).join(''), el('span', { class: 'finding-type' }, ` [${t('type_' + e.type)}]`)));
    pos = e.end;
  }
  frag.append(chars.slice(pos).join(''));
  return frag;
}

function verdictText(report) {
  const key = report.verdict === 'ok' ? 'verdict_ok' : 'verdict_never';
  return `${t(key)} — ${t('category')} ${report.category}${report.grey ? ' (' + t('grey') + ')' : ''}`;
}

// The classifier, loaded once, on first use; `use(fn)` runs `fn(checker)` once it is there.
let loading = null;
function classifier() {
  if (!loading) {
    document.documentElement.dataset.checker = 'loading';
    loading = load(document.querySelector('[data-wasm]')).then((checker) => {
      document.documentElement.dataset.checker = 'ready';
      return checker;
    }, (error) => {
      document.querySelectorAll('.checker [role="status"], .prompt-form [role="status"]').forEach((s) => { s.textContent = t('load_failed'); });
      document.documentElement.dataset.checker = 'failed';
      console.warn('checker unavailable:', error);
      throw error;
    });
  }
  return loading;
}
const use = (fn) => classifier().then(fn, () => {});

function setupPage(root) {
  const input = root.querySelector('textarea');
  const status = root.querySelector('[role="status"]');
  const result = root.querySelector('.checker-result');
  const verdict = root.querySelector('.checker-verdict');
  const marked = root.querySelector('.checker-annotated');
  const list = root.querySelector('.checker-findings');
  const pseudoButton = root.querySelector('.checker-pseudonymise');
  const pseudo = root.querySelector('.checker-pseudonymised');
  const copyButton = root.querySelector('.checker-copy');
  let report = null; let timer = 0;
  const run = (checker) => {
    const text = input.value;
    if (!text.trim()) { result.hidden = true; status.textContent = t('ready'); return; }
    report = JSON.parse(checker.classify(text, lang));
    verdict.textContent = verdictText(report);
    verdict.className = `checker-verdict verdict verdict-${report.verdict}`;
    marked.replaceChildren(annotated(text, report.entities));
    list.replaceChildren(...report.entities.map((e) =>
      el('li', {}, el('strong', {}, t('type_' + e.type)), ` « ${e.text} » — ${e.reason}`)));
    pseudo.hidden = true; copyButton.hidden = true;
    pseudoButton.hidden = report.entities.length === 0;
    result.hidden = false;
    status.textContent = verdictText(report) + (report.entities.length ? ` — ${report.entities.length} ${t('findings')}` : '');
  };
  // The reader is about to type: start loading the classifier.
  input.addEventListener('focus', () => classifier().catch(() => {}), { once: true });
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => use(run), 200); });
  pseudoButton.addEventListener('click', () => {
    if (!report) return;
    pseudo.textContent = report.pseudonymised;
    pseudo.hidden = false; copyButton.hidden = false;
    status.textContent = t('pseudonymised_ready');
  });
  copyButton.addEventListener('click', () => copy(report?.pseudonymised ?? '', status));
  status.textContent = t('ready');
  // A text already there (the browser restored it): check it now.
  if (input.value.trim()) use(run);
}

function copy(text, status) {
  if (!navigator.clipboard) { status.textContent = t('copy_failed'); return; }
  navigator.clipboard.writeText(text).then(() => { status.textContent = t('copied'); }, () => { status.textContent = t('copy_failed'); });
}

// Prompt pages: fill the placeholders, see the assembled prompt checked live, and be warned before
// copying a text that must never go to a public AI.
function setupPrompt(root) {
  const fields = [...root.querySelectorAll('[data-placeholder]')];
  const output = root.querySelector('.assembled');
  const status = root.querySelector('[role="status"]');
  const verdict = root.querySelector('.checker-verdict');
  const copyButton = root.querySelector('.assembled-copy');
  const template = root.dataset.template;
  let report = null; let timer = 0;
  const assemble = () => template.replace(/\[([^\[\]\n]+)\]/g, (whole, name) => {
    const field = fields.find((f) => f.dataset.placeholder === name.trim());
    return field && field.value.trim() ? field.value : whole;
  });
  const run = (checker) => {
    const text = assemble();
    output.textContent = text;
    report = JSON.parse(checker.lintTemplate(text, lang));
    verdict.textContent = verdictText(report);
    verdict.className = `checker-verdict verdict verdict-${report.verdict}`;
  };
  for (const f of fields) f.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => use(run), 200); });
  copyButton.addEventListener('click', () => use((checker) => {
    run(checker);
    if (report && report.verdict === 'never' && !window.confirm(t('copy_warning'))) {
      status.textContent = t('copy_cancelled');
      return;
    }
    copy(output.textContent, status);
  }));
  root.hidden = false;
  // This script is loaded when the reader turns to the form: load the classifier now.
  use(run);
}

// Training exercises: pick a category, then see the expected answer and the checker's reasons.
function setupExercise(item) {
  const text = item.querySelector('blockquote').textContent.trim();
  const choice = item.querySelector('.exercise-choice');
  const details = item.querySelector('details');
  const reasons = item.querySelector('.exercise-reasons');
  choice.hidden = false;
  choice.addEventListener('change', () => classifier().catch(() => {}), { once: true });
  choice.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = choice.querySelector('input:checked');
    if (picked) use((checker) => answer(picked, checker));
  });
  const answer = (picked, checker) => {
    const report = JSON.parse(checker.classify(text, lang));
    const expected = item.dataset.expected;
    const feedback = choice.querySelector('[role="status"]');
    feedback.textContent = picked.value === expected ? t('exercise_right') : `${t('exercise_wrong')} ${expected}.`;
    reasons.replaceChildren(el('p', {}, `${t('checker_says')} ${verdictText(report)}`),
      ...report.entities.map((e) => el('p', {}, `${t('type_' + e.type)} « ${e.text} » — ${e.reason}`)));
    details.open = true;
  };
}

if (document.querySelector('[data-wasm]')) {
  document.documentElement.dataset.checker = 'idle';
  document.querySelectorAll('.checker').forEach(setupPage);
  document.querySelectorAll('.prompt-form').forEach(setupPrompt);
  document.querySelectorAll('.exercise[data-expected]').forEach(setupExercise);
}
