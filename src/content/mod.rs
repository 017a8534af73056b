//! The handbook's content model: one module per content kind, each loading its files into plain typed
//! structs that keep the source position of every value.
//!
//! Loading never stops at the first problem: each kind reports what it can, and [`load`] returns the
//! whole model only when no kind reported anything.

pub mod charter;
pub mod classifier;
pub mod committee;
pub mod decision_tree;
pub mod identity;
pub mod indicators;
pub mod kinds;
pub mod method;
mod nesting;
pub mod parsed;
pub mod prompts;
pub mod site;
pub mod tools;
pub mod training;
pub mod twins;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
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

    /// [`Markdown::origin_at`] for many offsets in increasing order, in one pass (`at` is a
    /// [`source::Locator`] over `text`).
    pub fn origin_with(&self, at: &mut source::Locator<'_>, byte_offset: usize) -> Origin {
        let (line, col) = at.at_byte(byte_offset);
        Origin::new(&self.file, line + self.line_offset, col)
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// The Markdown extensions the handbook uses, the same for rendering and for checking.
    ///
    /// Which Markdown a handbook may contain is part of the content model, so it is declared here
    /// and the renderer ([`crate::markdown`]) reads it: the model never depends on its renderer.
    pub fn options() -> pulldown_cmark::Options {
        use pulldown_cmark::Options;
        Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_TASKLISTS
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_HEADING_ATTRIBUTES
            | Options::ENABLE_SMART_PUNCTUATION
    }

    /// The first element nested deeper than [`MAX_NESTING`], as an error at its position.
    ///
    /// Several later stages walk the Markdown tree by recursion (the PDF layout, among others); a
    /// 10 000-level blockquote typed or pasted by mistake would overflow their stack and abort the
    /// process. Refusing it here, when the content is loaded, makes `validate`, `build`, `serve` and
    /// `revision cut` all stop with a message instead, before anything renders.
    pub fn nesting_problem(&self) -> Option<Diagnostic> {
        // Nearly every text is found within the limit by counting its characters, without a
        // parse (a second one: the page's render parses it again).
        if nesting::bound(&self.text) <= MAX_NESTING {
            return None;
        }
        let mut depth = 0usize;
        let parser = pulldown_cmark::Parser::new_ext(&self.text, Markdown::options());
        for (event, range) in parser.into_offset_iter() {
            match event {
                pulldown_cmark::Event::Start(_) => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Some(Diagnostic::new(
                            self.origin_at(range.start),
                            format!("nesting deeper than {MAX_NESTING} levels (quotes, lists, emphasis inside each other)"),
                            "flatten this part: no reader follows that many levels, and the PDF and the site cannot show them",
                        ));
                    }
                }
                pulldown_cmark::Event::End(_) => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        None
    }
}

/// Deepest nesting of Markdown elements accepted: far beyond any real text (a list in a list in a
/// quote is 3), low enough that every stage that walks the tree stays within a thread's stack.
pub const MAX_NESTING: usize = 64;

