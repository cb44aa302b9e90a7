//! What the preview shows, and the loop that keeps it current. Each rebuild, good or bad, publishes
//! a new numbered snapshot in one atomic swap: requests clone the `Arc` they were given and never
//! see a half-built site, and open pages compare build numbers to know when to reload. Search
//! updates come right after a rebuild and get numbers of their own: open pages then drop the
//! index they fetched, without reloading.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use tokio::sync::watch;

use super::watch::SourceWatcher;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::Lang;
use crate::session::{SearchUpdate, Session, SiteFiles};
use crate::site::BuildOptions;
use crate::t;

/// How long saves must pause before the search index, updated by parts, is built whole again.
const SETTLE_AFTER: std::time::Duration = std::time::Duration::from_secs(2);

/// One published state of the preview.
#[derive(Debug)]
pub struct Snapshot {
    /// Counts every build attempt, failed ones included; pages reload when it changes.
    pub build: u64,
    /// Counts search index updates; pages forget the index they fetched when it changes.
    pub search: u64,
    /// The files of the last good build (empty until the first build succeeds).
    pub files: Arc<SiteFiles>,
    /// The problems of the last attempt, when it failed.
    pub problems: Option<Diagnostics>,
    /// The warnings of the last good build, shown while no attempt has failed since.
    pub warnings: Diagnostics,
}

/// A good build: its files and its warnings.
type Built = (Arc<SiteFiles>, Diagnostics);

/// The current snapshot, shared by the server and the rebuild loop.
#[derive(Debug, Clone)]
pub struct Preview {
    current: watch::Sender<Arc<Snapshot>>,
    /// The author's language: the overlay and the terminal speak it.
    pub lang: Lang,
}

impl Preview {
    fn new(first: Result<Built, Diagnostics>, lang: Lang) -> Preview {
        let (files, problems, warnings) = match first {
            Ok((files, warnings)) => (files, None, warnings),
            Err(problems) => (Arc::default(), Some(problems), Diagnostics::default()),
        };
        let (current, _) = watch::channel(Arc::new(Snapshot {
            build: 1,
            search: 1,
            files,
            problems,
            warnings,
        }));
        Preview { current, lang }
    }

    /// The snapshot to answer one request from.
    pub fn current(&self) -> Arc<Snapshot> {
        Arc::clone(&self.current.borrow())
    }

    /// Waits until the build number differs from `build`, or the search number from `search`.
    pub async fn changed_from(&self, build: u64, search: Option<u64>) {
        let mut updates = self.current.subscribe();
        let changed = |s: &Arc<Snapshot>| s.build != build || search.is_some_and(|n| s.search != n);
        let _ = updates.wait_for(changed).await;
    }

    /// Swaps in files that change no page (the search index): open pages are not reloaded.
    fn replace_files(&self, files: Arc<SiteFiles>) {
        self.current.send_modify(|snapshot| {
            *snapshot = Arc::new(Snapshot {
                build: snapshot.build,
                search: snapshot.search + 1,
                files,
                problems: snapshot.problems.clone(),
                warnings: snapshot.warnings.clone(),
            });
        });
    }

    fn publish(&self, result: Result<Built, Diagnostics>) {
        self.current.send_modify(|snapshot| {
            let (files, problems, warnings) = match result {
                Ok((files, warnings)) => (files, None, warnings),
                Err(problems) => (
                    Arc::clone(&snapshot.files),
                    Some(problems),
                    snapshot.warnings.clone(),
                ),
            };
            *snapshot = Arc::new(Snapshot {
                build: snapshot.build + 1,
                search: snapshot.search,
                files,
                problems,
                warnings,
            });
        });
    }
}

/// Owns the build session; starts it again from scratch while no build has succeeded yet.
struct Builder {
    options: BuildOptions,
    session: Option<Session>,
}

impl Builder {
    fn build(&mut self, changed: &[PathBuf]) -> Result<Built, Diagnostics> {
        let session = match &mut self.session {
            Some(session) => {
                session.rebuild(changed)?;
                session
            }
            None => self.session.insert(Session::start(self.options.clone())?),
        };
        Ok((session.files(), session.warnings()))
    }

    /// Builds on a blocking thread so the server keeps answering. A panic is reported like a
    /// build problem and the next change starts a fresh session.
    async fn build_blocking(
        mut self,
        changed: Vec<PathBuf>,
    ) -> (Builder, Result<Built, Diagnostics>) {
        let site_dir = self.options.site_dir.clone();
        let job = tokio::task::spawn_blocking(move || {
            let result = catch_unwind(AssertUnwindSafe(|| self.build(&changed)));
            let result = result.unwrap_or_else(|_| {
                self.session = None;
                Err(Diagnostics::from(
                    Diagnostic::new(&site_dir, None, t!("crash-rebuild"))
                        .with_hint(t!("crash-hint")),
                ))
            });
            (self, result)
        });
        job.await
            .expect("the rebuild thread is never cancelled while the server runs")
    }
}

