//! The words the generator itself prints in a charter PDF (title block, footer, signature page,
//! document properties). The charter's own text comes from its Markdown; only these labels depend
//! on the `language` of the document.
//!
//! They are UI strings like any other, kept with the site's in the built-in theme
//! (`themes/default/i18n/LANG.yaml`, keys `pdf_*`), so a new language is one more YAML file and no
//! code. Unlike the site's strings, they are always read from the *built-in* theme, never from a
//! theme of the handbook's own: every word is part of the bytes whose SHA-256 a revision records
//! and its signers sign, so the PDF must depend on the generator's version and the revision only.

use std::collections::BTreeMap;

use super::ui_strings::{self, UI_STRINGS_DIR};
use super::PdfError;

/// Printed labels in one language. Templates hold `{name}` placeholders, filled with [`fill`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    /// Title block rows.
    pub revision: String,
    pub date: String,
    pub approval: String,
    pub sources_hash: String,
    /// Footer: "{association} — {title} — revision {revision} of {date}".
    pub footer_revision: String,
    /// Footer: "SHA-256 of the sources: {hash}".
    pub footer_hash: String,
    /// Footer, right: "Page {page} of {pages}".
    pub page: String,
    pub signatures: String,
    /// Statement above the signers' table: `{title}` and `{revision}`.
    pub statement: String,
    /// Signers' table headings: name, role, date, signature.
    pub columns: [String; 4],
    /// Note under the table: `{fields}`, the number of signature fields.
    pub note: String,
    /// Tooltip of the digital signature field of row `{n}`.
    pub field_tooltip: String,
    pub months: [String; 12],
    /// How the first day of a month is written ("1er" in French).
    pub first_day: String,
    /// The PDF's Subject property: `{association}`, `{revision_label}`, `{revision}`, `{date}`,
    /// `{approved_by}`, `{hash}`.
    pub subject: String,
}

impl Labels {
    /// The labels for `language` (a BCP 47 tag such as `fr` or `fr-BE`) from the built-in theme.
    ///
    /// A language without a file, or a file without a key, falls back as the site's pages do: to
    /// the primary language (`fr` for `fr-BE`), then French, then any language the theme has. A
    /// key no language has is an error, never a label printed as its key in a signed document.
    pub fn for_language(language: &str) -> Result<Labels, PdfError> {
        let strings = ui_strings::built_in(language).map_err(PdfError::Labels)?;
        Labels::from_strings(&strings)
    }

    /// The labels from one language's UI strings (already merged with their fallbacks).
    pub fn from_strings(strings: &BTreeMap<String, String>) -> Result<Labels, PdfError> {
        let get = |key: &str| {
            strings.get(key).cloned().ok_or_else(|| {
                PdfError::Labels(format!(
                    "no UI string `{key}` in {UI_STRINGS_DIR}/ (add it to every LANG.yaml there)"
                ))
            })
        };
        let mut months: [String; 12] = Default::default();
        for (i, month) in months.iter_mut().enumerate() {
            *month = get(&format!("pdf_month_{}", i + 1))?;
        }
        Ok(Labels {
            revision: get("pdf_revision")?,
            date: get("pdf_date")?,
            approval: get("pdf_approval")?,
            sources_hash: get("pdf_sources_hash")?,
            footer_revision: get("pdf_footer_revision")?,
            footer_hash: get("pdf_footer_hash")?,
            page: get("pdf_page")?,
            signatures: get("pdf_signatures")?,
            statement: get("pdf_statement")?,
            columns: [
                get("pdf_column_name")?,
                get("pdf_column_role")?,
                get("pdf_column_date")?,
                get("pdf_column_signature")?,
            ],
            note: get("pdf_note")?,
            field_tooltip: get("pdf_field_tooltip")?,
            months,
            first_day: get("pdf_first_day")?,
            subject: get("pdf_subject")?,
        })
    }

