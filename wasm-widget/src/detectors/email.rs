//! E-mail addresses: `local@domain.tld`, found by expanding around each '@'.

use super::Finding;
use crate::report::EntityType;
use crate::text::Doc;
use crate::words::{words, Words};

fn local_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&c)
}

fn domain_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'.'
}

/// Finds e-mail addresses.  Requires a dot in the domain and an alphabetic
/// top-level domain of two letters or more, so "@10h" or "a@b" are ignored.
pub fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(off) = b[from..].iter().position(|&c| c == b'@') {
        let at = from + off;
        from = at + 1;
        // Letters with accents count too (`bénévoles@`, RFC 6531): cutting
        // the address at the first accent left "voles@…", a stranger's
        // mailbox in place of a role.
        let mut s = at;
        loop {
            if s > 0 && local_char(b[s - 1]) {
                s -= 1;
                continue;
            }
            match text[..s].chars().next_back() {
                Some(c) if !c.is_ascii() && c.is_alphabetic() => s -= c.len_utf8(),
                _ => break,
            }
        }
        while s < at && b[s] == b'.' {
            s += 1;
        }
        let mut e = at + 1;
        while e < b.len() && domain_char(b[e]) {
            e += 1;
        }
        while e > at + 1 && (b[e - 1] == b'.' || b[e - 1] == b'-') {
            e -= 1;
        }
        if s == at || e <= at + 1 {
            continue;
        }
        let domain = &text[at + 1..e];
        let Some(dot) = domain.rfind('.') else {
            continue;
        };
        let tld = &domain[dot + 1..];
        if tld.len() < 2 || !tld.bytes().all(|c| c.is_ascii_alphabetic()) || domain.starts_with('.')
        {
            continue;
        }
        out.push(Finding::new(EntityType::Email, s, e));
        from = e;
    }
}

/// Finds addresses spelled out to dodge harvesters: "j.oconnell at hotmail
/// dot com", "b.nkemelu[at]yahoo.co.uk", "marie.dupont (at) orange (point)
/// fr", "piet punt jansen at gmail punt com" is not one (a space inside the
/// local part).  A bracketed "at", a spelled "dot" or a local part with a
/// dot, a digit, "_" or "-" is needed: "look at example.com" is prose.
pub fn find_spelled(doc: &Doc, out: &mut Vec<Finding>) {
    let b = doc.text.as_bytes();
    let mut next = 0;
    // the word "at" among the text's words: a length test, then two bytes
    for (k, t) in doc.tokens.iter().enumerate() {
        let at = t.start as usize;
        if t.end - t.start != 2 || at < next || doc.f(k) != "at" {
            continue;
        }
        // the marker: " at ", "[at]", "(at)", "{at}", with or without spaces
        let (open, close) = (at.checked_sub(1).map(|k| b[k]), b.get(at + 2).copied());
        let bracketed = matches!(
            (open, close),
            (Some(b'['), Some(b']')) | (Some(b'('), Some(b')')) | (Some(b'{'), Some(b'}'))
        );
        let spaced = open == Some(b' ') && close == Some(b' ');
        if !(bracketed || spaced) {
            continue;
        }
        // the local part: one word right before, past a space if bracketed
        let mut e = at - 1;
        if bracketed && e > 0 && b[e - 1] == b' ' {
            e -= 1;
        }
        let mut s = e;
        while s > 0 && local_char(b[s - 1]) {
            s -= 1;
        }
        while s < e && b[s] == b'.' {
            s += 1;
        }
        let local = &b[s..e];
        if local.is_empty() {
            continue;
        }
        let marked = local.iter().any(|&c| !c.is_ascii_alphabetic());
        let Some((end, spelled)) = spelled_domain(b, at + 2 + usize::from(bracketed)) else {
            continue;
        };
        if bracketed || spelled || marked {
            out.push(Finding::new(EntityType::Email, s, end));
            next = end;
        }
    }
}

