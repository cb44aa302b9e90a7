//! Orchestration of a build: load → parse → index → render → a sink (disk or memory). Everything
//! before the sink is pure, so `kb build` and `kb serve` share it.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::{Config, MenuLink, Overrides};
use crate::content::library::Target;
use crate::content::{self, Content, Library};
use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::feeds;
use crate::i18n::Text;
use crate::incremental::{Earlier, Reusable};
use crate::markdown::{self, InternalLink, LinkResolver, Rendered};
use crate::output::OutputFile;
pub use crate::output::Sink;
use crate::redirects;
use crate::render::{Bodies, Card, Intros, Job, Renderer};
use crate::search::live::LiveIndex;
use crate::search::{self, SearchDoc};
use crate::t;
use crate::templates::ThemeFiles;
use crate::translations::Translations;
use crate::walk::{read, relative_name, walk};
use std::sync::Arc;
use tera::Tera;

/// What to build and how.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site folder: the one holding config.toml.
    pub site_dir: PathBuf,
    /// Include items marked `draft = true`.
    pub drafts: bool,
    /// Replaces `base_url` from config.toml (e.g. for a preview deployment).
    pub base_url: Option<String>,
    /// Print how long each stage took, to stderr.
    pub timings: bool,
    /// Take `updated` from git where front matter has none (`--git-dates`); `None` leaves it to
    /// config.toml's `git_dates`.
    pub git_dates: Option<bool>,
}

/// Stage times for `--timings`: where a build spends its time, for users and for profiling.
struct Stopwatch {
    enabled: bool,
    last: std::time::Instant,
}

impl Stopwatch {
    fn new(enabled: bool) -> Stopwatch {
        Stopwatch {
            enabled,
            last: std::time::Instant::now(),
        }
    }

    fn lap(&mut self, stage: &str) {
        if self.enabled {
            eprintln!(
                "  {stage:<24} {:>8.1} ms",
                self.last.elapsed().as_secs_f64() * 1000.0
            );
        }
        self.last = std::time::Instant::now();
    }
}

/// What a build produced, for the summary line.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// (type key, its plural name, item count) in config order: English shows the key,
    /// Hebrew the name.
    pub counts: Vec<(String, String, usize)>,
    /// Pages outside the types (`content/about.md`).
    pub standalone: usize,
    /// HTML pages rendered.
    pub pages: usize,
    /// Files written, pages included.
    pub files: usize,
    /// What the site should have and lacks; it built all the same.
    pub warnings: Vec<Diagnostic>,
}

impl Summary {
    /// Adds what another language's build produced: its pages and files (its items are
    /// translations of the ones counted).
    pub fn add(&mut self, other: Summary) {
        self.pages += other.pages;
        self.files += other.files;
        self.warnings.extend(other.warnings);
    }

    /// "articles: 7, tools: 1, 2 pages" ("מאמרים: 7, כלים: 1, 2 עמודים"): a type's name
    /// before its count, since its gender (כלי אחד, כתבה אחת) is not known.
    pub fn describe(&self) -> Vec<Text> {
        let mut parts: Vec<Text> = self
            .counts
            .iter()
            .map(|(key, plural, count)| {
                t!("summary-type", key = key, plural = plural, count = *count)
            })
            .collect();
        if self.standalone > 0 {
            parts.push(t!("count-standalone", count = self.standalone));
        }
        parts
    }
}

/// A sink that keeps nothing: for a check, which writes no file.
pub struct Discard;

impl Sink for Discard {
    fn accept(&mut self, _: Vec<OutputFile>) -> anyhow::Result<()> {
        Ok(())
    }
}

/// Why a build failed.
#[derive(Debug)]
pub enum BuildError {
    /// Problems in the site's input: reported, nothing written.
    Content(Diagnostics),
    /// The sink could not take the files (I/O).
    Output(anyhow::Error),
}

impl From<Diagnostics> for BuildError {
    fn from(problems: Diagnostics) -> Self {
        BuildError::Content(problems)
    }
}

/// Why a site did not load: every problem found, and, when only some content files failed to
/// parse, the state of the others, to look further into (what their pages would show), with
/// the `@/` keys of the files that failed.
pub struct LoadFailure {
    /// The problems found so far, sorted.
    pub problems: Diagnostics,
    /// The site without the files that failed, when the rest assembled.
    pub rest: Option<Box<SiteState>>,
    /// The `@/` keys (`articles/x.md`) of the files that failed.
    pub failed: HashSet<String>,
}

