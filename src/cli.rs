//! The command line: clap definitions and the mapping of each command to the library. The only
//! module that knows clap; exit codes: 0 success, 1 content problems, 2 fatal errors.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::check::CheckOptions;
use crate::check::build_into;
use crate::diagnostics::{CommandError, Diagnostic, Diagnostics, Failure};
use crate::i18n::{Lang, Text, has, tr};
use crate::import::ImportOptions;
use crate::init::InitOptions;
use crate::new::NewOptions;
use crate::serve::ServeOptions;
use crate::site::{BuildError, BuildOptions};
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
    #[arg(long, global = true, env = "KB_LANG", value_parser = crate::i18n::LANG_CODES)]
    lang: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    Init {
        #[arg(default_value = ".")]
        dir: PathBuf,
        #[arg(long)]
        github_pages: bool,
        #[arg(long, value_name = "BACKEND", value_parser = crate::config::cms::BACKENDS)]
        cms: Option<String>,
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
        #[arg(long)]
        git_dates: bool,
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

/// Parses the process's command line with the help and clap's errors in the author's
/// language, and runs it.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = help_lang(&args);
    let command = localise(Cli::command(), lang, "kb").arg_required_else_help(true);
    let parsed = command
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => run(cli),
        Err(err) => command_line_error(&err, &args, lang),
    }
}

/// Help and version as clap prints them (their texts are localised); every other error of the
/// command line in the catalogue, with what to type instead.
fn command_line_error(err: &clap::Error, args: &[std::ffi::OsString], lang: Lang) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = err.print();
        return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(FATAL));
    }
    let command = args
        .iter()
        .skip(1)
        .filter_map(|arg| arg.to_str())
        .find(|arg| SUBCOMMANDS.contains(arg));
    let problem = Failure::from(command_line_problem(err, command));
    eprintln!("{}", problem.render(lang));
    ExitCode::from(FATAL)
}

/// kb's commands, as typed.
const SUBCOMMANDS: [&str; 5] = ["init", "new", "build", "check", "serve"];

/// What clap found wrong, as a message and a hint of the catalogue.
fn command_line_problem(err: &clap::Error, command: Option<&str>) -> (Text, Text) {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    // Values and names are code: in backticks, whatever the language around them.
    let context = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(value)) => value.clone(),
        Some(ContextValue::Strings(values)) => values
            .iter()
            .map(|value| format!("`{value}`"))
            .collect::<Vec<_>>()
            .join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let suggested = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(value)) => Some(value.clone()),
        Some(ContextValue::Strings(values)) => values.first().cloned(),
        _ => None,
    };
    let help = match command {
        Some(command) => format!("kb {command} --help"),
        None => "kb --help".to_string(),
    };
    let usage = t!("cli-usage-hint", help = &help);
    let did_you_mean = |close: String| t!("cli-did-you-mean", close = close, help = &help);
    let invalid = context(ContextKind::InvalidArg);
    match err.kind() {
        ErrorKind::InvalidSubcommand | ErrorKind::MissingSubcommand => (
            t!(
                "cli-unknown-command",
                name = context(ContextKind::InvalidSubcommand)
            ),
            match suggested(ContextKind::SuggestedSubcommand) {
                Some(close) => did_you_mean(format!("kb {close}")),
                None => {
                    let names: Vec<String> = SUBCOMMANDS.iter().map(|c| format!("`{c}`")).collect();
                    t!("cli-commands-hint", names = names.join(", "))
                }
            },
        ),
        ErrorKind::UnknownArgument if invalid.starts_with('-') => (
            t!("cli-unknown-option", name = &invalid),
            suggested(ContextKind::SuggestedArg).map_or(usage.clone(), did_you_mean),
        ),
        ErrorKind::UnknownArgument => (t!("cli-extra-argument", name = &invalid), usage),
        ErrorKind::MissingRequiredArgument => (
            t!("cli-missing-argument", names = missing_names(err)),
            match command {
                Some("new") => t!("cli-new-example"),
                _ => usage,
            },
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let valid = context(ContextKind::ValidValue);
            (
                t!(
                    "cli-bad-value",
                    value = context(ContextKind::InvalidValue),
                    name = &invalid
                ),
                if !valid.is_empty() {
                    t!("cli-valid-values", names = valid)
                } else if invalid.starts_with("--port") {
                    t!("cli-port-hint")
                } else {
                    usage
                },
            )
        }
        _ => (t!("cli-unreadable"), usage),
    }
}

/// The arguments clap found missing, in words (`kb new`'s are its only required ones).
fn missing_names(err: &clap::Error) -> Vec<Text> {
    use clap::error::{ContextKind, ContextValue};
    let Some(ContextValue::Strings(names)) = err.get(ContextKind::InvalidArg) else {
        return Vec::new();
    };
    names
        .iter()
        .map(|name| match name.as_str() {
            "<KIND>" => t!("cli-arg-kind"),
            "<TITLE>" => t!("cli-arg-title"),
            other => t!("cli-arg", name = other),
        })
        .collect()
}

