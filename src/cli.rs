//! The command line: clap definitions and the mapping of each command to the library. The only
//! module that knows clap; exit codes: 0 success, 1 content problems, 2 fatal errors.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::diagnostics::{CommandError, Diagnostics};
use crate::init::InitOptions;
use crate::new::NewOptions;
use crate::serve::ServeOptions;
use crate::site::{BuildError, BuildOptions, build_into};
use crate::write::{Staging, check_output_dir};

/// The command line: one subcommand and its options.
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
    /// Create a new Hebrew site, ready to build, in a new or empty folder.
    Init {
        /// The folder to create the site in.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Also write .github/workflows/pages.yml, which publishes the site on GitHub Pages.
        #[arg(long)]
        github_pages: bool,
    },
    /// Create a new item (or a page) with its front matter filled in.
    New {
        /// A type key from config.toml (e.g. articles), or `page` for a page such as "about us".
        kind: String,
        /// The title, in Hebrew; the file name is spelled from it in Latin letters.
        title: String,
        /// The address of the new item instead of the one spelled from the title.
        #[arg(long)]
        slug: Option<String>,
        /// A bundle: <slug>/index.md, with room for images beside it.
        #[arg(long)]
        bundle: bool,
        /// The site folder (with config.toml and content/).
        #[arg(long, default_value = ".")]
        site_dir: PathBuf,
    },
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
        /// Print how long each stage of the build took.
        #[arg(long)]
        timings: bool,
    },
    /// Preview the site: build it in memory, serve it, rebuild and reload open pages on save.
    Serve {
        /// The site folder (with config.toml and content/).
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Port to listen on; 0 picks a free one.
        #[arg(short, long, default_value_t = 1111)]
        port: u16,
        /// Address to listen on; the default keeps the preview on this machine.
        #[arg(long, default_value = "127.0.0.1")]
        bind: IpAddr,
        /// Include items marked `draft = true`.
        #[arg(long)]
        drafts: bool,
        /// Open the preview in the default browser.
        #[arg(long)]
        open: bool,
    },
}

const CONTENT_PROBLEMS: u8 = 1;
const FATAL: u8 = 2;

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Init { dir, github_pages } => init(&InitOptions { dir, github_pages }),
        Command::New {
            kind,
            title,
            slug,
            bundle,
            site_dir,
        } => new(&NewOptions {
            site_dir,
            kind,
            title,
            slug,
            bundle,
        }),
        Command::Serve {
            site_dir,
            port,
            bind,
            drafts,
            open,
        } => serve(ServeOptions {
            site_dir,
            bind,
            port,
            drafts,
            open,
        }),
        Command::Build {
            site_dir,
            output_dir,
            drafts,
            base_url,
            timings,
        } => {
            let out = output_dir.unwrap_or_else(|| site_dir.join("public"));
            build(
                BuildOptions {
                    site_dir,
                    drafts,
                    base_url,
                    timings,
                },
                &out,
            )
        }
    }
}

fn build(options: BuildOptions, out: &Path) -> ExitCode {
    let started = Instant::now();
    let staged = check_output_dir(&options.site_dir, out).and_then(|()| Staging::create(out));
    let mut staging = match staged {
        Ok(staging) => staging,
        Err(err) => return fatal(&err),
    };
    let summary = match build_into(&options, &mut staging) {
        Ok(summary) => summary,
        Err(BuildError::Content(problems)) => return report(&problems),
        Err(BuildError::Output(err)) => return fatal(&err),
    };
    if let Err(err) = staging.commit() {
        // The error says what state the output is in.
        return failed(&format!("{err:#}"));
    }
    for warning in &summary.warnings {
        eprintln!("{warning}");
    }
    println!(
        "kb: built {} ({} pages, {} files) in {:.2} s → {}",
        summary.describe(),
        summary.pages,
        summary.files,
        started.elapsed().as_secs_f64(),
        out.display()
    );
    ExitCode::SUCCESS
}

/// A fatal error that struck before the output was touched.
fn fatal(err: &anyhow::Error) -> ExitCode {
    failed(&format!(
        "{err:#}\nThe previous output, if any, is unchanged."
    ))
}

fn failed(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(FATAL)
}

fn serve(options: ServeOptions) -> ExitCode {
    match crate::serve::run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => failed(&format!("{err:#}")),
    }
}

fn init(options: &InitOptions) -> ExitCode {
    let files = match crate::init::init(options) {
        Ok(files) => files,
        Err(err) => return failed(&format!("{err:#}")),
    };
    let dir = options.dir.display();
    println!("נוצר אתר חדש בתיקייה {dir} ({} קבצים).", files.len());
    println!();
    println!("מה עכשיו:");
    if options.dir != Path::new(".") {
        println!("  1. עוברים לתיקייה:        cd {dir}");
    } else {
        println!("  1. נשארים בתיקייה הזאת.");
    }
    println!("  2. תצוגה מקדימה:           kb serve --open");
    println!(
        "  3. ממלאים ב־config.toml את שם האתר, את base_url ואת פרטי הצהרת הנגישות ([accessibility])"
    );
    println!("  4. כותבים פריט חדש:        kb new articles \"כותרת המאמר\"");
    println!("  5. בונים את האתר לפרסום:  kb build   (התוצאה בתיקייה public/)");
    if options.github_pages {
        println!();
        println!(
            "הפרסום ב־GitHub Pages: ב־GitHub פותחים Settings ← Pages ← Source: GitHub Actions,"
        );
        println!("ומכאן כל דחיפה לענף main מפרסמת את האתר (.github/workflows/pages.yml).");
        if !crate::init::WORKFLOW_KNOWS_KB {
            println!("לפני כן ממלאים בקובץ הזה, בשורה KB_GIT, את הכתובת של המאגר של kb.");
        }
    }
    println!();
    println!("המדריך לכותבים: docs/guide.he.md במאגר של kb.");
    ExitCode::SUCCESS
}

fn new(options: &NewOptions) -> ExitCode {
    match crate::new::create(options) {
        Ok(created) => {
            println!("נוצר הקובץ {}", created.path.display());
            println!("הכתובת שלו באתר: {}", created.url);
            println!("פותחים אותו בעורך, כותבים, ורואים את התוצאה ב־kb serve.");
            ExitCode::SUCCESS
        }
        Err(CommandError::Content(problems)) => report(&problems),
        Err(CommandError::Fatal(err)) => failed(&format!("{err:#}")),
    }
}

fn report(problems: &Diagnostics) -> ExitCode {
    eprintln!("{problems}");
    ExitCode::from(CONTENT_PROBLEMS)
}
