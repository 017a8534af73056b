// Checks that the browser's tokenizer (themes/default/static/search.js) turns every line of
// tests/search/words.txt into the same terms as the Rust one (src/search/tokenize.rs), whose output
// is tests/search/tokens.json — kept up to date by `cargo test --test search_index`.
//
//   node tests/search/tokenizer-parity.mjs
//
// Exits with 1 and lists the differences when the two disagree.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const script = readFileSync(here('../../themes/default/static/search.js'), 'utf8');
// Run the browser script without a document: it then only publishes its tokenizer.
const sandbox = { URL };
sandbox.globalThis = sandbox;
vm.runInNewContext(script, sandbox, { filename: 'search.js' });
const { tokens } = sandbox.handbookSearch;

const expected = JSON.parse(readFileSync(here('tokens.json'), 'utf8'));
let cases = 0;
const failures = [];
for (const [lang, list] of Object.entries(expected)) {
  for (const [text, rust] of list) {
    cases++;
    const js = Array.from(tokens(text, lang));
    if (JSON.stringify(js) !== JSON.stringify(rust)) {
      failures.push(`[${lang}] ${JSON.stringify(text)}\n  rust: ${JSON.stringify(rust)}\n  js:   ${JSON.stringify(js)}`);
    }
  }
}
if (failures.length) {
  console.error(`${failures.length} of ${cases} texts tokenized differently:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`tokenizer parity: ${cases} texts, JavaScript and Rust agree`);
