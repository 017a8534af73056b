//! Putting the staged site in place of the output, so that the output is a complete site at every
//! instant: one atomic exchange of the two folders where the system has it (Linux `renameat2`),
//! two renames otherwise, their gap covered by the lock's recovery.
//!
//! Kept apart because it is the one place that touches the live output, and the only unsafe code
//! of the write.

use std::path::Path;

use super::lock::OutputLock;
use super::step;
use super::tree::{remove_if_exists, remove_tree};

/// Puts `staging` in place of the output, which must stay a complete site at every instant.
///
/// After an exchange, the previous site becomes the spare the next write starts from: its kept
/// parts are hard links to the files now in place, and its other files are what the next write
/// keeps where its bytes did not change, so a small edit writes a few files, not the whole site.
pub(super) fn swap(lock: &OutputLock, staging: &Path) -> std::io::Result<()> {
    let output = lock.output();
    if !output.exists() {
        step()?;
        return std::fs::rename(staging, output);
    }
    step()?;
    match exchange(staging, output) {
        Ok(()) => {
            // `staging` now holds the previous site; a kill here leaves it for the next write.
            let saved = step().is_ok() && std::fs::rename(staging, lock.spare()).is_ok();
            if !saved {
                remove_tree(staging);
            }
            Ok(())
        }
        Err(_) => {
            // No atomic exchange on this system: two renames, the gap covered by `recover`.
            let previous = lock.previous();
            remove_if_exists(&previous)?;
            step()?;
            std::fs::rename(output, &previous)?;
            step()?;
            if let Err(e) = std::fs::rename(staging, output) {
                // Put the previous site back: a reader must never find the site missing.
                let _ = std::fs::rename(&previous, output);
                return Err(e);
            }
            step()?;
            let _ = std::fs::remove_dir_all(&previous);
            Ok(())
        }
    }
}

/// Exchanges two folders in one atomic step.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c =
        |p: &Path| std::ffi::CString::new(p.as_os_str().as_bytes()).map_err(std::io::Error::other);
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call; renameat2 reads
    // them and touches no other memory of ours.
    let result = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if result == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}
