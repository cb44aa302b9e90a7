//! A page that is not an item (`content/about.md` at `/about/`): about us, contact, the
//! accessibility statement. It has a title, may have a date, and is in no listing or feed.

use std::path::{Path, PathBuf};

use crate::config::{Config, RESERVED_TYPE_KEYS, is_key};
use crate::content::alias::{self, Alias};
use crate::content::front_matter::{self, RawStandalone, Split};
use crate::content::page::read_date;
use crate::diagnostics::Diagnostic;
use crate::hebrew::Date;
use crate::hebrew::without_bidi_controls;
use crate::t;

/// A page of the site outside the types, before its Markdown is rendered.
#[derive(Debug, Clone)]
pub struct Standalone {
    /// `content/about.md`.
    pub source: PathBuf,
    /// Key for `@/` links: `about.md`.
    pub link_key: String,
    /// `/about/`.
    pub url: String,
    /// The title, as written in front matter.
    pub title: String,
    /// The publication date, when front matter gives one.
    pub date: Option<Date>,
    /// When the page last changed, when front matter says so.
    pub updated: Option<Date>,
    /// The summary written in front matter; `None` when absent or blank.
    pub summary: Option<String>,
    /// Kept only when the build asks for drafts.
    pub draft: bool,
    /// Old addresses that redirect here.
    pub aliases: Vec<Alias>,
    /// The `[extra]` table, given to templates as `page.extra` unchecked.
    pub extra: toml::Table,
    /// The Markdown body.
    pub body: String,
    /// 1-based file line of the first body line.
    pub body_line: usize,
}

impl Standalone {
    /// The date the page was last changed, when it says.
    pub fn last_change(&self) -> Option<Date> {
        self.updated.or(self.date)
    }
}

/// Keys of an item that place it among other items: a page refuses them with this reason.
const ITEM_KEYS: [&str; 4] = ["tags", "authors", "editors", "video"];

/// An unknown key that belongs to items gets a hint saying why a page has none.
fn explain_item_key(diagnostic: Diagnostic) -> Diagnostic {
    let key = Some(diagnostic.message.arg("key"))
        .filter(|_| diagnostic.message.id() == "unknown-key")
        .flatten()
        .filter(|key| ITEM_KEYS.contains(key))
        .map(str::to_string);
    match key {
        Some(key) => diagnostic.with_hint(t!("page-item-key-hint", key = key)),
        None => diagnostic,
    }
}

/// Validates the front matter of `content/<file_slug>.md`; every problem found is returned.
pub(crate) fn build(
    config: &Config,
    source: &Path,
    file_slug: &str,
    split: &Split<'_>,
) -> Result<Standalone, Vec<Diagnostic>> {
    let read = front_matter::parse::<RawStandalone>(source, split);
    let title_dropped = read.dropped("title");
    let mut problems: Vec<Diagnostic> = read.problems.into_iter().map(explain_item_key).collect();
    let Some(raw) = read.raw else {
        return Err(problems);
    };
    let line = |key: &str| front_matter::key_line(split, key);
    let title = raw
        .title
        .map(without_bidi_controls)
        .filter(|t| !t.trim().is_empty());
    if title.is_none() && !title_dropped {
        problems.push(
            Diagnostic::new(source, Some(split.toml_line), t!("page-no-title"))
                .with_hint(t!("page-no-title-hint")),
        );
    }
    let mut date_of = |key: &str, value: Option<&toml::Value>| {
        let value = value?;
        read_date(source, line(key), key, value)
            .map_err(|d| problems.push(d))
            .ok()
    };
    let date = date_of("date", raw.date.as_ref());
    let updated = date_of("updated", raw.updated.as_ref());
    let slug = raw.slug.unwrap_or_else(|| file_slug.to_string());
    let slug_line = line("slug").or(Some(1));
    if !is_key(&slug) {
        problems.push(
            Diagnostic::new(source, slug_line, t!("bad-slug", slug = &slug))
                .with_hint(t!("bad-slug-hint")),
        );
    } else if RESERVED_TYPE_KEYS.contains(&slug.as_str()) || config.type_def(&slug).is_some() {
        problems.push(
            Diagnostic::new(source, slug_line, t!("page-takes-listing", slug = &slug))
                .with_hint(t!("page-takes-listing-hint")),
        );
    }
    let aliases = alias::read(source, line("aliases"), &raw.aliases)
        .map_err(|found| problems.extend(found))
        .unwrap_or_default();
    match (title, problems.is_empty()) {
        (Some(title), true) => Ok(Standalone {
            source: source.to_path_buf(),
            link_key: format!("{file_slug}.md"),
            url: format!("/{slug}/"),
            title,
            date,
            updated,
            summary: raw
                .summary
                .map(without_bidi_controls)
                .filter(|s| !s.trim().is_empty()),
            draft: raw.draft,
            aliases,
            extra: raw.extra,
            body: split.body.to_string(),
            body_line: split.body_line,
        }),
        _ => Err(problems),
    }
}
