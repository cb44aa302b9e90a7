//! Content problems as data: each names a file, a line where known, what is wrong and what to do.
//! They are collected during a build and printed in one place, so one run reports them all.
//! Errors stop the build; warnings (something the site should have) are printed after it.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::{Lang, Text};
use crate::spelling::nearest;
use crate::t;

/// One problem in the site's input.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file at fault, as shown: relative to the site folder when it is inside it.
    pub path: PathBuf,
    /// 1-based line in the file, when known.
    pub line: Option<usize>,
    /// 1-based column (in characters) on that line, when known. (u32 keeps a Diagnostic
    /// small enough to return by value in every `Result`.)
    pub col: Option<u32>,
    /// What is wrong, in one sentence.
    pub message: Text,
    /// What to do about it, printed on a line of its own.
    pub hint: Option<Text>,
    /// Whether it stops the build.
    pub severity: Severity,
}

/// Whether a problem stops the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The build stops, and exits 1.
    Error,
    /// The site builds, but lacks something it should have.
    Warning,
}

impl Diagnostic {
    /// An error at `path`, `line` (1-based) when known.
    pub fn new(path: impl Into<PathBuf>, line: Option<usize>, message: Text) -> Self {
        Diagnostic {
            path: path.into(),
            line,
            col: None,
            message,
            hint: None,
            severity: Severity::Error,
        }
    }

    /// A problem that does not stop the build.
    pub fn warning(path: impl Into<PathBuf>, line: Option<usize>, message: Text) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::new(path, line, message)
        }
    }

    /// Adds what the user can do about it.
    pub fn with_hint(mut self, hint: Text) -> Self {
        self.hint = Some(hint);
        self
    }

    /// Adds the 1-based column (in characters) on its line.
    pub fn at_col(mut self, col: usize) -> Self {
        self.col = u32::try_from(col).ok();
        self
    }

    /// `file:line:col`, as far as known.
    pub fn place(&self) -> String {
        let mut place = self.path.display().to_string();
        let col = self.col.map(|c| c as usize);
        for n in [self.line, self.line.and(col)].into_iter().flatten() {
            place.push_str(&format!(":{n}"));
        }
        place
    }

    /// `error: file:line:col: message` and the hint below it, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let label = match self.severity {
            Severity::Error => t!("label-error"),
            Severity::Warning => t!("label-warning"),
        };
        let mut out = format!(
            "{}: {}: {}",
            label.render(lang),
            self.place(),
            self.message.render(lang)
        );
        if let Some(hint) = &self.hint {
            let hint = hint.render(lang).replace('\n', "\n    ");
            out.push_str(&format!("\n  {}: {hint}", t!("label-hint").render(lang)));
        }
        out
    }
}

/// English, for logs and tests; authors see [`Diagnostic::render`] in their language.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Every problem a build found, sorted by file and line so the report is stable.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Adds one problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// Adds every problem of `other`.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }

    /// Whether no problem was found.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Sorted, deduplicated, in a form ready to print.
    pub fn finish(mut self) -> Self {
        self.0.sort();
        self.0.dedup();
        self
    }

    /// One problem after another, in the order of `finish` (by file and line).
    pub fn render(&self, lang: Lang) -> String {
        let lines: Vec<String> = self.0.iter().map(|d| d.render(lang)).collect();
        lines.join("\n")
    }

    /// How many problems there are, warnings included.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// How many of them stop the build.
    pub fn errors(&self) -> usize {
        self.0
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// Turns a non-empty collection into an error, an empty one into `Ok`.
    pub fn into_result(self) -> Result<(), Diagnostics> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self.finish())
        }
    }
}

/// The report of a failed build: every problem, then how many and that nothing was written.
impl Diagnostics {
    /// Every problem in `lang`, then the line that says how many and that nothing was written.
    pub fn report(&self, lang: Lang) -> String {
        let warnings = self.len() - self.errors();
        let footer = if warnings == 0 {
            t!("build-failed", count = self.len())
        } else {
            t!(
                "build-failed-warned",
                count = self.errors(),
                warnings = t!("count-warnings", count = warnings)
            )
        };
        format!("{}\n{}", self.render(lang), footer.render(lang))
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.report(Lang::En))
    }
}

impl std::error::Error for Diagnostics {}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics(vec![diagnostic])
    }
}

/// Why a command that writes into the site (`kb new`, `kb init`) failed: problems the user
/// fixes in the site or the command line (exit 1), or a fatal error such as I/O (exit 2).
#[derive(Debug)]
pub enum CommandError {
    /// Problems in the site or on the command line, all of them (exit 1).
    Content(Diagnostics),
    /// What stopped the command before it could look at the site, e.g. I/O (exit 2).
    Fatal(anyhow::Error),
}

impl From<Diagnostics> for CommandError {
    fn from(problems: Diagnostics) -> Self {
        CommandError::Content(problems)
    }
}

impl From<Diagnostic> for CommandError {
    fn from(problem: Diagnostic) -> Self {
        CommandError::Content(problem.into())
    }
}

impl From<anyhow::Error> for CommandError {
    fn from(err: anyhow::Error) -> Self {
        CommandError::Fatal(err)
    }
}

