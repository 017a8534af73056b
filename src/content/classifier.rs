//! `content/classifier.yaml`: the association's own vocabulary for the checker.
//!
//! Public names (programmes, partners, premises) must never be flagged as persons; secret terms (the
//! code name of a merger, a negotiation) must always be flagged as strategic — yet the public site
//! must never reveal them. The site therefore publishes only salted hashes of the secret terms.
//!
//! The association's own contact data (`own_contacts` here, `website`, `email`, `phone`, `address`,
//! `iban` under `association:` in `handbook.yaml`) is never flagged: it is published on purpose. The
//! checks of those values live here, shared by both files.

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostics, Origin};
use crate::yaml::YamlSource;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassifierDoc {
    #[serde(default)]
    public_names: Vec<String>,
    #[serde(default)]
    secret_terms: Vec<Spanned<String>>,
    #[serde(default)]
    salt: Option<String>,
    #[serde(default)]
    own_contacts: Option<OwnContactsDoc>,
}

/// `own_contacts:` — further domains, mailboxes, numbers, accounts and premises of the association
/// (antennas, a second line, the donations account), beyond the ones in `handbook.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnContactsDoc {
    #[serde(default)]
    domains: Vec<Spanned<String>>,
    #[serde(default)]
    emails: Vec<Spanned<String>>,
    #[serde(default)]
    phones: Vec<Spanned<String>>,
    #[serde(default)]
    ibans: Vec<Spanned<String>>,
    #[serde(default)]
    addresses: Vec<Spanned<String>>,
}

/// The association's own contact data, checked: the classifier's own type, so what is loaded here
/// is what the checker compares with, field for field.
pub use wasm_widget::OwnContacts;

/// The checked vocabulary, still in clear: never serialise it into the site as is.
#[derive(Debug, Clone, Default)]
pub struct ClassifierConfig {
    pub public_names: Vec<String>,
    pub secret_terms: Vec<String>,
    /// Salt for the published hashes; by default derived from the site's address.
    pub salt: Option<String>,
    /// The association's own contact data listed in `own_contacts:`.
    pub own_contacts: OwnContacts,
}

pub fn check(doc: ClassifierDoc, src: &YamlSource, diags: &mut Diagnostics) -> ClassifierConfig {
    for term in &doc.secret_terms {
        if term.value.split_whitespace().count() > 4 {
            diags.error(
                src.origin(term),
                format!("secret term `{}` has more than 4 words", term.value),
                "list the distinctive part only (1 to 4 words, e.g. the project's code name)",
            );
        } else if term.value.trim().chars().count() < 3 {
            diags.error(
                src.origin(term),
                "secret term is too short to be recognised reliably",
                "use at least 3 characters",
            );
        }
    }
    let mut own = OwnContacts::default();
    if let Some(c) = &doc.own_contacts {
        for d in &c.domains {
            own.domains
                .extend(domain(&d.value, "domain", src.origin(d), diags));
        }
        for e in &c.emails {
            own.emails
                .extend(email(&e.value, "email", src.origin(e), diags));
        }
        for p in &c.phones {
            own.phones
                .extend(phone(&p.value, "phone", src.origin(p), diags));
        }
        for i in &c.ibans {
            own.ibans
                .extend(iban(&i.value, "iban", src.origin(i), diags));
        }
        for a in &c.addresses {
            own.addresses
                .extend(address(&a.value, "address", src.origin(a), diags));
        }
    }
    ClassifierConfig {
        own_contacts: own,
        public_names: doc
            .public_names
            .into_iter()
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect(),
        secret_terms: doc
            .secret_terms
            .into_iter()
            .map(|t| t.value.trim().to_string())
            .collect(),
        salt: doc.salt,
    }
}

/// The host of an absolute http(s) address, lower-case, without "www." (`None` if it is not one).
pub fn host_of(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.to_ascii_lowercase();
    let host = host
        .strip_prefix("www.")
        .map(str::to_string)
        .unwrap_or(host);
    (is_domain(&host) && !url.contains(char::is_whitespace)).then_some(host)
}

