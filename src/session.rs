//! A site kept in memory between rebuilds, for `kb serve`. A rebuild re-reads only the changed
//! files, re-renders only the pages whose inputs changed (by fingerprint) and keeps the last
//! good build when anything fails. The search index is brought up to date in a second step, so
//! the edited page is served first: by parts right after the rebuild (`LiveIndex`), and whole
//! again once edits pause, so it ends as `kb build` makes it.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use crate::diagnostics::Diagnostics;
use crate::incremental::{Change, Fingerprints};
use crate::output::OutputFile;
use crate::search::live::LiveIndex;
use crate::site::{BuildError, BuildOptions, Sink, SiteState, render_jobs};

/// The files of one successful build, by output path (`articles/x/index.html`). Cheap to clone:
/// paths and bytes are shared.
#[derive(Debug, Default, Clone)]
pub struct SiteFiles {
    files: HashMap<Arc<str>, Arc<[u8]>>,
}

impl Sink for SiteFiles {
    fn accept(&mut self, files: Vec<OutputFile>) -> anyhow::Result<()> {
        self.insert(files);
        Ok(())
    }
}

impl SiteFiles {
    fn insert(&mut self, files: Vec<OutputFile>) {
        self.files.extend(
            files
                .into_iter()
                .map(|OutputFile { path, bytes }| (Arc::from(path), Arc::from(bytes))),
        );
    }

    /// The bytes at an output path, e.g. `articles/x/index.html`.
    pub fn get(&self, path: &str) -> Option<Arc<[u8]>> {
        self.files.get(path).cloned()
    }

    /// Every output path and its bytes, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files
            .iter()
            .map(|(path, bytes)| (path.as_ref(), bytes.as_ref()))
    }

    /// How many files the build has.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether the build has no file.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// A site being previewed: its loaded state, the files of the last good build and the
/// fingerprint of every page in it.
pub struct Session {
    state: Arc<SiteState>,
    /// Counts successful builds.
    generation: u64,
    /// The generation of the last whole build: a search update begun before it is dropped.
    whole_at: u64,
    files: Arc<SiteFiles>,
    /// What each page was rendered from.
    fingerprints: Fingerprints,
    /// Output paths of static files and bundle assets.
    copied: HashSet<String>,
    /// What readers of the last good build would meet that does not stop it (see
    /// [`crate::check::reader_problems`]).
    warnings: Diagnostics,
    /// Output paths of the feeds and the redirects of aliases, which come and go with them.
    extras: HashSet<String>,
    search: SearchState,
    /// Where search jobs run: see [`background_pool`].
    background: Arc<rayon::ThreadPool>,
}

/// Where the session's search index stands.
#[derive(Default)]
struct SearchState {
    /// The index kept for updates by parts; `None` while a job has it, or before the first.
    live: Option<LiveIndex>,
    /// A job is running.
    out: bool,
    /// A rebuild happened that the index does not follow yet.
    stale: bool,
    /// Updated by parts since it was last built whole.
    unsettled: bool,
}

impl Session {
    /// Builds the site once; fails if the first build fails.
    pub fn start(options: BuildOptions) -> Result<Session, Diagnostics> {
        Session::full(crate::check::load(&options)?, background_pool())
    }

