//! Writes the search index: a manifest, term shards and one small file per page, so that a query only
//! downloads the shards of its words and the pages it shows (in the spirit of Pagefind).
//!
//! Layout, relative to the site root the index serves (`/` today, `/revisions/2025/` later):
//!
//! - `search/meta.json`: `{"v": version, "lang": "fr", "docs": 1000, "keys": ["ab", "ac", …]}`. The
//!   browser loads it first; `v` (a hash of every other file) is appended to the other requests as
//!   `?v=` so a host that caches `search/` can never mix two builds.
//! - `search/t/<key>.json`: the terms that start with `key` (2 letters, or 3 or 4 where a 2-letter
//!   shard would be too big to download for one word), each mapped to its postings `[doc delta, where,
//!   doc delta, where, …]`: doc numbers ascending and delta-coded, `where` the best place the term
//!   occurs in that page — 0 title, 1 keyword (prompt id, tag), 2 text before the first heading,
//!   `3 + 2h` heading `h`, `4 + 2h` text under heading `h`. A term is in the shard of the longest key
//!   that begins it and has at least 2 letters (or is the whole term); keys that are not ASCII letters
//!   and digits are written `_` followed by their code points in hex, joined by `_`. The word being
//!   typed matches every term of its shard that it begins ("donn" finds "données"); only in a
//!   handbook large enough for a shard to be split does a prefix shorter than the split key match
//!   whole words alone, until one more letter is typed.
//! - `search/d/<doc>.json`: `{"u": url relative to the site root, "t": title, "k": kind,
//!   "h": [[anchor, heading, passage], …], "x": excerpt}`, fetched only for the results shown; the
//!   passage is the start of the text under the heading, in which the browser shows the sentence
//!   that matched when the match is in that section.

use std::collections::{BTreeMap, HashMap};

use rustc_hash::FxHashMap;
use serde::ser::{Serialize, SerializeSeq, Serializer};
use serde_json::json;
use sha2::{Digest, Sha256};

use rayon::prelude::*;

use super::tokenize::Lang;
use super::SearchDoc;

/// Above this many bytes a shard is split by one more letter of its terms' beginning: a one-word
/// query then downloads at most about this much per word (a single very common term can still make a
/// shard bigger, since a term is never split).
const SHARD_TARGET: usize = 6 * 1024;
/// Keys never get longer than this: beyond it splitting buys little and multiplies files.
const MAX_KEY: usize = 4;
/// Characters of page text kept as the excerpt shown under a result.
const EXCERPT: usize = 140;
/// Characters of a section's text kept for the browser to find the matching sentence in: enough for
/// a few sentences, small enough that ten results stay a few kilobytes.
const PASSAGE: usize = 280;

/// Where a term occurs in a page, best first: a page found by its title outranks one that only
/// mentions the word in passing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Place {
    Title,
    Heading(usize),
    Keyword,
    Intro,
    Section(usize),
}

impl Place {
    fn code(self) -> usize {
        match self {
            Place::Title => 0,
            Place::Keyword => 1,
            Place::Intro => 2,
            Place::Heading(h) => 3 + 2 * h,
            Place::Section(h) => 4 + 2 * h,
        }
    }
}

/// Each page's terms with their best place and its own file, as [`build`] made them, by page and
/// language: a process that indexes the same pages again and again (`serve`, at every save)
/// tokenises and writes out only the pages that changed, and does not index a language again at
/// all when none of its pages changed (a save in one language). Only the last build is kept.
#[derive(Default)]
pub struct TermMemo {
    pages: HashMap<Lang, HashMap<SearchDoc, IndexedPage>>,
    /// By language, the pages last indexed and the files they gave: the index depends on them alone.
    indexes: HashMap<Lang, (Vec<SearchDoc>, IndexFiles)>,
}

/// Relative path → bytes of every index file of one language.
type IndexFiles = BTreeMap<String, Vec<u8>>;

/// What the index takes from one page, whatever the other pages are.
struct IndexedPage {
    terms: Vec<(String, Place)>,
    file: Vec<u8>,
}

