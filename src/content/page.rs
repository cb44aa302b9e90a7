//! An item (article, tool, case, video): its validated front matter and its Markdown body.

use std::path::{Path, PathBuf};

use crate::config::{Config, is_key};
use crate::content::alias::{self, Alias};
use crate::content::front_matter::{self, RawItem, Split};
use crate::diagnostics::{Diagnostic, suggest};
use crate::embed::Video;
use crate::hebrew::Date;
use crate::hebrew::without_bidi_controls;
use crate::i18n::Text;
use crate::t;

/// A published (or draft) item, before its Markdown is rendered.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path shown in messages, relative to the site folder: `content/articles/x.md`.
    pub source: PathBuf,
    /// Key for `@/` links: `articles/x.md` (or `articles/x/index.md` for a bundle).
    pub link_key: String,
    /// The type the item belongs to, from its folder: `articles`.
    pub type_key: String,
    /// `/articles/x/`.
    pub url: String,
    /// The title, as written in front matter.
    pub title: String,
    /// The publication date; listings sort by it, newest first.
    pub date: Date,
    /// When the item last changed, when front matter says so.
    pub updated: Option<Date>,
    /// The summary written in front matter; `None` when absent or blank (cards use the body's
    /// opening).
    pub summary: Option<String>,
    /// Who wrote it, as written.
    pub authors: Vec<String>,
    /// Who edited it, as written.
    pub editors: Vec<String>,
    /// Tag keys, each one of config.toml's tags.
    pub tags: Vec<String>,
    /// Kept only when the build asks for drafts.
    pub draft: bool,
    /// The video the item is about, from its `video` key.
    pub video: Option<Video>,
    /// `captions = true/false`: whether the video has captions; `None` when unsaid.
    pub captions: Option<bool>,
    /// Old addresses that redirect here.
    pub aliases: Vec<Alias>,
    /// The `[extra]` table, given to templates as `page.extra` unchecked.
    pub extra: toml::Table,
    /// The Markdown body; emptied once rendered, to halve a build's memory.
    pub body: String,
    /// 1-based file line of the first body line.
    pub body_line: usize,
    /// The bundle folder (absolute) whose other files are copied beside the page.
    pub bundle_dir: Option<PathBuf>,
}

/// Where an item file sits: its type folder, slug and bundle folder.
pub(crate) struct Location<'a> {
    pub source: &'a Path,
    pub type_key: &'a str,
    pub file_slug: &'a str,
    pub link_key: String,
    pub bundle_dir: Option<PathBuf>,
}

/// Validates an item's front matter against the config; every problem found is returned.
pub(crate) fn build(
    config: &Config,
    location: Location<'_>,
    split: &Split<'_>,
) -> Result<Page, Vec<Diagnostic>> {
    let source = location.source;
    let read = front_matter::parse::<RawItem>(source, split);
    let (title_dropped, date_dropped) = (read.dropped("title"), read.dropped("date"));
    let Some(raw) = read.raw else {
        return Err(read.problems);
    };
    let mut problems = read.problems;
    let line = |key: &str| front_matter::key_line(split, key);

    let title = raw
        .title
        .clone()
        .map(without_bidi_controls)
        .filter(|t| !t.trim().is_empty());
    if title.is_none() && !title_dropped {
        problems.push(
            Diagnostic::new(source, Some(split.toml_line), t!("item-no-title"))
                .with_hint(t!("item-no-title-hint")),
        );
    }
    let date = match &raw.date {
        None if date_dropped => None,
        None => {
            problems.push(
                Diagnostic::new(source, Some(split.toml_line), t!("item-no-date"))
                    .with_hint(t!("item-no-date-hint")),
            );
            None
        }
        Some(value) => read_date(source, line("date"), "date", value)
            .map_err(|d| problems.push(d))
            .ok(),
    };
    let updated = raw.updated.as_ref().and_then(|value| {
        read_date(source, line("updated"), "updated", value)
            .map_err(|d| problems.push(d))
            .ok()
    });
    for tag in &raw.tags {
        if config.tag_def(tag).is_none() {
            let known = config.tags.iter().map(|t| t.key.as_str());
            problems.push(
                Diagnostic::new(source, line("tags"), t!("unknown-tag", tag = tag))
                    .with_hint(tag_hint(config, tag, known)),
            );
        }
    }
    let video = raw.video.as_ref().and_then(|url| {
        let video = Video::parse(url);
        if video.is_none() {
            problems.push(
                Diagnostic::new(source, line("video"), t!("video-not-video", url = url))
                    .with_hint(t!("video-not-video-hint")),
            );
        }
        video
    });
    let slug = raw
        .slug
        .clone()
        .unwrap_or_else(|| location.file_slug.to_string());
    if !is_key(&slug) {
        problems.push(
            Diagnostic::new(
                source,
                line("slug").or(Some(1)),
                t!("bad-slug", slug = &slug),
            )
            .with_hint(t!("bad-slug-hint")),
        );
    }
    let aliases = alias::read(source, line("aliases"), &raw.aliases)
        .map_err(|found| problems.extend(found))
        .unwrap_or_default();
    let summary = raw
        .summary
        .clone()
        .map(without_bidi_controls)
        .filter(|s| !s.trim().is_empty());
    match (title, date, problems.is_empty()) {
        (Some(title), Some(date), true) => Ok(Page {
            source: source.to_path_buf(),
            link_key: location.link_key,
            url: format!("/{}/{}/", location.type_key, slug),
            type_key: location.type_key.to_string(),
            title,
            date,
            updated,
            summary,
            authors: raw.authors,
            editors: raw.editors,
            tags: dedup(raw.tags),
            draft: raw.draft,
            video,
            captions: raw.captions,
            aliases,
            extra: raw.extra,
            body: split.body.to_string(),
            body_line: split.body_line,
            bundle_dir: location.bundle_dir,
        }),
        _ => Err(problems),
    }
}

fn dedup(mut tags: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    tags.retain(|t| seen.insert(t.clone()));
    tags
}

pub(crate) fn read_date(
    source: &Path,
    line: Option<usize>,
    key: &str,
    value: &toml::Value,
) -> Result<Date, Diagnostic> {
    let text = match value {
        toml::Value::Datetime(datetime) if datetime.time.is_none() && datetime.offset.is_none() => {
            datetime.to_string()
        }
        toml::Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    Date::parse(&text).ok_or_else(|| {
        let (message, hint) = match crate::hints::correct_date(&text) {
            Some(date) => (
                t!("date-format", key = key, value = &text),
                crate::hints::date_hint(key, date),
            ),
            None => (
                t!("date-invalid", key = key, value = &text),
                t!("date-example-hint", key = key),
            ),
        };
        Diagnostic::new(source, line, message).with_hint(hint)
    })
}

/// A tag written by its Hebrew name points to its key; anything else to the nearest key.
fn tag_hint<'a>(
    config: &Config,
    tag: &str,
    known: impl IntoIterator<Item = &'a str> + Clone,
) -> Text {
    match config.tags.iter().find(|t| t.name.trim() == tag.trim()) {
        Some(def) => t!("tag-by-name-hint", name = tag, key = &def.key),
        None => t!("unknown-tag-hint", suggestion = suggest(tag, known)),
    }
}