/// Runs the first build; returns the preview showing it and the loop that keeps it current.
pub async fn start(
    options: BuildOptions,
    watcher: SourceWatcher,
    lang: Lang,
) -> (Preview, RebuildLoop) {
    let started = Instant::now();
    let builder = Builder {
        options,
        session: None,
    };
    let (builder, first) = builder.build_blocking(Vec::new()).await;
    match &first {
        Ok((files, warnings)) => {
            let built = t!(
                "serve-built",
                files = t!("count-files", count = files.len()),
                ms = started.elapsed().as_millis().to_string()
            );
            print_warnings(warnings, lang);
            println!("{}", built.render(lang));
        }
        Err(problems) => {
            let note = t!("serve-showing-problems").render(lang);
            eprintln!("{}\n{note}", problems.report(lang));
        }
    }
    let preview = Preview::new(first, lang);
    (
        preview.clone(),
        RebuildLoop {
            preview,
            builder,
            watcher,
        },
    )
}

/// The warnings of a good build, in the terminal as in the overlay.
fn print_warnings(warnings: &Diagnostics, lang: Lang) {
    if !warnings.is_empty() {
        eprintln!("{}", warnings.render(lang));
    }
}

/// Rebuilds after each batch of changes and publishes the result.
pub struct RebuildLoop {
    preview: Preview,
    builder: Builder,
    watcher: SourceWatcher,
}

/// A pause before each search job, from `KB_SERVE_SEARCH_DELAY_MS`: tests use it to make a
/// search update land after open pages have reloaded and fetched the old index, as it does on
/// a big site.
fn search_delay() -> std::time::Duration {
    let ms = std::env::var("KB_SERVE_SEARCH_DELAY_MS").ok();
    std::time::Duration::from_millis(ms.and_then(|ms| ms.parse().ok()).unwrap_or(0))
}

/// The running search job, if any.
type SearchTask = Option<tokio::task::JoinHandle<SearchUpdate>>;

impl RebuildLoop {
    /// Runs until the watcher stops. After each rebuild the search index is updated on a thread
    /// of its own, so an edit is never kept waiting for it; once saves pause it is built whole.
    pub async fn run(mut self) {
        let mut search: SearchTask = None;
        loop {
            if search.is_none() {
                search = self.start_search(false);
            }
            let settle = tokio::time::sleep(SETTLE_AFTER);
            tokio::select! {
                changed = self.watcher.next_changes() => match changed {
                    Some(changed) => self.rebuild(changed).await,
                    None => return,
                },
                done = async { search.as_mut().expect("guarded by the select condition").await }, if search.is_some() => {
                    search = None;
                    self.searched(done);
                }
                () = settle, if search.is_none() => {
                    search = self.start_search(true);
                    if search.is_none() {
                        // Nothing to refresh: wait for the next change without waking up.
                        match self.watcher.next_changes().await {
                            Some(changed) => self.rebuild(changed).await,
                            None => return,
                        }
                    }
                }
            }
        }
    }

    fn start_search(&mut self, settle: bool) -> SearchTask {
        let job = self.builder.session.as_mut()?.search_job(settle)?;
        let delay = search_delay();
        Some(tokio::task::spawn_blocking(move || {
            std::thread::sleep(delay);
            job.run()
        }))
    }

    /// Takes in a finished search job; a panic in it is reported like a build problem.
    fn searched(&mut self, done: Result<SearchUpdate, tokio::task::JoinError>) {
        let Some(session) = self.builder.session.as_mut() else {
            return;
        };
        match done {
            Ok(update) => {
                if let Some(files) = session.apply_search(update) {
                    self.preview.replace_files(files);
                }
            }
            Err(_) => {
                session.search_failed();
                let site_dir = &self.builder.options.site_dir;
                let problem =
                    Diagnostic::new(site_dir, None, t!("crash-search")).with_hint(t!("crash-hint"));
                eprintln!("{}", problem.render(self.preview.lang));
                self.preview.publish(Err(Diagnostics::from(problem)));
            }
        }
    }

    async fn rebuild(&mut self, changed: Vec<PathBuf>) {
        let started = Instant::now();
        let count = changed.len();
        let placeholder = Builder {
            options: self.builder.options.clone(),
            session: None,
        };
        let builder = std::mem::replace(&mut self.builder, placeholder);
        let (builder, result) = builder.build_blocking(changed).await;
        self.builder = builder;
        let lang = self.preview.lang;
        match &result {
            Ok((_, warnings)) => {
                print_warnings(warnings, lang);
                let rebuilt = t!(
                    "serve-rebuilt",
                    ms = started.elapsed().as_millis().to_string(),
                    changed = t!("count-changed-files", count = count)
                );
                println!("{}", rebuilt.render(lang));
            }
            Err(problems) => {
                let note = t!("serve-still-serving").render(lang);
                eprintln!("{}\n{note}", problems.report(lang));
            }
        }
        self.preview.publish(result);
    }
}
