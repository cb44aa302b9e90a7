//! Dates from git: the day each content file was last committed, for items and pages that do
//! not write `updated` themselves (`kb build --git-dates`, or `git_dates = true` in config.toml).
//! One `git log` over `content/` reads them all (a process per file would cost seconds at
//! 10,000 pages); a shallow clone, which knows only its newest commits, is worth a warning.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::content::load::CONTENT_DIR;
use crate::diagnostics::Diagnostic;
use crate::hebrew::Date;
use crate::t;

/// The last commit's day of each content file, by its path relative to the site folder.
#[derive(Debug, Default)]
pub struct GitDates {
    /// Source path (`content/articles/x.md`) → the day of its last commit.
    pub dates: HashMap<PathBuf, Date>,
    /// What the dates cannot be trusted for (a shallow clone, no repository).
    pub warnings: Vec<Diagnostic>,
}

/// Reads the dates of every file under the site's `content/` from git.
pub fn read(site_dir: &Path) -> GitDates {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(site_dir)
            .args(args)
            .output()
            .ok()
            .filter(|output| output.status.success())
            .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
    };
    let Some(prefix) = git(&["rev-parse", "--show-prefix"]) else {
        return GitDates {
            warnings: vec![
                Diagnostic::warning(site_dir, None, t!("git-dates-no-repository"))
                    .with_hint(t!("git-dates-no-repository-hint")),
            ],
            ..GitDates::default()
        };
    };
    let mut warnings = Vec::new();
    if git(&["rev-parse", "--is-shallow-repository"]).is_some_and(|s| s.trim() == "true") {
        warnings.push(
            Diagnostic::warning(site_dir, None, t!("git-dates-shallow"))
                .with_hint(t!("git-dates-shallow-hint")),
        );
    }
    let log = git(&[
        "-c",
        "core.quotePath=false",
        "log",
        "--format=%x00%cs",
        "--name-only",
        "--no-renames",
        "--",
        CONTENT_DIR,
    ])
    .unwrap_or_default();
    GitDates {
        dates: parse_log(&log, prefix.trim()),
        warnings,
    }
}

/// The newest day of each file in `git log --format=%x00%cs --name-only` output (newest commit
/// first); `prefix` is the site folder's path inside the repository (`docs/kb/` or empty).
fn parse_log(log: &str, prefix: &str) -> HashMap<PathBuf, Date> {
    let mut dates = HashMap::new();
    let mut day = None;
    for line in log.lines() {
        if let Some(stamp) = line.strip_prefix('\0') {
            day = Date::parse(stamp.trim());
        } else if let (Some(day), Some(path)) = (day, line.strip_prefix(prefix))
            && !path.is_empty()
        {
            dates.entry(PathBuf::from(path)).or_insert(day);
        }
    }
    dates
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_commit_of_each_file_wins() {
        let log = "\u{0}2024-05-02\n\nsite/content/articles/a.md\n\n\u{0}2024-03-01\n\nsite/content/articles/a.md\nsite/content/about.md\nother/x.md\n";
        let dates = parse_log(log, "site/");
        assert_eq!(dates.len(), 2);
        assert_eq!(
            dates[Path::new("content/articles/a.md")].to_string(),
            "2024-05-02"
        );
        assert_eq!(
            dates[Path::new("content/about.md")].to_string(),
            "2024-03-01"
        );
    }
}
