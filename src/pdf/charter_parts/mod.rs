//! The parts of the page that belong to the charter rather than to its text: the title block, the
//! section headings, the signers' table and the footer. Each is set with the
//! [`typeset`](super::typeset) engine's page model and styles; the words they print come from the
//! caller (the theme's UI strings), never from here.

mod footer;
mod section_heading;
mod signature_table;
mod title_block;

pub use footer::Footer;
pub use signature_table::SignatureTable;
pub use title_block::{TitleBlock, TitleRow};

pub(crate) use footer::add_footer;
pub(crate) use section_heading::section_heading;
pub(crate) use signature_table::signature_table;
pub(crate) use title_block::title_block;
