//! Postal addresses: "27 rue Jean Jaurès, 93100 Montreuil", "14 Baker
//! Street".  The association's own premises are public (category 2, "adresse
//! de votre local"), so an address is reported only when it is tied to a
//! person (a residence cue or a name in the same sentence) or when nothing
//! says it is a public venue (then as a grey finding: whose address is it?).

use super::{Finding, SpanIndex, Strength};
use crate::lexicon::class::{ADDRESS_RESIDENCE, PREMISES as PREMISES_CLASS, STREET_EN, STREET_FR};
use crate::lexicon::Class;
use crate::report::EntityType;
use crate::text::{Doc, F_CAP, F_DIGIT};
use crate::words::{words, Words};

pub(crate) const FR_TYPES: Words = words![
    "rue",
    "avenue",
    "av",
    "boulevard",
    "bd",
    "place",
    "pl",
    "chemin",
    "allee",
    "impasse",
    "route",
    "quai",
    "cours",
    "square",
    "passage",
    "villa",
    "cite",
    "residence",
    "sentier",
    "voie",
    "chaussee",
    "dreve",
    "rond-point",
    "lotissement",
    "hameau",
    "lieu-dit",
    "faubourg",
    "esplanade",
    "parvis",
    "promenade",
    "ruelle",
    "mail",
    "clos",
];
pub(crate) const EN_TYPES: Words = words![
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "ln",
    "drive",
    "close",
    "way",
    "court",
    "crescent",
    "terrace",
    "place",
    "square",
    "gardens",
    "grove",
    "row",
    "boulevard",
    "blvd",
    "hill",
    "walk",
    "mews",
];
pub(crate) const RESIDENCE: Words = words![
    "habite",
    "habitent",
    "habitant",
    "habitante",
    "demeurant",
    "demeure",
    "domicile",
    "domicilie",
    "domiciliee",
    "vit",
    "vivant",
    "reside",
    "residant",
    "loge",
    "adresse",
    "chez",
    "lives",
    "living",
    "home",
    "resides",
    "address",
    "demenage",
    "demenagement",
    "moved",
    "courrier",
    "envoyer",
    "livre",
    "livree",
    "livrer",
    "woont",
    "wonen",
    "woonachtig",
    "verhuisd",
    "verblijft",
    "thuisadres",
    "woonadres",
    "dob",
    "tenant",
    "locataire",
    "huurder",
];
/// Verbs and nouns of living somewhere: the address is someone's home.
const HOME: Words = words![
    "habite",
    "habitent",
    "demeurant",
    "domicile",
    "domicilie",
    "domiciliee",
    "vit",
    "reside",
    "lives",
    "living",
    "resides",
    "moved",
    "demenage",
    "woont",
    "wonen",
    "woonachtig",
    "verhuisd",
    "thuisadres",
    "woonadres",
    // someone's tenant at an address lives there
    "tenant",
    "locataire",
    "huurder",
];
pub(crate) const PREMISES: Words = words![
    "lieu",
    "travail",
    "passez",
    "invite",
    "invitons",
    "bienvenue",
    "kantoor",
    "zetel",
    "vergadering",
    "welkom",
    "adres",
    "adresse",
    "address",
    "local",
    "locaux",
    "siege",
    "accueil",
    "rendez-vous",
    "rdv",
    "atelier",
    "ateliers",
    "fete",
    "marche",
    "permanence",
    "permanences",
    "evenement",
    "reunion",
    "assemblee",
    "ouvert",
    "ouverte",
    "ouverture",
    "venez",
    "salle",
    "festival",
    "distribution",
    "collecte",
    "office",
    "venue",
    "open",
    "join",
    "meet",
    "workshop",
    "event",
    "garden",
    "jardin",
    "inauguration",
    "concert",
    "stand",
    "horaires",
    "public",
];

fn is_number(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.has(F_DIGIT)) && doc.f(i).len() <= 4 && doc.f(i) != "0"
}