    /// A date written out: "12 mars 2026", "12 March 2026".
    pub fn long_date(&self, year: u16, month: u8, day: u8) -> String {
        let name = &self.months[usize::from(month.clamp(1, 12) - 1)];
        let day = if day == 1 {
            self.first_day.clone()
        } else {
            day.to_string()
        };
        format!("{day} {name} {year}")
    }
}

/// `template` with each `{name}` of `values` replaced by its value, in one pass: a value that
/// happens to contain `{title}` is printed as written, not filled in again.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key [`Labels::from_strings`] reads, for the check that each language has them all.
    const KEYS: [&str; 29] = [
        "pdf_revision",
        "pdf_date",
        "pdf_approval",
        "pdf_sources_hash",
        "pdf_footer_revision",
        "pdf_footer_hash",
        "pdf_page",
        "pdf_signatures",
        "pdf_statement",
        "pdf_column_name",
        "pdf_column_role",
        "pdf_column_date",
        "pdf_column_signature",
        "pdf_note",
        "pdf_field_tooltip",
        "pdf_month_1",
        "pdf_month_2",
        "pdf_month_3",
        "pdf_month_4",
        "pdf_month_5",
        "pdf_month_6",
        "pdf_month_7",
        "pdf_month_8",
        "pdf_month_9",
        "pdf_month_10",
        "pdf_month_11",
        "pdf_month_12",
        "pdf_first_day",
        "pdf_subject",
    ];

    /// Each language file of the built-in theme has every PDF label itself: a fallback keeps a
    /// PDF printable, but a signed document in one language should not borrow words of another.
    #[test]
    fn pdf_labels_exist_in_every_language_file() {
        let languages = ui_strings::built_in_languages().expect("the built-in UI strings parse");
        assert!(languages.contains_key(ui_strings::FALLBACK_LANGUAGE));
        for (lang, strings) in &languages {
            for key in KEYS {
                assert!(
                    strings.get(key).is_some_and(|s| !s.trim().is_empty()),
                    "{UI_STRINGS_DIR}/{lang}.yaml has no `{key}`"
                );
            }
        }
    }

    /// [`KEYS`] names every key the labels are read from, so the check above covers them all.
    #[test]
    fn pdf_labels_keys_are_all_that_is_read() {
        let strings: BTreeMap<String, String> = KEYS
            .iter()
            .map(|k| (k.to_string(), k.to_string()))
            .collect();
        Labels::from_strings(&strings).expect("KEYS are enough to build the labels");
    }

    #[test]
    fn pdf_labels_follow_the_language_and_fall_back_to_french() {
        let fr = Labels::for_language("fr").expect("French labels");
        assert_eq!(Labels::for_language("fr-BE").expect("fr-BE"), fr);
        assert_eq!(Labels::for_language("xx").expect("unknown language"), fr);
        assert_ne!(Labels::for_language("en").expect("English labels"), fr);
    }

    #[test]
    fn pdf_labels_missing_key_is_an_error_naming_it() {
        let mut strings = ui_strings::built_in("fr").expect("French strings");
        strings.remove("pdf_note");
        let err = Labels::from_strings(&strings).expect_err("a missing key is refused");
        assert!(err.to_string().contains("`pdf_note`"), "{err}");
    }

    #[test]
    fn pdf_labels_fill_is_one_pass() {
        assert_eq!(
            fill("{a} and {b}, {c}", &[("a", "{b}"), ("b", "two")]),
            "{b} and two, {c}"
        );
        assert_eq!(fill("no { closing", &[("x", "y")]), "no { closing");
    }

    #[test]
    fn pdf_labels_long_date_writes_the_first_day_as_the_language_does() {
        let fr = Labels::for_language("fr").expect("French labels");
        assert_eq!(
            fr.long_date(2026, 3, 1),
            format!("{} {} 2026", fr.first_day, fr.months[2])
        );
        assert_eq!(
            fr.long_date(2026, 3, 12),
            format!("12 {} 2026", fr.months[2])
        );
    }
}
