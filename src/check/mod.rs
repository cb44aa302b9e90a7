//! What a reader would meet in the rendered site, checked against the output itself. `kb build`
//! and the preview run the reader's checks on every build ([`reader_problems`]): links and
//! media that lead nowhere (errors), images without alt text, skipped heading levels, links
//! that say only "כאן", links to the preview's own address and the starter's placeholders
//! (warnings). `kb check` adds, writing nothing, what an editor should improve: videos that do
//! not say whether they have captions, tags nobody uses, summaries too long for a link
//! preview, heavy images; with `--external`, links to other sites too.

mod body;
pub mod external;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::config::CONFIG_FILE;
use crate::content::front_matter;
use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::Text;
use crate::output::OutputFile;
use crate::site::{BuildError, BuildOptions, Discard, Sink, SiteState, Summary};
use crate::t;
use crate::walk::Scope;
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

/// Every problem found, and how many content files were read.
#[derive(Debug, Default)]
pub struct Report {
    /// Errors and warnings, sorted by file and line.
    pub problems: Diagnostics,
    /// The Markdown files under content/ that were read.
    pub files: usize,
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
/// What `kb init`'s starter config says until the author fills it in (`--cms`: the repository).
const PLACEHOLDERS: [&str; 4] = [
    "(למלא)",
    "03-0000000",
    "accessibility@example.org",
    "my-org/my-site",
];
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
    let state = match load(&build) {
        Ok(state) => state,
        Err(problems) => {
            return Ok(Report {
                problems,
                files: crate::content::load::count_markdown(&options.site_dir),
            });
        }
    };
    let mut discard = Discard;
    let mut recorder = Recorder::new(&state, &mut discard);
    let summary = match state.render(&mut recorder) {
        Ok(summary) => summary,
        Err(BuildError::Content(problems)) => {
            return Ok(Report {
                problems,
                files: state.files.len(),
            });
        }
        Err(BuildError::Output(err)) => return Err(err),
    };
    let site = recorder.output;
    let mut problems = Diagnostics(summary.warnings);
    let mut external = Vec::new();
    let scope = state.config.scope(&state.options.site_dir);
    for source in sources(&state) {
        let text = match read(&state, &scope, &source.path) {
            Ok(text) => text,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let Ok(split) = front_matter::split(&source.path, &text) else {
            continue;
        };
        let scan = body::scan(split.body, split.body_line);
        problems.extend(reader_source(&site, &source, &scan, &mut external));
        problems.extend(editorial_source(&site, &source, &split, &scan));
    }
    problems.extend(reader_config(&state));
    problems.extend(tag_problems(&state));
    if options.external {
        problems.extend(external::check(external, &external::Settings::default()));
    }
    Ok(Report {
        problems: problems.finish(),
        files: state.files.len(),
    })
}

/// Loads the site; when some content files fail to parse, the report has, beside their
/// problems, what the others would show a reader: their templates' problems and the links and
/// media that lead nowhere (but not to the pages of the files that failed).
pub fn load(options: &BuildOptions) -> Result<SiteState, Diagnostics> {
    let failure = match SiteState::load(options) {
        Ok(state) => return Ok(state),
        Err(failure) => failure,
    };
    let mut problems = failure.problems;
    if let Some(rest) = failure.rest {
        let mut discard = Discard;
        let mut recorder = Recorder::new(&rest, &mut discard);
        match rest.render(&mut recorder) {
            Ok(_) => {
                let mut output = recorder.output;
                output.unknown = failure
                    .failed
                    .iter()
                    .filter_map(|key| page_of(key))
                    .collect();
                problems.extend(reader_problems(&rest, &output).0);
            }
            Err(BuildError::Content(found)) => problems.extend(found.0),
            Err(BuildError::Output(_)) => {}
        }
    }
    Err(problems.finish())
}

/// The address of the page an `@/` key would have had (`articles/x.md` → `/articles/x/`);
/// `None` for a listing's `_index.md`, which has its page whatever its file holds.
fn page_of(key: &str) -> Option<String> {
    let stem = key
        .strip_suffix("/index.md")
        .or_else(|| key.strip_suffix(".md"))?;
    (!stem.ends_with("_index")).then(|| format!("/{stem}/"))
}

/// What a reader would meet on the rendered site `output` of `state`: links and media that
/// lead nowhere are errors; missing alt text, skipped headings, vague link texts, links to
/// the preview and the starter's placeholders are warnings. `kb build` and the preview run
/// these on every build; links to other sites are not fetched.
pub fn reader_problems(state: &SiteState, output: &Output) -> Diagnostics {
    let scope = state.config.scope(&state.options.site_dir);
    let per_source: Vec<Vec<Diagnostic>> = sources(state)
        .par_iter()
        .map(|source| {
            let text = match read(state, &scope, &source.path) {
                Ok(text) => text,
                Err(problem) => return vec![problem],
            };
            let Ok(split) = front_matter::split(&source.path, &text) else {
                return Vec::new();
            };
            let scan = body::scan(split.body, split.body_line);
            reader_source(output, source, &scan, &mut Vec::new())
        })
        .collect();
    let mut problems = Diagnostics::default();
    problems.extend(per_source.into_iter().flatten());
    problems.extend(reader_config(state));
    problems.finish()
}

/// Loads and renders the site into `sink` as [`crate::multilingual::build_into`] does, then checks
/// what readers would meet: an error fails the build (the caller then leaves the output as it
/// was), warnings join the summary's.
pub fn build_into(options: &BuildOptions, sink: &mut dyn Sink) -> Result<Summary, BuildError> {
    let mut state = load(options)?;
    let others = crate::multilingual::load_others(&mut state)?;
    let mut recorder = Recorder::new(&state, sink);
    let mut summary = state.render(&mut recorder)?;
    for other in &others {
        let more = other.render(&mut crate::multilingual::Folder::of(
            &other.config,
            &mut recorder,
        ))?;
        summary.add(more);
    }
    let found = reader_problems(&state, &recorder.output);
    let failed = found.errors() > 0;
    summary.warnings.extend(found.0);
    if failed {
        // One report: the warnings beside the errors that stop the build.
        return Err(BuildError::Content(Diagnostics(summary.warnings).finish()));
    }
    summary.warnings.sort();
    Ok(summary)
}

/// A sink that passes every file on and notes, on the way, what the checks need of it.
pub struct Recorder<'a> {
    inner: &'a mut dyn Sink,
    /// What the files passed on so far hold.
    pub output: Output,
}

