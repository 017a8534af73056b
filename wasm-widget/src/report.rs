//! The classifier's output types and their JSON form.
//!
//! Why hand-written JSON: the report is small and flat, and a serializer
//! written here keeps the Wasm free of serde (size budget) while the output
//! stays byte-for-byte deterministic (field order fixed, no floats beyond a
//! fixed-precision ratio).

use crate::json::write_str;

/// Reader's language for reasons, summaries and pseudonym codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// French (the default: the handbook is French first).
    #[default]
    Fr,
    /// English.
    En,
    /// Dutch (Belgian associations work in French and Dutch).
    Nl,
}

impl Lang {
    /// Parses `"fr"`/`"en"`/`"nl"` (any case, region suffix ignored:
    /// `"nl-BE"` is Dutch); anything else falls back to French rather than
    /// failing: a checker that refuses to answer is worse than one that
    /// answers in the default language.
    pub fn parse(s: &str) -> Lang {
        let s = s.trim();
        let primary = match s.get(..2) {
            Some(p) => p,
            None => return Lang::Fr,
        };
        if primary.eq_ignore_ascii_case("en") {
            Lang::En
        } else if primary.eq_ignore_ascii_case("nl") {
            Lang::Nl
        } else {
            Lang::Fr
        }
    }

    /// `"fr"`, `"en"` or `"nl"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }
}

/// The four data categories of the handbook's method (part 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// 1 — already published by the association itself.
    Published = 1,
    /// 2 — public and harmless (passes the door-poster test).
    Public = 2,
    /// 3 — personal data, direct or indirect.
    Personal = 3,
    /// 4 — sensitive: GDPR art. 9 or the association's strategic secrets.
    Sensitive = 4,
}

impl Category {
    /// 1 to 4.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The verdict the method attaches to the category.
    pub fn verdict(self) -> Verdict {
        if self >= Category::Personal {
            Verdict::Never
        } else {
            Verdict::Ok
        }
    }
}

/// May the text go into a public AI?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Categories 1 and 2.
    Ok,
    /// Categories 3 and 4: never into a public AI.
    Never,
}

impl Verdict {
    /// `"ok"` or `"never"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Never => "never",
        }
    }
}

/// What kind of finding an entity is.  Names are the wire format
/// (SCREAMING_CASE) shared with the widget and the CLI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    Email,
    Phone,
    Person,
    Address,
    DateOfBirth,
    Iban,
    Nir,
    BeNrn,
    Card,
    IndirectId,
    Health,
    Religion,
    Ethnicity,
    Politics,
    Union,
    Sexuality,
    Criminal,
    Biometric,
    Strategic,
}

impl EntityType {
    /// Every type, in wire order.
    pub const ALL: [EntityType; 19] = [
        EntityType::Email,
        EntityType::Phone,
        EntityType::Person,
        EntityType::Address,
        EntityType::DateOfBirth,
        EntityType::Iban,
        EntityType::Nir,
        EntityType::BeNrn,
        EntityType::Card,
        EntityType::IndirectId,
        EntityType::Health,
        EntityType::Religion,
        EntityType::Ethnicity,
        EntityType::Politics,
        EntityType::Union,
        EntityType::Sexuality,
        EntityType::Criminal,
        EntityType::Biometric,
        EntityType::Strategic,
    ];