/// A domain after a spelled "at", from byte `from`: labels joined by "." or
/// by "dot", "point", "punt" (bare, bracketed or between spaces), the last
/// one a top-level domain of two to six letters.  Returns its end and
/// whether a dot was spelled out.
fn spelled_domain(b: &[u8], from: usize) -> Option<(usize, bool)> {
    let mut k = from;
    while b.get(k) == Some(&b' ') {
        k += 1;
    }
    let (mut labels, mut spelled, mut end, mut last) = (0, false, 0, (0, 0));
    loop {
        let start = k;
        while b
            .get(k)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
        {
            k += 1;
        }
        if k == start {
            break;
        }
        labels += 1;
        last = (start, k);
        end = k;
        // a separator: ".", "dot", "[dot]", "(point)", "punt"… (a bare
        // word between spaces)
        let mut j = k;
        while b.get(j) == Some(&b' ') {
            j += 1;
        }
        let rest = &b[j..];
        let is = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
        let sep = if j == k && is(b".") {
            Some(1)
        } else if let Some(w) = [b"[dot]".as_slice(), b"(dot)", b"(point)", b"(punt)"]
            .into_iter()
            .find(|w| is(w))
        {
            Some(w.len())
        } else {
            [b"dot ".as_slice(), b"point ", b"punt "]
                .into_iter()
                .find(|w| j > k && is(w))
                .map(<[u8]>::len)
        };
        match sep {
            Some(n) => {
                spelled |= n > 1;
                k = j + n;
                while b.get(k) == Some(&b' ') {
                    k += 1;
                }
            }
            None => break,
        }
    }
    let tld = &b[last.0..last.1];
    (labels >= 2 && (2..=6).contains(&tld.len()) && tld.iter().all(u8::is_ascii_alphabetic))
        .then_some((end, spelled))
}

/// Splits an address found by [`find`] into its local part and its domain
/// (lower-cased by the callers that compare them).
pub fn split(addr: &str) -> Option<(&str, &str)> {
    let (local, domain) = addr.rsplit_once('@')?;
    (!local.is_empty() && !domain.is_empty()).then_some((local, domain))
}

/// Local parts that name a function or a service, not a person: an
/// organisation's mailboxes ("contact@", "benevolat@", "onthaal@").  Folded
/// form: lower-case ASCII, no accent.
const ROLES: &[&str] = &[
    "abuse",
    "accounting",
    "accueil",
    "adherents",
    "adhesion",
    "adhesions",
    "admin",
    "administratie",
    "administration",
    "agenda",
    "aide",
    "asbl",
    "asso",
    "association",
    "benevolat",
    "benevole",
    "benevoles",
    "bestuur",
    "billing",
    "board",
    "boekhouding",
    "bonjour",
    "booking",
    "bookings",
    "boutique",
    "bureau",
    "careers",
    "commandes",
    "comms",
    "communicatie",
    "communication",
    "compta",
    "comptabilite",
    "conseil",
    "contact",
    "contacts",
    "coordinatie",
    "coordination",
    "courrier",
    "directie",
    "direction",
    "donate",
    "donations",
    "donotreply",
    "dons",
    "dpo",
    "ecoute",
    "emploi",
    "emplois",
    "enquiries",
    "enquiry",
    "equipe",
    "evenement",
    "evenementen",
    "evenements",
    "event",
    "events",
    "facturatie",
    "facturation",
    "factures",
    "finance",
    "finances",
    "formation",
    "formations",
    "gdpr",
    "giften",
    "hallo",
    "hello",
    "help",
    "helpdesk",
    "hr",
    "hulp",
    "info",
    "information",
    "informations",
    "infos",
    "inschrijvingen",
    "inscription",
    "inscriptions",
    "invoices",
    "jeugd",
    "jeunesse",
    "job",
    "jobs",
    "juridique",
    "leden",
    "legal",
    "lidmaatschap",
    "mail",
    "mecenat",
    "media",
    "members",
    "membership",
    "membres",
    "newsletter",
    "nieuwsbrief",
    "noreply",
    "office",
    "onthaal",
    "opleiding",
    "orders",
    "partenariats",
    "partners",
    "penningmeester",
    "permanence",
    "pers",
    "postmaster",
    "presidence",
    "president",
    "press",
    "presse",
    "privacy",
    "projects",
    "projets",
    "recruitment",
    "recrutement",
    "redactie",
    "redaction",
    "registration",
    "reservaties",
    "reservation",
    "reservations",
    "rgpd",
    "rh",
    "sales",
    "secretariaat",
    "secretariat",
    "service",
    "servicedesk",
    "services",
    "shop",
    "support",
    "team",
    "training",
    "treasurer",
    "tresorerie",
    "tresorier",
    "urgence",
    "vacatures",
    "ventes",
    "volunteer",
    "volunteering",
    "volunteers",
    "voorzitter",
    "vrijwilliger",
    "vrijwilligers",
    "webmaster",
    "welcome",
    "welkom",
    "winkel",
    "youth",
];

