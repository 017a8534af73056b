//! Turning titles into URL fragments (`Catégorie 3 : données` → `categorie-3-donnees`).

/// Lowercase ASCII slug: accents folded, every run of other characters becomes one `-`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_dash = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let mut buf = [0u8; 4];
        let folded: &str = if c.is_ascii_alphanumeric() {
            c.encode_utf8(&mut buf)
        } else {
            fold(c)
        };
        if folded.is_empty() {
            pending_dash = !slug.is_empty();
            continue;
        }
        for f in folded.chars() {
            if f.is_ascii_alphanumeric() {
                if pending_dash {
                    slug.push('-');
                    pending_dash = false;
                }
                slug.push(f);
            } else {
                pending_dash = !slug.is_empty();
            }
        }
    }
    slug
}

/// The ASCII letters of a Latin letter without its accents, or nothing (a separator) for any other
/// character: the checker's accent table, so a slug folds a word the way search and the checker do.
fn fold(c: char) -> &'static str {
    wasm_widget::text::unaccent(c).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn folds_french_accents_and_punctuation() {
        assert_eq!(
            slugify("Catégorie 3 : données personnelles"),
            "categorie-3-donnees-personnelles"
        );
        assert_eq!(slugify("  L’œuvre « à part »  "), "l-oeuvre-a-part");
        assert_eq!(
            slugify("Module 2 — Cadre légal (45 min)"),
            "module-2-cadre-legal-45-min"
        );
        assert_eq!(slugify("???"), "");
    }
}
