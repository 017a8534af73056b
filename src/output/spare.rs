//! Starting a write from the spare: the site that was live before the current one, kept aside by
//! the last swap.
//!
//! Most of a new site is the same as the site before it, so starting from that site's folder and
//! keeping what did not change writes a few files instead of thousands. The spare is not live, so
//! nothing in it is trusted: kept folders are checked file by file against the record, and
//! whatever the new site does not have is swept away before the swap.

use std::collections::BTreeSet;
use std::path::Path;

use super::lock::OutputLock;
use super::state::{scan, Record};
use super::step;

/// Moves the spare (the site before the output's, if any) to `staging`, and returns the folders of
/// `folders` it holds exactly as the output's record says the output's are (same names, sizes and
/// modification times, the check [`OutputState::verify`](super::OutputState::verify) makes of the
/// output itself: such files are hard links to the output's, which share all three). The other
/// folders of `folders` are removed from it, to be linked again; every other file stays, to be kept
/// where the new site has the same bytes at the same path ([`write_new`](super::tree::write_new))
/// and swept away otherwise ([`sweep`]). The spare is not live, so whatever a killed write or
/// another program left in it is either found intact here or replaced.
pub(super) fn start_from_spare(
    lock: &OutputLock,
    staging: &Path,
    folders: &[(&String, &Record)],
) -> std::io::Result<BTreeSet<String>> {
    let spare = lock.spare();
    if !spare.is_dir() {
        return Ok(BTreeSet::new());
    }
    step()?;
    std::fs::rename(&spare, staging)?;
    let ready: BTreeSet<String> = folders
        .iter()
        .filter(|(prefix, record)| {
            scan(&staging.join(prefix.as_str())).is_ok_and(|found| found == record.files)
        })
        .map(|(prefix, _)| prefix.to_string())
        .collect();
    for (prefix, _) in folders {
        if !ready.contains(prefix.as_str()) {
            let path = staging.join(prefix.as_str());
            if path.exists() {
                step()?;
                std::fs::remove_dir_all(path)?;
            }
        }
    }
    Ok(ready)
}

/// Removes from `dir` (at site path `rel`, `""` or ending in `/`) every file that is not in
/// `site` and every folder left empty, but leaves the folders `whole` (site paths ending in `/`,
/// complete as they are) untouched: what the spare held of a site before is not in the new one.
/// Returns whether `dir` is left empty (each folder is listed once: a large site has thousands).
pub(super) fn sweep(
    dir: &Path,
    rel: &str,
    site: &BTreeSet<String>,
    whole: &BTreeSet<String>,
) -> std::io::Result<bool> {
    let mut empty = true;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            let sub = format!("{rel}{name}/");
            if whole.contains(&sub) {
                empty = false;
            } else if sweep(&path, &sub, site, whole)? {
                step()?;
                std::fs::remove_dir(&path)?;
            } else {
                empty = false;
            }
        } else if !site.contains(&format!("{rel}{name}")) {
            step()?;
            std::fs::remove_file(&path)?;
        } else {
            empty = false;
        }
    }
    Ok(empty)
}
