//! The AI committee: the few people (3 to 5 is enough) who own the charter, the tools register and
//! incidents.

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use super::Markdown;
use crate::diagnostics::Diagnostics;
use crate::yaml::YamlSource;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommitteeDoc {
    #[serde(default)]
    intro: Option<Spanned<String>>,
    meets: String,
    members: Spanned<Vec<MemberDoc>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberDoc {
    role: String,
    holder: String,
    responsibilities: Spanned<Vec<String>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Committee {
    /// The file it was read from (a translated twin when there is one).
    #[serde(skip)]
    pub source: std::path::PathBuf,
    pub intro: Option<Markdown>,
    pub meets: String,
    pub members: Vec<Member>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Member {
    pub role: String,
    pub holder: String,
    pub responsibilities: Vec<String>,
}

pub fn check(doc: CommitteeDoc, src: &YamlSource, diags: &mut Diagnostics) -> Committee {
    if doc.members.value.is_empty() {
        diags.error(
            src.origin(&doc.members),
            "the committee has no member",
            "list at least one member with `role`, `holder` and `responsibilities`",
        );
    }
    for m in &doc.members.value {
        if m.responsibilities.value.is_empty() {
            diags.error(
                src.origin(&m.responsibilities),
                format!("`{}` has no responsibility", m.role),
                "list what this role is in charge of",
            );
        }
    }
    Committee {
        source: src.file.clone(),
        intro: doc.intro.as_ref().map(|s| {
            Markdown::new(
                s.value.clone(),
                &src.file,
                src.origin(s).line.saturating_sub(1),
            )
        }),
        meets: doc.meets,
        members: doc
            .members
            .value
            .into_iter()
            .map(|m| Member {
                role: m.role,
                holder: m.holder,
                responsibilities: m.responsibilities.value,
            })
            .collect(),
    }
}