impl From<Diagnostics> for LoadFailure {
    fn from(problems: Diagnostics) -> Self {
        LoadFailure {
            problems,
            rest: None,
            failed: HashSet::new(),
        }
    }
}

impl From<LoadFailure> for Diagnostics {
    fn from(failure: LoadFailure) -> Self {
        failure.problems
    }
}

impl From<LoadFailure> for BuildError {
    fn from(failure: LoadFailure) -> Self {
        BuildError::Content(failure.problems)
    }
}

/// Pages rendered per batch: enough to keep both cores busy, few enough to bound memory.
const BATCH: usize = 256;

struct Links<'a> {
    library: &'a Library,
    base_path: &'a str,
}

impl LinkResolver for Links<'_> {
    fn url_of(&self, target: &str) -> Option<&str> {
        self.library.url_of(target)
    }

    fn base_path(&self) -> &str {
        self.base_path
    }
}

/// A site loaded, validated and with its Markdown rendered: everything but the pages.
pub struct SiteState {
    /// What it was loaded with.
    pub options: BuildOptions,
    /// The validated config, with the command line's overrides applied.
    pub config: Config,
    /// The theme's and the site's template and static files.
    pub theme: Arc<ThemeFiles>,
    /// The templates, parsed once.
    pub tera: Arc<Tera>,
    /// The pages and the indexes over them.
    pub library: Library,
    /// Rendered Markdown per page id.
    pub bodies: Vec<Arc<Rendered>>,
    /// Card per page id.
    pub cards: Vec<Arc<Card>>,
    /// Rendered Markdown of each page outside the types, in `library.standalone` order.
    pub standalone_bodies: Vec<Arc<Rendered>>,
    /// Rendered intro of the home page and of each type listing.
    pub intros: Intros,
    /// What the site lacks but builds without.
    pub warnings: Vec<Diagnostic>,
    /// The files in bundles besides their `index.md`, read when the state is assembled.
    bundle_assets: Vec<Copy>,
    /// The Markdown files under `content/`.
    pub(crate) files: Arc<content::load::ContentFiles>,
    /// The pages of the site's other languages, when it has some.
    pub translations: Arc<Translations>,
}

impl SiteState {
    /// Loads config, theme and content, renders the Markdown and checks links; every content
    /// and template problem is reported at once.
    pub fn load(options: &BuildOptions) -> Result<SiteState, LoadFailure> {
        let site_dir = options.site_dir.as_path();
        let mut clock = Stopwatch::new(options.timings);
        let overrides = Overrides {
            base_url: options.base_url.clone(),
        };
        let config = Config::load(site_dir, &overrides)?;
        let scope = config.scope(site_dir);
        let (theme, content) = rayon::join(
            || {
                ThemeFiles::load(site_dir, config.theme.as_deref(), &scope)
                    .and_then(|theme| theme.compile().map(|tera| (theme, tera)))
            },
            || content::load::load_partial(site_dir, &config, options.drafts),
        );
        let ((theme, tera), mut partial) = match (theme, content) {
            (Ok(theme), Ok(partial)) => (theme, partial),
            (theme, content) => {
                let mut problems = Diagnostics::default();
                problems.extend(theme.err().into_iter().flat_map(|d| d.0));
                problems.extend(match content {
                    Ok(partial) => partial.problems.0,
                    Err(found) => found.0,
                });
                return Err(problems.finish().into());
            }
        };
        clock.lap("load content and theme");
        let git = options
            .git_dates
            .unwrap_or(config.git_dates)
            .then(|| crate::git_dates::read(site_dir));
        if let Some(git) = &git {
            partial.content.apply_git_dates(&git.dates);
            clock.lap("dates from git");
        }
        let parts = Parts {
            options,
            config,
            theme: Arc::new(theme),
            tera: Arc::new(tera),
        };
        if !partial.problems.is_empty() {
            return Err(parts.assemble_the_rest(partial));
        }
        let mut state = parts.assemble(partial.content, None)?;
        state
            .warnings
            .extend(git.into_iter().flat_map(|git| git.warnings));
        clock.lap("markdown and links");
        Ok(state)
    }

    /// The state of another language of the site (`config` from [`Config::for_language`]): its
    /// translations, with this state's theme and templates.
    pub fn for_language(&self, config: Config) -> Result<SiteState, Diagnostics> {
        let options = &self.options;
        let mut content = content::load::load(&options.site_dir, &config, options.drafts)?;
        if options.git_dates.unwrap_or(config.git_dates) {
            content.apply_git_dates(&crate::git_dates::read(&options.site_dir).dates);
        }
        let parts = Parts {
            options,
            config,
            theme: Arc::clone(&self.theme),
            tera: Arc::clone(&self.tera),
        };
        parts.assemble(content, None)
    }

