//! The tools register: which AI tools are approved, under evaluation or refused, and why — the answer
//! to "shadow AI" (everyone using whatever they found).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use super::Markdown;
use crate::diagnostics::{did_you_mean, Diagnostics};
use crate::yaml::YamlSource;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolsDoc {
    #[serde(default)]
    intro: Option<Spanned<String>>,
    criteria: Spanned<Vec<CriterionDoc>>,
    tools: Vec<ToolDoc>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct CriterionDoc {
    id: Spanned<String>,
    label: String,
    question: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ToolDoc {
    name: Spanned<String>,
    vendor: String,
    status: Status,
    usage: String,
    #[serde(default)]
    conditions: Option<String>,
    decided: Spanned<String>,
    assessment: Spanned<BTreeMap<CriterionKey, Rating>>,
}

/// A criterion id used as a key, ordered by its text but keeping its position for errors.
#[derive(Debug, Clone, Deserialize)]
#[serde(transparent)]
struct CriterionKey(Spanned<String>);

impl PartialEq for CriterionKey {
    fn eq(&self, other: &Self) -> bool {
        self.0.value == other.0.value
    }
}
impl Eq for CriterionKey {}
impl PartialOrd for CriterionKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for CriterionKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.value.cmp(&other.0.value)
    }
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Approved,
    Evaluation,
    Refused,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub rating: Level,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Ok,
    Partial,
    No,
}

#[derive(Debug, Clone, Serialize)]
pub struct ToolsRegister {
    /// The file it was read from (a translated twin when there is one).
    #[serde(skip)]
    pub source: std::path::PathBuf,
    pub intro: Option<Markdown>,
    pub criteria: Vec<Criterion>,
    pub tools: Vec<Tool>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Criterion {
    pub id: String,
    pub label: String,
    pub question: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    pub name: String,
    pub slug: String,
    pub vendor: String,
    pub status: Status,
    pub usage: String,
    pub conditions: Option<String>,
    pub decided: String,
    /// One rating per criterion, in the criteria's order.
    pub assessment: Vec<Rating>,
}

pub fn check(doc: ToolsDoc, src: &YamlSource, diags: &mut Diagnostics) -> Option<ToolsRegister> {
    let before = diags.len();
    if doc.criteria.value.is_empty() {
        diags.error(
            src.origin(&doc.criteria),
            "the register has no evaluation criteria",
            "list the criteria every tool is assessed on (data location, GDPR, encryption…)",
        );
    }
    super::check_unique(
        doc.criteria
            .value
            .iter()
            .map(|c| (c.id.value.as_str(), src.origin(&c.id))),
        "criterion id",
        diags,
    );
    let ids: Vec<&str> = doc
        .criteria
        .value
        .iter()
        .map(|c| c.id.value.as_str())
        .collect();
    let mut tools = Vec::new();
    for tool in &doc.tools {
        if let Some(message) = crate::dates::error("`decided`", &tool.decided.value) {
            diags.error(
                src.origin(&tool.decided),
                message,
                "e.g. `decided: \"2026-03-12\"`",
            );
        }
        for CriterionKey(key) in tool.assessment.value.keys() {
            if !ids.contains(&key.value.as_str()) {
                let hint = match did_you_mean(&key.value, ids.iter().copied()) {
                    Some(best) => format!("did you mean `{best}`? criteria: {}", ids.join(", ")),
                    None => format!("criteria defined in `criteria`: {}", ids.join(", ")),
                };
                diags.error(
                    src.origin(key),
                    format!("`{}` is not an evaluation criterion", key.value),
                    hint,
                );
            }
        }
        let mut assessment = Vec::new();
        for id in &ids {
            match tool.assessment.value.iter().find(|(k, _)| k.0.value == *id) {
                Some((_, rating)) => assessment.push(rating.clone()),
                None => diags.error(
                    src.origin(&tool.assessment),
                    format!("`{}` is not assessed on `{id}`", tool.name.value),
                    format!("add `{id}: {{ rating: ok | partial | no, note: \"…\" }}`"),
                ),
            }
        }
        tools.push(Tool {
            slug: crate::slug::slugify(&tool.name.value),
            name: tool.name.value.clone(),
            vendor: tool.vendor.clone(),
            status: tool.status,
            usage: tool.usage.clone(),
            conditions: tool.conditions.clone(),
            decided: tool.decided.value.clone(),
            assessment,
        });
    }
    super::check_unique(
        doc.tools
            .iter()
            .zip(&tools)
            .map(|(d, t)| (t.slug.as_str(), src.origin(&d.name))),
        "tool name",
        diags,
    );
    if diags.len() != before {
        return None;
    }
    Some(ToolsRegister {
        source: src.file.clone(),
        intro: doc.intro.as_ref().map(|s| {
            Markdown::new(
                s.value.clone(),
                &src.file,
                src.origin(s).line.saturating_sub(1),
            )
        }),
        criteria: doc
            .criteria
            .value
            .into_iter()
            .map(|c| Criterion {
                id: c.id.value,
                label: c.label,
                question: c.question,
            })
            .collect(),
        tools,
    })
}
