//! Listing pages that split: a list longer than the handbook's `per_page` continues on numbered
//! pages (`/method/`, `/method/page/2/`, `/method/page/3/`…), each with previous/next links and
//! links to the other pages of the list.
//!
//! Every page that lists every page of a kind would otherwise grow with the handbook, and the page
//! budget (which is right) would make a large handbook impossible to build. The addresses are
//! those Hugo and Zola use, so they are stable and linkable: the first page keeps the list's own
//! address, page N is `page/N/` under it.

use serde_json::{json, Value};

/// The folder under a list's address that holds its further pages.
const PAGE_FOLDER: &str = "page";

/// How many numbered links the pager shows on each side of the current page (plus the first and
/// the last): enough to move around a long list without a link to each of its pages.
const WINDOW: usize = 2;

/// One page of a list: its site-absolute address, its number (from 1), the items it shows and the
/// pager's data for the template (`page.pager`).
#[derive(Debug, Clone, PartialEq)]
pub struct ListPage<T> {
    pub url: String,
    pub number: usize,
    pub items: Vec<T>,
    pub pager: Value,
}

/// The address of page `number` (from 1) of the list at `base` (site-absolute, ending in `/`).
pub fn page_url(base: &str, number: usize) -> String {
    if number <= 1 {
        base.to_string()
    } else {
        format!("{base}{PAGE_FOLDER}/{number}/")
    }
}

/// How many pages a list of `items` takes at `per_page` a page: at least one, so an empty list
/// still has its page (which says it is empty).
pub fn page_count(items: usize, per_page: usize) -> usize {
    items.div_ceil(per_page.max(1)).max(1)
}

/// The addresses of every page of a list of `items` at `base`.
pub fn page_urls(base: &str, items: usize, per_page: usize) -> Vec<String> {
    (1..=page_count(items, per_page))
        .map(|n| page_url(base, n))
        .collect()
}

/// Splits `items` into the pages of the list at `base`, in order.
pub fn split<T>(base: &str, items: Vec<T>, per_page: usize) -> Vec<ListPage<T>> {
    let per_page = per_page.max(1);
    let total_items = items.len();
    let total = page_count(total_items, per_page);
    let mut items = items.into_iter();
    (1..=total)
        .map(|number| {
            let chunk: Vec<T> = items.by_ref().take(per_page).collect();
            let first = (number - 1) * per_page + 1;
            let pager = pager_data(base, number, total, first, first + chunk.len(), total_items);
            ListPage {
                url: page_url(base, number),
                number,
                items: chunk,
                pager,
            }
        })
        .collect()
}

/// What a list page's template shows of the list: `number` of `total`, `prev`/`next` (addresses
/// relative to the site root, or null), `links` (numbered links, a null entry for each gap) and
/// which items (`first`–`last` of `items`) the page shows. `links` is empty for a list of one page.
fn pager_data(
    base: &str,
    number: usize,
    total: usize,
    first: usize,
    end: usize,
    items: usize,
) -> Value {
    let href = |n: usize| page_url(base, n).trim_start_matches('/').to_string();
    let mut links: Vec<Value> = Vec::new();
    if total > 1 {
        let mut last_shown = 0;
        for n in 1..=total {
            let near = n.abs_diff(number) <= WINDOW;
            if n == 1 || n == total || near {
                if last_shown + 1 < n {
                    links.push(Value::Null);
                }
                links.push(json!({ "number": n, "url": href(n), "current": n == number }));
                last_shown = n;
            }
        }
    }
    json!({
        "number": number,
        "total": total,
        "prev": (number > 1).then(|| href(number - 1)),
        "next": (number < total).then(|| href(number + 1)),
        "links": links,
        "first": if end > first { first } else { 0 },
        "last": end.saturating_sub(1),
        "items": items,
    })
}

/// The title of page `number` of a list titled `title`: the first page keeps the title, the others
/// add their number, so every page of the site has a title of its own.
pub fn page_title(title: &str, number: usize, total: usize, page_word: &str) -> String {
    if number <= 1 {
        title.to_string()
    } else {
        format!("{title} — {page_word} {number}/{total}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_follow_hugo_and_zola() {
        assert_eq!(page_url("/method/", 1), "/method/");
        assert_eq!(page_url("/method/", 2), "/method/page/2/");
        assert_eq!(
            page_urls("/prompts/tag/x/", 5, 2),
            [
                "/prompts/tag/x/",
                "/prompts/tag/x/page/2/",
                "/prompts/tag/x/page/3/"
            ]
        );
        assert_eq!(page_count(0, 10), 1);
        assert_eq!(page_count(10, 10), 1);
        assert_eq!(page_count(11, 10), 2);
    }

    #[test]
    fn every_item_once_in_order() {
        let pages = split("/l/", (1..=7).collect(), 3);
        let items: Vec<Vec<i32>> = pages.iter().map(|p| p.items.clone()).collect();
        assert_eq!(items, vec![vec![1, 2, 3], vec![4, 5, 6], vec![7]]);
        assert_eq!(pages[2].pager["first"], 7);
        assert_eq!(pages[2].pager["last"], 7);
        assert_eq!(pages[2].pager["items"], 7);
        // An empty list still has its page.
        let empty = split::<i32>("/l/", Vec::new(), 3);
        assert_eq!(empty.len(), 1);
        assert_eq!(empty[0].pager["first"], 0);
        assert!(empty[0].pager["links"].as_array().unwrap().is_empty());
    }

    #[test]
    fn previous_next_and_a_window_of_links() {
        let pages = split("/l/", (1..=100).collect::<Vec<_>>(), 10);
        let first = &pages[0].pager;
        assert_eq!(first["prev"], Value::Null);
        assert_eq!(first["next"], "l/page/2/");
        let middle = &pages[4].pager;
        assert_eq!(middle["prev"], "l/page/4/");
        assert_eq!(middle["next"], "l/page/6/");
        let numbers: Vec<Value> = middle["links"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.get("number").cloned().unwrap_or(Value::Null))
            .collect();
        assert_eq!(
            numbers,
            [
                json!(1),
                Value::Null,
                json!(3),
                json!(4),
                json!(5),
                json!(6),
                json!(7),
                Value::Null,
                json!(10)
            ]
        );
        let current: Vec<&Value> = middle["links"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["current"] == true)
            .collect();
        assert_eq!(current.len(), 1);
        assert_eq!(current[0]["number"], 5);
        assert_eq!(pages[9].pager["next"], Value::Null);
    }

    #[test]
    fn titles_are_unique() {
        assert_eq!(page_title("Prompts", 1, 3, "page"), "Prompts");
        assert_eq!(page_title("Prompts", 2, 3, "page"), "Prompts — page 2/3");
    }
}
