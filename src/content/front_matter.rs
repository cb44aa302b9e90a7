//! Front matter: splitting `+++` TOML from the Markdown body, and reading it into raw fields
//! that refuse unknown keys. Validation against the config happens in `page`.

use std::path::Path;

use serde::Deserialize;

use crate::diagnostics::Diagnostic;
pub use crate::hints::Read;
use crate::t;

const FENCE: &str = "+++";

/// A file cut in two: the TOML between the fences and the Markdown after them.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub toml: &'a str,
    pub body: &'a str,
    /// 1-based line of the first TOML line in the file.
    pub toml_line: usize,
    /// 1-based line of the first body line in the file.
    pub body_line: usize,
}

/// Cuts `text` at its `+++` fences.
pub fn split<'a>(path: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(after_open) = text.strip_prefix(FENCE).and_then(|rest| {
        rest.strip_prefix('\n')
            .or_else(|| rest.strip_prefix("\r\n"))
    }) else {
        return Err(no_front_matter(path, text));
    };
    let mut offset = 0;
    for line in after_open.split_inclusive('\n') {
        if line.trim_end() == FENCE {
            let toml = &after_open[..offset];
            let body = &after_open[offset + line.len()..];
            let toml_lines = toml.matches('\n').count();
            return Ok(Split {
                toml,
                body,
                toml_line: 2,
                body_line: 3 + toml_lines,
            });
        }
        offset += line.len();
    }
    Err(
        Diagnostic::new(path, Some(1), t!("front-matter-open")).with_hint(t!(
            "front-matter-open-hint",
            last = last_toml_line(after_open)
        )),
    )
}

/// The file line of the last line that reads as front matter (`key = value`, a `[table]`, a
/// comment or a blank line) after the opening `+++`, before the first that does not.
fn last_toml_line(after_open: &str) -> usize {
    let toml_like = |line: &str| {
        let line = line.trim();
        line.is_empty() || line.starts_with(['#', '[']) || line.contains('=')
    };
    let count = after_open
        .lines()
        .take_while(|line| toml_like(line))
        .count();
    // Trailing blank lines belong to the body.
    let lines: Vec<&str> = after_open.lines().take(count).collect();
    let filled = lines.iter().rposition(|line| !line.trim().is_empty());
    1 + filled.map_or(0, |index| index + 1)
}

/// A file without `+++`: YAML front matter (`---`, as Jekyll and Hugo write it) gets its
/// lines converted to TOML in the hint.
fn no_front_matter(path: &Path, text: &str) -> Diagnostic {
    let yaml = text
        .strip_prefix("---")
        .and_then(|rest| rest.trim_start_matches('\r').strip_prefix('\n'))
        .and_then(|rest| rest.split_once("\n---").map(|(yaml, _)| yaml));
    match yaml {
        Some(yaml) => Diagnostic::new(path, Some(1), t!("front-matter-yaml")).with_hint(t!(
            "front-matter-yaml-hint",
            toml = crate::hints::yaml_to_toml(yaml)
        )),
        None => Diagnostic::new(path, Some(1), t!("front-matter-missing"))
            .with_hint(t!("front-matter-missing-hint")),
    }
}

/// Front matter of an item, as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    pub title: Option<String>,
    pub date: Option<toml::Value>,
    pub summary: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    #[serde(default)]
    pub editors: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub draft: bool,
    pub slug: Option<String>,
    pub updated: Option<toml::Value>,
    pub video: Option<String>,
    /// Whether the item's video has captions (subtitles); `kb check` asks every video item.
    pub captions: Option<bool>,
    /// Old addresses that redirect to the item.
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub extra: toml::Table,
}

/// Front matter of a page (`content/about.md`): an item's keys less those that place it among
/// the items (authors, tags, video).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStandalone {
    pub title: Option<String>,
    pub date: Option<toml::Value>,
    pub updated: Option<toml::Value>,
    pub summary: Option<String>,
    #[serde(default)]
    pub draft: bool,
    pub slug: Option<String>,
    /// Old addresses that redirect to the page.
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub extra: toml::Table,
}