fn is_domain(d: &str) -> bool {
    let labels: Vec<&str> = d.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
        })
        && labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.bytes().all(|c| c.is_ascii_alphabetic()))
}

/// Checks the association's `website` (an absolute http(s) address); its host is an own domain.
pub fn website(value: &str, key: &str, origin: Origin, diags: &mut Diagnostics) -> Option<String> {
    let host = host_of(value);
    if host.is_none() {
        diags.error(
            origin,
            format!("`{key}` must be an absolute http(s) address, not `{}`", value.trim()),
            "write the association's site as a browser shows it, e.g. \"https://jardins-solidaires.org/\"",
        );
    }
    host
}

/// Checks an own mail domain: a domain name, not a free webmail provider's.
pub fn domain(value: &str, key: &str, origin: Origin, diags: &mut Diagnostics) -> Option<String> {
    let d = value.trim().trim_start_matches('@').to_ascii_lowercase();
    let d = d.strip_prefix("www.").map(str::to_string).unwrap_or(d);
    if !is_domain(&d) {
        diags.error(
            origin,
            format!("`{}` is not a domain name", value.trim()),
            format!(
                "write the `{key}` alone, e.g. \"jardins-solidaires.org\" (no https://, no path)"
            ),
        );
        return None;
    }
    if wasm_widget::detectors::email::is_webmail(&d) {
        diags.error(
            origin,
            format!("`{d}` is a free webmail domain: anyone can have an address there"),
            "list only domains the association owns; list its webmail address under `emails` instead",
        );
        return None;
    }
    Some(d)
}

/// Checks an e-mail address of the association.
pub fn email(value: &str, key: &str, origin: Origin, diags: &mut Diagnostics) -> Option<String> {
    let v = value.trim();
    let mut found = Vec::new();
    wasm_widget::detectors::email::find(v, &mut found);
    if found.len() == 1 && found[0].start == 0 && found[0].end == v.len() {
        return Some(v.to_string());
    }
    diags.error(
        origin,
        format!("`{key}` must be one e-mail address, not `{v}`"),
        "write the address alone, e.g. \"contact@jardins-solidaires.org\"",
    );
    None
}

/// Checks a phone number of the association: 3 to 15 digits, written with spaces, dots, dashes,
/// slashes, parentheses and a leading `+` only.
pub fn phone(value: &str, key: &str, origin: Origin, diags: &mut Diagnostics) -> Option<String> {
    let v = value.trim();
    let digits = v.bytes().filter(u8::is_ascii_digit).count();
    let chars_ok = v
        .bytes()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || b" .-/()".contains(&c) || c == b'+' && i == 0);
    if chars_ok && (3..=15).contains(&digits) {
        return Some(v.to_string());
    }
    diags.error(
        origin,
        format!("`{key}` must be a phone number, not `{v}`"),
        "write it as people dial it, e.g. \"+33 1 23 45 67 89\", \"02 512 34 56\" or \"3919\"",
    );
    None
}

/// Checks an IBAN of the association: country length and mod-97 check digits.
pub fn iban(value: &str, key: &str, origin: Origin, diags: &mut Diagnostics) -> Option<String> {
    let v = value.trim();
    let compact = wasm_widget::detectors::iban::compact(v);
    let shape_ok = v
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-');
    if shape_ok && wasm_widget::detectors::iban::is_valid(&compact) {
        return Some(v.to_string());
    }
    diags.error(
        origin,
        format!("`{key}` is not a valid IBAN: `{v}`"),
        "copy it again from a bank statement: its length or its check digits do not match",
    );
    None
}

/// Checks a postal address of the association: a street and a place, on one line.
pub fn address(value: &str, key: &str, origin: Origin, diags: &mut Diagnostics) -> Option<String> {
    let v = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if v.split(' ').count() >= 2 && v.chars().count() <= 200 {
        return Some(v);
    }
    diags.error(
        origin,
        format!("`{key}` must be a postal address, not `{}`", value.trim()),
        "write the street and the place on one line, e.g. \"12 rue des Lilas, 75011 Paris\"",
    );
    None
}
