//! Putting a rebuild in place over an output folder that holds more than kb's files (a `.git`,
//! a `CNAME`, the user's own files): as one undoable change. Everything that could refuse is
//! checked before the first change; then each step is journaled, and a step that fails undoes
//! the journal, or, where a step cannot be undone, names exactly what is new and what is gone.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

use anyhow::Result;
use rayon::prelude::*;

use super::marker::{Marker, ancestors};
use crate::diagnostics::io_failure;
use crate::i18n::Text;
use crate::output::MARKER;
use crate::t;

/// One build to put in place: its files in `new` (only those whose bytes changed), the hash of
/// every file it has, and `old` to keep what it replaces until the change is complete.
pub struct Change<'a> {
    pub target: &'a Path,
    pub new: &'a Path,
    pub old: &'a Path,
    pub previous: &'a Marker,
    pub hashes: &'a HashMap<String, u64>,
    pub staged: &'a [String],
}

/// A change made to the output folder, undone in reverse order when a later one fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The marker was replaced; it held these bytes before (`None`: there was none).
    Marker(Option<Vec<u8>>),
    /// A stale file was moved from the output into `old`.
    MovedAside(String),
    /// An empty folder kb had created was removed.
    RemovedFolder(String),
    CreatedFolder(String),
    /// A file of this build was moved in; `true` when it replaced one (kept in `old`).
    MovedIn(String, bool),
}

/// What an undo could not put back.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Left {
    /// Files of the failed build still in the output.
    pub new: Vec<String>,
    /// Files of the previous output not back in place (they are in `old`).
    pub missing: Vec<String>,
    /// Folders created or removed that could not be put back, and the marker if it could not.
    pub other: Vec<String>,
}

impl Left {
    pub fn is_empty(&self) -> bool {
        self.new.is_empty() && self.missing.is_empty() && self.other.is_empty()
    }
}

/// Puts the build in place and writes its marker; returns the files left alone because they
/// were changed by hand. On failure, what was changed is undone; the error says whether the
/// previous output is whole again, or what is not.
pub fn apply(change: &Change<'_>) -> Result<Vec<String>, Failure> {
    let plan = Plan::new(change).map_err(Failure::Refused)?;
    let mut journal = Vec::new();
    match plan.run(change, &mut journal) {
        Ok(()) => Ok(plan.changed_by_hand.into_iter().collect()),
        Err(err) => {
            let left = undo(&journal, &|step| undo_step(change, step));
            Err(Failure::Failed(err, left))
        }
    }
}

/// Why a change did not happen.
#[derive(Debug)]
pub enum Failure {
    /// Refused before anything changed.
    Refused(anyhow::Error),
    /// Failed half-way; `Left` is what the undo could not put back.
    Failed(anyhow::Error, Left),
}

/// What the change will do, worked out (and checked) before it does anything.
struct Plan {
    /// Files kb wrote before whose bytes are no longer what it wrote: left alone, never
    /// replaced or removed.
    changed_by_hand: BTreeSet<String>,
    /// Files kb wrote before that this build does not have.
    stale: Vec<String>,
    /// The files of this build to move in.
    staged: Vec<String>,
    /// Folders kb created before that this build does not need, deepest first.
    stale_folders: Vec<String>,
    /// Folders to create, outermost first.
    create: Vec<String>,
    /// The marker of the finished build.
    marker: Marker,
}