/// Folds one ASCII-or-Latin word of a local part: lower case, accents off.
/// Anything else than letters and digits makes it unusable (`None`).
fn fold_token(t: &str) -> Option<String> {
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        let c = crate::detectors::organisation::fold_char(c)?;
        out.push(c);
    }
    Some(out)
}

fn is_role_word(t: &str) -> bool {
    // "info2", "contact01": a role with a number is still a role
    let w = t.trim_end_matches(|c: char| c.is_ascii_digit());
    !w.is_empty() && t.len() - w.len() <= 2 && ROLES.binary_search(&w).is_ok()
}

/// Whether a local part names a function rather than a person: a role
/// word ("contact", "info", "onthaal"), possibly with one qualifier
/// ("benevolat.bruxelles", "info-nl", "contact.asbl"), the role first or
/// last.  With `loose` (the association's own domain) the role may sit
/// anywhere among at most three parts.  "marie.dupont", "mdupont",
/// "fatou.diallo82", "jan.peeters" have no role word: personal.
pub fn is_role_local(local: &str, loose: bool) -> bool {
    let local = local.split('+').next().unwrap_or(local);
    let Some(whole) = fold_token(&local.replace(['.', '-', '_'], "")) else {
        return false;
    };
    // "no-reply", "do_not_reply" written in several parts
    if is_role_word(&whole) || whole == "donotreply" {
        return true;
    }
    let parts: Option<Vec<String>> = local
        .split(['.', '-', '_'])
        .filter(|p| !p.is_empty())
        .map(fold_token)
        .collect();
    let Some(parts) = parts else {
        return false;
    };
    let roles = parts.iter().filter(|p| is_role_word(p)).count();
    match parts.len() {
        0 | 1 => false,
        2 => roles >= 1 && (loose || is_role_word(&parts[0]) || is_role_word(&parts[1])),
        3 => roles >= 2 || loose && roles >= 1,
        _ => false,
    }
}

/// Domains reserved for examples and tests (RFC 2606, RFC 6761): never a
/// real person's mailbox.  Our own pseudonym codes
/// (`contact_001@exemple.invalid`) end in `.invalid`.
pub fn is_reserved_domain(domain: &str) -> bool {
    let d = domain.trim_end_matches('.').to_ascii_lowercase();
    let tld = d.rsplit('.').next().unwrap_or("");
    if matches!(tld, "invalid" | "example" | "test" | "localhost") {
        return true;
    }
    ["example.org", "example.com", "example.net"]
        .iter()
        .any(|e| d == *e || d.strip_suffix(e).is_some_and(|p| p.ends_with('.')))
}

