//! Indirect identification (method, category 3): no name, but details that
//! single one person out.
//!
//! - Uniqueness: "la seule bénéficiaire qui…", "the only volunteer who…".
//! - A definite individual with a specific detail: "le garçon qui vient le
//!   mercredi", "le jeune de 17 ans qui…".
//! - A relative of a named role: "la fille de notre trésorier".
//! - A private role at one activity in one place: "la dame du vestiaire de
//!   Jemeppe", "de vrijwilligster van de kledingbank in Ronse", "the lady
//!   from the food bank in Ciney" (role + small place).
//! - Combinations in one sentence about someone: age + place + situation
//!   (any two), as the method puts it ("âge + ville + situation").
//! - Statistics about the association's public: grey (reported, precaution).

use super::{Finding, Why};
use crate::context::SentenceCtx;
use crate::lexicon::class::SINGULAR_DET;
use crate::lexicon::class::{
    DEFINITE as DEFINITE_CLASS, FUNCTION, KIN as KIN_CLASS, PLACE, PUBLISHED,
    RESIDENCE as RESIDENCE_CLASS, ROLE_NOUN, SITUATION as SITUATION_CLASS, SUPERLATIVE, UNIQUE,
    WEEKDAY,
};
use crate::report::EntityType;
use crate::text::{Doc, F_ALPHA, F_CAP, F_DIGIT, F_HAS_DIGIT, F_SENT, G_SPACES};
use crate::words::{words, Words};

/// Everyday roles that single out a private person once tied to one
/// activity and one place.  Offices (director, chair, coordinator…) are
/// left out: "la directrice du CPAS de Namur" is a public function.
const PRIVATE_ROLES: &[&str] = &[
    "dame",
    "monsieur",
    "madame",
    "femme",
    "homme",
    "benevole",
    "benevoles",
    "volontaire",
    "chauffeur",
    "chauffeuse",
    "cuisinier",
    "cuisiniere",
    "jardinier",
    "jardiniere",
    "gardien",
    "gardienne",
    "concierge",
    "lady",
    "man",
    "woman",
    "gentleman",
    "guy",
    "volunteer",
    "driver",
    "cook",
    "caretaker",
    "gardener",
    "vrijwilliger",
    "vrijwilligster",
    "mevrouw",
    "meneer",
    "vrouw",
    "kok",
    "tuinman",
    "conciergeman",
];

/// Words that tie a role to an activity ("du", "van de", "from the") and
/// the activity to a place ("de", "in", "à", "te").
const ROLE_LINKS: &[&str] = &["du", "de", "d", "van", "of", "at", "from", "bij", "uit"];
/// Definite articles before a role: "le chauffeur", "the driver", "de vrijwilliger".
pub(crate) const ROLE_ARTICLES: &[&str] = &["la", "l", "le", "de", "het", "the"];
const PLACE_LINKS: &[&str] = &["de", "d", "du", "in", "a", "te", "at", "from", "uit", "van"];

/// "la dame du vestiaire de Jemeppe", "de vrijwilligster van de
/// kledingbank in Ronse", "the lady from the food bank in Ciney": from
/// token `i` (a determiner), a private role, the activity it works at and
/// the place of that activity.  Returns the place's token.
fn role_at_place(doc: &Doc, i: usize) -> Option<usize> {
    let n = doc.tokens.len();
    if !doc.class_is(i, DEFINITE_CLASS) || !doc.is(i + 1, PRIVATE_ROLES) || doc.is_code(i + 1) {
        return None;
    }
    let s = doc.tokens[i].sentence;
    let same = |k: usize| {
        k < n && doc.tokens[k].sentence == s && !doc.gap_before(k).contains([',', ';', ':', '('])
    };
    let mut k = i + 2;
    if !same(k) || !doc.is(k, ROLE_LINKS) {
        return None;
    }
    k += 1;
    if doc.is(k, ROLE_ARTICLES) {
        k += 1;
    }
    // the activity: one or two lower-case words ("vestiaire", "food bank")
    let activity = |k: usize| {
        same(k)
            && doc.tokens[k].has(F_ALPHA)
            && !doc.tokens[k].has(F_CAP)
            && !doc.class_is(k, WEEKDAY)
    };
    if !activity(k) {
        return None;
    }
    if activity(k + 1) && !doc.is(k + 1, PLACE_LINKS) {
        k += 1;
    }
    let link = k + 1;
    let place = link + 1;
    if !same(link) || !doc.is(link, PLACE_LINKS) || !same(place) {
        return None;
    }
    let t = doc.tokens[place];
    // a known town, a capitalised name, or in a text written without
    // capitals a word no list knows ("de jemeppe")
    let chat = !doc.tokens[doc.sentences[s as usize].0].has(F_CAP);
    let named = t.is(PLACE)
        || t.has(F_CAP) && !t.has(F_SENT) && t.has(F_ALPHA)
        || chat && t.class == 0 && t.has(F_ALPHA) && t.fend - t.fstart >= 4;
    (named && !t.has(F_HAS_DIGIT) && !doc.is_code(place)).then_some(place)
}

