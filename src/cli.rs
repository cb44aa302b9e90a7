//! The command line: clap definitions and the mapping of each command to the library. The only
//! module that knows clap; exit codes: 0 success, 1 content problems, 2 fatal errors.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::check::CheckOptions;
use crate::diagnostics::{CommandError, Diagnostic, Diagnostics};
use crate::i18n::{Lang, has, tr};
use crate::import::ImportOptions;
use crate::init::InitOptions;
use crate::new::NewOptions;
use crate::serve::ServeOptions;
use crate::site::{BuildError, BuildOptions, build_into};
use crate::t;
use crate::write::{Staging, check_output_dir};

// The help texts are in the catalogue (`cli-<command>-<argument>` in locales/*/kb.ftl), so
// `kb --help` speaks the author's language; see `localise`. (No `///` here: clap would take it
// as the English description.)
#[derive(Debug, Parser)]
#[command(name = "kb", version)]
pub(crate) struct Cli {
    #[command(subcommand)]
    command: Command,
    #[arg(long, global = true, env = "KB_LANG", value_parser = ["he", "en"])]
    lang: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    Init {
        #[arg(default_value = ".")]
        dir: PathBuf,
        #[arg(long)]
        github_pages: bool,
    },
    New {
        kind: String,
        title: String,
        #[arg(long)]
        slug: Option<String>,
        #[arg(long)]
        bundle: bool,
        #[arg(long, default_value = ".")]
        site_dir: PathBuf,
    },
    Build {
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        #[arg(short, long)]
        output_dir: Option<PathBuf>,
        #[arg(long)]
        drafts: bool,
        #[arg(long)]
        base_url: Option<String>,
        #[arg(long)]
        timings: bool,
    },
    Check {
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        #[arg(long)]
        drafts: bool,
        #[arg(long)]
        external: bool,
        #[arg(long)]
        strict: bool,
    },
    Import {
        #[command(subcommand)]
        from: ImportFrom,
    },
    Serve {
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        #[arg(short, long, default_value_t = 1111)]
        port: u16,
        #[arg(long, default_value = "127.0.0.1")]
        bind: IpAddr,
        #[arg(long)]
        drafts: bool,
        #[arg(long)]
        open: bool,
    },
}

#[derive(Debug, Subcommand)]
enum ImportFrom {
    Wordpress {
        export: PathBuf,
        site_dir: PathBuf,
        #[arg(long)]
        uploads: Option<PathBuf>,
        #[arg(long)]
        map: Option<PathBuf>,
        #[arg(long)]
        drafts: bool,
    },
}

/// Parses the process's command line with the help in the author's language, and runs it.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = help_lang(&args);
    let matches = localise(Cli::command(), lang, "kb").get_matches_from(args);
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => run(cli),
        Err(err) => err.exit(),
    }
}

/// The language of `kb --help` and of clap's own errors: `--lang`, `KB_LANG`, the site in
/// the current folder, then the system's locale.
fn help_lang(args: &[std::ffi::OsString]) -> Lang {
    let flag = args.iter().enumerate().find_map(|(i, arg)| {
        let arg = arg.to_str()?;
        match arg.strip_prefix("--lang") {
            Some("") => args.get(i + 1)?.to_str().map(str::to_string),
            Some(value) => value.strip_prefix('=').map(str::to_string),
            None => None,
        }
    });
    let env = || std::env::var("KB_LANG").ok();
    let system = || {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|key| std::env::var(key).ok().filter(|v| !v.is_empty()))
    };
    flag.or_else(env)
        .or_else(|| crate::config::site_language(Path::new(".")))
        .or_else(system)
        .map_or(Lang::En, |code| Lang::of_code(&code))
}

