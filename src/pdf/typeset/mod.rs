//! A small typesetting engine for A4 documents, independent of what the document says: Markdown
//! blocks are set into a column, then paginated.
//!
//! krilla draws but does not lay out, so this engine does it in two steps:
//!
//! 1. [`set_blocks`] turns each block into [`Laid`] blocks, each a stack of chunks (usually one
//!    chunk per line) with the spacing and the keep rules of the block;
//! 2. [`paginate`] stacks the chunks onto pages.
//!
//! Nothing here knows about charters: the title block, the signers' table and the footer are in
//! [`charter_parts`](super::charter_parts), built from the same page model and styles.

mod blocks;
mod page;
mod paginate;
pub mod style;
mod table;

pub use blocks::{paragraph, set_blocks};
pub use page::{Anchor, Chunk, Geometry, Item, Laid, Layout, Page};
pub use paginate::paginate;
pub use style::{body_style, ACCENT, INK, MUTED, PANEL, RULE};