pub(crate) const WEEKDAYS: Words = words![
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lundis",
    "mardis",
    "mercredis",
    "jeudis",
    "vendredis",
    "samedis",
    "dimanches",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "maandagen",
    "dinsdagen",
    "woensdagen",
    "donderdagen",
    "vrijdagen",
    "zaterdagen",
    "zondagen",
    // Dutch adverbs: "zaterdags", "'s maandags"
    "maandags",
    "dinsdags",
    "woensdags",
    "donderdags",
    "vrijdags",
    "zaterdags",
    "zondags",
];
pub(crate) const DEFINITE: Words = words![
    "le", "la", "l", "the", "ce", "cette", "cet", "that", "this", "de", "het", "die", "deze",
    "notre", "our", "onze", "ons",
];

/// Superlatives that single one person out of a group ("our oldest
/// member", "de jongste vrijwilliger", "la doyenne").  French builds them
/// with "plus" + an adjective of [`AGE_ADJECTIVES`].
pub(crate) const SUPERLATIVES: Words = words![
    "oldest",
    "youngest",
    "eldest",
    "longest-serving",
    "oudste",
    "jongste",
    "doyen",
    "doyenne",
    "benjamin",
    "benjamine",
];
/// Adjectives that make a French superlative after "plus" ("la plus
/// ancienne adhérente", "le plus jeune administrateur").
const AGE_ADJECTIVES: Words = words![
    "ancien", "ancienne", "jeune", "age", "agee", "vieux", "vieille", "vieil", "grand", "grande",
    "petit", "petite",
];

/// Words saying that figures are already public ("as published in our
/// annual report"): statistics so marked are no grey zone.
pub(crate) const PUBLISHED_MORE: Words = words![
    "report",
    "jaarverslag",
    "gepubliceerd",
    "gepubliceerde",
    "verslag",
    "website",
    "site",
    "publiees",
    "publication",
    "publicatie",
];
pub(crate) const KIN: Words = words![
    "fils",
    "fille",
    "mere",
    "pere",
    "femme",
    "mari",
    "epouse",
    "epoux",
    "frere",
    "soeur",
    "neveu",
    "niece",
    "cousin",
    "cousine",
    "compagnon",
    "compagne",
    "son",
    "daughter",
    "wife",
    "husband",
    "mother",
    "father",
    "brother",
    "sister",
    "partner",
    "nephew",
];
pub(crate) const RESIDENCE: Words = words![
    "vivant",
    "vit",
    "habite",
    "habitant",
    "loge",
    "originaire",
    "domicilie",
    "domiciliee",
    "residant",
    "lives",
    "living",
    "vient",
    "venu",
    "venue",
    "arrive",
    "arrivee",
    "born",
    "from",
];
pub(crate) const SITUATION: Words = words![
    "isolee",
    "isole",
    "seule",
    "seul",
    "chomage",
    "chomeur",
    "chomeuse",
    "rsa",
    "veuf",
    "veuve",
    "divorce",
    "divorcee",
    "separee",
    "separe",
    "sdf",
    "expulse",
    "expulsee",
    "celibataire",
    "monoparentale",
    "enfants",
    "etudiant",
    "etudiante",
    "retraite",
    "retraitee",
    "single",
    "unemployed",
    "widow",
    "widower",
    "divorced",
    "homeless",
    "retired",
    "jobless",
    "mother",
    "father",
    "pregnant",
];

