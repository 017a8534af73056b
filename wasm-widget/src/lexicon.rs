//! Embedded word knowledge: name and place lists (see `data/NOTICE.md` for
//! sources and licences) and the small closed word classes the detectors use
//! as context (titles, role nouns, weekdays...).
//!
//! Why one table of class bits: every detector asks "is this word a title /
//! a month / a known surname...?" of nearly every token, about thirty
//! questions per word.  Asking each list separately meant hashing the same
//! word thirty times.  Instead, every list is registered here under one bit
//! of a [`Class`] mask, all words go into a single open-addressing table
//! built on first use, and [`crate::text::Doc`] looks each token up once
//! while tokenising: afterwards every question is a bit test.
//!
//! Why the lists stay as sorted text and word strings ([`Words`]) rather
//! than a generated perfect-hash table: they compress far better in the
//! Wasm (the size budget) and diff well in review.  Building the table at
//! first use costs ~3 ms natively; the Wasm first decodes its compressed
//! name lists, 15 to 20 ms in a browser (`listcode.rs`).

use crate::wordmap::WordMap;
use crate::words::{words, Words};
use std::sync::OnceLock;

/// The word classes a folded word belongs to, one bit per class.
pub type Class = u64;

/// One bit per word class.  The lists live next to the detector that owns
/// them; [`REGISTRY`] ties each list to its bit.
pub mod class {
    use super::Class;
    /// Known first name (INSEE list), not a common word ([`super::NOT_NAMES`]).
    pub const FIRST_NAME: Class = 1 << 0;
    /// Frequent surname, not a common word.
    pub const SURNAME: Class = 1 << 1;
    /// Known town.
    pub const PLACE: Class = 1 << 2;
    /// Capitalised word that is never a person on its own.
    pub const NOT_NAME: Class = 1 << 3;
    pub const TITLE: Class = 1 << 4;
    pub const PLACE_NOUN: Class = 1 << 5;
    pub const ROLE_NOUN: Class = 1 << 6;
    pub const SINGULAR_DET: Class = 1 << 7;
    pub const PERSON_PRONOUN: Class = 1 << 8;
    pub const POPULATION_NOUN: Class = 1 << 9;
    pub const TOPIC_CUE: Class = 1 << 10;
    pub const QUANTIFIER: Class = 1 << 11;
    pub const LINK: Class = 1 << 12;
    /// "notre", "nous", "our", "we": the association speaks of itself.
    pub const OURS: Class = 1 << 13;
    pub const CONNECTOR: Class = 1 << 14;
    pub const PREPOSITION: Class = 1 << 15;
    pub const GREETING: Class = 1 << 16;
    pub const STREET_FR: Class = 1 << 17;
    pub const STREET_EN: Class = 1 << 18;
    /// Residence cue next to an address ("habite", "domicile").
    pub const ADDRESS_RESIDENCE: Class = 1 << 19;
    /// Public-venue cue next to an address ("local", "atelier").
    pub const PREMISES: Class = 1 << 20;
    pub const BIRTH_CUE: Class = 1 << 21;
    pub const MONTH: Class = 1 << 22;
    /// "rapport", "publié": figures that are already public.
    pub const PUBLISHED: Class = 1 << 23;
    pub const WEEKDAY: Class = 1 << 24;
    pub const DEFINITE: Class = 1 << 25;
    pub const KIN: Class = 1 << 26;
    /// Residence or origin cue for indirect identification ("vit", "from").
    pub const RESIDENCE: Class = 1 << 27;
    pub const SITUATION: Class = 1 << 28;
    /// "seul", "seule", "unique", "only": uniqueness cue.
    pub const UNIQUE: Class = 1 << 31;
    /// A name that is also an ordinary word in French, English or Dutch
    /// ("rose", "hope", "noor"): a name only with other evidence.
    pub const NAME_WORD: Class = 1 << 32;
    /// First word of a compound surname ("van", "de", "ben", "da").
    pub const PARTICLE: Class = 1 << 33;
    /// A verb or auxiliary that follows a person as its subject ("a",
    /// "viendra", "said", "heeft").
    pub const PERSON_VERB: Class = 1 << 34;
    /// Heads an attendee list ("présents", "excusés", "attendees",
    /// "aanwezig").
    pub const LIST_CUE: Class = 1 << 35;
    /// Head word of a pseudonym code ("Personne_001", "Bénéficiaire_037").
    pub const PSEUDO: Class = 1 << 36;
    /// A public role: a name next to it is a public figure in office
    /// ("ministre", "minister", "schepen", "auteur").
    pub const PUBLIC_ROLE: Class = 1 << 37;
    /// Function words of the three languages: never a name on their own.
    pub const FUNCTION: Class = 1 << 38;
    /// A preposition or verb that introduces a person ("avec", "with",
    /// "met", "appelle").
    pub const PERSON_CUE: Class = 1 << 39;
    /// A superlative that singles one person out ("oldest", "jongste").
    pub const SUPERLATIVE: Class = 1 << 40;
    /// A form field whose value is a person ("Nom :", "Prénom :", "Name:",
    /// "Voornaam:").
    pub const NAME_LABEL: Class = 1 << 41;
    /// Numbers small enough for a group whose members can be told apart
    /// ("trois", "two", "drie", "4").
    pub const SMALL_NUMBER: Class = 1 << 42;
}

