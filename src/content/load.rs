//! Loading `content/`: finding item files, bundles and `_index.md` sections, reading and parsing
//! them in parallel, and reporting every problem at once.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::front_matter::{self, RawSection};
use crate::content::page::{self, Location, Page};
use crate::content::standalone::{self, Standalone};
use crate::diagnostics::{Diagnostic, Diagnostics, display_path, not_utf8, suggest};
use crate::hebrew::without_bidi_controls;
use crate::t;
use crate::walk::{Scope, is_hidden, read, walk};

/// The folder under the site folder that holds the Markdown.
pub const CONTENT_DIR: &str = "content";
const INDEX: &str = "index.md";
const SECTION: &str = "_index.md";

/// Title and intro of the home page (`content/_index.md`) or a type listing.
#[derive(Debug, Clone, Default)]
pub struct Section {
    /// The `_index.md` it came from, relative to the site folder; `None` when there is none.
    pub source: Option<PathBuf>,
    /// Replaces the listing's default title (the site title, or the type's plural).
    pub title: Option<String>,
    /// The Markdown intro shown above the listing; may be empty.
    pub body: String,
    /// 1-based file line of the first body line.
    pub body_line: usize,
    /// The `[extra]` table, given to templates as `section.extra`.
    pub extra: toml::Table,
}

/// Everything under `content/`, parsed and validated (Markdown not yet rendered).
#[derive(Debug, Clone, Default)]
pub struct Content {
    /// Published items (and drafts when asked for), in file order.
    pub pages: Vec<Arc<Page>>,
    /// Published pages outside the types (`content/about.md`), in file order.
    pub standalone: Vec<Arc<Standalone>>,
    /// The home page's intro, from `content/_index.md`.
    pub home: Section,
    /// Keyed by type key.
    pub sections: HashMap<String, Section>,
    /// The Markdown files found, so a reload that only saw files change can skip the walk.
    pub files: Arc<ContentFiles>,
}

impl Content {
    /// Gives each item and page that does not write `updated` the day of its file's last commit,
    /// when that is later than its `date`.
    pub fn apply_git_dates(&mut self, dates: &HashMap<PathBuf, crate::hebrew::Date>) {
        for page in &mut self.pages {
            if let Some(&day) = dates.get(&page.source)
                && page.updated.is_none()
                && day > page.date
            {
                Arc::make_mut(page).updated = Some(day);
            }
        }
        for page in &mut self.standalone {
            if let Some(&day) = dates.get(&page.source)
                && page.updated.is_none()
                && page.date.is_none_or(|date| day > date)
            {
                Arc::make_mut(page).updated = Some(day);
            }
        }
    }
}

/// Every Markdown file under `content/` with what it is, sorted by path (the walk's order,
/// which is `Path` order), and those skipped because their names start with a dot.
#[derive(Debug, Default)]
pub struct ContentFiles {
    files: Vec<(PathBuf, Kind)>,
    hidden: Vec<PathBuf>,
}

impl ContentFiles {
    /// How many Markdown files there are.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// A warning for each Markdown file skipped because its name starts with a dot.
    pub fn hidden_warnings(&self) -> Vec<Diagnostic> {
        self.hidden
            .iter()
            .map(|path| {
                Diagnostic::warning(path, None, t!("hidden-markdown"))
                    .with_hint(t!("hidden-markdown-hint"))
            })
            .collect()
    }

    /// Whether every path (relative to the site folder) is one of these files and still a file:
    /// then the set of files is unchanged and the content folder need not be walked again.
    fn still_cover(&self, site_dir: &Path, changed: &HashSet<PathBuf>) -> bool {
        changed.iter().all(|path| {
            let known = self
                .files
                .binary_search_by(|(known, _)| known.as_path().cmp(path));
            known.is_ok() && site_dir.join(path).is_file()
        })
    }
}

/// A previous load to reuse: its files, and its pages by source path.
pub(crate) struct Previous<'a> {
    pub files: &'a Arc<ContentFiles>,
    pub pages: HashMap<&'a Path, &'a Arc<Page>>,
}

/// What a file under `content/` is, decided by where it sits.
#[derive(Debug, PartialEq, Eq, Clone)]
enum Kind {
    Home,
    TypeSection(String),
    Item {
        type_key: String,
        file_slug: String,
        bundle: bool,
    },
    /// A page directly in `content/`.
    Standalone(String),
}

