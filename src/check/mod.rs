//! `kb check`: everything `kb build` checks, in memory and writing nothing, then what a build
//! lets through but readers would meet: links and media that lead nowhere, images without alt
//! text, skipped heading levels, links that say only "כאן", videos that do not say whether
//! they have captions, tags nobody uses, summaries too long for a link preview, heavy images;
//! with `--external`, links to other sites too. Errors are what is broken for a reader;
//! warnings are what the site should do better.

mod body;
pub mod external;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::config::CONFIG_FILE;
use crate::content::front_matter;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::Text;
use crate::session::SiteFiles;
use crate::site::{BuildError, BuildOptions, SiteState};
use crate::t;
use body::{Kind, Reference};

/// What to check and how strictly.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The site folder (holds config.toml).
    pub site_dir: PathBuf,
    /// Check drafts too, as `kb build --drafts` would build them.
    pub drafts: bool,
    /// Also fetch every link to another site.
    pub external: bool,
    /// Warnings fail the check too (the CLI's exit code).
    pub strict: bool,
}

/// Every problem found, and how many pages were looked at.
#[derive(Debug, Default)]
pub struct Report {
    /// Errors and warnings, sorted by file and line.
    pub problems: Diagnostics,
    /// Output pages whose links were followed.
    pub pages: usize,
}

/// Link texts that say nothing out of context (screen readers list links by their text).
const VAGUE_TEXTS: [&str; 8] = [
    "כאן",
    "לחצו כאן",
    "לחץ כאן",
    "לחצי כאן",
    "click here",
    "here",
    "קישור",
    "link",
];
/// Where link previews (WhatsApp, Facebook, search results) cut a description.
const SUMMARY_PREVIEW_CHARS: usize = 160;
/// Beyond this an image is slow on a phone's data plan.
const IMAGE_MAX_BYTES: usize = 1024 * 1024;

/// Checks the site; I/O failures are errors, content problems are in the report.
pub fn check(options: &CheckOptions) -> anyhow::Result<Report> {
    let build = BuildOptions {
        site_dir: options.site_dir.clone(),
        drafts: options.drafts,
        base_url: None,
        timings: false,
        git_dates: Some(false),
    };
    let state = match SiteState::load(&build) {
        Ok(state) => state,
        Err(problems) => return Ok(Report { problems, pages: 0 }),
    };
    let mut output = SiteFiles::default();
    let summary = match state.render(&mut output) {
        Ok(summary) => summary,
        Err(BuildError::Content(problems)) => return Ok(Report { problems, pages: 0 }),
        Err(BuildError::Output(err)) => return Err(err),
    };
    let site = Output::new(&state, &output);
    let mut problems = Diagnostics(summary.warnings);
    let mut external = Vec::new();
    for source in sources(&state) {
        let text = read(&options.site_dir, &source.path)?;
        problems.extend(check_source(&site, &source, &text, &mut external));
    }
    problems.extend(tag_problems(&state));
    if options.external {
        problems.extend(external::check(external, &external::Settings::default()));
    }
    Ok(Report {
        problems: problems.finish(),
        pages: summary.pages,
    })
}

/// A content file to read again, with what the check needs to know of its page.
struct Source {
    path: PathBuf,
    url: String,
    /// The item shows a video (the `video` key or one in the body).
    video: bool,
    captions: Option<bool>,
    summary: bool,
    /// An item (pages outside the types have no tags) with no tags.
    untagged: bool,
}

fn sources(state: &SiteState) -> Vec<Source> {
    let library = &state.library;
    let items = library
        .pages
        .iter()
        .zip(&state.bodies)
        .map(|(page, body)| Source {
            path: page.source.clone(),
            url: page.url.clone(),
            video: page.video.is_some() || body.html.contains("data-kb-video"),
            captions: page.captions,
            summary: page.summary.is_some(),
            untagged: page.tags.is_empty(),
        });
    let pages = library.standalone.iter().map(|page| Source {
        path: page.source.clone(),
        url: page.url.clone(),
        video: false,
        captions: None,
        summary: page.summary.is_some(),
        untagged: false,
    });
    items.chain(pages).collect()
}

fn read(site_dir: &Path, relative: &Path) -> anyhow::Result<String> {
    let path = site_dir.join(relative);
    std::fs::read_to_string(&path).map_err(|err| anyhow::anyhow!("{}: {err}", path.display()))
}

/// The output files by path, and the ids of each page, for resolving links.
struct Output {
    files: HashMap<String, usize>,
    ids: HashMap<String, HashSet<String>>,
    base_path: String,
}

