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
    },
    /// Check the sources and report every problem, writing nothing
    Validate {
        /// The handbook's folder (the one holding handbook.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Write a complete starter handbook into a new folder
    Init {
        /// Folder to create (must not exist or be empty)
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
        } => {
            let output = output.unwrap_or_else(|| root.join("public"));
            let options = build::BuildOptions {
                root: root.clone(),
                output: output.clone(),
                base_url,
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
                ExitCode::SUCCESS
            }
            Err(diags) => {
                console::print_diagnostics(&root, diags);
                ExitCode::from(1)
            }
        },
        Command::Init { dir } => match handbook::init::init(&dir) {
            Ok(count) => {
                console::info(&format!(
                    "wrote a starter handbook ({count} files) into {0}\nnext: cd {0} && handbook build",
                    dir.display()
                ));
                ExitCode::SUCCESS
            }
            Err(message) => {
                console::info(&format!("error: {message}"));
                ExitCode::from(1)
            }
        },
    }
}