    /// Whether this state builds a language other than the site's default one: its pages go in
    /// the language's folder, beside the files the default language's build writes once.
    pub fn is_translation(&self) -> bool {
        self.config.language != self.config.default_language
    }

    /// Renders every page and file of the site into `sink`, in batches.
    pub fn render(&self, sink: &mut dyn Sink) -> Result<Summary, BuildError> {
        self.render_with_search(sink, &mut || self.search_files())
    }

    /// Renders like [`SiteState::render`], with the search index files `search` makes.
    pub fn render_with_search(
        &self,
        sink: &mut dyn Sink,
        search: &mut dyn FnMut() -> Vec<OutputFile>,
    ) -> Result<Summary, BuildError> {
        let mut clock = Stopwatch::new(self.options.timings);
        let renderer = self.renderer();
        let jobs = renderer.jobs();
        let mut extras = self.feeds(&renderer, &jobs);
        // Generated files no static file may replace; the redirect pages are checked against
        // the pages and copies on their own (in `copies`).
        let redirect_pages: HashSet<&str> = redirects::all(&self.library)
            .iter()
            .map(|redirect| redirect.alias.file.as_str())
            .collect();
        let page_paths: HashSet<String> = jobs
            .iter()
            .map(|&job| renderer.file_path(job))
            .chain(
                extras
                    .iter()
                    .filter(|file| !redirect_pages.contains(file.path.as_str()))
                    .map(|file| file.path.clone()),
            )
            .collect();
        drop(redirect_pages);
        let copies = self.copies(&|path| page_paths.contains(path))?;
        clock.lap("index and feeds");
        extras.extend(search());
        clock.lap("search index");
        let paths: HashSet<&str> = page_paths
            .iter()
            .map(String::as_str)
            .chain(extras.iter().map(|file| file.path.as_str()))
            .chain(copies.iter().map(|copy| copy.file.path.as_str()))
            .collect();
        Diagnostics(folder_problems(&copies, &paths)).into_result()?;
        drop(paths);
        let copied: Vec<OutputFile> = copies.into_iter().map(|copy| copy.file).collect();
        let files = jobs.len() + extras.len() + copied.len();
        let mut sinking = std::time::Duration::ZERO;
        for batch in jobs.chunks(BATCH) {
            let pages = render_jobs(&renderer, batch)?;
            let started = std::time::Instant::now();
            sink.accept(pages).map_err(BuildError::Output)?;
            sinking += started.elapsed();
        }
        sink.accept(extras).map_err(BuildError::Output)?;
        sink.accept(copied).map_err(BuildError::Output)?;
        clock.lap(&format!("pages ({} ms output)", sinking.as_millis()));
        Ok(Summary {
            counts: self.counts(),
            standalone: self.library.standalone.len(),
            pages: jobs.len(),
            files,
            warnings: self.warnings.clone(),
        })
    }

