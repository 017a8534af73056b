//! YAML parsing with errors a committee member can act on.
//!
//! serde-saphyr keeps the line and column of every value ([`Spanned`]) and of every error; this module
//! turns its errors into [`Diagnostic`]s with the file's real line numbers (front matter starts below
//! the `---` line) and adds a "did you mean" hint to unknown keys and values.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::{Error, Location, Spanned};

use crate::diagnostics::{did_you_mean, Diagnostic, Origin};

/// Where a YAML document sits in its file, to turn its locations into file positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlSource {
    pub file: std::path::PathBuf,
    pub line_offset: u64,
}

impl YamlSource {
    pub fn new(file: &Path, line_offset: u64) -> Self {
        YamlSource {
            file: file.to_path_buf(),
            line_offset,
        }
    }

    /// The file position of a parsed value.
    pub fn origin<T>(&self, spanned: &Spanned<T>) -> Origin {
        self.at(&spanned.referenced)
    }

    pub fn at(&self, location: &Location) -> Origin {
        if *location == Location::UNKNOWN {
            return Origin::new(&self.file, self.line_offset + 1, 1);
        }
        Origin::new(
            &self.file,
            location.line() + self.line_offset,
            location.column(),
        )
    }
}

/// Parses a YAML document into `T`.
pub fn parse<T: DeserializeOwned>(yaml: &str, source: &YamlSource) -> Result<T, Diagnostic> {
    if yaml.trim().is_empty() {
        return Err(Diagnostic::new(
            Origin::new(&source.file, source.line_offset + 1, 1),
            if source.line_offset == 0 {
                "file is empty"
            } else {
                "front matter is empty"
            },
            "add the required keys (see README, Content reference)",
        ));
    }
    serde_saphyr::from_str::<T>(yaml).map_err(|e| to_diagnostic(&e, source))
}

fn to_diagnostic(error: &Error, source: &YamlSource) -> Diagnostic {
    let error = error.without_snippet();
    let origin = error.location().map_or_else(
        || Origin::new(&source.file, source.line_offset + 1, 1),
        |l| source.at(&l),
    );
    // A value reached through an alias (`*name`) is reported where it is used, with the message of
    // the underlying error.
    let mut error = error;
    while let Error::AliasError { error: inner, .. } | Error::WithSnippet { error: inner, .. } =
        error
    {
        error = inner;
    }
    match error {
        Error::SerdeUnknownField {
            field, expected, ..
        } => {
            let hint = match did_you_mean(field, expected.iter().copied()) {
                Some(best) => format!(
                    "did you mean `{best}`? allowed keys: {}",
                    expected.join(", ")
                ),
                None => format!("allowed keys here: {}", expected.join(", ")),
            };
            Diagnostic::new(origin, format!("unknown key `{field}`"), hint)
        }
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let hint = match did_you_mean(variant, expected.iter().copied()) {
                Some(best) => format!(
                    "did you mean `{best}`? allowed values: {}",
                    expected.join(", ")
                ),
                None => format!("allowed values: {}", expected.join(", ")),
            };
            Diagnostic::new(origin, format!("unknown value `{variant}`"), hint)
        }
        Error::SerdeMissingField { field, .. } => Diagnostic::new(
            origin,
            format!("missing required key `{field}`"),
            format!("add `{field}: …` here (see README, Content reference)"),
        ),
        Error::DuplicateMappingKey { key, .. } => Diagnostic::new(
            origin,
            match key {
                Some(k) => format!("key `{k}` is given twice"),
                None => "a key is given twice".to_string(),
            },
            "keep only one of them",
        ),
        Error::InvalidScalar { ty, .. } => Diagnostic::new(
            origin,
            format!("wrong type: this value must be {}", describe_scalar(ty)),
            TYPE_HINT,
        ),
        Error::Unexpected { expected, .. } if describe_node(expected).is_some() => Diagnostic::new(
            origin,
            format!(
                "wrong type: {}",
                describe_node(expected).unwrap_or_default()
            ),
            TYPE_HINT,
        ),
        Error::NonFiniteFloat { value, .. } => Diagnostic::new(
            origin,
            format!("`{value}` is not a usable number"),
            "write a finite number such as 12 or 7.5",
        ),
        Error::NullIntoString { .. } => Diagnostic::new(
            origin,
            "this value is empty",
            "write the text after the `:` (between quotes if it contains `:` or `#`)",
        ),
        other => {
            let rendered = other.render_with_options(serde_saphyr::render_options! {
                snippets: serde_saphyr::SnippetMode::Off,
            });
            Diagnostic::new(origin, plain_message(&rendered), yaml_hint(&rendered))
        }
    }
}

const TYPE_HINT: &str = "see the README's Content reference for what this key expects";

