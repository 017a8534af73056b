//! The search index: the tokenizer fixture the browser's tokenizer is checked against
//! (`node tests/search/tokenizer-parity.mjs`), and the download budget of a query on a 1 000-page
//! handbook (≤ 50 KB, uncompressed, manifest + shards + the ten result files).
//!
//! Run `cargo test --test search_index -- --nocapture` to see the bytes each query fetches, and
//! `UPDATE_SEARCH_FIXTURE=1 cargo test --test search_index` after changing the Rust tokenizer (then
//! make `search.js` agree: the node script says where it does not).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use handbook::search::{build_index, shard_file_name, tokens, SearchDoc, SearchHeading};
use serde_json::{json, Value};

const BUDGET: usize = 50 * 1024;
/// Results whose page file the browser fetches (the first page of results).
const SHOWN: usize = 10;

fn search_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("search")
}

/// Every line of `words.txt` tokenized in each language the fixture covers, one case per line:
/// `{"fr": [["text", ["term", …]], …], …}`.
fn fixture() -> String {
    let words = std::fs::read_to_string(search_dir().join("words.txt")).expect("words.txt");
    let lines: Vec<&str> = words
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect();
    let mut langs = Vec::new();
    for lang in ["fr", "en", "nl"] {
        let cases: Vec<String> = lines
            .iter()
            .map(|l| json!([l, tokens(l, lang)]).to_string())
            .collect();
        langs.push(format!("{:?}: [\n{}\n]", lang, cases.join(",\n")));
    }
    format!("{{\n{}\n}}\n", langs.join(",\n"))
}

#[test]
fn tokenizer_fixture_is_up_to_date() {
    let path = search_dir().join("tokens.json");
    let expected = fixture();
    if std::env::var_os("UPDATE_SEARCH_FIXTURE").is_some() {
        std::fs::write(&path, &expected).expect("write tokens.json");
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "tests/search/tokens.json does not match the Rust tokenizer: run \
         `UPDATE_SEARCH_FIXTURE=1 cargo test --test search_index`, then \
         `node tests/search/tokenizer-parity.mjs` and make search.js agree"
    );
}

/// A small deterministic generator (xorshift), so the synthetic handbook is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Skewed towards the start of a list, like word frequencies.
    fn zipf<'a>(&mut self, list: &[&'a str]) -> &'a str {
        let a = self.below(list.len());
        let b = self.below(list.len());
        list[a.min(b) * a.min(b) / list.len().max(1)]
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
}

/// Frequent words of an AI governance handbook, most frequent first.
const COMMON: &[&str] = &[
    "données",
    "personnes",
    "association",
    "outil",
    "IA",
    "texte",
    "prompt",
    "informations",
    "personnelles",
    "bénévoles",
    "équipe",
    "public",
    "catégorie",
    "document",
    "utiliser",
    "vérifier",
    "résultat",
    "contexte",
    "règle",
    "charte",
    "formation",
    "confidentialité",
    "référente",
    "sensibles",
    "publiques",
    "quartier",
    "réseaux",
    "sociaux",
    "message",
    "courriel",
    "compte",
    "rendu",
    "réunion",
    "partenaires",
    "financeurs",
    "dossier",
    "subvention",
    "rapport",
    "activité",
    "familles",
    "accompagnement",
    "atelier",
    "jardin",
    "français",
    "cours",
    "aide",
    "alimentaire",
    "repair",
    "café",
    "bénévolat",
    "salariés",
    "direction",
    "comité",
    "conseil",
    "administration",
    "assemblée",
    "générale",
    "procès-verbal",
    "budget",
    "communication",
    "affiche",
    "newsletter",
    "site",
    "publication",
    "photo",
    "image",
    "droit",
    "consentement",
    "RGPD",
    "CNIL",
    "sécurité",
    "mot",
    "passe",
    "stockage",
    "hébergement",
    "Europe",
    "fournisseur",
    "licence",
    "gratuit",
    "payant",
    "compte",
    "professionnel",
    "anonymiser",
    "pseudonymiser",
    "nom",
    "prénom",
    "adresse",
    "téléphone",
    "santé",
    "situation",
    "administrative",
    "revenus",
    "enfants",
    "mineurs",
    "signalement",
    "incident",
    "erreur",
    "biais",
    "hallucination",
    "relire",
    "corriger",
    "reformuler",
    "résumer",
    "traduire",
    "rédiger",
    "présenter",
    "simplifier",
    "tableau",
    "liste",
    "plan",
    "objectif",
    "indicateur",
    "trimestre",
    "année",
    "décision",
    "arbre",
    "question",
    "réponse",
    "zone",
    "grise",
    "doute",
    "exemple",
    "conseil",
    "méthode",
    "principe",
    "transparence",
    "responsabilité",
    "humain",
    "contrôle",
    "validation",
    "usage",
    "interdit",
    "autorisé",
    "approuvé",
    "évaluation",
    "refusé",
    "critère",
    "grille",
    "note",
];

