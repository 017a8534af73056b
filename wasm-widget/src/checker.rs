//! The classifier proper: runs the detectors, resolves overlaps, decides the
//! category and builds the report.

use crate::context;
use crate::decision;
use crate::detectors::digits::Candidates;
use crate::detectors::{
    address, be_nrn, card, date_of_birth, email, iban, indirect, nir, person, phone, plate,
    sensitive, strategic, Finding, SpanIndex, Why,
};
use crate::fingerprint::{Coverage, PublishedFingerprint, ShingleFilter};
use crate::pseudonymise::{Pseudonymiser, Replace};
use crate::reasons;
use crate::report::{Category, Entity, EntityType, Lang, Report};
use crate::sort::{sort, sort_by_key};
use crate::text::{hash_words_of, Doc};
use crate::vocabulary::Vocabulary;
use crate::wordmap::WordMap;
use std::cmp::Reverse;

/// Share of words that must come from published text for category 1.
pub const PUBLISHED_RATIO: f32 = 0.6;
/// Minimum number of published words for category 1 (a 5-word shingle
/// match alone is too little to say "this is your published text").
pub const PUBLISHED_MIN_WORDS: usize = 8;
/// Above this share, names and contacts inside published passages are the
/// association's own published information, not findings.
pub const PUBLISHED_TRUST_RATIO: f32 = 0.8;

/// A configured classifier: the association's vocabulary and published
/// fingerprint, compiled once, then used for any number of texts.
#[derive(Clone, Debug, Default)]
pub struct Checker {
    vocabulary: Vocabulary,
    published: PublishedFingerprint,
    published_filter: ShingleFilter,
    /// Public names as folded word sequences, grouped by first word,
    /// longest first.
    public: Vec<Vec<Vec<String>>>,
    /// First word → index in `public`.
    public_first: WordMap,
}

/// How to read the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// Text pasted by a person.
    #[default]
    Text,
    /// A prompt template: placeholders (`[Nom asso]`, `{{date}}`, `{lieu}`,
    /// `<prénom>`) are blanked before classification, since they are slots
    /// for data, not data.
    Template,
}