fn is_age(doc: &Doc, i: usize) -> bool {
    // an age always has a digit: skip every other word with one bit test
    if !doc.tokens.get(i).is_some_and(|t| t.has(F_HAS_DIGIT)) {
        return false;
    }
    let f = doc.f(i);
    // "34-year-old"
    if f.contains("-year")
        && f.split('-')
            .next()
            .is_some_and(|n| n.parse::<u32>().is_ok_and(|v| v > 0 && v < 111))
    {
        return true;
    }
    if !doc.tokens.get(i).is_some_and(|t| t.has(F_DIGIT))
        || !f.parse::<u32>().is_ok_and(|v| v > 0 && v < 111)
    {
        return false;
    }
    let before = if i > 0 { doc.f(i - 1) } else { "" };
    if matches!(
        before,
        "depuis" | "pendant" | "dans" | "for" | "since" | "in" | "durant" | "y"
    ) {
        return false;
    }
    doc.is(i + 1, &["ans", "an"])
        || before == "aged"
        || doc.is(i + 1, &["years"]) && doc.is(i + 2, &["old"])
}

fn clause_end(doc: &Doc, from: usize, max: usize) -> usize {
    let n = doc.tokens.len();
    let mut last = from;
    let mut k = from + 1;
    while k < n && k <= from + max && doc.tokens[k].sentence == doc.tokens[from].sentence {
        if doc.gap_before(k).contains([',', ':', '(']) {
            break;
        }
        last = k;
        k += 1;
    }
    last
}

/// A superlative naming one member of a group, from token `i` (a
/// determiner or the superlative itself): the index of its role noun.
fn superlative(doc: &Doc, i: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let det = doc.class_is(i, DEFINITE_CLASS);
    let mut k = if det { i + 1 } else { i };
    if doc.f(k) == "plus" && AGE_ADJECTIVES.has(doc.f(k + 1)) {
        k += 2;
    } else if doc.class_is(k, SUPERLATIVE) && (det || doc.class_is(k, SUPERLATIVE)) {
        // "doyenne" is itself the person
        if matches!(doc.f(k), "doyen" | "doyenne" | "benjamin" | "benjamine") && det {
            return Some(k);
        }
        k += 1;
    } else {
        return None;
    }
    (k..(k + 2).min(n)).find(|&r| doc.class_is(r, ROLE_NOUN))
}

/// A definite role with a weekly slot, from token `i` (the determiner):
/// "le chauffeur du jeudi", "la bénévole du mardi soir", "the Tuesday
/// driver", "de vrijwilliger van dinsdag".  Returns the last token.
fn role_with_slot(doc: &Doc, i: usize) -> Option<usize> {
    if !doc.class_is(i, DEFINITE_CLASS) {
        return None;
    }
    // "the Tuesday driver", "de dinsdagchauffeur" aside: one phrase, and
    // the role no pseudonym code
    if doc.is(i, &["the", "our", "de", "het", "onze"])
        && doc.class_is(i + 1, WEEKDAY)
        && doc.class_is(i + 2, ROLE_NOUN)
        && doc.tokens.get(i + 2).is_some_and(|t| t.gap & G_SPACES != 0)
        && doc.tokens[i + 1].gap & G_SPACES != 0
        && !doc.is_code(i + 2)
    {
        return Some(i + 2);
    }
    let r = (i + 1..(i + 3).min(doc.tokens.len())).find(|&k| role_noun(doc, k))?;
    // "de Personne_001 le lundi": a pseudonym code is no role
    if doc.is_code(r) {
        return None;
    }
    let s = doc.tokens[r].sentence;
    // up to four words of complement ("animatrice de l'atelier poterie du vendredi")
    let day = (r + 1..(r + 9).min(doc.tokens.len()))
        .take_while(|&k| doc.tokens[k].sentence == s && !doc.gap_before(k).contains([',', ';']))
        .find(|&k| {
            doc.class_is(k, WEEKDAY) && doc.is(k - 1, &["du", "de", "des", "of", "van", "on", "le"])
        })?;
    Some(slot_end(doc, day))
}

/// Words of a habit that single someone out in a relative clause ("who
/// brings cakes every week", "qui passe chaque semaine").
const HABITS: Words = words![
    "week",
    "weeks",
    "weekly",
    "weekend",
    "semaine",
    "semaines",
    "hebdo",
    "wekelijks",
    "elke",
    "chaque",
    "every",
];

/// Words before the number of a home in a building.
const DOORS: Words = words![
    "flat",
    "apartment",
    "appartement",
    "appart",
    "number",
    "numero",
    "nummer",
    "room",
    "chambre",
    "kamer",
    "floor",
    "etage",
    "verdieping",
];

