//! Watching the handbook's sources with notify, and turning an editor's burst of events into one
//! batch of changed files.
//!
//! One save is often several events (write to a temporary file, rename it over the original, change
//! its attributes…), so a batch starts at the first relevant event and ends after [`QUIET`] without
//! one (capped at [`MAX_WAIT`] for an editor that never stops). Only the sources a build reads are
//! watched — `handbook.yaml`, `content/`, `templates/`, `static/`, `themes/`, `revisions/` — so a
//! concurrent `handbook build` writing `public/` triggers nothing.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher as _};

/// Silence that ends a batch. An editor's save is a burst of events microseconds apart (write a
/// temporary file, rename it over the original, change its attributes); a few milliseconds of
/// silence is enough to see the whole burst, and every millisecond waited here is one more before
/// the page updates. A save split across two batches still ends with its final content, since the
/// second batch rebuilds again.
pub const QUIET: Duration = Duration::from_millis(5);
/// Longest a batch may keep growing.
pub const MAX_WAIT: Duration = Duration::from_millis(500);

/// Top-level folders whose files the build reads.
const WATCHED_DIRS: [&str; 5] = ["content", "templates", "static", "themes", "revisions"];
const CONFIG_FILE: &str = "handbook.yaml";

/// A running watch on a handbook.
pub struct Watch {
    watcher: notify::RecommendedWatcher,
    events: Receiver<notify::Result<notify::Event>>,
    root: PathBuf,
    watched: BTreeSet<String>,
}

impl Watch {
    /// Starts watching `root`'s sources.
    pub fn start(root: &Path) -> Result<Watch, String> {
        let root = root
            .canonicalize()
            .map_err(|e| format!("cannot open {}: {e}", root.display()))?;
        let (tx, rx) = mpsc::channel();
        let mut watcher = notify::recommended_watcher(tx)
            .map_err(|e| format!("cannot watch files for changes: {e}"))?;
        // The root itself, not recursively: `handbook.yaml` (which editors replace by renaming, and
        // a watch on the file would follow the old one) and folders created after the start.
        watcher
            .watch(&root, RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch {}: {e}", root.display()))?;
        let mut watch = Watch {
            watcher,
            events: rx,
            root,
            watched: BTreeSet::new(),
        };
        for dir in WATCHED_DIRS {
            watch.watch_dir(dir)?;
        }
        Ok(watch)
    }

    fn watch_dir(&mut self, dir: &str) -> Result<(), String> {
        let abs = self.root.join(dir);
        if self.watched.contains(dir) || !abs.is_dir() {
            return Ok(());
        }
        self.watcher
            .watch(&abs, RecursiveMode::Recursive)
            .map_err(|e| format!("cannot watch {}: {e}", abs.display()))?;
        self.watched.insert(dir.to_string());
        Ok(())
    }

    /// Waits for the next batch of changed source files (paths relative to the root); `None` once
    /// `stop` is set or the watcher ended.
    pub fn next_batch(&mut self, stop: &AtomicBool) -> Option<BTreeSet<PathBuf>> {
        let mut batch = BTreeSet::new();
        let mut started: Option<Instant> = None;
        loop {
            if stop.load(Ordering::SeqCst) {
                return None;
            }
            let wait = match started {
                None => Duration::from_millis(200),
                Some(t) if t.elapsed() >= MAX_WAIT => return Some(batch),
                Some(_) => QUIET,
            };
            match self.events.recv_timeout(wait) {
                Ok(Ok(event)) => {
                    if matches!(event.kind, EventKind::Access(_)) {
                        continue;
                    }
                    for path in event.paths {
                        if let Some(rel) = self.relevant(&path) {
                            batch.insert(rel);
                            started.get_or_insert_with(Instant::now);
                        }
                    }
                }
                Ok(Err(e)) => {
                    crate::console::info(&format!("warning: file watch: {e}"));
                }
                Err(RecvTimeoutError::Timeout) => {
                    if started.is_some() {
                        return Some(batch);
                    }
                }
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
    }

    /// The path relative to the root, when a build reads it; starts watching a source folder that
    /// has just been created.
    fn relevant(&mut self, path: &Path) -> Option<PathBuf> {
        let rel = path.strip_prefix(&self.root).ok()?.to_path_buf();
        if !is_source(&rel) {
            return None;
        }
        let mut parts = rel.components();
        if let (Some(Component::Normal(first)), None) = (parts.next(), parts.next()) {
            let first = first.to_string_lossy().into_owned();
            if WATCHED_DIRS.contains(&first.as_str()) {
                if let Err(e) = self.watch_dir(&first) {
                    crate::console::info(&format!("warning: {e}"));
                }
            }
        }
        Some(rel)
    }
}

/// Whether a path relative to the root is one a build may read: `handbook.yaml` or anything in a
/// source folder, except editors' temporary and backup files.
pub fn is_source(rel: &Path) -> bool {
    let mut parts = rel.components();
    let first = match parts.next() {
        Some(Component::Normal(first)) => first.to_string_lossy(),
        _ => return false,
    };
    if first == CONFIG_FILE {
        return parts.next().is_none();
    }
    if !WATCHED_DIRS.contains(&first.as_ref()) {
        return false;
    }
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    !is_editor_artefact(&name)
}

/// Swap, backup and temporary files of common editors (vim, emacs, JetBrains, gedit, Kate…).
fn is_editor_artefact(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name == "4913"
        || [
            ".swp",
            ".swx",
            ".tmp",
            ".bak",
            ".kate-swp",
            "___jb_tmp___",
            "___jb_old___",
        ]
        .iter()
        .any(|suffix| name.ends_with(suffix))
}

#[cfg(test)]
mod tests {
    use super::is_source;
    use std::path::Path;

    #[test]
    fn only_sources_count() {
        assert!(is_source(Path::new("handbook.yaml")));
        assert!(is_source(Path::new("content/prompts/001-a.md")));
        assert!(is_source(Path::new("templates/prompt.html")));
        assert!(is_source(Path::new("content")));
        assert!(!is_source(Path::new("public/index.html")));
        assert!(!is_source(Path::new(".public.staging-12")));
        assert!(!is_source(Path::new("content/prompts/.001-a.md.swp")));
        assert!(!is_source(Path::new("content/prompts/001-a.md~")));
        assert!(!is_source(Path::new("content/prompts/4913")));
        assert!(!is_source(Path::new("content/prompts/001-a.md.tmp")));
        assert!(!is_source(Path::new("handbook.yaml/x")));
    }
}
