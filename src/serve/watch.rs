//! Watching the site's sources (`content/`, `templates/`, `themes/`, `static/`, `config.toml`)
//! with notify, debounced by notify-debouncer-full so an editor's atomic save (temp file, rename)
//! or a burst of changes becomes one batch. Editors' temporary files and reads are left out;
//! source folders created after the start are watched when they appear.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::i18n::{Lang, tr};
use crate::t;
use notify::event::{AccessKind, AccessMode, ModifyKind};
use notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache, new_debouncer,
};
use tokio::sync::mpsc;

/// The folders of a site whose changes call for a rebuild.
const SOURCE_DIRS: [&str; 4] = ["content", "templates", "themes", "static"];
const CONFIG_FILE: &str = "config.toml";
/// Long enough to join a temp-file-and-rename save, short enough not to be felt.
const DEBOUNCE: Duration = Duration::from_millis(20);

/// A running watch on one site folder.
pub struct SourceWatcher {
    /// The language of its warnings.
    lang: Lang,
    site_dir: PathBuf,
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    events: mpsc::UnboundedReceiver<DebounceEventResult>,
}

/// The watcher could not start: the preview would not follow saves.
fn watch_failure(site_dir: &Path) -> anyhow::Error {
    crate::diagnostics::refusal(
        crate::t!("io-watch", path = site_dir),
        crate::t!("io-other-hint"),
    )
}

impl SourceWatcher {
    /// Starts watching `site_dir` (an absolute path): its source folders that exist, and the
    /// folder itself, not recursively, for `config.toml` and source folders created later.
    pub fn start(site_dir: &Path, lang: Lang) -> anyhow::Result<SourceWatcher> {
        let (sender, events) = mpsc::unbounded_channel();
        let debouncer = new_debouncer(DEBOUNCE, None, move |result| {
            let _ = sender.send(result);
        })
        .map_err(|_| watch_failure(site_dir))?;
        let mut watcher = SourceWatcher {
            lang,
            site_dir: site_dir.to_path_buf(),
            debouncer,
            events,
        };
        watcher
            .debouncer
            .watch(site_dir, RecursiveMode::NonRecursive)
            .map_err(|_| watch_failure(site_dir))?;
        for name in SOURCE_DIRS {
            watcher.watch_source_dir(&site_dir.join(name));
        }
        Ok(watcher)
    }

    /// Changes under `dir` may go unseen: said once, as a warning, while the preview runs.
    fn warn(&self, dir: &Path) {
        let lang = self.lang;
        eprintln!(
            "{}: {}\n  {}: {}",
            tr(lang, "label-warning"),
            t!("io-watch", path = dir).render(lang),
            tr(lang, "label-hint"),
            tr(lang, "serve-watch-hint")
        );
    }

    fn watch_source_dir(&mut self, dir: &Path) {
        if !dir.is_dir() {
            return;
        }
        if self.debouncer.watch(dir, RecursiveMode::Recursive).is_err() {
            self.warn(dir);
        }
    }

    /// The next batch of changed source paths (absolute, sorted, no duplicates). Waits for one
    /// batch and takes every batch queued behind it, so a burst during a rebuild is one rebuild.
    pub async fn next_changes(&mut self) -> Option<Vec<PathBuf>> {
        loop {
            let mut batches = vec![self.events.recv().await?];
            while let Ok(batch) = self.events.try_recv() {
                batches.push(batch);
            }
            let changed = self.sources_in(batches);
            if !changed.is_empty() {
                return Some(changed);
            }
        }
    }

    fn sources_in(&mut self, batches: Vec<DebounceEventResult>) -> Vec<PathBuf> {
        let mut changed = Vec::new();
        for batch in batches {
            match batch {
                Ok(events) => events
                    .into_iter()
                    .for_each(|event| self.collect(event, &mut changed)),
                Err(_) => self.warn(&self.site_dir.clone()),
            }
        }
        changed.sort();
        changed.dedup();
        changed
    }

    fn collect(&mut self, event: DebouncedEvent, changed: &mut Vec<PathBuf>) {
        if event.need_rescan() {
            // The kernel dropped events: only a rebuild of everything is safe.
            changed.push(self.site_dir.clone());
            return;
        }
        if !is_write(&event.kind) {
            return;
        }
        let appeared = matches!(
            event.kind,
            EventKind::Create(_) | EventKind::Modify(ModifyKind::Name(_))
        );
        for path in event.event.paths {
            if !self.is_source(&path) {
                continue;
            }
            if appeared && path.parent() == Some(&self.site_dir) {
                self.watch_source_dir(&path);
            }
            changed.push(path);
        }
    }

    fn is_source(&self, path: &Path) -> bool {
        let Ok(relative) = path.strip_prefix(&self.site_dir) else {
            return false;
        };
        let top = relative
            .components()
            .next()
            .and_then(|part| part.as_os_str().to_str());
        let wanted =
            relative == Path::new(CONFIG_FILE) || top.is_some_and(|top| SOURCE_DIRS.contains(&top));
        wanted && !is_editor_temp(path)
    }
}

/// Events that may change a file; opening or reading one (the build does) is not a change.
fn is_write(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Other => false,
        _ => true,
    }
}

/// Swap, backup and lock files of vim, emacs, gedit and JetBrains editors.
fn is_editor_temp(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|name| name.to_str()) else {
        return false;
    };
    name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with('~')
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913"
        || name.starts_with(".goutputstream-")
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_temp_files_are_ignored() {
        for name in [
            "x.md.swp",
            ".x.md.swx",
            "x.md~",
            ".#x.md",
            "#x.md#",
            "4913",
            ".goutputstream-AB12",
            "x.md___jb_tmp___",
        ] {
            assert!(
                is_editor_temp(Path::new("/s/content/articles").join(name).as_path()),
                "{name}"
            );
        }
        for name in ["x.md", "index.md", "style.css", "4913.md", "config.toml"] {
            assert!(
                !is_editor_temp(Path::new("/s/content/articles").join(name).as_path()),
                "{name}"
            );
        }
    }

    #[test]
    fn reads_are_not_writes() {
        assert!(!is_write(&EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(!is_write(&EventKind::Access(AccessKind::Close(
            AccessMode::Read
        ))));
        assert!(is_write(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(is_write(&EventKind::Modify(ModifyKind::Any)));
    }
}