/// Relative path → bytes of every index file (see the module documentation for the layout).
pub fn build(docs: &[SearchDoc], lang: Lang) -> BTreeMap<String, Vec<u8>> {
    let mut index = IndexBuilder::new(lang);
    index.add(docs);
    index.finish()
}

/// An index made page by page, as pages are rendered: what the index needs of each page (its
/// terms and its own file) is taken at once, so a one-off build can drop the page's text right
/// after instead of holding every page's text until the last page is rendered. Pages added in
/// order, in any number of calls, give the bytes [`build`] gives for them all at once.
pub struct IndexBuilder {
    lang: Lang,
    postings: Postings,
    doc_files: Vec<Vec<u8>>,
}

impl IndexBuilder {
    pub fn new(lang: Lang) -> IndexBuilder {
        IndexBuilder {
            lang,
            postings: Postings::default(),
            doc_files: Vec::new(),
        }
    }

    /// Adds `docs`, numbered after the pages added before. They are read on every core,
    /// [`DOCS_AT_ONCE`] at a time (so that the terms of many pages are not all held at once), and
    /// added in order: the postings are those of a reading on one thread.
    pub fn add(&mut self, docs: &[SearchDoc]) {
        for docs in docs.chunks(DOCS_AT_ONCE) {
            let read: Vec<ReadPage> = docs
                .par_iter()
                .with_max_len(1) // one per task, as the pages in `render::page_pass`
                .map(|doc| ReadPage::of(doc, self.lang))
                .collect();
            read.into_iter().for_each(|page| self.push(page));
        }
    }

    /// Adds a page read by [`ReadPage::of`], numbered after the pages added before: a caller that
    /// reads each page on the thread that rendered it adds them here in page order.
    pub fn push(&mut self, page: ReadPage) {
        let n = self.doc_files.len();
        for (term, place) in page.terms {
            self.postings.entry(term).or_default().push(n, place);
        }
        self.doc_files.push(page.file);
    }

    /// The index files of every page added.
    pub fn finish(self) -> BTreeMap<String, Vec<u8>> {
        index_files(&self.postings, self.doc_files, self.lang)
    }
}

/// What the index takes of one page: its terms with their best place, and its own file. Made on
/// any thread, apart from the other pages; [`IndexBuilder::push`] numbers it.
pub struct ReadPage {
    terms: Vec<(String, Place)>,
    file: Vec<u8>,
}

impl ReadPage {
    /// Reads `doc` for an index in `lang`.
    pub fn of(doc: &SearchDoc, lang: Lang) -> ReadPage {
        ReadPage {
            terms: best_places(doc, lang),
            file: doc_file(doc),
        }
    }
}

/// [`build`], taking from `memo` the terms of pages it indexed before and keeping this build's.
pub fn build_remembering(
    docs: &[SearchDoc],
    lang: Lang,
    memo: &mut TermMemo,
) -> BTreeMap<String, Vec<u8>> {
    if let Some((indexed, files)) = memo.indexes.get(&lang) {
        if indexed.as_slice() == docs {
            return files.clone();
        }
    }
    let (postings, doc_files) = postings_remembering(docs, lang, memo);
    let files = index_files(&postings, doc_files, lang);
    memo.indexes.insert(lang, (docs.to_vec(), files.clone()));
    files
}

/// The index files of `postings` and the pages' own files, numbered in order.
fn index_files(
    postings: &Postings,
    doc_files: Vec<Vec<u8>>,
    lang: Lang,
) -> BTreeMap<String, Vec<u8>> {
    let docs = doc_files.len();
    let mut files = BTreeMap::new();
    let mut keys = Vec::new();
    shard(postings, &mut keys, &mut files);
    for (n, file) in doc_files.into_iter().enumerate() {
        files.insert(format!("search/d/{n}.json"), file);
    }
    let mut hasher = Sha256::new();
    for (path, bytes) in &files {
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update(bytes);
    }
    let version = crate::digest::hex(&hasher.finalize()[..5]);
    let meta = json!({ "v": version, "lang": lang.code(), "docs": docs, "keys": keys });
    files.insert("search/meta.json".into(), to_bytes(&meta));
    files
}