/// The language of `kb --help` and of clap's own errors: `--lang`, `KB_LANG`, the site in
/// the current folder, else Hebrew (kb's language, as for a site that does not say).
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
    // A value clap will refuse (`--lang fr`) is no choice: its error speaks like the rest.
    let flag = flag.filter(|code| crate::i18n::LANG_CODES.contains(&code.as_str()));
    flag.or_else(env)
        .or_else(|| crate::config::site_language(Path::new(".")))
        .map_or(Lang::He, |code| Lang::of_code(&code))
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
            .unwrap_or(Lang::He)
    };
    let site_dir = match &cli.command {
        Command::Init { .. } | Command::Import { .. } => None,
        Command::New { site_dir, .. }
        | Command::Build { site_dir, .. }
        | Command::Check { site_dir, .. }
        | Command::Serve { site_dir, .. } => Some(site_dir.as_path()),
    };
    if let Some(dir) = site_dir
        && let Err(err) = crate::config::require_site(dir)
    {
        return failed(&err, lang_of(dir));
    }
    match cli.command {
        Command::Init {
            dir,
            github_pages,
            cms,
        } => init(
            &InitOptions {
                dir,
                github_pages,
                cms,
            },
            flag.unwrap_or(Lang::He),
        ),
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
            git_dates,
        } => {
            let out = output_dir.unwrap_or_else(|| site_dir.join("public"));
            let lang = lang_of(&site_dir);
            let options = BuildOptions {
                site_dir,
                drafts,
                base_url,
                timings,
                git_dates: git_dates.then_some(true),
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
        Err(err) => return failed(&err, lang),
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
        Err(err) => return failed(&err, lang),
    };
    if !report.problems.is_empty() {
        eprintln!("{}", report.problems.render(lang));
    }
    let (errors, warnings) = (
        report.problems.errors(),
        report.problems.len() - report.problems.errors(),
    );
    let pages = t!("count-files", count = report.files);
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
    failed(err, lang);
    eprintln!("{}", tr(lang, "output-unchanged"));
    ExitCode::from(FATAL)
}

/// Prints what stopped the command, in `lang` when it is a [`Failure`] of the catalogue.
fn failed(err: &anyhow::Error, lang: Lang) -> ExitCode {
    match Failure::find(err) {
        Some(failure) => eprintln!("{}", failure.render(lang)),
        None => eprintln!("{}: {err:#}", tr(lang, "label-error")),
    }
    ExitCode::from(FATAL)
}

fn serve(options: ServeOptions) -> ExitCode {
    let lang = options.lang;
    match crate::serve::run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => failed(&err, lang),
    }
}

/// `kb init` speaks Hebrew unless `--lang`/`KB_LANG` says otherwise: the site it writes is.
fn init(options: &InitOptions, lang: Lang) -> ExitCode {
    let files = match crate::init::init(options) {
        Ok(files) => files,
        Err(err) => return failed(&err, lang),
    };
    let dir = options.dir.display().to_string();
    let first = if options.dir == Path::new(".") {
        t!("init-step-here")
    } else {
        t!("init-step-cd", dir = &dir)
    };
    let home = crate::init::KB_HOME;
    // `None` is an empty line between the parts.
    let mut lines = vec![
        Some(t!(
            "init-done",
            dir = &dir,
            files = t!("count-files", count = files.len())
        )),
        None,
        Some(t!("init-next")),
        Some(first),
        Some(t!("init-step-serve")),
        Some(t!("init-step-config")),
        Some(t!("init-step-new")),
        Some(t!("init-step-build")),
        None,
    ];
    if options.github_pages {
        lines.push(Some(t!("init-pages", version = env!("CARGO_PKG_VERSION"))));
    }
    if let Some(backend) = &options.cms {
        lines.push(Some(t!("init-cms", backend = backend)));
    }
    lines.extend([
        Some(t!("init-publishing", home = home)),
        Some(t!("init-guide", home = home)),
    ]);
    for line in lines {
        println!("{}", line.map(|text| text.render(lang)).unwrap_or_default());
    }
    ExitCode::SUCCESS
}

fn new(options: &NewOptions, lang: Lang) -> ExitCode {
    match crate::new::create(options) {
        Ok(created) => {
            let done = t!("new-done", path = &created.path, url = &created.url);
            println!("{}", done.render(lang));
            ExitCode::SUCCESS
        }
        Err(CommandError::Content(problems)) => report(&problems, lang),
        Err(CommandError::Fatal(err)) => failed(&err, lang),
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
        Err(CommandError::Fatal(err)) => failed(&err, lang),
    }
}

fn report(problems: &Diagnostics, lang: Lang) -> ExitCode {
    eprintln!("{}", problems.report(lang));
    ExitCode::from(CONTENT_PROBLEMS)
}
