//! Pseudonymisation: each finding becomes a stable code (`Personne_001`,
//! `contact_001@exemple.invalid`...).  The same value always gets the same
//! code within a text, so the AI can still follow who is who; "Mme Martin"
//! and a later "Martin" share one code.
//!
//! Aggregated-statistics findings are not replaced: they name no one, the
//! advice there is to generalise, not to mask.

use crate::detectors::Why;
use crate::report::{EntityType, Lang};
use crate::text::fold;
use crate::wordmap::WordMap;

/// A finding to replace: byte span, type, and why it was found.
pub struct Replace {
    pub kind: EntityType,
    pub start: usize,
    pub end: usize,
    pub why: Why,
}

fn code(kind: EntityType, n: usize, lang: Lang) -> String {
    use EntityType as T;
    let fr = lang == Lang::Fr;
    let stem = match kind {
        T::Email => {
            return if fr {
                format!("contact_{n:03}@exemple.invalid")
            } else {
                format!("contact_{n:03}@example.invalid")
            };
        }
        T::Phone => {
            if fr {
                "Téléphone"
            } else {
                "Phone"
            }
        }
        T::Person => {
            if fr {
                "Personne"
            } else {
                "Person"
            }
        }
        T::Address => {
            if fr {
                "Adresse"
            } else {
                "Address"
            }
        }
        T::DateOfBirth => {
            if fr {
                "Date_naissance"
            } else {
                "Birth_date"
            }
        }
        T::Iban => "IBAN",
        T::Nir => "NIR",
        T::BeNrn => "NRN",
        T::Card => {
            if fr {
                "Carte"
            } else {
                "Card"
            }
        }
        T::IndirectId => {
            if fr {
                "Détail"
            } else {
                "Detail"
            }
        }
        T::Health => {
            if fr {
                "Santé"
            } else {
                "Health"
            }
        }
        T::Religion => "Religion",
        T::Ethnicity => {
            if fr {
                "Origine"
            } else {
                "Origin"
            }
        }
        T::Politics => "Opinion",
        T::Union => {
            if fr {
                "Syndicat"
            } else {
                "Union"
            }
        }
        T::Sexuality => "Orientation",
        T::Criminal => {
            if fr {
                "Judiciaire"
            } else {
                "Criminal"
            }
        }
        T::Biometric => {
            if fr {
                "Biométrie"
            } else {
                "Biometric"
            }
        }
        T::Strategic => {
            if fr {
                "Confidentiel"
            } else {
                "Confidential"
            }
        }
    };
    format!("{stem}_{n:03}")
}

const TITLE_WORDS: &[&str] = &[
    "m",
    "mr",
    "mme",
    "mmes",
    "mlle",
    "madame",
    "monsieur",
    "mademoiselle",
    "dr",
    "docteur",
    "pr",
    "me",
    "maitre",
    "mrs",
    "ms",
    "miss",
    "sir",
    "et",
    "and",
];

/// Normal form of a value: what "the same value" means for each type.
fn key(kind: EntityType, text: &str) -> String {
    match kind {
        EntityType::Phone
        | EntityType::Iban
        | EntityType::Nir
        | EntityType::BeNrn
        | EntityType::Card => {
            let k: String = text
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_uppercase())
                .collect();
            // "+33 6…" and "06…" are the same French number
            match k
                .strip_prefix("33")
                .filter(|_| text.trim_start().starts_with('+'))
            {
                Some(rest) => format!("0{}", rest.trim_start_matches('0')),
                None => k,
            }
        }
        EntityType::Person => {
            let f = fold(text);
            f.split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty() && !TITLE_WORDS.contains(w))
                .collect::<Vec<_>>()
                .join(" ")
        }
        _ => fold(text).split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

/// Replaces findings (sorted, non-overlapping byte spans) with codes.
pub fn pseudonymise(text: &str, findings: &[Replace], lang: Lang) -> String {
    let mut out = String::with_capacity(text.len());
    // "<type number> <normal form>" → index of its code in `issued`
    let mut codes = WordMap::default();
    let mut issued: Vec<String> = Vec::new();
    let mut counters = [0usize; EntityType::ALL.len()];
    // each word of a full name seen so far → that person's code
    let mut name_words = WordMap::default();
    let mut pos = 0;
    for f in findings {
        if f.why == Why::Aggregate || f.start < pos || f.end > text.len() {
            continue;
        }
        let (Some(before), Some(value)) = (text.get(pos..f.start), text.get(f.start..f.end)) else {
            continue;
        };
        out.push_str(before);
        let k = key(f.kind, value);
        let mut typed = String::with_capacity(k.len() + 3);
        typed.push_str(&(f.kind as usize).to_string());
        typed.push(' ');
        typed.push_str(&k);
        let existing = codes.get_str(&typed).or_else(|| {
            // a surname alone reuses the code of the full name seen before
            (f.kind == EntityType::Person && !k.contains(' '))
                .then(|| name_words.get_str(&k))
                .flatten()
        });
        let c = existing.map_or_else(
            || {
                let n = &mut counters[f.kind as usize];
                *n += 1;
                issued.push(code(f.kind, *n, lang));
                let c = issued.len() - 1;
                if f.kind == EntityType::Person && k.contains(' ') {
                    for w in k.split(' ') {
                        name_words.update(w, |old| old.unwrap_or(c as u64));
                    }
                }
                c
            },
            |c| c as usize,
        );
        codes.insert(&typed, c as u64);
        out.push_str(&issued[c]);
        pos = f.end;
    }
    out.push_str(text.get(pos..).unwrap_or(""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_value_same_code() {
        let t = "Mme Martin (06 12 34 56 78) ; Martin rappelle au +33 6 12 34 56 78.";
        let f = |kind, a: &str, from: usize| {
            let s = t[from..].find(a).map(|p| p + from).unwrap_or(0);
            Replace {
                kind,
                start: s,
                end: s + a.len(),
                why: Why::Plain,
            }
        };
        let fs = [
            f(EntityType::Person, "Mme Martin", 0),
            f(EntityType::Phone, "06 12 34 56 78", 0),
            f(EntityType::Person, "Martin", 20),
            f(EntityType::Phone, "+33 6 12 34 56 78", 0),
        ];
        assert_eq!(
            pseudonymise(t, &fs, Lang::Fr),
            "Personne_001 (Téléphone_001) ; Personne_001 rappelle au Téléphone_001."
        );
    }
}