/// One word list of `data/`.  The Wasm embeds it compressed by `build.rs`
/// (see there why).  Native builds (the CLI, the site build) embed the text
/// file itself: there the size matters little and start-up does, and
/// decoding the compressed lists costs ~12 ms of CPU a process (~110 M
/// instructions) where reading lines costs next to nothing.  Tests have
/// both, to check that they hold the same words.
struct List {
    #[cfg(any(target_arch = "wasm32", test))]
    coded: &'static [u8],
    #[cfg(any(not(target_arch = "wasm32"), test))]
    text: &'static str,
}

macro_rules! list {
    ($name:literal) => {
        List {
            #[cfg(any(target_arch = "wasm32", test))]
            coded: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".lc")),
            #[cfg(any(not(target_arch = "wasm32"), test))]
            text: include_str!(concat!("../data/", $name, ".txt")),
        }
    };
}
static FIRST_NAMES: List = list!("first_names");
static SURNAMES: List = list!("surnames");
static COMMUNES: List = list!("communes");
static PLACES: List = list!("places");
static NAME_WORDS: List = list!("name_words");
static PARTICLES: List = list!("surname_particles");

impl List {
    /// About how many words the list has (to size the lexicon's table).
    fn len(&self) -> usize {
        #[cfg(target_arch = "wasm32")]
        return crate::listcode::count(self.coded).0;
        #[cfg(not(target_arch = "wasm32"))]
        return self.text.lines().count();
    }

    /// Calls `f` with each word of the list.
    fn for_each(&self, f: impl FnMut(&str)) {
        #[cfg(target_arch = "wasm32")]
        decode(self.coded, f);
        #[cfg(not(target_arch = "wasm32"))]
        lines(self.text).for_each(f);
    }
}

/// Calls `f` with each word of a compressed list that is valid UTF-8 (all
/// are: the lists are text).
#[cfg(any(target_arch = "wasm32", test))]
fn decode(list: &[u8], mut f: impl FnMut(&str)) {
    crate::listcode::decode(list, |w| {
        if let Ok(w) = std::str::from_utf8(w) {
            f(w);
        }
    });
}

const OURS: Words = words!["notre", "nos", "nous", "our", "we", "us"];
const UNIQUE: Words = words!["seul", "seule", "unique", "only", "sole", "enige", "enigste"];

/// Common nouns and adjectives that are also first names ("Rose",
/// "Claire", "Hope"): added to [`class::NAME_WORD`] even when the data file
/// misses them, so they count as names only with other evidence.
const NAME_WORDS_EXTRA: Words = words![
    "france",
    "rose",
    "ange",
    "claire",
    "blanche",
    "aurore",
    "marine",
    "fleur",
    "victoire",
    "constant",
    "grace",
    "olive",
    "prudence",
    "violette",
    "patience",
    "hope",
    "will",
    "mark",
    "joy",
    "faith",
    "bill",
    "rich",
    "autumn",
    "chase",
    "christian",
    "crystal",
    "dawn",
    "destiny",
    "hunter",
    "mason",
    "penny",
];

