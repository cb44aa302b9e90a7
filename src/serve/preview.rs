//! What the preview shows, and the loop that keeps it current. Each rebuild, good or bad, publishes
//! a new numbered snapshot in one atomic swap: requests clone the `Arc` they were given and never
//! see a half-built site, and open pages compare build numbers to know when to reload.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use tokio::sync::watch;

use super::watch::SourceWatcher;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::OutputFile;
use crate::session::{Session, SiteFiles};
use crate::site::BuildOptions;

/// How long saves must pause before the search index is brought up to date.
const SEARCH_AFTER: std::time::Duration = std::time::Duration::from_millis(300);

/// One published state of the preview.
#[derive(Debug)]
pub struct Snapshot {
    /// Counts every build attempt, failed ones included; pages reload when it changes.
    pub build: u64,
    /// The files of the last good build (empty until the first build succeeds).
    pub files: Arc<SiteFiles>,
    /// The problems of the last attempt, when it failed.
    pub problems: Option<Diagnostics>,
}

/// The current snapshot, shared by the server and the rebuild loop.
#[derive(Debug, Clone)]
pub struct Preview {
    current: watch::Sender<Arc<Snapshot>>,
}

impl Preview {
    fn new(first: Result<Arc<SiteFiles>, Diagnostics>) -> Preview {
        let (files, problems) = match first {
            Ok(files) => (files, None),
            Err(problems) => (Arc::default(), Some(problems)),
        };
        let (current, _) = watch::channel(Arc::new(Snapshot {
            build: 1,
            files,
            problems,
        }));
        Preview { current }
    }

    /// The snapshot to answer one request from.
    pub fn current(&self) -> Arc<Snapshot> {
        Arc::clone(&self.current.borrow())
    }

    /// Waits until the build number differs from `seen`.
    pub async fn changed_from(&self, seen: u64) {
        let mut updates = self.current.subscribe();
        let _ = updates.wait_for(|snapshot| snapshot.build != seen).await;
    }

    /// Swaps in files that change no page (the search index): open pages are not reloaded.
    fn replace_files(&self, files: Arc<SiteFiles>) {
        self.current.send_modify(|snapshot| {
            *snapshot = Arc::new(Snapshot {
                build: snapshot.build,
                files,
                problems: snapshot.problems.clone(),
            });
        });
    }

    fn publish(&self, result: Result<Arc<SiteFiles>, Diagnostics>) {
        self.current.send_modify(|snapshot| {
            let (files, problems) = match result {
                Ok(files) => (files, None),
                Err(problems) => (Arc::clone(&snapshot.files), Some(problems)),
            };
            *snapshot = Arc::new(Snapshot {
                build: snapshot.build + 1,
                files,
                problems,
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
    fn build(&mut self, changed: &[PathBuf]) -> Result<Arc<SiteFiles>, Diagnostics> {
        if let Some(session) = &mut self.session {
            return session.rebuild(changed);
        }
        let session = Session::start(self.options.clone())?;
        let files = session.files();
        self.session = Some(session);
        Ok(files)
    }

    /// Builds on a blocking thread so the server keeps answering. A panic is reported like a
    /// build problem and the next change starts a fresh session.
    async fn build_blocking(
        mut self,
        changed: Vec<PathBuf>,
    ) -> (Builder, Result<Arc<SiteFiles>, Diagnostics>) {
        let site_dir = self.options.site_dir.clone();
        let job = tokio::task::spawn_blocking(move || {
            let result = catch_unwind(AssertUnwindSafe(|| self.build(&changed)));
            let result = result.unwrap_or_else(|_| {
                self.session = None;
                Err(Diagnostics::from(
                    Diagnostic::new(&site_dir, None, "kb crashed while rebuilding (a bug in kb)")
                        .with_hint("save again to retry; please report the message above"),
                ))
            });
            (self, result)
        });
        job.await
            .expect("the rebuild thread is never cancelled while the server runs")
    }
}

/// Runs the first build; returns the preview showing it and the loop that keeps it current.
pub async fn start(options: BuildOptions, watcher: SourceWatcher) -> (Preview, RebuildLoop) {
    let started = Instant::now();
    let builder = Builder {
        options,
        session: None,
    };
    let (builder, first) = builder.build_blocking(Vec::new()).await;
    match &first {
        Ok(files) => println!(
            "kb: built {} files in {} ms",
            files.len(),
            started.elapsed().as_millis()
        ),
        Err(problems) => {
            eprintln!("{problems}\nkb: the preview shows these problems until they are fixed.")
        }
    }
    let preview = Preview::new(first);
    (
        preview.clone(),
        RebuildLoop {
            preview,
            builder,
            watcher,
        },
    )
}

/// Rebuilds after each batch of changes and publishes the result.
pub struct RebuildLoop {
    preview: Preview,
    builder: Builder,
    watcher: SourceWatcher,
}

impl RebuildLoop {
    /// Runs until the watcher stops. Once saves pause, the search index is rebuilt on a thread
    /// of its own, so an edit is never kept waiting for it; a result that a newer build has
    /// overtaken is dropped and made again at the next pause.
    pub async fn run(mut self) {
        let mut search: Option<tokio::task::JoinHandle<(u64, Vec<OutputFile>)>> = None;
        loop {
            let idle = tokio::time::sleep(SEARCH_AFTER);
            tokio::select! {
                changed = self.watcher.next_changes() => match changed {
                    Some(changed) => self.rebuild(changed).await,
                    None => return,
                },
                done = async { search.as_mut().expect("guarded by the select condition").await }, if search.is_some() => {
                    search = None;
                    let (generation, files) = done.expect("the search thread does not panic");
                    if let Some(files) = self.builder.session.as_mut().and_then(|s| s.apply_search(generation, files)) {
                        self.preview.replace_files(files);
                    }
                }
                () = idle, if search.is_none() => {
                    if let Some(job) = self.builder.session.as_mut().and_then(Session::search_job) {
                        search = Some(tokio::task::spawn_blocking(move || job.run()));
                    } else {
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
        match &result {
            Ok(_) => println!(
                "rebuilt in {} ms ({count} {} changed)",
                started.elapsed().as_millis(),
                files_noun(count)
            ),
            Err(problems) => eprintln!("{problems}\nkb: still serving the last good build."),
        }
        self.preview.publish(result);
    }
}

fn files_noun(count: usize) -> &'static str {
    if count == 1 { "file" } else { "files" }
}
