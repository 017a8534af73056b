//! All terminal output in one place: diagnostics, summaries, so formats stay consistent.

use std::io::Write;
use std::path::Path;

use crate::diagnostics::{display_path, Diagnostics};

/// Prints every problem, in file order, prefixed with the handbook root when it is not `.`.
pub fn print_diagnostics(root: &Path, diags: Diagnostics) {
    let prefix = if root == Path::new(".") || root.as_os_str().is_empty() {
        String::new()
    } else {
        format!("{}/", display_path(root).trim_end_matches('/'))
    };
    let items = diags.into_sorted();
    let count = items.len();
    let mut err = std::io::stderr().lock();
    for d in items {
        let _ = writeln!(err, "{prefix}{d}");
    }
    let _ = writeln!(
        err,
        "{count} error{} found; nothing was written.",
        if count == 1 { "" } else { "s" }
    );
}

pub fn info(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{message}");
}
