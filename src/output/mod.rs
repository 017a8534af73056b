//! Writing the site: into a fresh folder beside the output, then swapped into place, so a failed or
//! interrupted build never leaves a half-written or emptied site behind.
//!
//! Parts of the site whose files are fully determined by a fingerprint need not be written again:
//! a frozen revision's folder (`revisions/2025/`, fingerprint: the hash of its cache keys) and the
//! files of the revision in force at the root (a [`FileGroup`]). When the previous output holds such
//! a part with the same fingerprint, exactly as it was written (same files, sizes and modification
//! times), its files are hard-linked into the new site instead of being written again: a link costs
//! no new data, and the previous site keeps every one of its files until the swap.
//!
//! What a kill at any moment leaves (each filesystem step is a point where a test kills the write):
//! - before the swap, the previous site untouched, plus a staging folder;
//! - the swap itself is one atomic exchange of the two folders (Linux `renameat2`), so `public/` is
//!   always a complete site, the previous one or the new one; where the exchange is not available,
//!   two renames, and a kill between them leaves the previous site beside its place;
//! - the next write, holding the output's lock, puts a previous site back if the output is missing,
//!   and removes every staging and previous folder left by killed writes.
//!
//! One build writes into an output at a time: [`OutputLock`] (an advisory lock on a file beside the
//! output) makes a second build wait for the first, from the check of the previous output to the swap.
//!
//! The parts, each in its own file: `lock` (one writer at a time, and the clean-up after killed
//! writes), `state` (what a write records of its reusable parts and how the next one checks
//! them), `link` (hard-linking unchanged parts from the live site), `spare` (starting from the
//! site before the live one), `tree` (writing and removing files in the staging folder) and
//! `swap` (putting the new site in place). This file holds the write itself, which runs them in
//! order, and the crash points the tests kill it at.

mod link;
mod lock;
mod spare;
mod state;
mod swap;
mod tree;

use std::collections::BTreeSet;
use std::path::Path;

use crate::site_files::SiteFiles;

pub use lock::OutputLock;
pub use state::{FileGroup, OutputState, Reusable, Verified};

use link::Linked;
use spare::{start_from_spare, sweep};
use state::{record, Record};
use swap::swap;
use tree::{remove_if_exists, write_tree};

/// Writes `files` to `output`, replacing its previous content only once everything is written.
pub fn write_atomically(output: &Path, files: &SiteFiles) -> std::io::Result<()> {
    let lock = OutputLock::take(output)?;
    write_reusing(
        &lock,
        files,
        &Reusable::default(),
        &Verified::default(),
        &mut |_| Ok(SiteFiles::new()),
    )
    .map(|_| ())
}

/// [`write_atomically`], linking in from the previous output every part of `reusable` that
/// `verified` (from [`OutputState::verify`]) found intact with the same fingerprint. Returns the
/// state to record for the next write.
///
/// A folder of `reusable` may be left out of `files` altogether when the caller expects it to be
/// linked; should a link fail, `absent(prefix)` gives its files, which are then written. A group's
/// files must be in `files`.
///
/// Nothing is taken out of the previous output: it stays a complete site until the swap.
pub fn write_reusing(
    lock: &OutputLock,
    files: &SiteFiles,
    reusable: &Reusable,
    verified: &Verified,
    absent: &mut dyn FnMut(&str) -> std::io::Result<SiteFiles>,
) -> std::io::Result<OutputState> {
    stage_reusing(lock, files, reusable, verified, absent, Writers::EveryCore)?.publish()
}

/// Which threads create the staging folder's files.
#[derive(Debug, Clone, Copy)]
pub enum Writers<'a> {
    /// Every core: nothing else runs meanwhile.
    EveryCore,
    /// The calling thread alone while the cores are busy with other work (the build weighs the
    /// site while its files are written), which runs whenever the writer waits on the filesystem;
    /// every core for the files left once the flag is set (that work is done). On a large site the
    /// writing outlasts the weighing, and its last part on one thread left the other core idle.
    ThisThreadUntil(&'a std::sync::atomic::AtomicBool),
}

/// A new site written in full beside the output, not yet in place: [`Staged::publish`] swaps it
/// in, [`Staged::discard`] (or a kill) leaves the output as it was.
#[must_use = "a staged site is published or discarded"]
pub struct Staged<'l> {
    lock: &'l OutputLock,
    state: OutputState,
}

