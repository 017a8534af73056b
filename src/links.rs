//! The dead-link check: every internal link of every page must name a page or file of the site, and
//! an anchor that exists on that page. A reader who follows a link in the charter must never land on
//! nothing.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostics::{did_you_mean, Diagnostics};
use crate::render::pages::Page;
use crate::urls;

/// Checks the links of `pages` against the pages themselves and the other files of the site.
pub fn check(pages: &[Page], files: &BTreeSet<String>, diags: &mut Diagnostics) {
    let anchors: BTreeMap<&str, &BTreeSet<String>> =
        pages.iter().map(|p| (p.url.as_str(), &p.anchors)).collect();
    for page in pages {
        for link in &page.links {
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
}
