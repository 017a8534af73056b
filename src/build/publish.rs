//! The one-off build, from the rendered site to the published folder: the model dropped, the
//! offline worker installed, the site weighed against its page budget while its files are
//! written beside the output, and put in place only once it is within it. Also the check of the
//! sources without writing (`handbook validate`), which weighs the same way.

use std::path::{Path, PathBuf};

use super::{prepare, prepare_run, previous, BuildCache, BuildRun};
use crate::cache::{self, DiskCache};
use crate::content::{self, Handbook};
use crate::diagnostics::{Diagnostic, Diagnostics, Origin};
use crate::output::OutputLock;
use crate::render::SiteFiles;

/// What `handbook build` was asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub output: PathBuf,
    pub base_url: Option<String>,
    /// Also publish the unreleased `content/` under `draft/` (when revisions exist).
    pub drafts: bool,
    /// Where frozen revisions' rendered pages and PDFs are kept between builds; none: no cache.
    pub cache_dir: Option<PathBuf>,
}

/// What a successful build produced, for the summary line.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Page weights and the estimated CO2e per view, printed after the build.
    pub summary: String,
    pub pages: usize,
    pub files: usize,
    pub bytes: usize,
    /// What the build cache reused and what it had to do again.
    pub cache: cache::CacheReport,
}

/// Weighs the built site against the page budget (the defaults, or `budget` in `handbook.yaml`);
/// returns the summary to print, or the pages over budget as problems.
pub fn check_budget(handbook: &Handbook, files: &SiteFiles) -> Result<String, Diagnostics> {
    // One memo for both: the offline copy's files are pages already weighed, so each is
    // compressed once.
    let mut sizes = crate::budget::GzipSizes::new();
    let weight = crate::budget::weigh_part(files, |_| true, &mut sizes);
    let copy = crate::offline::weigh_copy(files, &weight, &mut sizes);
    check_weight(&page_budget(handbook), &weight, copy)
}

/// The page budget the site is held to: the defaults, or `budget` in `handbook.yaml`.
fn page_budget(handbook: &Handbook) -> content::site::Budget {
    handbook
        .site
        .budget
        .as_ref()
        .map(|b| b.value.clone())
        .unwrap_or_default()
}

/// Checks `weight` against `budget`: the summary to print, or the pages over budget.
fn check_weight(
    budget: &content::site::Budget,
    weight: &crate::budget::SiteWeight,
    offline_copy: Option<crate::budget::OfflineCopy>,
) -> Result<String, Diagnostics> {
    let mut report = crate::budget::check(weight, budget);
    report.offline_copy = offline_copy;
    let summary = crate::budget::summary(&report);
    if report.violations.is_empty() {
        return Ok(summary);
    }
    let mut diags = Diagnostics::new();
    for v in &report.violations {
        diags.error(
            Origin::file_start(&v.page),
            v.message.clone(),
            v.hint.clone(),
        );
    }
    crate::console::info(&summary);
    Err(diags)
}

/// Checks the sources without writing anything.
pub fn validate(root: &Path) -> Result<SiteFiles, Diagnostics> {
    let (handbook, files) = prepare(root, None)?;
    check_budget(&handbook, &files)?;
    Ok(files)
}

fn cannot_write(output: &Path, e: std::io::Error) -> Diagnostics {
    Diagnostics::from(Diagnostic::new(
        Origin::file_start(output),
        format!("cannot write the site: {e}"),
        "check that the output folder's parent exists and is writable; the previous site was left as it was",
    ))
}

/// Builds the site into `options.output`, swapping it in only when everything succeeded.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let disk = options
        .cache_dir
        .as_ref()
        .map_or_else(DiskCache::disabled, DiskCache::at);
    let mut cache = BuildCache::one_shot().with_disk_cache(disk);
    // Held from the check of the previous output to the swap: what this build reuses from the
    // output must still be there, as checked, when it links it.
    let lock = OutputLock::take(&options.output).map_err(|e| cannot_write(&options.output, e))?;
    let mut run = BuildRun::after(previous::PreviousOutput::check(
        &mut cache.disk,
        &options.output,
    ));
    run.offline_later = true;
    let (handbook, mut files) = prepare_run(
        &options.root,
        options.base_url.as_deref(),
        options.drafts,
        &mut cache,
        &mut run,
    )?;
    // Past rendering, the build needs only the model's page budget: the model (every page's
    // Markdown and front matter) goes, and its memory back to the system, before the site is
    // weighed and written, the stages that still hold the whole site.
    let budget = page_budget(&handbook);
    let offline = handbook.site.offline;
    drop(handbook);
    crate::memory::release_freed();
    run.install_offline(offline, &mut files);
    // The site is weighed while its files are written beside the output, and put in place only
    // once it is within its budget.
    let read = std::mem::take(&mut run.read);
    let (weighed, staged) =
        previous::stage_while(&lock, &files, &mut run, &mut cache.disk, |frozen, disk| {
            let mut sizes = previous::gzip_sizes(disk);
            let weight = frozen.weigh(&files, disk, &mut sizes, &read);
            let copy = crate::offline::weigh_copy(&files, &weight, &mut sizes);
            let summary = check_weight(&budget, &weight, copy)?;
            previous::keep_gzip_sizes(disk, &sizes);
            Ok::<String, Diagnostics>(summary)
        });
    drop(read);
    let summary = match weighed {
        Ok(summary) => summary,
        Err(problems) => {
            if let Ok(staged) = staged {
                staged.discard();
            }
            return Err(problems);
        }
    };
    let state = staged
        .and_then(|staged| staged.publish())
        .map_err(|e| cannot_write(&options.output, e))?;
    run.previous.record(&mut cache.disk, &state);
    cache.disk.prune();
    let kept = run.frozen.kept_summaries();
    Ok(BuildReport {
        summary,
        pages: files.keys().filter(|k| k.ends_with(".html")).count()
            + kept.clone().map(|s| s.pages).sum::<usize>(),
        files: files.len() + kept.clone().map(|s| s.files).sum::<usize>(),
        bytes: files.values().map(Vec::len).sum::<usize>() + kept.map(|s| s.bytes).sum::<usize>(),
        cache: cache.disk_report().clone(),
    })
}
