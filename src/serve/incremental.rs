//! Rebuilding after an edit, doing again only what the edit can affect.
//!
//! Every rebuild goes through [`build::prepare_with`], the same stages as `handbook build`, with a
//! [`RenderCache`] kept between edits. The content model is loaded again as a whole — it takes a few
//! milliseconds, and it keeps every rule that spans files (duplicate ids, numbering, the link check)
//! exactly as in a full build — while the expensive part, rendering, is redone only where needed:
//!
//! - a file of one content kind re-computes that kind's pages (a prompt: the prompt pages and the
//!   prompt index, not the charter);
//! - a template, static file or theme file reloads the theme; only pages whose template (or a
//!   template it extends or includes) changed are rendered again;
//! - `handbook.yaml`, `revisions/`, a removed file or anything unexpected: a full rebuild.
//!
//! In all cases a page's HTML is reused only if its template and its whole template context are
//! byte-for-byte the same as last time, so the result is always that of a full build (tested).

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

use crate::build;
use crate::build::BuildCache;
use crate::diagnostics::Diagnostics;
use crate::render::{RenderStats, Section, SiteFiles};

/// What a changed file requires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// Nothing a build reads.
    Ignore,
    /// A source of one content kind: the pages its registry entry says it invalidates.
    Section(Section),
    /// The theme (templates, static files, UI strings).
    Theme,
    /// Everything.
    Full,
}

/// What a source file (relative to the root) affects; `exists` is false when it was removed.
pub fn classify(rel: &Path, exists: bool) -> Change {
    let parts: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let Some(first) = parts.first() else {
        return Change::Ignore;
    };
    let change = match first.as_str() {
        // Each kind's sources are declared in the registry of content kinds.
        "content" => Section::of_source(rel).map_or(Change::Full, Change::Section),
        "templates" | "static" | "themes" => Change::Theme,
        "handbook.yaml" | "revisions" => Change::Full,
        // A translated twin of the configuration (`handbook.en.yaml`).
        name if name.starts_with("handbook.") && name.ends_with(".yaml") => Change::Full,
        _ => Change::Ignore,
    };
    if !exists && change != Change::Ignore {
        Change::Full
    } else {
        change
    }
}

/// The outcome of a rebuild.
#[derive(Debug)]
pub enum Outcome {
    /// The sources build; `changed` lists the site files that differ from the previous build.
    Built { changed: Vec<String> },
    /// The sources have problems; the previous build stays.
    Failed(Diagnostics),
}

/// The handbook being served: the last good build and what is needed to update it.
pub struct Rebuilder {
    root: PathBuf,
    cache: BuildCache,
    site: Option<SiteFiles>,
}

impl Rebuilder {
    /// Keeps what it can between edits in memory, and the frozen revisions' pages and every charter
    /// PDF in the handbook's build cache (`.handbook-cache/`, as `handbook build` does): a PDF is
    /// typeset again only when its charter changes, not at every save of a prompt.
    pub fn new(root: &Path) -> Self {
        let disk = crate::cache::DiskCache::at(root.join(crate::cache::DEFAULT_DIR));
        Rebuilder {
            root: root.to_path_buf(),
            cache: BuildCache::new().with_disk_cache(disk),
            site: None,
        }
    }

    /// The last build that succeeded.
    pub fn site(&self) -> Option<&SiteFiles> {
        self.site.as_ref()
    }

    /// What the last successful render did again (for tests and the terminal summary).
    pub fn stats(&self) -> &RenderStats {
        self.cache.stats()
    }

    /// Builds everything, forgetting what was remembered.
    pub fn full(&mut self) -> Outcome {
        self.cache.clear();
        self.rebuild()
    }

    /// Updates the site after `changed` files (relative to the root) were written or removed.
    pub fn apply(&mut self, changed: &BTreeSet<PathBuf>) -> Outcome {
        let mut changes: BTreeSet<Change> = changed
            .iter()
            .map(|rel| classify(rel, self.root.join(rel).exists()))
            .collect();
        changes.remove(&Change::Ignore);
        if changes.contains(&Change::Full) || self.site.is_none() {
            self.cache.clear();
        } else {
            for change in changes {
                match change {
                    Change::Section(kind) => {
                        for &section in kind.entry().invalidates {
                            self.cache.invalidate_section(section);
                        }
                    }
                    Change::Theme => self.cache.invalidate_theme(),
                    Change::Ignore | Change::Full => {}
                }
            }
        }
        self.rebuild()
    }

    /// Builds, lending the last good site to the build, which compares the new one with it once
    /// and tells which files changed (no copy of the site is kept for that).
    fn rebuild(&mut self) -> Outcome {
        self.cache.lend_previous(self.site.take());
        let built = build::prepare_with(&self.root, None, true, &mut self.cache);
        let (previous, changed) = self.cache.take_previous();
        match built {
            Ok((_, files)) => {
                let changed = changed.unwrap_or_else(|| files.keys().cloned().collect());
                self.site = Some(files);
                free_elsewhere(previous);
                Outcome::Built { changed }
            }
            Err(diags) => {
                self.site = previous;
                Outcome::Failed(diags)
            }
        }
    }
}

/// Frees the previous site on another thread: thousands of allocations (megabytes of pages) take
/// a few milliseconds to free, which the reader waiting for the new page need not wait for. If no
/// thread can be started, it is freed here.
fn free_elsewhere(site: Option<SiteFiles>) {
    if let Some(site) = site {
        let _ = std::thread::Builder::new()
            .name("handbook-free".into())
            .spawn(move || drop(site));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification() {
        let c = |p: &str| classify(Path::new(p), true);
        assert_eq!(
            c("content/prompts/001-a.md"),
            Change::Section(Section::Prompts)
        );
        assert_eq!(c("content/index.md"), Change::Section(Section::Home));
        assert_eq!(
            c("content/training/programme.yaml"),
            Change::Section(Section::Training)
        );
        assert_eq!(c("templates/prompt.html"), Change::Theme);
        assert_eq!(c("themes/default/static/style.css"), Change::Theme);
        assert_eq!(c("handbook.yaml"), Change::Full);
        assert_eq!(c("revisions/2026/manifest.yaml"), Change::Full);
        assert_eq!(c("content/other.yaml"), Change::Full);
        assert_eq!(c("public/index.html"), Change::Ignore);
        assert_eq!(
            classify(Path::new("content/prompts/001-a.md"), false),
            Change::Full
        );
    }

    /// Every source pattern of the registry of content kinds, and any file in a folder pattern, is
    /// classified as a change to its own kind.
    #[test]
    fn every_source_of_the_registry_maps_back_to_its_kind() {
        let mut checked = 0;
        for kind in Section::ALL {
            for pattern in kind.entry().sources {
                let mut files = vec![PathBuf::from(pattern)];
                if pattern.ends_with('/') {
                    files.push(Path::new(pattern).join("01-a.md"));
                    files.push(Path::new(pattern).join("sub/02-b.yaml"));
                }
                for file in files {
                    assert_eq!(
                        classify(&file, true),
                        Change::Section(kind),
                        "{}",
                        file.display()
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 10, "only {checked} sources");
    }
}