    /// A renderer over this state, for rendering or fingerprinting pages.
    pub fn renderer(&self) -> Renderer<'_> {
        Renderer::new(
            &self.config,
            &self.library,
            Bodies {
                items: &self.bodies,
                cards: &self.cards,
                standalone: &self.standalone_bodies,
                intros: &self.intros,
            },
            &self.tera,
            &self.theme,
            &self.translations,
        )
    }

    /// Sitemap, the feeds (the site's, each type's, each tag's), robots.txt, `_headers`, and
    /// the redirects from aliases.
    pub fn feeds(&self, renderer: &Renderer<'_>, jobs: &[Job]) -> Vec<OutputFile> {
        let (config, library) = (&self.config, &self.library);
        let site_file = |path| {
            self.theme
                .statics
                .get(path)
                .map(|(_, bytes)| bytes.as_slice())
        };
        let sitemap = feeds::sitemap(
            config,
            library,
            &listing_paths(renderer, jobs),
            &self.translations,
        );
        let mut files = vec![sitemap];
        let redirects = redirects::files(config, library, site_file(redirects::REDIRECTS));
        if self.is_translation() {
            // The host reads robots.txt, `_headers` and `_redirects` at the site's root only.
            let pages = redirects
                .into_iter()
                .filter(|f| f.path != redirects::REDIRECTS);
            files.extend(pages);
        } else {
            files.push(feeds::robots(config));
            files.push(feeds::headers(
                site_file(feeds::HEADERS),
                config.cms.as_ref().map(crate::admin::headers_rule),
            ));
            files.extend(redirects);
            // One editor for the whole site, at its root.
            files.extend(crate::admin::files(config, library));
        }
        let all: Vec<usize> = (0..library.pages.len()).collect();
        let site = feeds::Feed {
            path: "/".to_string(),
            title: config.title.clone(),
            subtitle: &config.description,
            ids: &all,
        };
        let types = config.types.iter().map(|t| feeds::Feed {
            path: crate::render::type_url(&t.key),
            title: format!("{} · {}", t.plural, config.title),
            subtitle: "",
            ids: library.of_type(&t.key),
        });
        let tags = config.tags.iter().map(|t| feeds::Feed {
            path: crate::render::tag_url(&t.key),
            title: format!("{} · {}", t.name, config.title),
            subtitle: &t.description,
            ids: library.with_tag(&t.key),
        });
        let all_feeds: Vec<feeds::Feed<'_>> =
            std::iter::once(site).chain(types).chain(tags).collect();
        files.extend(
            all_feeds
                .par_iter()
                .map(|feed| feeds::atom(config, library, &self.bodies, feed))
                .collect::<Vec<_>>(),
        );
        files
    }

    /// The search index files.
    pub fn search_files(&self) -> Vec<OutputFile> {
        with_search_docs(self, search::build_index)
    }

    /// The whole search index, kept for `kb serve` to update by parts, and its files.
    pub fn live_search(&self) -> (LiveIndex, Vec<OutputFile>) {
        with_search_docs(self, LiveIndex::new)
    }

    /// Brings `live` up to this state; the files that changed, or `None` when only a whole
    /// index will do.
    pub fn update_search(&self, live: &mut LiveIndex) -> Option<Vec<OutputFile>> {
        with_search_docs(self, |docs| live.update(docs))
    }

    /// Static files and bundle assets; one that would replace a generated page (an output path
    /// for which `is_page` holds) or another generated file, or that lands where another copy
    /// does, is a problem.
    pub fn copied_files(
        &self,
        is_page: &dyn Fn(&str) -> bool,
    ) -> Result<Vec<OutputFile>, Diagnostics> {
        Ok(self
            .copies(is_page)?
            .into_iter()
            .map(|copy| copy.file)
            .collect())
    }

    fn copies(&self, is_page: &dyn Fn(&str) -> bool) -> Result<Vec<Copy>, Diagnostics> {
        let statics = self
            .theme
            .statics
            .iter()
            // The site's own `_headers` and `_redirects` go into the ones kb writes; the theme's
            // and the site's files are copied once, by the default language's build.
            .filter(|(path, _)| *path != feeds::HEADERS && *path != redirects::REDIRECTS)
            .filter(|_| !self.is_translation())
            .map(|(path, (source, bytes))| Copy {
                source: source.clone(),
                file: OutputFile {
                    path: path.clone(),
                    bytes: bytes.clone(),
                },
            });
        let copies: Vec<Copy> = statics.chain(self.bundle_assets.iter().cloned()).collect();
        let mut problems = Diagnostics::default();
        let mut first: HashMap<&str, &Path> = HashMap::new();
        for redirect in redirects::all(&self.library) {
            let alias = redirect.alias;
            if is_page(&alias.file) || reserved(&alias.file).is_some() {
                problems.push(
                    Diagnostic::new(
                        redirect.source,
                        alias.line,
                        t!("alias-generated", alias = &alias.path),
                    )
                    .with_hint(t!("alias-taken-hint")),
                );
            }
            first.insert(&alias.file, redirect.source);
        }
        for copy in &copies {
            let path = copy.file.path.as_str();
            if let Err(bad) = crate::output::check_path(path) {
                problems.push(
                    Diagnostic::new(&copy.source, None, bad.message()).with_hint(t!("path-hint")),
                );
                continue;
            }
            if !self.config.security.trust_html
                && let Some(problem) = script_in_markup(copy)
            {
                problems.push(problem);
                continue;
            }
            let clash = if is_page(path) {
                Some(t!("copy-replaces-page", path = path))
            } else {
                reserved(path)
            };
            if let Some(clash) = clash {
                problems.push(Diagnostic::new(&copy.source, None, clash).with_hint(t!(
                    "copy-clash-hint",
                    source = &copy.source,
                    path = path
                )));
            } else if let Some(other) = first.insert(path, &copy.source) {
                problems.push(
                    Diagnostic::new(
                        &copy.source,
                        None,
                        t!("copy-twice", other = other.to_path_buf(), path = path),
                    )
                    .with_hint(t!("copy-twice-hint")),
                );
            }
        }
        problems.into_result()?;
        Ok(copies)
    }

    fn counts(&self) -> Vec<(String, String, usize)> {
        self.config
            .types
            .iter()
            .map(|t| {
                (
                    t.key.clone(),
                    t.plural.clone(),
                    self.library.of_type(&t.key).len(),
                )
            })
            .collect()
    }
}

