//! What an edit changes in the preview, in one place: which files it asks to read again
//! ([`Change`]), the state after it with the rendered bodies that could not change kept
//! ([`SiteState::update`], [`Reusable`]), and which pages must be rendered again: those whose
//! fingerprint (a hash of the context their template is given) changed ([`Fingerprints`]).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::content::{self, Library, Page};
use crate::markdown::Rendered;
use crate::render::{Card, Job, Renderer};

/// What a change to the site's files asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    /// Items or sections (`content`, relative paths) changed: re-read those, re-render what
    /// shows them; and with `statics`, files under `static/` too: copy them again.
    Files {
        /// The changed files under `content/`, relative to the site folder.
        content: HashSet<PathBuf>,
        /// Whether a file under `static/` changed.
        statics: bool,
    },
    /// Config, templates or the theme changed (or the watcher lost track): start over.
    Everything,
}

impl Change {
    /// Sorts changed paths (absolute, or relative to the site folder) into what they ask for.
    pub fn of(site_dir: &Path, changed: &[PathBuf]) -> Change {
        let canonical = site_dir
            .canonicalize()
            .unwrap_or_else(|_| site_dir.to_path_buf());
        let mut content = HashSet::new();
        let mut statics = false;
        for path in changed {
            let relative = path
                .strip_prefix(&canonical)
                .or_else(|_| path.strip_prefix(site_dir))
                .unwrap_or(path);
            match relative
                .components()
                .next()
                .and_then(|c| c.as_os_str().to_str())
            {
                Some(content::load::CONTENT_DIR) if relative.components().count() > 1 => {
                    content.insert(relative.to_path_buf());
                }
                Some("static") => statics = true,
                _ => return Change::Everything,
            }
        }
        if content.is_empty() && !statics {
            Change::Everything
        } else {
            Change::Files { content, statics }
        }
    }
}

/// The rendered bodies of a previous state that an update may keep.
pub(crate) struct Reusable<'a> {
    old: Earlier<'a>,
    /// Source → old page id; `None` when every page kept its id.
    old_ids: Option<HashMap<&'a Path, usize>>,
    read: &'a HashSet<PathBuf>,
    /// Link keys whose URL appeared, disappeared or changed.
    moved: HashSet<&'a str>,
}

/// What an earlier state rendered: its library, bodies and cards by page id.
pub(crate) struct Earlier<'a> {
    pub(crate) library: &'a Library,
    pub(crate) bodies: &'a [Arc<Rendered>],
    pub(crate) cards: &'a [Arc<Card>],
}

impl<'a> Reusable<'a> {
    pub(crate) fn new(
        old: Earlier<'a>,
        library: &'a Library,
        read: &'a HashSet<PathBuf>,
    ) -> Reusable<'a> {
        if library.shares_indexes(old.library) {
            // Same pages in the same places with the same URLs: nothing moved.
            return Reusable {
                old,
                old_ids: None,
                read,
                moved: HashSet::new(),
            };
        }
        let moved = old
            .library
            .link_keys()
            .chain(library.link_keys())
            .filter(|key| old.library.url_of(key) != library.url_of(key))
            .collect();
        let old_ids = old
            .library
            .pages
            .iter()
            .enumerate()
            .map(|(id, p)| (p.source.as_path(), id))
            .collect();
        Reusable {
            old,
            old_ids: Some(old_ids),
            read,
            moved,
        }
    }

    /// The old body and card of page `id`, when neither can have changed.
    pub(crate) fn kept(&self, id: usize, page: &Page) -> Option<(Arc<Rendered>, Arc<Card>)> {
        let old_id = match &self.old_ids {
            Some(ids) => *ids.get(page.source.as_path())?,
            None => id,
        };
        let (body, card) = (&self.old.bodies[old_id], &self.old.cards[old_id]);
        let stale = self.read.contains(&page.source)
            || body
                .links
                .iter()
                .any(|link| self.moved.contains(link.target.as_str()));
        (!stale).then(|| (Arc::clone(body), Arc::clone(card)))
    }
}

/// The fingerprint of every page of a build, by output path.
#[derive(Debug, Default)]
pub struct Fingerprints(HashMap<String, u64>);

impl Fingerprints {
    /// The fingerprints of `jobs`.
    pub fn of(renderer: &Renderer<'_>, jobs: &[Job]) -> Fingerprints {
        Fingerprints(Fingerprints::each(renderer, jobs).into_iter().collect())
    }

    /// The fingerprints of `jobs` in a new build, and the jobs whose fingerprint differs from
    /// the one in `self` (new pages included): the pages to render again.
    pub fn next(&self, renderer: &Renderer<'_>, jobs: &[Job]) -> (Fingerprints, Vec<Job>) {
        let now = Fingerprints::each(renderer, jobs);
        let stale = jobs
            .iter()
            .zip(&now)
            .filter(|(_, (path, print))| self.0.get(path) != Some(print))
            .map(|(&job, _)| job)
            .collect();
        (Fingerprints(now.into_iter().collect()), stale)
    }

    fn each(renderer: &Renderer<'_>, jobs: &[Job]) -> Vec<(String, u64)> {
        jobs.par_iter()
            .map(|&job| (renderer.file_path(job), renderer.fingerprint(job)))
            .collect()
    }

    /// Whether a page is written at `path`.
    pub fn has(&self, path: &str) -> bool {
        self.0.contains_key(path)
    }

    /// The output paths of `self` that `now` no longer has.
    pub fn gone<'a>(&'a self, now: &'a Fingerprints) -> impl Iterator<Item = &'a String> {
        self.0.keys().filter(|path| !now.has(path))
    }
}
