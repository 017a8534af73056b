//! The dead-link check: every internal link of every page must name a page or file of the site, and
//! an anchor that exists on that page. A reader who follows a link in the charter must never land on
//! nothing.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostics::{did_you_mean, Diagnostics, Origin};
use crate::markdown::LinkRef;
use crate::urls;

/// What the check needs of one page, whatever built it: its address, the anchors it defines and
/// the links it makes, each with its file position.
///
/// A borrowed view rather than the renderer's page type, so that this module sits below the
/// renderer that calls it instead of depending on it back.
#[derive(Debug, Clone, Copy)]
pub struct LinkedPage<'a> {
    /// Site-absolute URL (`/`, `/charter/`, `/404.html`).
    pub url: &'a str,
    pub anchors: &'a BTreeSet<String>,
    pub links: &'a [LinkRef],
}

/// An optional section the handbook leaves out: the address its pages would have and the source
/// they would be built from (`/tools/`, `content/tools.yaml`).
pub struct Absent {
    pub url: &'static str,
    pub source: &'static str,
}

/// How many other links into a missing section one message lists before it says "…".
const LISTED: usize = 5;

/// Checks the links of `pages` against the pages themselves and the other files of the site.
///
/// Links into an `absent` section are one problem, not one per link: deleting `content/tools.yaml`
/// should say "create `content/tools.yaml` or remove these links" once, and list the links.
pub fn check(
    pages: &[LinkedPage<'_>],
    files: &BTreeSet<String>,
    absent: &[Absent],
    diags: &mut Diagnostics,
) {
    let mut into_absent: BTreeMap<&'static str, (&'static str, Vec<Origin>)> = BTreeMap::new();
    let anchors: BTreeMap<&str, &BTreeSet<String>> =
        pages.iter().map(|p| (p.url, p.anchors)).collect();
    for page in pages {
        for link in page.links {
            let (target_page, fragment) = urls::page_of(&link.target);
            if let Some(ids) = anchors.get(target_page.as_str()) {
                if let Some(fragment) = fragment {
                    if !ids.contains(&fragment) {
                        let hint = match did_you_mean(&fragment, ids.iter().map(String::as_str)) {
                            Some(best) => format!("did you mean `#{best}`?"),
                            None => format!(
                                "anchors on that page: {}",
                                ids.iter()
                                    .take(12)
                                    .map(|i| format!("#{i}"))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        };
                        diags.error(
                            link.origin.clone(),
                            format!(
                                "dead link `{}`: page {target_page} has no anchor `#{fragment}`",
                                link.target
                            ),
                            hint,
                        );
                    }
                }
            } else if !files.contains(target_page.trim_end_matches('/')) {
                if let Some(section) = absent.iter().find(|a| target_page.starts_with(a.url)) {
                    into_absent
                        .entry(section.source)
                        .or_insert_with(|| (section.url, Vec::new()))
                        .1
                        .push(link.origin.clone());
                    continue;
                }
                let candidates = anchors
                    .keys()
                    .copied()
                    .chain(files.iter().map(String::as_str));
                let hint = match did_you_mean(&target_page, candidates) {
                    Some(best) => format!("did you mean `{best}`?"),
                    None => "link to a page of the site such as `/charter/` or `/prompts/prompt-001/` (see README, Site map)".to_string(),
                };
                diags.error(
                    link.origin.clone(),
                    format!("dead link `{}`: no page at this address", link.target),
                    hint,
                );
            }
        }
    }
    for (source, (url, mut origins)) in into_absent {
        origins.sort();
        origins.dedup();
        let first = origins.remove(0);
        let more = match origins.len() {
            0 => String::new(),
            n => {
                let listed: Vec<String> =
                    origins.iter().take(LISTED).map(Origin::to_string).collect();
                let rest = if n > LISTED { ", …" } else { "" };
                format!(
                    " ({n} more link{} to it: {}{rest})",
                    if n == 1 { "" } else { "s" },
                    listed.join(", ")
                )
            }
        };
        diags.error(
            first,
            format!("dead link to `{url}`: that section is built from `{source}`, which this handbook does not have{more}"),
            format!("create `{source}` (a folder made with `handbook init` holds an example) or remove the links"),
        );
    }
}