impl<'a> Recorder<'a> {
    /// Records the files of `state`'s build on their way to `inner`.
    pub fn new(state: &SiteState, inner: &'a mut dyn Sink) -> Recorder<'a> {
        Recorder {
            inner,
            output: Output::new(state.config.base_path()),
        }
    }
}

impl Sink for Recorder<'_> {
    fn accept(&mut self, files: Vec<OutputFile>) -> anyhow::Result<()> {
        self.output.record(
            files
                .iter()
                .map(|file| (file.path.as_str(), file.bytes.as_slice())),
        );
        self.inner.accept(files)
    }
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

/// A source file of the site (`relative` to its folder), read again as the build read it: only
/// a regular file inside the site's scope (a FIFO swapped in since is refused, not waited on).
/// The source `relative` of `state`'s site, read inside `scope` (the site's, worked out once
/// per check: it resolves real paths).
fn read(state: &SiteState, scope: &Scope, relative: &Path) -> Result<String, Diagnostic> {
    let site_dir = &state.options.site_dir;
    let bytes = crate::walk::read(&site_dir.join(relative), relative, scope)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The output files by path with their sizes, and the ids of each page, for resolving links.
#[derive(Debug, Default)]
pub struct Output {
    files: HashMap<String, usize>,
    ids: HashMap<String, HashSet<String>>,
    base_path: String,
    /// Addresses (`/articles/x/`) of pages whose files failed to parse: what is under them
    /// is not known, so not reported missing.
    unknown: Vec<String>,
}

impl Output {
    /// Nothing yet, for a site served under `base_path`.
    pub fn new(base_path: &str) -> Output {
        Output {
            base_path: base_path.to_string(),
            ..Output::default()
        }
    }

    /// Notes the size of each file, and the ids of each page.
    pub fn record<'b>(&mut self, files: impl Iterator<Item = (&'b str, &'b [u8])>) {
        let files: Vec<(&str, &[u8])> = files.collect();
        let ids: Vec<(String, HashSet<String>)> = files
            .par_iter()
            .filter(|(path, _)| path.ends_with(".html"))
            .map(|(path, bytes)| {
                // kb's pages are UTF-8: checked fast, read lossily only if one is not.
                let ids = match simdutf8::basic::from_utf8(bytes) {
                    Ok(html) => ids_of(html),
                    Err(_) => ids_of(&String::from_utf8_lossy(bytes)),
                };
                (path.to_string(), ids)
            })
            .collect();
        self.ids.extend(ids);
        self.files.extend(
            files
                .iter()
                .map(|(path, bytes)| (path.to_string(), bytes.len())),
        );
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
    if !text.contains('&') {
        return text.to_string();
    }
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

/// What a reader meets in one content file, scanned as `scan`: its links to other sites go
/// to `external` (for `kb check --external`).
fn reader_source(
    site: &Output,
    source: &Source,
    scan: &body::Scan,
    external: &mut Vec<(String, Diagnostic)>,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let at = |reference: &Reference, message: Text| {
        Diagnostic::new(&source.path, Some(reference.line), message).at_col(reference.col)
    };
    let warn = |reference: &Reference, message: Text| {
        Diagnostic::warning(&source.path, Some(reference.line), message).at_col(reference.col)
    };
    for reference in &scan.references {
        let url = reference.url.as_str();
        if let Some(path) = preview_path(url) {
            found.push(
                warn(reference, t!("link-to-preview", url = url))
                    .with_hint(t!("link-to-preview-hint", path = path)),
            );
        }
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
                warn(reference, t!("image-no-alt", url = url)).with_hint(t!("image-no-alt-hint")),
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
    }
    found.extend(heading_problems(&source.path, &scan.headings));
    found
}

/// Headings that skip a level (a level 4 right after a level 2), each with the level it
/// should have.
fn heading_problems(path: &Path, headings: &[(u8, usize, usize)]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut level = 1;
    for &(next, line, col) in headings {
        if next > level + 1 {
            let fixed = usize::from(level + 1);
            found.push(
                Diagnostic::warning(
                    path,
                    Some(line),
                    t!(
                        "heading-skip",
                        level = usize::from(next),
                        previous = usize::from(level)
                    ),
                )
                .at_col(col)
                .with_hint(t!(
                    "heading-skip-hint",
                    level = fixed,
                    hashes = "#".repeat(fixed)
                )),
            );
        }
        level = next;
    }
    found
}

/// The path of a link to the preview's own address (`http://127.0.0.1:1111/articles/x/`),
/// copied from the browser: it leads nowhere once the site is published.
fn preview_path(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))?;
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let host = host.rsplit_once(':').map_or(host, |(host, port)| {
        if port.bytes().all(|b| b.is_ascii_digit()) {
            host
        } else {
            ""
        }
    });
    let local = matches!(host, "localhost" | "127.0.0.1" | "[::1]" | "0.0.0.0");
    local.then_some(if path.is_empty() { "/" } else { path })
}

/// The starter's placeholders (`kb init`) still in config.toml: published, they would tell
/// readers the organisation is "שם הארגון (למלא)".
fn reader_config(state: &SiteState) -> Vec<Diagnostic> {
    let scope = state.config.scope(&state.options.site_dir);
    let text = read(state, &scope, Path::new(CONFIG_FILE)).unwrap_or_default();
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with('#'))
        .filter_map(|(index, line)| {
            let (key, value) = line.split_once('=')?;
            let value = value.trim().trim_matches(['"', '\'']);
            // A base_url given on the command line (a Pages build) replaces the file's.
            let base_url = key.trim() == "base_url" && state.options.base_url.is_none();
            let placeholder = PLACEHOLDERS.iter().any(|p| value.contains(p))
                || (base_url && value.trim_end_matches('/').ends_with("://example.org"));
            placeholder.then(|| {
                Diagnostic::warning(
                    CONFIG_FILE,
                    Some(index + 1),
                    t!("placeholder", key = key.trim(), value = value),
                )
                .with_hint(t!("placeholder-hint", key = key.trim()))
            })
        })
        .collect()
}

