//! An item (article, tool, case, video): its validated front matter and its Markdown body.

use std::path::{Path, PathBuf};

use crate::config::{Config, is_key};
use crate::content::front_matter::{self, RawItem, Split};
use crate::diagnostics::{Diagnostic, suggest};
use crate::hebrew::Date;

/// A published (or draft) item, before its Markdown is rendered.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path shown in messages, relative to the site folder: `content/articles/x.md`.
    pub source: PathBuf,
    /// Key for `@/` links: `articles/x.md` (or `articles/x/index.md` for a bundle).
    pub link_key: String,
    pub type_key: String,
    pub slug: String,
    /// `/articles/x/`.
    pub url: String,
    pub title: String,
    pub date: Date,
    pub updated: Option<Date>,
    pub summary: Option<String>,
    pub authors: Vec<String>,
    pub editors: Vec<String>,
    pub tags: Vec<String>,
    pub draft: bool,
    pub video: Option<Video>,
    pub extra: toml::Table,
    pub body: String,
    /// 1-based file line of the first body line.
    pub body_line: usize,
    /// The bundle folder (absolute) whose other files are copied beside the page.
    pub bundle_dir: Option<PathBuf>,
}

/// An embedded video, played from the provider's privacy-friendly domain after a click.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Video {
    pub provider: &'static str,
    pub id: String,
    pub embed_url: String,
    pub watch_url: String,
}

impl Video {
    /// Reads a YouTube or Vimeo URL; `None` for anything else.
    pub fn parse(url: &str) -> Option<Video> {
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))?;
        let rest = rest.strip_prefix("www.").unwrap_or(rest);
        let (host, path) = rest.split_once('/')?;
        let youtube_id = match host {
            "youtube.com" | "m.youtube.com" => path
                .strip_prefix("watch?")
                .and_then(|query| query.split('&').find_map(|pair| pair.strip_prefix("v=")))
                .or_else(|| path.strip_prefix("embed/"))
                .or_else(|| path.strip_prefix("shorts/")),
            "youtu.be" => Some(path),
            _ => None,
        };
        if let Some(id) = youtube_id {
            let id = id.split(['?', '&', '#', '/']).next()?;
            let valid = id.len() == 11
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            return valid.then(|| Video {
                provider: "youtube",
                id: id.to_string(),
                embed_url: format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"),
                watch_url: format!("https://www.youtube.com/watch?v={id}"),
            });
        }
        let id = match host {
            "vimeo.com" => path.split(['?', '#', '/']).next()?,
            "player.vimeo.com" => path.strip_prefix("video/")?.split(['?', '#', '/']).next()?,
            _ => return None,
        };
        (!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())).then(|| Video {
            provider: "vimeo",
            id: id.to_string(),
            embed_url: format!("https://player.vimeo.com/video/{id}?dnt=1&autoplay=1"),
            watch_url: format!("https://vimeo.com/{id}"),
        })
    }
}

/// Where an item file sits: its type folder, slug and bundle folder.
pub struct Location<'a> {
    pub source: &'a Path,
    pub type_key: &'a str,
    pub file_slug: &'a str,
    pub link_key: String,
    pub bundle_dir: Option<PathBuf>,
}

/// Validates an item's front matter against the config; every problem found is returned.
pub fn build(
    config: &Config,
    location: Location<'_>,
    split: &Split<'_>,
) -> Result<Page, Vec<Diagnostic>> {
    let source = location.source;
    let raw: RawItem = front_matter::parse(source, split).map_err(|d| vec![d])?;
    let mut problems = Vec::new();
    let line = |key: &str| front_matter::key_line(split, key);

    let title = raw.title.clone().filter(|t| !t.trim().is_empty());
    if title.is_none() {
        problems.push(
            Diagnostic::new(source, Some(split.toml_line), "the item has no title")
                .with_hint("add a line like `title = \"מיפוי שותפים\"` to the front matter"),
        );
    }
    let date = match &raw.date {
        None => {
            problems.push(
                Diagnostic::new(source, Some(split.toml_line), "the item has no date").with_hint(
                    "add a line like `date = 2024-03-10` (year-month-day) to the front matter",
                ),
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
                Diagnostic::new(source, line("tags"), format!("unknown tag `{tag}`")).with_hint(
                    format!(
                        "{}; tags come from [tags] in config.toml",
                        suggest(tag, known)
                    ),
                ),
            );
        }
    }
    let video = raw.video.as_ref().and_then(|url| {
        let video = Video::parse(url);
        if video.is_none() {
            problems.push(Diagnostic::new(source, line("video"), format!("`{url}` is not a YouTube or Vimeo address"))
                .with_hint("use a link like https://www.youtube.com/watch?v=VIDEO_ID or https://vimeo.com/123456"));
        }
        video
    });
    let slug = raw
        .slug
        .clone()
        .unwrap_or_else(|| location.file_slug.to_string());
    if !is_key(&slug) {
        problems.push(Diagnostic::new(source, line("slug").or(Some(1)), format!("the slug `{slug}` cannot be used in a URL"))
            .with_hint("use lower-case English letters, digits and hyphens, in the file name or in `slug = \"...\"`"));
    }
    let summary = raw.summary.clone().filter(|s| !s.trim().is_empty());
    match (title, date, problems.is_empty()) {
        (Some(title), Some(date), true) => Ok(Page {
            source: source.to_path_buf(),
            link_key: location.link_key,
            url: format!("/{}/{}/", location.type_key, slug),
            type_key: location.type_key.to_string(),
            slug,
            title,
            date,
            updated,
            summary,
            authors: raw.authors,
            editors: raw.editors,
            tags: dedup(raw.tags),
            draft: raw.draft,
            video,
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
        Diagnostic::new(source, line, format!("`{key}` is not a valid date: {text}")).with_hint(
            format!("write the date as year-month-day, e.g. `{key} = 2024-03-10`"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_video_urls() {
        let v = Video::parse("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10").unwrap();
        assert_eq!(
            v.embed_url,
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
        );
        assert_eq!(
            Video::parse("https://youtu.be/dQw4w9WgXcQ").unwrap().id,
            "dQw4w9WgXcQ"
        );
        assert_eq!(
            Video::parse("https://vimeo.com/123456").unwrap().provider,
            "vimeo"
        );
        assert_eq!(
            Video::parse("https://example.com/watch?v=dQw4w9WgXcQ"),
            None
        );
        assert_eq!(Video::parse("https://www.youtube.com/watch?v=short"), None);
    }
}
