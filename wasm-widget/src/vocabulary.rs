//! The association's own vocabulary, loaded by the caller: its names and
//! public names (programmes, partners, premises: never flagged as persons or
//! personal addresses) and its secret terms (flagged as STRATEGIC).
//!
//! JSON form (what the site publishes for the widget):
//!
//! ```json
//! {"association": ["Les Jardins Solidaires"],
//!  "public_names": ["Potagers Partagés", "Refugee Food", "12 rue des Lilas"],
//!  "secret_index": "hbsec1.…",
//!  "own_contacts": {"domains": ["jardins-solidaires.org"],
//!                   "emails": ["contact@jardins-solidaires.org"],
//!                   "phones": ["+33 1 23 45 67 89"],
//!                   "ibans": ["FR76 3000 6000 0112 3456 7890 189"],
//!                   "addresses": ["12 rue des Lilas, 75011 Paris"]}}
//! ```
//!
//! `own_contacts` is the association's own contact data: never flagged.
//! It is optional (older files without it load as before) and written
//! only when it holds something, so older widgets read newer files too.
//!
//! For local use (the CLI reading a private file) `"secret_terms": [...]`
//! in clear is also accepted and hashed on load; never publish that form.

use crate::detectors::{email, iban, organisation, phone};
use crate::json::{self, write_str, Value};
use crate::report::EntityType;
use crate::secrets::SecretIndex;
use crate::Error;

/// Salt used when clear secret terms are hashed on load (local use only:
/// the published index carries its own salt).
pub const LOCAL_SALT: &str = "handbook-local";

/// The association's vocabulary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Vocabulary {
    /// The association's own names.
    pub association: Vec<String>,
    /// Programmes, partners, premises: public, never persons.
    pub public_names: Vec<String>,
    /// Hashed secret terms.
    pub secrets: SecretIndex,
    /// The association's own contact data: never flagged.
    pub own_contacts: OwnContacts,
}

/// The association's published contact data, as written by the handbook
/// (compared in a normalised form: phones as digits, IBANs compact).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OwnContacts {
    /// Its web and mail domains ("jardins-solidaires.org"): an address
    /// there with a role local part, or the association's name, is its own.
    pub domains: Vec<String>,
    /// Its published addresses, whatever their local part.
    pub emails: Vec<String>,
    /// Its phone numbers, any way of writing them.
    pub phones: Vec<String>,
    /// Its bank accounts.
    pub ibans: Vec<String>,
    /// Its postal addresses (premises).
    pub addresses: Vec<String>,
}

impl OwnContacts {
    /// Whether nothing is listed.
    pub fn is_empty(&self) -> bool {
        self.domains.is_empty()
            && self.emails.is_empty()
            && self.phones.is_empty()
            && self.ibans.is_empty()
            && self.addresses.is_empty()
    }

