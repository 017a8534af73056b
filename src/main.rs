//! The `handbook` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use handbook::{build, console};

/// Build and check an association's AI governance handbook.
#[derive(Parser)]
#[command(name = "handbook", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build, then serve the site locally, rebuilding and reloading open pages on every save
    Serve {
        /// The handbook's folder (the one holding handbook.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Port to listen on
        #[arg(long, default_value_t = handbook::serve::DEFAULT_PORT)]
        port: u16,
        /// Address to listen on; anything but a loopback address exposes the draft to the network
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in the default browser
        #[arg(long)]
        open: bool,
    },
    /// Build the site into the output folder (replaced only if the build succeeds)
    Build {
        /// The handbook's folder (the one holding handbook.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/public]
        #[arg(long)]
        output: Option<PathBuf>,
        /// Override `base_url` from handbook.yaml (e.g. for a preview host)
        #[arg(long)]
        base_url: Option<String>,
        /// Also publish the unreleased content/ under draft/ (once revisions exist)
        #[arg(long)]
        drafts: bool,
        /// Where frozen revisions are kept once rendered [default: ROOT/.handbook-cache]
        #[arg(long, conflicts_with = "no_cache")]
        cache_dir: Option<PathBuf>,
        /// Render every revision again, without reading or writing the build cache
        #[arg(long)]
        no_cache: bool,
    },
    /// Check the sources and report every problem, writing nothing
    Validate {
        /// The handbook's folder (the one holding handbook.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Tell whether a text may go into a public AI (exit 0: ok, 3: never, 2: usage error)
    Check {
        /// File to check, or `-` for standard input
        input: String,
        /// `human` (default) or `json` (one JSON object per text)
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Read JSON lines {"id":…,"text":…} and write one JSON line per input
        #[arg(long)]
        batch: bool,
        /// Language of the reasons: fr, en or nl [default: the handbook's language]
        #[arg(long)]
        lang: Option<String>,
        /// The handbook whose vocabulary and published text the checker uses
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Freeze, list and check the approved revisions of the handbook
    Revision {
        #[command(subcommand)]
        action: RevisionAction,
    },
    /// Write the browser guard: an extension that checks what staff paste and send into public AI chats
    Extension {
        /// The handbook's folder (the one holding handbook.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Folder to write the unpacked extension into (replaced only if the build succeeds)
        #[arg(long)]
        output: PathBuf,
        /// Also guard the pages of this match pattern, e.g. https://chat.example.org/* (repeatable)
        #[arg(long = "site", value_name = "PATTERN")]
        sites: Vec<String>,
        /// Also write the extension as a zip file, for the stores and force-installation
        #[arg(long, value_name = "FILE")]
        zip: Option<PathBuf>,
        /// Never offer "send anyway" for a held text
        #[arg(long)]
        no_send_anyway: bool,
        /// `all` (one manifest for Chromium browsers and Firefox), `chromium` or `firefox`
        #[arg(long, value_enum, default_value_t = ExtensionBrowsers::All)]
        browser: ExtensionBrowsers,
    },
    /// Write a complete starter handbook into a new folder
    Init {
        /// Folder to create (must not exist or be empty)
        dir: PathBuf,
        /// The association's name (asked when missing and run in a terminal)
        #[arg(long)]
        name: Option<String>,
        /// The handbook's default language: fr, en or nl [default: fr]
        #[arg(long)]
        language: Option<String>,
        /// Every language the handbook is published in, the default first, e.g. fr,en
        #[arg(long, value_delimiter = ',')]
        languages: Option<Vec<String>>,
        /// The association's website, e.g. https://example.org/
        #[arg(long)]
        website: Option<String>,
    },
}

/// What `handbook init` prints: what was written, what to adapt first and where, what to run next.
fn init_summary(dir: &std::path::Path, written: &handbook::init::Written) -> String {
    let mut out = format!(
        "wrote a starter handbook ({} files, {}) into {}\n\nadapt first:\n",
        written.files,
        written.languages.join(", "),
        dir.display()
    );
    for (what, file) in handbook::init::checklist(dir, &written.languages) {
        out.push_str(&format!("  - {what}: {file}\n"));
    }
    out.push_str(&format!(
        "`handbook validate` lists the example values still to adapt.\n\nnext: cd {} && handbook build",
        dir.display()
    ));
    out
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExtensionBrowsers {
    All,
    Chromium,
    Firefox,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum CheckFormat {
    Human,
    Json,
}

fn check(
    input: &str,
    format: CheckFormat,
    batch: bool,
    lang: Option<String>,
    root: &std::path::Path,
) -> ExitCode {
    use handbook::check;
    let (checker, note) = check::checker_for(root);
    if let Some(note) = note {
        console::info(&note);
    }
    let lang = lang.unwrap_or_else(|| {
        handbook::content::site::language_of(root).unwrap_or_else(|| "fr".into())
    });
    let (lang, note) = check::reader_lang(&lang);
    if let Some(note) = note {
        console::info(&note);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let opened: std::io::Result<Box<dyn std::io::Read>> = if input == "-" {
        Ok(Box::new(std::io::stdin()))
    } else {
        std::fs::File::open(input).map(|f| Box::new(f) as Box<dyn std::io::Read>)
    };
    let mut reader = match opened {
        Ok(reader) => reader,
        Err(e) => {
            console::info(&format!("error: cannot read {input}: {e}"));
            return ExitCode::from(check::EXIT_USAGE);
        }
    };
    if batch {
        let mut reader = std::io::BufReader::new(reader);
        return ExitCode::from(check::check_batch(&checker, &mut reader, lang, &mut out));
    }
    let format = match format {
        CheckFormat::Human => check::Format::Human,
        CheckFormat::Json => check::Format::Json,
    };
    let name = if input == "-" {
        "standard input"
    } else {
        input
    };
    match check::check_input(&checker, &mut reader, name, lang, format, &mut out) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            console::info(&format!("error: {message}"));
            ExitCode::from(check::EXIT_USAGE)
        }
    }
}

#[derive(Subcommand)]
enum RevisionAction {
    /// Freeze the current handbook.yaml and content/ as an approved revision
    Cut {
        /// Revision id, used in addresses: e.g. 2026
        id: String,
        /// Date of approval, YYYY-MM-DD (not before the previous revision's)
        #[arg(long)]
        date: String,
        /// Who approved it, e.g. "Conseil d'administration du 12 mars 2026"
        #[arg(long)]
        approved_by: String,
        /// What changed since the previous revision, in one or two sentences
        #[arg(long)]
        summary: String,
        /// The handbook's folder (the one holding handbook.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// List the revisions and check that none was altered
    List {
        /// The handbook's folder (the one holding handbook.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

fn revision(action: RevisionAction) -> ExitCode {
    use handbook::revisions;
    match action {
        RevisionAction::Cut {
            id,
            date,
            approved_by,
            summary,
            root,
        } => {
            let request = revisions::cut::CutRequest {
                id: &id,
                date: &date,
                approved_by: &approved_by,
                summary: &summary,
            };
            // The sources must build before they are frozen; the cut asks, it does not build.
            let builds = |root: &std::path::Path| build::validate(root).map(drop);
            match revisions::cut::cut(&root, &request, builds) {
                Ok(r) => {
                    console::info(&format!(
                        "froze revision {} ({}) into {}
content SHA-256: {}",
                        r.id,
                        r.date,
                        r.dir.display(),
                        r.content_sha256
                    ));
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    console::info(&format!("error: {message}"));
                    ExitCode::from(1)
                }
            }
        }
        RevisionAction::List { root } => match revisions::load(&root) {
            Ok(list) if list.is_empty() => {
                console::info("no revision yet: cut one with `handbook revision cut ID --date YYYY-MM-DD --approved-by \"…\" --summary \"…\"`");
                ExitCode::SUCCESS
            }
            Ok(list) => {
                let newest = list.last().map(|r| r.id.clone()).unwrap_or_default();
                let mut failed = handbook::diagnostics::Diagnostics::new();
                for r in &list {
                    let mark = if r.id == newest { " (newest)" } else { "" };
                    println!(
                        "{}\t{}\t{}\t{}{mark}",
                        r.id, r.date, r.approved_by, r.summary
                    );
                    // The three hashes a signer may hold: the snapshot's, the unsigned PDF's, and
                    // the charter sources' one the PDF prints on its title page and in its footer.
                    println!("\tcontent SHA-256 (manifest.sha256)\t{}", r.content_sha256);
                    if let Some(pdf) = &r.pdf_sha256 {
                        println!("\tunsigned charter PDF SHA-256\t{pdf}");
                    }
                    match revisions::pdf::frozen_charter_hash(&root, r) {
                        Ok(hash) => {
                            println!("\tcharter sources SHA-256 (printed in the PDF)\t{hash}")
                        }
                        Err(d) => failed.extend(d),
                    }
                }
                if !failed.is_empty() {
                    console::print_diagnostics(&root, failed);
                    return ExitCode::from(1);
                }
                ExitCode::SUCCESS
            }
            Err(diags) => {
                console::print_diagnostics(&root, diags);
                ExitCode::from(1)
            }
        },
    }
}

fn extension(options: handbook::extension::ExtensionOptions) -> ExitCode {
    use handbook::extension::{extension, ExtensionError};
    match extension(&options) {
        Ok(report) => {
            console::info(&format!(
                "wrote the guard extension ({} files, {} KiB) into {}, guarding {} sites",
                report.files,
                report.bytes / 1024,
                options.output.display(),
                report.sites.len()
            ));
            if let (Some(path), Some(bytes)) = (&options.zip, report.zip_bytes) {
                console::info(&format!("zip: {} ({} KiB)", path.display(), bytes / 1024));
            }
            ExitCode::SUCCESS
        }
        Err(ExtensionError::Sources(diags)) => {
            console::print_diagnostics(&options.root, diags);
            ExitCode::from(1)
        }
        Err(ExtensionError::Other(message)) => {
            console::info(&format!("error: {message}"));
            ExitCode::from(1)
        }
    }
}

/// One line on what the build cache saved, when it was used at all.
fn cache_line(report: &handbook::cache::CacheReport) -> Option<String> {
    let looked_up = report.hits + report.misses + report.rebuilt;
    if looked_up == 0 && report.not_stored.is_empty() {
        return None;
    }
    let mut line = format!(
        "build cache: {} of {looked_up} parts of frozen revisions reused",
        report.hits
    );
    if report.rebuilt > 0 {
        line.push_str(&format!(
            ", {} altered entries refused and rebuilt",
            report.rebuilt
        ));
    }
    for problem in &report.not_stored {
        line.push_str(&format!(
            "\n  not stored (the build is fine, only slower next time): {problem}"
        ));
    }
    Some(line)
}

/// Tunes the allocator before the first allocation, which the standard library makes before `main`
/// (mimalloc reserves its memory then, with the options in force at that time).
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static CONFIGURE_ALLOCATOR: extern "C" fn() = {
    extern "C" fn configure() {
        handbook::memory::configure();
    }
    configure
};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            cache_dir,
            no_cache,
        } => {
            let output = output.unwrap_or_else(|| root.join("public"));
            let cache_dir = (!no_cache)
                .then(|| cache_dir.unwrap_or_else(|| root.join(handbook::cache::DEFAULT_DIR)));
            let options = build::BuildOptions {
                root: root.clone(),
                output: output.clone(),
                base_url,
                drafts,
                cache_dir,
            };
            match build::build(&options) {
                Ok(report) => {
                    console::info(&format!(
                        "built {} pages ({} files, {} KiB) into {}",
                        report.pages,
                        report.files,
                        report.bytes / 1024,
                        output.display()
                    ));
                    if let Some(line) = cache_line(&report.cache) {
                        console::info(&line);
                    }
                    console::info(&report.summary);
                    ExitCode::SUCCESS
                }
                Err(diags) => {
                    console::print_diagnostics(&root, diags);
                    ExitCode::from(1)
                }
            }
        }
        Command::Validate { root } => match build::validate(&root) {
            Ok(files) => {
                console::info(&format!(
                    "no problem found ({} files would be written)",
                    files.len()
                ));
                for mark in handbook::adapt::find(&root) {
                    console::info(&mark.to_string());
                }
                ExitCode::SUCCESS
            }
            Err(diags) => {
                console::print_diagnostics(&root, diags);
                ExitCode::from(1)
            }
        },
        Command::Check {
            input,
            format,
            batch,
            lang,
            root,
        } => check(&input, format, batch, lang, &root),
        Command::Revision { action } => revision(action),
        Command::Serve {
            root,
            port,
            bind,
            open,
        } => {
            let options = handbook::serve::ServeOptions { root, bind, port };
            match handbook::serve::run(&options, open) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    console::info(&format!("error: {e}"));
                    ExitCode::from(1)
                }
            }
        }
        Command::Extension {
            root,
            output,
            sites,
            zip,
            no_send_anyway,
            browser,
        } => extension(handbook::extension::ExtensionOptions {
            root,
            output,
            sites,
            zip,
            allow_send_anyway: !no_send_anyway,
            browsers: match browser {
                ExtensionBrowsers::All => handbook::extension::Browsers::All,
                ExtensionBrowsers::Chromium => handbook::extension::Browsers::Chromium,
                ExtensionBrowsers::Firefox => handbook::extension::Browsers::Firefox,
            },
        }),
        Command::Init {
            dir,
            name,
            language,
            languages,
            website,
        } => match handbook::init::init(
            &dir,
            &handbook::init_ask::complete(handbook::init::InitOptions {
                name,
                language,
                languages,
                website,
            }),
        ) {
            Ok(written) => {
                console::info(&init_summary(&dir, &written));
                ExitCode::SUCCESS
            }
            Err(message) => {
                console::info(&format!("error: {message}"));
                ExitCode::from(1)
            }
        },
    }
}