impl Output {
    fn new(state: &SiteState, files: &SiteFiles) -> Output {
        let ids = files
            .iter()
            .filter(|(path, _)| path.ends_with(".html"))
            .map(|(path, bytes)| (path.to_string(), ids_of(&String::from_utf8_lossy(bytes))))
            .collect();
        Output {
            files: files
                .iter()
                .map(|(path, bytes)| (path.to_string(), bytes.len()))
                .collect(),
            ids,
            base_path: state.config.base_path().to_string(),
        }
    }

    /// The output file a site path leads to (`/a/b/` → `a/b/index.html`).
    fn file_of(&self, path: &str) -> Option<String> {
        let path = path.strip_prefix(&self.base_path).unwrap_or(path);
        let path = path.trim_start_matches('/');
        let candidates = [
            path.to_string(),
            format!("{path}index.html"),
            format!("{path}/index.html"),
        ];
        candidates.into_iter().find(|c| self.files.contains_key(c))
    }
}

/// Every `id="..."` in a page.
fn ids_of(html: &str) -> HashSet<String> {
    html.match_indices(" id=\"")
        .filter_map(|(at, m)| {
            let rest = &html[at + m.len()..];
            rest.find('"').map(|end| decode_entities(&rest[..end]))
        })
        .collect()
}