/// A file copied as it is (a static file or a bundle asset), with the path messages show.
#[derive(Clone)]
pub(crate) struct Copy {
    source: PathBuf,
    file: OutputFile,
}

/// The folder of the search index: every file under it is kb's.
const SEARCH_DIR: &str = "search/";

/// Why only kb may write `path` (besides pages), as a message; `None` when anyone may.
fn reserved(path: &str) -> Option<Text> {
    Some(match path {
        _ if feeds::FILES.contains(&path) || path == redirects::REDIRECTS => {
            t!("copy-replaces", path = path)
        }
        crate::output::MARKER => t!("copy-replaces-marker", path = path),
        _ if path.starts_with(SEARCH_DIR) => t!("copy-replaces-search", path = path),
        _ if path.split('/').next() == Some(".git") => t!("copy-into-git"),
        _ => return None,
    })
}

/// A problem when `copy` is an HTML or SVG file that would run script when opened (the pages'
/// policy does not reach a file opened by itself on a host without `_headers`).
fn script_in_markup(copy: &Copy) -> Option<Diagnostic> {
    let path = copy.file.path.to_ascii_lowercase();
    let markup = [".html", ".htm", ".xhtml", ".svg", ".xml"];
    if !markup.iter().any(|ext| path.ends_with(ext)) {
        return None;
    }
    let text = String::from_utf8_lossy(&copy.file.bytes);
    let offset = crate::sanitise::runs_script(&text)?;
    let line = crate::diagnostics::line_of(&text, offset);
    Some(
        Diagnostic::new(&copy.source, Some(line), t!("markup-runs-script"))
            .with_hint(t!("markup-runs-script-hint")),
    )
}

/// Copies that sit where the build writes a folder (a file `articles` beside the pages under
/// `articles/`) or inside what the build writes as a file.
fn folder_problems(copies: &[Copy], paths: &HashSet<&str>) -> Vec<Diagnostic> {
    let mut folders: HashMap<&str, &str> = HashMap::new();
    for path in paths {
        for (at, _) in path.match_indices('/') {
            // The smallest path as the example, so the message is the same on every build.
            let example = folders.entry(&path[..at]).or_insert(path);
            *example = (*example).min(*path);
        }
    }
    copies
        .iter()
        .filter_map(|copy| {
            let path = copy.file.path.as_str();
            let message = match folders.get(path) {
                Some(inside) => t!("copy-is-folder", inside = *inside),
                None => {
                    let (at, _) = path
                        .match_indices('/')
                        .find(|(at, _)| paths.contains(&path[..*at]))?;
                    t!("copy-inside-file", file = &path[..at])
                }
            };
            let hint = t!("copy-move-hint", source = &copy.source);
            Some(Diagnostic::new(&copy.source, None, message).with_hint(hint))
        })
        .collect()
}

/// The pieces a state is assembled from besides its content.
pub(crate) struct Parts<'a> {
    pub(crate) options: &'a BuildOptions,
    pub(crate) config: Config,
    pub(crate) theme: Arc<ThemeFiles>,
    pub(crate) tera: Arc<Tera>,
}

