//! The association's own contact data is not personal data: a role mailbox
//! (`contact@`, `benevolat@`, `onthaal@`), a switchboard or a helpline, a
//! company registration number, the account donations go to.  The
//! structured detectors find every address, number and IBAN; this filter
//! then drops those that belong to an organisation, from their shape
//! (role local part, free or special-rate number, registration checksum)
//! and the words just around them, in French, English and Dutch.
//!
//! A personal cue always wins over an organisation cue ("son gsm perso",
//! "her account", "zijn gsm"): the checker errs on the strict side.
//!
//! The cue window is the same line and the same sentence, at most a dozen
//! words before the finding and a few words after it, and never reaches
//! past the previous or the next identifier: "Standard : 01 23 45 67 89,
//! Marie : 06 12 34 56 78" lends the switchboard cue to the first number
//! only.  Every window is bounded, so the filter stays linear.

use super::card::luhn;
use super::digits::mod97;
use super::{email, phone, Finding};
use crate::report::{EntityType, Lang};
use crate::vocabulary::Vocabulary;
use crate::words::words;

/// Bytes looked at before a finding (then cut at the sentence and line).
const BEFORE_BYTES: usize = 160;
/// Words kept of that window, nearest first.
const BEFORE_WORDS: usize = 12;
/// Bytes looked at after a finding.
const AFTER_BYTES: usize = 64;
/// Words kept after a finding.
const AFTER_WORDS: usize = 5;

/// One letter or digit folded to lower-case ASCII ("É" → 'e'); `None` for
/// anything else (punctuation, space, letters outside Latin-1).
pub(crate) fn fold_char(c: char) -> Option<char> {
    if c.is_ascii_alphanumeric() {
        return Some(c.to_ascii_lowercase());
    }
    let l = c.to_lowercase().next().unwrap_or(c);
    Some(match l {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        _ => return None,
    })
}

