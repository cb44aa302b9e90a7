//! Orchestration of a build: load → parse → index → render → (the caller) write. Everything up
//! to writing is pure and in memory, so `kb build` and `kb serve` share it.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::Config;
use crate::content::{self, Library};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::feeds;
use crate::markdown::{self, LinkResolver, Rendered};
use crate::output::OutputFile;
use crate::render::Renderer;
use crate::search::{self, SearchDoc};
use crate::templates::ThemeFiles;

/// What to build and how.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub site_dir: PathBuf,
    pub drafts: bool,
    /// Replaces `base_url` from config.toml (e.g. for a preview deployment).
    pub base_url: Option<String>,
}

/// A built site, in memory.
#[derive(Debug)]
pub struct Built {
    /// Every output file, sorted by path.
    pub files: Vec<OutputFile>,
    /// (type key, plural name, item count) in config order.
    pub counts: Vec<(String, String, usize)>,
    /// HTML pages rendered.
    pub pages: usize,
}

impl Built {
    /// "7 articles, 5 tools, 4 cases, 3 videos".
    pub fn describe(&self) -> String {
        let parts: Vec<String> = self
            .counts
            .iter()
            .map(|(key, _, count)| format!("{count} {key}"))
            .collect();
        parts.join(", ")
    }
}

struct Links<'a>(&'a Library);

impl LinkResolver for Links<'_> {
    fn url_of(&self, target: &str) -> Option<&str> {
        self.0
            .by_link_key
            .get(target)
            .map(|&id| self.0.pages[id].url.as_str())
    }
}

/// Builds the whole site in memory; every content and template problem is reported at once.
pub fn render_site(options: &BuildOptions) -> Result<Built, Diagnostics> {
    let site_dir = options.site_dir.as_path();
    let mut config = Config::load(site_dir)?;
    if let Some(base_url) = &options.base_url {
        config.base_url = base_url.trim_end_matches('/').to_string();
    }
    let (theme, content) = rayon::join(
        || {
            ThemeFiles::load(site_dir, config.theme.as_deref())
                .and_then(|theme| theme.compile().map(|tera| (theme, tera)))
        },
        || content::load(site_dir, &config, options.drafts),
    );
    let (theme, content) = match (theme, content) {
        (Ok(theme), Ok(content)) => (theme, content),
        (theme, content) => {
            let mut problems = Diagnostics::default();
            problems.extend(theme.err().into_iter().flat_map(|d| d.0));
            problems.extend(content.err().into_iter().flat_map(|d| d.0));
            return Err(problems.finish());
        }
    };
    let (theme, tera) = theme;
    let library = Library::new(&config, &content);
    let resolver = Links(&library);
    let bodies: Vec<Rendered> = library
        .pages
        .par_iter()
        .map(|page| markdown::render(&page.body, page.body_line, &resolver))
        .collect();
    let mut intros = HashMap::new();
    let mut problems = Diagnostics::default();
    for (key, section) in std::iter::once((None, &content.home))
        .chain(content.sections.iter().map(|(k, s)| (Some(k.clone()), s)))
    {
        let body = markdown::render(&section.body, section.body_line, &resolver);
        if let Some(source) = &section.source {
            problems.extend(link_problems(&library, &bodies, source, &body));
        }
        intros.insert(key, (section.title.clone(), body));
    }
    for (page, body) in library.pages.iter().zip(&bodies) {
        problems.extend(link_problems(&library, &bodies, &page.source, body));
    }
    problems.into_result()?;

    let renderer = Renderer::new(&config, &library, &bodies, &intros, &tera, &theme);
    let jobs = renderer.jobs();
    let rendered: Vec<Result<OutputFile, Diagnostic>> =
        jobs.par_iter().map(|&job| renderer.render(job)).collect();
    let mut problems = Diagnostics::default();
    let mut files = Vec::with_capacity(rendered.len() + theme.statics.len() + 4);
    for result in rendered {
        match result {
            Ok(file) => files.push(file),
            Err(problem) => problems.push(problem),
        }
    }
    problems.into_result()?;
    let pages = files.len();
    let listing_paths: Vec<String> = jobs
        .iter()
        .filter(|job| {
            !matches!(
                job,
                crate::render::Job::Item(_)
                    | crate::render::Job::NotFound
                    | crate::render::Job::Search
            )
        })
        .map(|&job| renderer.path(job))
        .collect();
    files.push(feeds::sitemap(&config, &library, &listing_paths));
    files.push(feeds::atom(&config, &library, &bodies));
    files.push(feeds::robots(&config));
    files.extend(search_index(&config, &library, &bodies));
    files.extend(theme.statics.iter().map(|(path, bytes)| OutputFile {
        path: path.clone(),
        bytes: bytes.clone(),
    }));
    files.extend(bundle_assets(site_dir, &library).map_err(Diagnostics::from)?);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.dedup_by(|later, earlier| later.path == earlier.path);
    let counts = config
        .types
        .iter()
        .map(|t| {
            (
                t.key.clone(),
                t.plural.clone(),
                library.of_type(&t.key).len(),
            )
        })
        .collect();
    Ok(Built {
        files,
        counts,
        pages,
    })
}