/// Reads and validates all content. `drafts` keeps items marked `draft = true`.
pub fn load(site_dir: &Path, config: &Config, drafts: bool) -> Result<Content, Diagnostics> {
    let (content, _) = reload(site_dir, config, drafts, None, &HashSet::new())?;
    Ok(content)
}

/// Content read as far as it could be: what parsed, the problems of the rest, and the link
/// keys (`articles/x.md`) of the files that did not parse, so a link to one of them is not
/// reported as broken too.
pub struct Partial {
    /// The files that parsed.
    pub content: Content,
    /// Every problem of the others, and of the folders.
    pub problems: Diagnostics,
    /// The `@/` keys of the files with problems.
    pub failed: HashSet<String>,
}

/// Reads all content like [`load`], keeping what parsed when other files have problems; an
/// error only without a content/ folder.
pub fn load_partial(
    site_dir: &Path,
    config: &Config,
    drafts: bool,
) -> Result<Partial, Diagnostics> {
    let (content, _, problems) = read_all(site_dir, config, drafts, None, &HashSet::new())?;
    let failed = problems
        .0
        .iter()
        .filter_map(|problem| problem.path.strip_prefix(CONTENT_DIR).ok())
        .map(|key| key.to_string_lossy().replace('\\', "/"))
        .collect();
    Ok(Partial {
        content,
        problems,
        failed,
    })
}

/// Like `load`, reusing the pages of a previous load (by source path) except those in
/// `changed` (paths relative to the site folder); also returns the sources it read again.
pub(crate) fn reload(
    site_dir: &Path,
    config: &Config,
    drafts: bool,
    previous: Option<&Previous>,
    changed: &HashSet<PathBuf>,
) -> Result<(Content, HashSet<PathBuf>), Diagnostics> {
    let (content, read, problems) = read_all(site_dir, config, drafts, previous, changed)?;
    problems.into_result()?;
    Ok((content, read))
}

/// The content that parsed, the sources read again, and the problems of the rest.
fn read_all(
    site_dir: &Path,
    config: &Config,
    drafts: bool,
    previous: Option<&Previous>,
    changed: &HashSet<PathBuf>,
) -> Result<(Content, HashSet<PathBuf>, Diagnostics), Diagnostics> {
    // Folder problems do not stop the reading: the files kb understood are parsed too, so
    // one report holds both.
    let (files, mut problems) = match previous {
        Some(previous) if previous.files.still_cover(site_dir, changed) => {
            (Arc::clone(previous.files), Diagnostics::default())
        }
        _ => {
            let (files, problems) = find_markdown(site_dir, config)?;
            (Arc::new(files), problems)
        }
    };
    let kept = |relative: &Path| {
        let page = previous?.pages.get(relative)?;
        (!changed.iter().any(|c| relative.starts_with(c))).then(|| Arc::clone(page))
    };
    let scope = config.scope(site_dir);
    let parsed: Vec<(Result<Parsed, Vec<Diagnostic>>, bool)> = files
        .files
        .par_iter()
        .map(|(relative, kind)| match kept(relative) {
            Some(page) => (Ok(Parsed::Page(page)), false),
            None => (parse_file(site_dir, &scope, config, relative, kind), true),
        })
        .collect();
    let mut content = Content {
        files,
        ..Content::default()
    };
    let mut read = HashSet::new();
    for (result, fresh) in parsed {
        match result {
            Ok(Parsed::Page(page)) if page.draft && !drafts => {}
            Ok(Parsed::Page(page)) => {
                if fresh {
                    read.insert(page.source.clone());
                }
                content.pages.push(page);
            }
            Ok(Parsed::Standalone(page)) if page.draft && !drafts => {}
            Ok(Parsed::Standalone(page)) => content.standalone.push(page),
            Ok(Parsed::Section(None, section)) => content.home = section,
            Ok(Parsed::Section(Some(key), section)) => {
                content.sections.insert(key, section);
            }
            Err(found) => problems.extend(found),
        }
    }
    problems.extend(duplicate_urls(&content));
    Ok((content, read, problems))
}

enum Parsed {
    Page(Arc<Page>),
    Standalone(Arc<Standalone>),
    Section(Option<String>, Section),
}