/// A scalar type as a committee member would name it (serde-saphyr names Rust types).
fn describe_scalar(ty: &str) -> String {
    match ty {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "a whole number (0, 1, 2…)".into(),
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "a whole number".into(),
        "f32" | "f64" | "floating point" => "a number (such as 12 or 7.5)".into(),
        "bool" | "boolean" => "`true` or `false`".into(),
        "char" => "a single character".into(),
        other => format!("a value of type {other}"),
    }
}

/// The YAML structure serde-saphyr expected, in plain words; `None` for internal states.
fn describe_node(expected: &str) -> Option<&'static str> {
    match expected {
        "sequence start" => Some("expected a list here (`[a, b]`, or lines starting with `- `)"),
        "mapping start" => Some("expected keys and values here (`key: value` lines)"),
        "string scalar" | "scalar" => Some("expected a single value here, not a list or keys"),
        _ => None,
    }
}

/// serde-saphyr prefixes messages with their own position; ours is already in the origin.
fn plain_message(rendered: &str) -> String {
    let first = rendered.lines().next().unwrap_or("").trim();
    let without_prefix = first.strip_prefix("error: ").unwrap_or(first);
    let without_position = match without_prefix.split_once(": ") {
        Some((head, rest)) if head.starts_with("line ") => rest,
        _ => without_prefix,
    };
    let cleaned = match without_position.rfind(" at line ") {
        Some(i) => &without_position[..i],
        None => without_position,
    };
    format!("invalid YAML: {cleaned}")
}

fn yaml_hint(message: &str) -> String {
    if message.contains("after double-quoted scalar")
        || message.contains("after single-quoted scalar")
    {
        "a quoted value ends at its closing quote: check that each quote opened on this line or above is closed, and that nothing follows it".into()
    } else if message.contains("mapping values are not allowed") {
        "a `: ` inside a value starts a new key: put the value between quotes, or fix the indentation".into()
    } else if message.contains("invalid") || message.contains("expected") {
        "check the value's type against the README's Content reference; quote text that contains `:` or starts with a special character".into()
    } else {
        "check the indentation and quoting around this position".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        title: Spanned<String>,
        #[allow(dead_code)]
        order: u32,
        #[serde(default)]
        #[allow(dead_code)]
        kind: Option<Kind>,
    }

    #[derive(Deserialize, Debug)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        AtLeast,
        AtMost,
    }

    fn src() -> YamlSource {
        YamlSource::new(Path::new("content/x.md"), 1)
    }

    #[test]
    fn spans_are_shifted_to_file_lines() {
        let doc: Doc = parse("title: Hello\norder: 2\n", &src()).expect("valid");
        assert_eq!(src().origin(&doc.title).to_string(), "content/x.md:2:8");
        assert!(matches!(
            doc.kind,
            None | Some(Kind::AtLeast | Kind::AtMost)
        ));
    }

    #[test]
    fn unknown_key_gets_a_suggestion() {
        let err = parse::<Doc>("title: a\norder: 1\ntitel: b\n", &src()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "content/x.md:4:1: error: unknown key `titel` — did you mean `title`? allowed keys: title, order, kind"
        );
    }

    #[test]
    fn missing_key_and_wrong_type() {
        let err = parse::<Doc>("title: a\n", &src()).unwrap_err();
        assert_eq!(err.message, "missing required key `order`");
        let err = parse::<Doc>("title: a\norder: many\n", &src()).unwrap_err();
        assert_eq!(err.origin.to_string(), "content/x.md:3:8");
        assert_eq!(
            err.message,
            "wrong type: this value must be a whole number (0, 1, 2…)"
        );
        let err = parse::<Doc>("title: [a, b]\norder: 1\n", &src()).unwrap_err();
        assert_eq!(
            err.message,
            "wrong type: expected a single value here, not a list or keys"
        );
        let err = parse::<Doc>("title:\norder: 1\n", &src()).unwrap_err();
        assert_eq!(err.message, "this value is empty");
        let err = parse::<Doc>("title: \"a\nb: c\norder: 1\n", &src()).unwrap_err();
        assert!(err.message.starts_with("invalid YAML: "), "{}", err.message);
    }

    #[test]
    fn errors_through_aliases_keep_a_plain_message_at_the_use_site() {
        let err = parse::<Doc>("title: &t hello\norder: *t\n", &src()).unwrap_err();
        assert_eq!(err.origin.to_string(), "content/x.md:3:8");
        assert_eq!(
            err.message,
            "wrong type: this value must be a whole number (0, 1, 2…)"
        );
    }

    #[test]
    fn unknown_enum_value_and_empty_document() {
        let err = parse::<Doc>("title: a\norder: 1\nkind: at_lest\n", &src()).unwrap_err();
        assert_eq!(err.message, "unknown value `at_lest`");
        assert!(err.hint.starts_with("did you mean `at_least`?"));
        let err = parse::<Doc>("  \n", &src()).unwrap_err();
        assert_eq!(err.message, "front matter is empty");
    }
}