/// What an editor should improve in one content file: heavy images, videos that do not say
/// whether they have captions, items without tags, summaries too long for a link preview.
fn editorial_source(
    site: &Output,
    source: &Source,
    split: &front_matter::Split<'_>,
    scan: &body::Scan,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for reference in &scan.references {
        if reference.kind == Kind::Image
            && let Some(size) = site.size_of(source, &reference.url)
            && size > IMAGE_MAX_BYTES
        {
            let megabytes = format!("{:.1}", size as f64 / (1024.0 * 1024.0));
            found.push(
                Diagnostic::warning(
                    &source.path,
                    Some(reference.line),
                    t!("image-heavy", size = megabytes),
                )
                .at_col(reference.col)
                .with_hint(t!("image-heavy-hint")),
            );
        }
    }
    let key_line = |key: &str| front_matter::key_line(split, key).or(Some(split.toml_line));
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
        found.extend(summary_problem(source, split));
    }
    found
}

/// A summary longer than link previews show.
fn summary_problem(source: &Source, split: &front_matter::Split<'_>) -> Option<Diagnostic> {
    let summary = toml::from_str::<toml::Table>(split.toml)
        .ok()?
        .get("summary")?
        .as_str()?
        .to_string();
    let chars = summary.chars().count();
    (chars > SUMMARY_PREVIEW_CHARS).then(|| {
        let line = front_matter::key_line(split, "summary").or(Some(split.toml_line));
        Diagnostic::warning(&source.path, line, t!("summary-long", count = chars))
            .with_hint(t!("summary-long-hint", limit = SUMMARY_PREVIEW_CHARS))
    })
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
    let site_path = path.strip_prefix(&site.base_path).unwrap_or(&path);
    if site
        .unknown
        .iter()
        .any(|page| site_path.starts_with(page.as_str()))
    {
        return None;
    }
    let Some(file) = site.file_of(&path) else {
        let hint = if path.ends_with(".md") {
            t!("link-to-markdown-hint")
        } else if reference.kind == Kind::Link && Path::new(&path).extension().is_none() {
            t!("site-link-hint")
        } else if url.starts_with('/') {
            t!("media-missing-static-hint", url = url)
        } else {
            let name = url.rsplit('/').next().unwrap_or(url);
            t!("media-missing-hint", name = name)
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
    let hint = match crate::spelling::nearest(&anchor, known) {
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
    let scope = state.config.scope(&state.options.site_dir);
    let config_text = read(state, &scope, Path::new(CONFIG_FILE)).unwrap_or_default();
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