/// Free webmail providers: anyone can open a mailbox there, so such a
/// domain never makes an address an organisation's.
const WEBMAIL: Words = words![
    "aol",
    "bbox",
    "belgacom",
    "free",
    "gmail",
    "gmx",
    "googlemail",
    "hetnet",
    "home",
    "hotmail",
    "icloud",
    "kpnmail",
    "laposte",
    "live",
    "mac",
    "mail",
    "me",
    "msn",
    "neuf",
    "numericable",
    "orange",
    "outlook",
    "planet",
    "proton",
    "protonmail",
    "proximus",
    "scarlet",
    "sfr",
    "skynet",
    "telenet",
    "tutanota",
    "voo",
    "wanadoo",
    "web",
    "xs4all",
    "yahoo",
    "yandex",
    "ymail",
    "ziggo",
    "zonnet",
];

/// Whether `domain` is a free webmail provider's ("gmail.com",
/// "skynet.be", "hotmail.fr", "laposte.net").
pub fn is_webmail(domain: &str) -> bool {
    let d = domain.trim_end_matches('.').to_ascii_lowercase();
    let mut labels = d.rsplit('.');
    let _tld = labels.next();
    labels.next().is_some_and(|l| WEBMAIL.has(l))
}

/// Whether an address found in a text is an organisation's mailbox or an
/// example, whoever's domain it is: a role local part, or a reserved
/// domain (which covers our own pseudonym codes).
pub fn is_organisation(addr: &str) -> bool {
    split(addr)
        .is_some_and(|(local, domain)| is_reserved_domain(domain) || is_role_local(local, false))
}

#[cfg(test)]
mod spelled_tests {
    use super::*;

    fn spelled(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find_spelled(&Doc::new(text), &mut out);
        out.iter().map(|f| &text[f.start..f.end]).collect()
    }

    #[test]
    fn addresses_spelled_out_are_addresses() {
        for (text, addr) in [
            (
                "mail: j.oconnell at hotmail dot com, thanks",
                "j.oconnell at hotmail dot com",
            ),
            ("b.nkemelu[at]yahoo.co.uk", "b.nkemelu[at]yahoo.co.uk"),
            (
                "écris à marie.dupont (at) orange (point) fr",
                "marie.dupont (at) orange (point) fr",
            ),
            ("Mail Jan AT Telenet DOT be", "Jan AT Telenet DOT be"),
            ("piet_j at gmail.com", "piet_j at gmail.com"),
            (
                "stuur naar an.peeters(at)skynet(punt)be",
                "an.peeters(at)skynet(punt)be",
            ),
        ] {
            assert_eq!(spelled(text), [addr], "{text}");
        }
    }