/// Where an address starting at number token `i` ends (inclusive), if any.
fn address_at(doc: &Doc, i: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let mut j = i + 1;
    if words!["bis", "ter", "b"].has(doc.f(j)) {
        j += 1;
    }
    if j < n && doc.gap_before(j).contains(',') && !doc.class_is(j, STREET_FR) {
        return None;
    }
    if doc.class_is(j, STREET_FR) && doc.tokens[j].sentence == doc.tokens[i].sentence {
        // French order: number, type, name words until punctuation
        let mut last = j;
        let mut k = j + 1;
        while k < n && k <= j + 7 {
            let gap = doc.gap_before(k);
            if gap.contains([',', '.', '\n', '(', ':', ';', '!', '?']) || doc.tokens[k].has(F_DIGIT)
            {
                break;
            }
            last = k;
            k += 1;
        }
        if last == j {
            return None;
        }
        return Some(postcode_town(doc, last));
    }
    // English order: number, capitalised words, type
    let mut k = j;
    while k < n
        && k <= j + 3
        && doc.tokens[k].has(F_CAP)
        && !doc.gap_before(k).contains([',', '.', '\n'])
    {
        if doc.class_is(k, STREET_EN) && k > j {
            return Some(postcode_town(doc, k));
        }
        k += 1;
    }
    None
}

/// Dutch street names are one word ending in their type: "Kerkstraat",
/// "Turnhoutsebaan", "Grote Markt" aside.
const NL_SUFFIXES: &[&str] = &[
    "straat", "laan", "plein", "weg", "steenweg", "dreef", "lei", "kaai", "baan", "dijk", "markt",
    "singel", "gracht", "kade", "hof", "wegel", "pad", "vest", "berg",
];

fn dutch_street(doc: &Doc, i: usize) -> bool {
    let w = doc.f(i);
    doc.tokens[i].has(F_CAP)
        && NL_SUFFIXES
            .iter()
            .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}

/// An address written street first, as in Belgium and the Netherlands:
/// "rue des Tilleuls 12 bte 3, 5000 Namur", "chaussée d'Ixelles 210",
/// "Molenstraat 44, 9000 Gent", "avenue des Cerisiers 8/1".  `i` is the
/// street type (or the Dutch street word); returns the last token.
fn address_street_first(doc: &Doc, i: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let s = doc.tokens[i].sentence;
    let french = doc.class_is(i, STREET_FR);
    if !french && !dutch_street(doc, i) {
        return None;
    }
    // the street's name: up to six words, then its number
    let mut k = i + 1;
    while k < n && k <= i + 6 && !doc.tokens[k].has(F_DIGIT) {
        if doc.tokens[k].sentence != s
            || doc.gap_before(k).contains([',', '.', '\n', ':', ';', '('])
        {
            return None;
        }
        k += 1;
    }
    // a street's name holds a capital ("rue de Parme 27"), unless nothing in
    // its sentence has one (a chat): "takes place on 12 June" is no street
    let (s0, s1) = doc.sentence_of(i);
    let named = (i..k).any(|j| doc.tokens[j].has(F_CAP) && !doc.tokens[j].has(crate::text::F_SENT))
        || !(s0..s1).any(|j| doc.tokens[j].has(F_CAP));
    if k >= n
        || !is_number(doc, k)
        || doc.gap_before(k).contains([',', '\n'])
        || french && k == i + 1
        || !named
    {
        return None;
    }
    let mut last = k;
    // "bte 11", "bus 3", "/7", "b"
    if doc.gap_before(k + 1).trim() == "/" && doc.class_is_digit(k + 1) {
        last = k + 1;
    } else if words!["bte", "boite", "bus", "bt", "b"].has(doc.f(k + 1))
        && doc.class_is_digit(k + 2)
    {
        last = k + 2;
    }
    Some(postcode_town(doc, last))
}

/// The start of a Dutch street name whose type word is led by an inflected
/// adjective: "Brugse Steenweg", "Grote Markt", "Oude Baan" (the adjective
/// ends in -e and is capitalised, in the same phrase).  Otherwise `i`.
fn dutch_adjective_before(doc: &Doc, i: usize) -> usize {
    let dutch = !doc.class_is(i, STREET_FR) && dutch_street(doc, i);
    if i == 0 || !dutch || doc.tokens[i].gap & crate::text::G_SPACES == 0 {
        return i;
    }
    let t = &doc.tokens[i - 1];
    let w = doc.f(i - 1);
    let adjective = t.has(F_CAP)
        && !t.has(crate::text::F_HAS_DIGIT)
        && w.len() >= 4
        && w.ends_with('e')
        && !t.is(crate::lexicon::class::FUNCTION | crate::lexicon::class::TITLE);
    if adjective {
        i - 1
    } else {
        i
    }
}

