//! handbook: a static-site generator for an association's AI governance handbook.
//!
//! The pipeline reads top-down and data flows one way: [`content`] loads every source file into a
//! typed model whose values remember their `file:line:col`; each content module checks its own rules
//! and [`links`] checks the links once pages are known; [`render`] turns the model into bytes (pure:
//! the same sources always give the same bytes); [`output`] swaps the result into place atomically.
//! Problems are [`diagnostics::Diagnostic`]s, collected across the whole handbook and printed once
//! by [`console`].
//!
//! The modules only point down: none uses, directly or through others, a module that uses it back.
//! Types shared by several stages sit in small base modules (such as [`site_files`]);
//! `tests/architecture.rs` fails on any new cycle and prints the layering with `--nocapture`.

pub mod adapt;
pub mod budget;
pub mod build;
pub mod cache;
pub mod changes;
pub mod check;
pub mod checker;
pub mod confine;
pub mod console;
pub mod content;
pub mod dates;
pub mod diagnostics;
pub mod digest;
pub mod extension;
pub mod highlight;
pub mod html;
pub mod init;
pub mod init_addresses;
pub mod init_ask;
pub mod links;
pub mod lint;
pub mod markdown;
pub mod memory;
pub mod offline;
pub mod output;
pub mod pdf;
pub mod render;
pub mod revisions;
pub mod search;
pub mod serve;
pub mod site_files;
pub mod slug;
pub mod source;
pub mod urls;
pub mod yaml;