/// Term → (doc, best place) for every doc it occurs in, docs ascending. A hash map: every term
/// of every page is added to it in page order on one thread, once each slice of pages is
/// rendered, where a sorted map compared long strings at each step; the shards sort the terms
/// once, at the end.
type Postings = FxHashMap<String, PostingList>;

/// A term's postings, docs ascending, packed as the shards list them: the gap from the previous
/// doc number, then the [`Place::code`], each a LEB128 number. A large handbook has millions of
/// postings, held with every rendered page until the index is written: most take 2 bytes so,
/// against 8 as two `u32`.
#[derive(Default)]
struct PostingList {
    bytes: Vec<u8>,
    /// The doc of the last posting, which the next one's gap is counted from.
    last: usize,
    count: usize,
}

impl PostingList {
    /// Adds doc `n`'s best `place` for the term; `n` is past every doc added before.
    fn push(&mut self, n: usize, place: Place) {
        let gap = n - self.last;
        push_leb128(&mut self.bytes, gap);
        push_leb128(&mut self.bytes, place.code());
        self.last = n;
        self.count += 1;
    }

    /// Every (doc gap, place code) pair, in order.
    fn gaps(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut numbers = Leb128(&self.bytes);
        std::iter::from_fn(move || Some((numbers.next()?, numbers.next()?)))
    }
}

fn push_leb128(bytes: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        bytes.push((n & 0x7f) as u8 | 0x80);
        n >>= 7;
    }
    bytes.push(n as u8);
}

/// Reads the numbers [`push_leb128`] wrote.
struct Leb128<'a>(&'a [u8]);

impl Iterator for Leb128<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let (mut n, mut shift) = (0, 0);
        loop {
            let (&byte, rest) = self.0.split_first()?;
            self.0 = rest;
            n |= usize::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Some(n);
            }
            shift += 7;
        }
    }
}

/// How many docs [`IndexBuilder::add`] reads at once.
const DOCS_AT_ONCE: usize = 256;

/// The postings of `docs` and each doc's own file, as [`IndexBuilder`] makes them, taking from
/// `memo` the pages it indexed before and keeping this build's there.
fn postings_remembering(
    docs: &[SearchDoc],
    lang: Lang,
    memo: &mut TermMemo,
) -> (Postings, Vec<Vec<u8>>) {
    let mut index = Postings::default();
    let mut doc_files = Vec::with_capacity(docs.len());
    let mut known = memo.pages.remove(&lang).unwrap_or_default();
    let mut kept = HashMap::with_capacity(docs.len());
    for (n, doc) in docs.iter().enumerate() {
        let (doc, page) = match known.remove_entry(doc) {
            Some(found) => found,
            None => (
                doc.clone(),
                IndexedPage {
                    terms: best_places(doc, lang),
                    file: doc_file(doc),
                },
            ),
        };
        for (term, place) in &page.terms {
            index.entry(term.clone()).or_default().push(n, *place);
        }
        doc_files.push(page.file.clone());
        kept.insert(doc, page);
    }
    memo.pages.insert(lang, kept);
    (index, doc_files)
}

/// Every term of `doc` with the best place it occurs in, terms in order.
fn best_places(doc: &SearchDoc, lang: Lang) -> Vec<(String, Place)> {
    super::page_terms::best_places(lang, |add| {
        add(&doc.title, Place::Title);
        for k in &doc.keywords {
            add(k, Place::Keyword);
        }
        add(&doc.text, Place::Intro);
        for (h, heading) in doc.headings.iter().enumerate() {
            add(&heading.text, Place::Heading(h));
            add(&heading.body, Place::Section(h));
        }
    })
}