/// Every closed word class and its bit.
const REGISTRY: &[(Class, Words)] = {
    use crate::context as cx;
    use crate::detectors::{address, date_of_birth as dob, indirect, person, strategic};
    &[
        (class::NOT_NAME, NOT_NAMES),
        (class::NOT_NAME, indirect::WEEKDAYS),
        (class::NOT_NAME, dob::MONTHS),
        (class::TITLE, TITLES),
        (class::PLACE_NOUN, PLACE_NOUNS),
        (class::ROLE_NOUN, ROLE_NOUNS),
        (class::SINGULAR_DET, SINGULAR_DETS),
        (class::PERSON_PRONOUN, PERSON_PRONOUNS),
        (class::POPULATION_NOUN, POPULATION_NOUNS),
        (class::TOPIC_CUE, TOPIC_CUES),
        (class::QUANTIFIER, cx::QUANTIFIERS),
        (class::LINK, cx::LINKS),
        (class::OURS, OURS),
        (class::CONNECTOR, person::CONNECTORS),
        (class::PREPOSITION, person::PREPOSITIONS),
        (class::GREETING, person::GREETINGS),
        (class::GREETING, person::WISHES),
        (class::STREET_FR, address::FR_TYPES),
        (class::STREET_EN, address::EN_TYPES),
        (class::ADDRESS_RESIDENCE, address::RESIDENCE),
        (class::PREMISES, address::PREMISES),
        (class::BIRTH_CUE, dob::CUES),
        (class::MONTH, dob::MONTHS),
        (class::MONTH, dob::MONTH_ABBREVIATIONS),
        (class::PUBLISHED, strategic::PUBLISHED),
        (class::WEEKDAY, indirect::WEEKDAYS),
        (class::DEFINITE, indirect::DEFINITE),
        (class::KIN, indirect::KIN),
        (class::RESIDENCE, indirect::RESIDENCE),
        (class::SITUATION, indirect::SITUATION),
        (class::UNIQUE, UNIQUE),
        (class::NAME_WORD, NAME_WORDS_EXTRA),
        (class::PERSON_VERB, person::PERSON_VERBS),
        (class::LIST_CUE, person::LIST_CUES),
        (class::PSEUDO, person::PSEUDO_HEADS),
        (class::PUBLIC_ROLE, person::PUBLIC_ROLES),
        (class::FUNCTION, person::FUNCTION_WORDS),
        (class::PERSON_CUE, person::PERSON_CUES),
        (class::SUPERLATIVE, indirect::SUPERLATIVES),
        (class::NAME_LABEL, person::NAME_LABELS),
        (class::SMALL_NUMBER, cx::SMALL_NUMBERS),
        (class::PUBLISHED, indirect::PUBLISHED_MORE),
    ]
};

/// FNV-1a (32 bits) of a folded word: the key of the lexicon table and of
/// the per-checker public-name index, computed once per token by
/// [`crate::text::Doc`].
#[inline]
pub fn word_hash(w: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in w {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h
}

/// All lexicon words with their class masks.
pub struct Lexicon {
    map: WordMap,
}

impl Lexicon {
    fn add(&mut self, w: &str, c: Class) {
        self.map.update(w, |old| old.unwrap_or(0) | c);
    }

    /// Classes of folded word `w` whose [`word_hash`] is `h` (0 if unknown).
    #[inline]
    pub fn get(&self, h: u32, w: &[u8]) -> Class {
        self.map.get(h, w).unwrap_or(0)
    }

    /// Classes of folded word `w`.
    pub fn classes(&self, w: &str) -> Class {
        self.map.get_str(w).unwrap_or(0)
    }
}

/// The words of a list's text file: one a line, blank lines skipped.
#[cfg(any(not(target_arch = "wasm32"), test))]
fn lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// The lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        let closed: usize = REGISTRY.iter().map(|(_, l)| l.iter().count()).sum();
        let mut lex = Lexicon {
            map: WordMap::with_capacity(
                closed
                    + [&FIRST_NAMES, &SURNAMES, &COMMUNES, &PLACES]
                        .iter()
                        .map(|l| l.len())
                        .sum::<usize>()
                    + 512,
            ),
        };
        FIRST_NAMES.for_each(|w| lex.add(w, class::FIRST_NAME));
        SURNAMES.for_each(|w| lex.add(w, class::SURNAME));
        COMMUNES.for_each(|w| lex.add(w, class::PLACE));
        PLACES.for_each(|w| lex.add(w, class::PLACE));
        NAME_WORDS.for_each(|w| lex.add(w, class::NAME_WORD));
        // multi-word particles ("van den") are matched word by word
        PARTICLES.for_each(|w| {
            for part in w.split(' ') {
                lex.add(part, class::PARTICLE);
            }
        });
        for &(c, list) in REGISTRY {
            for w in list.iter() {
                lex.add(w, c);
            }
        }
        // A common word is never a known first name or surname.
        for c in lex.map.values_mut() {
            if *c & class::NOT_NAME != 0 {
                *c &= !(class::FIRST_NAME | class::SURNAME);
            }
        }
        lex
    })
}