/// `command` with every help text, heading and built-in flag taken from the catalogue;
/// `path` names it there (`kb`, `build`, ...).
fn localise(command: clap::Command, lang: Lang, path: &str) -> clap::Command {
    let text = |id: String| tr(lang, &id);
    let mut command = command
        .about(text(format!("cli-{path}")))
        .help_template(tr(lang, "cli-template"))
        .subcommand_help_heading(tr(lang, "cli-commands"))
        .subcommand_value_name(tr(lang, "cli-command"))
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr(lang, "cli-help"))
                .help_heading(tr(lang, "cli-options"))
                .global(true),
        );
    if path == "kb" {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr(lang, "cli-version"))
                .help_heading(tr(lang, "cli-options")),
        );
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .filter(|id| id != "help" && id != "version")
        .collect();
    for id in ids {
        let key = format!("cli-{path}-{}", id.replace('_', "-"));
        let key = if has(lang, &key) {
            key
        } else {
            format!("cli-{}", id.replace('_', "-"))
        };
        command = command.mut_arg(id, |arg| {
            let heading = if arg.is_positional() {
                "cli-arguments"
            } else {
                "cli-options"
            };
            // clap's own notes ([default: .], [env: ...]) are English: the texts say them.
            let takes_value = arg.get_action().takes_values();
            let arg = arg.help(tr(lang, &key)).help_heading(tr(lang, heading));
            if takes_value {
                arg.hide_default_value(true)
                    .hide_env(true)
                    .hide_possible_values(true)
            } else {
                arg
            }
        });
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in subcommands {
        command = command.mut_subcommand(name.clone(), |sub| localise(sub, lang, &name));
    }
    command
}

const CONTENT_PROBLEMS: u8 = 1;
const FATAL: u8 = 2;

/// Runs the parsed command line and returns the process exit code.
pub(crate) fn run(cli: Cli) -> ExitCode {
    let flag = cli.lang.as_deref().map(Lang::of_code);
    let lang_of = |site_dir: &Path| {
        flag.or_else(|| crate::config::site_language(site_dir).map(|code| Lang::of_code(&code)))
            .unwrap_or_default()
    };
    match cli.command {
        Command::Init { dir, github_pages } => init(&InitOptions { dir, github_pages }),
        Command::New {
            kind,
            title,
            slug,
            bundle,
            site_dir,
        } => {
            let lang = lang_of(&site_dir);
            new(
                &NewOptions {
                    site_dir,
                    kind,
                    title,
                    slug,
                    bundle,
                },
                lang,
            )
        }
        Command::Import {
            from:
                ImportFrom::Wordpress {
                    export,
                    site_dir,
                    uploads,
                    map,
                    drafts,
                },
        } => import(&ImportOptions {
            lang: flag,
            export,
            site_dir,
            uploads,
            map,
            drafts,
        }),
        Command::Serve {
            site_dir,
            port,
            bind,
            drafts,
            open,
        } => serve(ServeOptions {
            lang: lang_of(&site_dir),
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
            let lang = lang_of(&site_dir);
            let options = BuildOptions {
                site_dir,
                drafts,
                base_url,
                timings,
            };
            build(options, &out, lang)
        }
        Command::Check {
            site_dir,
            drafts,
            external,
            strict,
        } => {
            let lang = lang_of(&site_dir);
            check(
                &CheckOptions {
                    site_dir,
                    drafts,
                    external,
                    strict,
                },
                lang,
            )
        }
    }
}

fn build(options: BuildOptions, out: &Path, lang: Lang) -> ExitCode {
    let started = Instant::now();
    let staged = check_output_dir(&options.site_dir, out).and_then(|()| Staging::create(out));
    let mut staging = match staged {
        Ok(staging) => staging,
        Err(err) => return fatal(&err, lang),
    };
    let summary = match build_into(&options, &mut staging) {
        Ok(summary) => summary,
        Err(BuildError::Content(problems)) => return report(&problems, lang),
        Err(BuildError::Output(err)) => return fatal(&err, lang),
    };
    let kept = match staging.commit() {
        Ok(kept) => kept,
        // The error says what state the output is in.
        Err(err) => return failed(&format!("{err:#}"), lang),
    };
    let mut warnings = summary.warnings.clone();
    let shown_out = out.strip_prefix(".").unwrap_or(out);
    warnings.extend(kept.iter().map(|path| {
        Diagnostic::warning(shown_out.join(path), None, t!("output-changed-by-hand"))
            .with_hint(t!("output-changed-by-hand-hint", path = path))
    }));
    if !warnings.is_empty() {
        eprintln!("{}", Diagnostics(warnings).render(lang));
    }
    let done = t!(
        "build-done",
        what = summary.describe(),
        pages = t!("count-html-pages", count = summary.pages),
        files = t!("count-files", count = summary.files),
        seconds = format!("{:.2}", started.elapsed().as_secs_f64()),
        out = out
    );
    println!("{}", done.render(lang));
    ExitCode::SUCCESS
}

fn check(options: &CheckOptions, lang: Lang) -> ExitCode {
    let report = match crate::check::check(options) {
        Ok(report) => report,
        Err(err) => return failed(&format!("{err:#}"), lang),
    };
    if !report.problems.is_empty() {
        eprintln!("{}", report.problems.render(lang));
    }
    let (errors, warnings) = (
        report.problems.errors(),
        report.problems.len() - report.problems.errors(),
    );
    let pages = t!("count-html-pages", count = report.pages);
    let mut found = Vec::new();
    if errors > 0 {
        found.push(t!("count-errors", count = errors));
    }
    if warnings > 0 {
        found.push(t!("count-warnings", count = warnings));
    }
    let summary = if found.is_empty() {
        t!("check-clean", pages = pages)
    } else {
        t!("check-found", found = found, pages = pages)
    };
    eprintln!("{}", summary.render(lang));
    if errors > 0 || (options.strict && warnings > 0) {
        ExitCode::from(CONTENT_PROBLEMS)
    } else {
        ExitCode::SUCCESS
    }
}

/// A fatal error that struck before the output was touched.
fn fatal(err: &anyhow::Error, lang: Lang) -> ExitCode {
    failed(&format!("{err:#}\n{}", tr(lang, "output-unchanged")), lang)
}

fn failed(message: &str, lang: Lang) -> ExitCode {
    eprintln!("{}: {message}", tr(lang, "label-error"));
    ExitCode::from(FATAL)
}

fn serve(options: ServeOptions) -> ExitCode {
    let lang = options.lang;
    match crate::serve::run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => failed(&format!("{err:#}"), lang),
    }
}

