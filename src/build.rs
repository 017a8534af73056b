//! The build pipeline, top-down: load → check → render → write. Nothing is written unless every
//! stage succeeded, so a mistake in the sources never damages the published site.

use std::path::{Path, PathBuf};

use crate::content::{self, Handbook};
use crate::diagnostics::{Diagnostic, Diagnostics, Origin};
use crate::render::{self, RenderCache, SiteFiles};

/// What `handbook build` was asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub output: PathBuf,
    pub base_url: Option<String>,
}

/// What a successful build produced, for the summary line.
#[derive(Debug, Clone)]
pub struct BuildReport {
    pub pages: usize,
    pub files: usize,
    pub bytes: usize,
}

/// Loads and checks the handbook, and renders it in memory (the link check needs the rendered pages).
pub fn prepare(root: &Path, base_url: Option<&str>) -> Result<(Handbook, SiteFiles), Diagnostics> {
    prepare_with(root, base_url, &mut RenderCache::one_shot())
}

/// [`prepare`], reusing the work `cache` remembers: `handbook serve` keeps one between edits so an
/// edit re-renders only what it can affect, through the very same stages as `handbook build`.
pub fn prepare_with(
    root: &Path,
    base_url: Option<&str>,
    cache: &mut RenderCache,
) -> Result<(Handbook, SiteFiles), Diagnostics> {
    let mut handbook = content::load(root)?;
    if let Some(url) = base_url {
        let url = url.trim();
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return Err(Diagnostic::new(
                Origin::file_start("--base-url"),
                format!("`--base-url` must be an absolute http(s) address, not `{url}`"),
                "e.g. --base-url https://ia.example.org/",
            )
            .into());
        }
        handbook.site.base_url.value = if url.ends_with('/') {
            url.to_string()
        } else {
            format!("{url}/")
        };
    }
    let files = render::render_with(root, &handbook, cache)?;
    Ok((handbook, files))
}

/// Checks the sources without writing anything.
pub fn validate(root: &Path) -> Result<SiteFiles, Diagnostics> {
    prepare(root, None).map(|(_, files)| files)
}

/// Builds the site into `options.output`, swapping it in only when everything succeeded.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let (_, files) = prepare(&options.root, options.base_url.as_deref())?;
    crate::output::write_atomically(&options.output, &files).map_err(|e| {
        Diagnostics::from(Diagnostic::new(
            Origin::file_start(&options.output),
            format!("cannot write the site: {e}"),
            "check that the output folder's parent exists and is writable; the previous site was left as it was",
        ))
    })?;
    Ok(BuildReport {
        pages: files.keys().filter(|k| k.ends_with(".html")).count(),
        files: files.len(),
        bytes: files.values().map(Vec::len).sum(),
    })
}
