//! Sentence-level context shared by the word detectors: is this sentence
//! about one specific person, a general topic, or statistics about the
//! association's public?
//!
//! Why sentences: "Mme Martin est diabétique" and "atelier de prévention du
//! diabète ouvert à tous" contain the same word; what differs is whether a
//! specific individual is the subject nearby.  A sentence is the smallest
//! unit that reliably holds both the word and its subject.

use crate::detectors::Finding;
use crate::lexicon::class::{
    CONNECTOR, FUNCTION, LINK, MONTH, OURS, PERSON_PRONOUN, PERSON_VERB, POPULATION_NOUN,
    PREPOSITION, PSEUDO, QUANTIFIER, ROLE_NOUN, SINGULAR_DET, SMALL_NUMBER, TOPIC_CUE, WEEKDAY,
};
use crate::text::{Doc, F_DIGIT};
use crate::words::{words, Words};

/// Per-sentence facts.
#[derive(Clone, Copy, Debug, Default)]
pub struct SentenceCtx {
    /// A specific individual is mentioned (name, title, pronoun, "notre
    /// bénéficiaire", "one of our members").
    pub individual: bool,
    /// Words typical of a general topic (workshop, prevention, article...).
    pub topic: bool,
    /// A quantity about the association's population ("60 % de nos
    /// adhérents", "most of the families we support").
    pub aggregate: bool,
    /// The association speaks of itself ("notre", "nous", "our", "we").
    pub ours: bool,
}

pub(crate) const QUANTIFIERS: Words = words![
    "majoritairement",
    "majorite",
    "plupart",
    "moitie",
    "tiers",
    "quart",
    "pourcent",
    "minorite",
    "proportion",
    "part",
    "most",
    "majority",
    "half",
    "third",
    "quarter",
    "percent",
    "share",
    "minority",
];

/// Words linking a subject to an attribute ("est", "souffre", "has").
pub(crate) const LINKS: Words = words![
    "est",
    "etait",
    "sont",
    "a",
    "avait",
    "ont",
    "fait",
    "suit",
    "souffre",
    "souffrant",
    "atteint",
    "atteinte",
    "diagnostique",
    "diagnostiquee",
    "traite",
    "traitee",
    "sous",
    "traitement",
    "porte",
    "vote",
    "votent",
    "milite",
    "pratique",
    "devenu",
    "devenue",
    "reste",
    "reconnu",
    "reconnue",
    "confie",
    "qu",
    "etre",
    "is",
    "was",
    "are",
    "has",
    "had",
    "have",
    "suffers",
    "suffering",
    "diagnosed",
    "treated",
    "takes",
    "votes",
    "became",
    "being",
    "son",
    "sa",
    "ses",
    "his",
    "her",
    "my",
    "mon",
    "ma",
    "mes",
    "leur",
    "their",
    "sort",
    "sorti",
    "sortie",
];

/// Numbers small enough for a group whose members can be told apart.
pub(crate) const SMALL_NUMBERS: Words = words![
    "deux", "trois", "quatre", "cinq", "six", "two", "three", "four", "five", "twee", "drie",
    "vier", "vijf", "zes", "2", "3", "4", "5", "6",
];

/// Digits carry no word class, so they are looked up in the list itself:
/// "les 4 ados" is as small a group as "les quatre ados".
fn small_number(doc: &Doc, i: usize) -> bool {
    let listed = doc.class_is(i, SMALL_NUMBER)
        || doc.tokens.get(i).is_some_and(|t| t.has(F_DIGIT)) && SMALL_NUMBERS.has(doc.f(i));
    listed && !doc.gap_before(i + 1).contains('%')
}