/// Broken `@/` links and anchors in one rendered body.
fn link_problems(
    library: &Library,
    bodies: &[Rendered],
    source: &Path,
    body: &Rendered,
) -> Vec<Diagnostic> {
    body.links
        .iter()
        .filter_map(|link| {
            let Some(&target) = library.by_link_key.get(&link.target) else {
                return Some(
                    Diagnostic::new(
                        source,
                        Some(link.line),
                        format!("broken link: @/{} does not exist", link.target),
                    )
                    .with_hint(suggest_target(library, &link.target)),
                );
            };
            let anchor = link.anchor.as_deref()?;
            if bodies[target].ids.contains(anchor) {
                return None;
            }
            let ids: HashSet<&str> = bodies[target].ids.iter().map(String::as_str).collect();
            let mut known: Vec<&str> = ids.into_iter().collect();
            known.sort_unstable();
            Some(
                Diagnostic::new(
                    source,
                    Some(link.line),
                    format!(
                        "broken anchor: @/{} has no heading with id `{anchor}`",
                        link.target
                    ),
                )
                .with_hint(crate::diagnostics::suggest(anchor, known)),
            )
        })
        .collect()
}

fn suggest_target(library: &Library, target: &str) -> String {
    let mut keys: Vec<&str> = library.by_link_key.keys().map(String::as_str).collect();
    keys.sort_unstable();
    match crate::diagnostics::nearest(target, keys.iter().copied()) {
        Some(close) => format!(
            "did you mean @/{close}? Links name the file under content/, e.g. @/articles/backbone-roles.md"
        ),
        None => "links name the file under content/, e.g. @/articles/backbone-roles.md".to_string(),
    }
}

fn search_index(config: &Config, library: &Library, bodies: &[Rendered]) -> Vec<OutputFile> {
    let dates: Vec<String> = library
        .pages
        .iter()
        .map(|page| page.date.to_string())
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
    let docs: Vec<SearchDoc<'_>> = library
        .pages
        .iter()
        .enumerate()
        .map(|(id, page)| SearchDoc {
            url: &page.url,
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
            body_text: &bodies[id].text,
        })
        .collect();
    search::build_index(&docs)
}

/// The other files of each bundle, copied beside its page.
fn bundle_assets(site_dir: &Path, library: &Library) -> Result<Vec<OutputFile>, Diagnostic> {
    let mut files = Vec::new();
    for page in &library.pages {
        let Some(dir) = &page.bundle_dir else {
            continue;
        };
        for entry in WalkDir::new(dir).sort_by_file_name() {
            let entry = entry.map_err(|err| {
                Diagnostic::new(&page.source, None, format!("cannot read the bundle: {err}"))
            })?;
            let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            if !entry.file_type().is_file() || relative == Path::new("index.md") {
                continue;
            }
            let bytes = std::fs::read(entry.path()).map_err(|err| {
                let shown = entry.path().strip_prefix(site_dir).unwrap_or(entry.path());
                Diagnostic::new(shown, None, format!("cannot read the file: {err}"))
            })?;
            let path = format!(
                "{}{}",
                page.url.trim_start_matches('/'),
                relative.to_string_lossy().replace('\\', "/")
            );
            files.push(OutputFile { path, bytes });
        }
    }
    Ok(files)
}
