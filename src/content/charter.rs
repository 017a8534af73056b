//! The charter: one Markdown file per section, numbered from the preamble to the signature.

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use super::Markdown;
use crate::diagnostics::{Diagnostics, Origin};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    number: Spanned<u32>,
    title: String,
}

/// One section of the charter; `slug` is its anchor on the charter page.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub number: u32,
    pub title: String,
    pub slug: String,
    pub body: Markdown,
    #[serde(skip)]
    pub number_origin: Origin,
}

pub fn load(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<Section> {
    let mut sections = Vec::new();
    let before = diags.len();
    for rel in super::list_files(root, dir, "md", diags) {
        match super::read_front_matter::<FrontMatter>(root, &rel) {
            Ok(file) => {
                let slug = super::slug_from_file(&rel);
                if !super::is_url_slug(&slug) {
                    diags.error(
                        Origin::file_start(&rel),
                        format!("file name gives the anchor `{slug}`, which is not URL-safe"),
                        "name the file `NN-slug.md` with lowercase letters, digits and '-' (e.g. `01-preambule.md`)",
                    );
                }
                sections.push(Section {
                    number: file.meta.number.value,
                    title: file.meta.title,
                    slug,
                    body: file.body,
                    number_origin: file.meta_source.origin(&file.meta.number),
                });
            }
            Err(found) => diags.extend(found),
        }
    }
    sections.sort_by(|a, b| (a.number, &a.slug).cmp(&(b.number, &b.slug)));
    // A section that could not be read would show up as a false gap in the numbering.
    if diags.len() == before {
        check_numbering(&sections, diags);
    }
    sections
}

fn check_numbering(sections: &[Section], diags: &mut Diagnostics) {
    let numbers: Vec<String> = sections.iter().map(|s| s.number.to_string()).collect();
    super::check_unique(
        sections
            .iter()
            .zip(&numbers)
            .map(|(s, n)| (n.as_str(), s.number_origin.clone())),
        "charter section number",
        diags,
    );
    let mut expected = 1;
    for section in sections {
        if section.number == 0 || section.number > expected {
            let message = match (section.number, expected) {
                (0, _) => "charter section number 0: sections are numbered from 1".to_string(),
                (n, 1) => format!("charter section {n} is the first one: number 1 is missing"),
                (n, _) => format!(
                    "charter section {n} comes after section {}: number {expected} is missing",
                    expected - 1
                ),
            };
            diags.error(
                section.number_origin.clone(),
                message,
                "number the sections 1, 2, 3… without gaps",
            );
        }
        expected = section.number + 1;
    }
    super::check_unique(
        sections
            .iter()
            .map(|s| (s.slug.as_str(), Origin::file_start(&s.body.file))),
        "charter section anchor",
        diags,
    );
}