    fn full(
        mut state: SiteState,
        background: Arc<rayon::ThreadPool>,
    ) -> Result<Session, Diagnostics> {
        let others = crate::multilingual::load_others(&mut state)?;
        let mut files = SiteFiles::default();
        let mut live = None;
        let mut search = || {
            let (index, files) = state.live_search();
            live = Some(index);
            files
        };
        let rendered = state
            .render_with_search(&mut files, &mut search)
            .and_then(|_| {
                others.iter().try_for_each(|other| {
                    let mut folder = crate::multilingual::Folder::of(&other.config, &mut files);
                    other.render(&mut folder).map(drop)
                })
            });
        match rendered {
            Ok(()) => {}
            Err(BuildError::Content(problems)) => return Err(problems),
            Err(BuildError::Output(err)) => unreachable!("memory accepts every file: {err}"),
        }
        let warnings = reader_warnings(&state, &files)?;
        let renderer = state.renderer();
        let jobs = renderer.jobs();
        let fingerprints = Fingerprints::of(&renderer, &jobs);
        let copied = state
            .copied_files(&|path| fingerprints.has(path))?
            .into_iter()
            .map(|file| file.path)
            .collect();
        let extras = paths(&state.feeds(&renderer, &jobs));
        drop(renderer);
        Ok(Session {
            state: Arc::new(state),
            generation: 0,
            whole_at: 0,
            files: Arc::new(files),
            fingerprints,
            copied,
            warnings,
            extras,
            search: SearchState {
                live,
                ..SearchState::default()
            },
            background,
        })
    }

    /// The files of the last good build.
    pub fn files(&self) -> Arc<SiteFiles> {
        Arc::clone(&self.files)
    }

    /// The warnings of the last good build: its own and what readers would meet.
    pub fn warnings(&self) -> Diagnostics {
        self.warnings.clone()
    }

    /// Rebuilds after `changed` files (absolute paths; folders and the site folder itself
    /// stand for everything under them). On failure the last good build stays in place and
    /// the problems are returned. Leaves the search index for `refresh_search`.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<Arc<SiteFiles>, Diagnostics> {
        let change = Change::of(&self.state.options.site_dir, changed);
        // A site in several languages is built whole: a page's translations change with it.
        let update = match self.state.config.is_multilingual() {
            true => None,
            false => self.state.update(&change)?,
        };
        match update {
            None => {
                let generation = self.generation + 1;
                let background = Arc::clone(&self.background);
                *self = Session::full(crate::check::load(&self.state.options)?, background)?;
                self.generation = generation;
                self.whole_at = generation;
            }
            Some(next) => self.apply(next)?,
        }
        Ok(self.files())
    }

    /// Re-renders the pages of `next` whose fingerprints changed and swaps the files in.
    fn apply(&mut self, next: SiteState) -> Result<(), Diagnostics> {
        let renderer = next.renderer();
        let jobs = renderer.jobs();
        let (fingerprints, stale) = self.fingerprints.next(&renderer, &jobs);
        let pages = render_jobs(&renderer, &stale)?;
        let copied = next.copied_files(&|path| fingerprints.has(path))?;
        let mut files = (*self.files).clone();
        let gone = self.fingerprints.gone(&fingerprints);
        let copied_now = paths(&copied);
        let extras = next.feeds(&renderer, &jobs);
        let extras_now = paths(&extras);
        let left: Vec<String> = gone
            .chain(self.copied.difference(&copied_now))
            .chain(self.extras.difference(&extras_now))
            .cloned()
            .collect();
        for path in left {
            files.files.remove(path.as_str());
        }
        self.extras = extras_now;
        files.insert(pages);
        // Unchanged copies keep their bytes: nothing re-sent, nothing re-allocated.
        let changed_copies = copied
            .into_iter()
            .filter(|file| files.get(&file.path).is_none_or(|old| *old != *file.bytes));
        files.insert(changed_copies.collect());
        files.insert(extras);
        drop(renderer);
        self.warnings = reader_warnings(&next, &files)?;
        self.copied = copied_now;
        self.fingerprints = fingerprints;
        self.files = Arc::new(files);
        self.state = Arc::new(next);
        self.generation += 1;
        self.search.stale = true;
        Ok(())
    }

    /// The search job to run now, if any: an update by parts after a rebuild, or, with
    /// `settle` and nothing else to do, the whole index again after updates by parts.
    pub fn search_job(&mut self, settle: bool) -> Option<SearchJob> {
        let search = &mut self.search;
        let settling = settle && search.unsettled;
        if search.out || !(search.stale || settling) {
            return None;
        }
        let live = search.live.take().filter(|_| !settling || search.stale);
        search.out = true;
        search.stale = false;
        Some(SearchJob {
            state: Arc::clone(&self.state),
            live,
            whole_at: self.whole_at,
            pool: Arc::clone(&self.background),
        })
    }

    /// Takes back the index of a search job and swaps in its files; `None` when nothing changed
    /// for open pages, or when a whole rebuild has overtaken the job (the next job starts over).
    pub fn apply_search(&mut self, update: SearchUpdate) -> Option<Arc<SiteFiles>> {
        self.search.out = false;
        if update.whole_at != self.whole_at {
            self.search.stale = true;
            return None;
        }
        self.search.live = Some(update.live);
        self.search.unsettled =
            !update.whole && (self.search.unsettled || !update.files.is_empty());
        if update.files.is_empty() {
            return None;
        }
        let mut files = (*self.files).clone();
        if update.whole {
            files.files.retain(|path, _| !is_search_index(path));
        }
        files.insert(update.files);
        self.files = Arc::new(files);
        Some(self.files())
    }

    /// After a search job failed: the next job builds the index whole.
    pub fn search_failed(&mut self) {
        self.search = SearchState {
            stale: true,
            ..SearchState::default()
        };
    }
}