/// Groups the terms into shards by their first letters, splitting a shard by one more letter while it
/// is over [`SHARD_TARGET`]. Writes the shard files and collects their keys, sorted.
fn shard(postings: &Postings, keys: &mut Vec<String>, files: &mut BTreeMap<String, Vec<u8>>) {
    let mut terms: Vec<&str> = postings.keys().map(String::as_str).collect();
    terms.sort_unstable();
    let mut top: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for term in terms {
        top.entry(prefix(term, 2)).or_default().push(term);
    }
    // Each first-letters group is split and written on any core: the keys of two groups never
    // meet, so gathering them gives the shards of a split on one thread.
    let groups: Vec<(String, Vec<&str>)> = top.into_iter().collect();
    let parts: Vec<BTreeMap<String, Vec<u8>>> = groups
        .par_iter()
        .with_max_len(1) // one per task, as the pages in `render::page_pass`
        .map(|(key, terms)| {
            let mut part = BTreeMap::new();
            split(key, terms, postings, &mut part);
            part
        })
        .collect();
    let mut out = BTreeMap::new();
    for part in parts {
        out.extend(part);
    }
    for (key, bytes) in out {
        files.insert(format!("search/t/{}.json", file_name(&key)), bytes);
        keys.push(key);
    }
}

fn split(key: &str, terms: &[&str], postings: &Postings, out: &mut BTreeMap<String, Vec<u8>>) {
    let bytes = shard_bytes(terms, postings);
    let depth = key.chars().count();
    if bytes.len() <= SHARD_TARGET || depth >= MAX_KEY || terms.len() < 2 {
        out.insert(key.to_string(), bytes);
        return;
    }
    let mut here = Vec::new();
    let mut deeper: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for term in terms {
        if term.chars().count() <= depth {
            here.push(*term);
        } else {
            deeper
                .entry(prefix(term, depth + 1))
                .or_default()
                .push(term);
        }
    }
    if deeper.len() < 2 && here.is_empty() {
        // One longer key would hold everything: nothing is gained by splitting.
        out.insert(key.to_string(), bytes);
        return;
    }
    if !here.is_empty() {
        out.insert(key.to_string(), shard_bytes(&here, postings));
    }
    for (sub, sub_terms) in deeper {
        split(&sub, &sub_terms, postings, out);
    }
}

/// The shard of `terms`: each term, in order, with its postings as [`Gaps`].
fn shard_bytes(terms: &[&str], postings: &Postings) -> Vec<u8> {
    let shard: BTreeMap<&str, Gaps<'_>> = terms
        .iter()
        .map(|term| (*term, Gaps(&postings[*term])))
        .collect();
    to_bytes(&shard)
}

/// A term's postings as its shard lists them, flat: each doc number as the gap from the previous
/// one, then its place code. Written straight from the postings: as JSON values, the numbers of a
/// shard of common terms would take several times the postings' own memory, at the moment the
/// build holds the most (every rendered page).
struct Gaps<'a>(&'a PostingList);

impl Serialize for Gaps<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.count * 2))?;
        for (gap, place) in self.0.gaps() {
            seq.serialize_element(&gap)?;
            seq.serialize_element(&place)?;
        }
        seq.end()
    }
}

fn doc_file(doc: &SearchDoc) -> Vec<u8> {
    /// The file's fields, in the order of their names (the order a JSON object of them had):
    /// written straight from the page's text, without a copy of it in between.
    #[derive(serde::Serialize)]
    struct DocFile<'a> {
        h: Vec<(&'a str, &'a str, String)>,
        k: &'a str,
        t: &'a str,
        u: &'a str,
        x: String,
    }
    let source = if doc.text.trim().is_empty() {
        doc.headings.first().map_or("", |h| h.body.as_str())
    } else {
        doc.text.as_str()
    };
    to_bytes(&DocFile {
        h: doc
            .headings
            .iter()
            .map(|h| (h.id.as_str(), h.text.as_str(), cut(&h.body, PASSAGE)))
            .collect(),
        k: &doc.kind,
        t: &doc.title,
        u: doc.url.trim_start_matches('/'),
        x: cut(source, EXCERPT),
    })
}

