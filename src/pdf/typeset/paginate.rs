//! Pagination: laid blocks are stacked onto pages under the keep rules.
//!
//! A heading is kept with the first two lines of what follows, a paragraph never leaves a single
//! line alone at the bottom or top of a page (orphans and widows), blocks marked to be kept
//! together (title and signature rows, table rows) are never split, and an explicit page break
//! starts a new page. A block taller than a page is split anyway, so pagination always ends.

use super::page::{Anchor, Geometry, Laid, Layout, Page};

/// How much room block `i` needs at the bottom of a page before it may start there: the whole
/// block if it is kept together, its first two lines otherwise, plus — for a heading — what the
/// next block needs.
fn needed(laid: &[Laid], i: usize) -> f32 {
    let Some(block) = laid.get(i) else {
        return 0.0;
    };
    let own = if block.keep_together {
        block.height()
    } else {
        block.chunks.iter().take(2).map(|c| c.height).sum()
    };
    if block.keep_with_next {
        match laid.get(i + 1) {
            Some(next) if !next.page_break => own + next.before + needed(laid, i + 1),
            _ => own,
        }
    } else {
        own
    }
}

/// Stacks laid blocks onto pages (see the module documentation for the rules).
pub fn paginate(laid: Vec<Laid>, geo: &Geometry) -> Layout {
    let top = geo.margin_top;
    let bottom = geo.body_bottom();
    let mut layout = Layout {
        pages: vec![Page::default()],
        anchors: Vec::new(),
    };
    let mut y = top;
    let mut empty = true;
    for (i, block) in laid.iter().enumerate() {
        if block.page_break {
            if !empty {
                layout.pages.push(Page::default());
                y = top;
                empty = true;
            }
            continue;
        }
        if !empty {
            y += block.before;
        }
        if !empty && y + needed(&laid, i) > bottom + 0.01 {
            layout.pages.push(Page::default());
            y = top;
            empty = true;
        }
        let mut k = 0;
        let n = block.chunks.len();
        while k < n {
            let mut fit = 0;
            let mut h = 0.0;
            while k + fit < n && y + h + block.chunks[k + fit].height <= bottom + 0.01 {
                h += block.chunks[k + fit].height;
                fit += 1;
            }
            let remaining = n - k;
            let mut take = fit;
            if fit < remaining {
                if block.keep_together {
                    take = 0;
                } else {
                    if take < 2 {
                        take = 0; // orphan: do not leave a single line at the bottom
                    }
                    if remaining - take == 1 && take >= 3 {
                        take -= 1; // widow: do not carry a single line to the next page
                    }
                }
                if take == 0 && empty {
                    take = fit.max(1); // taller than a page: split it anyway
                }
            }
            let page = layout.pages.len() - 1;
            for (j, chunk) in block.chunks[k..k + take].iter().enumerate() {
                if k + j == 0 {
                    if let Some(title) = &block.anchor {
                        layout.anchors.push(Anchor {
                            title: title.clone(),
                            page,
                            y,
                        });
                    }
                }
                for item in &chunk.items {
                    let mut item = item.clone();
                    item.shift_y(y);
                    layout.pages[page].items.push(item);
                }
                y += chunk.height;
                empty = false;
            }
            k += take;
            if k < n {
                layout.pages.push(Page::default());
                y = top;
                empty = true;
            }
        }
        y += block.after;
    }
    layout
}