/// Pseudo-words for the long tail of a real vocabulary: names, places, rare terms.
fn rare_word(rng: &mut Rng) -> String {
    const SYLLABLES: &[&str] = &[
        "ba", "ché", "di", "fo", "gré", "la", "mon", "nu", "pa", "ri", "sé", "ton", "vi", "zo",
        "cla", "bré", "tri", "vou", "an", "ou", "é", "in", "qua", "ju", "ka", "pli", "sto", "fê",
    ];
    let n = 2 + rng.below(3);
    (0..n).map(|_| rng.pick(SYLLABLES)).collect()
}

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut out: Vec<String> = Vec::new();
    for _ in 0..words {
        let w = match rng.below(10) {
            0 => rare_word(rng),
            1..=3 => rng
                .pick(&["de", "la", "les", "un", "une", "et", "pour", "dans", "avec"])
                .into(),
            _ => rng.zipf(COMMON).to_string(),
        };
        out.push(w);
    }
    out.join(" ") + "."
}

fn heading(id: &str, text: String, body: String) -> SearchHeading {
    SearchHeading {
        id: id.into(),
        text,
        body,
    }
}

/// A handbook of 1 000 pages shaped like a real one grown large: mostly prompts (a title, an id, two
/// tags, the Context / Prompt / Advice sections), method and training pages with several sections, and
/// a long charter.
fn synthetic_handbook() -> Vec<SearchDoc> {
    const TAGS: &[&str] = &[
        "communication",
        "rédaction",
        "réseaux sociaux",
        "administratif",
        "financement",
        "accompagnement",
        "formation",
        "bénévolat",
        "gouvernance",
        "données",
        "traduction",
        "synthèse",
    ];
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut docs = Vec::new();
    docs.push(SearchDoc {
        url: "/charter/".into(),
        title: "Charte d'utilisation de l'IA générative".into(),
        kind: "Charte".into(),
        headings: (1..=24)
            .map(|i| {
                let title = format!("Article {i} : {}", sentence(&mut rng, 4));
                heading(&format!("article-{i}"), title, sentence(&mut rng, 120))
            })
            .collect(),
        keywords: vec![],
        text: sentence(&mut rng, 60),
    });
    for i in 0..80 {
        let (url, kind) = if i % 2 == 0 {
            (format!("/method/page-{i}/"), "Méthode")
        } else {
            (format!("/training/module-{i}/"), "Formation")
        };
        docs.push(SearchDoc {
            url,
            title: sentence(&mut rng, 5),
            kind: kind.into(),
            headings: (0..8)
                .map(|h| {
                    heading(
                        &format!("s{h}"),
                        sentence(&mut rng, 4),
                        sentence(&mut rng, 90),
                    )
                })
                .collect(),
            keywords: vec![],
            text: sentence(&mut rng, 40),
        });
    }
    for n in 1..=919 {
        let id = format!("PROMPT-{n:03}");
        let tags = vec![rng.pick(TAGS).to_string(), rng.pick(TAGS).to_string()];
        let mut keywords = vec![id.clone()];
        keywords.extend(tags);
        docs.push(SearchDoc {
            url: format!("/prompts/{}/", id.to_lowercase()),
            title: format!("{id} — {}", sentence(&mut rng, 5)),
            kind: "Prompt".into(),
            headings: vec![
                heading("contexte", "Contexte".into(), sentence(&mut rng, 110)),
                heading("prompt", "Prompt".into(), sentence(&mut rng, 70)),
                heading("conseils", "Conseils".into(), sentence(&mut rng, 60)),
            ],
            keywords,
            text: sentence(&mut rng, 30),
        });
    }
    docs
}

