//! Detectors: each finds one family of findings and knows nothing of the
//! others.  Structured identifiers (email, phone, IBAN, NIR, Belgian national
//! number, card) scan the raw bytes and validate checksums; word-level
//! detectors (names, addresses, sensitive vocabulary, secrets, indirect
//! identification) work on the shared [`crate::text::Doc`].
//!
//! Every detector returns byte spans; [`crate::classify`] resolves overlaps
//! and converts offsets once.

pub mod address;
pub mod be_nrn;
pub mod card;
pub mod date_of_birth;
pub mod digits;
pub mod email;
pub mod iban;
pub mod indirect;
pub mod nir;
pub mod organisation;
pub mod person;
pub mod phone;
pub mod plate;
pub mod sensitive;
pub mod strategic;

use crate::report::EntityType;

/// Why a finding was raised, so the reason line can be specific.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The type's generic reason.
    Plain,
    /// A checksum was verified (IBAN, NIR, NRN, card).
    Checksum,
    /// A term of the association's secret list.
    SecretTerm,
    /// Statistics about the association's public (grey zone).
    Aggregate,
    /// A person singled out by a unique detail ("the only one who...").
    Unique,
    /// Several details that together point at one person.
    Combination,
    /// Non-public money figures of the association.
    Finance,
    /// Words marking a document as confidential.
    Confidential,
    /// Litigation, HR conflicts, negotiations.
    Internal,
    /// A vague strategic worry (grey zone).
    GreyStrategic,
}

/// How much evidence stands behind a finding.  The decision layer
/// ([`crate::decision`]) weighs findings by it: a title or a full name is
/// near-certain, a lone first name in lower case is a hint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Strength {
    /// One weak cue (a lower-case first name, a capitalised word after "avec").
    Weak,
    /// A known name alone, a second mention.
    Medium,
    /// A title, a full name, a greeting, a list of attendees, a checksum.
    #[default]
    Strong,
}

/// One raw finding: byte span into the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: EntityType,
    pub start: usize,
    pub end: usize,
    pub grey: bool,
    pub why: Why,
    pub strength: Strength,
}

impl Finding {
    pub fn new(kind: EntityType, start: usize, end: usize) -> Finding {
        Finding {
            kind,
            start,
            end,
            grey: false,
            why: Why::Plain,
            strength: Strength::Strong,
        }
    }

    pub fn strength(mut self, s: Strength) -> Finding {
        self.strength = s;
        self
    }

    pub fn why(mut self, why: Why) -> Finding {
        self.why = why;
        self
    }

    pub fn grey(mut self) -> Finding {
        self.grey = true;
        self
    }
}

/// Whether the byte before `i` (if any) is a letter or digit: identifiers
/// must start on a boundary ("A12345" is not a phone number).
pub(crate) fn alnum_before(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// Whether the character at `i` (if any) is a letter or digit.
pub(crate) fn alnum_at(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// Findings sorted by start with a running maximum of their ends, so "does
/// anything overlap this span?" costs one binary search (texts of megabytes
/// hold tens of thousands of findings: pairwise checks would be quadratic).
pub struct SpanIndex {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl SpanIndex {
    pub fn new(findings: &[Finding]) -> SpanIndex {
        let mut spans: Vec<(usize, usize)> = findings.iter().map(|f| (f.start, f.end)).collect();
        crate::sort::sort(&mut spans);
        let mut max_end = Vec::with_capacity(spans.len());
        let mut m = 0;
        for &(_, e) in &spans {
            m = m.max(e);
            max_end.push(m);
        }
        SpanIndex {
            starts: spans.iter().map(|s| s.0).collect(),
            max_end,
        }
    }

    /// Whether some finding overlaps `[start, end)`.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        let idx = self.starts.partition_point(|&s| s < end);
        idx > 0 && self.max_end[idx - 1] > start
    }
}