/// Bringing the search index of one build up to date, away from the session.
pub struct SearchJob {
    state: Arc<SiteState>,
    live: Option<LiveIndex>,
    whole_at: u64,
    pool: Arc<rayon::ThreadPool>,
}

/// What a search job made: the index to keep and the files that changed.
pub struct SearchUpdate {
    live: LiveIndex,
    files: Vec<OutputFile>,
    /// The index was built whole: `files` are all of its files.
    whole: bool,
    whole_at: u64,
}

impl SearchJob {
    /// Updates the index by parts when the docs allow it, else builds it whole; on the
    /// background pool.
    pub fn run(self) -> SearchUpdate {
        let SearchJob {
            state,
            live,
            whole_at,
            pool,
        } = self;
        pool.install(|| {
            if let Some(mut live) = live
                && let Some(files) = state.update_search(&mut live)
            {
                return SearchUpdate {
                    live,
                    files,
                    whole: false,
                    whole_at,
                };
            }
            let (live, files) = state.live_search();
            SearchUpdate {
                live,
                files,
                whole: true,
                whole_at,
            }
        })
    }
}

/// Threads of the lowest priority, one per core, for a session's search jobs: what they do
/// waits whenever a rebuild needs the cores, and uses them all while the author reads.
fn background_pool() -> Arc<rayon::ThreadPool> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(rayon::current_num_threads())
        .thread_name(|i| format!("kb-search-{i}"))
        .start_handler(|_| lowest_priority())
        .build()
        .expect("a thread can be started");
    Arc::new(pool)
}

#[cfg(target_os = "linux")]
fn lowest_priority() {
    // SAFETY: setpriority only reads its arguments; on Linux, `who = 0` with PRIO_PROCESS
    // names the calling thread, not the whole process.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 19);
    }
}

#[cfg(not(target_os = "linux"))]
fn lowest_priority() {}

/// The warnings of a build kept in memory as `files`; what readers would meet that is broken
/// (a link to nowhere, a missing image) fails it, as it fails `kb build`.
fn reader_warnings(state: &SiteState, files: &SiteFiles) -> Result<Diagnostics, Diagnostics> {
    let mut output = crate::check::Output::new(state.config.base_path());
    output.record(files.iter());
    let mut all = Diagnostics(state.warnings.clone());
    all.extend(crate::check::reader_problems(state, &output).0);
    let all = all.finish();
    if all.errors() > 0 { Err(all) } else { Ok(all) }
}

/// The output paths of `files`.
fn paths(files: &[OutputFile]) -> HashSet<String> {
    files.iter().map(|file| file.path.clone()).collect()
}

/// The search index lives beside the search page, under `search/`.
fn is_search_index(path: &str) -> bool {
    path.starts_with("search/") && path != "search/index.html"
}
