//! Sources never leave the handbook root.
//!
//! Everything the build reads is published: a page, the search index, a static file copied into
//! every edition, a frozen revision. A symbolic link in the sources that points outside the handbook
//! (`content/index.md → /etc/passwd`, `static/x → ~/.ssh/id_ed25519`) would publish a file of the
//! machine that builds the site, and a pull request adding such a link could make CI publish one of
//! its secrets. So every reader of the sources goes through this module:
//!
//! - a symbolic link whose target resolves **inside** the root is followed, everywhere the same way:
//!   by the build, `validate`, `serve`, the theme loader and `revision cut` (which copies the target's
//!   content, so the approved revision is what was previewed);
//! - a link whose target resolves **outside** the root (or does not resolve) is an error naming the
//!   link and its target, and nothing behind it is read.

use std::path::{Component, Path, PathBuf};

use crate::diagnostics::{display_path, Diagnostic, Origin};

/// A path of the sources that leads outside the handbook root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Escape {
    /// The link, relative to the root.
    pub link: PathBuf,
    /// Where it points, as written in the link (or the resolved path when the link is not the last
    /// component), or why it could not be resolved.
    pub target: String,
}

impl Escape {
    pub fn diagnostic(&self) -> Diagnostic {
        Diagnostic::new(
            Origin::file_start(&self.link),
            format!(
                "symbolic link to `{}`, outside the handbook: it is not read, so nothing outside the handbook is published",
                self.target
            ),
            "copy the file into the handbook instead of linking to it, or point the link at a file inside the handbook",
        )
    }
}

impl std::fmt::Display for Escape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: symbolic link to `{}`, outside the handbook",
            display_path(&self.link),
            self.target
        )
    }
}

/// Checks that `root/rel` stays inside `root` once every symbolic link on the way is resolved.
/// A path that does not exist is not an escape (the caller reports it as missing).
pub fn check(root: &Path, rel: &Path) -> Result<(), Escape> {
    // Fast path: no link among the components of `rel` and no `..`: the path is inside by
    // construction. Only the components below the root are looked at; the root itself may be
    // reached through links (a checkout in a linked folder).
    let mut current = root.to_path_buf();
    let mut first_link = None;
    for component in rel.components() {
        match component {
            Component::Normal(name) => current.push(name),
            Component::CurDir => continue,
            _ => {
                first_link = Some(current.clone());
                break;
            }
        }
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                first_link = Some(current.clone());
                break;
            }
            Ok(_) => {}
            Err(_) => return Ok(()),
        }
    }
    let Some(link) = first_link else {
        return Ok(());
    };
    let link_rel = link.strip_prefix(root).unwrap_or(rel).to_path_buf();
    let escape = |target: String| Escape {
        link: link_rel.clone(),
        target,
    };
    let written = std::fs::read_link(&link)
        .map(|t| display_path(&t))
        .unwrap_or_else(|_| display_path(&link_rel));
    let real_root = std::fs::canonicalize(root).map_err(|e| escape(e.to_string()))?;
    match std::fs::canonicalize(root.join(rel)) {
        Ok(real) if real.starts_with(&real_root) => Ok(()),
        Ok(_) => Err(escape(written)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // A dangling link: nothing to read, but say where it points rather than "missing".
            match std::fs::canonicalize(&link) {
                Ok(real) if real.starts_with(&real_root) => Ok(()),
                _ => Err(escape(written)),
            }
        }
        Err(_) => Err(escape(written)),
    }
}

/// One file found by [`walk`].
#[derive(Debug, Clone)]
pub struct Found {
    /// The path relative to the walked folder's root (the handbook root).
    pub rel: PathBuf,
    /// The path to read.
    pub path: PathBuf,
}

/// What [`walk`] could not walk.
#[derive(Debug, Clone)]
pub enum WalkProblem {
    Escape(Escape),
    /// A link that points to one of its own parent folders.
    Loop(PathBuf),
    /// A link to nothing: the link and where it points.
    Dangling(PathBuf, String),
    Unreadable(PathBuf, String),
}