/// Folded word is a known first name (INSEE list) and not a common word.
#[cfg(test)]
pub fn is_first_name(w: &str) -> bool {
    lexicon().classes(w) & class::FIRST_NAME != 0
}

/// Folded word is a frequent French surname.
#[cfg(test)]
pub fn is_surname(w: &str) -> bool {
    lexicon().classes(w) & class::SURNAME != 0
}

/// Folded word is a town we know (big towns, and communes that could be
/// mistaken for a name).
#[cfg(test)]
pub fn is_place(w: &str) -> bool {
    lexicon().classes(w) & class::PLACE != 0
}

/// Capitalised words that are never people on their own: calendar words,
/// common sentence starters, institutions, and common nouns that happen to
/// be in the first-name list ("Rose", "Claire", "France"...).
pub(crate) const NOT_NAMES: Words = words![
    // calendar
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    // (weekdays of every language: `indirect::WEEKDAYS`, and months in
    // full: `date_of_birth::MONTHS`, registered below)
    "noel",
    "paques",
    "toussaint",
    "christmas",
    "easter",
    "ramadan",
    "aid",
    "pentecote",
    "dsaid",
    "merci",
    "bienvenue",
    "bonjour",
    "bonsoir",
    "salut",
    "cordialement",
    "bises",
    "amities",
    "dear",
    "hello",
    "hi",
    "thanks",
    "regards",
    "cher",
    "chere",
    "madame",
    "monsieur",
    "mademoiselle",
    "mme",
    "mr",
    "mrs",
    "ms",
    "dr",
    "docteur",
    "maitre",
    "professeur",
    "sir",
    "miss",
    "saint",
    "sainte",
    "st",
    "ste",
    "nord",
    "sud",
    "est",
    "ouest",
    "north",
    "south",
    "east",
    "west",
    "centre",
    "center",
    "ville",
    "mairie",
    "region",
    "departement",
    "etat",
    "europe",
    "union",
    "republique",
    "national",
    "nationale",
    "association",
    "fondation",
    "federation",
    "collectif",
    "maison",
    "conseil",
    "bureau",
    "assemblee",
    "comite",
    "commission",
    "programme",
    "projet",
    "atelier",
    "jardin",
    "jardins",
    "cafe",
    "ecole",
    "college",
    "lycee",
    "universite",
    "hopital",
    "eglise",
    "mosquee",
    "synagogue",
    "rue",
    "avenue",
    "place",
    "boulevard",
    "parc",
    "square",
    "quai",
    "chemin",
    "allee",
    "impasse",
    "route",
    "street",
    "road",
    "lane",
    "note",
    "objet",
    "sujet",
    "date",
    "lieu",
    "nom",
    "prenom",
    "tel",
    "email",
    "mail",
    "adresse",
    "contact",
    "internet",
    "linkedin",
    "instagram",
    "facebook",
    "twitter",
    "whatsapp",
    "google",
    "chatgpt",
    "claude",
    "gemini",
    "copilot",
    "mistral",
    "excel",
    "word",
    "notion",
    "zoom",
    "teams",
    "rgpd",
    "gdpr",
    "cnil",
    "urssaf",
    "caf",
    "pole",
    "emploi",
    "france",
    "travail",
    "samu",
    "pompiers",
    "police",
    "garda",
    "gardai",
    "gendarmerie",
    "prefecture",
    "tribunal",
    "justice",
    "sante",
    "solidarite",
    "solidaire",
    "solidaires",
    "partage",
    "partages",
    "vert",
    "verte",
    "bleu",
    "rouge",
    "dieu",
    "allah",
    "jesus",
    "christ",
    "god",
    "lord",
    "bible",
    "coran",
    "torah",
    "bien",
    "belle",
    "beau",
    "grand",
    "petit",
    "petite",
    "jeune",
    "vieux",
    "nouveau",
    "nouvelle",
    "premier",
    "premiere",
    "dernier",
    "derniere",
    "tous",
    "toutes",
    "tout",
    "toute",
    "chaque",
    "aucun",
    "aucune",
    "plusieurs",
    "autre",
    "autres",
    "meme",
    "bon",
    "bonne",
    "voici",
    "voila",
    "alors",
    "donc",
    "mais",
    "puis",
    "ensuite",
    "enfin",
    "aussi",
    "encore",
    "pour",
    "avec",
    "sans",
    "chez",
    "dans",
    "sur",
    "sous",
    "entre",
    "vers",
    "depuis",
    "pendant",
    "avant",
    "apres",
    "selon",
    "malgre",
    "comme",
    "quand",
    "si",
    "ou",
    "et",
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "de",
    "au",
    "aux",
    "ce",
    "cet",
    "cette",
    "ces",
    "mon",
    "ma",
    "mes",
    "ton",
    "ta",
    "tes",
    "son",
    "sa",
    "ses",
    "notre",
    "nos",
    "votre",
    "vos",
    "leur",
    "leurs",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "nous",
    "vous",
    "je",
    "tu",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "our",
    "your",
    "my",
    "his",
    "her",
    "their",
    "its",
    "we",
    "you",
    "he",
    "she",
    "they",
    "it",
    "and",
    "or",
    "but",
    "for",
    "with",
    "without",
    "from",
    "to",
    "in",
    "at",
    "by",
    "of",
    "as",
    "if",
    "when",
    "then",
    "please",
    "iban",
    "rib",
    "bic",
    "nir",
    "siret",
    "siren",
    "tva",
    "ok",
    "oui",
    "non",
    "yes",
    "no",
    "attention",
    "important",
    "urgent",
    "rappel",
    "info",
    "infos",
    "nb",
    "ps",
    "annonce",
    "invitation",
    "planning",
    "agenda",
    "ordre",
    "jour",
    "semaine",
    "mois",
    "annee",
    "ete",
    "hiver",
    "printemps",
    "automne",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "ateliers",
    "workshop",
    "open",
    "day",
    "fete",
    "festival",
    "marche",
    "journee",
    "nature",
    "terre",
    "commune",
    "famille",
    "familles",
    "parents",
    "enfants",
    "femmes",
    "hommes",
    "jeunes",
    "seniors",
    "premiers",
    "secours",
    "civiques",
    "droit",
    "droits",
    "loi",
    "code",
    "article",
    "chapitre",
    "partie",
    "annexe",
    "page",
    "version",
    "total",
    "budget",
    "nouvel",
    "joyeux",
    "joyeuses",
    "fetes",
    "cours",
    "fle",
    "aide",
    "devoirs",
    "compost",
    "pourquoi",
    "comment",
    "quoi",
    "qui",
    "que",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "combien",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "redige",
    "ecris",
    "ecrire",
    "traduis",
    "resume",
    "reformule",
    "corrige",
    "propose",
    "prepare",
    "cree",
    "genere",
    "donne",
    "analyse",
    "fais",
    "mets",
    "explique",
    "envoie",
    "appelle",
    "rappelle",
    "contacte",
    "relance",
    "write",
    "draft",
    "translate",
    "summarise",
    "summarize",
    "create",
    "make",
    "give",
    "explain",
    "send",
    "call",
    "suggest",
    "rewrite",
    "help",
    "reply",
    "remind",
];