/// Extends an address over ", 93100 Montreuil" or ", London".
fn postcode_town(doc: &Doc, last: usize) -> usize {
    let n = doc.tokens.len();
    let k = last + 1;
    if k >= n {
        return last;
    }
    let gap = doc.gap_before(k);
    if !(gap.trim().is_empty() || gap.trim() == ",") || gap.contains('\n') {
        return last;
    }
    let f = doc.f(k);
    if doc.tokens[k].has(F_DIGIT) && (f.len() == 5 || f.len() == 4) {
        let mut end = k;
        let mut t = k + 1;
        while t < n
            && t <= k + 3
            && doc.tokens[t].has(F_CAP)
            && !doc.gap_before(t).contains([',', '.', '\n'])
        {
            end = t;
            t += 1;
        }
        return end;
    }
    last
}

/// Finds addresses.  `persons` are the PERSON findings of the text, used to
/// tie an address to someone.
/// Whether token `k` is the word "address" said of someone: "his address",
/// "son adresse", "haar adres", "my address" (not "our address": the
/// association's own premises are public).
fn someones_address(doc: &Doc, s0: usize, k: usize) -> bool {
    k > s0
        && doc.class_is(k, PREMISES_CLASS)
        && words!["address", "adresse", "adres"].has(doc.f(k))
        && words![
            "his", "her", "their", "my", "your", "son", "sa", "leur", "mon", "ma", "ton", "ta",
            "votre", "zijn", "haar", "hun", "mijn", "jouw", "uw"
        ]
        .has(doc.f(k - 1))
}