/// Every Markdown file under content/ with what it is, sorted by path, and the problems of the
/// others (unknown type folders, misplaced files); an error only without a content/ folder.
fn find_markdown(
    site_dir: &Path,
    config: &Config,
) -> Result<(ContentFiles, Diagnostics), Diagnostics> {
    let root = site_dir.join(CONTENT_DIR);
    if !root.is_dir() {
        return Err(Diagnostic::new(CONTENT_DIR, None, t!("no-content"))
            .with_hint(t!("no-content-hint"))
            .into());
    }
    let mut problems = Diagnostics::default();
    let mut files = Vec::new();
    let mut hidden = Vec::new();
    let mut unknown_types = Vec::new();
    let shown = |path: &Path| display_path(site_dir, path);
    let scope = config.scope(site_dir);
    for entry in walk(&root, &scope, &shown).skip_hidden_folders() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let relative = shown(entry.path());
        let parts: Vec<&str> = relative.iter().skip(1).filter_map(|p| p.to_str()).collect();
        if entry.file_type().is_dir() {
            if let [type_key] = parts.as_slice()
                && config.type_def(type_key).is_none()
            {
                unknown_types.push(relative.clone());
                let known = config.types.iter().map(|t| t.key.as_str());
                problems.push(
                    Diagnostic::new(&relative, None, t!("unknown-type-folder", key = *type_key))
                        .with_hint(t!(
                            "unknown-type-folder-hint",
                            suggestion = suggest(type_key, known),
                            key = *type_key
                        )),
                );
            }
            continue;
        }
        if unknown_types.iter().any(|dir| relative.starts_with(dir)) || !is_markdown(&relative) {
            continue;
        }
        if is_hidden(&entry) {
            hidden.push(relative);
            continue;
        }
        // A translation (`x.ar.md`) is read by its language's build, as its original's name.
        let Some((last, folders)) = parts.split_last() else {
            continue;
        };
        let (language, name) = config.language_of_file(last);
        if language != config.language {
            continue;
        }
        let parts: Vec<&str> = folders.iter().copied().chain([name.as_ref()]).collect();
        if parts.len() > 3 || (parts.len() == 3 && parts[2] != INDEX) {
            // Markdown inside a bundle, beside its index.md, is an asset copied as it is.
            if root.join(parts[0]).join(parts[1]).join(INDEX).is_file() {
                continue;
            }
        }
        match classify(&parts) {
            Some(kind) => files.push((relative, kind)),
            None => problems.push(
                Diagnostic::new(&relative, Some(1), t!("misplaced-markdown"))
                    .with_hint(t!("misplaced-markdown-hint")),
            ),
        }
    }
    Ok((ContentFiles { files, hidden }, problems))
}

/// How many Markdown files `content/` holds (hidden ones aside), for the summary of a check
/// that stopped before it knew what each file is.
pub fn count_markdown(site_dir: &Path) -> usize {
    let scope = Scope::site(site_dir);
    let shown = |path: &Path| display_path(site_dir, path);
    walk(&site_dir.join(CONTENT_DIR), &scope, &shown)
        .skip_hidden_folders()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && !is_hidden(e) && is_markdown(e.path()))
        .count()
}

fn is_markdown(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext == "md")
}

fn classify(parts: &[&str]) -> Option<Kind> {
    match parts {
        [SECTION] => Some(Kind::Home),
        [file] => Some(Kind::Standalone(file.strip_suffix(".md")?.to_string())),
        [type_key, SECTION] => Some(Kind::TypeSection(type_key.to_string())),
        [type_key, file] => Some(Kind::Item {
            type_key: type_key.to_string(),
            file_slug: file.strip_suffix(".md")?.to_string(),
            bundle: false,
        }),
        [type_key, folder, INDEX] => Some(Kind::Item {
            type_key: type_key.to_string(),
            file_slug: folder.to_string(),
            bundle: true,
        }),
        _ => None,
    }
}

fn read_text(site_dir: &Path, scope: &Scope, relative: &Path) -> Result<String, Diagnostic> {
    let bytes = read(&site_dir.join(relative), relative, scope)?;
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: the bytes were just checked to be UTF-8 (by simdutf8, several times faster
        // than the standard check on Hebrew text, where no byte is ASCII's fast path).
        return Ok(unsafe { String::from_utf8_unchecked(bytes) });
    }
    String::from_utf8(bytes).map_err(|err| not_utf8(relative, &err))
}

