//! Pseudonymisation: each finding becomes a stable code (`Personne_001`,
//! `contact_001@exemple.invalid`..., `Person_001` in English, `Persoon_001`
//! in Dutch).  The same value always gets the same
//! code within a text, so the AI can still follow who is who; "Mme Martin"
//! and a later "Martin" share one code.
//!
//! Aggregated-statistics findings are not replaced: they name no one, the
//! advice there is to generalise, not to mask.

use crate::detectors::Why;
use crate::lexicon::word_hash;
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
    if kind == EntityType::Email {
        let domain = match lang {
            Lang::Fr => "exemple",
            Lang::En => "example",
            Lang::Nl => "voorbeeld",
        };
        return format!("contact_{n:03}@{domain}.invalid");
    }
    format!("{}_{n:03}", kind.code_stem(lang))
}

/// Words of a person finding that do not tell who it is: titles (the
/// lexicon's list, in every language the checker reads) and the "and" of
/// "M. et Mme Martin".  "Mme Martin" and "Martin" are one person.  Asked of
/// every word of every person found, so it is the lexicon's one hashed
/// look-up, not a walk through the list.
fn is_title_word(w: &str) -> bool {
    let title = crate::lexicon::lexicon().get(word_hash(w.as_bytes()), w.as_bytes())
        & crate::lexicon::class::TITLE
        != 0;
    title || matches!(w, "et" | "and" | "en")
}

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
                .filter(|w| !w.is_empty() && !is_title_word(w))
                .collect::<Vec<_>>()
                .join(" ")
        }
        _ => fold(text).split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

/// The codes issued so far. One text gets one; a text checked in parts
/// keeps one across its parts, so a person named in the first part and again
/// in the last one has the same code in both.
#[derive(Default)]
pub struct Pseudonymiser {
    /// "<type number> <normal form>" → index of its code in `issued`
    codes: WordMap,
    issued: Vec<String>,
    counters: [usize; EntityType::ALL.len()],
    /// each word of a full name seen so far → that person's code
    name_words: WordMap,
}

impl Pseudonymiser {
    /// Appends `text` to `out` with each finding (sorted, non-overlapping
    /// byte spans) replaced by its code.
    pub fn replace(&mut self, text: &str, findings: &[Replace], lang: Lang, out: &mut String) {
        let mut pos = 0;
        for f in findings {
            if f.why == Why::Aggregate || f.start < pos || f.end > text.len() {
                continue;
            }
            let (Some(before), Some(value)) = (text.get(pos..f.start), text.get(f.start..f.end))
            else {
                continue;
            };
            out.push_str(before);
            let c = self.code_of(f.kind, value, lang);
            out.push_str(&self.issued[c]);
            pos = f.end;
        }
        out.push_str(text.get(pos..).unwrap_or(""));
    }

    /// The index of the code for `value`, issued now if it is new.
    fn code_of(&mut self, kind: EntityType, value: &str, lang: Lang) -> usize {
        let k = key(kind, value);
        let mut typed = String::with_capacity(k.len() + 3);
        crate::report::push_uint(&mut typed, kind as usize);
        typed.push(' ');
        typed.push_str(&k);
        let existing = self.codes.get_str(&typed).or_else(|| {
            if kind != EntityType::Person || k.is_empty() {
                return None;
            }
            // a surname alone, or a part of the full name seen before ("Van
            // der Berghe" after "Léa Van der Berghe"), reuses its code when
            // every word points to that one person
            let mut words = k.split(' ').map(|w| self.name_words.get_str(w));
            let first = words.next().flatten()?;
            words.all(|c| c == Some(first)).then_some(first)
        });
        let c = match existing {
            Some(c) => c as usize,
            None => {
                let n = &mut self.counters[kind as usize];
                *n += 1;
                self.issued.push(code(kind, *n, lang));
                let c = self.issued.len() - 1;
                if kind == EntityType::Person && k.contains(' ') {
                    for w in k.split(' ') {
                        self.name_words.update(w, |old| old.unwrap_or(c as u64));
                    }
                }
                c
            }
        };
        self.codes.insert(&typed, c as u64);
        c
    }
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
        let mut out = String::new();
        Pseudonymiser::default().replace(t, &fs, Lang::Fr, &mut out);
        assert_eq!(
            out,
            "Personne_001 (Téléphone_001) ; Personne_001 rappelle au Téléphone_001."
        );
    }

    #[test]
    fn titles_of_each_language_do_not_change_who_a_person_is() {
        let person = |t: &str| key(EntityType::Person, t);
        for titled in [
            "Mme Martin",
            "M. et Mme Martin",
            "MADAME MARTIN",
            "Dr Martin",
            "Mevrouw Martin",
            "Mr and Mrs Martin",
        ] {
            assert_eq!(person(titled), person("Martin"), "{titled}");
        }
        // a first name is not a title: another person of the family
        assert_ne!(person("Marie Martin"), person("Martin"));
        assert_ne!(person("Mevr. Peeters"), person("Martin"));
    }

    #[test]
    fn a_part_of_a_name_seen_before_keeps_its_code() {
        let t = "Léa Van der Berghe ; Van der Berghe ; van der berghe ; Jan Van der Berghe";
        let spans = [(0, 19), (22, 36), (39, 53), (56, 74)];
        let fs: Vec<Replace> = spans
            .iter()
            .map(|&(start, end)| Replace {
                kind: EntityType::Person,
                start,
                end,
                why: Why::Plain,
            })
            .collect();
        let mut out = String::new();
        Pseudonymiser::default().replace(t, &fs, Lang::Fr, &mut out);
        // "jan" was never seen: a relative, not the same person
        assert_eq!(
            out,
            "Personne_001 ; Personne_001 ; Personne_001 ; Personne_002"
        );
    }

    #[test]
    fn codes_in_each_language() {
        let fr: Vec<String> = EntityType::ALL
            .iter()
            .map(|&k| code(k, 1, Lang::Fr))
            .collect();
        let en: Vec<String> = EntityType::ALL
            .iter()
            .map(|&k| code(k, 1, Lang::En))
            .collect();
        let nl: Vec<String> = EntityType::ALL
            .iter()
            .map(|&k| code(k, 1, Lang::Nl))
            .collect();
        // French and English codes are a wire format people already rely on: unchanged.
        assert_eq!(
            fr.join(" "),
            "contact_001@exemple.invalid Téléphone_001 Personne_001 Adresse_001 Date_naissance_001 \
             IBAN_001 NIR_001 NRN_001 Carte_001 Détail_001 Santé_001 Religion_001 Origine_001 \
             Opinion_001 Syndicat_001 Orientation_001 Judiciaire_001 Biométrie_001 Confidentiel_001"
        );
        assert_eq!(
            en.join(" "),
            "contact_001@example.invalid Phone_001 Person_001 Address_001 Birth_date_001 IBAN_001 \
             NIR_001 NRN_001 Card_001 Detail_001 Health_001 Religion_001 Origin_001 Opinion_001 \
             Union_001 Orientation_001 Criminal_001 Biometric_001 Confidential_001"
        );
        assert_eq!(
            nl.join(" "),
            "contact_001@voorbeeld.invalid Telefoon_001 Persoon_001 Adres_001 Geboortedatum_001 \
             IBAN_001 NIR_001 RRN_001 Kaart_001 Detail_001 Gezondheid_001 Religie_001 Afkomst_001 \
             Overtuiging_001 Vakbond_001 Geaardheid_001 Gerechtelijk_001 Biometrie_001 \
             Vertrouwelijk_001"
        );
    }
}