/// Whether the topic cue at `i` really marks a topic.  "tous" and "toutes"
/// do after a preposition ("ouvert à tous", "pour toutes"), not as a
/// frequency or a floating quantifier ("tous les dimanches", "ils sont
/// tous suivis"), which say something about the people themselves.
pub(crate) fn topic_cue_at(doc: &Doc, i: usize) -> bool {
    if !doc.class_is(i, TOPIC_CUE) {
        return false;
    }
    // "journée" names an event when something follows ("journée mondiale
    // du diabète", "journée de sensibilisation"), a time when nothing does
    // ("il ne mange pas la journée")
    if doc.is(i, &["journee"]) {
        return doc.is(
            i + 1,
            &[
                "mondiale",
                "internationale",
                "nationale",
                "europeenne",
                "de",
                "d",
                "du",
                "des",
                "sans",
                "portes",
                "thematique",
            ],
        );
    }
    !doc.is(i, &["tous", "toutes"]) || i > 0 && doc.is(i - 1, &["a", "pour", "par", "de"])
}

/// Computes the context of every sentence.  `persons` are PERSON findings.
pub fn sentences(doc: &Doc, persons: &[Finding]) -> Vec<SentenceCtx> {
    let mut out = Vec::with_capacity(doc.sentences.len());
    let mut p = 0usize;
    for &(s0, s1) in &doc.sentences {
        let mut c = SentenceCtx::default();
        if s1 <= s0 {
            out.push(c);
            continue;
        }
        let start = doc.tokens[s0].start as usize;
        let end = doc.tokens[s1 - 1].end as usize;
        while p < persons.len() && persons[p].end <= start {
            p += 1;
        }
        c.individual = persons[p..]
            .iter()
            .take_while(|f| f.start < end)
            .any(|f| f.end > start);
        let mut pct = false;
        let mut population = false;
        let mut ratio = false;
        for i in s0..s1 {
            let t = doc.tokens[i];
            if t.class == 0 && !t.has(F_DIGIT) {
                continue; // nothing below applies to a word of no class
            }
            if t.is(PERSON_PRONOUN) {
                c.individual = true;
            }
            // Dutch determiners are left out of SINGULAR_DET ("de" is a
            // French preposition, "onze" a French number) and read here:
            // "onze penningmeester", "een vrijwilliger"
            let dutch_det = || doc.is(i, &["onze", "mijn", "een", "deze", "jouw", "uw"]);
            if t.is(SINGULAR_DET) || dutch_det() {
                let next_role = (i + 1..(i + 3).min(s1)).any(|k| role_at(doc, k));
                if next_role {
                    c.individual = true;
                }
            }
            // "un de nos adhérents", "one of our members"
            if t.is(SINGULAR_DET)
                && matches!(doc.f(i), "un" | "une" | "one")
                && doc.is(i + 1, &["de", "des", "d", "of"])
                && doc.is(i + 2, &["nos", "our", "vos", "your", "mes", "my"])
            {
                c.individual = true;
            }
            // a pseudonym code ("Bénéficiaire_037") still points at one
            // person: what is said of them stays sensitive
            if t.is(PSEUDO) && doc.is_code(i) {
                c.individual = true;
            }
            // a small group of the association's people: "les trois
            // mamans", "two of our volunteers", "de drie jongeren"
            if small_number(doc, i)
                && (i + 1..(i + 4).min(s1)).any(|k| {
                    doc.class_is(k, ROLE_NOUN | POPULATION_NOUN) || group_compound(doc.f(k))
                })
            {
                c.individual = true;
            }
            if t.is(TOPIC_CUE) && topic_cue_at(doc, i) {
                c.topic = true;
            }
            if ratio_at(doc, i) {
                ratio = true;
            }
            if t.is(QUANTIFIER) || t.has(F_DIGIT) && doc.gap_before(i + 1).contains('%') {
                pct = true;
            }
            if t.is(POPULATION_NOUN)
                && i > s0
                && doc.is(i - 1, &["nos", "our", "des", "les", "the", "of", "de", "d"])
            {
                population = true;
            }
            if t.is(OURS) {
                c.ours = true;
            }
        }
        if doc.text.get(start..end).is_some_and(|s| s.contains('%')) {
            pct = true;
        }
        c.aggregate = pct && population;
        // a ratio is a statistic: "1 in 4 people", "une personne sur
        // trois" name no one, whatever role or number they hold
        if ratio {
            c.topic = !population;
            c.aggregate = population;
            c.individual = false;
        }
        out.push(c);
    }
    out
}