/// The words of `s`, folded, as `" w1 w2 … "` (a space on each side, so a
/// cue phrase is found whole with `contains(" cue ")`).  Apostrophes and
/// punctuation separate words: "n° d'entreprise" → `" n d entreprise "`.
/// An underscore after a letter or digit joins: a pseudonym code
/// (`Personne_001`) is one word, as the name it stands for mostly was, so
/// the windows of a pseudonymised text reach as far as the original's.
pub(crate) fn fold_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(' ');
    for c in s.chars() {
        match c {
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            '_' if out.ends_with(|p: char| p.is_alphanumeric()) => out.push('_'),
            _ => match fold_char(c) {
                Some(f) => out.push(f),
                None if c.is_alphabetic() => out.extend(c.to_lowercase()),
                None => {
                    if !out.ends_with(' ') {
                        out.push(' ');
                    }
                }
            },
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Short words that a '.' abbreviates rather than ends ("Tél. 01…",
/// "n. 12", "Mme. Diallo", "art. 9"), in French, English and Dutch, folded.
const ABBREVIATIONS: crate::words::Words = words![
    "al", "art", "av", "ave", "bd", "bv", "ca", "cf", "ch", "cie", "dhr", "dr", "env", "ex", "fax",
    "gsm", "max", "me", "min", "mlle", "mme", "mr", "mrs", "ms", "mw", "nb", "no", "nr", "pr",
    "rd", "ref", "st", "ste", "str", "tel", "tl", "vs",
];

/// Whether the byte at `i` of `w` ends a sentence: `.!?;` followed by a
/// space or the end, except a '.' after an initial or an abbreviation
/// ("Tél. 01…", "n. 12").  A short name ends its sentence as a long one
/// does ("…voyez avec Awa. Le compte…"): the windows of a text and of its
/// pseudonymised version (where "Awa" is a code) then stop at the same
/// place.
fn sentence_end(w: &str, i: usize) -> bool {
    let b = w.as_bytes();
    let followed = b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace());
    match b[i] {
        b'!' | b'?' | b';' => followed,
        b'.' if followed => {
            // at 0 of a window after a finding, or after a number: the
            // finding or the number ends the sentence ("… 56 78. Standard")
            let word = w.get(..i).unwrap_or("");
            let letters = word.chars().rev().take_while(|c| c.is_alphabetic()).count();
            let short = || {
                let start = word
                    .char_indices()
                    .rev()
                    .nth(letters - 1)
                    .map_or(0, |(k, _)| k);
                let folded = fold_words(&word[start..]);
                !ABBREVIATIONS.has(folded.trim())
            };
            i == 0
                || word.ends_with(|c: char| c.is_ascii_digit() || c == '_')
                || letters >= 4
                || (2..=3).contains(&letters) && short()
        }
        _ => false,
    }
}

/// The words before `start`, from `floor` at most (the end of the previous
/// identifier), cut at the start of the line and the sentence; the last
/// [`BEFORE_WORDS`] words, folded.
fn before(text: &str, start: usize, floor: usize) -> String {
    let from = floor_boundary(text, start.saturating_sub(BEFORE_BYTES)).max(floor);
    let Some(w) = text.get(from..start) else {
        return String::from(" ");
    };
    let mut cut = 0;
    for (i, &c) in w.as_bytes().iter().enumerate().rev() {
        if c == b'\n' || sentence_end(w, i) {
            cut = i + 1;
            break;
        }
    }
    let words = fold_words(w.get(cut..).unwrap_or(""));
    let n = words.split_whitespace().count();
    if n <= BEFORE_WORDS {
        return words;
    }
    spaced(words.split_whitespace().skip(n - BEFORE_WORDS))
}

/// Words after an identifier that end its apposition: a cue beyond them is
/// about something else ("06 12 34 56 78 ou le standard au …").
const STOPS: &[&str] = &[
    "and", "but", "et", "maar", "mais", "of", "or", "ou", "puis", "sinon", "then",
];

/// The words after `end`, up to `ceil` (the next identifier), the end of
/// the line or the sentence, or a conjunction; at most [`AFTER_WORDS`].
fn after(text: &str, end: usize, ceil: usize) -> String {
    let to = floor_boundary(text, (end + AFTER_BYTES).min(ceil));
    let Some(w) = text.get(end..to.max(end)) else {
        return String::from(" ");
    };
    let mut stop = w.len();
    for (i, &c) in w.as_bytes().iter().enumerate() {
        // a comma starts the next item ("…89, son portable : …")
        if c == b'\n' || c == b',' || sentence_end(w, i) {
            stop = i;
            break;
        }
    }
    let words = fold_words(w.get(..stop).unwrap_or(""));
    spaced(
        words
            .split_whitespace()
            .take(AFTER_WORDS)
            .take_while(|x| !STOPS.contains(x)),
    )
}

/// Words in the form of [`fold_words`].
fn spaced<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::from(" ");
    for w in words {
        out.push_str(w);
        out.push(' ');
    }
    out
}

/// The words of a window, without allocating for the short windows
/// [`before`] and [`after`] give (at most [`BEFORE_WORDS`] words).
struct Words<'a> {
    short: [&'a str; 16],
    len: usize,
    long: Vec<&'a str>,
}

impl<'a> Words<'a> {
    fn of(words: &'a str) -> Words<'a> {
        let mut w = Words {
            short: [""; 16],
            len: 0,
            long: Vec::new(),
        };
        for x in words.split(' ').filter(|x| !x.is_empty()) {
            if w.len < w.short.len() {
                w.short[w.len] = x;
            } else {
                if w.long.is_empty() {
                    w.long.extend_from_slice(&w.short);
                }
                w.long.push(x);
            }
            w.len += 1;
        }
        w
    }

    fn all(&self) -> &[&'a str] {
        if self.long.is_empty() {
            &self.short[..self.len]
        } else {
            &self.long
        }
    }
}

/// Whether a cue of `cues` (a sorted table: the tests check) stands in
/// `words` as a run of whole words.
///
/// Each word of the window is looked up by binary search among the cues
/// that start with it, rather than each cue compared with each word: a
/// window is asked about fifty cues for each finding, and this lookup was
/// a tenth of the checker's time on texts with a phone number per line.
fn has_any(words: &str, cues: &[&str]) -> bool {
    debug_assert!(cues.windows(2).all(|w| w[0] < w[1]), "{cues:?}");
    let words = Words::of(words);
    let w = words.all();
    w.iter().enumerate().any(|(i, x)| {
        let k = cues.partition_point(|c| *c < *x);
        cues[k..].iter().take_while(|c| c.starts_with(*x)).any(|c| {
            match c.as_bytes().get(x.len()) {
                None => true,
                Some(b' ') => {
                    let rest = c[x.len() + 1..].split(' ');
                    let n = rest.clone().count();
                    w.get(i + 1..i + 1 + n)
                        .is_some_and(|run| run.iter().copied().eq(rest))
                }
                Some(_) => false,
            }
        })
    })
}

/// A mobile line (France and the Netherlands 06/07 in ten digits, Belgium
/// 04xx in ten, the UK 07 in eleven): a person's phone more often than an
/// office's, so a role mailbox beside it does not make it the association's.
/// A Belgian landline of nine digits ("071 30 45 62", Charleroi) is none.
/// A French 04 landline (Lyon, Marseille) has the shape of a Belgian mobile
/// and is taken as one: the stricter reading.
fn is_mobile(m: &str) -> bool {
    let (_, d) = phone::normalise(m);
    (d.starts_with("06") || d.starts_with("07")) && d.len() >= 10
        || d.starts_with("04") && d.len() == 10 && !french_pairs(m)
        || d.starts_with('+') && MOBILE_PREFIXES.iter().any(|p| d.starts_with(p))
}

/// Mobile prefixes of the other countries whose numbers associations in
/// France and Belgium meet most (neighbours, the United Kingdom and
/// Ireland, southern and eastern Europe, the Maghreb, West and Central
/// Africa), after the `+` and country code (national numbering plans).
/// A number from another country stays a landline: weighed, not decisive.
const MOBILE_PREFIXES: &[&str] = &[
    "+21350", "+21355", "+21356", "+21366", "+21369", "+21377", "+21379", // Algeria
    "+2162", "+2164", "+2165", "+2169", // Tunisia
    "+2126", "+2127", // Morocco
    "+2217", // Senegal
    "+22501", "+22505", "+22507", // Côte d'Ivoire
    "+2376",  // Cameroon
    "+2438", "+2439", // DR Congo
    "+346", "+347",  // Spain
    "+3519", // Portugal
    "+3538", // Ireland
    "+3526", // Luxembourg
    "+3805", "+3806", "+3807", "+3809", // Ukraine
    "+393",  // Italy
    "+407",  // Romania
    "+417",  // Switzerland
    "+447",  // United Kingdom
    "+485", "+486", "+487", "+488", // Poland
    "+4915", "+4916", "+4917", // Germany
    "+905",  // Turkey
];

/// "04 78 62 15 30": ten digits written as five pairs from a leading 0 is
/// the French way of writing a number, and a French 04 is a landline
/// (Lyon, Marseille…); a Belgian mobile is written "0478 62 15 30" or
/// "0478/62.15.30".
fn french_pairs(m: &str) -> bool {
    let groups: Vec<&str> = m
        .trim()
        .split([' ', '.', '-', '\u{a0}'])
        .filter(|g| !g.is_empty())
        .collect();
    m.trim_start().starts_with('0')
        && groups.len() == 5
        && groups
            .iter()
            .all(|g| g.len() == 2 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// Marks the phone numbers that are not mobile lines as
/// [`Strength::Medium`](super::Strength): once the association's own numbers
/// are let go, a mobile is a person's, while a landline may still be an
/// office's.  The decision takes a mobile alone as personal data and weighs
/// a landline with the rest of the text.
pub fn mark_landlines(text: &str, found: &mut [Finding]) {
    for f in found.iter_mut().filter(|f| f.kind == EntityType::Phone) {
        if text.get(f.start..f.end).is_some_and(|m| !is_mobile(m)) {
            f.strength = super::Strength::Medium;
        }
    }
}

/// Whether a role mailbox (`info@`, `accueil@`) stands in the same line as
/// the number: "écrivez à secretariat@… ou appelez le 02 …" gives the
/// association's two contacts, not a person's.
fn beside_role_mailbox(text: &str, start: usize, end: usize) -> bool {
    // at most 300 bytes each side, so a text that is one huge line stays
    // linear
    let mut from = start.saturating_sub(300);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + 300).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let line_start = text[from..start].rfind('\n').map_or(from, |i| from + i + 1);
    let line_end = text[end..to].find('\n').map_or(to, |i| end + i);
    text.get(line_start..line_end)
        .is_some_and(holds_role_mailbox)
}

/// Whether `part` holds a role mailbox (`info@`, `accueil@`).
fn holds_role_mailbox(part: &str) -> bool {
    let mut found = Vec::new();
    email::find(part, &mut found);
    found
        .iter()
        .filter_map(|f| part.get(f.start..f.end))
        .any(email::is_organisation)
}

/// Whether the paragraph around `[start, end)` is an organisation's
/// identity block — a newsletter's footer, a letterhead, "Nous contacter":
/// it holds a role mailbox, a registration number's cue or a word for an
/// organisation ("asbl", "charity", "vzw"), and no person's name.  An
/// account or an address there is the organisation's.
fn in_identity_block(text: &str, start: usize, end: usize, n: &Neighbours) -> bool {
    // at most 300 bytes each side, up to a blank line
    let from = floor_boundary(text, start.saturating_sub(300));
    let to = floor_boundary(text, (end + 300).min(text.len()));
    let (Some(before), Some(after)) = (text.get(from..start), text.get(end..to)) else {
        return false;
    };
    let block_start = before.rfind("\n\n").map_or(from, |i| from + i + 2);
    let block_end = after.find("\n\n").map_or(to, |i| end + i);
    let k = n.name_ends.partition_point(|&e| e <= block_start);
    if n.name_ends.get(k).is_some_and(|&e| e <= block_end) {
        return false;
    }
    let Some(block) = text.get(block_start..block_end) else {
        return false;
    };
    let words = fold_words(block);
    has_any(&words, REGISTRATION)
        || Words::of(&words).all().iter().any(|w| ORG_NOUN.contains(w))
        || holds_role_mailbox(block)
}

/// Cues of an organisation's phone line (folded).
const SWITCHBOARD: &[&str] = &[
    "accueil",
    "algemeen nummer",
    "algemene lijn",
    "appelez nous",
    "bel ons",
    "bureau",
    "call center",
    "call us",
    "centrale",
    "centre d appel",
    "contacteer ons",
    "contactez nous",
    "front desk",
    "helpline",
    "hotline",
    "hulplijn",
    "infolijn",
    "infoline",
    "joindre l association",
    "kantoor",
    "ligne d ecoute",
    "ligne d urgence",
    "main line",
    "nous joindre",
    "numero vert",
    "office",
    "onthaal",
    "permanence",
    "reception",
    "ring our",
    "secretariaat",
    "secretariat",
    "standard",
    "switchboard",
    "telefonisch bereikbaar",
    "telefoonnummer van de vzw",
];

/// Cues that head any line of contact details, a person's as often as an
/// office's ("Contact : 06 12 34 56 78" after an appointment with a
/// volunteer): enough for a landline, not for a mobile, which is a
/// person's more often than not.
const GENERIC_LINE: &[&str] = &["contact", "info", "infos", "inlichtingen", "renseignements"];

/// Cues of a registration or tax number (folded).
const REGISTRATION: &[&str] = &[
    "bce",
    "btw",
    "charity number",
    "company number",
    "enterprise number",
    "handelsregister",
    "kbo",
    "kvk",
    "n d entreprise",
    "no d entreprise",
    "numero d entreprise",
    "numero d identification",
    "ondernemingsnr",
    "ondernemingsnummer",
    "rcs",
    "registration number",
    "rna",
    "rpm",
    "rpr",
    "siren",
    "siret",
    "tva",
    "vat",
];

/// Cues of paying the association: the account donations, fees, tickets,
/// memberships or contributions go to (folded).  They count only when no
/// person is named before the account in its window (see
/// `is_organisation`): "the fee is paid to Awa: BE…" is Awa's account.
const DONATION: &[&str] = &[
    "account name",
    "adherer",
    "adhesion",
    "attestation fiscale",
    "bank details",
    "begunstigde",
    "beneficiaire",
    "bijdrage",
    "billet",
    "billets",
    "booking",
    "contribution",
    "contributions",
    "coordonnees bancaires",
    "cotisation",
    "cotisations",
    "deelname",
    "don",
    "donate",
    "donation",
    "donations",
    "donner",
    "dons",
    "fee",
    "fees",
    "fiscaal attest",
    "gift",
    "giften",
    "gifts",
    "inschrijven",
    "inschrijving",
    "inscription",
    "inscriptions",
    "lidgeld",
    "lidmaatschap",
    "membership",
    "ordre permanent",
    "ordres permanents",
    "paf",
    "participation aux frais",
    "recu fiscal",
    "renewal",
    "renewals",
    "reservation",
    "schenking",
    "schenkingen",
    "soutenez nous",
    "soutenir",
    "soutien",
    "steun ons",
    "support us",
    "tarif",
    "ticket",
    "tickets",
    "titulaire du compte",
];

/// Possessives that make the next noun somebody's ("son portable").
const POSSESSIVE: &[&str] = &[
    "haar", "her", "his", "leur", "ma", "mes", "mijn", "mon", "my", "sa", "ses", "son", "their",
    "zijn",
];

/// Possessives of the organisation ("notre compte", "our account").
const OUR: &[&str] = &["nos", "notre", "ons", "onze", "our"];

/// Nouns of a contact, an account or a number.
const CONTACT_NOUN: &[&str] = &[
    "account",
    "adresse",
    "bankrekening",
    "compte",
    "coordonnees",
    "details",
    "gsm",
    "iban",
    "ligne",
    "mobile",
    "number",
    "numero",
    "nummer",
    "phone",
    "portable",
    "rekening",
    "rekeningnummer",
    "rib",
    "tel",
    "telefoon",
    "telephone",
];

/// Nouns and legal forms of an organisation (folded): "compte de l'asbl",
/// "the charity's account", a footer's "vzw"; and, to the name detector, a
/// name holding one ("Bridges Community Trust") is no person's.
pub(crate) const ORG_NOUN: &[&str] = &[
    "asbl",
    "asso",
    "association",
    "charity",
    "cic",
    "club",
    "collectif",
    "cooperative",
    "federatie",
    "federation",
    "fondation",
    "foundation",
    "ltd",
    "ngo",
    "ong",
    "organisatie",
    "organisation",
    "organization",
    "sprl",
    "srl",
    "stichting",
    "trust",
    "vereniging",
    "vzw",
];

/// Words that make a phone or an account somebody's on their own.
const PERSONAL: &[&str] = &[
    "cell",
    "cellphone",
    "direct line",
    "directe lijn",
    "domicile",
    "gsm",
    "home",
    "ligne directe",
    "mobiel",
    "mobile",
    "perso",
    "personal",
    "personnel",
    "personnelle",
    "portable",
    "private",
    "prive",
    "privenummer",
    "thuis",
];

/// Words that make an account somebody's (money paid to a person).
const PERSONAL_ACCOUNT: &[&str] = &[
    "avance",
    "expenses",
    "loon",
    "note de frais",
    "notes de frais",
    "onkosten",
    "onkostennota",
    "out of pocket",
    "refund",
    "reimburse",
    "reimbursement",
    "remboursement",
    "rembourser",
    "salaire",
    "salary",
    "terugbetalen",
    "terugbetaling",
    "terugstorten",
    "voorgeschoten",
];

/// "sa ligne", "her account", "zijn gsm": a possessive right before a
/// contact noun (or one word later: "son numéro perso", "sa propre ligne").
fn possessed(words: &str, owners: &[&str]) -> bool {
    let words = Words::of(words);
    let w = words.all();
    w.iter().enumerate().any(|(i, x)| {
        owners.contains(x)
            && w.iter()
                .skip(i + 1)
                .take(2)
                .any(|n| CONTACT_NOUN.contains(n))
    })
}

/// "compte de l'association", "account of the charity", "rekening van de
/// vzw": a contact noun followed, within four words, by an organisation
/// noun, or preceded by one ("l'asbl a un nouveau compte").
fn of_organisation(words: &str) -> bool {
    let words = Words::of(words);
    let w = words.all();
    w.iter().enumerate().any(|(i, x)| {
        CONTACT_NOUN.contains(x)
            && (w.iter().skip(i + 1).take(4).any(|n| ORG_NOUN.contains(n))
                // "l'asbl a un nouveau compte", "the charity's account"
                || w[i.saturating_sub(4)..i].iter().any(|n| ORG_NOUN.contains(n)))
    }) || w
        .first()
        .is_some_and(|x| matches!(*x, "de" | "of" | "van" | "du"))
        && w.iter().take(4).any(|n| ORG_NOUN.contains(n))
}

fn personal(words: &str) -> bool {
    has_any(words, PERSONAL) || possessed(words, POSSESSIVE)
}

/// Digits of a written number (no `+` prefix: a registration number is
/// never written as an international phone).
fn plain_digits(m: &str) -> Option<String> {
    if m.trim_start().starts_with('+') {
        return None;
    }
    let d: String = m.chars().filter(char::is_ascii_digit).collect();
    (!d.is_empty()).then_some(d)
}

/// SIREN (9 digits) and SIRET (14 digits): Luhn, or La Poste's rule
/// (sum of the digits a multiple of 5) for its SIRETs.
pub fn is_siren_or_siret(d: &str) -> bool {
    match d.len() {
        9 => luhn(d),
        14 => {
            luhn(d)
                || d.starts_with("356000000")
                    && d.bytes().map(|c| u32::from(c - b'0')).sum::<u32>() % 5 == 0
        }
        _ => false,
    }
}

/// Belgian enterprise number: 10 digits starting 0 or 1, the last two
/// 97 − (the first eight mod 97).
pub fn is_be_enterprise(d: &str) -> bool {
    if d.len() != 10 || !d.bytes().all(|c| c.is_ascii_digit()) || !matches!(&d[..1], "0" | "1") {
        return false;
    }
    let key: u32 = d[8..].parse().unwrap_or(100);
    key == 97 - mod97(&d[..8])
}

/// French VAT number without its "FR": a two-digit key, then the SIREN;
/// key = (12 + 3 × (SIREN mod 97)) mod 97.
pub fn is_fr_vat(d: &str) -> bool {
    if d.len() != 11 || !d.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let key: u32 = d[..2].parse().unwrap_or(100);
    key == (12 + 3 * mod97(&d[2..])) % 97
}

/// Whether the digits of `m`, introduced by a registration cue in
/// `before`, are a valid registration number.
fn registration(m: &str, before: &str) -> bool {
    if !has_any(before, REGISTRATION) && !before.ends_with(" be ") {
        return false;
    }
    let Some(d) = plain_digits(m) else {
        return false;
    };
    // "BCE 0456.789.123": after its cue, the grouping of a Belgian
    // enterprise number says what it is even when a digit is mistyped
    let be_shape = d.len() == 10
        && (d.starts_with('0') || d.starts_with('1'))
        && m.split(['.', ' ']).map(str::len).eq([4, 3, 3]);
    be_shape
        || is_siren_or_siret(&d)
        || is_be_enterprise(&d)
        || is_fr_vat(&d)
        || d.len() == 8 && has_any(before, &["handelsregister", "kamer van koophandel", "kvk"])
}

/// Identifier spans sorted by start, with the running maximum of their
/// ends: the windows of one finding stop at its neighbours.  And where
/// the names end (persons found, pseudonym codes of persons), sorted.
struct Neighbours {
    starts: Vec<usize>,
    max_end: Vec<usize>,
    name_ends: Vec<usize>,
}

fn identifier(kind: EntityType) -> bool {
    matches!(
        kind,
        EntityType::Email
            | EntityType::Phone
            | EntityType::Iban
            | EntityType::Card
            | EntityType::Nir
            | EntityType::BeNrn
    )
}

/// Spans of the pseudonym codes, and whether each stands for an identifier
/// (`Téléphone_001`, `IBAN_002`, `contact_001@exemple.invalid`) or for a
/// person (`Personne_001`, `Bénéficiaire_037`).  A pseudonymised text must
/// be judged as its original was: where the original had a phone number
/// between a personal cue and the next identifier, the code is there
/// instead, and the window must stop at it as it stopped at the number;
/// where it had a name, the code is a name.
fn codes(text: &str) -> Vec<(usize, usize, bool)> {
    let b = text.as_bytes();
    let mut spans = Vec::new();
    for (u, _) in text.match_indices('_') {
        let digits = b[u + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            continue;
        }
        let start = text[..u]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(u, |(i, _)| i);
        let stem = &text[start..u];
        let is_identifier = EntityType::ALL.iter().any(|&k| {
            identifier(k)
                && [Lang::Fr, Lang::En, Lang::Nl]
                    .iter()
                    .any(|&l| k.code_stem(l) == stem)
        });
        if stem.is_empty() {
            continue;
        }
        if !is_identifier {
            spans.push((start, u + 1 + digits, false));
            continue;
        }
        let mut end = u + 1 + digits;
        if b.get(end) == Some(&b'@') {
            // the e-mail codes run to the end of their domain
            end += b[end..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'@' | b'.' | b'-'))
                .count();
            while end > u && b[end - 1] == b'.' {
                end -= 1;
            }
        }
        spans.push((start, end, true));
    }
    spans
}

impl Neighbours {
    fn of(text: &str, found: &[Finding]) -> Neighbours {
        let mut spans: Vec<(usize, usize)> = found
            .iter()
            .filter(|f| identifier(f.kind))
            .map(|f| (f.start, f.end))
            .collect();
        let mut name_ends: Vec<usize> = found
            .iter()
            .filter(|f| f.kind == EntityType::Person)
            .map(|f| f.end)
            .collect();
        if text.contains('_') {
            for (a, b, is_identifier) in codes(text) {
                if is_identifier {
                    spans.push((a, b));
                } else {
                    name_ends.push(b);
                }
            }
        }
        crate::sort::sort(&mut name_ends);
        crate::sort::sort(&mut spans);
        let mut m = 0;
        let max_end = spans
            .iter()
            .map(|s| {
                m = m.max(s.1);
                m
            })
            .collect();
        Neighbours {
            starts: spans.iter().map(|s| s.0).collect(),
            max_end,
            name_ends,
        }
    }

    /// Where a window before `start` that must not reach back past a name
    /// begins: the end of the last name before `start`, or `floor`.
    fn since_name(&self, text: &str, start: usize, floor: usize) -> usize {
        let k = self.name_ends.partition_point(|&e| e <= start);
        let from = if k == 0 { 0 } else { self.name_ends[k - 1] }.max(floor);
        // a finding's end is a char boundary; `floor` is one too
        if text.is_char_boundary(from) {
            from
        } else {
            floor
        }
    }

    /// Where the window before `[start, end)` may begin.
    fn floor(&self, start: usize) -> usize {
        let k = self.starts.partition_point(|&s| s < start);
        if k == 0 {
            0
        } else {
            self.max_end[k - 1].min(start)
        }
    }

    /// Where the window after `[start, end)` must end.
    fn ceil(&self, end: usize) -> usize {
        let k = self.starts.partition_point(|&s| s < end);
        self.starts.get(k).copied().unwrap_or(usize::MAX)
    }
}

/// Whether one finding is an organisation's contact, not personal data.
fn is_organisation(text: &str, f: &Finding, voc: &Vocabulary, n: &Neighbours) -> bool {
    let Some(m) = text.get(f.start..f.end) else {
        return false;
    };
    if voc.is_own_contact(f.kind, m) {
        return true;
    }
    let floor = n.floor(f.start);
    // `floor` is the end of an earlier finding or 0: a char boundary
    let floor = if text.is_char_boundary(floor) {
        floor
    } else {
        0
    };
    match f.kind {
        EntityType::Email => email::is_organisation(m),
        EntityType::Phone => {
            if phone::is_service_number(m) {
                return true;
            }
            let b = before(text, f.start, floor);
            if registration(m, &b) {
                return true;
            }
            let a = after(text, f.end, n.ceil(f.end));
            // "l'accueil, c'est Awa : 06…": past a name, the line is hers
            let bn = before(text, f.start, n.since_name(text, f.start, floor));
            let generic = has_any(&bn, GENERIC_LINE) || has_any(&a, GENERIC_LINE);
            (has_any(&bn, SWITCHBOARD)
                || has_any(&a, SWITCHBOARD)
                || generic && !is_mobile(m)
                || possessed(&bn, OUR)
                || !is_mobile(m) && beside_role_mailbox(text, f.start, f.end))
                && !personal(&b)
                && !personal(&a)
        }
        EntityType::Iban => {
            let b = before(text, f.start, floor);
            let a = after(text, f.end, n.ceil(f.end));
            // a gift that names no giver goes to the association: "pour un
            // don : BE…" is its account; "le don de Léa via BE…", "Awa a
            // fait un don par virement (BE…)" or "pour un don, voyez Awa :
            // BE…" a person's (a name in the window shortens it)
            let named = before(text, f.start, n.since_name(text, f.start, floor)) != b;
            let org = !named && has_any(&b, DONATION)
                || in_identity_block(text, f.start, f.end, n)
                || possessed(&b, OUR)
                || of_organisation(&b)
                || of_organisation(&a);
            org && !personal(&b)
                && !personal(&a)
                && !has_any(&b, PERSONAL_ACCOUNT)
                && !has_any(&a, PERSONAL_ACCOUNT)
        }
        // an address no person or residence is tied to (grey), in the
        // organisation's identity block
        EntityType::Address => f.grey && in_identity_block(text, f.start, f.end, n),
        EntityType::Card | EntityType::Nir | EntityType::BeNrn => {
            registration(m, &before(text, f.start, floor))
        }
        _ => false,
    }
}

/// Drops the findings that are an organisation's contact data: the
/// association's own (its [`Vocabulary`]) and any organisation's (role
/// mailboxes, service numbers, switchboards, registration numbers, the
/// account for donations).
///
/// What lies inside a dropped finding goes with it (the digits of a Dutch
/// IBAN also read as a phone number).
pub fn drop_organisation_contacts(text: &str, voc: &Vocabulary, found: &mut Vec<Finding>) {
    let n = Neighbours::of(text, found);
    let drop: Vec<bool> = found
        .iter()
        .map(|f| is_organisation(text, f, voc, &n))
        .collect();
    if !drop.contains(&true) {
        return;
    }
    let mut gone: Vec<(usize, usize)> = found
        .iter()
        .zip(&drop)
        .filter(|(_, &d)| d)
        .map(|(f, _)| (f.start, f.end))
        .collect();
    crate::sort::sort(&mut gone);
    let mut reach = Vec::with_capacity(gone.len());
    let mut m = 0;
    for g in &gone {
        m = m.max(g.1);
        reach.push(m);
    }
    let inside = |f: &Finding| {
        let k = gone.partition_point(|g| g.0 <= f.start);
        k > 0 && reach[k - 1] >= f.end
    };
    let mut k = 0;
    found.retain(|f| {
        let d = drop[k];
        k += 1;
        !d && !inside(f)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mobiles_of_other_countries() {
        for m in [
            "+44 7700 900123",
            "+44 (0)7700 900 123",
            "0044 7700 900123",
            "07700 900123",
            "+49 151 23456789",
            "+212 6 12 34 56 78",
            "+221 77 123 45 67",
            "+40 721 234 567",
        ] {
            assert!(is_mobile(m), "{m}");
        }
        for m in [
            "+44 20 7946 0018",
            "020 7946 0018",
            "+49 30 1234567",
            "+212 5 22 12 34 56",
        ] {
            assert!(!is_mobile(m), "{m}");
        }
        assert!(MOBILE_PREFIXES
            .iter()
            .all(|p| p.starts_with('+') && p[1..].bytes().all(|b| b.is_ascii_digit())));
    }

    #[test]
    fn french_04_numbers_are_landlines() {
        for m in ["04 78 62 15 30", "04.91.22.33.44", "04-72-10-20-30"] {
            assert!(!is_mobile(m), "{m}");
        }
        for m in [
            "0478 62 15 30",
            "0478/62.15.30",
            "0478621530",
            "06 12 34 56 78",
        ] {
            assert!(is_mobile(m), "{m}");
        }
        // beside a role mailbox in the same line, a French landline is the
        // organisation's, whatever the words around it
        dropped("Contact : secretariat@entraide.fr – 04 78 62 15 30.");
        dropped("Renseignements : accueil@voisins.org ou le 04 91 22 33 44");
        stays(
            "Contact : secretariat@entraide.fr – 0478 62 15 30",
            "0478 62 15 30",
        );
    }

    #[test]
    fn mobiles_by_their_shape() {
        for m in [
            "06 12 34 56 78",
            "+33 7 12 34 56 78",
            "0478 12 34 56",
            "07700 900123",
        ] {
            assert!(is_mobile(m), "{m}");
        }
        for m in [
            "071 30 45 62",
            "02 538 41 20",
            "01 48 20 33 91",
            "04 223 18 55",
            "070 123 456",
        ] {
            assert!(!is_mobile(m), "{m}");
        }
    }

    #[test]
    fn cue_lookup_agrees_with_a_plain_scan() {
        fn plain(words: &str, cues: &[&str]) -> bool {
            cues.iter().any(|c| words.contains(&format!(" {c} ")))
        }
        let windows = [
            " appelez le standard ",
            " appelez nous au ",
            " call center ",
            " call ",
            " centre d appel de la ville ",
            " son numero perso ",
            " n d entreprise bce ",
            " kamer van koophandel ",
            " kamer van ",
            " infos et inscriptions ",
            " informations ",
            " ",
            " a b c d e f g h i j k l m n o p q r s t u v w x y z numero vert ",
        ];
        for w in windows {
            for t in [
                SWITCHBOARD,
                REGISTRATION,
                DONATION,
                PERSONAL,
                PERSONAL_ACCOUNT,
            ] {
                assert_eq!(has_any(w, t), plain(w, t), "{w:?}");
            }
        }
    }

    #[test]
    fn tables_are_sorted() {
        for t in [
            SWITCHBOARD,
            GENERIC_LINE,
            REGISTRATION,
            DONATION,
            POSSESSIVE,
            OUR,
            CONTACT_NOUN,
            ORG_NOUN,
            PERSONAL,
            PERSONAL_ACCOUNT,
            STOPS,
        ] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{t:?}");
            // `has_any` matches runs of words: a cue holding another cue
            // of its table would never decide anything
            for cue in t.iter().filter(|c| c.contains(' ')) {
                let words: Vec<&str> = cue.split(' ').collect();
                for len in 1..words.len() {
                    for run in words.windows(len) {
                        assert!(
                            !t.contains(&run.join(" ").as_str()),
                            "{cue} holds a shorter cue"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn folds_words() {
        assert_eq!(fold_words("N° d'Entreprise :"), " n d entreprise ");
        assert_eq!(fold_words("Numéro VERT"), " numero vert ");
        assert_eq!(fold_words(""), " ");
        assert_eq!(fold_words("à Personne_001 : _x"), " a personne_001 x ");
    }

    #[test]
    fn sentences_end_after_short_names_not_abbreviations() {
        let ends = |w: &str| sentence_end(w, w.len() - 1);
        for w in [
            "voyez Awa.",
            "ask Tom.",
            "bel Jan.",
            "avec Léa.",
            "Personne_001.",
            "au 12.",
            ".",
        ] {
            assert!(ends(w), "{w}");
        }
        for w in [
            "Tél.", "tel.", "n.", "Mme.", "art.", "M.", "J.", "Dr.", "Av.", "nr.",
        ] {
            assert!(!ends(w), "{w}");
        }
        assert_eq!(fold_words("Œuvre 🌱 ß"), " oeuvre ß ");
    }

    #[test]
    fn windows_stop_at_sentences_lines_and_neighbours() {
        let t = "Fin de phrase. Standard : X";
        let s = t.find('X').unwrap_or(0);
        assert_eq!(before(t, s, 0), " standard ");
        let t = "Tél. standard 01";
        assert_eq!(before(t, t.len() - 2, 0), " tel standard ");
        let t = "standard\nMarie X";
        assert_eq!(before(t, t.len() - 1, 0), " marie ");
        assert_eq!(before("abc X", 4, 3), " ");
        assert_eq!(after("X (standard) ou autre", 1, usize::MAX), " standard ");
        assert_eq!(after("X ou le standard", 1, usize::MAX), " ");
        assert_eq!(after("X. Standard", 1, usize::MAX), " ");
        assert_eq!(after("é", 1, usize::MAX), " ");
    }

    #[test]
    fn registration_checksums() {
        assert!(is_siren_or_siret("732829320"));
        assert!(is_siren_or_siret("73282932000074"));
        assert!(!is_siren_or_siret("732829321"));
        assert!(is_be_enterprise("0417497106"));
        assert!(!is_be_enterprise("0417497107"));
        assert!(is_fr_vat("44732829320"));
        assert!(!is_fr_vat("45732829320"));
    }

    fn kept_with(text: &str, voc: &Vocabulary) -> Vec<String> {
        use crate::detectors::{be_nrn, card, iban, nir};
        let mut found = Vec::new();
        iban::find(text, &mut found);
        email::find(text, &mut found);
        phone::find(text, &mut found);
        card::find(text, &mut found);
        nir::find(text, &mut found);
        be_nrn::find(text, &mut found);
        drop_organisation_contacts(text, voc, &mut found);
        // what the checker's overlap resolution would do: nested findings go
        let all = found.clone();
        found.retain(|f| {
            !all.iter()
                .any(|g| g != f && g.start <= f.start && f.end <= g.end)
        });
        found
            .iter()
            .map(|f| text.get(f.start..f.end).unwrap_or("").to_string())
            .collect()
    }

    fn kept(text: &str) -> Vec<String> {
        kept_with(text, &Vocabulary::default())
    }

    #[track_caller]
    fn dropped(text: &str) {
        assert_eq!(kept(text), Vec::<String>::new(), "{text}");
    }

    #[track_caller]
    fn stays(text: &str, what: &str) {
        assert_eq!(kept(text), [what], "{text}");
    }

    #[test]
    fn role_mailboxes() {
        dropped("Écrivez à contact@jardins-solidaires.org.");
        dropped("INFO@Jardins.be, Benevolat.Bruxelles@asbl.be, info-nl@vzw.be");
        dropped("contact.asbl@gmail.com ou onthaal@vzw-tuin.be, vrijwilligers@tuin.nl");
        dropped("no-reply@asso.fr, noreply@asso.fr, do_not_reply@asso.fr, dpo@asso.fr");
        dropped("Send it to volunteers@charity.org.uk or hr@charity.org.uk.");
        dropped("Pseudonymes : contact_001@exemple.invalid, Contact_042@example.invalid, contact_7@voorbeeld.invalid");
        dropped("jan@example.org, marie@sub.example.com, x@test.test");
        stays(
            "Écrivez à contact@jardins.org ou marie.dupont@jardins.org",
            "marie.dupont@jardins.org",
        );
        stays("mdupont@jardins.org", "mdupont@jardins.org");
        stays(
            "Fatou : fatou.diallo82@hotmail.fr",
            "fatou.diallo82@hotmail.fr",
        );
        stays(
            "Mail van Jan: jan.peeters@telenet.be",
            "jan.peeters@telenet.be",
        );
        stays("marie@example.fr", "marie@example.fr");
    }

    #[test]
    fn switchboards_fr_en_nl() {
        dropped("Standard : 01 23 45 67 89");
        dropped("STANDARD: 01.23.45.67.89.");
        dropped("Accueil téléphonique du lundi au vendredi de 9h à 17h : 01 43 55 66 77");
        dropped("Permanence au 04 91 00 00 00, le mardi.");
        dropped("Ligne d'écoute : 01 40 00 00 00");
        dropped("Secrétariat : +33 1 23 45 67 89");
        dropped("Tél. standard 0033 1 23 45 67 89");
        dropped("Switchboard: +44 20 7946 0000");
        dropped("Main office +32 2 512 34 56 (9am to 5pm)");
        dropped("Our helpline is open daily: +33 (0)1 23 45 67 89");
        dropped("Centrale: 02 512 34 56");
        dropped("Onthaal 09 123 45 67");
        dropped("Hulplijn: +31 20 123 4567");
        dropped("Wij zijn telefonisch bereikbaar op 010 123 4567.");
        // the cue after the number, in apposition
        dropped("01 23 45 67 89 (standard)");
        dropped("02 512 34 56 – onthaal");
        dropped("+31 20 123 4567 (hotline)");
        // a generic heading is enough for a landline…
        dropped("Infos : 071 30 45 62.");
        dropped("Contact: +32 2 513 90 20");
        dropped("Inlichtingen: 09 123 45 67");
    }

    #[test]
    fn a_generic_heading_does_not_make_a_mobile_an_office_line() {
        for t in [
            "Rendez-vous fixé avec Aimé Dupont mardi 14h. Contact : 06 35 25 95 33.",
            "Appointment with Jo on Friday. Contact: +33 6 35 25 95 33",
            "Afspraak met Wim op dinsdag. Contact: 0478 12 34 56",
            "Infos : 06.12.34.56.78",
            "Inlichtingen: +32 478 12 34 56",
        ] {
            assert_eq!(kept(t).len(), 1, "{t}");
        }
    }

    #[test]
    fn personal_cues_win() {
        stays(
            "Standard : 01 23 45 67 89, son portable : 06 12 34 56 78",
            "06 12 34 56 78",
        );
        stays(
            "Le standard transmettra, mais son portable est le 06 12 34 56 78",
            "06 12 34 56 78",
        );
        stays("GSM de Fatou (permanence) : 0475 12 34 56", "0475 12 34 56");
        stays(
            "The hotline is busy, call her mobile +33 6 12 34 56 78",
            "+33 6 12 34 56 78",
        );
        stays("Hulplijn of zijn gsm: 0475 12 34 56", "0475 12 34 56");
        stays(
            "Mon numéro perso, pas celui du standard : 06 12 34 56 78",
            "06 12 34 56 78",
        );
        // the cue belongs to the other number, another sentence, another line
        stays(
            "Appelez Marie au 06 12 34 56 78 ou le standard au 01 23 45 67 89",
            "06 12 34 56 78",
        );
        stays(
            "Le standard est fermé. Rappeler le 06 12 34 56 78",
            "06 12 34 56 78",
        );
        stays("Standard\nJean : 06 12 34 56 78", "06 12 34 56 78");
        stays("Rappeler le 06 12 34 56 78", "06 12 34 56 78");
    }

    #[test]
    fn service_numbers_whatever_the_words() {
        dropped("Appelez le 0 800 05 95 95 ou le 3919, le 116 000, le 115.");
        dropped("Numéro vert 0805 12 34 56 et +33 800 12 34 56");
        dropped("Gratis: 0800 12 345, Infolijn 078 15 15 15, +32 70 12 34 56");
        dropped("Bel 088 123 4567 of +31 88 123 4567");
    }

    #[test]
    fn registration_numbers() {
        dropped("N° d'entreprise : BE 0417.497.106");
        dropped("numéro d'entreprise 0417 497 106");
        dropped("BCE : 0417497106 ; KBO 0417.497.106");
        dropped("Ondernemingsnummer 0417.497.106, BTW BE 0417.497.106");
        dropped("VAT: BE 0417 497 106");
        dropped("SIRET : 732 829 320 00074, SIREN 732829320, RNA W751234567");
        dropped("TVA FR44 732829320, KvK 12345678");
        // after its cue, the 4.3.3 grouping is an enterprise number even
        // with a mistyped digit; other groupings need the checksum
        dropped("N° d'entreprise : 0417.497.107");
        stays("N° d'entreprise : 0417 49 71 07", "0417 49 71 07");
        // nor is a valid one without its cue
        stays("Appelle-moi au 0417.497.106", "0417.497.106");
    }

    const FR: &str = "FR76 3000 6000 0112 3456 7890 189";
    const BE: &str = "BE68 5390 0754 7034";
    const GB: &str = "GB29 NWBK 6016 1331 9268 19";
    const NL: &str = "NL91 ABNA 0417 1643 00";

    #[test]
    fn donation_accounts() {
        for i in [FR, BE, GB, NL] {
            assert!(crate::detectors::iban::is_valid(
                &crate::detectors::iban::compact(i)
            ));
        }
        dropped(&format!("Pour faire un don : {FR}"));
        dropped(&format!("Dons : {BE}."));
        dropped(&format!("Faites un don sur notre compte {FR}"));
        dropped(&format!("Donate: {GB}"));
        dropped(&format!("Steun ons: {NL}"));
        dropped(&format!("Gift op het rekeningnummer van de vzw {BE}"));
        dropped(&format!("Schenkingen: {BE}"));
        dropped(&format!("IBAN de l'association : {FR}"));
        dropped(&format!("Please transfer to our account {GB}"));
        dropped(&format!("Virement : {BE} (compte de l'ASBL)"));
    }

    #[test]
    fn paying_the_association_for_what_it_offers() {
        // what members and visitors pay for, in the three languages,
        // singular and plural, before or after the account
        dropped(&format!("Inscription : 10 € par personne sur {BE}."));
        dropped(&format!("Les inscriptions se font par virement au {FR}"));
        dropped(&format!("PAF 5 € — {BE}"));
        dropped(&format!("Participation aux frais : 8 € sur {FR}"));
        dropped(&format!("Pour renouveler votre adhésion, {FR}"));
        dropped(&format!(
            "Vos billets sont confirmés après paiement sur {BE}"
        ));
        dropped(&format!("Nos coordonnées bancaires : {FR}"));
        dropped(&format!("L'asbl a un nouveau compte : {BE}"));
        dropped(&format!("Tickets are €8, bank details {GB}"));
        dropped(&format!("Membership renewals go to {GB}"));
        dropped(&format!("The fee is payable to {GB}"));
        dropped(&format!("Het lidmaatschap betaal je op {NL}"));
        dropped(&format!("Inschrijven door te storten op {NL}"));
        dropped(&format!("Je bijdrage mag op {BE}"));
        // a payment verb alone does not say who is paid
        stays(&format!("Virement : {BE}"), BE);
        stays(&format!("Please pay by transfer to {GB}"), GB);
        stays(&format!("Overschrijven op {NL}"), NL);
        // nor does a fee that is somebody's expenses
        stays(
            &format!("Note de frais, participation aux frais : {FR}"),
            FR,
        );
        stays(&format!("Expenses and fees paid out of pocket: {GB}"), GB);
        stays(&format!("Onkosten en bijdrage terugstorten op {NL}"), NL);
    }

    #[test]
    fn personal_accounts_stay() {
        stays(&format!("son IBAN : {FR}"), FR);
        stays(&format!("Rembourser Fatou sur {FR}"), FR);
        stays(&format!("Please refund her account {GB}"), GB);
        stays(&format!("Dons reçus, à rembourser à Marie sur {BE}"), BE);
        stays(&format!("Stort terug op zijn rekening {NL}"), NL);
        stays(&format!("IBAN : {BE}"), BE);
    }

    #[test]
    fn own_contacts_from_the_vocabulary() {
        let voc = Vocabulary {
            own_contacts: crate::vocabulary::OwnContacts {
                domains: vec!["jardins.org".into()],
                phones: vec!["+33 6 11 22 33 44".into()],
                ibans: vec![BE.into()],
                ..Default::default()
            },
            ..Vocabulary::default()
        };
        let t = format!(
            "Appelez le 06 11 22 33 44, versez sur {BE}, écrivez à benevolat.lyon.paris@jardins.org \
             ou à paul.martin@jardins.org"
        );
        assert_eq!(kept_with(&t, &voc), ["paul.martin@jardins.org"]);
        assert_eq!(kept(&t).len(), 4);
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for t in [
            "é@é.fr 0€ standard",
            "Standard : ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé 01 23 45 67 89",
            "01 23 45 67 89é standard",
            "🌱01 23 45 67 89🌱 (standard)🌱",
            "dons BE68 5390 0754 7034🌱",
            "\u{2028}+33 1 23 45 67 89\u{2029}",
        ] {
            let _ = kept(t);
        }
    }
}
