//! The command line: clap definitions and the mapping of each command to the library. The only
//! module that knows clap; exit codes: 0 success, 1 content problems, 2 fatal errors.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::diagnostics::Diagnostics;
use crate::site::{BuildOptions, render_site};
use crate::write::{check_output_dir, replace_output};

#[derive(Debug, Parser)]
#[command(
    name = "kb",
    version,
    about = "Static site generator for Hebrew knowledge bases"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into a folder of static files.
    Build {
        /// The site folder (with config.toml and content/).
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Output folder [default: SITE_DIR/public].
        #[arg(short, long)]
        output_dir: Option<PathBuf>,
        /// Include items marked `draft = true`.
        #[arg(long)]
        drafts: bool,
        /// Use this base URL instead of the one in config.toml.
        #[arg(long)]
        base_url: Option<String>,
    },
}

const CONTENT_PROBLEMS: u8 = 1;
const FATAL: u8 = 2;

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build {
            site_dir,
            output_dir,
            drafts,
            base_url,
        } => {
            let out = output_dir.unwrap_or_else(|| site_dir.join("public"));
            build(
                BuildOptions {
                    site_dir,
                    drafts,
                    base_url,
                },
                &out,
            )
        }
    }
}

fn build(options: BuildOptions, out: &Path) -> ExitCode {
    let started = Instant::now();
    if let Err(err) = check_output_dir(&options.site_dir, out) {
        eprintln!("error: {err:#}");
        return ExitCode::from(FATAL);
    }
    let built = match render_site(&options) {
        Ok(built) => built,
        Err(problems) => return report(&problems),
    };
    if let Err(err) = replace_output(out, &built.files) {
        eprintln!("error: {err:#}\nThe previous output, if any, is unchanged.");
        return ExitCode::from(FATAL);
    }
    println!(
        "kb: built {} ({} pages, {} files) in {:.2} s → {}",
        built.describe(),
        built.pages,
        built.files.len(),
        started.elapsed().as_secs_f64(),
        out.display()
    );
    ExitCode::SUCCESS
}

fn report(problems: &Diagnostics) -> ExitCode {
    eprintln!("{problems}");
    ExitCode::from(CONTENT_PROBLEMS)
}