/// Words that, placed before a capitalised word, make it a courtesy title
/// for a person ("Mme Martin", "Dr Caron").
pub(crate) const TITLES: Words = words![
    "m",
    "mr",
    "mme",
    "mmes",
    "mlle",
    "madame",
    "monsieur",
    "mademoiselle",
    "messieurs",
    "dr",
    "docteur",
    "doctor",
    "pr",
    "professeur",
    "me",
    "maitre",
    "mrs",
    "ms",
    "miss",
    "sir",
    "madam",
    "mister",
    "mevrouw",
    "meneer",
    "mevr",
    "dhr",
    "mw",
    "juffrouw",
    "mx",
];

/// Nouns after which a capitalised word names a place or an institution,
/// not a person ("rue Voltaire", "école Jules-Ferry", "église Saint-Pierre").
pub(crate) const PLACE_NOUNS: Words = words![
    "rue",
    "avenue",
    "av",
    "boulevard",
    "bd",
    "place",
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
    "parc",
    "jardin",
    "pont",
    "gare",
    "station",
    "metro",
    "ecole",
    "college",
    "lycee",
    "universite",
    "mediatheque",
    "bibliotheque",
    "eglise",
    "chapelle",
    "cathedrale",
    "mosquee",
    "synagogue",
    "temple",
    "salle",
    "stade",
    "gymnase",
    "piscine",
    "centre",
    "hopital",
    "clinique",
    "musee",
    "theatre",
    "cinema",
    "espace",
    "maison",
    "foyer",
    "institut",
    "fondation",
    "association",
    "prix",
    "street",
    "road",
    "lane",
    "school",
    "hospital",
    "park",
    "church",
    "foundation",
    "hall",
    "university",
    "institute",
    "library",
    "saint",
    "sainte",
    "st",
    "ste",
    "quartier",
    "hotel",
    "rond-point",
    "port",
    "barreau",
    "campus",
    "haute",
    "ile",
    "lac",
    "mont",
    "val",
    "bois",
    "porte",
    "faubourg",
    "room",
    "wing",
    "center",
    "building",
    "gallery",
    "ward",
    "lounge",
    "auditorium",
    "amphi",
    "zaal",
    "lokaal",
    "ruimte",
    "vleugel",
    "straat",
    "plein",
    "laan",
    "athenee",
    "atheneum",
    "academie",
    "loi",
    "wet",
    "decret",
    "decreet",
    "arret",
    "tournoi",
    "trophee",
    "challenge",
    "memorial",
    "coupe",
    "cup",
    "tournament",
    "toernooi",
    "trofee",
    "beker",
    "ludotheque",
    "creche",
    "boulodrome",
    "complexe",
    "pavillon",
    "auberge",
    "refuge",
    "halle",
    "halte",
    "tram",
    "bus",
];