fn decode_entities(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

/// The problems of one content file, whose text is `text`; its links to other sites go to
/// `external`.
fn check_source(
    site: &Output,
    source: &Source,
    text: &str,
    external: &mut Vec<(String, Diagnostic)>,
) -> Vec<Diagnostic> {
    let Ok(split) = front_matter::split(&source.path, text) else {
        return Vec::new();
    };
    let scan = body::scan(split.body, split.body_line);
    let mut found = Vec::new();
    let at = |reference: &Reference, message: Text| {
        Diagnostic::new(&source.path, Some(reference.line), message).at_col(reference.col)
    };
    let warn = |reference: &Reference, message: Text| {
        Diagnostic::warning(&source.path, Some(reference.line), message).at_col(reference.col)
    };
    for reference in &scan.references {
        let url = reference.url.as_str();
        if url.starts_with("http://") || url.starts_with("https://") {
            // The message is the fetch's answer; the place is the link's.
            external.push((
                url.to_string(),
                warn(reference, t!("external-unreachable", url = url)),
            ));
        } else if let Some(problem) = resolve(site, source, reference) {
            found.push(at(reference, problem.0).with_hint(problem.1));
        }
        match (reference.kind, reference.text.as_deref()) {
            (Kind::Image, None | Some("")) => found.push(
                at(reference, t!("image-no-alt", url = url)).with_hint(t!("image-no-alt-hint")),
            ),
            (Kind::Link, Some("")) => found.push(
                warn(reference, t!("link-empty", url = url)).with_hint(t!("link-vague-hint")),
            ),
            (Kind::Link, Some(text)) if VAGUE_TEXTS.contains(&text.to_lowercase().as_str()) => {
                found.push(
                    warn(reference, t!("link-vague", text = text)).with_hint(t!("link-vague-hint")),
                )
            }
            _ => {}
        }
        if reference.kind == Kind::Image
            && let Some(size) = site.size_of(source, url)
            && size > IMAGE_MAX_BYTES
        {
            let megabytes = format!("{:.1}", size as f64 / (1024.0 * 1024.0));
            found.push(
                warn(reference, t!("image-heavy", size = megabytes))
                    .with_hint(t!("image-heavy-hint")),
            );
        }
    }
    let mut level = 1;
    for &(next, line, col) in &scan.headings {
        if next > level + 1 {
            found.push(
                Diagnostic::warning(
                    &source.path,
                    Some(line),
                    t!(
                        "heading-skip",
                        level = usize::from(next),
                        previous = usize::from(level)
                    ),
                )
                .at_col(col)
                .with_hint(t!("heading-skip-hint", level = usize::from(level + 1))),
            );
        }
        level = next;
    }
    let key_line = |key: &str| front_matter::key_line(&split, key).or(Some(split.toml_line));
    if source.video && source.captions.is_none() {
        found.push(
            Diagnostic::warning(&source.path, key_line("video"), t!("captions-unsaid"))
                .with_hint(t!("captions-unsaid-hint")),
        );
    } else if source.video && source.captions == Some(false) {
        found.push(
            Diagnostic::warning(&source.path, key_line("captions"), t!("captions-missing"))
                .with_hint(t!("captions-missing-hint")),
        );
    }
    if source.untagged {
        found.push(
            Diagnostic::warning(&source.path, key_line("tags"), t!("item-no-tags"))
                .with_hint(t!("item-no-tags-hint")),
        );
    }
    if source.summary {
        let summary = toml::from_str::<toml::Table>(split.toml)
            .ok()
            .and_then(|t| {
                t.get("summary")
                    .and_then(|s| s.as_str())
                    .map(str::to_string)
            })
            .unwrap_or_default();
        let chars = summary.chars().count();
        if chars > SUMMARY_PREVIEW_CHARS {
            found.push(
                Diagnostic::warning(
                    &source.path,
                    key_line("summary"),
                    t!("summary-long", count = chars),
                )
                .with_hint(t!("summary-long-hint", limit = SUMMARY_PREVIEW_CHARS)),
            );
        }
    }
    found
}

impl Output {
    /// The output path a reference on `source`'s page leads to, before its `#anchor`.
    fn target(&self, source: &Source, url: &str) -> Option<(String, Option<String>)> {
        let url = url.split('?').next().unwrap_or(url);
        let (path, anchor) = match url.split_once('#') {
            Some((path, anchor)) => (path, Some(percent_decode(anchor))),
            None => (url, None),
        };
        let path = percent_decode(path);
        let absolute = if path.is_empty() {
            source.url.clone()
        } else if crate::markdown::is_site_path(&path) {
            path
        } else {
            join(&source.url, &path)
        };
        Some((absolute, anchor))
    }

    fn size_of(&self, source: &Source, url: &str) -> Option<usize> {
        let (path, _) = self.target(source, url)?;
        self.files.get(&self.file_of(&path)?).copied()
    }
}

/// Whether a reference to this site resolves: `None` when it does, else the message and hint.
fn resolve(site: &Output, source: &Source, reference: &Reference) -> Option<(Text, Text)> {
    let url = reference.url.as_str();
    let other_scheme = url.contains(':') && !url.starts_with(crate::markdown::INTERNAL_PREFIX);
    // `@/` links are checked by the build itself; other schemes (mailto:, tel:) are not files.
    if url.starts_with(crate::markdown::INTERNAL_PREFIX) || other_scheme || url.starts_with("//") {
        return None;
    }
    let (path, anchor) = site.target(source, url)?;
    let Some(file) = site.file_of(&path) else {
        let hint = if path.ends_with(".md") {
            t!("link-to-markdown-hint")
        } else if reference.kind == Kind::Link && Path::new(&path).extension().is_none() {
            t!("site-link-hint")
        } else {
            t!("media-missing-hint")
        };
        // A link to a file (a PDF beside the item) is missing media, not a missing page.
        let file_like = Path::new(&path)
            .extension()
            .is_some_and(|ext| ext != "md" && ext != "html");
        let message = match reference.kind {
            Kind::Link if !file_like => t!("site-link-broken", url = url),
            _ => t!("media-missing", url = url),
        };
        return Some((message, hint));
    };
    let anchor = anchor.filter(|a| !a.is_empty())?;
    let ids = site.ids.get(&file)?;
    if ids.contains(&anchor) {
        return None;
    }
    let mut known: Vec<&str> = ids.iter().map(String::as_str).collect();
    known.sort_unstable();
    // Only a near id: the page's ids include the theme's own (main, the search box).
    let hint = match crate::diagnostics::nearest(&anchor, known) {
        Some(close) => t!("did-you-mean", name = close),
        None => t!("site-anchor-hint"),
    };
    Some((t!("site-anchor-broken", url = url, anchor = &anchor), hint))
}

/// `relative` from the folder of page `base` (`/articles/x/` + `../y/` → `/articles/y/`).
fn join(base: &str, relative: &str) -> String {
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    let trailing = relative.ends_with('/');
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    let joined = format!("/{}", parts.join("/"));
    if trailing && joined != "/" {
        format!("{joined}/")
    } else {
        joined
    }
}

/// Tags of the vocabulary that no item has, on their config.toml lines.
fn tag_problems(state: &SiteState) -> Vec<Diagnostic> {
    let library = &state.library;
    let config_text =
        std::fs::read_to_string(state.options.site_dir.join(CONFIG_FILE)).unwrap_or_default();
    let unused = state
        .config
        .tags
        .iter()
        .filter(|tag| {
            library
                .by_tag
                .get(&tag.key)
                .is_none_or(|ids| ids.is_empty())
        })
        .map(|tag| {
            let line = config_text
                .find(&format!("[tags.{}]", tag.key))
                .map(|at| crate::diagnostics::line_of(&config_text, at));
            Diagnostic::warning(
                CONFIG_FILE,
                line,
                t!("tag-unused", key = &tag.key, name = &tag.name),
            )
            .with_hint(t!("tag-unused-hint"))
        });
    unused.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_join_the_page_folder() {
        assert_eq!(join("/articles/x/", "photo.jpg"), "/articles/x/photo.jpg");
        assert_eq!(join("/articles/x/", "../y/"), "/articles/y/");
        assert_eq!(join("/articles/x/", "../../x.md"), "/x.md");
        assert_eq!(join("/about/", "../"), "/");
    }
}
