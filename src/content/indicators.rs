//! Indicators: what the association measures each quarter (adoption, performance, security) against a
//! target, to know whether its AI framework works.

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use super::Markdown;
use crate::diagnostics::Diagnostics;
use crate::yaml::YamlSource;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorsDoc {
    #[serde(default)]
    intro: Option<Spanned<String>>,
    periods: Spanned<Vec<String>>,
    indicators: Vec<IndicatorDoc>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndicatorDoc {
    id: Spanned<String>,
    label: String,
    group: Group,
    unit: Unit,
    #[serde(default)]
    target: Option<Spanned<TargetDoc>>,
    direction: Direction,
    values: Spanned<Vec<Option<f64>>>,
    #[serde(default)]
    source: Option<String>,
}

/// A target as written: a bare number or a text such as "60 %".
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum TargetDoc {
    Number(f64),
    Text(String),
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Adoption,
    Performance,
    Security,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Percent,
    Count,
    Hours,
    Score,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// A floor to reach (trained staff, regular users).
    AtLeast,
    /// A ceiling not to pass (published errors, unapproved tools).
    AtMost,
    /// Followed without a target: the trend is read, not judged. Some figures have no good side —
    /// more incident reports may mean more incidents, or more trust in reporting them.
    Watch,
}

#[derive(Debug, Clone, Serialize)]
pub struct Indicators {
    /// The file it was read from (a translated twin when there is one).
    #[serde(skip)]
    pub source: std::path::PathBuf,
    pub intro: Option<Markdown>,
    pub periods: Vec<String>,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Indicator {
    pub id: String,
    pub label: String,
    pub group: Group,
    pub unit: Unit,
    /// `None` only for a watched indicator.
    pub target: Option<f64>,
    pub direction: Direction,
    pub values: Vec<Option<f64>>,
    pub source: Option<String>,
    /// Whether the latest measured value meets the target (`None`: nothing measured, or watched).
    pub met: Option<bool>,
}

pub fn check(doc: IndicatorsDoc, src: &YamlSource, diags: &mut Diagnostics) -> Option<Indicators> {
    let before = diags.len();
    if doc.periods.value.is_empty() {
        diags.error(
            src.origin(&doc.periods),
            "`periods` is empty",
            "list the measurement periods, e.g. [\"T1 2026\", \"T2 2026\"]",
        );
    }
    super::check_unique(
        doc.indicators
            .iter()
            .map(|i| (i.id.value.as_str(), src.origin(&i.id))),
        "indicator id",
        diags,
    );
    let mut indicators = Vec::new();
    for ind in doc.indicators {
        let target = match (&ind.target, ind.direction) {
            (Some(target), Direction::Watch) => {
                diags.error(
                    src.origin(target),
                    "a watched indicator (`direction: watch`) has no target",
                    "remove `target`, or choose `direction: at_least` or `at_most` to judge against it",
                );
                continue;
            }
            (None, Direction::Watch) => None,
            (None, _) => {
                diags.error(
                    src.origin(&ind.id),
                    format!("indicator `{}` has no `target`", ind.id.value),
                    "add a target (`target: 0`, `target: \"60 %\"`), or write `direction: watch` to follow it without one",
                );
                continue;
            }
            (Some(target), _) => match parse_target(&target.value, ind.unit) {
                Ok(t) => Some(t),
                Err(message) => {
                    diags.error(
                        src.origin(target),
                        message,
                        "write a number (`0`, `7.5`) or a percentage (`\"60 %\"`, `100%`)",
                    );
                    continue;
                }
            },
        };
        if ind.values.value.len() > doc.periods.value.len() {
            diags.error(
                src.origin(&ind.values),
                format!(
                    "{} values for {} periods",
                    ind.values.value.len(),
                    doc.periods.value.len()
                ),
                "give at most one value per period (use `null` for a period not measured)",
            );
        }
        if ind.values.value.iter().flatten().any(|v| !v.is_finite()) {
            diags.error(
                src.origin(&ind.values),
                "values must be finite numbers",
                "write numbers, or `null` for a period not measured",
            );
        }
        let met = ind
            .values
            .value
            .iter()
            .rev()
            .flatten()
            .next()
            .and_then(|&last| meets(ind.direction, last, target?));
        indicators.push(Indicator {
            id: ind.id.value,
            label: ind.label,
            group: ind.group,
            unit: ind.unit,
            target,
            direction: ind.direction,
            values: ind.values.value,
            source: ind.source,
            met,
        });
    }
    if diags.len() != before {
        return None;
    }
    Some(Indicators {
        source: src.file.clone(),
        intro: doc.intro.as_ref().map(|s| {
            Markdown::new(
                s.value.clone(),
                &src.file,
                src.origin(s).line.saturating_sub(1),
            )
        }),
        periods: doc.periods.value,
        indicators,
    })
}

/// Whether `value` is on the good side of `target` for an indicator going in `direction`; `None` for
/// a watched indicator, which has no good side.
pub fn meets(direction: Direction, value: f64, target: f64) -> Option<bool> {
    match direction {
        Direction::AtLeast => Some(value >= target),
        Direction::AtMost => Some(value <= target),
        Direction::Watch => None,
    }
}

fn parse_target(target: &TargetDoc, unit: Unit) -> Result<f64, String> {
    let value = match target {
        TargetDoc::Number(n) => *n,
        TargetDoc::Text(text) => {
            let trimmed = text.trim();
            let (number, percent) = match trimmed.strip_suffix('%') {
                Some(n) => (n.trim_end_matches([' ', '\u{a0}', '\u{202f}']), true),
                None => (trimmed, false),
            };
            let parsed = number
                .replace(',', ".")
                .parse::<f64>()
                .map_err(|_| format!("target `{text}` is neither a number nor a percentage"))?;
            if percent && unit != Unit::Percent {
                return Err(format!(
                    "target `{text}` is a percentage but the unit is not `percent`"
                ));
            }
            parsed
        }
    };
    if !value.is_finite() || value < 0.0 {
        return Err(format!("target {value} must be a number ≥ 0"));
    }
    if unit == Unit::Percent && value > 100.0 {
        return Err(format!("target {value} % is above 100 %"));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_accept_numbers_and_percentages() {
        assert_eq!(
            parse_target(&TargetDoc::Text("60 %".into()), Unit::Percent),
            Ok(60.0)
        );
        assert_eq!(
            parse_target(&TargetDoc::Text("100%".into()), Unit::Percent),
            Ok(100.0)
        );
        assert_eq!(
            parse_target(&TargetDoc::Text("7,5".into()), Unit::Score),
            Ok(7.5)
        );
        assert_eq!(parse_target(&TargetDoc::Number(0.0), Unit::Count), Ok(0.0));
        assert!(parse_target(&TargetDoc::Text("beaucoup".into()), Unit::Count).is_err());
        assert!(parse_target(&TargetDoc::Text("60 %".into()), Unit::Hours).is_err());
        assert!(parse_target(&TargetDoc::Number(120.0), Unit::Percent).is_err());
    }
}