pub fn find(doc: &Doc, persons: &[Finding], out: &mut Vec<Finding>) {
    let n = doc.tokens.len();
    let people = SpanIndex::new(persons);
    let mut i = 0;
    while i < n {
        let found = if is_number(doc, i) {
            address_at(doc, i)
        } else if doc.class_is(i, STREET_FR) || doc.tokens[i].has(F_CAP) {
            address_street_first(doc, i)
        } else {
            None
        };
        let Some(last) = found else {
            i += 1;
            continue;
        };
        let first = dutch_adjective_before(doc, i);
        let (s0, s1) = doc.sentence_of(i);
        let span = (
            doc.tokens[first].start as usize,
            doc.tokens[last].end as usize,
        );
        let window = |c: Class| doc.tokens[s0..s1].iter().any(|t| t.is(c));
        let s_start = doc.tokens[s0].start as usize;
        let s_end = doc.tokens[s1.saturating_sub(1).max(s0)].end as usize;
        let person_near = people.overlaps(s_start, s_end);
        let prev_sentence_person = s0 > 0 && {
            let (p0, _) = doc.sentence_of(s0 - 1);
            people.overlaps(doc.tokens[p0].start as usize, s_start)
        };
        let f = Finding::new(EntityType::Address, span.0, span.1);
        // someone lives there ("she lives at", "woont", "a déménagé"): a home
        // address, personal data whatever else the text holds; an address
        // merely near a name or after "adresse" is weighed
        let home = window(ADDRESS_RESIDENCE)
            && (s0..s1).any(|k| doc.tokens[k].is(ADDRESS_RESIDENCE) && HOME.has(doc.f(k)))
            || (s0..s1).any(|k| someones_address(doc, s0, k));
        if home {
            out.push(f);
        } else if window(ADDRESS_RESIDENCE) || person_near || prev_sentence_person {
            out.push(f.strength(Strength::Medium));
        } else if !window(PREMISES_CLASS) {
            out.push(f.grey());
        }
        i = last + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<(String, bool)> {
        let d = Doc::new(t);
        let mut v = Vec::new();
        find(&d, &[], &mut v);
        v.iter()
            .map(|f| (t[f.start..f.end].to_string(), f.grey))
            .collect()
    }

    #[test]
    fn an_address_said_to_be_someones_is_their_home() {
        let strong = |t: &str| {
            let d = Doc::new(t);
            let mut v = Vec::new();
            find(&d, &[], &mut v);
            v.iter().any(|f| !f.grey && f.strength == Strength::Strong)
        };
        for t in [
            "His address is 12 Mill Lane, Leeds LS2 7QT.",
            "zijn adres: Kerkstraat 5, 9000 Gent",
            "Son adresse : 14 rue des Lilas, 69003 Lyon.",
            "haar adres is Lindelaan 14, 3581 BK Utrecht",
        ] {
            assert!(strong(t), "{t}");
        }
        // the association's own address is no one's home
        for t in [
            "Our address is 12 Mill Lane, Leeds LS2 7QT.",
            "Notre adresse : 14 rue des Lilas, 69003 Lyon.",
        ] {
            assert!(!strong(t), "{t}");
        }
    }

    #[test]
    fn street_first_addresses_of_belgium_and_the_netherlands() {
        for (t, a) in [
            (
                "Domicile : rue des Tilleuls 12 bte 3, 5000 Namur.",
                "rue des Tilleuls 12 bte 3, 5000 Namur",
            ),
            (
                "Elle habite chaussée d'Ixelles 210, 1050 Ixelles",
                "chaussée d'Ixelles 210, 1050 Ixelles",
            ),
            (
                "Hij woont Molenstraat 44, 9000 Gent.",
                "Molenstraat 44, 9000 Gent",
            ),
            (
                "She lives at avenue des Cerisiers 8/1, 1300 Wavre",
                "avenue des Cerisiers 8/1, 1300 Wavre",
            ),
            // an inflected adjective leads the street's name
            (
                "Adresse : Brugse Steenweg 40, 3500 Hasselt.",
                "Brugse Steenweg 40, 3500 Hasselt",
            ),
            (
                "He lives at Lange Leemstraat 12, 2018 Antwerpen",
                "Lange Leemstraat 12, 2018 Antwerpen",
            ),
        ] {
            assert_eq!(found(t), [(a.to_string(), false)], "{t}");
        }
        // no number: no address
        assert!(found("On se retrouve rue Haute pour la fête.").is_empty());
        // a French street word in an English sentence names no street
        assert!(found("Our AGM takes place on 12 June at 6pm.").is_empty());
        assert!(found("The quiz takes place at 7 in the hall.").is_empty());
        // in a chat without capitals, a street keeps its lower-case name
        assert_eq!(
            found("elle habite rue des tilleuls 12, 5000 namur"),
            [("rue des tilleuls 12, 5000".to_string(), false)]
        );
    }

    #[test]
    fn residence_vs_premises() {
        assert_eq!(
            found("Elle habite au 27 rue Jean Jaurès, 93100 Montreuil. Merci."),
            [("27 rue Jean Jaurès, 93100 Montreuil".to_string(), false)]
        );
        assert!(found("Notre local se trouve au 12 rue des Lilas, 93100 Montreuil.").is_empty());
        assert_eq!(
            found("He lives at 14 Baker Street, London."),
            [("14 Baker Street".to_string(), false)]
        );
    }

    #[test]
    fn a_home_is_an_address_someone_lives_at() {
        let strength = |t: &str| {
            let d = Doc::new(t);
            let mut v = Vec::new();
            find(&d, &[], &mut v);
            v.iter().map(|f| f.strength).collect::<Vec<_>>()
        };
        for t in [
            "She lives at 12 Birch Road, Leeds.",
            "Il habite au 4 rue des Lilas, Lyon.",
            "Hij is verhuisd naar de Lindelaan 22, Hasselt.",
            "he moved to 45 Cavendish Road last week",
            "Write to our tenant at 9 Mill Lane, Leeds.",
            "le locataire du 14 rue Haute a appelé",
            "De huurder op de Kerkstraat 18 heeft gebeld.",
        ] {
            assert_eq!(strength(t), [Strength::Strong], "{t}");
        }
        // an address given as one, not lived at: weighed with the rest
        assert_eq!(
            strength("Adresse pour le courrier : 4 rue des Lilas, Lyon."),
            [Strength::Medium]
        );
    }
}