fn blank_placeholders(text: &str) -> String {
    // Byte-for-byte replacement (each byte of a placeholder becomes a space)
    // keeps every offset valid for the original text.
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let mut i = 0;
    while i < b.len() {
        let close = match b[i] {
            b'[' => Some(b']'),
            b'{' => Some(b'}'),
            b'<' => Some(b'>'),
            _ => None,
        };
        if let Some(close) = close {
            if let Some(len) = b[i + 1..]
                .iter()
                .take(80)
                .position(|&c| c == close || c == b'\n')
            {
                let j = i + 1 + len;
                if b[j] == close {
                    let mut end = j + 1;
                    while end < b.len() && b[end] == close {
                        end += 1;
                    }
                    out[i..end].iter_mut().for_each(|c| *c = b' ');
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    // Only whole UTF-8 sequences between ASCII delimiters were replaced.
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

impl Checker {
    /// A checker with the association's vocabulary and published fingerprint
    /// (either may be empty).
    pub fn new(vocabulary: Vocabulary, published: PublishedFingerprint) -> Checker {
        let mut public: Vec<Vec<Vec<String>>> = Vec::new();
        let mut public_first = WordMap::default();
        for name in vocabulary
            .association
            .iter()
            .chain(&vocabulary.public_names)
        {
            let d = Doc::new(name);
            let words: Vec<String> = (0..d.tokens.len()).map(|i| d.f(i).to_string()).collect();
            if let Some(first) = words.first() {
                let next = public.len() as u64;
                public_first.update(first, |g| g.unwrap_or(next));
                let g = public_first.get_str(first).unwrap_or(next) as usize;
                if g == public.len() {
                    public.push(Vec::new());
                }
                public[g].push(words);
            }
        }
        for v in &mut public {
            sort_by_key(v, |w| (Reverse(w.len()), w.clone()));
        }
        Checker {
            vocabulary,
            published_filter: ShingleFilter::new(&published),
            published,
            public,
            public_first,
        }
    }

    /// The vocabulary in use.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The published fingerprint in use.
    pub fn published(&self) -> &PublishedFingerprint {
        &self.published
    }

    fn public_mask(&self, doc: &Doc) -> Vec<bool> {
        let n = doc.tokens.len();
        let mut mask = vec![false; n];
        if self.public.is_empty() {
            return mask;
        }
        let mut i = 0;
        while i < n {
            let mut matched = 0;
            let t = &doc.tokens[i];
            let group = self.public_first.get_lazy(t.hash, || doc.f(i).as_bytes());
            if let Some(cands) = group.and_then(|g| self.public.get(g as usize)) {
                for words in cands {
                    if i + words.len() <= n
                        && words.iter().enumerate().all(|(k, w)| doc.f(i + k) == w)
                    {
                        matched = words.len();
                        break;
                    }
                }
            }
            if matched > 0 {
                mask[i..i + matched].iter_mut().for_each(|m| *m = true);
                i += matched;
            } else {
                i += 1;
            }
        }
        mask
    }

    /// Every finding of `scan`, overlaps resolved, and how much of it is
    /// published text.
    fn findings(&self, scan: &str) -> (Vec<Finding>, Coverage) {
        let doc = Doc::new(scan);
        let public = self.public_mask(&doc);
        let mut found: Vec<Finding> = Vec::new();
        // one pass finds where numbers start; the structured detectors
        // only look there
        let cands = Candidates::of(scan);
        iban::find_at(scan, &cands, &mut found);
        nir::find_at(scan, &cands, &mut found);
        be_nrn::find_at(scan, &cands, &mut found);
        card::find_at(scan, &cands, &mut found);
        email::find(scan, &mut found);
        email::find_spelled(&doc, &mut found);
        phone::find_at(scan, &cands, &mut found);
        date_of_birth::find(&doc, &mut found);
        plate::find(&doc, &mut found);
        let mut persons = Vec::new();
        person::find(&doc, &public, &mut persons);
        let structured = SpanIndex::new(&found);
        persons.retain(|p| !structured.overlaps(p.start, p.end));
        let mut ctx = context::sentences(&doc, &persons);
        address::find(&doc, &persons, &mut found);
        found.extend_from_slice(&persons);
        let before_indirect = found.len();
        indirect::find(&doc, &ctx, &mut found);
        // someone singled out by a unique description ("notre plus ancienne
        // adhérente", "de chauffeur van dinsdag") is one person: what their
        // sentence says of them is about someone
        for f in &found[before_indirect..] {
            if f.kind == EntityType::IndirectId && !f.grey {
                let i = doc.token_at_or_after(f.start);
                if let Some(c) = doc
                    .tokens
                    .get(i)
                    .and_then(|t| ctx.get_mut(t.sentence as usize))
                {
                    c.individual = true;
                }
            }
        }
        sensitive::find(&doc, &ctx, &public, &mut found);
        strategic::find(&doc, &ctx, &public, &mut found);
        // words in the normal form of both hashed indexes, cut once
        let words = hash_words_of(&doc);
        strategic::find_secrets(&doc, &words, &self.vocabulary.secrets, &mut found);
        // organisations' contacts (role mailboxes, switchboards, our own) are not personal data
        crate::detectors::organisation::drop_organisation_contacts(
            scan,
            &self.vocabulary,
            &mut found,
        );

        let coverage = self
            .published
            .coverage_words(&doc, &words, &self.published_filter);
        if coverage.ratio >= PUBLISHED_TRUST_RATIO {
            found.retain(|f| {
                let contact = matches!(
                    f.kind,
                    EntityType::Person
                        | EntityType::Address
                        | EntityType::Email
                        | EntityType::Phone
                );
                let k = coverage.spans.partition_point(|&(s, _)| s <= f.start);
                !(contact && k > 0 && coverage.spans[k - 1].1 >= f.end)
            });
        }
        let mut kept = resolve_overlaps(found);
        crate::detectors::organisation::mark_landlines(scan, &mut kept);
        (kept, coverage)
    }

    /// The decision layer's features of a text (see `corpus/fit.py`, which
    /// fits the weights on them; not needed to classify).
    pub fn decision_features(&self, text: &str) -> Vec<f32> {
        let (kept, coverage) = self.findings(text);
        decision::features(&kept, coverage.ratio).to_vec()
    }

    /// Names of [`Checker::decision_features`], in order.
    pub fn decision_feature_names() -> &'static [&'static str] {
        &decision::FEATURES
    }

    /// Classifies a text pasted by a person.
    pub fn classify(&self, text: &str, lang: Lang) -> Report {
        self.classify_with(text, lang, Mode::Text)
    }

    /// Classifies a prompt template (build-time lint): placeholders ignored.
    pub fn lint_template(&self, template: &str, lang: Lang) -> Report {
        self.classify_with(template, lang, Mode::Template)
    }

    /// Classifies `text` in the given mode.
    pub fn classify_with(&self, text: &str, lang: Lang, mode: Mode) -> Report {
        self.classify_part(text, lang, mode, &mut Pseudonymiser::default())
            .0
    }

    /// Classifies `text`, numbering its pseudonyms after those `codes`
    /// issued before (a part of a long text continues its earlier parts'
    /// numbering); also returns the published coverage, which the parts of a
    /// long text add up.
    pub(crate) fn classify_part(
        &self,
        text: &str,
        lang: Lang,
        mode: Mode,
        codes: &mut Pseudonymiser,
    ) -> (Report, Coverage) {
        let blanked;
        let scan: &str = match mode {
            Mode::Text => text,
            Mode::Template => {
                blanked = blank_placeholders(text);
                &blanked
            }
        };
        let (kept, coverage) = self.findings(scan);

        let base =
            if coverage.ratio >= PUBLISHED_RATIO && coverage.covered_words >= PUBLISHED_MIN_WORDS {
                Category::Published
            } else {
                Category::Public
            };
        let (category, grey) = decision::decide(&kept, coverage.ratio, base);
        // A text judged harmless shows no findings: the hints that were
        // weighed and found wanting are not data to hide.
        let kept = if category <= Category::Public {
            Vec::new()
        } else {
            kept
        };

        let entities = to_entities(text, &kept, lang);
        let replaces: Vec<Replace> = kept
            .iter()
            .map(|f| Replace {
                kind: f.kind,
                start: f.start,
                end: f.end,
                why: f.why,
            })
            .collect();
        let pseudonymised = if kept.is_empty() {
            text.to_string()
        } else {
            let mut out = String::with_capacity(text.len());
            codes.replace(text, &replaces, lang, &mut out);
            out
        };
        let report = Report {
            category,
            grey,
            verdict: category.verdict(),
            summary: reasons::summary(category, grey, lang).to_string(),
            published_ratio: coverage.ratio,
            entities,
            pseudonymised,
            lang,
        };
        (report, coverage)
    }
}

/// Keeps the strongest findings where they overlap: more evidence first,
/// then higher rank, then longer, then earlier (then the order found).  Output sorted by position.
///
/// The bytes already taken are kept in a bit set: "does this finding
/// overlap a kept one?" is a scan of its own bytes, and the findings of a
/// megabyte need no ordered map.
fn resolve_overlaps(mut found: Vec<Finding>) -> Vec<Finding> {
    found.retain(|f| f.start < f.end);
    // The keys are computed once, not at each comparison: with the
    // finding's index last they are unique, so the order is total.
    let mut order: Vec<_> = found
        .iter()
        .enumerate()
        .map(|(i, f)| {
            (
                // a weak hint never hides a firmer finding ("The only volunteer
                // who speaks Tigrinya will…": "Tigrinya will" looks like a
                // subject, the sentence singles a volunteer out)
                Reverse(f.strength),
                Reverse(f.kind.rank()),
                Reverse(f.end - f.start),
                f.start,
                f.kind,
                i,
            )
        })
        .collect();
    sort(&mut order);
    let len = found.iter().map(|f| f.end).max().unwrap_or(0);
    let mut taken = vec![0u64; len / 64 + 1];
    let mut keep = vec![false; found.len()];
    for &(.., i) in &order {
        let f = &found[i];
        if (f.start..f.end).any(|b| taken[b >> 6] & (1 << (b & 63)) != 0) {
            continue;
        }
        (f.start..f.end).for_each(|b| taken[b >> 6] |= 1 << (b & 63));
        keep[i] = true;
    }
    // kept findings do not overlap: their starts are distinct, so sorting
    // (start, index) pairs orders them, and moves no whole finding
    let mut by_start: Vec<(usize, usize)> = found
        .iter()
        .zip(&keep)
        .enumerate()
        .filter_map(|(i, (f, &k))| k.then_some((f.start, i)))
        .collect();
    sort(&mut by_start);
    by_start.iter().map(|&(_, i)| found[i]).collect()
}

/// Converts byte spans to char and UTF-16 offsets in one pass over the text.
///
/// `kept` is sorted and non-overlapping, so its offsets only grow: the
/// counts are carried forward from one offset to the next, and each byte of
/// the text is looked at once (a UTF-8 lead byte is one char; a 4-byte
/// sequence is two UTF-16 units).
fn to_entities(text: &str, kept: &[Finding], lang: Lang) -> Vec<Entity> {
    let b = text.as_bytes();
    let (mut pos, mut chars, mut units) = (0usize, 0usize, 0usize);
    let mut advance = |to: usize| -> Option<(usize, usize)> {
        if to < pos || to > b.len() {
            return None;
        }
        for &c in &b[pos..to] {
            if c & 0xc0 != 0x80 {
                chars += 1;
                units += 1 + usize::from(c >= 0xf0);
            }
        }
        pos = to;
        Some((chars, units))
    };
    kept.iter()
        .filter_map(|f| {
            let matched = text.get(f.start..f.end)?.to_string();
            let (start, start_utf16) = advance(f.start)?;
            let (end, end_utf16) = advance(f.end)?;
            let reason = if f.grey && f.why == Why::Plain {
                reasons::grey_reason(f.kind, lang)
            } else {
                reasons::reason(f.kind, f.why, lang)
            };
            Some(Entity {
                kind: f.kind,
                start,
                end,
                start_utf16,
                end_utf16,
                start_byte: f.start,
                end_byte: f.end,
                text: matched,
                reason: reason.to_string(),
                grey: f.grey,
            })
        })
        .collect()
}