    /// Wire name, e.g. `"DATE_OF_BIRTH"`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Email => "EMAIL",
            EntityType::Phone => "PHONE",
            EntityType::Person => "PERSON",
            EntityType::Address => "ADDRESS",
            EntityType::DateOfBirth => "DATE_OF_BIRTH",
            EntityType::Iban => "IBAN",
            EntityType::Nir => "NIR",
            EntityType::BeNrn => "BE_NRN",
            EntityType::Card => "CARD",
            EntityType::IndirectId => "INDIRECT_ID",
            EntityType::Health => "HEALTH",
            EntityType::Religion => "RELIGION",
            EntityType::Ethnicity => "ETHNICITY",
            EntityType::Politics => "POLITICS",
            EntityType::Union => "UNION",
            EntityType::Sexuality => "SEXUALITY",
            EntityType::Criminal => "CRIMINAL",
            EntityType::Biometric => "BIOMETRIC",
            EntityType::Strategic => "STRATEGIC",
        }
    }

    /// The word of this type's pseudonym code in `lang` (`Personne` in
    /// `Personne_001`; `contact` for the e-mail codes, which are
    /// `contact_001@exemple.invalid`).  One list, read by the pseudonymiser
    /// that writes the codes and by the detectors that must see a code
    /// where an identifier stood.
    pub fn code_stem(self, lang: Lang) -> &'static str {
        use EntityType as T;
        let pick = |fr: &'static str, en: &'static str, nl: &'static str| match lang {
            Lang::Fr => fr,
            Lang::En => en,
            Lang::Nl => nl,
        };
        match self {
            T::Email => "contact",
            T::Phone => pick("Téléphone", "Phone", "Telefoon"),
            T::Person => pick("Personne", "Person", "Persoon"),
            T::Address => pick("Adresse", "Address", "Adres"),
            T::DateOfBirth => pick("Date_naissance", "Birth_date", "Geboortedatum"),
            T::Iban => "IBAN",
            T::Nir => "NIR",
            // rijksregisternummer
            T::BeNrn => pick("NRN", "NRN", "RRN"),
            T::Card => pick("Carte", "Card", "Kaart"),
            T::IndirectId => pick("Détail", "Detail", "Detail"),
            T::Health => pick("Santé", "Health", "Gezondheid"),
            T::Religion => pick("Religion", "Religion", "Religie"),
            T::Ethnicity => pick("Origine", "Origin", "Afkomst"),
            T::Politics => pick("Opinion", "Opinion", "Overtuiging"),
            T::Union => pick("Syndicat", "Union", "Vakbond"),
            T::Sexuality => pick("Orientation", "Orientation", "Geaardheid"),
            T::Criminal => pick("Judiciaire", "Criminal", "Gerechtelijk"),
            T::Biometric => pick("Biométrie", "Biometric", "Biometrie"),
            T::Strategic => pick("Confidentiel", "Confidential", "Vertrouwelijk"),
        }
    }

    /// Parses a wire name.
    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The category this kind of finding puts a text in.
    pub fn category(self) -> Category {
        match self {
            EntityType::Email
            | EntityType::Phone
            | EntityType::Person
            | EntityType::Address
            | EntityType::DateOfBirth
            | EntityType::Iban
            | EntityType::Nir
            | EntityType::BeNrn
            | EntityType::Card
            | EntityType::IndirectId => Category::Personal,
            _ => Category::Sensitive,
        }
    }

    /// When two findings overlap, the higher rank wins: a validated
    /// identifier beats a guess, a direct identifier beats context.
    pub(crate) fn rank(self) -> u8 {
        match self {
            EntityType::Iban => 30,
            EntityType::Nir => 29,
            EntityType::BeNrn => 28,
            EntityType::Card => 27,
            EntityType::Email => 26,
            EntityType::Phone => 25,
            EntityType::DateOfBirth => 24,
            EntityType::Address => 23,
            EntityType::Strategic => 22,
            EntityType::Person => 21,
            EntityType::IndirectId => 10,
            _ => 15,
        }
    }
}

/// One span of the input that drove the verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// What was found.
    pub kind: EntityType,
    /// Start, in Unicode scalar values (Rust `chars()`), inclusive.
    pub start: usize,
    /// End, in Unicode scalar values, exclusive.
    pub end: usize,
    /// Start in UTF-16 code units (JavaScript string indices).
    pub start_utf16: usize,
    /// End in UTF-16 code units.
    pub end_utf16: usize,
    /// Start in bytes (UTF-8), for Rust callers slicing `&str`.
    pub start_byte: usize,
    /// End in bytes (UTF-8).
    pub end_byte: usize,
    /// The matched text, exactly `text[start_byte..end_byte]`.
    pub text: String,
    /// One line, in the reader's language, saying why this matters.
    pub reason: String,
    /// True when the finding is a precautionary one (grey zone).
    pub grey: bool,
}

