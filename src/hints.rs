//! What the usual mistakes of an author who is not a programmer mean, read from the TOML
//! parser's errors and from values kb refuses: a quote inside a Hebrew abbreviation, a date
//! not written year-month-day, a value of the wrong kind, YAML front matter, a language name
//! instead of its code. Each hint shows the line as it should be written.

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, line_of, suggest};
use crate::hebrew::Date;
use crate::i18n::Text;
use crate::t;

/// A TOML error as a problem on its file's line (`line_offset` lines come before `text`).
pub fn toml_error(
    path: impl Into<PathBuf>,
    text: &str,
    line_offset: usize,
    err: &toml::de::Error,
) -> Diagnostic {
    let at = err.span().map(|span| span.start);
    let line = at.map(|at| line_of(text, at) + line_offset);
    let written = at.map_or("", |at| line_at(text, at));
    let detail = err.message().trim();
    let (message, hint) = explain(written, detail);
    let diagnostic = Diagnostic::new(path, line, message);
    let diagnostic = match at.and_then(|at| column(text, at)) {
        Some(col) => diagnostic.at_col(col),
        None => diagnostic,
    };
    match hint {
        Some(hint) => diagnostic.with_hint(hint),
        None => diagnostic,
    }
}

/// TOML read as far as it could be: the fields of the lines that read, a problem for
/// each line that did not, and the keys of those lines (a key dropped for its bad value is
/// not missing too).
#[derive(Debug)]
pub struct Read<T> {
    /// `None` when a problem could not be set aside (a value over several lines).
    pub raw: Option<T>,
    /// One per line (or table) that could not be read, on the file's own lines.
    pub problems: Vec<Diagnostic>,
    /// The keys of the lines set aside.
    pub dropped: Vec<String>,
}

impl<T> Read<T> {
    /// Whether the line of `key` was set aside for a problem.
    pub fn dropped(&self, key: &str) -> bool {
        self.dropped.iter().any(|k| k == key)
    }
}

/// At most this many problems are read from one file.
const MAX_PROBLEMS: usize = 20;

/// Parses `text` (whose first line is `line_offset` lines into its file), every problem at
/// once: after a line TOML or kb cannot read, that line (or, for a table header, its whole
/// table) is set aside and the rest read again, as a TOML parser recovers. A problem that
/// spans lines stops the reading, and a key set aside is never reported missing too, so no
/// problem is invented.
pub fn read_toml<T: for<'de> serde::Deserialize<'de>>(
    path: &Path,
    text: &str,
    line_offset: usize,
) -> Read<T> {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
    let mut read = Read {
        raw: None,
        problems: Vec::new(),
        dropped: Vec::new(),
    };
    while read.problems.len() < MAX_PROBLEMS {
        let text = lines.concat();
        let err = match toml::from_str(&text) {
            Ok(raw) => {
                read.raw = Some(raw);
                break;
            }
            Err(err) => err,
        };
        // A key missing once lines were set aside may be one of theirs (`nmae` for `name`).
        let missing = err.message().starts_with("missing field");
        if missing && !read.problems.is_empty() {
            break;
        }
        read.problems
            .push(toml_error(path, &text, line_offset, &err));
        let Some(at) = err.span().map(|span| line_of(&text, span.start) - 1) else {
            break;
        };
        let Some(aside) = set_aside(&lines, at) else {
            break;
        };
        if let Some((key, _)) = lines[at].split_once('=') {
            read.dropped
                .push(key.trim().trim_matches(['"', '\'']).to_string());
        }
        for line in &mut lines[aside] {
            *line = if line.ends_with('\n') {
                "\n".into()
            } else {
                String::new()
            };
        }
    }
    read
}

/// The lines to set aside for a problem on line `at` (0-based): the line, or a table header
/// and its table; `None` when the line is empty, is not `key = value`, or starts a value
/// over several lines.
fn set_aside(lines: &[String], at: usize) -> Option<std::ops::Range<usize>> {
    let line = lines.get(at)?.trim();
    if line.is_empty() {
        return None;
    }
    if line.starts_with('[') {
        let end = (at + 1..lines.len())
            .find(|&i| lines[i].trim_start().starts_with('['))
            .unwrap_or(lines.len());
        return Some(at..end);
    }
    // A line without `=` may continue a value begun above: nothing sure to set aside.
    let (_, value) = line.split_once('=')?;
    let value = value.trim();
    let open_array = value.starts_with('[') && !value.contains(']');
    if open_array || value.contains("\"\"\"") || value.contains("'''") {
        return None;
    }
    Some(at..at + 1)
}

