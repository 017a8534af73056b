//! The training programme: an announced total and modules whose durations must add up to it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use super::Markdown;
use crate::diagnostics::{Diagnostics, Origin};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgrammeDoc {
    title: String,
    total_duration_min: Spanned<u32>,
    #[serde(default)]
    audience: Option<String>,
    #[serde(default)]
    intro: Option<Spanned<String>>,
    #[serde(default)]
    follow_up: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleDoc {
    module: Spanned<u32>,
    title: String,
    duration_min: Spanned<u32>,
    objectives: Spanned<Vec<String>>,
    #[serde(default)]
    exercises: Vec<ExerciseDoc>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExerciseDoc {
    text: String,
    expected_category: Spanned<i64>,
    explanation: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Training {
    /// The programme file it was read from (a translated twin when there is one).
    #[serde(skip)]
    pub source: PathBuf,
    pub title: String,
    pub total_duration_min: u32,
    pub audience: Option<String>,
    pub intro: Option<Markdown>,
    pub follow_up: Vec<String>,
    pub modules: Vec<Module>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Module {
    pub number: u32,
    pub title: String,
    pub duration_min: u32,
    /// Minutes from the start of the training when this module begins, for the schedule.
    pub starts_at_min: u32,
    pub objectives: Vec<String>,
    pub exercises: Vec<Exercise>,
    pub body: Markdown,
}

#[derive(Debug, Clone, Serialize)]
pub struct Exercise {
    pub text: String,
    pub expected_category: u8,
    pub explanation: String,
}

pub fn load(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Option<Training> {
    let programme_rel = dir.join("programme.yaml");
    if !root.join(dir).is_dir() {
        return None;
    }
    if !root.join(&programme_rel).exists() {
        // The programme says what the modules add up to; without it they cannot be checked.
        diags.error(
            Origin::file_start(&programme_rel),
            format!(
                "this file is missing: a `{}/` folder needs it to declare the training's title, total duration and modules",
                crate::diagnostics::display_path(dir)
            ),
            "create it (a folder made with `handbook init` holds an example), or remove the folder to leave the training out",
        );
        return None;
    }
    let programme = super::required_yaml::<ProgrammeDoc>(root, &programme_rel, diags);
    let mut modules: Vec<(Module, Origin)> = Vec::new();
    let before = diags.len();
    for rel in super::list_files(root, dir, "md", diags) {
        match super::read_front_matter::<ModuleDoc>(root, &rel) {
            Ok(file) => modules.push(module(file, diags)),
            Err(found) => diags.extend(found),
        }
    }
    // A module that could not be read would show up as a false gap and a false total.
    let all_modules_read = diags.len() == before;
    let (programme, src) = programme?;
    modules.sort_by_key(|(m, _)| m.number);
    if all_modules_read {
        check_numbering(&modules, diags);
    }
    // In u64: absurd durations must give an error message, not an overflow.
    let total: u64 = modules.iter().map(|(m, _)| u64::from(m.duration_min)).sum();
    if all_modules_read && modules.is_empty() {
        diags.error(
            Origin::file_start(&programme_rel),
            "the training has no module",
            format!(
                "add module files such as `{}/01-comprendre.md`",
                crate::diagnostics::display_path(dir)
            ),
        );
    } else if all_modules_read && total != u64::from(programme.total_duration_min.value) {
        let detail: Vec<String> = modules
            .iter()
            .map(|(m, _)| m.duration_min.to_string())
            .collect();
        diags.error(
            src.origin(&programme.total_duration_min),
            format!(
                "the programme announces {} min but its modules add up to {total} min ({})",
                programme.total_duration_min.value,
                detail.join(" + ")
            ),
            "correct `total_duration_min` or the modules' `duration_min`",
        );
    }
    let mut clock = 0;
    let modules: Vec<Module> = modules
        .into_iter()
        .map(|(mut m, _)| {
            m.starts_at_min = clock;
            clock = clock.saturating_add(m.duration_min);
            m
        })
        .collect();
    Some(Training {
        source: src.file.clone(),
        title: programme.title,
        total_duration_min: programme.total_duration_min.value,
        audience: programme.audience,
        intro: programme.intro.as_ref().map(|s| {
            Markdown::new(
                s.value.clone(),
                &programme_rel,
                src.origin(s).line.saturating_sub(1),
            )
        }),
        follow_up: programme.follow_up,
        modules,
    })
}

fn module(file: super::FrontMatterFile<ModuleDoc>, diags: &mut Diagnostics) -> (Module, Origin) {
    let src = file.meta_source;
    let meta = file.meta;
    if meta.duration_min.value == 0 {
        diags.error(
            src.origin(&meta.duration_min),
            "a module cannot last 0 minutes",
            "give its duration in minutes, e.g. `duration_min: 45`",
        );
    }
    if meta.objectives.value.is_empty() {
        diags.error(
            src.origin(&meta.objectives),
            "a module needs at least one objective",
            "list what participants will be able to do",
        );
    }
    let mut exercises = Vec::new();
    for ex in meta.exercises {
        let c = ex.expected_category.value;
        if (1..=4).contains(&c) {
            exercises.push(Exercise {
                text: ex.text,
                expected_category: c as u8,
                explanation: ex.explanation,
            });
        } else {
            diags.error(
                src.origin(&ex.expected_category),
                format!("expected category {c} is outside 1–4"),
                "use 1 (published), 2 (public), 3 (personal) or 4 (sensitive)",
            );
        }
    }
    let module = Module {
        number: meta.module.value,
        title: meta.title,
        duration_min: meta.duration_min.value,
        starts_at_min: 0,
        objectives: meta.objectives.value,
        exercises,
        body: file.body,
    };
    (module, src.origin(&meta.module))
}

fn check_numbering(modules: &[(Module, Origin)], diags: &mut Diagnostics) {
    let numbers: Vec<String> = modules.iter().map(|(m, _)| m.number.to_string()).collect();
    super::check_unique(
        modules
            .iter()
            .zip(&numbers)
            .map(|((_, o), n)| (n.as_str(), o.clone())),
        "module number",
        diags,
    );
    let mut expected = 1;
    for (m, origin) in modules {
        if m.number == 0 || m.number > expected {
            let message = match (m.number, expected) {
                (0, _) => "module number 0: modules are numbered from 1".to_string(),
                (n, 1) => format!("module {n} is the first one: number 1 is missing"),
                (n, _) => format!(
                    "module {n} comes after module {}: number {expected} is missing",
                    expected - 1
                ),
            };
            diags.error(
                origin.clone(),
                message,
                "number the modules 1, 2, 3… without gaps",
            );
        }
        expected = m.number + 1;
    }
}
