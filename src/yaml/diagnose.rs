//! One serde-saphyr error as a [`Diagnostic`] a committee member can act on: at the file's real
//! position, in plain words (a whole number, a list, keys and values rather than Rust types), with
//! a "did you mean" for an unknown key or value, and how [`parse`](super::parse) can go on past it.
//!
//! The wording lives here and nowhere else; what the hints read from the document's lines is in
//! [`hints`](super::hints).

use serde_saphyr::Error;

use super::hints::{continued_value, misindented_key, syntax_message};
use super::recover::Recovery;
use super::YamlSource;
use crate::diagnostics::{did_you_mean, Diagnostic, Origin};

/// A value reached through an alias (`*name`) is reported where it is used, with the message of
/// the underlying error.
pub(super) fn innermost(mut error: &Error) -> &Error {
    while let Error::AliasError { error: inner, .. } | Error::WithSnippet { error: inner, .. } =
        error
    {
        error = inner;
    }
    error
}

/// The problem `error` describes, and how the document can be parsed again past it. `lines` are
/// the document's lines, for hints about indentation.
pub(super) fn to_diagnostic(
    error: &Error,
    source: &YamlSource,
    lines: &[&str],
) -> (Diagnostic, Recovery) {
    let error = error.without_snippet();
    let origin = error.location().map_or_else(
        || Origin::new(&source.file, source.line_offset + 1, 1),
        |l| source.at(&l),
    );
    let error = innermost(error);
    let doc_line = origin.line.saturating_sub(source.line_offset) as usize;
    let recovery = match error {
        Error::Unexpected { expected, .. } if describe_node(expected).is_some() => Recovery::Value,
        Error::SerdeUnknownField {
            field, expected, ..
        } => Recovery::Key {
            key: field.to_string(),
            likely: did_you_mean(field, expected.iter().copied()).map(str::to_string),
        },
        Error::SerdeUnknownVariant { .. }
        | Error::DuplicateMappingKey { .. }
        | Error::InvalidScalar { .. }
        | Error::NonFiniteFloat { .. }
        | Error::NullIntoString { .. } => Recovery::Value,
        Error::SerdeMissingField { .. } => Recovery::Item,
        _ => Recovery::None,
    };
    let diagnostic = match error {
        Error::SerdeUnknownField {
            field, expected, ..
        } => unknown(
            origin,
            "key",
            "allowed keys",
            "allowed keys here",
            field,
            expected,
        ),
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => unknown(
            origin,
            "value",
            "allowed values",
            "allowed values",
            variant,
            expected,
        ),
        Error::SerdeMissingField { field, .. } => {
            let hint = match misindented_key(lines, doc_line, origin.col as usize - 1, field) {
                Some((line, indent)) => format!(
                    "line {} writes `{field}:` indented by {indent} space{}, the other keys of this block by {}: line them up",
                    line + source.line_offset as usize,
                    if indent == 1 { "" } else { "s" },
                    origin.col - 1
                ),
                None => format!("add `{field}: …` here (see README, Content reference)"),
            };
            Diagnostic::new(origin, format!("missing required key `{field}`"), hint)
        }
        Error::DuplicateMappingKey { key, .. } => Diagnostic::new(
            origin,
            match key {
                Some(k) => format!("key `{k}` is given twice"),
                None => "a key is given twice".to_string(),
            },
            "keep only one of them",
        ),
        Error::InvalidScalar { ty, .. } => {
            let hint = continued_value(lines, doc_line, source.line_offset as usize)
                .unwrap_or_else(|| TYPE_HINT.to_string());
            Diagnostic::new(
                origin,
                format!("wrong type: this value must be {}", describe_scalar(ty)),
                hint,
            )
        }
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
            let (message, hint) =
                syntax_message(&rendered, lines, doc_line, source.line_offset as usize);
            Diagnostic::new(origin, message, hint)
        }
    };
    (diagnostic, recovery)
}

const TYPE_HINT: &str = "see the README's Content reference for what this key expects";

/// A scalar type as a committee member would name it (serde-saphyr names Rust types).
/// An unknown key or value, with the closest allowed one when a typo is likely.
fn unknown(
    origin: Origin,
    what: &str,
    list_after_guess: &str,
    list_alone: &str,
    name: &str,
    expected: &[&str],
) -> Diagnostic {
    let hint = match did_you_mean(name, expected.iter().copied()) {
        Some(best) => format!(
            "did you mean `{best}`? {list_after_guess}: {}",
            expected.join(", ")
        ),
        None => format!("{list_alone}: {}", expected.join(", ")),
    };
    Diagnostic::new(origin, format!("unknown {what} `{name}`"), hint)
}

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

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::super::tests::{src, Doc};

    #[test]
    fn unknown_key_gets_a_suggestion() {
        let err = parse::<Doc>("title: a\norder: 1\ntitel: b\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(
            err.to_string(),
            "content/x.md:4:1: error: unknown key `titel` — did you mean `title`? allowed keys: title, order, kind"
        );
    }

    #[test]
    fn missing_key_and_wrong_type() {
        let err = parse::<Doc>("title: a\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(err.message, "missing required key `order`");
        let err = parse::<Doc>("title: a\norder: many\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(err.origin.to_string(), "content/x.md:3:8");
        assert_eq!(
            err.message,
            "wrong type: this value must be a whole number (0, 1, 2…)"
        );
        let err = parse::<Doc>("title: [a, b]\norder: 1\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(
            err.message,
            "wrong type: expected a single value here, not a list or keys"
        );
        let err = parse::<Doc>("title:\norder: 1\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(err.message, "this value is empty");
        let err = parse::<Doc>("title: \"a\nb: c\norder: 1\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert!(err.message.starts_with("invalid YAML: "), "{}", err.message);
    }

    #[test]
    fn errors_through_aliases_keep_a_plain_message_at_the_use_site() {
        let err = parse::<Doc>("title: &t hello\norder: *t\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(err.origin.to_string(), "content/x.md:3:8");
        assert_eq!(
            err.message,
            "wrong type: this value must be a whole number (0, 1, 2…)"
        );
    }

    #[test]
    fn unknown_enum_value_and_empty_document() {
        let err = parse::<Doc>("title: a\norder: 1\nkind: at_lest\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(err.message, "unknown value `at_lest`");
        assert!(err.hint.starts_with("did you mean `at_least`?"));
        let err = parse::<Doc>("  \n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(err.message, "front matter is empty");
    }
}