impl Plan {
    fn new(change: &Change<'_>) -> Result<Plan> {
        let Change {
            target,
            previous,
            hashes,
            staged,
            ..
        } = change;
        let changed_by_hand: BTreeSet<String> = previous
            .files
            .keys()
            .filter(|path| !hashes.contains_key(*path) || staged.contains(path))
            .filter(|path| changed_since_written(target, path, previous.files[*path]))
            .cloned()
            .collect();
        let mut stale: Vec<String> = previous
            .files
            .keys()
            .filter(|path| !hashes.contains_key(*path) && !changed_by_hand.contains(*path))
            .cloned()
            .collect();
        stale.sort_unstable();
        let staged: Vec<String> = staged
            .iter()
            .filter(|path| !changed_by_hand.contains(*path))
            .cloned()
            .collect();
        let stale_set: HashSet<&str> = stale.iter().map(String::as_str).collect();
        let needed: BTreeSet<&str> = hashes.keys().flat_map(|path| ancestors(path)).collect();
        let mut stale_folders: Vec<String> = previous
            .folders
            .iter()
            .filter(|folder| !needed.contains(folder.as_str()))
            .cloned()
            .collect();
        stale_folders.sort_by_key(|folder| std::cmp::Reverse(folder.matches('/').count()));
        let mut marker = Marker::default();
        let mut create = Vec::new();
        for &folder in &needed {
            match std::fs::symlink_metadata(target.join(folder)) {
                Err(_) => create.push(folder.to_string()),
                Ok(meta) if meta.is_dir() => {
                    if previous.folders.contains(folder) {
                        marker.folders.insert(folder.to_string());
                    }
                }
                Ok(meta) if meta.is_file() && stale_set.contains(folder) => {
                    create.push(folder.to_string())
                }
                Ok(_) => return Err(foreign(target, folder, t!("output-needs-folder"))),
            }
        }
        marker.folders.extend(create.iter().cloned());
        for path in &staged {
            match std::fs::symlink_metadata(target.join(path)) {
                Err(_) => {}
                Ok(meta) if meta.is_file() && previous.files.contains_key(path) => {}
                Ok(meta) if meta.is_dir() && previous.folders.contains(path) => {
                    check_emptied(target, path, &stale_set, previous)?;
                }
                Ok(_) => return Err(foreign(target, path, t!("output-would-replace"))),
            }
        }
        marker.files = hashes
            .iter()
            .map(|(path, hash)| (path.clone(), Some(*hash)))
            .collect();
        Ok(Plan {
            changed_by_hand,
            stale,
            staged,
            stale_folders,
            create,
            marker,
        })
    }

    fn run(&self, change: &Change<'_>, journal: &mut Vec<Step>) -> Result<()> {
        let Change {
            target,
            new,
            old,
            previous,
            ..
        } = change;
        let staged = &self.staged;
        // Until the build is in place, the marker names everything kb may have touched, so a
        // build killed half-way leaves nothing the next build would take for the user's.
        let mut pending = Marker::clone(previous);
        for path in self.stale.iter().chain(staged.iter()) {
            pending.files.insert(path.clone(), None);
        }
        pending.folders.extend(self.create.iter().cloned());
        let before = std::fs::read(target.join(MARKER)).ok();
        write_marker(target, new, &pending)?;
        journal.push(Step::Marker(before));

        let backups: Vec<&String> = staged
            .iter()
            .filter(|path| previous.files.contains_key(*path) && target.join(path).is_file())
            .collect();
        make_parents(old, self.stale.iter().chain(backups.iter().copied()))?;
        let moved = self.stale.par_iter().map(|path| {
            if std::fs::symlink_metadata(target.join(path)).is_err() {
                return Ok(None); // already gone (removed by hand): nothing to move
            }
            move_file(&target.join(path), &old.join(path))
                .map(|()| Some(Step::MovedAside(path.clone())))
        });
        collect(moved.collect(), journal)?;
        // A replaced file stays in place until the new one takes its name: a hard link keeps it.
        let kept: Vec<Result<()>> = backups
            .par_iter()
            .map(|path| keep_copy(&target.join(path), &old.join(path)))
            .collect();
        kept.into_iter().collect::<Result<()>>()?;

        for folder in &self.stale_folders {
            // Only once empty: a folder still holding the user's files stays, as theirs.
            if std::fs::remove_dir(target.join(folder)).is_ok() {
                journal.push(Step::RemovedFolder(folder.clone()));
            }
        }
        for folder in &self.create {
            let path = target.join(folder);
            std::fs::create_dir(&path)
                .map_err(|err| io_failure(t!("io-create-folder", path = &path), &err))?;
            journal.push(Step::CreatedFolder(folder.clone()));
        }
        let replaced: HashSet<&str> = backups.iter().map(|path| path.as_str()).collect();
        let moved_in = staged.par_iter().map(|path| {
            move_file(&new.join(path), &target.join(path)).map(|()| {
                Some(Step::MovedIn(
                    path.clone(),
                    replaced.contains(path.as_str()),
                ))
            })
        });
        collect(moved_in.collect(), journal)?;
        write_marker(target, new, &self.marker)
    }
}

