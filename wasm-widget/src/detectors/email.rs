//! E-mail addresses: `local@domain.tld`, found by expanding around each '@'.

use super::Finding;
use crate::report::EntityType;

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
        let mut s = at;
        while s > 0 && local_char(b[s - 1]) {
            s -= 1;
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
}