/// The first `max` characters of `text`, cut at a word boundary.
fn cut(text: &str, max: usize) -> String {
    // White space collapsed word by word, only as far as one character past `max`: a section's
    // body can be thousands of words, of which the passage keeps a few dozen.
    let mut collapsed = String::with_capacity(text.len().min(4 * max + 8));
    let mut count = 0;
    for word in text.split_whitespace() {
        if count > max {
            break;
        }
        if count > 0 {
            collapsed.push(' ');
            count += 1;
        }
        collapsed.push_str(word);
        count += word.chars().count();
    }
    let text = collapsed;
    if count <= max {
        return text;
    }
    // The first `max` characters, borrowed: every heading of every page is cut here.
    let end = text
        .char_indices()
        .nth(max)
        .map_or(text.len(), |(at, _)| at);
    let cut = &text[..end];
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// The first `n` characters of `term` (all of it when shorter).
fn prefix(term: &str, n: usize) -> String {
    term.chars().take(n).collect()
}

/// Whether the site file at `path` (under any edition's folder) is one of an index's shards: a
/// page's file (`search/d/`) or a term's (`search/t/`), of which a search fetches a few.
pub fn is_shard(path: &str) -> bool {
    let mut parts = path.rsplit('/');
    let (Some(file), Some(kind), Some(folder)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    folder == "search" && matches!(kind, "d" | "t") && file.ends_with(".json")
}

/// The file name of a shard key: the key itself when it is plain ASCII, so the common case stays
/// readable, else code points in hex (`é` cannot be in a key, but `ж` or `ω` can).
pub fn file_name(key: &str) -> String {
    if key
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return key.to_string();
    }
    let hex: Vec<String> = key.chars().map(|c| format!("{:x}", c as u32)).collect();
    format!("_{}", hex.join("_"))
}

/// `value` as compact JSON, without the spare capacity of the growing buffer: the index's files
/// are held with the rest of the site until it is written.
fn to_bytes(value: &impl Serialize) -> Vec<u8> {
    crate::memory::fitted(serde_json::to_vec(value).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::SearchHeading;
    use serde_json::Value;

    fn doc(url: &str, title: &str, heading: &str, body: &str) -> SearchDoc {
        SearchDoc {
            url: url.into(),
            title: title.into(),
            kind: "Méthode".into(),
            headings: vec![SearchHeading {
                id: "h".into(),
                text: heading.into(),
                body: body.into(),
            }],
            keywords: vec!["PROMPT-007".into()],
            text: String::new(),
        }
    }

    /// Whatever the memo holds (the same pages, other pages, another language's), the index is the
    /// one made from nothing.
    #[test]
    fn a_remembered_index_is_the_fresh_one() {
        let mut memo = TermMemo::default();
        let one = vec![
            doc("/a/", "Alpha", "Début", "un texte"),
            doc("/b/", "Bêta", "Suite", "un autre texte"),
        ];
        let mut two = one.clone();
        two[1].headings[0].body = "un texte changé".into();
        for (docs, lang) in [
            (&one, Lang::French),
            (&one, Lang::French),
            (&one, Lang::English),
            (&two, Lang::French),
            (&one, Lang::French),
        ] {
            assert_eq!(build_remembering(docs, lang, &mut memo), build(docs, lang));
        }
        assert_ne!(build(&one, Lang::French), build(&two, Lang::French));
    }

    /// Pages added a few at a time, across the reading chunks, give the index of all of them
    /// added at once, and that of the remembering path (which reads pages one by one).
    #[test]
    fn an_index_made_page_by_page_is_the_whole_one() {
        let docs: Vec<SearchDoc> = (0..2 * DOCS_AT_ONCE + 88)
            .map(|n| {
                doc(
                    &format!("/p{n}/"),
                    &format!("Page {n}"),
                    "Titre",
                    &"mot ".repeat(n % 7),
                )
            })
            .collect();
        let mut index = IndexBuilder::new(Lang::French);
        for part in [
            &docs[..1],
            &docs[1..DOCS_AT_ONCE + 3],
            &docs[DOCS_AT_ONCE + 3..],
        ] {
            index.add(part);
        }
        let in_parts = index.finish();
        assert_eq!(in_parts, build(&docs, Lang::French));
        let mut memo = TermMemo::default();
        assert_eq!(in_parts, build_remembering(&docs, Lang::French, &mut memo));
    }

    #[test]
    fn a_term_keeps_its_best_place_in_each_page() {
        let docs = [
            doc("/a/", "Données", "Autre", "données"),
            doc("/b/", "Autre", "Les données", "rien"),
        ];
        let files = build(&docs, Lang::French);
        let shard: Value = serde_json::from_slice(&files["search/t/do.json"]).unwrap();
        assert_eq!(shard["don"], json!([0, 0, 1, 3]));
        let meta: Value = serde_json::from_slice(&files["search/meta.json"]).unwrap();
        assert_eq!(meta["docs"], 2);
        let d: Value = serde_json::from_slice(&files["search/d/1.json"]).unwrap();
        assert_eq!(d["u"], "b/");
        assert_eq!(d["h"], json!([["h", "Les données", "rien"]]));
        assert_eq!(d["x"], "rien");
    }

    /// The index's shards are known as such wherever an edition puts the index; its manifest and
    /// everything else are not.
    #[test]
    fn shards_are_told_from_the_other_files() {
        let docs = [doc("/a/", "Données", "Autre", "données")];
        for (path, _) in build(&docs, Lang::French) {
            let shard = path != "search/meta.json";
            assert_eq!(is_shard(&path), shard, "{path}");
            assert_eq!(is_shard(&format!("en/{path}")), shard, "{path}");
            assert_eq!(is_shard(&format!("v/2025/nl/{path}")), shard, "{path}");
        }
        for other in [
            "search/index.html",
            "search/d/1.html",
            "d/1.json",
            "research/d/1.json",
            "search/x/1.json",
            "1.json",
            "",
        ] {
            assert!(!is_shard(other), "{other}");
        }
    }

    #[test]
    fn excerpts_stop_at_a_word() {
        let long = "mot ".repeat(100);
        let e = cut(&long, EXCERPT);
        assert!(
            e.ends_with("mot…") && e.chars().count() <= EXCERPT + 1,
            "{e}"
        );
    }

    /// Collapsing only as far as the cut needs gives what collapsing the whole text gave: at,
    /// under and over the limit, with runs of white space, accents and non-breaking spaces.
    #[test]
    fn excerpts_are_those_of_the_whole_text_collapsed() {
        fn whole(text: &str, max: usize) -> String {
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if text.chars().count() <= max {
                return text;
            }
            let cut: String = text.chars().take(max).collect();
            let cut = match cut.rfind(' ') {
                Some(i) if i > max / 2 => &cut[..i],
                _ => cut.as_str(),
            };
            format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
        }
        let texts = [
            String::new(),
            "   ".to_string(),
            "  données\t personnelles,\n\n  de l'association. ".repeat(12),
            "é".repeat(30),
            format!("{} fin", "é".repeat(30)),
            "mot\u{a0}à mot ".repeat(40),
            "abcdefghij".repeat(3),
        ];
        for text in &texts {
            for max in [0, 1, 9, 10, 11, 20, 29, 30, 31, EXCERPT, PASSAGE] {
                assert_eq!(cut(text, max), whole(text, max), "{text:?} at {max}");
            }
        }
    }

    #[test]
    fn packed_postings_give_back_every_gap_and_place() {
        let mut list = PostingList::default();
        let added = [
            (0, Place::Title),
            (1, Place::Section(70)),
            (130, Place::Keyword),
            (70_000, Place::Heading(2)),
            (2_000_000_000, Place::Intro),
        ];
        for (doc, place) in added {
            list.push(doc, place);
        }
        let gaps: Vec<(usize, usize)> = list.gaps().collect();
        assert_eq!(
            gaps,
            [(0, 0), (1, 144), (129, 1), (69_870, 7), (1_999_930_000, 2)]
        );
        assert_eq!(list.count, 5);
        let shard = serde_json::to_value(Gaps(&list)).unwrap();
        assert_eq!(
            shard,
            json!([0, 0, 1, 144, 129, 1, 69_870, 7, 1_999_930_000, 2])
        );
    }

    #[test]
    fn shard_file_names_are_plain() {
        assert_eq!(file_name("do"), "do");
        assert_eq!(file_name("ωa"), "_3c9_61");
    }
}
