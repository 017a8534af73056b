//! Which files of `serve`'s new site differ from the last good one: found once per save, in the
//! build, and handed to the offline install's memo and to the snapshot, so that neither keeps a
//! copy of the site's bytes to compare it again.

use std::collections::BTreeSet;

use crate::site_files::SiteFiles;

/// Keys added, removed or modified between two sites: one walk of both in key order, rather than
/// a lookup of every key of one in the other.
pub(super) fn changed_files(old: &SiteFiles, new: &SiteFiles) -> BTreeSet<String> {
    use std::cmp::Ordering;
    let mut changed = BTreeSet::new();
    let (mut old, mut new) = (old.iter().peekable(), new.iter().peekable());
    loop {
        let order = match (old.peek(), new.peek()) {
            (None, None) => break,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some((a, _)), Some((b, _))) => a.cmp(b),
        };
        match order {
            Ordering::Less => changed.extend(old.next().map(|(k, _)| k.clone())),
            Ordering::Greater => changed.extend(new.next().map(|(k, _)| k.clone())),
            Ordering::Equal => {
                if let (Some((k, a)), Some((_, b))) = (old.next(), new.next()) {
                    if a != b {
                        changed.insert(k.clone());
                    }
                }
            }
        }
    }
    changed
}

/// `changed`, the files that differed before the offline worker was installed (or retired), made
/// true of `files` after it: installing or retiring it touches only the files it writes and the
/// theme's worker it takes out of `assets/`, which `changed` holds (the previous site had none).
pub(super) fn after_offline(
    old: &SiteFiles,
    changed: BTreeSet<String>,
    files: &SiteFiles,
) -> Vec<String> {
    let offline = [crate::offline::WORKER, crate::offline::MANIFEST].map(String::from);
    changed
        .into_iter()
        .chain(offline)
        .collect::<BTreeSet<String>>()
        .into_iter()
        .filter(|key| old.get(key) != files.get(key))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::site_files::from_texts as site;

    /// Every key added, removed or modified, at either end and in between, and no other.
    #[test]
    fn finds_files_added_removed_and_modified() {
        let old = site(&[("a", "1"), ("b", "2"), ("c", "3"), ("e", "5"), ("f", "6")]);
        let new = site(&[("0", "0"), ("b", "2"), ("c", "x"), ("d", "4"), ("f", "6")]);
        let found: Vec<String> = changed_files(&old, &new).into_iter().collect();
        assert_eq!(found, ["0", "a", "c", "d", "e"]);
        assert!(changed_files(&new, &new).is_empty());
        assert_eq!(changed_files(&SiteFiles::new(), &new).len(), new.len());
        assert_eq!(changed_files(&old, &SiteFiles::new()).len(), old.len());
    }
}
