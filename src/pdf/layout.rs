//! Page layout: the document's elements become positioned text runs, rules and boxes on A4 pages.
//!
//! krilla draws but does not lay out, so this module does it, in three steps:
//!
//! 1. every element is set into a column as a list of [`Laid`] blocks: Markdown by the generic
//!    [`typeset`](super::typeset) engine, the title block, section headings and signers' table by
//!    [`charter_parts`](super::charter_parts);
//! 2. [`paginate`] stacks them onto pages under the keep rules;
//! 3. the footer, which needs the final page count, is added last.
//!
//! The engine's page model is re-exported here, since a [`Layout`] is expressed in it.

pub use super::charter_parts::{Footer, SignatureTable, TitleBlock, TitleRow};
pub use super::typeset::{
    body_style, paginate, paragraph, set_blocks, Anchor, Chunk, Geometry, Item, Laid, Layout, Page,
    ACCENT, INK, MUTED, PANEL, RULE,
};

use super::charter_parts::{add_footer, section_heading, signature_table, title_block};
use super::fonts::Fonts;
use super::markdown::Block;
use super::typeset::style::style;

/// What the document is made of, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    Title(TitleBlock),
    /// A section heading, e.g. "3. Données interdites"; it also becomes a PDF bookmark.
    Section(String),
    Blocks(Vec<Block>),
    /// Blocks set in a smaller, muted style (notes).
    Note(Vec<Block>),
    PageBreak,
    Signatures(SignatureTable),
}

/// Lays the whole document out.
pub fn layout(fonts: &Fonts, elements: &[Element], footer: &Footer, geo: &Geometry) -> Layout {
    let x = geo.margin_left;
    let width = geo.content_width();
    let mut laid = Vec::new();
    for element in elements {
        match element {
            Element::Title(title) => laid.push(title_block(fonts, title, x, width)),
            Element::Section(label) => laid.push(section_heading(fonts, label, x, width)),
            Element::Blocks(blocks) => {
                laid.extend(set_blocks(fonts, blocks, x, width, &body_style(), 0))
            }
            Element::Note(blocks) => {
                let note = style(8.5, 12.0, MUTED, false);
                laid.extend(set_blocks(fonts, blocks, x, width, &note, 0));
            }
            Element::PageBreak => laid.push(Laid {
                page_break: true,
                ..Laid::default()
            }),
            Element::Signatures(table) => laid.extend(signature_table(fonts, table, x, width)),
        }
    }
    let mut layout = paginate(laid, geo);
    add_footer(fonts, &mut layout, footer, geo);
    layout
}
