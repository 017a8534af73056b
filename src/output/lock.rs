//! One writer per output: the advisory lock on a file beside the output, and the clean-up that
//! taking it makes after writes that were killed.
//!
//! The lock owns the names of everything a write puts beside the output (the staging folder, the
//! spare, a previous site moved aside), because only the lock's holder may create or remove them:
//! recovery looks at those names alone and can remove what it finds there, knowing no other write
//! is using it.

use std::path::{Path, PathBuf};

use super::step;
use super::tree::remove_if_exists;

/// The right to write into an output folder, held from the moment a build looks at the previous
/// output until its new site is in place. Taking it cleans up after writes that were killed.
#[derive(Debug)]
pub struct OutputLock {
    output: PathBuf,
    parent: PathBuf,
    name: String,
    // Held open for the lock; closing it (at drop, or when the process dies) releases it.
    _file: std::fs::File,
}

impl OutputLock {
    /// Locks `output`, waiting (with a note on standard error) while another build holds it.
    pub fn take(output: &Path) -> std::io::Result<OutputLock> {
        let parent = match output.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)?;
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(parent.join(format!(".{name}.lock")))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                eprintln!(
                    "note: another build is writing into {}; waiting for it to finish",
                    crate::diagnostics::display_path(output)
                );
                file.lock()?;
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
        let lock = OutputLock {
            output: output.to_path_buf(),
            parent,
            name,
            _file: file,
        };
        lock.recover()?;
        Ok(lock)
    }

    pub fn output(&self) -> &Path {
        &self.output
    }

    pub(super) fn staging(&self) -> PathBuf {
        self.parent
            .join(format!(".{}.staging-{}", self.name, std::process::id()))
    }

    /// The previous site's kept folders, saved after a swap for the next write to start from.
    pub(super) fn spare(&self) -> PathBuf {
        self.parent.join(format!(".{}.spare", self.name))
    }

    pub(super) fn previous(&self) -> PathBuf {
        self.parent
            .join(format!(".{}.previous-{}", self.name, std::process::id()))
    }

    /// Undoes what killed writes left: with the lock held, no other write is using them. A missing
    /// output whose previous site was moved aside is put back first.
    fn recover(&self) -> std::io::Result<()> {
        let staging = format!(".{}.staging-", self.name);
        let previous = format!(".{}.previous-", self.name);
        let mut leftovers = Vec::new();
        let mut previous_sites = Vec::new();
        for entry in std::fs::read_dir(&self.parent)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(&previous) {
                previous_sites.push(entry.path());
            } else if name.starts_with(&staging) {
                leftovers.push(entry.path());
            }
        }
        if !self.output.exists() {
            // The killed write had moved the previous site aside and not yet put the new one in
            // place. Only a write that moved it aside makes a previous folder before the swap.
            if let Some(site) = previous_sites.pop() {
                step()?;
                std::fs::rename(&site, &self.output)?;
            }
        }
        for path in leftovers.into_iter().chain(previous_sites) {
            step()?;
            remove_if_exists(&path)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{lock, read, site};
    use super::super::write_atomically;
    use super::*;

    #[test]
    fn a_site_moved_aside_by_a_killed_write_is_put_back() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        write_atomically(&out, &site(&[("index.html", "old")])).expect("write");
        // What a kill between the two renames of a system without atomic exchange leaves.
        std::fs::rename(&out, tmp.path().join(".public.previous-99999")).expect("move aside");
        std::fs::create_dir_all(tmp.path().join(".public.staging-99999")).expect("staging");
        let lock = lock(&out);
        assert_eq!(read(&out, "index.html"), "old");
        assert!(!tmp.path().join(".public.previous-99999").exists());
        assert!(!tmp.path().join(".public.staging-99999").exists());
        drop(lock);
    }

    #[test]
    fn a_second_writer_waits_for_the_first() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let first = lock(&out);
        let (sender, receiver) = std::sync::mpsc::channel();
        let out2 = out.clone();
        let waiter = std::thread::spawn(move || {
            let second = OutputLock::take(&out2).expect("lock");
            sender.send(()).expect("send");
            drop(second);
        });
        // The second writer cannot have the lock while the first holds it.
        assert!(receiver
            .recv_timeout(std::time::Duration::from_millis(300))
            .is_err());
        drop(first);
        receiver
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("the second writer gets the lock once the first is done");
        waiter.join().expect("thread");
    }
}