    #[test]
    fn prose_with_at_is_no_address() {
        for text in [
            "look at example.com for the form",
            "Meet at 10.30 at the hall.",
            "We are at the town hall dot the i's",
            "She works at Oxfam.",
            "at",
            "x at",
            "cost at [at] nothing",
        ] {
            assert!(spelled(text).is_empty(), "{text}: {:?}", spelled(text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_emails() {
        let mut v = Vec::new();
        find("Écrire à marie.dupont@gmail.com, ou x@y, ou @home.", &mut v);
        assert_eq!(v.len(), 1);
        assert_eq!(
            &"Écrire à marie.dupont@gmail.com, ou x@y, ou @home."[v[0].start..v[0].end],
            "marie.dupont@gmail.com"
        );
    }

    #[test]
    fn accented_local_parts_are_whole() {
        let t = "Écrivez à bénévoles@solidarite.org ou «info@x.be».";
        let mut v = Vec::new();
        find(t, &mut v);
        let got: Vec<&str> = v.iter().map(|f| &t[f.start..f.end]).collect();
        assert_eq!(got, ["bénévoles@solidarite.org", "info@x.be"]);
        assert!(is_organisation("bénévoles@solidarite.org"));
    }

    #[test]
    fn tables_are_sorted() {
        assert!(ROLES.windows(2).all(|w| w[0] < w[1]));
        let webmail: Vec<&str> = WEBMAIL.iter().collect();
        assert!(webmail.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn role_local_parts() {
        for l in [
            "contact",
            "Contact",
            "INFO",
            "infos",
            "accueil",
            "secretariat",
            "benevolat",
            "benevoles",
            "volunteer",
            "Volunteers",
            "jobs",
            "emploi",
            "recrutement",
            "rh",
            "HR",
            "presse",
            "press",
            "communication",
            "admin",
            "direction",
            "bureau",
            "dons",
            "donations",
            "membres",
            "members",
            "adhesion",
            "inscriptions",
            "formation",
            "support",
            "helpdesk",
            "hello",
            "bonjour",
            "office",
            "team",
            "equipe",
            "onthaal",
            "vrijwilligers",
            "secretariaat",
            "noreply",
            "no-reply",
            "No_Reply",
            "webmaster",
            "dpo",
            "privacy",
            "rgpd",
            "gdpr",
            "facturation",
            "comptabilite",
            "tresorerie",
            "boutique",
            "shop",
            "agenda",
            "events",
            "evenements",
            "info2",
            "contact01",
            "benevolat.bruxelles",
            "info-nl",
            "contact.asbl",
            "contact_asbl",
            "lyon.benevolat",
            "info+newsletter",
            "bénévolat",
            "secrétariat",
        ] {
            assert!(is_role_local(l, false), "{l}");
        }
        for l in [
            "marie.dupont",
            "mdupont",
            "fatou.diallo82",
            "jan.peeters",
            "marie",
            "jean-pierre",
            "j.martin",
            "info2024x",
            "contact.marie.dupont",
            "pressman",
            "donald",
            "x",
            "",
        ] {
            assert!(!is_role_local(l, false), "{l}");
        }
        // on the association's own domain a role may sit in the middle
        assert!(is_role_local("lyon.benevolat.nord", true));
        assert!(is_role_local("presse.paris.nord", true));
        assert!(!is_role_local("lyon.benevolat.nord", false));
        assert!(!is_role_local("marie.dupont", true));
    }

    #[test]
    fn reserved_and_webmail_domains() {
        for d in [
            "exemple.invalid",
            "Example.INVALID",
            "voorbeeld.invalid",
            "x.example",
            "a.test",
            "example.org",
            "example.com",
            "example.net",
            "mail.example.org",
            "example.org.",
        ] {
            assert!(is_reserved_domain(d), "{d}");
        }
        for d in [
            "example.fr",
            "notexample.org",
            "test.fr",
            "invalid.org",
            "exemple.com",
        ] {
            assert!(!is_reserved_domain(d), "{d}");
        }
        for d in [
            "gmail.com",
            "Hotmail.FR",
            "outlook.be",
            "yahoo.fr",
            "skynet.be",
            "telenet.be",
            "proximus.be",
            "orange.fr",
            "free.fr",
            "laposte.net",
            "icloud.com",
            "wanadoo.fr",
        ] {
            assert!(is_webmail(d), "{d}");
        }
        for d in [
            "jardins.org",
            "mail.jardins.org",
            "free-asso.org",
            "gmail",
            "",
        ] {
            assert!(!is_webmail(d), "{d}");
        }
    }

    #[test]
    fn organisation_addresses() {
        assert!(is_organisation("contact@jardins.org"));
        assert!(
            is_organisation("contact.jardins@gmail.com"),
            "a role on webmail is a role"
        );
        assert!(is_organisation("contact_001@exemple.invalid"));
        assert!(is_organisation("contact_123@example.invalid"));
        assert!(is_organisation("contact_9@voorbeeld.invalid"));
        assert!(!is_organisation("marie.durand@gmail.com"));
        assert!(!is_organisation("marie.dupont@jardins.org"));
        assert!(!is_organisation("no address"));
        assert_eq!(split("a@b.c"), Some(("a", "b.c")));
        assert_eq!(split("@b.c"), None);
    }
}