/// A ratio of a population from token `i`: "1 in 4", "one in five", "1
/// sur 3", "1 op de 5", "two out of three": a statistic about people in
/// general, not about someone.
fn ratio_at(doc: &Doc, i: usize) -> bool {
    use crate::terms::is_number;
    // two bit tests first: this runs on every word, and a number-word
    // lookup walks a list ("une personne sur trois": "une" is a determiner)
    let t = doc.tokens[i];
    let one = || t.is(SINGULAR_DET) && matches!(doc.f(i), "un" | "une" | "one" | "een");
    if !(t.has(F_DIGIT) || t.is(SMALL_NUMBER) || one()) {
        return false;
    }
    // "une personne sur trois" has a noun between the numbers
    let link = if doc.is(i + 1, &["in", "sur", "op", "out"]) {
        i + 1
    } else if doc.is(i + 2, &["in", "sur", "op"]) {
        i + 2
    } else {
        return false;
    };
    if !is_number(doc, i) {
        return false;
    }
    let k = if doc.is(link + 1, &["de", "of"]) {
        link + 2
    } else {
        link + 1
    };
    is_number(doc, k)
}

/// Role nouns that are adjectives first: before a noun they describe it
/// ("le nouveau planning", "la nouvelle salle", "a new rota"), alone they
/// are the person ("le nouveau est arrivé", "la petite du mardi").
const ADJECTIVE_ROLES: &[&str] = &[
    "nouveau", "nouvelle", "petit", "petite", "jeune", "senior", "nieuwe", "new",
];

/// Whether token `k` is a role noun naming a person, not an adjective of
/// [`ADJECTIVE_ROLES`] in front of the noun it describes: the word after
/// it is a lower-case word that is no grammar word, weekday or verb (a
/// thing: "planning", "logo"; or another role noun: in "la nouvelle
/// bénévole" the role is the next word).
pub fn role_at(doc: &Doc, k: usize) -> bool {
    if !doc.class_is(k, ROLE_NOUN) {
        return false;
    }
    if !doc.is(k, ADJECTIVE_ROLES) {
        return true;
    }
    let next = doc.tokens.get(k + 1);
    let before_noun = next.is_some_and(|t| {
        t.gap & crate::text::G_SPACES != 0
            && t.has(crate::text::F_ALPHA)
            && !t.has(crate::text::F_CAP)
            && !t.is(FUNCTION | PREPOSITION | CONNECTOR | LINK | PERSON_VERB | WEEKDAY | MONTH)
    });
    // "le petit groupe du lundi": a handful of people, as singled out as
    // one person
    !before_noun || doc.is(k + 1, GROUP_NOUNS)
}

/// A hyphenated word whose last part names people: "Roma-gezinnen",
/// "Syrian-families", "ado-parents".
fn group_compound(w: &str) -> bool {
    w.rsplit_once('-')
        .is_some_and(|(_, tail)| crate::lexicon::POPULATION_NOUNS.has(tail))
}

/// Nouns of a small group of people ("le petit groupe du lundi").
const GROUP_NOUNS: &[&str] = &[
    "groupe", "group", "groep", "groepje", "bande", "trio", "duo",
];

/// Whether one of the `before` tokens preceding token `i` (same sentence)
/// is a link word.
///
/// "c'est" is not a link (it introduces a generality, not a subject), and a
/// subject pronoun right before the word is one ("elle fait le carême").
pub fn linked(doc: &Doc, i: usize, before: usize) -> bool {
    let s = doc.tokens.get(i).map_or(0, |t| t.sentence);
    let link = (i.saturating_sub(before)..i).any(|k| {
        doc.tokens[k].sentence == s
            && doc.tokens[k].is(LINK)
            && !(k > 0 && doc.f(k) == "est" && doc.is(k - 1, &["c", "ce"]))
    });
    let subject = (i.saturating_sub(2)..i).any(|k| {
        doc.tokens[k].sentence == s && doc.is(k, &["il", "elle", "he", "she", "je", "j", "i"])
    });
    link || subject
}
