//! Vehicle number plates.  A plate is personal data: the vehicle register
//! ties it to its keeper, so "the car 1-ABC-234 blocks our gate" points at
//! one person as surely as a name.  Reported as an indirect identification
//! (pseudonymised as a detail), not as a type of its own: it says nothing
//! more about the person than who they are.
//!
//! Shapes, written in capitals with their usual separators:
//! * without any cue, the formats no other code has: Belgium since 2010
//!   ("1-ABC-234"), France since 2009 ("AB-123-CD"), Britain since 2001
//!   ("AB12 CDE");
//! * after a cue word ("plate", "kenteken", "immatriculée", "voiture"…) in
//!   the four words before: the Dutch side codes (three groups of letters
//!   or digits, six characters: "VGL-82-T", "12-ABC-3"), older Belgian
//!   plates ("ABC-123") and plates of one block mixing letters and digits
//!   ("7KJM214"), which alone could be any reference.

use super::{Finding, Strength};
use crate::report::EntityType;
use crate::text::{Doc, F_ALPHA, F_HAS_DIGIT};
use crate::words::{words, Words};

/// Words that announce a vehicle or its plate, in the three languages.
const CUES: Words = words![
    "plate",
    "plates",
    "reg",
    "registration",
    "immatriculation",
    "immatricule",
    "immatriculee",
    "plaque",
    "kenteken",
    "nummerplaat",
    "car",
    "van",
    "vehicle",
    "voiture",
    "vehicule",
    "camionnette",
    "auto",
    "wagen",
    "bestelbus",
    "busje",
    "moto",
    "motor",
    "scooter",
];

/// The shape of a plate candidate: `A` for each capital letter, `9` for
/// each digit, `-` for a hyphen; `None` for any other character or a
/// candidate longer than a plate.
fn shape(raw: &str) -> Option<([u8; 10], usize)> {
    let mut out = [0u8; 10];
    let mut n = 0;
    for b in raw.bytes() {
        let s = match b {
            b'A'..=b'Z' => b'A',
            b'0'..=b'9' => b'9',
            b'-' => b'-',
            _ => return None,
        };
        *out.get_mut(n)? = s;
        n += 1;
    }
    Some((out, n))
}

/// Whether `shape` is a format found only on plates.
fn distinctive(shape: &[u8]) -> bool {
    matches!(shape, b"9-AAA-999" | b"AA-999-AA")
}

/// Whether `shape` is a plate once a cue says a vehicle is meant: three
/// groups of six characters in all, each all letters or all digits, some
/// of both kinds (the Dutch side codes); two groups of three, one of each
/// kind (older Belgian plates); or one block of five to eight mixing both.
fn plate_after_a_cue(shape: &[u8]) -> bool {
    let groups: Vec<&[u8]> = shape.split(|&b| b == b'-').collect();
    let uniform = |g: &&[u8]| !g.is_empty() && g.iter().all(|&b| b == g[0]);
    let kinds = |c: u8| groups.iter().any(|g| g.first() == Some(&c));
    let chars: usize = groups.iter().map(|g| g.len()).sum();
    let mixed = kinds(b'A') && kinds(b'9');
    match groups.len() {
        3 => chars == 6 && mixed && groups.iter().all(uniform),
        2 => groups.iter().all(|g| g.len() == 3) && mixed && groups.iter().all(uniform),
        1 => (5..=8).contains(&chars) && shape.contains(&b'A') && shape.contains(&b'9'),
        _ => false,
    }
}

/// Whether one of the four words before token `i`, in its sentence, is a
/// cue ([`CUES`]).
fn cue_before(doc: &Doc, i: usize) -> bool {
    let (s0, _) = doc.sentence_of(i);
    (i.saturating_sub(4).max(s0)..i).any(|k| CUES.has(doc.f(k)))
}

/// Finds number plates; see the module documentation for the shapes.
pub fn find(doc: &Doc, out: &mut Vec<Finding>) {
    let n = doc.tokens.len();
    for i in 0..n {
        let t = doc.tokens[i];
        // a plate mixes letters and digits: most words fail here
        if !t.has(F_HAS_DIGIT) || !t.has(F_ALPHA) {
            continue;
        }
        let Some((s, len)) = shape(doc.raw(i)) else {
            continue;
        };
        let s = &s[..len];
        let start = t.start as usize;
        // "AB12 CDE": two letters and two digits, one space, three letters
        if s == b"AA99" && i + 1 < n && doc.gap_before(i + 1) == " " {
            if let Some((next, 3)) = shape(doc.raw(i + 1)) {
                if &next[..3] == b"AAA" {
                    let end = doc.tokens[i + 1].end as usize;
                    out.push(plate(start, end, cue_before(doc, i)));
                    continue;
                }
            }
        }
        // the cue words are looked up only for a shape worth it
        let (distinctive, after_a_cue) = (distinctive(s), plate_after_a_cue(s));
        if !distinctive && !after_a_cue {
            continue;
        }
        let cue = cue_before(doc, i);
        if distinctive || cue {
            out.push(plate(start, t.end as usize, cue));
        }
    }
}

/// A plate finding: near-certain after a cue, a known name's weight alone.
fn plate(start: usize, end: usize, cue: bool) -> Finding {
    let strength = if cue {
        Strength::Strong
    } else {
        Strength::Medium
    };
    Finding::new(EntityType::IndirectId, start, end).strength(strength)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plates(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        let mut out = Vec::new();
        find(&doc, &mut out);
        out.iter().map(|f| &text[f.start..f.end]).collect()
    }

    #[test]
    fn formats_only_plates_have_need_no_cue() {
        assert_eq!(plates("Le 1-ABC-234 bloque la sortie."), ["1-ABC-234"]);
        assert_eq!(plates("garé devant : GH-482-KL, encore"), ["GH-482-KL"]);
        assert_eq!(plates("Whose is YK21 ABX? It's in the bay."), ["YK21 ABX"]);
        assert_eq!(
            plates("registration plate: 2-XYZ-101 and FR 'AA-001-BB'"),
            ["2-XYZ-101", "AA-001-BB"]
        );
    }

    #[test]
    fn other_formats_need_a_vehicle_said_before() {
        assert_eq!(plates("kenteken VGL-82-T, blauwe bus"), ["VGL-82-T"]);
        assert_eq!(
            plates("De auto met nummerplaat 12-ABC-3 staat er."),
            ["12-ABC-3"]
        );
        assert_eq!(plates("blue Honda Civic, plate 7KJM214"), ["7KJM214"]);
        assert_eq!(
            plates("sa vieille voiture ABC-123 est au garage"),
            ["ABC-123"]
        );
        // the same shapes without a vehicle are references, not plates
        assert!(plates("Dossier VGL-82-T, facture ABC-123, code 7KJM214.").is_empty());
    }

    #[test]
    fn codes_postcodes_and_words_are_no_plates() {
        for text in [
            "COVID-19 and MP3 files",
            "Subject B-12 attends on Tuesdays.",
            "London SW9 8PQ, Unit 4",
            "Eircode H91 X2Y3",
            "ref 2024-ABC-001 of the car park",
            "A4 paper for the van, 500 sheets",
            "Le n° d'entreprise 0456.789.123 de la voiture partagée.",
            "lowercase 1-abc-234 is not how plates are written",
        ] {
            assert!(plates(text).is_empty(), "{text}: {:?}", plates(text));
        }
    }
}