/// Singular nouns for one individual of the association's world; with a
/// determiner they anchor a sensitive word to a person ("notre bénéficiaire
/// suit une chimiothérapie").
pub(crate) const ROLE_NOUNS: Words = words![
    "beneficiaire",
    "adherent",
    "adherente",
    "benevole",
    "salarie",
    "salariee",
    "collegue",
    "stagiaire",
    "jeune",
    "enfant",
    "fils",
    "fille",
    "mere",
    "pere",
    "femme",
    "homme",
    "dame",
    "monsieur",
    "madame",
    "garcon",
    "personne",
    "participant",
    "participante",
    "patient",
    "patiente",
    "client",
    "cliente",
    "resident",
    "residente",
    "usager",
    "usagere",
    "membre",
    "volontaire",
    "employe",
    "employee",
    "coordinateur",
    "coordinatrice",
    "directeur",
    "directrice",
    "president",
    "presidente",
    "tresorier",
    "tresoriere",
    "secretaire",
    "animateur",
    "animatrice",
    "formateur",
    "formatrice",
    "eleve",
    "etudiant",
    "etudiante",
    "locataire",
    "voisin",
    "voisine",
    "mari",
    "epouse",
    "conjoint",
    "conjointe",
    "frere",
    "soeur",
    "grand-mere",
    "grand-pere",
    "bebe",
    "ado",
    "adolescent",
    "adolescente",
    "refugie",
    "refugiee",
    "migrant",
    "migrante",
    "demandeur",
    "demandeuse",
    "accueilli",
    "accueillie",
    "nouveau",
    "nouvelle",
    "chargee",
    "charge",
    "intervenant",
    "intervenante",
    "donateur",
    "donatrice",
    "mineur",
    "mineure",
    "senior",
    "retraite",
    "retraitee",
    "petit",
    "petite",
    "gamin",
    "gamine",
    "family",
    "famille",
    "beneficiary",
    "member",
    "volunteer",
    "colleague",
    "trainee",
    "intern",
    "child",
    "kid",
    "son",
    "daughter",
    "mother",
    "father",
    "wife",
    "husband",
    "woman",
    "man",
    "lady",
    "gentleman",
    "boy",
    "girl",
    "person",
    "tenant",
    "neighbour",
    "neighbor",
    "student",
    "pupil",
    "treasurer",
    "chair",
    "director",
    "manager",
    "coordinator",
    "staff",
    "worker",
    "teenager",
    "refugee",
    "donor",
    "guy",
    // everyday roles of association life, fr/en/nl
    "chauffeur",
    "chauffeuse",
    "driver",
    "prof",
    "professeur",
    "teacher",
    "moniteur",
    "monitrice",
    "coach",
    "trainer",
    "cuisinier",
    "cuisiniere",
    "cook",
    "concierge",
    "caretaker",
    "gardien",
    "gardienne",
    "administrateur",
    "administratrice",
    "trustee",
    "adherents",
    "jardinier",
    "jardiniere",
    "vrijwilliger",
    "vrijwilligster",
    "bestuurder",
    "bestuurslid",
    "voorzitter",
    "penningmeester",
    "secretaris",
    "lid",
    "deelnemer",
    "deelneemster",
    "bewoner",
    "bewoonster",
    "buurvrouw",
    "buurman",
    "jongere",
    "kind",
    "moeder",
    "vader",
    "vrouw",
    "jongen",
    "meisje",
    "leerling",
    "begeleider",
    "begeleidster",
    "kok",
    "collega",
    "maman",
    "papa",
    "mamans",
    "ados",
    "mum",
    "mom",
    "dad",
    "mama",
    "gars",
    "mec",
    "bloke",
    "fella",
    "gaillard",
    "fellow",
    "kerel",
    "vent",
    "mevrouw",
    "meneer",
    "klusjesman",
    "handyman",
    "receptionist",
    "receptionniste",
    "onthaalmedewerker",
    "schoonmaker",
    "schoonmaakster",
    "cleaner",
    "poetsvrouw",
    "kuisvrouw",
    "accueillant",
    "accueillante",
    "educateur",
    "educatrice",
    "stagiair",
    "cashier",
    "caissier",
    "caissiere",
    "kassier",
    "tutor",
    "mentor",
    // someone named by their hair: "le grand roux qui…", "the redhead"
    "roux",
    "rousse",
    "redhead",
];