/// Times of day that narrow a weekly slot ("du mardi soir").
const TIMES_OF_DAY: Words = words![
    "matin",
    "midi",
    "soir",
    "apres-midi",
    "aprem",
    "morning",
    "afternoon",
    "evening",
    "night",
    "ochtend",
    "voormiddag",
    "middag",
    "namiddag",
    "avond",
];

/// The end of a weekly slot that starts with the weekday at `day`: the
/// time of day and the town that follow it belong to the description
/// ("le chauffeur du mardi soir à Wanze", "the Tuesday evening driver in
/// Ciney"), so that pseudonymising it leaves nothing of it behind.
fn slot_end(doc: &Doc, day: usize) -> usize {
    let n = doc.tokens.len();
    let spaced = |k: usize| k < n && doc.tokens[k].gap & G_SPACES != 0;
    let mut end = day;
    if spaced(end + 1) && TIMES_OF_DAY.has(doc.f(end + 1)) {
        end += 1;
    }
    // "à" (not the verb "a"), "in", "at", "te", then a town
    let link = end + 1;
    let at =
        spaced(link) && (matches!(doc.raw(link), "à" | "À") || doc.is(link, &["in", "at", "te"]));
    let town = link + 1;
    if at
        && spaced(town)
        && doc.tokens[town].has(F_ALPHA)
        && !doc.tokens[town].has(F_HAS_DIGIT)
        && (doc.class_is(town, PLACE) || doc.tokens[town].has(F_CAP))
        && !doc.is_code(town)
    {
        end = town;
        // "Saint-Cyr-au-Mont-d'Or": the rest of the name after an apostrophe
        while end + 1 < n && doc.gap_before(end + 1) == "'" && doc.tokens[end + 1].has(F_CAP) {
            end += 1;
        }
    }
    end
}

/// A role noun at `k` that is not a determiner spelt the same: in "de son
/// dernier livre", "son" is French "his", followed by the word it
/// determines; in "the son of", "her son who", it is a noun.
fn role_noun(doc: &Doc, k: usize) -> bool {
    if !crate::context::role_at(doc, k) {
        return false;
    }
    let determiner = doc.class_is(k, SINGULAR_DET)
        && doc.tokens.get(k + 1).is_some_and(|t| {
            t.gap & G_SPACES != 0
                && !t.has(F_CAP)
                && !t.has(F_HAS_DIGIT)
                && !t.is(WEEKDAY)
                && !doc.is(
                    k + 1,
                    &["de", "du", "des", "of", "van", "who", "qui", "that", "on"],
                )
        });
    !determiner
}

/// "since 1979", "depuis trente ans", "sinds 2004": a long tenure is a
/// detail that singles someone out ("the man who has kept the allotment
/// keys since 2004").
fn since(doc: &Doc, k: usize) -> bool {
    doc.is(k, &["since", "depuis", "sinds", "for"])
        && (doc.class_is_digit(k + 1)
            || doc.is(
                k + 1,
                &[
                    "toujours",
                    "always",
                    "altijd",
                    "dix",
                    "vingt",
                    "trente",
                    "quarante",
                    "cinquante",
                    "ten",
                    "twenty",
                    "thirty",
                    "forty",
                    "fifty",
                    "tien",
                    "twintig",
                    "dertig",
                    "veertig",
                    "vijftig",
                ],
            ))
        && !doc.is(
            k + 2,
            &["minutes", "min", "heures", "hours", "uur", "jours", "days"],
        )
}

/// Finds indirect identification.  `ctx` is per sentence.
/// Dutch kin words that are other words in English or French ("man",
/// "zoon", "dochter", "vrouw"): kin only in "de man van de penningmeester".
const DUTCH_KIN: &[&str] = &[
    "man", "vrouw", "zoon", "dochter", "broer", "zus", "moeder", "vader",
];

/// "last year", "l'an dernier", "vorige week" at token `k`: a dated event
/// in a relative clause ("the girl who won the prize last year").
fn last_period(doc: &Doc, k: usize) -> bool {
    const PERIODS: &[&str] = &[
        "year", "month", "week", "summer", "winter", "spring", "autumn", "an", "annee", "mois",
        "semaine", "ete", "hiver", "jaar", "maand", "week", "zomer", "winter",
    ];
    doc.is(k, &["last", "vorig", "vorige", "afgelopen"]) && doc.is(k + 1, PERIODS)
        || doc.is(k, &["dernier", "derniere"]) && k > 0 && doc.is(k - 1, PERIODS)
}