impl Parts<'_> {
    /// Content that did not all parse: the state of what did, or its `@/` link problems (but
    /// not those of links to a file that failed), beside the parse problems.
    fn assemble_the_rest(self, partial: content::load::Partial) -> LoadFailure {
        let mut problems = partial.problems;
        let failed = partial.failed;
        let rest = match self.assemble_with_links(partial.content, None) {
            Ok((state, links)) => {
                problems.extend(links.0.into_iter().filter(|problem| {
                    let links_to_failed =
                        matches!(problem.message.id(), "link-broken" | "anchor-broken")
                            && problem
                                .message
                                .arg("target")
                                .is_some_and(|t| failed.contains(t));
                    !links_to_failed
                }));
                Some(Box::new(state))
            }
            Err(found) => {
                problems.extend(found.0);
                None
            }
        };
        LoadFailure {
            problems: problems.finish(),
            rest,
            failed,
        }
    }

    /// What the site lacks but builds without: an accessibility statement, Markdown files it
    /// skips.
    fn warnings(&self, library: &Library, files: &content::load::ContentFiles) -> Vec<Diagnostic> {
        let mut warnings = self.config.warnings.clone();
        warnings.extend(files.hidden_warnings());
        if !crate::render::has_statement(&self.config, library) {
            warnings.push(
                Diagnostic::warning(crate::config::CONFIG_FILE, None, t!("no-statement"))
                    .with_hint(t!("no-statement-hint")),
            );
        }
        warnings
    }

    /// Indexes `content`, renders its Markdown (reusing the bodies of `previous` that neither
    /// changed nor link to a page whose URL changed) and checks every internal link.
    pub(crate) fn assemble(
        self,
        content: Content,
        previous: Option<(&SiteState, &HashSet<PathBuf>)>,
    ) -> Result<SiteState, Diagnostics> {
        let (state, link_problems) = self.assemble_with_links(content, previous)?;
        link_problems.into_result()?;
        Ok(state)
    }

    /// Like [`Parts::assemble`], with the problems of its `@/` links (and of embeds the pages
    /// would block) apart: the state is whole all the same.
    fn assemble_with_links(
        self,
        content: Content,
        previous: Option<(&SiteState, &HashSet<PathBuf>)>,
    ) -> Result<(SiteState, Diagnostics), Diagnostics> {
        let Content {
            pages,
            standalone,
            home,
            sections,
            files,
        } = content;
        let mut library = Library::new(
            &self.config,
            pages,
            standalone,
            previous.map(|(old, _)| &old.library),
        );
        let resolver = Links {
            library: &library,
            base_path: self.config.base_path(),
        };
        let reusable = previous.map(|(old, read)| {
            let earlier = Earlier {
                library: &old.library,
                bodies: &old.bodies,
                cards: &old.cards,
            };
            Reusable::new(earlier, &library, read)
        });
        let site_dir = self.options.site_dir.as_path();
        let config = &self.config;
        let scope = config.scope(site_dir);
        let raw_html = config.security.raw_html();
        type Body = (Arc<Rendered>, Arc<Card>);
        let rendered: Vec<Result<Body, Diagnostic>> = library
            .pages
            .par_iter()
            .enumerate()
            .map(|(id, page)| {
                if let Some(kept) = reusable.as_ref().and_then(|r| r.kept(id, page)) {
                    return Ok(kept);
                }
                let body = if page.body.is_empty() && reusable.is_some() {
                    let markdown = content::load::reread_body(site_dir, &scope, &page.source)?;
                    markdown::render(&markdown, page.body_line, &page.title, &resolver, raw_html)
                } else {
                    markdown::render(&page.body, page.body_line, &page.title, &resolver, raw_html)
                };
                let card = Card::new(config, page, &body);
                Ok((Arc::new(body), Arc::new(card)))
            })
            .collect();
        let mut problems = Diagnostics::default();
        let (bodies, cards): (Vec<Arc<Rendered>>, Vec<Arc<Card>>) = rendered
            .into_iter()
            .filter_map(|b| b.map_err(|d| problems.push(d)).ok())
            .unzip();
        problems.into_result()?;
        // Pages outside the types are few: rendered again on every update.
        let standalone_bodies: Vec<Arc<Rendered>> = library
            .standalone
            .par_iter()
            .map(|page| {
                let body =
                    markdown::render(&page.body, page.body_line, &page.title, &resolver, raw_html);
                Arc::new(body)
            })
            .collect();
        let mut intros = HashMap::new();
        let mut problems = Diagnostics::default();
        let link_problems = |source: &Path, links: &[InternalLink]| {
            link_problems(&library, &bodies, &standalone_bodies, source, links)
        };
        // Broken links and embeds the pages would block.
        let body_problems = |source: &Path, body: &Rendered| {
            let mut found = link_problems(source, &body.links);
            found.extend(body.blocked.iter().map(|(line, blocked)| {
                Diagnostic::new(source, Some(*line), blocked.message.clone())
                    .with_hint(blocked.hint.clone())
            }));
            found
        };
        // What sanitising took out: the page builds without it.
        let mut removed = Vec::new();
        let mut removals = |source: &Path, body: &Rendered| {
            removed.extend(body.removed.iter().map(|(line, taken)| {
                Diagnostic::warning(source, Some(*line), taken.message.clone())
                    .with_hint(taken.hint.clone())
            }));
        };
        let sections =
            std::iter::once((None, home)).chain(sections.into_iter().map(|(k, s)| (Some(k), s)));
        for (key, section) in sections {
            let title = section.title.as_deref().unwrap_or(&config.title);
            let body =
                markdown::render(&section.body, section.body_line, title, &resolver, raw_html);
            if let Some(source) = &section.source {
                problems.extend(body_problems(source, &body));
                removals(source, &body);
            }
            intros.insert(key, (section.title, section.extra, Arc::new(body)));
        }
        for (page, body) in library.pages.iter().zip(&bodies) {
            problems.extend(body_problems(&page.source, body));
            removals(&page.source, body);
        }
        for (page, body) in library.standalone.iter().zip(&standalone_bodies) {
            problems.extend(body_problems(&page.source, body));
            removals(&page.source, body);
        }
        problems.extend(link_problems(
            Path::new(crate::config::CONFIG_FILE),
            &menu_links(&self.config),
        ));
        // The Markdown is rendered; keeping the sources would double the memory of a build.
        // (Pages kept from a previous state are shared and have no body any more.)
        library
            .pages
            .iter_mut()
            .filter_map(Arc::get_mut)
            .for_each(|page| page.body = String::new());
        let mut warnings = self.warnings(&library, &files);
        warnings.extend(removed);
        let bundle_assets = bundle_assets(site_dir, config, &library)?;
        let state = SiteState {
            options: self.options.clone(),
            config: self.config,
            theme: self.theme,
            tera: self.tera,
            library,
            bodies,
            cards,
            standalone_bodies,
            intros,
            warnings,
            bundle_assets,
            files,
            translations: Arc::default(),
        };
        Ok((state, problems))
    }
}