/// Determiners that make a role noun one specific individual.
pub(crate) const SINGULAR_DETS: Words = words![
    "le", "la", "l", "un", "une", "notre", "votre", "mon", "ma", "ton", "ta", "son", "sa", "leur",
    "ce", "cet", "cette", "the", "a", "an", "our", "your", "my", "his", "her", "their", "this",
    "that", "one",
];

/// Personal pronouns and possessives that point at one individual.
pub(crate) const PERSON_PRONOUNS: Words = words![
    "il", "elle", "lui", "je", "j", "moi", "me", "m", "son", "sa", "ses", "he", "she", "him",
    "her", "his", "hers", "i", "my", "mine", "himself", "herself", "s'est",
];

/// Population nouns (plural): statistics about them are aggregated data on
/// the association's public, a grey zone.
pub(crate) const POPULATION_NOUNS: Words = words![
    "beneficiaires",
    "adherents",
    "adherentes",
    "usagers",
    "participants",
    "participantes",
    "familles",
    "personnes",
    "publics",
    "public",
    "membres",
    "benevoles",
    "salaries",
    "jeunes",
    "residents",
    "stagiaires",
    "accompagnes",
    "accueillis",
    "eleves",
    "patients",
    "beneficiaries",
    "members",
    "users",
    "families",
    "people",
    "volunteers",
    "clients",
    "trainees",
    "them",
    "teens",
    "teenagers",
    "youngsters",
    "deelnemers",
    "vrijwilligers",
    "jongeren",
    "bewoners",
    "leden",
    "cursisten",
    "leerlingen",
    "gezinnen",
    "clienten",
];