/// What the browser downloads for `query`, following `search.js`: the manifest, the shard of each
/// term (the last word also matching as a prefix), then the files of the first ten results.
fn fetched(files: &BTreeMap<String, Vec<u8>>, query: &str) -> (usize, usize, Vec<String>) {
    let meta: Value = serde_json::from_slice(&files["search/meta.json"]).unwrap();
    let keys: Vec<&str> = meta["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    let mut paths = BTreeSet::from(["search/meta.json".to_string()]);
    let terms = tokens(query, "fr");
    let mut per_term: Vec<BTreeMap<usize, u32>> = Vec::new();
    for (i, term) in terms.iter().enumerate() {
        let prefix = i + 1 == terms.len();
        let len = term.chars().count();
        let key = keys
            .iter()
            .filter(|k| term.starts_with(**k) && k.chars().count() >= len.min(2))
            .max_by_key(|k| k.len());
        let mut found = BTreeMap::new();
        if let Some(key) = key {
            let path = format!("search/t/{}.json", shard_file_name(key));
            let shard: Value = serde_json::from_slice(&files[&path]).unwrap();
            paths.insert(path);
            for (t, list) in shard.as_object().unwrap() {
                if !(t == term || prefix && t.starts_with(term.as_str())) {
                    continue;
                }
                let list: Vec<u64> = serde_json::from_value(list.clone()).unwrap();
                let mut doc = 0usize;
                for pair in list.chunks(2) {
                    doc += pair[0] as usize;
                    let weight = match pair[1] {
                        0 => 16,
                        1 => 6,
                        w if w % 2 == 1 => 8,
                        _ => 2,
                    } / if t == term { 1 } else { 2 };
                    let best = found.entry(doc).or_insert(0);
                    *best = (*best).max(weight);
                }
            }
        }
        per_term.push(found);
    }
    let mut scores: Vec<(u32, usize)> = match per_term.split_first() {
        Some((first, rest)) => first
            .iter()
            .filter(|(d, _)| rest.iter().all(|m| m.contains_key(d)))
            .map(|(d, w)| (w + rest.iter().map(|m| m[d]).sum::<u32>(), *d))
            .collect(),
        None => Vec::new(),
    };
    scores.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let top: Vec<String> = scores
        .iter()
        .take(SHOWN)
        .map(|(_, d)| format!("search/d/{d}.json"))
        .collect();
    paths.extend(top.iter().cloned());
    let bytes = paths.iter().map(|p| files[p].len()).sum();
    (bytes, scores.len(), top)
}

#[test]
fn a_query_fetches_at_most_50_kb_on_a_1000_page_handbook() {
    let docs = synthetic_handbook();
    assert_eq!(docs.len(), 1000);
    let files = build_index(&docs, "fr");
    let total: usize = files.values().map(Vec::len).sum();
    let shards = files.keys().filter(|p| p.starts_with("search/t/")).count();
    let biggest = files
        .iter()
        .filter(|(p, _)| p.starts_with("search/t/"))
        .map(|(p, b)| (b.len(), p.as_str()))
        .max()
        .unwrap();
    println!(
        "index: {} files, {total} bytes; {shards} shards, biggest {} ({} bytes); manifest {} bytes",
        files.len(),
        biggest.1,
        biggest.0,
        files["search/meta.json"].len()
    );
    for query in [
        "données personnelles",
        "charte",
        "prompt-042",
        "réseaux sociaux",
        "formation",
        "donn",
        "consentement photo",
    ] {
        let (bytes, hits, top) = fetched(&files, query);
        println!("{query:>28}: {bytes:>6} bytes, {hits:>4} pages found");
        assert!(hits > 0, "{query}: nothing found");
        assert!(
            bytes <= BUDGET,
            "{query}: {bytes} bytes fetched, over the {BUDGET} budget"
        );
        if query == "prompt-042" {
            let first: Value = serde_json::from_slice(&files[&top[0]]).unwrap();
            assert_eq!(first["u"], "prompts/prompt-042/");
        }
        if query == "charte" {
            assert_eq!(top[0], "search/d/0.json");
        }
    }
}

#[test]
fn the_index_is_deterministic() {
    let docs = synthetic_handbook();
    assert_eq!(
        build_index(&docs[..50], "fr"),
        build_index(&docs[..50], "fr")
    );
}