/// Renders `jobs` in parallel; every template problem among them is reported.
pub fn render_jobs(renderer: &Renderer<'_>, jobs: &[Job]) -> Result<Vec<OutputFile>, Diagnostics> {
    let rendered: Vec<Result<OutputFile, Diagnostic>> =
        jobs.par_iter().map(|&job| renderer.render(job)).collect();
    let mut problems = Diagnostics::default();
    let files = rendered
        .into_iter()
        .filter_map(|r| r.map_err(|d| problems.push(d)).ok())
        .collect();
    problems.into_result()?;
    Ok(files)
}

/// Every listing page (not items, pages, search or 404), for the sitemap.
fn listing_paths(renderer: &Renderer<'_>, jobs: &[Job]) -> Vec<String> {
    jobs.iter()
        .filter(|job| {
            !matches!(
                job,
                Job::Item(_) | Job::Standalone(_) | Job::NotFound | Job::Search
            )
        })
        .map(|&job| renderer.path(job))
        .collect()
}

/// The `@/` links of the menus, on their config.toml lines.
fn menu_links(config: &Config) -> Vec<InternalLink> {
    let menus = &config.menus;
    menus
        .main
        .iter()
        .chain(&menus.footer)
        .filter_map(|item| match &item.link {
            MenuLink::Internal { target, anchor } => Some(InternalLink {
                target: target.clone(),
                anchor: anchor.clone(),
                line: item.line,
            }),
            MenuLink::Site(_) | MenuLink::External(_) => None,
        })
        .collect()
}

/// Broken `@/` links and anchors among `links`, found in `source`.
fn link_problems(
    library: &Library,
    bodies: &[Arc<Rendered>],
    standalone_bodies: &[Arc<Rendered>],
    source: &Path,
    links: &[InternalLink],
) -> Vec<Diagnostic> {
    links
        .iter()
        .filter_map(|link| {
            let Some(target) = library.target(&link.target) else {
                return Some(
                    Diagnostic::new(
                        source,
                        Some(link.line),
                        t!("link-broken", target = &link.target),
                    )
                    .with_hint(suggest_target(library, &link.target)),
                );
            };
            let anchor = link.anchor.as_deref()?;
            let target = match target {
                Target::Item(id) => &bodies[id],
                Target::Standalone(index) => &standalone_bodies[index],
            };
            if target.ids.contains(anchor) {
                return None;
            }
            let ids: HashSet<&str> = target.ids.iter().map(String::as_str).collect();
            let mut known: Vec<&str> = ids.into_iter().collect();
            known.sort_unstable();
            Some(
                Diagnostic::new(
                    source,
                    Some(link.line),
                    t!("anchor-broken", target = &link.target, anchor = anchor),
                )
                .with_hint(crate::diagnostics::suggest(anchor, known)),
            )
        })
        .collect()
}