/// A folder that a file of this build replaces must hold only what kb wrote and no longer needs.
fn check_emptied(
    target: &Path,
    folder: &str,
    stale: &HashSet<&str>,
    previous: &Marker,
) -> Result<()> {
    for entry in walkdir::WalkDir::new(target.join(folder)).min_depth(1) {
        let entry = entry.map_err(|err| {
            let read = t!("io-read-folder", path = target.join(folder));
            match err.io_error() {
                Some(io) => io_failure(read, io),
                None => anyhow::Error::new(crate::diagnostics::Failure::new(read)),
            }
        })?;
        let relative = entry
            .path()
            .strip_prefix(target)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        let kb_made = if entry.file_type().is_dir() {
            previous.folders.contains(&relative)
        } else {
            stale.contains(relative.as_str())
        };
        if !kb_made {
            return Err(foreign(
                target,
                &relative,
                t!("output-file-over-folder", folder = folder),
            ));
        }
    }
    Ok(())
}

fn foreign(target: &Path, path: &str, why: Text) -> anyhow::Error {
    crate::diagnostics::refusal(
        t!("output-not-kbs", path = target.join(path), why = why),
        t!("output-not-kbs-hint", path = target.join(path)),
    )
}

/// Journals the steps that were taken; the first failure is the error.
fn collect(results: Vec<Result<Option<Step>>>, journal: &mut Vec<Step>) -> Result<()> {
    let mut first = None;
    for result in results {
        match result {
            Ok(step) => journal.extend(step),
            Err(err) => first = first.or(Some(err)),
        }
    }
    first.map_or(Ok(()), Err)
}

/// Creates `root` and the folders in it that `paths` need.
fn make_parents<'a>(root: &Path, paths: impl Iterator<Item = &'a String>) -> Result<()> {
    let parents: BTreeSet<&str> = paths
        .map(|path| path.rsplit_once('/').map_or("", |(parent, _)| parent))
        .chain([""])
        .collect();
    for parent in parents {
        let path = root.join(parent);
        std::fs::create_dir_all(&path)
            .map_err(|err| io_failure(t!("io-create-folder", path = &path), &err))?;
    }
    Ok(())
}

/// Whether the file kb wrote at `path` holds other bytes now than those it wrote (`hash`); a
/// file that is gone, or whose bytes kb does not know (a build was killed replacing it), is not.
fn changed_since_written(target: &Path, path: &str, hash: Option<u64>) -> bool {
    let Some(hash) = hash else {
        return false;
    };
    let is_file = std::fs::symlink_metadata(target.join(path)).is_ok_and(|meta| meta.is_file());
    is_file
        && std::fs::read(target.join(path))
            .is_ok_and(|bytes| xxhash_rust::xxh3::xxh3_64(&bytes) != hash)
}

/// Moves a file, by renaming it, or, where `to` is on another file system (an output folder
/// that is a mount point: a Docker volume, a tmpfs), by copying it and removing the original.
fn move_file(from: &Path, to: &Path) -> Result<()> {
    move_or_copy(from, to).map_err(|err| io_failure(t!("io-move", from = from, to = to), &err))
}

fn move_or_copy(from: &Path, to: &Path) -> std::io::Result<()> {
    match std::fs::rename(from, to) {
        Err(err) if err.kind() == std::io::ErrorKind::CrossesDevices => {
            std::fs::copy(from, to)?;
            std::fs::remove_file(from)
        }
        done => done,
    }
}

/// A second name for `path` at `copy` (a copy where the file system has no hard links).
fn keep_copy(path: &Path, copy: &Path) -> Result<()> {
    std::fs::hard_link(path, copy)
        .or_else(|_| std::fs::copy(path, copy).map(drop))
        .map_err(|err| io_failure(t!("io-copy", from = path, to = copy), &err))
}

/// Writes a marker beside the build's files, then renames it over the output's.
fn write_marker(target: &Path, new: &Path, marker: &Marker) -> Result<()> {
    let staged = new.join(MARKER);
    std::fs::write(&staged, marker.text())
        .map_err(|err| io_failure(t!("io-write", path = &staged), &err))?;
    move_file(&staged, &target.join(MARKER))
}