/// The message and hint for `detail` (toml's or serde's words), raised on line `written`.
fn explain(written: &str, detail: &str) -> (Text, Option<Text>) {
    let key = written
        .split_once('=')
        .map_or("", |(key, _)| key.trim().trim_matches('"'));
    if let Some((field, expected)) = unknown_field(detail) {
        let names: Vec<&str> = expected.iter().map(String::as_str).collect();
        return (
            t!("unknown-key", key = &field),
            Some(suggest(&field, names)),
        );
    }
    if let Some(fixed) = straight_quotes(written) {
        return (
            t!("quote-curly", key = key),
            Some(t!("quote-curly-hint", fixed = fixed)),
        );
    }
    if let Some((table, key)) = hebrew_table(written) {
        return match table {
            "tags" => (t!("bad-tag-key", key = key), Some(tag_key_hint(key, ""))),
            _ => (
                t!("table-key-hebrew", header = written.trim()),
                Some(t!("table-key-hebrew-hint")),
            ),
        };
    }
    if let Some(fixed) = quote_in_word(written) {
        let single = single_quoted(written);
        return (
            t!("quote-in-word", key = key),
            Some(t!("quote-in-word-hint", fixed = fixed, single = single)),
        );
    }
    let value = written.split_once('=').map_or("", |(_, v)| v.trim());
    if let Some(date) = correct_date(value) {
        return (
            t!("date-format", key = key, value = value),
            Some(date_hint(key, date)),
        );
    }
    if detail.starts_with("invalid date") {
        return (
            t!("date-invalid", key = key, value = value),
            Some(t!("date-example-hint", key = key)),
        );
    }
    if let Some(expected) = detail.split("expected ").nth(1)
        && detail.starts_with("invalid type")
    {
        let example = example_of(expected.trim(), key, value);
        return (
            t!("wrong-type", key = key),
            Some(t!("wrong-type-hint", fixed = example)),
        );
    }
    (
        t!("toml-syntax", detail = detail),
        Some(t!("toml-syntax-hint")),
    )
}

/// The line of `text` holding byte `at`.
fn line_at(text: &str, at: usize) -> &str {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    text[start..end].trim_end_matches('\r')
}

/// 1-based column, in characters, of byte `at` on its line.
fn column(text: &str, at: usize) -> Option<usize> {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    Some(text.get(start..at)?.chars().count() + 1)
}

fn is_hebrew(c: char) -> bool {
    ('\u{05d0}'..='\u{05ea}').contains(&c)
}

/// The line with each `"` between two Hebrew letters (חו"ל) written as gershayim (חו״ל).
fn quote_in_word(line: &str) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let inner = |i: usize| {
        chars[i] == '"'
            && i > 0
            && i + 1 < chars.len()
            && is_hebrew(chars[i - 1])
            && is_hebrew(chars[i + 1])
    };
    if !(0..chars.len()).any(inner) {
        return None;
    }
    let fixed = (0..chars.len())
        .map(|i| if inner(i) { '״' } else { chars[i] })
        .collect();
    Some(fixed)
}

/// The line with curly quotes (“…”, „…“, as Word and Google Docs write them) made straight;
/// `None` when it has none.
fn straight_quotes(line: &str) -> Option<String> {
    const CURLY: [char; 4] = ['“', '”', '„', '‟'];
    line.contains(CURLY).then(|| line.replace(CURLY, "\""))
}

/// The table and key of a header written with a bare Hebrew key (`[tags.דיור-ציבורי]`),
/// which TOML reads only in quotes.
fn hebrew_table(line: &str) -> Option<(&str, &str)> {
    let inner = line.trim().strip_prefix('[')?.strip_suffix(']')?;
    let (table, key) = inner.split_once('.')?;
    let key = key.trim().trim_matches(['"', '\'']);
    key.chars().any(is_hebrew).then_some((table.trim(), key))
}

/// `key = "a"b"` as `key = 'a"b'`: a single-quoted TOML string takes `"` as it is.
fn single_quoted(line: &str) -> String {
    match line.split_once('=') {
        Some((key, value)) => {
            let value = value.trim();
            let inner = value.strip_prefix('"').unwrap_or(value);
            let inner = inner.strip_suffix('"').unwrap_or(inner);
            format!("{} = '{inner}'", key.trim_end())
        }
        None => line.to_string(),
    }
}