impl WalkProblem {
    pub fn diagnostic(&self) -> Diagnostic {
        match self {
            WalkProblem::Escape(escape) => escape.diagnostic(),
            WalkProblem::Loop(rel) => Diagnostic::new(
                Origin::file_start(rel),
                "symbolic link loop: this link points to one of its own parent folders",
                "remove the link or point it at a folder outside this one",
            ),
            WalkProblem::Dangling(rel, target) => Diagnostic::new(
                Origin::file_start(rel),
                format!("symbolic link to `{target}`, which does not exist"),
                "remove the link, or put the file it points to back",
            ),
            WalkProblem::Unreadable(rel, why) => Diagnostic::new(
                Origin::file_start(rel),
                format!("cannot read folder entry: {why}"),
                "check the permissions and links in this folder",
            ),
        }
    }
}

/// Whether [`walk`] gives hidden files (`.name`) and what is inside hidden folders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// Pages, templates and static files: an editor's `.swp` or `.DS_Store` is not part of the site.
    Skip,
    /// Frozen revisions: every file of the snapshot is copied and checked, hidden or not.
    Include,
}

/// Every regular file below `root/dir`, in path order, following the symbolic links that stay
/// inside `root` and refusing the others: a refused link to a folder is not walked. A missing `dir`
/// gives nothing.
pub fn walk(root: &Path, dir: &Path, hidden: Hidden) -> (Vec<Found>, Vec<WalkProblem>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let abs = root.join(dir);
    if std::fs::symlink_metadata(&abs).is_err() {
        return (found, problems);
    }
    if let Err(escape) = check(root, dir) {
        problems.push(WalkProblem::Escape(escape));
        return (found, problems);
    }
    let real_root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let rel_of = |path: &Path| {
        path.strip_prefix(root)
            .map_or_else(|_| dir.to_path_buf(), Path::to_path_buf)
    };
    let mut entries = walkdir::WalkDir::new(&abs)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = entries.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let rel = err.path().map_or_else(|| dir.to_path_buf(), rel_of);
                let escapes = || {
                    !std::fs::canonicalize(root.join(&rel))
                        .is_ok_and(|real| real.starts_with(&real_root))
                };
                if err.loop_ancestor().is_some() && escapes() {
                    // A link to a folder that holds the handbook: outside first, a loop second.
                    let target = std::fs::read_link(root.join(&rel))
                        .map(|t| display_path(&t))
                        .unwrap_or_else(|_| display_path(&rel));
                    problems.push(WalkProblem::Escape(Escape { link: rel, target }));
                } else if err.loop_ancestor().is_some() {
                    problems.push(WalkProblem::Loop(rel));
                } else if err.io_error().map(std::io::Error::kind)
                    == Some(std::io::ErrorKind::NotFound)
                {
                    // A dangling link: say where it points.
                    let target = std::fs::read_link(root.join(&rel))
                        .map(|t| display_path(&t))
                        .unwrap_or_else(|_| "a missing file".into());
                    problems.push(WalkProblem::Dangling(rel, target));
                } else {
                    problems.push(WalkProblem::Unreadable(rel, err.to_string()));
                }
                continue;
            }
        };
        let rel = rel_of(entry.path());
        if hidden == Hidden::Skip
            && entry.depth() > 0
            && entry.file_name().to_string_lossy().starts_with('.')
        {
            if entry.file_type().is_dir() {
                entries.skip_current_dir();
            }
            continue;
        }
        if entry.path_is_symlink() {
            let inside =
                std::fs::canonicalize(entry.path()).is_ok_and(|real| real.starts_with(&real_root));
            if !inside {
                let target = std::fs::read_link(entry.path())
                    .map(|t| display_path(&t))
                    .unwrap_or_else(|_| display_path(entry.path()));
                problems.push(WalkProblem::Escape(Escape { link: rel, target }));
                if entry.file_type().is_dir() {
                    entries.skip_current_dir();
                }
                continue;
            }
        }
        if entry.file_type().is_file() {
            found.push(Found {
                rel,
                path: entry.path().to_path_buf(),
            });
        }
    }
    (found, problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn tree() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let tmp = tempfile::tempdir().expect("tempdir");
        let root = tmp.path().join("hb");
        let outside = tmp.path().join("secret.txt");
        std::fs::create_dir_all(root.join("content/method")).expect("mkdir");
        std::fs::write(&outside, "secret").expect("write");
        std::fs::write(root.join("content/method/a.md"), "a").expect("write");
        (tmp, root, outside)
    }

    #[test]
    fn links_inside_are_followed_links_outside_refused() {
        let (tmp, root, outside) = tree();
        symlink(root.join("content/method/a.md"), root.join("content/b.md")).expect("link");
        symlink("method/a.md", root.join("content/c.md")).expect("relative link");
        symlink(&outside, root.join("content/x.md")).expect("link");
        symlink("../../secret.txt", root.join("content/y.md")).expect("relative link");
        assert_eq!(check(&root, Path::new("content/b.md")), Ok(()));
        assert_eq!(check(&root, Path::new("content/c.md")), Ok(()));
        assert_eq!(check(&root, Path::new("content/method/a.md")), Ok(()));
        let escape = check(&root, Path::new("content/x.md")).expect_err("outside");
        assert_eq!(escape.link, PathBuf::from("content/x.md"));
        assert!(escape.target.ends_with("secret.txt"), "{escape}");
        assert!(check(&root, Path::new("content/y.md")).is_err());
        // The root itself reached through a link is fine.
        symlink(&root, tmp.path().join("alias")).expect("link");
        assert_eq!(
            check(&tmp.path().join("alias"), Path::new("content/b.md")),
            Ok(())
        );
        assert!(check(&tmp.path().join("alias"), Path::new("content/x.md")).is_err());
    }

    #[test]
    fn a_linked_folder_on_the_way_is_checked() {
        let (tmp, root, _) = tree();
        let elsewhere = tmp.path().join("elsewhere");
        std::fs::create_dir_all(&elsewhere).expect("mkdir");
        std::fs::write(elsewhere.join("p.md"), "p").expect("write");
        symlink(&elsewhere, root.join("content/prompts")).expect("link");
        let escape = check(&root, Path::new("content/prompts/p.md")).expect_err("outside");
        assert_eq!(escape.link, PathBuf::from("content/prompts"));
        let (found, problems) = walk(&root, Path::new("content/prompts"), Hidden::Skip);
        assert!(found.is_empty());
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn walk_follows_inside_refuses_outside_and_skips_hidden() {
        let (tmp, root, outside) = tree();
        symlink(&outside, root.join("content/method/x.md")).expect("link");
        symlink(tmp.path(), root.join("content/method/up")).expect("dir link outside");
        symlink(root.join("content/method"), root.join("content/alias")).expect("dir link");
        symlink(tmp.path().join("missing"), root.join("content/dangling.md")).expect("link");
        std::fs::write(root.join("content/.hidden.md"), "h").expect("write");
        let (found, problems) = walk(&root, Path::new("content"), Hidden::Skip);
        let rels: Vec<String> = found.iter().map(|f| display_path(&f.rel)).collect();
        assert_eq!(rels, vec!["content/alias/a.md", "content/method/a.md"]);
        let links: Vec<String> = problems
            .iter()
            .map(|p| match p {
                WalkProblem::Escape(e) => display_path(&e.link),
                WalkProblem::Dangling(rel, _) => format!("dangling {}", display_path(rel)),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(
            links,
            vec![
                "content/alias/up",
                "content/alias/x.md",
                "dangling content/dangling.md",
                "content/method/up",
                "content/method/x.md"
            ]
        );
    }
}