/// After the role at `r`, within its phrase, a comma and an aside that
/// singles one of them out: "the one who|with|from", "celui|celle qui|
/// avec|aux", "degene die", "die met|van".  Returns the aside's last token.
fn role_with_aside(doc: &Doc, r: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let s = doc.tokens[r].sentence;
    let k = (r + 1..(r + 6).min(n))
        .take_while(|&k| doc.tokens[k].sentence == s)
        .find(|&k| doc.gap_before(k).contains(','))?;
    let aside = doc.is(k, &["the"])
        && doc.is(k + 1, &["one"])
        && doc.is(k + 2, &["who", "with", "from", "that"])
        || doc.is(k, &["celui", "celle"]) && doc.is(k + 1, &["qui", "avec", "aux", "au", "du"])
        || doc.is(k, &["degene"])
        || doc.is(k, &["die"]) && doc.is(k + 1, &["met", "van", "uit"]);
    aside.then(|| clause_end(doc, k, 10))
}

/// Roles a person holds for a while, named with where they come from.
const ORIGIN_ROLES: Words = words![
    "intern",
    "stagiaire",
    "stagiair",
    "girl",
    "boy",
    "lad",
    "student",
    "etudiant",
    "etudiante",
    "voisin",
    "voisine",
    "neighbour",
    "neighbor",
    "buurman",
    "buurvrouw",
    "fille",
    "garcon",
    "jongen",
    "meisje",
];

/// The role at `r` ("the new girl", "our intern", "le stagiaire") followed
/// by where that one person comes from, a capitalised name: "from Krakow",
/// "de l'IHECS", "van de Artevelde".  Returns the name's token.
fn role_from_named(doc: &Doc, r: usize) -> Option<usize> {
    if !ORIGIN_ROLES.has(doc.f(r)) || !doc.is(r + 1, &["from", "de", "du", "d", "van", "uit"]) {
        return None;
    }
    let mut k = r + 2;
    if doc.is(k, &["l", "la", "le", "de", "het", "the"]) {
        k += 1;
    }
    let t = doc.tokens.get(k)?;
    let same = (r + 1..=k).all(|j| !doc.gap_before(j).contains([',', ';', ':', '(']));
    (same && t.has(F_CAP) && t.has(F_ALPHA) && !t.has(F_SENT)).then_some(k)
}