/// The Markdown body of an item file, read again (for re-rendering a page kept from an
/// earlier load, whose body was dropped after rendering).
pub fn reread_body(site_dir: &Path, scope: &Scope, relative: &Path) -> Result<String, Diagnostic> {
    let text = read_text(site_dir, scope, relative)?;
    Ok(front_matter::split(relative, &text)?.body.to_string())
}

fn parse_file(
    site_dir: &Path,
    scope: &Scope,
    config: &Config,
    relative: &Path,
    kind: &Kind,
) -> Result<Parsed, Vec<Diagnostic>> {
    let text = read_text(site_dir, scope, relative).map_err(|d| vec![d])?;
    let split = front_matter::split(relative, &text).map_err(|d| vec![d])?;
    match kind {
        Kind::Home | Kind::TypeSection(_) => {
            let read = front_matter::parse::<RawSection>(relative, &split);
            let raw = match read.raw {
                Some(raw) if read.problems.is_empty() => raw,
                _ => return Err(read.problems),
            };
            let section = Section {
                source: Some(relative.to_path_buf()),
                title: raw.title.map(without_bidi_controls),
                body: split.body.to_string(),
                body_line: split.body_line,
                extra: raw.extra,
            };
            let key = match kind {
                Kind::TypeSection(key) => Some(key.clone()),
                _ => None,
            };
            Ok(Parsed::Section(key, section))
        }
        Kind::Item {
            type_key,
            file_slug,
            bundle,
        } => {
            let link_key = relative
                .strip_prefix(CONTENT_DIR)
                .unwrap_or(relative)
                .to_string_lossy()
                .replace('\\', "/");
            // A translation answers to its original's `@/` key within its language.
            let link_key = config.language_of_file(&link_key).1.into_owned();
            let location = Location {
                source: relative,
                type_key,
                file_slug,
                link_key,
                bundle_dir: bundle
                    .then(|| site_dir.join(relative).parent().map(Path::to_path_buf))
                    .flatten(),
            };
            page::build(config, location, &split).map(|page| Parsed::Page(Arc::new(page)))
        }
        Kind::Standalone(file_slug) => standalone::build(config, relative, file_slug, &split)
            .map(|page| Parsed::Standalone(Arc::new(page))),
    }
}

/// Two items or pages at one URL, or an alias at the URL of a page or of another alias.
fn duplicate_urls(content: &Content) -> Vec<Diagnostic> {
    let items = content.pages.iter().map(|p| (p.url.as_str(), &p.source));
    let pages = content
        .standalone
        .iter()
        .map(|p| (p.url.as_str(), &p.source));
    let mut first_by_url: HashMap<&str, &PathBuf> = HashMap::new();
    let mut problems = Vec::new();
    for (url, source) in items.chain(pages) {
        if let Some(first) = first_by_url.insert(url, source) {
            problems.push(
                Diagnostic::new(source, Some(1), t!("url-taken", url = url, other = first))
                    .with_hint(t!("url-taken-hint")),
            );
        }
    }
    let item_aliases = content.pages.iter().map(|p| (&p.aliases, &p.source));
    let page_aliases = content.standalone.iter().map(|p| (&p.aliases, &p.source));
    for (aliases, source) in item_aliases.chain(page_aliases) {
        for alias in aliases {
            if let Some(first) = first_by_url.insert(&alias.path, source) {
                problems.push(
                    Diagnostic::new(
                        source,
                        alias.line,
                        t!("alias-taken", alias = &alias.path, other = first),
                    )
                    .with_hint(t!("alias-taken-hint")),
                );
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_by_position() {
        assert_eq!(classify(&["_index.md"]), Some(Kind::Home));
        assert_eq!(
            classify(&["tools", "_index.md"]),
            Some(Kind::TypeSection("tools".into()))
        );
        assert_eq!(
            classify(&["tools", "map.md"]),
            Some(Kind::Item {
                type_key: "tools".into(),
                file_slug: "map".into(),
                bundle: false
            })
        );
        assert_eq!(
            classify(&["tools", "map", "index.md"]),
            Some(Kind::Item {
                type_key: "tools".into(),
                file_slug: "map".into(),
                bundle: true
            })
        );
        assert_eq!(
            classify(&["about.md"]),
            Some(Kind::Standalone("about".into()))
        );
        assert_eq!(classify(&["tools", "map", "deep", "x.md"]), None);
    }
}
