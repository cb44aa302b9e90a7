//! `kb new`: a new item or page, its front matter filled in (the title, today's date, empty
//! authors, the tags key with the site's vocabulary beside it) and its slug spelled in Latin
//! letters from the Hebrew title. An existing file is never overwritten. Also today's local date,
//! which `kb init` writes into the starter too.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::config::{CONFIG_FILE, Config, Overrides, RESERVED_TYPE_KEYS, is_key};
use crate::content::load::CONTENT_DIR;
use crate::diagnostics::{CommandError, Diagnostic, io_failure};
use crate::hebrew::{Date, date_of_day, slug_of};
use crate::spelling::nearest;
use crate::t;

/// What `kb new page` makes instead of an item.
pub const PAGE: &str = "page";

/// What to create.
#[derive(Debug, Clone)]
pub struct NewOptions {
    /// The site to create it in.
    pub site_dir: PathBuf,
    /// A type key from config.toml, or `page`.
    pub kind: String,
    /// The title, in Hebrew; the slug is spelled from it unless `slug` is given.
    pub title: String,
    /// Replaces the slug spelled from the title.
    pub slug: Option<String>,
    /// An item bundle: `<slug>/index.md`, so images can sit beside it.
    pub bundle: bool,
}

/// What was created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    /// Relative to the site folder: `content/articles/mifui-shutfim.md`.
    pub path: PathBuf,
    /// Where it will be served: `/articles/mifui-shutfim/`.
    pub url: String,
}

/// Writes the new file; refuses one that exists, unknown types and slugs that cannot be URLs.
pub fn create(options: &NewOptions) -> Result<Created, CommandError> {
    let config = Config::load(&options.site_dir, &Overrides::default())?;
    let page = options.kind == PAGE;
    if !page && config.type_def(&options.kind).is_none() {
        let known: Vec<&str> = config.types.iter().map(|t| t.key.as_str()).collect();
        // Listed even beside a suggestion: whoever typed a wrong type may not know the others.
        // In backticks: keys are code, whatever the language around them.
        let types: Vec<String> = known.iter().map(|key| format!("`{key}`")).collect();
        let types = types.join(", ");
        let hint = match nearest(&options.kind, known.iter().copied()) {
            Some(close) => t!("new-unknown-type-close-hint", close = close, types = &types),
            None => t!("new-unknown-type-hint", types = &types),
        };
        return Err(Diagnostic::new(
            CONFIG_FILE,
            None,
            t!("new-unknown-type", kind = &options.kind),
        )
        .with_hint(hint)
        .into());
    }
    if page && options.bundle {
        return Err(Diagnostic::new(CONTENT_DIR, None, t!("new-page-bundle"))
            .with_hint(t!("new-page-bundle-hint"))
            .into());
    }
    let slug = slug(&config, options, page)?;
    let relative = match (page, options.bundle) {
        (true, _) => Path::new(CONTENT_DIR).join(format!("{slug}.md")),
        (false, false) => Path::new(CONTENT_DIR)
            .join(&options.kind)
            .join(format!("{slug}.md")),
        (false, true) => Path::new(CONTENT_DIR)
            .join(&options.kind)
            .join(&slug)
            .join("index.md"),
    };
    refuse_existing(&options.site_dir, options, &slug, page)?;
    let text = front_matter(&config, &options.title, page);
    write_new(&options.site_dir.join(&relative), &text)?;
    let url = if page {
        format!("/{slug}/")
    } else {
        format!("/{}/{slug}/", options.kind)
    };
    Ok(Created {
        path: relative,
        url,
    })
}

fn slug(config: &Config, options: &NewOptions, page: bool) -> Result<String, Diagnostic> {
    let slug = options
        .slug
        .clone()
        .unwrap_or_else(|| slug_of(&options.title));
    if slug.is_empty() {
        return Err(
            Diagnostic::new(CONTENT_DIR, None, t!("new-no-slug", title = &options.title))
                .with_hint(t!("new-slug-hint")),
        );
    }
    if !is_key(&slug) {
        return Err(
            Diagnostic::new(CONTENT_DIR, None, t!("bad-slug", slug = &slug))
                .with_hint(t!("new-slug-hint")),
        );
    }
    if page && (RESERVED_TYPE_KEYS.contains(&slug.as_str()) || config.type_def(&slug).is_some()) {
        return Err(Diagnostic::new(
            CONTENT_DIR,
            None,
            t!("new-page-takes-listing", slug = &slug),
        )
        .with_hint(t!("new-other-slug-hint")));
    }
    Ok(slug)
}

/// An item and a bundle of the same slug would share a URL: either existing one is refused.
fn refuse_existing(
    site_dir: &Path,
    options: &NewOptions,
    slug: &str,
    page: bool,
) -> Result<(), Diagnostic> {
    let content = Path::new(CONTENT_DIR);
    let candidates = if page {
        vec![content.join(format!("{slug}.md"))]
    } else {
        let folder = content.join(&options.kind);
        vec![
            folder.join(format!("{slug}.md")),
            folder.join(slug).join("index.md"),
        ]
    };
    match candidates.into_iter().find(|c| site_dir.join(c).exists()) {
        Some(existing) => {
            Err(Diagnostic::new(&existing, None, t!("new-exists")).with_hint(t!("new-exists-hint")))
        }
        None => Ok(()),
    }
}

/// The new file's text: front matter, then a line to write over.
fn front_matter(config: &Config, title: &str, page: bool) -> String {
    let mut text = String::from("+++\n");
    let _ = writeln!(text, "title = {}", toml::Value::String(title.to_string()));
    if page {
        text.push_str("# summary = \"משפט או שניים על העמוד, לתוצאות החיפוש\"\n+++\n\n");
        text.push_str("כאן כותבים את תוכן העמוד.\n");
        return text;
    }
    let _ = writeln!(text, "date = {}", today());
    text.push_str("authors = []\n");
    text.push_str("# summary = \"משפט או שניים שיופיעו ברשימות ובתוצאות החיפוש\"\n");
    if config.tags.is_empty() {
        text.push_str("tags = []\n");
    } else {
        text.push_str("tags = []  # מפתחות מהרשימה, למשל [\"");
        text.push_str(&config.tags[0].key);
        text.push_str("\"]\n");
        for tag in &config.tags {
            let _ = writeln!(text, "#   {}: {}", tag.key, tag.name);
        }
    }
    text.push_str("# video = \"https://www.youtube.com/watch?v=...\"\n+++\n\n");
    text.push_str("כאן כותבים את גוף הפריט. כותרת משנה מתחילה בשורה `## `.\n");
    text
}

/// Creates `path` and its folders; a file already there is never replaced.
fn write_new(path: &Path, text: &str) -> anyhow::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|err| io_failure(t!("io-create-folder", path = parent), &err))?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|err| io_failure(t!("io-create", path = path), &err))?;
    file.write_all(text.as_bytes())
        .map_err(|err| io_failure(t!("io-write", path = path), &err))
}

/// Today's date where kb runs (local time on Unix, UTC elsewhere).
pub fn today() -> Date {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    date_of_day((now + utc_offset(now)).div_euclid(86_400))
}

#[cfg(unix)]
fn utc_offset(now: i64) -> i64 {
    let time = now as libc::time_t;
    // SAFETY: localtime_r only writes into the struct it is given.
    unsafe {
        let mut local: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&time, &mut local).is_null() {
            0
        } else {
            local.tm_gmtoff as i64
        }
    }
}

#[cfg(not(unix))]
fn utc_offset(_: i64) -> i64 {
    0
}