/// The whole handbook, loaded and checked: the site's configuration and the content of each kind
/// of [`kinds::REGISTRY`]. While the kinds load, the configuration is not there yet (`Site` is `()`).
#[derive(Debug, Clone, Default)]
pub struct Handbook<Site = site::SiteConfig> {
    pub site: Site,
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

impl Handbook<()> {
    /// The loaded content with the site's configuration.
    fn with_site(self, site: site::SiteConfig) -> Handbook {
        Handbook {
            site,
            home: self.home,
            charter: self.charter,
            method: self.method,
            decision_tree: self.decision_tree,
            prompts: self.prompts,
            training: self.training,
            tools: self.tools,
            indicators: self.indicators,
            committee: self.committee,
            classifier: self.classifier,
            checker_intro: self.checker_intro,
        }
    }
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

thread_local! {
    /// Whether this thread's load may read and check on every core ([`load_on_every_core`]).
    static EVERY_CORE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// [`load`], reading the files of the kinds with one file per entry (method pages, prompts) and
/// checking every text's nesting on every core: most of a load, which nothing else runs beside.
///
/// Only for a thread the thread pool never waits for: a revision loaded on a thread of its own
/// while a worker of the pool waits for it must use [`load`], or each would wait for the other.
/// `serve`'s memo of parsed sources and a translation's scope live on the loading thread: those
/// loads read on it, in turn, whatever this says.
pub fn load_on_every_core(root: &Path) -> Result<Handbook, Diagnostics> {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            EVERY_CORE.with(|e| e.set(self.0));
        }
    }
    let _restore = Restore(EVERY_CORE.with(|e| e.replace(true)));
    load(root)
}

/// Whether this thread's load reads and checks on every core (see [`load_on_every_core`]).
fn on_every_core() -> bool {
    EVERY_CORE.with(std::cell::Cell::get) && !parsed::lending() && !source::translating()
}

/// Loads and checks every content file under `root`: the site's configuration, then each kind of
/// the registry ([`kinds::REGISTRY`]) with its own loader.
pub fn load(root: &Path) -> Result<Handbook, Diagnostics> {
    let mut diags = Diagnostics::new();
    let site = site::load(root, &mut diags);
    // Every content file read from here on has its `{{ association.… }}` variables replaced.
    let _identity = site
        .as_ref()
        .map(|s| identity::IdentityScope::enter(identity::Identity::of(&s.association)));
    let mut loaded = Handbook::<()>::default();
    for kind in kinds::Kind::ALL {
        let entry = kind.entry();
        if let Some(load) = entry.load {
            load(root, entry.sources, &mut loaded, &mut diags);
        }
    }
    let texts: Vec<&Markdown> = kinds::Kind::ALL
        .into_iter()
        .flat_map(|kind| (kind.entry().texts)(&loaded))
        .collect();
    let problems: Vec<Diagnostic> = if on_every_core() {
        // Two fifths of a load. The problems come back in the order of the texts.
        texts
            .par_iter()
            .filter_map(|text| text.nesting_problem())
            .collect()
    } else {
        // `serve`'s memo, if lent, skips the texts it knows.
        texts
            .iter()
            .filter(|text| !parsed::shallow(&text.text, || text.nesting_problem().is_none()))
            .filter_map(|text| text.nesting_problem())
            .collect()
    };
    for problem in problems {
        diags.push(problem);
    }
    match site {
        Some(site) if diags.is_empty() => Ok(loaded.with_site(site)),
        _ => Err(diags),
    }
}

fn load_optional_markdown(root: &Path, rel: &Path, diags: &mut Diagnostics) -> Option<Markdown> {
    if !root.join(rel).exists() {
        return None;
    }
    let read = source::read(root, rel).map_err(Diagnostics::from);
    match read.and_then(|file| {
        Ok((
            identity::markdown_in_scope(file.text, &file.rel, 0)?,
            file.rel,
        ))
    }) {
        Ok((text, rel)) => Some(Markdown::new(text, &rel, 0)),
        Err(found) => {
            diags.extend(found);
            None
        }
    }
}

/// Reads and parses a YAML file that a handbook may leave out.
pub fn optional_yaml<T: DeserializeOwned + Clone + Send + 'static>(
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
pub fn required_yaml<T: DeserializeOwned + Clone + Send + 'static>(
    root: &Path,
    rel: &Path,
    diags: &mut Diagnostics,
) -> Option<(T, YamlSource)> {
    let parsed = source::read(root, rel)
        .map_err(Diagnostics::from)
        .and_then(|file| {
            let src = YamlSource::new(&file.rel, 0);
            let text = identity::yaml_in_scope(file.text, &file.rel, 0)?;
            parsed::yaml(&text, |text| yaml::parse::<T>(text, &src)).map(|doc| (doc, src))
        });
    match parsed {
        Ok(pair) => Some(pair),
        Err(found) => {
            diags.extend(found);
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

/// [`read_front_matter`] of each of `rels`, in their order: on every core, each in the handbook's
/// identity scope, when [`load_on_every_core`] allows it.
pub fn read_each_front_matter<T: DeserializeOwned + Clone + Send + 'static>(
    root: &Path,
    rels: &[PathBuf],
) -> Vec<Result<FrontMatterFile<T>, Diagnostics>> {
    if !on_every_core() {
        return rels
            .iter()
            .map(|rel| read_front_matter(root, rel))
            .collect();
    }
    let identity = identity::IdentityScope::current();
    rels.par_iter()
        .map_init(
            || identity.clone().map(identity::IdentityScope::enter),
            |_, rel| read_front_matter(root, rel),
        )
        .collect()
}

/// Reads a Markdown file with YAML front matter.
pub fn read_front_matter<T: DeserializeOwned + Clone + Send + 'static>(
    root: &Path,
    rel: &Path,
) -> Result<FrontMatterFile<T>, Diagnostics> {
    let file: SourceFile = source::read(root, rel)?;
    let doc = source::split_front_matter(&file)?;
    // `file.rel` is the translated twin when one was read: errors point at the file actually read.
    let meta_source = YamlSource::new(&file.rel, doc.yaml_line_offset);
    let yaml_text = identity::yaml_in_scope(doc.yaml.to_string(), &file.rel, doc.yaml_line_offset);
    let body = identity::markdown_in_scope(doc.body.to_string(), &file.rel, doc.body_line_offset);
    let (yaml_text, body) = match (yaml_text, body) {
        (Ok(y), Ok(b)) => (y, b),
        (y, b) => {
            let mut found = Diagnostics::new();
            found.extend(y.err().unwrap_or_default());
            found.extend(b.err().unwrap_or_default());
            return Err(found);
        }
    };
    let meta = parsed::yaml(&yaml_text, |text| yaml::parse::<T>(text, &meta_source))?;
    Ok(FrontMatterFile {
        meta,
        meta_source,
        body: Markdown::new(body, &file.rel, doc.body_line_offset),
        rel: rel.to_path_buf(),
    })
}

/// Files of a content folder with the given extension, sorted by path, as paths relative to `root`.
///
/// Symbolic links that stay inside the handbook are followed; links that lead outside it, and link
/// loops, are reported ([`crate::confine`]).
pub fn list_files(
    root: &Path,
    dir: &Path,
    extension: &str,
    diags: &mut Diagnostics,
) -> Vec<PathBuf> {
    let (found, problems) = crate::confine::walk(root, dir, crate::confine::Hidden::Skip);
    for problem in problems {
        diags.push(problem.diagnostic());
    }
    found
        .into_iter()
        .map(|f| f.rel)
        .filter(|rel| {
            !source::is_translation(rel)
                && rel.extension().and_then(|e| e.to_str()) == Some(extension)
        })
        .collect()
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

    fn md(text: String) -> Markdown {
        Markdown::new(text, Path::new("content/x.md"), 3)
    }

    #[test]
    fn nesting_is_counted_across_kinds_of_elements_up_to_the_limit() {
        // Quotes: each `>` one level, the paragraph inside one more.
        let at_limit = format!("{}x\n", "> ".repeat(MAX_NESTING - 1));
        assert!(md(at_limit).nesting_problem().is_none());
        let over = format!("{}x\n", "> ".repeat(MAX_NESTING));
        let problem = md(over).nesting_problem().expect("too deep");
        assert_eq!(problem.origin.line, 4, "the body starts after 3 lines");
        assert!(problem.message.contains("nesting deeper than 64"));
        // Lists written on one line, indented lists, emphasis and mixes are counted alike.
        for text in [
            format!("{}x", "- ".repeat(MAX_NESTING)),
            (0..MAX_NESTING)
                .map(|i| format!("{}- x\n", "  ".repeat(i)))
                .collect(),
            format!(
                "{}x{}",
                "*a ".repeat(MAX_NESTING + 1),
                "a*".repeat(MAX_NESTING + 1)
            ),
            format!("{}x", "> - ".repeat(MAX_NESTING / 2)),
        ] {
            assert!(md(text.clone()).nesting_problem().is_some(), "{text:.40}");
        }
        assert!(md("> - *a* **b**\n".into()).nesting_problem().is_none());
    }

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