/// Undoes `journal`, newest step first, with `undo_step`; returns what it could not undo.
pub fn undo(journal: &[Step], undo_step: &dyn Fn(&Step) -> std::io::Result<()>) -> Left {
    let mut left = Left::default();
    for step in journal.iter().rev() {
        if undo_step(step).is_ok() {
            continue;
        }
        match step {
            Step::MovedIn(path, _) => left.new.push(path.clone()),
            Step::MovedAside(path) => left.missing.push(path.clone()),
            Step::RemovedFolder(path) | Step::CreatedFolder(path) => {
                left.other.push(format!("{path}/"))
            }
            Step::Marker(_) => left.other.push(MARKER.to_string()),
        }
    }
    for list in [&mut left.new, &mut left.missing, &mut left.other] {
        list.sort_unstable();
    }
    left
}

fn undo_step(change: &Change<'_>, step: &Step) -> std::io::Result<()> {
    let Change {
        target, new, old, ..
    } = change;
    match step {
        Step::MovedIn(path, true) => move_or_copy(&old.join(path), &target.join(path)),
        Step::MovedIn(path, false) => move_or_copy(&target.join(path), &new.join(path)),
        Step::MovedAside(path) => move_or_copy(&old.join(path), &target.join(path)),
        Step::RemovedFolder(path) => std::fs::create_dir(target.join(path)),
        Step::CreatedFolder(path) => std::fs::remove_dir(target.join(path)),
        Step::Marker(Some(bytes)) => {
            let staged = new.join(MARKER);
            std::fs::write(&staged, bytes)
                .and_then(|()| move_or_copy(&staged, &target.join(MARKER)))
        }
        Step::Marker(None) => std::fs::remove_file(target.join(MARKER)),
    }
}

/// The output folder after an undo, in words.
pub fn describe(target: &Path, old: &Path, left: &Left) -> Text {
    if left.is_empty() {
        return t!("output-put-back", out = target);
    }
    let list = |paths: &Vec<String>| {
        if paths.is_empty() {
            "-".to_string()
        } else {
            paths.join(", ")
        }
    };
    t!(
        "output-not-put-back",
        out = target,
        old = old,
        new = list(&left.new),
        missing = list(&left.missing),
        other = list(&left.other)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_undo_names_what_it_could_not_put_back() {
        let journal = vec![
            Step::Marker(Some(b"old marker".to_vec())),
            Step::MovedAside("gone.html".into()),
            Step::CreatedFolder("new".into()),
            Step::MovedIn("new/a.html".into(), false),
            Step::MovedIn("b.html".into(), true),
        ];
        let undone = std::cell::RefCell::new(Vec::new());
        let fails = |step: &Step| {
            undone.borrow_mut().push(step.clone());
            match step {
                Step::MovedIn(path, _) if path == "b.html" => {
                    Err(std::io::Error::other("read-only"))
                }
                Step::MovedAside(_) | Step::CreatedFolder(_) => {
                    Err(std::io::Error::other("read-only"))
                }
                _ => Ok(()),
            }
        };
        let left = undo(&journal, &fails);
        assert_eq!(
            undone.into_inner(),
            journal.iter().rev().cloned().collect::<Vec<_>>(),
            "newest first"
        );
        assert_eq!(left.new, ["b.html"]);
        assert_eq!(left.missing, ["gone.html"]);
        assert_eq!(left.other, ["new/"]);
        let text = describe(
            Path::new("/site/public"),
            Path::new("/site/.public.kb-new-1/old"),
            &left,
        )
        .to_string();
        assert!(text.contains("from this build: b.html"), "{text}");
        assert!(
            text.contains(
                "missing (the previous versions are in /site/.public.kb-new-1/old): gone.html"
            ),
            "{text}"
        );
        assert!(!text.contains("unchanged"), "{text}");
        assert!(
            describe(
                Path::new("/p"),
                Path::new("/o"),
                &undo(&journal, &|_| Ok(()))
            )
            .to_string()
            .contains("unchanged")
        );
    }
}