    fn lists(&self) -> [(&'static str, &Vec<String>); 5] {
        [
            ("domains", &self.domains),
            ("emails", &self.emails),
            ("phones", &self.phones),
            ("ibans", &self.ibans),
            ("addresses", &self.addresses),
        ]
    }
}

/// A domain as listed: lower-case, without "www.", "@" or a final dot.
fn domain_form(d: &str) -> String {
    let d = d.trim().trim_start_matches('@').trim_end_matches('.');
    let d = d.to_ascii_lowercase();
    d.strip_prefix("www.").map(str::to_string).unwrap_or(d)
}

/// `domain` is `own` or one of its subdomains.
fn within(domain: &str, own: &str) -> bool {
    !own.is_empty() && (domain == own || domain.strip_suffix(own).is_some_and(|p| p.ends_with('.')))
}

/// Letters and digits of `s`, folded ("Les Jardins-Solidaires" →
/// "lesjardinssolidaires").
fn squeeze(s: &str) -> String {
    s.chars().filter_map(organisation::fold_char).collect()
}

fn strings(v: Option<&Value>, field: &str) -> Result<Vec<String>, Error> {
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Arr(a)) => a
            .iter()
            .map(|x| match x {
                Value::Str(s) => Ok(s.clone()),
                _ => Err(Error::new(format!(
                    "vocabulary: \"{field}\" must hold strings only"
                ))),
            })
            .collect(),
        Some(_) => Err(Error::new(format!(
            "vocabulary: \"{field}\" must be an array of strings"
        ))),
    }
}

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Vocabulary {
        Vocabulary::default()
    }

    /// Parses the JSON form; unknown keys are ignored so older widgets keep
    /// working with newer sites.  An empty string is an empty vocabulary.
    pub fn from_json(s: &str) -> Result<Vocabulary, Error> {
        if s.trim().is_empty() {
            return Ok(Vocabulary::new());
        }
        let v = json::parse(s).map_err(Error::new)?;
        if !matches!(v, Value::Obj(_)) {
            return Err(Error::new("vocabulary: expected a JSON object"));
        }
        let mut voc = Vocabulary {
            association: strings(v.get("association"), "association")?,
            public_names: strings(v.get("public_names"), "public_names")?,
            secrets: SecretIndex::empty(),
            own_contacts: OwnContacts::default(),
        };
        match v.get("own_contacts") {
            None | Some(Value::Null) => {}
            Some(o @ Value::Obj(_)) => {
                let c = &mut voc.own_contacts;
                c.domains = strings(o.get("domains"), "own_contacts.domains")?;
                c.emails = strings(o.get("emails"), "own_contacts.emails")?;
                c.phones = strings(o.get("phones"), "own_contacts.phones")?;
                c.ibans = strings(o.get("ibans"), "own_contacts.ibans")?;
                c.addresses = strings(o.get("addresses"), "own_contacts.addresses")?;
            }
            Some(_) => return Err(Error::new("vocabulary: \"own_contacts\" must be an object")),
        }
        match v.get("secret_index") {
            None | Some(Value::Null) => {}
            Some(Value::Str(s)) => voc.secrets = SecretIndex::from_compact(s)?,
            Some(_) => return Err(Error::new("vocabulary: \"secret_index\" must be a string")),
        }
        let clear = strings(v.get("secret_terms"), "secret_terms")?;
        if !clear.is_empty() {
            if !voc.secrets.is_empty() {
                return Err(Error::new(
                    "vocabulary: give either \"secret_index\" or \"secret_terms\", not both",
                ));
            }
            voc.secrets = SecretIndex::build(&clear, LOCAL_SALT);
        }
        Ok(voc)
    }

    /// Publishable JSON (secret terms only as their hashed index).
    pub fn to_json(&self) -> String {
        let mut o = String::from("{\"association\":[");
        for (i, s) in self.association.iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            write_str(&mut o, s);
        }
        o.push_str("],\"public_names\":[");
        for (i, s) in self.public_names.iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            write_str(&mut o, s);
        }
        o.push_str("],\"secret_index\":");
        write_str(&mut o, &self.secrets.to_compact());
        if !self.own_contacts.is_empty() {
            o.push_str(",\"own_contacts\":{");
            for (k, (name, list)) in self.own_contacts.lists().into_iter().enumerate() {
                if k > 0 {
                    o.push(',');
                }
                write_str(&mut o, name);
                o.push_str(":[");
                for (i, s) in list.iter().enumerate() {
                    if i > 0 {
                        o.push(',');
                    }
                    write_str(&mut o, s);
                }
                o.push(']');
            }
            o.push('}');
        }
        o.push('}');
        o
    }

    /// Whether `matched` (the text of a finding of type `kind`) is the
    /// association's own contact: one of its listed addresses, phones,
    /// IBANs or premises, or an address at its own domain whose local part
    /// is a role ("benevolat.lyon@") or its name ("jardins@jardins.org").
    /// A free webmail domain is never the association's own.
    pub fn is_own_contact(&self, kind: EntityType, matched: &str) -> bool {
        let c = &self.own_contacts;
        match kind {
            EntityType::Email => {
                let m = matched.trim();
                if c.emails.iter().any(|e| e.trim().eq_ignore_ascii_case(m)) {
                    return true;
                }
                let Some((local, domain)) = email::split(m) else {
                    return false;
                };
                // no domain of our own: nothing below can hold (and the
                // checker asks this of every e-mail address it finds)
                if c.domains.is_empty() {
                    return false;
                }
                let domain = domain_form(domain);
                let own = c.domains.iter().map(|d| domain_form(d)).any(|d| {
                    within(&domain, &d) && !email::is_webmail(&d) && !email::is_reserved_domain(&d)
                });
                if !own {
                    return false;
                }
                if email::is_role_local(local, true) {
                    return true;
                }
                // the association's name or its domain's ("jardins@", "lesjardins@")
                let l = squeeze(local);
                let label = squeeze(domain.split('.').next().unwrap_or(""));
                l.len() >= 4
                    && (label.contains(&l)
                        || self.association.iter().any(|a| squeeze(a).contains(&l)))
            }
            EntityType::Phone => c.phones.iter().any(|p| phone::same_number(p, matched)),
            EntityType::Iban => {
                if c.ibans.is_empty() {
                    return false;
                }
                let n = iban::compact(matched);
                n.len() >= 5 && c.ibans.iter().any(|i| iban::compact(i) == n)
            }
            EntityType::Address => {
                if c.addresses.is_empty() {
                    return false;
                }
                let m = organisation::fold_words(matched);
                m.split_whitespace().nth(1).is_some()
                    && c.addresses.iter().any(|a| {
                        let a = organisation::fold_words(a);
                        a.split_whitespace().nth(1).is_some() && (a.contains(&m) || m.contains(&a))
                    })
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trip_hides_terms() {
        let v = Vocabulary::from_json(
            r#"{"association":["A"],"public_names":["B C"],"secret_terms":["Projet X"]}"#,
        )
        .expect("valid");
        let j = v.to_json();
        assert!(!j.contains("Projet"));
        assert_eq!(Vocabulary::from_json(&j).expect("round trip"), v);
        assert!(Vocabulary::from_json("[1]").is_err());
        assert!(Vocabulary::from_json(r#"{"public_names":"x"}"#).is_err());
    }

    fn own() -> Vocabulary {
        Vocabulary {
            association: vec!["Les Jardins Solidaires".into()],
            own_contacts: OwnContacts {
                domains: vec!["www.Jardins-Solidaires.org".into(), "gmail.com".into()],
                emails: vec!["Marie.Dupont@jardins-solidaires.org".into()],
                phones: vec!["+33 (0)1 23 45 67 89".into(), "0475/12.34.56".into()],
                ibans: vec!["fr76 3000 6000 0112 3456 7890 189".into()],
                addresses: vec!["12 rue des Lilas, 75011 Paris".into()],
            },
            ..Vocabulary::default()
        }
    }

    #[test]
    fn own_contacts_round_trip() {
        let v = own();
        let j = v.to_json();
        assert!(j.contains("\"own_contacts\":{\"domains\":"));
        assert_eq!(Vocabulary::from_json(&j).expect("round trip"), v);
        // without own contacts, the JSON is what older versions wrote
        let old = Vocabulary::from_json(r#"{"association":["A"],"public_names":[]}"#)
            .expect("older JSON");
        assert!(old.own_contacts.is_empty());
        assert!(!old.to_json().contains("own_contacts"));
        assert!(Vocabulary::from_json(r#"{"own_contacts":null}"#).is_ok());
        assert!(Vocabulary::from_json(r#"{"own_contacts":{"phones":["1"]},"x":1}"#).is_ok());
        assert!(Vocabulary::from_json(r#"{"own_contacts":[]}"#).is_err());
        assert!(Vocabulary::from_json(r#"{"own_contacts":{"phones":[1]}}"#).is_err());
        assert!(Vocabulary::from_json(r#"{"own_contacts":{"ibans":"x"}}"#).is_err());
    }

    #[test]
    fn own_emails() {
        let v = own();
        let yes = |m: &str| v.is_own_contact(EntityType::Email, m);
        assert!(yes("marie.dupont@JARDINS-solidaires.org"), "listed address");
        assert!(yes("benevolat.lyon@jardins-solidaires.org"));
        assert!(yes("lyon.benevolat@jardins-solidaires.org"));
        assert!(yes("Contact@antenne.jardins-solidaires.org"), "subdomain");
        assert!(
            yes("jardins@jardins-solidaires.org"),
            "the association's name"
        );
        assert!(yes("solidaires@jardins-solidaires.org"));
        assert!(!yes("paul.durand@jardins-solidaires.org"), "a colleague");
        assert!(!yes("mdupont@jardins-solidaires.org"));
        assert!(!yes("fatou.diallo82@jardins-solidaires.org"));
        assert!(!yes("contact@jardins-solidaires.org.evil.com"));
        assert!(
            !yes("contact@notjardins-solidaires.org") || email::is_role_local("contact", false)
        );
        // a webmail domain listed by mistake makes nobody's address its own
        assert!(!yes("jardins@gmail.com"));
        assert!(!yes("marie.durand@gmail.com"));
        assert!(!yes("not an address"));
    }

    #[test]
    fn own_phones_ibans_addresses() {
        let v = own();
        let phone = |m: &str| v.is_own_contact(EntityType::Phone, m);
        assert!(phone("01 23 45 67 89"));
        assert!(phone("01.23.45.67.89"));
        assert!(phone("+33 1 23 45 67 89"));
        assert!(phone("0033 1 23 45 67 89"));
        assert!(phone("+32 475 12 34 56"));
        assert!(phone("0475 12 34 56"));
        assert!(!phone("06 12 34 56 78"));
        assert!(!phone("+31 1 23 45 67 89"), "another country's number");
        let ib = |m: &str| v.is_own_contact(EntityType::Iban, m);
        assert!(ib("FR76 3000 6000 0112 3456 7890 189"));
        assert!(ib("FR7630006000011234567890189"));
        assert!(!ib("BE68 5390 0754 7034"));
        let ad = |m: &str| v.is_own_contact(EntityType::Address, m);
        assert!(ad("12 rue des Lilas"));
        assert!(ad("12, rue des lilas, 75011 PARIS"));
        assert!(!ad("14 rue des Lilas"));
        assert!(!ad("Paris"));
        assert!(!v.is_own_contact(EntityType::Person, "Les Jardins Solidaires"));
        assert!(!Vocabulary::new().is_own_contact(EntityType::Phone, "01 23 45 67 89"));
    }
}