impl Staged<'_> {
    /// Puts the staged site in place of the output; returns the state to record for the next
    /// write.
    pub fn publish(self) -> std::io::Result<OutputState> {
        let staging = self.lock.staging();
        swap(self.lock, &staging).inspect_err(|_| {
            let _ = std::fs::remove_dir_all(&staging);
        })?;
        Ok(self.state)
    }

    /// Removes the staged site: the output stays the previous one.
    pub fn discard(self) {
        let _ = std::fs::remove_dir_all(self.lock.staging());
    }
}

/// The first part of [`write_reusing`]: everything but the swap, the new site's files made by
/// `writers`.
pub fn stage_reusing<'l>(
    lock: &'l OutputLock,
    files: &SiteFiles,
    reusable: &Reusable,
    verified: &Verified,
    absent: &mut dyn FnMut(&str) -> std::io::Result<SiteFiles>,
    writers: Writers<'_>,
) -> std::io::Result<Staged<'l>> {
    let output = lock.output();
    let staging = lock.staging();
    remove_if_exists(&staging)?;
    let fail = |e: std::io::Error| {
        let _ = std::fs::remove_dir_all(&staging);
        e
    };

    let had_output = output.is_dir();
    let folders: Vec<(&String, &Record)> = reusable
        .folders
        .iter()
        .filter(|(prefix, fp)| had_output && verified.fingerprint(prefix) == Some(fp.as_str()))
        .filter_map(|(prefix, _)| verified.dirs.get(prefix).map(|r| (prefix, r)))
        .collect();
    let groups: Vec<&FileGroup> = reusable
        .groups
        .iter()
        .filter(|(name, group)| had_output && verified.matches(name, group))
        .map(|(_, group)| group)
        .collect();
    let grouped: BTreeSet<&str> = groups
        .iter()
        .flat_map(|g| g.paths.iter().map(String::as_str))
        .collect();
    // Start from the spare: the folders it holds that are still, file for file, the output's need
    // no work at all; everything else in it is removed.
    let from_spare = lock.spare().is_dir();
    let ready = start_from_spare(lock, &staging, &folders).map_err(fail)?;
    let in_folder = |path: &str| folders.iter().any(|(p, _)| path.starts_with(p.as_str()));
    let fresh = files
        .iter()
        .filter(|(path, _)| !in_folder(path) && !grouped.contains(path.as_str()));
    write_tree(&staging, fresh, writers).map_err(fail)?;

    // Link the unchanged parts; a part that cannot be linked is written instead.
    let mut parts: Vec<(&str, Vec<String>)> = folders
        .iter()
        .filter(|(prefix, _)| !ready.contains(prefix.as_str()))
        .map(|(prefix, record)| {
            let rels = record
                .files
                .iter()
                .map(|(rel, _, _)| format!("{prefix}{rel}"))
                .collect();
            (prefix.as_str(), rels)
        })
        .collect();
    parts.extend(groups.iter().map(|group| {
        let part = group.paths.first().map_or("", String::as_str);
        (part, group.paths.clone())
    }));
    let mut linked = Linked::take_all(output, &staging, &parts);
    linked.done.extend(ready);
    for (part, rels) in &parts {
        if !linked.contains(part) {
            let rels: BTreeSet<&String> = rels.iter().collect();
            let again = files.iter().filter(|(path, _)| rels.contains(path));
            write_tree(&staging, again, writers).map_err(fail)?;
        }
    }
    // Every file of the new site: those of `files`, of the groups, of the folders written from
    // `absent`; and the folders linked whole.
    let mut site: BTreeSet<String> = files.keys().cloned().collect();
    site.extend(grouped.iter().map(|p| p.to_string()));
    // Folders left out of `files` that were not linked after all: written from `absent`.
    for prefix in reusable.folders.keys() {
        let in_files = files
            .range(prefix.clone()..)
            .next()
            .is_some_and(|(path, _)| path.starts_with(prefix.as_str()));
        if in_files || linked.contains(prefix) {
            continue;
        }
        let folder = absent(prefix).map_err(fail)?;
        write_tree(&staging, folder.iter(), writers).map_err(fail)?;
        site.extend(folder.into_keys());
    }
    // What the spare held of an older site and the new one does not have goes.
    let whole: BTreeSet<String> = linked
        .done
        .iter()
        .filter(|part| part.ends_with('/'))
        .cloned()
        .collect();
    if from_spare {
        // Only a spare brings files of its own: a staging folder started empty holds just what
        // this write put there, all of it in the site.
        sweep(&staging, "", &site, &whole).map_err(fail)?;
    }

    let state = record(&staging, reusable, verified, &linked).map_err(fail)?;
    Ok(Staged { lock, state })
}

