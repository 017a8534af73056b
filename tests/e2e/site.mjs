// What the browser tests need to know about the handbook they are given, read from the built site
// itself (sitemap, revisions feed, prompts.json, search index, the pages' headings) rather than
// written into the tests: an editor's change to content/ (a reworded heading, a renamed prompt, a new
// revision) must not break them unless it breaks a rule of the product.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import vm from 'node:vm';

const exists = (path) => stat(path).then(() => true, () => false);

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Text of an HTML fragment: tags dropped, entities decoded, spaces collapsed. */
export function text(html) {
  return html.replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => (e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1))
      : ENTITIES[e.toLowerCase()] ?? m))
    .replace(/\s+/g, ' ').trim();
}

async function locations(root) {
  const locs = [...(await readFile(join(root, 'sitemap.xml'), 'utf8')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => text(m[1]));
  if (!locs.length) throw new Error('sitemap.xml lists no page');
  const base = locs.reduce((a, b) => (b.length < a.length ? b : a));
  if (!locs.every((l) => l.startsWith(base))) throw new Error(`sitemap.xml: not every page is under ${base}`);
  return { base, locs };
}

/** The site-relative paths of every page in sitemap.xml (`` for the home page), in its order. */
export async function sitemap(root) {
  const { base, locs } = await locations(root);
  return locs.map((l) => decodeURI(l.slice(base.length)));
}

/**
 * The editions of the site: `lang` of the root, `languages` (other languages, each a folder such as
 * `en/`, from the home page's hreflang links), `revisions` (ids with a folder under revisions/),
 * `inForce` (the revision at the root: the first entry of the revisions feed, which lists them newest
 * first), `older` (the others, oldest first) and `draft` (whether draft/ was published).
 */
export async function editions(root) {
  const home = await readFile(join(root, 'index.html'), 'utf8');
  const lang = home.match(/<html[^>]*\blang="([^"]+)"/)?.[1];
  // The alternates are absolute (as search engines want them); the home page's canonical address
  // is the site's, so what follows it is the language's folder.
  const home_url = text(home.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? '');
  const folder = (href) => (home_url && href.startsWith(home_url) ? href.slice(home_url.length) : href.replace(/^\.\//, ''));
  const languages = [...home.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]*)"/g)]
    .filter((m) => m[1] !== lang && m[1] !== 'x-default')
    .map((m) => ({ lang: m[1], prefix: folder(text(m[2])) }));
  const revisions = [];
  for (const id of await readdir(join(root, 'revisions')).catch(() => [])) {
    if (await exists(join(root, 'revisions', id, 'index.html'))) revisions.push(id);
  }
  // The feed's entries, newest first.
  const feed = revisions.length
    ? [...(await readFile(join(root, 'revisions.xml'), 'utf8')).matchAll(/<entry>[\s\S]*?<id>[^<]*\/revisions\/([^/<]+)\/<\/id>/g)].map((m) => text(m[1]))
    : [];
  const inForce = feed[0] ?? null;
  if (revisions.length && !revisions.includes(inForce)) throw new Error(`the revisions feed's newest entry (${inForce}) has no folder under revisions/`);
  const age = (id) => (feed.includes(id) ? feed.indexOf(id) : -1);
  return {
    lang, languages, revisions, inForce,
    older: revisions.filter((r) => r !== inForce).sort((a, b) => age(b) - age(a)),
    draft: await exists(join(root, 'draft', 'index.html')),
  };
}

/** The pages of the edition at `prefix` (`` , `en/`, `revisions/2025/`…): its own, not those of the editions inside it. */
export function own(pages, prefix, ed) {
  const nested = ['revisions/', 'draft/', ...ed.languages.map((l) => l.prefix)];
  return pages.filter((p) => p.startsWith(prefix) && !nested.some((n) => p.slice(prefix.length).startsWith(n)));
}

/** A page's title, h1 and the h2–h6 headings of its main content that carry an id. */
export async function page(root, path) {
  const html = await readFile(join(root, path, 'index.html'), 'utf8');
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return {
    path,
    title: text(html.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? ''),
    h1: text(main.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? ''),
    headings: [...main.matchAll(/<h([2-6])[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({ id: m[2], text: text(m[3]) })),
    text: text(main),
  };
}

/** The prompts of an edition, from its prompts.json: id, title, site-relative path, placeholders. */
export async function prompts(root, prefix = '') {
  const file = join(root, prefix, 'prompts.json');
  if (!(await exists(file))) return [];
  const json = JSON.parse(await readFile(file, 'utf8'));
  const { base } = await locations(root);
  return json.prompts.map((p) => {
    if (!p.url.startsWith(base)) throw new Error(`${prefix}prompts.json: ${p.id} is at ${p.url}, outside the site ${base}`);
    return { ...p, path: decodeURI(p.url.slice(base.length)) };
  });
}

/** The search index of an edition: its language and the site-relative paths of the pages it holds. */
export async function searchIndex(root, prefix = '') {
  const dir = join(root, prefix, 'search');
  const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8'));
  const paths = [];
  for (let i = 0; i < meta.docs; i++) paths.push(prefix + JSON.parse(await readFile(join(dir, 'd', `${i}.json`), 'utf8')).u);
  return { lang: meta.lang, paths };
}

/** The site's own search tokenizer (the search script run without a document only publishes it). */
export async function tokenizer(root) {
  const file = (await readdir(join(root, 'assets'))).find((f) => /^search\.[0-9a-f]+\.js$/.test(f));
  if (!file) throw new Error('no search script in assets/');
  const sandbox = { URL };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(await readFile(join(root, 'assets', file), 'utf8'), sandbox);
  return sandbox.handbookSearch.tokens;
}

/**
 * A heading to search for, the same (same page, anchor and words) in every edition of `prefixes`:
 * of those of two words or more (one if none has two) whose words the fewest pages of each edition
 * contain all of (so that the page is among the first results), the one with the fewest words, as a
 * reader would type. Returns { path, id, text, pages, words } (`path` relative to the edition,
 * `pages` the most pages of one edition holding all its words), or null when the editions share no
 * indexed heading.
 */
export async function searchableHeading(root, prefixes) {
  const tokens = await tokenizer(root);
  const editions = [];
  for (const prefix of prefixes) {
    const index = await searchIndex(root, prefix);
    const pages = await Promise.all(index.paths.map((p) => page(root, p)));
    editions.push({ prefix, lang: index.lang, pages: pages.map((p) => ({ ...p, terms: new Set(tokens(`${p.title} ${p.text}`, index.lang)) })) });
  }
  const [first, ...rest] = editions;
  let best = null;
  for (const p of first.pages) {
    const rel = p.path.slice(first.prefix.length);
    for (const h of p.headings) {
      const same = rest.every((e) => e.pages.some((q) => q.path === e.prefix + rel && q.headings.some((g) => g.id === h.id && g.text === h.text)));
      if (!same) continue;
      let pages = 0; let words = 0;
      for (const e of editions) {
        const terms = [...new Set(tokens(h.text, e.lang))];
        words = terms.length;
        pages = Math.max(pages, e.pages.filter((q) => terms.every((t) => q.terms.has(t))).length);
      }
      if (words === 0) continue;
      const rank = (c) => [Math.min(c.words, 2) === 2 ? 0 : 1, c.pages, c.words];
      const cand = { path: rel, id: h.id, text: h.text, pages, words };
      const [a, b] = [rank(cand), best && rank(best)];
      if (!best || a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))) best = cand;
    }
  }
  return best;
}

/**
 * A text the checker must classify `never`: a person's name, a private e-mail and a health fact. The
 * surname is one the handbook does not declare public (checker-data.json), so it is a person's.
 */
export async function personalText(root) {
  const data = JSON.parse(await readFile(join(root, 'checker-data.json'), 'utf8'));
  const vocabulary = JSON.stringify(data.vocabulary ?? {}).toLowerCase();
  const surname = ['Martin', 'Bernard', 'Durand', 'Lefebvre', 'Moreau'].find((n) => !vocabulary.includes(n.toLowerCase()));
  const email = `${surname.toLowerCase()}.claire@gmail.com`;
  return {
    surname, email, health: 'chimiothérapie',
    text: `Peux-tu écrire à Mme ${surname} (${email}) ? Elle suit une chimiothérapie depuis mars.`,
  };
}