/// What stops a command before it can look at the content (no site here, the port is taken,
/// a file kb cannot write): what happened and what to do, rendered in the author's language
/// when printed. Carried inside `anyhow::Error` and found again by [`Failure::find`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// What went wrong, in one sentence.
    pub message: Text,
    /// What to do about it.
    pub hint: Option<Text>,
    /// What state it left things in, one line each.
    pub notes: Vec<Text>,
}

impl Failure {
    /// A failure saying `message`, without a hint yet.
    pub fn new(message: Text) -> Failure {
        Failure {
            message,
            hint: None,
            notes: Vec::new(),
        }
    }

    /// Adds what to do about it.
    pub fn with_hint(mut self, hint: Text) -> Failure {
        self.hint = Some(hint);
        self
    }

    /// The failure carried by `err` (or by one of its causes), if it has one.
    pub fn find(err: &anyhow::Error) -> Option<&Failure> {
        err.chain()
            .find_map(|cause| cause.downcast_ref::<Failure>())
    }

    /// `error: message` and the hint below it, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = format!(
            "{}: {}",
            t!("label-error").render(lang),
            self.message.render(lang)
        );
        if let Some(hint) = &self.hint {
            let hint = hint.render(lang).replace('\n', "\n    ");
            out.push_str(&format!("\n  {}: {hint}", t!("label-hint").render(lang)));
        }
        for note in &self.notes {
            out.push('\n');
            out.push_str(&note.render(lang));
        }
        out
    }
}

/// A refusal to go on: `message` and what to do instead.
pub fn refusal(message: Text, hint: Text) -> anyhow::Error {
    anyhow::Error::new(Failure::new(message).with_hint(hint))
}

/// `err` with a line saying what state it left things in.
pub fn noted(err: anyhow::Error, note: Text) -> anyhow::Error {
    match Failure::find(&err) {
        Some(failure) => {
            let mut failure = failure.clone();
            failure.notes.push(note);
            anyhow::Error::new(failure)
        }
        None => anyhow::anyhow!("{err:#}\n{note}"),
    }
}

impl From<(Text, Text)> for Failure {
    fn from((message, hint): (Text, Text)) -> Failure {
        Failure::new(message).with_hint(hint)
    }
}

/// English, for logs and tests; authors see [`Failure::render`] in their language.
impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for Failure {}

/// An I/O error met while doing `what` (a message naming the path), in plain words with
/// what to do, ready to return from a command.
pub fn io_failure(what: Text, err: &std::io::Error) -> anyhow::Error {
    let (reason, hint) = io_reason(err);
    anyhow::Error::new(Failure::new(t!("io-failed", what = what, reason = reason)).with_hint(hint))
}

/// Why an I/O operation failed, in words a person who is not a programmer reads, and what
/// to do about it.
pub fn io_reason(err: &std::io::Error) -> (Text, Text) {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => (t!("io-not-found"), t!("io-not-found-hint")),
        ErrorKind::PermissionDenied => (t!("io-permission"), t!("io-permission-hint")),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => (t!("io-full"), t!("io-full-hint")),
        ErrorKind::ReadOnlyFilesystem => (t!("io-read-only"), t!("io-permission-hint")),
        ErrorKind::NotADirectory => (t!("io-not-folder"), t!("io-not-found-hint")),
        ErrorKind::IsADirectory => (t!("io-is-folder"), t!("io-not-found-hint")),
        ErrorKind::AlreadyExists => (t!("io-exists"), t!("io-exists-hint")),
        ErrorKind::AddrInUse => (t!("io-port-taken"), t!("io-port-taken-hint")),
        ErrorKind::AddrNotAvailable => (t!("io-address"), t!("io-address-hint")),
        _ => (
            t!(
                "io-other",
                code = err
                    .raw_os_error()
                    .map_or("?".to_string(), |c| c.to_string())
            ),
            t!("io-other-hint"),
        ),
    }
}

/// A hint for an unknown name: "did you mean X?" or the list of valid names.
pub fn suggest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str> + Clone) -> Text {
    match nearest(wrong, candidates.clone()) {
        Some(close) => t!("did-you-mean", name = close),
        None => {
            // In backticks: keys are code, whatever the language around them.
            let all: Vec<String> = candidates.into_iter().map(|c| format!("`{c}`")).collect();
            t!("one-of", names = all.join(", "))
        }
    }
}

/// A file that is not UTF-8, on the line of its first bad byte.
pub fn not_utf8(path: impl Into<PathBuf>, err: &std::string::FromUtf8Error) -> Diagnostic {
    let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
    let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
    Diagnostic::new(path, Some(line), t!("not-utf8")).with_hint(t!("not-utf8-hint"))
}

/// Line number (1-based) of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The path as shown to the user: relative to the site folder when possible.
pub fn display_path(site_dir: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(site_dir)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_key() {
        let keys = ["backbone", "trust-building", "measurement"];
        assert_eq!(nearest("backbon", keys), Some("backbone"));
        assert_eq!(nearest("mesurement", keys), Some("measurement"));
        assert_eq!(nearest("zzz", keys), None);
        assert_eq!(
            suggest("zzz", keys).to_string(),
            "expected one of: `backbone`, `trust-building`, `measurement`"
        );
    }

    #[test]
    fn counts_lines_from_one() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 99), 3);
    }
}