/// The date an author meant by `1/3/2024`, `1.3.2024`, `2024-3-1` or `2024/03/01` (day
/// before month, as Israelis write it); `None` for a date already right or for no date.
pub fn correct_date(value: &str) -> Option<Date> {
    let value = value.trim().trim_matches(['"', '\'']);
    if Date::parse(value).is_some() {
        return None;
    }
    let parts: Vec<&str> = value.split(['/', '.', '-']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = if a.len() == 4 { (a, b, c) } else { (c, b, a) };
    let (y, m, d): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let y = if y < 100 { 2000 + y } else { y };
    Date::parse(&format!("{y:04}-{m:02}-{d:02}"))
}

/// "write `date = 2024-03-01` (1 במרץ 2024)".
pub fn date_hint(key: &str, date: Date) -> Text {
    t!(
        "date-format-hint",
        fixed = format!("{key} = {date}"),
        spelled = date.to_hebrew()
    )
}

/// The line `key = value` in the form serde expected (`a string`, `a sequence`, `a boolean`).
fn example_of(expected: &str, key: &str, value: &str) -> String {
    let bare = value.trim_matches(['"', '\'', '[', ']']).trim();
    if expected.contains("string") {
        format!("{key} = \"{bare}\"")
    } else if expected.contains("sequence") {
        format!("{key} = [\"{bare}\"]")
    } else if expected.contains("bool") {
        format!("{key} = true")
    } else {
        format!("{key} = \"…\"")
    }
}

/// serde's "unknown field `x`, expected one of `a`, `b`" as the field and the list.
fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected = rest
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    Some((field.to_string(), expected))
}

/// Front matter between `---` lines (YAML, as Jekyll and Hugo read it) converted to TOML
/// between `+++`, for the hint: `key: value` becomes `key = "value"`.
pub fn yaml_to_toml(yaml: &str) -> String {
    let mut out = vec!["+++".to_string()];
    for line in yaml.lines() {
        let Some((key, value)) = line.split_once(':') else {
            out.push(line.to_string());
            continue;
        };
        let value = value.trim();
        let plain = value.parse::<f64>().is_ok() || matches!(value, "true" | "false");
        let converted =
            if let Some(list) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
                let items: Vec<String> = list
                    .split(',')
                    .map(|item| item.trim().trim_matches(['"', '\'']))
                    .filter(|item| !item.is_empty())
                    .map(|item| format!("\"{item}\""))
                    .collect();
                format!("[{}]", items.join(", "))
            } else if plain || Date::parse(value).is_some() {
                value.to_string()
            } else {
                format!("\"{}\"", value.trim_matches(['"', '\'']))
            };
        out.push(format!("{} = {converted}", key.trim()));
    }
    out.push("+++".to_string());
    out.join("\n")
}

/// A tag key written in Hebrew (`דיור-ציבורי`), as the `[tags.<key>]` block to paste: the key
/// spelled in Latin letters as `kb new` spells slugs, the Hebrew as its name (`name` when
/// given, else the key with spaces).
pub fn tag_key_hint(key: &str, name: &str) -> Text {
    let name = if name.trim().is_empty() {
        key.replace('-', " ")
    } else {
        name.to_string()
    };
    let latin = crate::hebrew::slug_of(key);
    let latin = if latin.is_empty() {
        "my-tag".to_string()
    } else {
        latin
    };
    t!(
        "tag-key-hint",
        block = format!("[tags.{latin}]\nname = \"{name}\"")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_inside_hebrew_words_become_gershayim() {
        let line = "title = \"מה עבד בחו\"ל\"";
        assert_eq!(quote_in_word(line).unwrap(), "title = \"מה עבד בחו״ל\"");
        assert_eq!(single_quoted(line), "title = 'מה עבד בחו\"ל'");
        assert_eq!(quote_in_word("title = \"שלום\""), None);
    }

    #[test]
    fn dates_are_read_as_israelis_write_them() {
        let fixed = |v| correct_date(v).map(|d| d.to_string());
        assert_eq!(fixed("1/3/2024").as_deref(), Some("2024-03-01"));
        assert_eq!(fixed("2024-3-1").as_deref(), Some("2024-03-01"));
        assert_eq!(fixed("\"15.10.23\"").as_deref(), Some("2023-10-15"));
        assert_eq!(fixed("2024-03-01"), None);
        assert_eq!(fixed("31/2/2024"), None);
        assert_eq!(fixed("שלום"), None);
    }

    #[test]
    fn yaml_lines_become_toml() {
        let yaml = "title: מה עבד\ndate: 2024-03-01\ntags: [backbone]\n";
        assert_eq!(
            yaml_to_toml(yaml),
            "+++\ntitle = \"מה עבד\"\ndate = 2024-03-01\ntags = [\"backbone\"]\n+++"
        );
    }
}