/// A point where the write changes the filesystem. Tests kill the process at the N-th one (see the
/// crash test below); in the product it does nothing.
#[cfg(not(test))]
fn step() -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
fn step() -> std::io::Result<()> {
    tests::crash_point();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// The filesystem step at which this process dies, from `HANDBOOK_TEST_CRASH_AT` (set only in
    /// the child processes of [`a_write_killed_at_any_step_leaves_a_complete_site`]).
    static CRASH_AT: AtomicUsize = AtomicUsize::new(usize::MAX);
    static STEPS: AtomicUsize = AtomicUsize::new(0);

    /// Called at each filesystem step: exits at once when the chosen step is reached, as a kill
    /// would (no destructor runs, nothing is cleaned up).
    pub(super) fn crash_point() {
        let step = STEPS.fetch_add(1, Ordering::SeqCst);
        if step == CRASH_AT.load(Ordering::SeqCst) {
            std::process::exit(KILLED);
        }
    }

    const KILLED: i32 = 86;

    pub(super) use crate::site_files::from_texts as site;

    fn reusable(fingerprint: &str) -> Reusable {
        let mut r = Reusable::default();
        r.folders
            .insert("revisions/2025/".into(), format!("dir-{fingerprint}"));
        r.groups.insert(
            "root".into(),
            FileGroup {
                fingerprint: format!("group-{fingerprint}"),
                paths: vec!["charter/index.html".into(), "index.html".into()],
            },
        );
        r
    }

    pub(super) fn lock(out: &Path) -> OutputLock {
        OutputLock::take(out).expect("lock")
    }

    pub(super) fn read(dir: &Path, rel: &str) -> String {
        std::fs::read_to_string(dir.join(rel)).unwrap_or_default()
    }

    #[test]
    fn intact_parts_are_moved_changed_ones_written() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let first = site(&[
            ("index.html", "root"),
            ("charter/index.html", "charte"),
            ("draft/index.html", "brouillon 1"),
            ("revisions/2025/index.html", "2025"),
        ]);
        let none = &mut |_: &str| Ok(SiteFiles::new());
        let state = write_reusing(
            &lock(&out),
            &first,
            &reusable("a"),
            &Verified::default(),
            none,
        )
        .expect("first write");
        let ino = |rel: &str| {
            use std::os::unix::fs::MetadataExt;
            std::fs::metadata(out.join(rel)).map(|m| m.ino()).ok()
        };
        let before = (ino("index.html"), ino("revisions/2025/index.html"));

        // Same fingerprints: the folder and the group are linked (same inodes), the rest written;
        // the folder may even be left out of the files.
        let mut second = first.clone();
        second.insert("draft/index.html".into(), "brouillon 2".as_bytes().to_vec());
        second.remove("revisions/2025/index.html");
        let verified = state.clone().verify(&out);
        assert_eq!(verified.len(), 2);
        let state = write_reusing(&lock(&out), &second, &reusable("a"), &verified, none)
            .expect("second write");
        assert_eq!(
            (ino("index.html"), ino("revisions/2025/index.html")),
            before
        );
        assert_eq!(read(&out, "draft/index.html"), "brouillon 2");
        assert_eq!(read(&out, "revisions/2025/index.html"), "2025");

        // A group file edited by hand: the group is written again from the files.
        std::fs::write(out.join("charter/index.html"), "edited by hand").expect("edit");
        let verified = state.verify(&out);
        assert_eq!(verified.len(), 1, "only the folder is still intact");
        let third = first.clone();
        write_reusing(&lock(&out), &third, &reusable("a"), &verified, none).expect("third write");
        assert_eq!(read(&out, "charter/index.html"), "charte");
    }

    #[test]
    fn a_folder_that_cannot_be_linked_is_written_from_absent() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let files = site(&[("index.html", "root"), ("charter/index.html", "charte")]);
        // A stale record claims the folder is intact, but it is not in the previous output.
        let mut asked = Vec::new();
        let mut absent = |prefix: &str| {
            asked.push(prefix.to_string());
            Ok(site(&[(
                "revisions/2025/index.html",
                "2025 from the cache",
            )]))
        };
        write_reusing(
            &lock(&out),
            &files,
            &reusable("a"),
            &Verified::default(),
            &mut absent,
        )
        .expect("write");
        assert_eq!(asked, vec!["revisions/2025/".to_string()]);
        assert_eq!(
            read(&out, "revisions/2025/index.html"),
            "2025 from the cache"
        );
    }

    /// A whole site as its files' contents, without the lock file.
    fn snapshot(dir: &Path) -> BTreeMap<String, String> {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(dir).expect("inside");
                let rel = rel.to_string_lossy().into_owned();
                let text = read(dir, &rel);
                (rel, text)
            })
            .collect()
    }

    /// The site before and after the write under test: a kept folder, a kept group, changed and
    /// removed files.
    fn versions() -> (SiteFiles, SiteFiles) {
        let mut first = site(&[
            ("index.html", "root"),
            ("charter/index.html", "charte"),
            ("draft/index.html", "brouillon 1"),
            ("draft/old/index.html", "removed later"),
            ("revisions/2025/index.html", "2025"),
            ("revisions/2025/charter/index.html", "charte 2025"),
        ]);
        for n in 0..6 {
            first.insert(
                format!("draft/p{n}/index.html"),
                format!("page {n}").into_bytes(),
            );
        }
        let mut second = first.clone();
        second.remove("draft/old/index.html");
        second.insert("draft/index.html".into(), b"brouillon 2".to_vec());
        second.insert("draft/new/index.html".into(), b"new page".to_vec());
        (first, second)
    }

    /// The child's part: performs the second write of [`versions`] into `HANDBOOK_TEST_CRASH_DIR`,
    /// dying at the chosen step. Does nothing in an ordinary test run.
    #[test]
    fn crash_child() {
        let (Ok(at), Ok(dir)) = (
            std::env::var("HANDBOOK_TEST_CRASH_AT"),
            std::env::var("HANDBOOK_TEST_CRASH_DIR"),
        ) else {
            return;
        };
        let dir = PathBuf::from(dir);
        let state = OutputState::from_bytes(&std::fs::read(dir.join("state.json")).expect("state"));
        let out = dir.join("public");
        let verified = state.verify(&out);
        let (_, second) = versions();
        CRASH_AT.store(at.parse().expect("step"), Ordering::SeqCst);
        STEPS.store(0, Ordering::SeqCst);
        let none = &mut |_: &str| Ok(SiteFiles::new());
        write_reusing(&lock(&out), &second, &reusable("a"), &verified, none).expect("write");
        // Reaching here: the write had fewer steps than asked; tell the parent.
        std::process::exit(0);
    }

    #[test]
    fn a_write_killed_at_any_step_leaves_a_complete_site() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path();
        let out = dir.join("public");
        let (first, second) = versions();
        let as_text = |files: &SiteFiles| -> BTreeMap<String, String> {
            files
                .iter()
                .map(|(k, v)| (k.clone(), String::from_utf8_lossy(v).into_owned()))
                .collect()
        };
        let (old, new) = (as_text(&first), as_text(&second));
        let none = &mut |_: &str| Ok(SiteFiles::new());
        let mut killed = 0;
        for at in 0.. {
            assert!(at < 500, "the write should end in far fewer steps");
            // The previous site, as a build leaves it.
            let state = write_reusing(
                &lock(&out),
                &first,
                &reusable("a"),
                &Verified::default(),
                none,
            )
            .expect("previous site");
            assert_eq!(snapshot(&out), old);
            std::fs::write(dir.join("state.json"), state.to_bytes()).expect("state");
            let status = std::process::Command::new(std::env::current_exe().expect("test binary"))
                .args(["--exact", "output::tests::crash_child", "--test-threads=1"])
                .env("HANDBOOK_TEST_CRASH_AT", at.to_string())
                .env("HANDBOOK_TEST_CRASH_DIR", dir)
                .stdout(std::process::Stdio::null())
                .status()
                .expect("child");
            let found = snapshot(&out);
            assert!(
                found == old || found == new,
                "killed at step {at}: the output is neither the previous site nor the new one: {found:?}"
            );
            // The next write cleans up after the killed one and puts the new site in place.
            write_reusing(
                &lock(&out),
                &second,
                &reusable("a"),
                &Verified::default(),
                none,
            )
            .expect("next write");
            assert_eq!(
                snapshot(&out),
                new,
                "after the write that followed step {at}"
            );
            let left: Vec<String> = std::fs::read_dir(dir)
                .expect("dir")
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.contains(".staging-") || n.contains(".previous-"))
                .collect();
            assert!(left.is_empty(), "left behind after step {at}: {left:?}");
            match status.code() {
                Some(KILLED) => killed += 1,
                Some(0) => break,
                other => panic!("the child failed at step {at}: {other:?}"),
            }
        }
        assert!(killed > 10, "the write was killed at {killed} steps only");
    }

    #[test]
    fn the_spare_is_checked_file_by_file_before_it_is_used() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let spare = tmp.path().join(".public.spare");
        let (first, second) = versions();
        let none = &mut |_: &str| Ok(SiteFiles::new());
        let ino = |p: &Path| std::fs::metadata(p).map(|m| m.ino()).expect("inode");
        let mut state = write_reusing(
            &lock(&out),
            &first,
            &reusable("a"),
            &Verified::default(),
            none,
        )
        .expect("first");
        assert!(!spare.exists(), "nothing was kept, so nothing is spared");
        let mut write = |files: &SiteFiles, state: OutputState| {
            let verified = state.verify(&out);
            write_reusing(&lock(&out), files, &reusable("a"), &verified, none).expect("write")
        };
        state = write(&second, state);
        // The previous site is spared whole; its kept folder holds the same files as the output's.
        let kept = "revisions/2025/index.html";
        assert_eq!(ino(&spare.join(kept)), ino(&out.join(kept)));
        assert_eq!(read(&spare, "draft/index.html"), "brouillon 1");

        // A spared file replaced behind the build's back: the folder is linked again, not used.
        std::fs::remove_file(spare.join(kept)).expect("remove");
        std::fs::write(spare.join(kept), "tampered").expect("tamper");
        state = write(&first, state);
        assert_eq!(read(&out, kept), "2025");
        assert_eq!(read(&out, "draft/index.html"), "brouillon 1");

        // An intact spare is used as it is: the output keeps the very same files.
        let before = ino(&out.join(kept));
        state = write(&second, state);
        assert_eq!(ino(&out.join(kept)), before);
        assert_eq!(
            snapshot(&out),
            versions()
                .1
                .iter()
                .map(|(k, v)| (k.clone(), String::from_utf8_lossy(v).into_owned()))
                .collect::<BTreeMap<_, _>>()
        );
        drop(state);
    }

    #[test]
    fn unchanged_files_are_kept_from_the_spare_and_stale_ones_swept() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let (first, second) = versions();
        let none = &mut |_: &str| Ok(SiteFiles::new());
        let ino = |p: &Path| std::fs::metadata(p).map(|m| m.ino()).expect("inode");
        let mut state = OutputState::default();
        let mut write = |files: &SiteFiles| {
            let verified = std::mem::take(&mut state).verify(&out);
            state = write_reusing(&lock(&out), files, &Reusable::default(), &verified, none)
                .expect("write");
        };
        write(&first);
        let page = "draft/p3/index.html";
        let written = ino(&out.join(page));
        write(&second); // the first site becomes the spare
                        // A folder where a file was, and a file where a folder was: the spare is in the way.
        let mut third = first.clone();
        third.remove("draft/old/index.html");
        third.insert("draft/old".into(), b"now a file".to_vec());
        third.insert("index.html/x".into(), b"now a folder".to_vec());
        third.remove("index.html");
        write(&third);
        assert_eq!(
            ino(&out.join(page)),
            written,
            "the same bytes are not written again"
        );
        assert_eq!(
            snapshot(&out),
            third
                .iter()
                .map(|(k, v)| (k.clone(), String::from_utf8_lossy(v).into_owned()))
                .collect::<BTreeMap<_, _>>(),
            "exactly the new site: nothing of the spare's older site is left"
        );
        write(&second);
        assert!(!out.join("draft/old").is_file() && !out.join("index.html").is_dir());
        assert_eq!(read(&out, "draft/new/index.html"), "new page");
    }
}