/// Front matter of `_index.md` (the home page and type listings).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    pub title: Option<String>,
    #[serde(default)]
    pub extra: toml::Table,
}

/// Parses the TOML part of a split file, every problem at once, on the file's own lines (see
/// [`crate::hints::read_toml`]).
pub fn parse<T: for<'de> Deserialize<'de>>(path: &Path, split: &Split<'_>) -> Read<T> {
    crate::hints::read_toml(path, split.toml, split.toml_line - 1)
}

/// The 1-based file line where `key = ...` is written in the front matter, if it is.
pub fn key_line(split: &Split<'_>, key: &str) -> Option<usize> {
    split
        .toml
        .lines()
        .position(|line| {
            line.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|index| index + split.toml_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("content/articles/a.md")
    }

    #[test]
    fn splits_and_counts_lines() {
        let text = "+++\ntitle = \"א\"\ndate = 2024-01-02\n+++\n\nגוף\n";
        let split = split(p(), text).unwrap();
        assert_eq!(split.toml, "title = \"א\"\ndate = 2024-01-02\n");
        assert_eq!(split.body, "\nגוף\n");
        assert_eq!((split.toml_line, split.body_line), (2, 5));
        assert_eq!(key_line(&split, "date"), Some(3));
    }

    #[test]
    fn missing_fences_are_reported() {
        assert!(split(p(), "title = 1").unwrap_err().message.id() == "front-matter-missing");
        assert!(split(p(), "+++\ntitle = 1\n").unwrap_err().message.id() == "front-matter-open");
    }

    #[test]
    fn toml_errors_point_at_the_file_line() {
        let text = "+++\ntitle = \"א\"\ndate = = 2024\n+++\n";
        let split = split(p(), text).unwrap();
        let read = parse::<RawItem>(p(), &split);
        assert_eq!(read.problems.len(), 1);
        assert_eq!(read.problems[0].line, Some(3), "{}", read.problems[0]);
    }

    #[test]
    fn every_bad_line_is_reported_and_the_rest_read() {
        let text = "+++\ntitle = “מיפוי”\ndate = 2024-13-01\ntgas = []\nsummary = \"טוב\"\n+++\n";
        let split = split(p(), text).unwrap();
        let read = parse::<RawItem>(p(), &split);
        let lines: Vec<_> = read.problems.iter().map(|d| d.line).collect();
        assert_eq!(lines, [Some(2), Some(3), Some(4)], "{:?}", read.problems);
        assert_eq!(read.dropped, ["title", "date", "tgas"]);
        assert_eq!(read.raw.unwrap().summary.as_deref(), Some("טוב"));
    }

    #[test]
    fn a_value_over_several_lines_stops_the_reading() {
        let text = "+++\ntags = [\n  \"a\"\n  \"b\",\n]\ntitle = 3\n+++\n";
        let split = split(p(), text).unwrap();
        let read = parse::<RawItem>(p(), &split);
        assert_eq!(read.problems.len(), 1, "{:?}", read.problems);
        assert!(read.raw.is_none());
    }

    #[test]
    fn an_unclosed_front_matter_names_its_last_line() {
        let text = "+++\ntitle = \"א\"\ndate = 2024-01-02\n\nגוף המאמר\n";
        let err = split(p(), text).unwrap_err();
        assert_eq!(err.line, Some(1));
        assert!(err.hint.unwrap().to_string().contains("after line 3"));
    }

    #[test]
    fn unknown_keys_get_a_suggestion() {
        let text = "+++\ntitle = \"א\"\ntgas = []\n+++\n";
        let split = split(p(), text).unwrap();
        let err = parse::<RawItem>(p(), &split).problems.remove(0);
        assert_eq!(err.line, Some(3));
        assert!(
            err.hint
                .unwrap()
                .to_string()
                .contains("did you mean `tags`?")
        );
    }
}
