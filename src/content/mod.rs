//! The handbook's content model: one module per content kind, each loading its files into plain typed
//! structs that keep the source position of every value.
//!
//! Loading never stops at the first problem: each kind reports what it can, and [`load`] returns the
//! whole model only when no kind reported anything.

pub mod charter;
pub mod classifier;
pub mod committee;
pub mod decision_tree;
pub mod indicators;
pub mod method;
pub mod prompts;
pub mod site;
pub mod tools;
pub mod training;

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Origin};
use crate::source::{self, SourceFile};
use crate::yaml::{self, YamlSource};

/// Markdown text with the file position of its first line, so problems found while rendering it
/// (dead links) point at the right place.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Markdown {
    pub text: String,
    #[serde(skip)]
    pub file: PathBuf,
    /// Number of file lines before the first line of `text`.
    #[serde(skip)]
    pub line_offset: u64,
}

impl Markdown {
    pub fn new(text: impl Into<String>, file: &Path, line_offset: u64) -> Self {
        Markdown {
            text: text.into(),
            file: file.to_path_buf(),
            line_offset,
        }
    }

    /// The file position of a byte offset in `text`.
    pub fn origin_at(&self, byte_offset: usize) -> Origin {
        let (line, col) = source::line_col(&self.text, byte_offset);
        Origin::new(&self.file, line + self.line_offset, col)
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// The whole handbook, loaded and checked.
#[derive(Debug, Clone)]
pub struct Handbook {
    pub site: site::SiteConfig,
    pub home: Option<Markdown>,
    pub charter: Vec<charter::Section>,
    pub method: Vec<method::MethodPage>,
    pub decision_tree: Option<decision_tree::DecisionTree>,
    pub prompts: Vec<prompts::Prompt>,
    pub training: Option<training::Training>,
    pub tools: Option<tools::ToolsRegister>,
    pub indicators: Option<indicators::Indicators>,
    pub committee: Option<committee::Committee>,
    /// The association's vocabulary for the checker (secret terms in clear: never publish as is).
    pub classifier: Option<classifier::ClassifierConfig>,
    /// Optional introduction of the checker page (`content/checker.md`).
    pub checker_intro: Option<Markdown>,
}

/// Loads the handbook in another of its languages: every file that has a translated twin
/// (`01-preambule.en.md` beside `01-preambule.md`) is read from the twin, the others fall back to the
/// default language. Returns the files that were translated (by their default-language path).
pub fn load_translated(
    root: &Path,
    language: &str,
) -> Result<(Handbook, std::collections::BTreeSet<PathBuf>), Diagnostics> {
    let guard = source::TranslationScope::enter(language);
    let handbook = load(root);
    let translated = guard.finish();
    handbook.map(|hb| (hb, translated))
}

/// Loads and checks every content file under `root`.
pub fn load(root: &Path) -> Result<Handbook, Diagnostics> {
    let mut diags = Diagnostics::new();
    let site = site::load(root, &mut diags);
    let content = Path::new("content");
    let home = load_optional_markdown(root, &content.join("index.md"), &mut diags);
    let checker_intro = load_optional_markdown(root, &content.join("checker.md"), &mut diags);
    let charter = charter::load(root, &content.join("charter"), &mut diags);
    let method = method::load(root, &content.join("method"), &mut diags);
    let decision_tree = optional_yaml(root, &content.join("decision-tree.yaml"), &mut diags)
        .and_then(|(doc, src)| decision_tree::check(doc, &src, &mut diags));
    let prompts = prompts::load(root, &content.join("prompts"), &mut diags);
    let training = training::load(root, &content.join("training"), &mut diags);
    let tools = optional_yaml(root, &content.join("tools.yaml"), &mut diags)
        .and_then(|(doc, src)| tools::check(doc, &src, &mut diags));
    let indicators = optional_yaml(root, &content.join("indicators.yaml"), &mut diags)
        .and_then(|(doc, src)| indicators::check(doc, &src, &mut diags));
    let committee = optional_yaml(root, &content.join("committee.yaml"), &mut diags)
        .map(|(doc, src)| committee::check(doc, &src, &mut diags));
    let classifier = optional_yaml(root, &content.join("classifier.yaml"), &mut diags)
        .map(|(doc, src)| classifier::check(doc, &src, &mut diags));
    match site {
        Some(site) if diags.is_empty() => Ok(Handbook {
            site,
            home,
            charter,
            method,
            decision_tree,
            prompts,
            training,
            tools,
            indicators,
            committee,
            classifier,
            checker_intro,
        }),
        _ => Err(diags),
    }
}

fn load_optional_markdown(root: &Path, rel: &Path, diags: &mut Diagnostics) -> Option<Markdown> {
    if !root.join(rel).exists() {
        return None;
    }
    match source::read(root, rel) {
        Ok(file) => Some(Markdown::new(file.text, &file.rel, 0)),
        Err(d) => {
            diags.push(d);
            None
        }
    }
}

/// Reads and parses a YAML file that a handbook may leave out.
pub fn optional_yaml<T: DeserializeOwned>(
    root: &Path,
    rel: &Path,
    diags: &mut Diagnostics,
) -> Option<(T, YamlSource)> {
    if !root.join(rel).exists() {
        return None;
    }
    required_yaml(root, rel, diags)
}

/// Reads and parses a YAML file.
pub fn required_yaml<T: DeserializeOwned>(
    root: &Path,
    rel: &Path,
    diags: &mut Diagnostics,
) -> Option<(T, YamlSource)> {
    let parsed = source::read(root, rel).and_then(|file| {
        let src = YamlSource::new(&file.rel, 0);
        yaml::parse::<T>(&file.text, &src).map(|doc| (doc, src))
    });
    match parsed {
        Ok(pair) => Some(pair),
        Err(d) => {
            diags.push(d);
            None
        }
    }
}

/// A Markdown file with front matter, parsed into `T` plus its body.
pub struct FrontMatterFile<T> {
    pub meta: T,
    pub meta_source: YamlSource,
    pub body: Markdown,
    pub rel: PathBuf,
}

/// Reads a Markdown file with YAML front matter.
pub fn read_front_matter<T: DeserializeOwned>(
    root: &Path,
    rel: &Path,
) -> Result<FrontMatterFile<T>, Diagnostic> {
    let file: SourceFile = source::read(root, rel)?;
    let doc = source::split_front_matter(&file)?;
    // `file.rel` is the translated twin when one was read: errors point at the file actually read.
    let meta_source = YamlSource::new(&file.rel, doc.yaml_line_offset);
    let meta = yaml::parse::<T>(doc.yaml, &meta_source)?;
    Ok(FrontMatterFile {
        meta,
        meta_source,
        body: Markdown::new(doc.body, &file.rel, doc.body_line_offset),
        rel: rel.to_path_buf(),
    })
}

/// Files of a content folder with the given extension, sorted by path, as paths relative to `root`.
///
/// Symbolic links are followed (a handbook may share files with another), and a link loop is reported
/// instead of being walked forever.
pub fn list_files(
    root: &Path,
    dir: &Path,
    extension: &str,
    diags: &mut Diagnostics,
) -> Vec<PathBuf> {
    let abs = root.join(dir);
    if !abs.is_dir() {
        return Vec::new();
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(&abs)
        .follow_links(true)
        .sort_by_file_name()
    {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                let hidden = entry.file_name().to_string_lossy().starts_with('.');
                if entry.file_type().is_file()
                    && !hidden
                    && !source::is_translation(path)
                    && path.extension().and_then(|e| e.to_str()) == Some(extension)
                {
                    if let Ok(rel) = path.strip_prefix(root) {
                        files.push(rel.to_path_buf());
                    }
                }
            }
            Err(err) => {
                let rel = err
                    .path()
                    .and_then(|p| p.strip_prefix(root).ok())
                    .map_or_else(|| dir.to_path_buf(), Path::to_path_buf);
                let (message, hint) = if err.loop_ancestor().is_some() {
                    (
                        "symbolic link loop: this link points to one of its own parent folders"
                            .to_string(),
                        "remove the link or point it at a folder outside this one",
                    )
                } else {
                    (
                        format!("cannot read folder entry: {err}"),
                        "check the permissions and links in this folder",
                    )
                };
                diags.error(Origin::file_start(rel), message, hint);
            }
        }
    }
    files
}

/// File stem without a leading `NN-` ordering prefix: `03-zones-grises.md` → `zones-grises`.
pub fn slug_from_file(rel: &Path) -> String {
    let stem = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    match stem.split_once('-') {
        Some((prefix, rest))
            if !prefix.is_empty() && prefix.chars().all(|c| c.is_ascii_digit()) =>
        {
            rest.to_string()
        }
        _ => stem,
    }
}

/// A slug must be usable in a URL as is: lowercase ASCII letters, digits and single hyphens.
pub fn is_url_slug(slug: &str) -> bool {
    !slug.is_empty()
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Reports ids that appear more than once, pointing at each repeat and naming the first.
pub fn check_unique<'a>(
    items: impl IntoIterator<Item = (&'a str, Origin)>,
    what: &str,
    diags: &mut Diagnostics,
) {
    let mut seen: std::collections::BTreeMap<&str, Origin> = std::collections::BTreeMap::new();
    for (id, origin) in items {
        if let Some(first) = seen.get(id) {
            diags.error(
                origin,
                format!("duplicate {what} `{id}`"),
                format!("already used at {first}; give each {what} its own value"),
            );
        } else {
            seen.insert(id, origin);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_drop_numeric_prefixes_only() {
        assert_eq!(
            slug_from_file(Path::new("content/charter/03-donnees.md")),
            "donnees"
        );
        assert_eq!(
            slug_from_file(Path::new("content/method/zones-grises.md")),
            "zones-grises"
        );
        assert_eq!(slug_from_file(Path::new("ai-act.md")), "ai-act");
    }

    #[test]
    fn url_slugs() {
        assert!(is_url_slug("zones-grises"));
        assert!(!is_url_slug("Zones grises"));
        assert!(!is_url_slug("données"));
        assert!(!is_url_slug("a--b"));
    }
}