/// The classifier's answer for one text.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// 1–4.
    pub category: Category,
    /// True when the category comes from a grey-zone finding (precaution:
    /// grey texts are raised to category 3 or 4, never left `ok`).
    pub grey: bool,
    /// `ok` for categories 1–2, `never` for 3–4.
    pub verdict: Verdict,
    /// One sentence explaining the verdict, in the reader's language.
    pub summary: String,
    /// Share of the text's words found in the association's published
    /// fingerprint (0 when no fingerprint was loaded).
    pub published_ratio: f32,
    /// Findings, sorted by position, never overlapping.
    pub entities: Vec<Entity>,
    /// The text with every finding replaced by a stable code.
    pub pseudonymised: String,
    /// Language used for reasons and codes.
    pub lang: Lang,
}

impl Report {
    /// Deterministic JSON (fixed key order, no whitespace).
    pub fn to_json(&self) -> String {
        let mut o = String::with_capacity(256 + self.pseudonymised.len() * 2);
        write_head(
            &mut o,
            self.category,
            self.grey,
            self.lang,
            &self.summary,
            self.published_ratio,
        );
        for (i, e) in self.entities.iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            e.write_json(&mut o);
        }
        o.push_str("],\"pseudonymised\":");
        write_str(&mut o, &self.pseudonymised);
        o.push('}');
        o
    }
}

/// Writes a report's JSON up to the opening bracket of its entities: the
/// one place that knows the order of its keys, whether the report is for one
/// text or for a long text checked in parts.
pub(crate) fn write_head(
    o: &mut String,
    category: Category,
    grey: bool,
    lang: Lang,
    summary: &str,
    published_ratio: f32,
) {
    o.push_str("{\"category\":");
    push_uint(o, usize::from(category.number()));
    o.push_str(",\"grey\":");
    o.push_str(if grey { "true" } else { "false" });
    o.push_str(",\"verdict\":");
    write_str(o, category.verdict().as_str());
    o.push_str(",\"lang\":");
    write_str(o, lang.code());
    o.push_str(",\"summary\":");
    write_str(o, summary);
    o.push_str(",\"published_ratio\":");
    let pct = (published_ratio.clamp(0.0, 1.0) * 1000.0).round() as u32;
    push_uint(o, (pct / 1000) as usize);
    o.push('.');
    let frac = (pct % 1000) as usize;
    o.push_str(if frac < 10 {
        "00"
    } else if frac < 100 {
        "0"
    } else {
        ""
    });
    push_uint(o, frac);
    o.push_str(",\"entities\":[");
}

impl Entity {
    /// Appends this entity as a JSON object (fixed key order).
    pub fn write_json(&self, o: &mut String) {
        o.push_str("{\"type\":");
        write_str(o, self.kind.as_str());
        for (k, v) in [
            ("start", self.start),
            ("end", self.end),
            ("start_utf16", self.start_utf16),
            ("end_utf16", self.end_utf16),
        ] {
            o.push_str(",\"");
            o.push_str(k);
            o.push_str("\":");
            push_uint(o, v);
        }
        o.push_str(",\"text\":");
        write_str(o, &self.text);
        o.push_str(",\"reason\":");
        write_str(o, &self.reason);
        o.push_str(",\"grey\":");
        o.push_str(if self.grey { "true" } else { "false" });
        o.push('}');
    }
}

/// Appends `v` in decimal (no allocation, no formatting machinery: called
/// four times per entity).
pub(crate) fn push_uint(out: &mut String, mut v: usize) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    // ASCII digits, pushed one by one: cheaper than validating them as
    // UTF-8 to push them as one string (four numbers per entity)
    for &d in &buf[i..] {
        out.push(char::from(d));
    }
}