/// Words that make a sentence a general topic rather than a statement about
/// someone ("conférence sur le diabète, entrée libre").
pub(crate) const TOPIC_CUES: Words = words![
    "prevention",
    "sensibilisation",
    "conference",
    "debat",
    "cine-debat",
    "campagne",
    "information",
    "informations",
    "depistage",
    "journee",
    "mondiale",
    "internationale",
    "lutte",
    "symptomes",
    "guide",
    "fiche",
    "quiz",
    "article",
    "formation",
    "webinaire",
    "histoire",
    "theme",
    "thematique",
    "enjeu",
    "sommaire",
    "tous",
    "toutes",
    "explique",
    "expliquer",
    "definition",
    "droits",
    "obligations",
    "collegiens",
    "lyceens",
    "animateurs",
    "exposition",
    "brochure",
    "affiche",
    "flyer",
    "awareness",
    "campaign",
    "day",
    "world",
    "international",
    "debate",
    "history",
    "training",
    "everyone",
    "resources",
    "discussion",
    "explain",
    "general",
    "topic",
    "citoyennete",
    "citizenship",
    "discriminations",
    "discrimination",
    "racisme",
    "laicite",
    "education",
    "ressources",
    "stand",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_word_list_holds_a_word_twice() {
        let mut twice = Vec::new();
        for (class, list) in REGISTRY {
            let mut seen: Vec<&str> = list.iter().collect();
            seen.sort_unstable();
            for w in seen.windows(2).filter(|w| w[0] == w[1]) {
                twice.push(format!("class {class:#x}: {}", w[0]));
            }
        }
        assert!(twice.is_empty(), "{twice:#?}");
    }

    #[test]
    fn data_files_are_sorted_and_folded() {
        for (name, list) in [
            ("first_names", &FIRST_NAMES),
            ("surnames", &SURNAMES),
            ("communes", &COMMUNES),
            ("places", &PLACES),
            ("name_words", &NAME_WORDS),
            ("surname_particles", &PARTICLES),
        ] {
            let txt = list.text;
            // the compressed copy decodes to the text file, word for word
            let mut back = Vec::new();
            decode(list.coded, |w| back.push(w.to_string()));
            assert_eq!(back, lines(txt).collect::<Vec<_>>(), "{name}");
            let v: Vec<&str> = lines(txt).collect();
            if name == "surname_particles" {
                continue; // "van der": kept as written, see `lexicon()`
            }
            assert!(
                v.windows(2).all(|w| w[0] < w[1]),
                "{name} must be sorted and unique"
            );
            assert!(
                v.iter().all(|w| crate::text::fold(w) == *w),
                "{name} must be folded"
            );
        }
        assert!(
            is_first_name("karim")
                && is_surname("dupont")
                && is_place("montreuil")
                && is_place("nancy")
        );
        // a first name that is also a word is marked so, not dropped
        assert!(is_first_name("rose") && lexicon().classes("rose") & class::NAME_WORD != 0);
    }

    #[test]
    fn class_words_can_match_tokens() {
        // the tokeniser looks up folded words of at most 40 bytes only
        for &(_, list) in REGISTRY {
            for w in list.iter() {
                assert!(
                    crate::text::fold(w) == w && !w.is_empty() && w.len() <= 40,
                    "{w:?}"
                );
            }
        }
        let lex = lexicon();
        assert!(lex.classes("mme") & class::TITLE != 0);
        assert!(lex.classes("diabetique") == 0);
    }
}