pub fn find(doc: &Doc, ctx: &[SentenceCtx], out: &mut Vec<Finding>) {
    let n = doc.tokens.len();
    let span = |a: usize, b: usize| (doc.tokens[a].start as usize, doc.tokens[b].end as usize);
    let mut i = 0;
    while i < n {
        let t = doc.tokens[i];
        if !t.is(UNIQUE | DEFINITE_CLASS | KIN_CLASS | SUPERLATIVE) {
            i += 1;
            continue;
        }
        // uniqueness
        if t.is(UNIQUE) && i > 0 && doc.class_is(i - 1, DEFINITE_CLASS | SINGULAR_DET) {
            if let Some(r) = (i + 1..(i + 4).min(n)).find(|&k| doc.class_is(k, ROLE_NOUN)) {
                let end = clause_end(doc, r, 8);
                let (a, b) = span(i - 1, end);
                out.push(Finding::new(EntityType::IndirectId, a, b).why(Why::Unique));
                i = end + 1;
                continue;
            }
        }
        // superlative: "our oldest member", "la plus ancienne adhérente",
        // "de jongste vrijwilliger", "la doyenne du club"
        if let Some(end) = superlative(doc, i) {
            let (a, b) = span(i, end);
            out.push(Finding::new(EntityType::IndirectId, a, b).why(Why::Unique));
            i = end + 1;
            continue;
        }
        // a role and a weekly slot: "le chauffeur du jeudi", "the Tuesday
        // driver", "de vrijwilliger van dinsdag"
        if let Some(end) = role_with_slot(doc, i) {
            let (a, b) = span(i, end);
            out.push(Finding::new(EntityType::IndirectId, a, b).why(Why::Unique));
            i = end + 1;
            continue;
        }
        // a private role at one activity in one place
        if let Some(end) = role_at_place(doc, i) {
            let (a, b) = span(i, end);
            out.push(Finding::new(EntityType::IndirectId, a, b).why(Why::Unique));
            i = end + 1;
            continue;
        }
        // definite individual + relative clause with a specific detail: "the
        // lady from flat 12 who brings cakes every week", "le grand gaillard
        // qui répare les vélos le mercredi", "de man die elke zondag komt";
        // one adjective may stand before the role ("the young woman")
        let adjective = |k: usize| {
            doc.tokens[k].has(F_ALPHA) && !doc.tokens[k].has(F_CAP) && !doc.class_is(k, FUNCTION)
        };
        let role = if !t.is(DEFINITE_CLASS) {
            None
        } else if crate::context::role_at(doc, i + 1) {
            Some(i + 1)
        } else {
            (i + 2 < n && adjective(i + 1) && crate::context::role_at(doc, i + 2)).then_some(i + 2)
        };
        if let Some(r) = role {
            let end = clause_end(doc, r, 12);
            let has_rel =
                (r + 1..=end.min(r + 6)).any(|k| doc.is(k, &["qui", "who", "that", "die"]));
            let detail = (r + 1..=end).any(|k| {
                doc.class_is(k, WEEKDAY)
                    || is_age(doc, k)
                    || since(doc, k)
                    || last_period(doc, k)
                    || HABITS.has(doc.f(k))
                    // a door or a floor: "from flat 12", "du 3e"
                    || doc.tokens[k].has(F_HAS_DIGIT)
                        && (!doc.tokens[k].has(F_DIGIT) || DOORS.has(doc.f(k - 1)))
            });
            if has_rel && detail {
                let (a, b) = span(i, end);
                out.push(Finding::new(EntityType::IndirectId, a, b).why(Why::Unique));
                i = end + 1;
                continue;
            }
        }
        // a role and an aside that points at one of them: "our intern, the
        // one who speaks Irish", "la voisine, celle qui nous prête sa cour",
        // "de stagiair, die met de camera"; or a role and where they come
        // from: "the new girl from Krakow", "le stagiaire de l'IHECS"
        if let Some(r) = role {
            if let Some(end) = role_with_aside(doc, r).or_else(|| role_from_named(doc, r)) {
                let (a, b) = span(i, end);
                out.push(Finding::new(EntityType::IndirectId, a, b).why(Why::Unique));
                i = end + 1;
                continue;
            }
        }
        // relative of a role said with a possessive: "our treasurer's
        // husband", "the caretaker's son"
        if t.is(DEFINITE_CLASS)
            && doc.class_is(i + 1, ROLE_NOUN)
            && !doc.tokens[i + 1].has(F_CAP)
            && doc.is(i + 2, &["s"])
            && doc.gap_before(i + 2).starts_with(['\'', '’'])
            && doc.class_is(i + 3, KIN_CLASS)
        {
            let (a, b) = span(i, i + 3);
            out.push(Finding::new(EntityType::IndirectId, a, b).why(Why::Unique));
            i += 4;
            continue;
        }
        // relative of a role: "la fille de notre trésorier", "de man van de
        // penningmeester"
        let dutch = doc.is(i, &["de"]) && doc.is(i + 1, DUTCH_KIN) && doc.is(i + 2, &["van"]);
        let french_or_english = t.is(KIN_CLASS)
            && i > 0
            && doc.class_is(i - 1, DEFINITE_CLASS)
            && doc.is(i + 1, &["de", "du", "of"]);
        if dutch || french_or_english {
            // the article before the kin word, the kin word
            let (article, kin) = if dutch { (i, i + 1) } else { (i - 1, i) };
            let mut k = kin + 2;
            if doc.is(
                k,
                &[
                    "notre", "votre", "la", "le", "l", "our", "the", "your", "mon", "ma", "my",
                    "de", "onze", "het",
                ],
            ) {
                k += 1;
            }
            if k < n && doc.class_is(k, ROLE_NOUN) && !doc.tokens[k].has(F_CAP) {
                let (a, b) = span(article, k);
                out.push(Finding::new(EntityType::IndirectId, a, b).why(Why::Unique));
                i = k + 1;
                continue;
            }
        }
        i += 1;
    }
    // figures the text says are published are no grey zone
    let published = (0..n).any(|k| doc.class_is(k, PUBLISHED));
    // combinations, sentence by sentence
    for (s, &(s0, s1)) in doc.sentences.iter().enumerate() {
        let c = ctx.get(s).copied().unwrap_or_default();
        let mut first = usize::MAX;
        let mut last = 0;
        let (mut age, mut place, mut situation) = (false, false, false);
        for k in s0..s1 {
            let tk = doc.tokens[k];
            if !tk.is(RESIDENCE_CLASS | SITUATION_CLASS) && !tk.has(F_HAS_DIGIT) {
                continue;
            }
            let mut hit = false;
            if is_age(doc, k) {
                age = true;
                hit = true;
            }
            if tk.is(RESIDENCE_CLASS) {
                let target = (k + 1..(k + 4).min(s1))
                    .find(|&t| doc.tokens[t].has(F_CAP) || doc.tokens[t].is(PLACE));
                if let Some(t) = target {
                    place = true;
                    first = first.min(k);
                    last = last.max(t);
                }
            }
            if tk.is(SITUATION_CLASS) {
                situation = true;
                hit = true;
            }
            if hit {
                first = first.min(k);
                last = last.max(if is_age(doc, k) { k + 1 } else { k });
            }
        }
        let signals = usize::from(age) + usize::from(place) + usize::from(situation);
        if signals >= 2 && c.individual && first <= last && last < s1 {
            let (a, b) = span(first, last);
            out.push(Finding::new(EntityType::IndirectId, a, b).why(Why::Combination));
        } else if c.aggregate && !c.topic && !published {
            // statistics about the association's public: grey zone
            let (a, b) = span(s0, s1 - 1);
            out.push(
                Finding::new(EntityType::IndirectId, a, b)
                    .why(Why::Aggregate)
                    .grey(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context;

    fn found(t: &str) -> Vec<String> {
        let d = Doc::new(t);
        let ctx = context::sentences(&d, &[]);
        let mut v = Vec::new();
        find(&d, &ctx, &mut v);
        v.iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn a_role_s_relative_and_a_saturday_habit() {
        for (t, want) in [
            (
                "Our treasurer's husband picks up the box.",
                "Our treasurer's husband",
            ),
            ("the caretaker's son helps us", "the caretaker's son"),
            (
                "De man van de penningmeester haalt de kassa op.",
                "De man van de penningmeester",
            ),
            (
                "la fille de notre trésorier vient",
                "la fille de notre trésorier",
            ),
            (
                "De lange man met de pet die zaterdags de soep brengt.",
                "De lange man met de pet die zaterdags de soep brengt",
            ),
        ] {
            assert_eq!(found(t), [want], "{t}");
        }
        for t in ["The treasurer's report is out.", "De man van de week."] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn an_aside_an_origin_or_a_dated_event_singles_someone_out() {
        for (t, want) in [
            (
                "Our cook, the one with the red van, is leaving.",
                "Our cook, the one with the red van",
            ),
            (
                "le voisin, celui qui prête sa cour, appelle",
                "le voisin, celui qui prête sa cour",
            ),
            (
                "De kok, die met de baard, stopt.",
                "De kok, die met de baard",
            ),
            ("Ask the new boy from Gdansk.", "the new boy from Gdansk"),
            ("la stagiaire de l'ULB part lundi", "la stagiaire de l'ULB"),
            (
                "onze stagiair van de Artevelde belt",
                "onze stagiair van de Artevelde",
            ),
            (
                "The boy who won the race last year is back",
                "The boy who won the race last year is back",
            ),
        ] {
            assert_eq!(found(t), [want], "{t}");
        }
        for t in [
            "The volunteer from Oxfam will speak.",
            "Our volunteers, the ones who cook, are thanked.",
            "The girl from the poster smiles.",
            "le stagiaire de la semaine prochaine",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn superlatives_and_weekly_slots_in_three_languages() {
        for t in [
            "C'est notre plus ancienne bénévole qui coupera le gâteau.",
            "la plus jeune bénévole arrive lundi",
            "We should interview our eldest volunteer for the newsletter.",
            "De oudste vrijwilliger verhuist.",
            "Le cuisinier du samedi a changé de numéro.",
            "l'animatrice de l'atelier poterie du vendredi a déménagé",
            "The Tuesday driver moved house.",
            "De begeleider van woensdag stopt ermee.",
            "the man who has kept the allotment keys since 2004 is retiring",
            "The son who comes on Mondays moved house.",
            "Le fils du jeudi a déménagé.",
            "le nouveau du jeudi a changé de numéro",
            "le petit groupe du café-rencontre du lundi",
            "la petite bande du mardi soir a encore oublié les clés",
        ] {
            assert_eq!(found(t).len(), 1, "{t}: {:?}", found(t));
        }
        for t in [
            "Les ateliers du jeudi sont complets.",
            "Le plus jeune public est le bienvenu.",
            "Goûter d'adieu de Personne_012 le vendredi 3 mai.",
            "Le bénévole qui vient depuis 10 minutes attend.",
            // "son" the French possessive, not the English noun
            "L'autrice lira des extraits de son dernier livre le samedi 5 mai.",
            "Elle parlera de son livre le jeudi 3 juin.",
            "Ze leest voor uit haar boek de zaterdag.",
            // "nouveau" describing a thing is no newcomer
            "Le nouveau planning du mardi est en ligne.",
            "La nouvelle salle du jeudi est plus grande.",
            "The new rota of Monday is online.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn a_weekly_slot_keeps_its_time_of_day_and_town() {
        for (t, whole) in [
            (
                "Petite info : le chauffeur du mardi soir à Wanze a changé d'adresse.",
                "le chauffeur du mardi soir à Wanze",
            ),
            (
                "Envoie le planning à la bénévole du jeudi matin à Fléron.",
                "la bénévole du jeudi matin à Fléron",
            ),
            (
                "la benevole du lundi soir a saint-cyr-au-mont-d'or a demenage",
                "la benevole du lundi soir",
            ),
            (
                "Le cuisinier du samedi à Saint-Cyr-au-Mont-d'Or a démissionné.",
                "Le cuisinier du samedi à Saint-Cyr-au-Mont-d'Or",
            ),
            (
                "De vrijwilliger van dinsdag avond te Ronse is verhuisd.",
                "De vrijwilliger van dinsdag avond te Ronse",
            ),
            // the afternoon, with or without accents, in capitals, in Dutch
            (
                "Rappelle l'animatrice du mercredi après-midi à Namur.",
                "l'animatrice du mercredi après-midi à Namur",
            ),
            (
                "L'ANIMATEUR DU VENDREDI APRES-MIDI A CHANGE DE NUMERO.",
                "L'ANIMATEUR DU VENDREDI APRES-MIDI",
            ),
            (
                "De chauffeur van zaterdag namiddag te Gent is ziek.",
                "De chauffeur van zaterdag namiddag te Gent",
            ),
            // the verb "a" is no "à"
            (
                "Le chauffeur du mardi a changé de numéro.",
                "Le chauffeur du mardi",
            ),
        ] {
            assert_eq!(found(t), [whole], "{t}");
        }
    }

    #[test]
    fn a_private_role_at_one_activity_in_one_place() {
        for t in [
            "la dame du vestiaire de jemeppe demenage en juin",
            "La dame du vestiaire de Jemeppe a déménagé.",
            "Le bénévole de l'épicerie sociale de Ciney est malade demain.",
            "De vrijwilligster van de kledingbank in Ronse is verhuisd.",
            "de kok van het buurtrestaurant in Zottegem stopt",
            "The lady from the food bank in Ciney moved house.",
            "the driver of the minibus at Hastings has a new number",
        ] {
            assert_eq!(found(t).len(), 1, "{t}: {:?}", found(t));
        }
        for t in [
            // an office is a public function
            "La directrice du CPAS de Namur a signé la convention.",
            "The director of the food bank in Ciney will speak.",
            // a group, the place alone, the role alone
            "Les dames du vestiaire de Jemeppe organisent une vente.",
            "Le vestiaire de Jemeppe ouvre samedi.",
            "La dame du vestiaire arrive.",
            // a date is no place
            "la dame du vestiaire de 14h a appelé",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn someone_singled_out_by_a_habit_a_door_or_a_day() {
        for t in [
            "the lady from flat 7 who brings soup every week asked for a receipt",
            "The old man who sleeps by the door on Fridays needs a coat.",
            "The young woman who runs the Sunday stall has asked for tape.",
            "the fella who fixes the bikes every tuesday wants a reference",
            "la dame du 2e qui nous apporte des fleurs chaque semaine",
            "Le grand gaillard qui tond la pelouse le samedi a appelé.",
            "de man die elke woensdag de tuin doet, is verhuisd",
            "De oude vrouw die elke week soep brengt, belde.",
        ] {
            assert_eq!(found(t).len(), 1, "{t}: {:?}", found(t));
        }
        for t in [
            "The woman who called yesterday left no name.",
            "Le bénévole qui vient depuis 10 minutes attend.",
            "The old rota that ran every week is online.",
            "the volunteers who come every week are thanked",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }
}
