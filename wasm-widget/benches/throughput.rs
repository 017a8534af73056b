//! Native throughput of the classifier on 1 KB and 1 MB of realistic
//! association text (with the eval fixtures' vocabulary and fingerprint).
//! A small hand-rolled harness: run with
//! `cargo bench -p wasm-widget --bench throughput` and read the MB/s lines.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;
use wasm_widget::{Checker, Lang, PublishedFingerprint, SecretIndex, Vocabulary};

const SAMPLE: &str = "Bonjour à toutes et à tous, le Café des Parents se réunit jeudi à la Maison des Familles. \
Mme Martin (06 12 34 56 78, marie.martin@gmail.com) est diabétique : adapte le menu. \
Atelier de prévention du diabète ouvert à tous le samedi 14 juin de 10h à 12h, 12 rue des Lilas. \
Nos bénéficiaires sont majoritairement des femmes de 30-45 ans. Le projet Hirondelle avance, ne pas diffuser. \
Our gardening workshops are open to everyone, free of charge, every Wednesday and Saturday. \
RIB du bénévole : FR14 2004 1010 0505 0001 3M02 606. Karim a fait une dépression l'an dernier. ";

fn fixture(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
        .join(name);
    std::fs::read_to_string(p).unwrap_or_default()
}

fn checker() -> Checker {
    let published = fixture("published.txt");
    let paragraphs: Vec<&str> = published.split("\n\n").collect();
    let vocab = Vocabulary {
        association: vec!["Les Jardins Solidaires".into()],
        public_names: vec![
            "Café des Parents".into(),
            "Maison des Familles".into(),
            "12 rue des Lilas".into(),
        ],
        secrets: SecretIndex::build(&["Projet Hirondelle", "Opération Tournesol"], "bench"),
        ..Vocabulary::default()
    };
    Checker::new(vocab, PublishedFingerprint::build(&paragraphs))
}

fn text_of(size: usize) -> String {
    let mut t = String::with_capacity(size + SAMPLE.len());
    while t.len() < size {
        t.push_str(SAMPLE);
    }
    let mut cut = size;
    while !t.is_char_boundary(cut) {
        cut -= 1;
    }
    t.truncate(cut);
    t
}

fn bench(checker: &Checker, label: &str, size: usize, min_secs: f64) {
    let text = text_of(size);
    let _ = checker.classify(&text, Lang::Fr); // warm-up (lexicon init)
    let start = Instant::now();
    let mut runs = 0u32;
    while start.elapsed().as_secs_f64() < min_secs || runs < 3 {
        black_box(checker.classify(black_box(&text), Lang::Fr));
        runs += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = text.len() as f64 * f64::from(runs) / 1e6;
    println!(
        "native {label:>5}: {:8.2} MB/s  ({runs} runs, {:.3} ms/run)",
        mb / secs,
        secs * 1000.0 / f64::from(runs)
    );
}

fn main() {
    let c = checker();
    bench(&c, "1 KB", 1024, 1.0);
    bench(&c, "1 MB", 1024 * 1024, 2.0);
}