fn init(options: &InitOptions) -> ExitCode {
    let files = match crate::init::init(options) {
        Ok(files) => files,
        Err(err) => return failed(&format!("{err:#}"), Lang::He),
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

fn new(options: &NewOptions, lang: Lang) -> ExitCode {
    match crate::new::create(options) {
        Ok(created) => {
            println!("נוצר הקובץ {}", created.path.display());
            println!("הכתובת שלו באתר: {}", created.url);
            println!("פותחים אותו בעורך, כותבים, ורואים את התוצאה ב־kb serve.");
            ExitCode::SUCCESS
        }
        Err(CommandError::Content(problems)) => report(&problems, lang),
        Err(CommandError::Fatal(err)) => failed(&format!("{err:#}"), lang),
    }
}

fn import(options: &ImportOptions) -> ExitCode {
    let lang = options.lang.unwrap_or(Lang::He);
    match crate::import::wordpress(options) {
        Ok(report) => {
            let lang = report.lang;
            println!("{}", report.render());
            let done = t!(
                "import-done",
                site = &options.site_dir,
                report = options.site_dir.join(crate::import::report::REPORT_FILE)
            );
            println!("{}", done.render(lang));
            ExitCode::SUCCESS
        }
        Err(CommandError::Content(problems)) => report(&problems, lang),
        Err(CommandError::Fatal(err)) => failed(&format!("{err:#}"), lang),
    }
}

fn report(problems: &Diagnostics, lang: Lang) -> ExitCode {
    eprintln!("{}", problems.report(lang));
    ExitCode::from(CONTENT_PROBLEMS)
}