fn suggest_target(library: &Library, target: &str) -> Text {
    let mut keys: Vec<&str> = library.link_keys().collect();
    keys.sort_unstable();
    match crate::spelling::nearest(target, keys.iter().copied()) {
        Some(close) => t!("link-did-you-mean", target = close),
        None => t!("link-hint"),
    }
}

/// The type name search results show for a page outside the types (which has no type key).
const STANDALONE_TYPE_NAME: &str = "עמוד";

/// Calls `f` with what the search index reads of every item and page.
fn with_search_docs<R>(state: &SiteState, f: impl FnOnce(&[SearchDoc<'_>]) -> R) -> R {
    let (config, library, bodies) = (&state.config, &state.library, &state.bodies);
    let standalone = library.standalone.iter().zip(&state.standalone_bodies);
    let dates: Vec<String> = library
        .pages
        .iter()
        .map(|page| page.date.to_string())
        .chain(
            library
                .standalone
                .iter()
                .map(|page| page.date.map(|d| d.to_string()).unwrap_or_default()),
        )
        .collect();
    // Results link to pages as the browser finds them: under the site's base path.
    let urls: Vec<String> = library
        .pages
        .iter()
        .map(|page| &page.url)
        .chain(library.standalone.iter().map(|page| &page.url))
        .map(|url| crate::render::href(config, url))
        .collect();
    let tag_names: Vec<Vec<String>> = library
        .pages
        .iter()
        .map(|page| {
            page.tags
                .iter()
                .filter_map(|key| config.tag_def(key))
                .map(|tag| tag.name.clone())
                .collect()
        })
        .collect();
    let items = library
        .pages
        .iter()
        .enumerate()
        .map(|(id, page)| SearchDoc {
            url: &urls[id],
            title: &page.title,
            type_key: &page.type_key,
            type_name: config
                .type_def(&page.type_key)
                .map_or("", |t| t.name.as_str()),
            tags: &page.tags,
            tag_names: &tag_names[id],
            date: &dates[id],
            summary: page.summary.as_deref().unwrap_or(&bodies[id].summary),
            headings: &bodies[id].headings,
            sections: &bodies[id].sections,
            body_text: &bodies[id].text,
        });
    let count = library.pages.len();
    let pages = standalone
        .enumerate()
        .map(|(index, (page, body))| SearchDoc {
            url: &urls[count + index],
            title: &page.title,
            // No type: a search filtered by type leaves pages out.
            type_key: "",
            type_name: STANDALONE_TYPE_NAME,
            tags: &[],
            tag_names: &[],
            date: &dates[count + index],
            summary: page.summary.as_deref().unwrap_or(&body.summary),
            headings: &body.headings,
            sections: &body.sections,
            body_text: &body.text,
        });
    let docs: Vec<SearchDoc<'_>> = items.chain(pages).collect();
    f(&docs)
}

/// The other files of each bundle, copied beside its page.
fn bundle_assets(
    site_dir: &Path,
    config: &Config,
    library: &Library,
) -> Result<Vec<Copy>, Diagnostics> {
    let mut copies = Vec::new();
    let mut problems = Diagnostics::default();
    let shown = |path: &Path| display_path(site_dir, path);
    let scope = &config.scope(site_dir);
    for page in &library.pages {
        let Some(dir) = &page.bundle_dir else {
            continue;
        };
        for entry in walk(dir, scope, &shown) {
            let entry = match entry {
                Ok(entry) => entry,
                Err(problem) => {
                    problems.push(problem);
                    continue;
                }
            };
            let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            // The bundle's page in any language (`index.md`, `index.ar.md`) is no asset.
            let name = relative_name(relative);
            if !entry.file_type().is_file() || config.language_of_file(&name).1 == "index.md" {
                continue;
            }
            let source = shown(entry.path());
            match read(entry.path(), &source, scope) {
                Ok(bytes) => copies.push(Copy {
                    file: OutputFile {
                        path: format!(
                            "{}{}",
                            page.url.trim_start_matches('/'),
                            relative_name(relative)
                        ),
                        bytes,
                    },
                    source,
                }),
                Err(problem) => problems.push(problem),
            }
        }
    }
    problems.into_result()?;
    Ok(copies)
}
