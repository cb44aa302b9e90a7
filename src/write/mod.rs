//! The one place that writes the built site, into an output folder users deploy from (often a
//! git worktree). kb replaces or removes only what its marker says it wrote there, and folders
//! it created once they hold nothing else: a `.git`, a `CNAME` or any file of the user's stays.
//! Nothing reaches the output before every page has rendered; a build's files are first written
//! to a staging folder beside the output, then put in place as one undoable change.

mod apply;
mod marker;

use std::collections::HashMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use rayon::prelude::*;
use xxhash_rust::xxh3::xxh3_64;

use crate::diagnostics::{Failure, io_failure, noted, refusal};
pub use crate::output::MARKER;
use crate::output::{OutputFile, Sink, check_path};
use crate::t;
use apply::{Change, Failure as Refusal};
use marker::{Marker, ancestors};

/// What may be in a folder kb has not built into yet besides nothing: a deployment's own files,
/// which kb leaves alone (a `.git` of a gh-pages worktree, GitHub Pages' `CNAME`, `.nojekyll`).
pub const KEPT: [&str; 5] = [".git", ".gitignore", ".gitattributes", ".nojekyll", "CNAME"];

/// How many files are written, moved or removed at once (see `Staging::io`).
const IO_THREADS: usize = 8;

/// Refuses output folders kb must not write into: the site itself, a folder holding the site or
/// its sources, or a folder kb did not build into that holds more than `KEPT`.
pub fn check_output_dir(site_dir: &Path, out: &Path) -> Result<()> {
    let site = site_dir
        .canonicalize()
        .map_err(|err| io_failure(t!("io-open-site", path = site_dir), &err))?;
    let target = absolute(out)?;
    if target == site || site.starts_with(&target) {
        return Err(refusal(
            t!("output-holds-site", out = out),
            t!("output-holds-site-hint", public = site.join("public")),
        ));
    }
    for source in ["content", "templates", "static", "themes"] {
        if target.starts_with(site.join(source)) {
            return Err(refusal(
                t!("output-in-source", out = out, source = source),
                t!("output-in-source-hint", source = source),
            ));
        }
    }
    if target.is_file() {
        return Err(refusal(
            t!("output-is-file", out = out),
            t!("output-is-file-hint"),
        ));
    }
    if target.is_dir() && std::fs::symlink_metadata(target.join(MARKER)).is_err() {
        let entries = std::fs::read_dir(&target)
            .map_err(|err| io_failure(t!("io-read-folder", path = out), &err))?;
        let foreign = entries
            .filter_map(|entry| entry.ok().map(|entry| entry.file_name()))
            .find(|name| !KEPT.iter().any(|kept| name == kept));
        if let Some(name) = foreign {
            return Err(refusal(
                t!(
                    "output-foreign",
                    out = out,
                    marker = MARKER,
                    name = name.to_string_lossy().into_owned()
                ),
                t!("output-foreign-hint", kept = KEPT.join(", ")),
            ));
        }
    }
    Ok(())
}

/// Where a build is written: `.NAME.kb-new-PID` beside the output `NAME` holds a lock (held
/// while the build runs), `new/` (the files whose bytes changed) and `old/` (what they replace,
/// until the change is complete). A first build renames `new/` into place; a rebuild moves its
/// files in one by one. A build that fails on its input never touches the output.
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    _lock: File,
    /// Held from the first look at the output until the build is in place or abandoned.
    _output_lock: OutputLock,
    /// Threads for file-system work: each write, rename or removal mostly waits on the disk
    /// (a few milliseconds each on a virtual machine's), so many at once go several times faster
    /// than one per core.
    io: rayon::ThreadPool,
    /// What kb wrote in the output before; `None` when there is no output folder yet.
    previous: Option<Marker>,
    /// Output path → hash of every file of this build.
    hashes: HashMap<String, u64>,
    /// The files written to `new/`.
    staged: Vec<String>,
    /// Removed when dropped unless an undo left the previous versions of files in it.
    keep: bool,
}

impl Staging {
    /// Prepares a build into `out`: reads (and checks) its marker and removes the staging
    /// folders of builds that were killed.
    pub fn create(out: &Path) -> Result<Staging> {
        let target = absolute(out)?;
        let not_a_folder = || refusal(t!("output-is-root", out = out), t!("output-is-file-hint"));
        let parent = target.parent().ok_or_else(not_a_folder)?;
        let name = target
            .file_name()
            .ok_or_else(not_a_folder)?
            .to_string_lossy()
            .into_owned();
        let prefix = format!(".{name}.kb-new-");
        std::fs::create_dir_all(parent)
            .map_err(|err| io_failure(t!("io-create-folder", path = parent), &err))?;
        let output_lock = OutputLock::take(parent, &name, &target)?;
        let io = rayon::ThreadPoolBuilder::new()
            .num_threads(IO_THREADS)
            .build()
            .map_err(|_| anyhow::Error::new(Failure::new(t!("io-threads"))))?;
        io.install(|| remove_leftovers(parent, &prefix, &target))?;
        let previous = match Marker::read(&target)? {
            Some(marker) => Some(marker),
            None if target.is_dir() => Some(Marker::default()),
            None => None,
        };
        let folder_name = format!("{prefix}{}", std::process::id());
        let dir = parent.join(&folder_name);
        std::fs::create_dir(&dir)
            .and_then(|()| std::fs::create_dir(dir.join("new")))
            .map_err(|err| io_failure(t!("io-create-folder", path = &dir), &err))?;
        let lock = lock(&dir.join(LOCK), &folder_name)?;
        Ok(Staging {
            target,
            dir,
            _lock: lock,
            _output_lock: output_lock,
            io,
            previous,
            hashes: HashMap::new(),
            staged: Vec::new(),
            keep: false,
        })
    }

    /// Puts the build in place of the previous output; returns the files kb left alone because
    /// they were changed by hand since kb wrote them. The error says what state the output is
    /// in: unchanged, or exactly which files are new and which are missing.
    pub fn commit(mut self) -> Result<Vec<String>> {
        let new = self.dir.join("new");
        let Some(previous) = &self.previous else {
            let marker = Marker {
                files: self
                    .hashes
                    .iter()
                    .map(|(p, h)| (p.clone(), Some(*h)))
                    .collect(),
                folders: self
                    .hashes
                    .keys()
                    .flat_map(|p| ancestors(p))
                    .map(str::to_string)
                    .collect(),
            };
            let moved = write_file(&new.join(MARKER), marker.text().as_bytes()).and_then(|()| {
                std::fs::rename(&new, &self.target)
                    .map_err(|err| io_failure(t!("io-move", from = &new, to = &self.target), &err))
            });
            return moved
                .map(|()| Vec::new())
                .map_err(|err| noted(err, t!("output-none-before")));
        };
        let old = self.dir.join("old");
        let change = Change {
            target: &self.target,
            new: &new,
            old: &old,
            previous,
            hashes: &self.hashes,
            staged: &self.staged,
        };
        match self.io.install(|| apply::apply(&change)) {
            Ok(kept) => Ok(kept),
            Err(Refusal::Refused(err)) => Err(noted(err, t!("output-kept", out = &self.target))),
            Err(Refusal::Failed(err, left)) => {
                self.keep = !left.missing.is_empty();
                Err(noted(err, apply::describe(&self.target, &old, &left)))
            }
        }
    }
}

impl Sink for Staging {
    fn accept(&mut self, files: Vec<OutputFile>) -> Result<()> {
        // The build checked every path it made; this is the gate no later feature can bypass.
        for file in &files {
            if let Err(bad) = check_path(&file.path) {
                return Err(refusal(
                    t!("output-bad-path", path = &file.path, why = bad.message()),
                    t!("crash-hint"),
                ));
            }
        }
        let target = &self.target;
        let previous = self.previous.as_ref();
        let hashed: Vec<(OutputFile, u64, bool)> = files
            .into_par_iter()
            .map(|file| {
                let hash = xxh3_64(&file.bytes);
                let changed = previous.is_none_or(|marker| {
                    marker.files.get(&file.path) != Some(&Some(hash))
                        || !unchanged_on_disk(&target.join(&file.path), file.bytes.len())
                });
                (file, hash, changed)
            })
            .collect();
        let changed: Vec<&OutputFile> = hashed.iter().filter(|f| f.2).map(|f| &f.0).collect();
        self.io
            .install(|| write_files(&self.dir.join("new"), &changed))?;
        self.staged
            .extend(changed.iter().map(|file| file.path.clone()));
        self.hashes
            .extend(hashed.into_iter().map(|(file, hash, _)| (file.path, hash)));
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.keep {
            let _ = self.io.install(|| remove_dir(&self.dir));
        }
    }
}

/// The lock file in each staging folder; it names its folder, so only a folder holding it is
/// taken for kb's own (a folder of the user's named like one is left alone).
const LOCK: &str = "lock";

/// Takes the lock of a staging folder named `folder_name`, held until the build ends (the
/// system drops it when the process dies, however it dies).
fn lock(path: &Path, folder_name: &str) -> Result<File> {
    let file = File::create(path).map_err(|err| io_failure(t!("io-create", path = path), &err))?;
    file.try_lock()
        .map_err(|_| anyhow::Error::new(Failure::new(t!("io-lock", path = path))))?;
    (&file)
        .write_all(folder_name.as_bytes())
        .map_err(|err| io_failure(t!("io-write", path = path), &err))?;
    Ok(file)
}

/// One build at a time per output folder: `.NAME.kb-lock` beside it, locked for the whole
/// build and removed when it ends.
struct OutputLock {
    path: PathBuf,
    _file: File,
}

impl OutputLock {
    fn take(parent: &Path, name: &str, target: &Path) -> Result<OutputLock> {
        let path = parent.join(format!(".{name}.kb-lock"));
        loop {
            let file = std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)
                .map_err(|err| io_failure(t!("io-create", path = &path), &err))?;
            match file.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(refusal(
                        t!("output-busy-now", out = target),
                        t!("output-busy-hint"),
                    ));
                }
                Err(std::fs::TryLockError::Error(err)) => {
                    return Err(io_failure(t!("io-lock", path = &path), &err));
                }
            }
            // The build that held it may have removed it just before: only the file still at
            // that name is the lock.
            if same_file(&file, &path) {
                return Ok(OutputLock { path, _file: file });
            }
        }
    }
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        // Removed while still locked, so no other build can lock the removed file.
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.is_file()
}

/// Removes the staging folders (`PREFIX<pid>`, and `.old` ones of earlier versions) of builds
/// that died; refuses to go on while another build into the same output is running.
fn remove_leftovers(parent: &Path, prefix: &str, target: &Path) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return Ok(());
    };
    for entry in entries.filter_map(|entry| entry.ok()) {
        // Only real folders: a link of that name (in a cloned repository, say) is not kb's,
        // and removing what it leads to could reach anywhere.
        let is_folder = entry.file_type().is_ok_and(|kind| kind.is_dir());
        if !is_folder || !entry.file_name().to_string_lossy().starts_with(prefix) {
            continue;
        }
        let dir = entry.path();
        let names_itself = std::fs::read(dir.join(LOCK))
            .is_ok_and(|text| text == entry.file_name().as_encoded_bytes());
        if !names_itself {
            continue;
        }
        if let Ok(lock) = File::open(dir.join(LOCK))
            && lock.try_lock().is_err()
        {
            return Err(refusal(
                t!("output-busy", out = target, staging = &dir),
                t!("output-busy-hint"),
            ));
        }
        remove_dir(&dir)?;
    }
    Ok(())
}

/// The file is still there with the size kb wrote (so nobody edited or removed it by hand).
fn unchanged_on_disk(path: &Path, len: usize) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|meta| meta.is_file() && meta.len() == len as u64)
}

fn write_files(root: &Path, files: &[&OutputFile]) -> Result<()> {
    let mut dirs: Vec<&str> = files
        .iter()
        .filter_map(|file| file.path.rsplit_once('/').map(|(dir, _)| dir))
        .collect();
    dirs.sort_unstable();
    dirs.dedup();
    for dir in dirs {
        let path = root.join(dir);
        std::fs::create_dir_all(&path)
            .map_err(|err| io_failure(t!("io-create-folder", path = &path), &err))?;
    }
    files
        .par_iter()
        .try_for_each(|file| write_file(&root.join(&file.path), &file.bytes))
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|err| io_failure(t!("io-write", path = path), &err))
}

/// Removes a folder of kb's own making, every file and folder in it in parallel (it may hold a
/// whole build); absent is fine. Symbolic links are removed, never followed.
fn remove_dir(dir: &Path) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    let entries: Vec<std::fs::DirEntry> = entries.filter_map(Result::ok).collect();
    entries.par_iter().try_for_each(|entry| {
        let path = entry.path();
        if entry.file_type().is_ok_and(|kind| kind.is_dir()) {
            remove_dir(&path)
        } else {
            std::fs::remove_file(&path)
                .map_err(|err| io_failure(t!("io-remove", path = &path), &err))
        }
    })?;
    std::fs::remove_dir(dir).map_err(|err| io_failure(t!("io-remove", path = dir), &err))
}

/// The real path of `path` (which need not exist yet): the longest part that exists with its
/// links resolved, then the rest with `..` taken away lexically, so `nonexist/../site/static`
/// is known for the `static/` it is.
fn absolute(path: &Path) -> Result<PathBuf> {
    let absolute =
        std::path::absolute(path).map_err(|err| io_failure(t!("io-read", path = path), &err))?;
    let mut real = PathBuf::new();
    for part in absolute.components() {
        match part {
            std::path::Component::ParentDir => {
                real.pop();
            }
            std::path::Component::CurDir => {}
            part => {
                real.push(part);
                if let Ok(resolved) = real.canonicalize() {
                    real = resolved;
                }
            }
        }
    }
    Ok(real)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    fn replace_output(out: &Path, files: Vec<OutputFile>) {
        let mut staging = Staging::create(out).unwrap();
        staging.accept(files).unwrap();
        staging.commit().unwrap();
    }

    #[test]
    fn an_uncommitted_staging_leaves_the_output_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        replace_output(&out, vec![file("keep.txt", "1")]);
        let mut staging = Staging::create(&out).unwrap();
        staging.accept(vec![file("new.txt", "2")]).unwrap();
        drop(staging);
        assert!(out.join("keep.txt").exists() && !out.join("new.txt").exists());
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_link_named_like_a_staging_folder_is_left_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let precious = tmp.path().join("precious");
        std::fs::create_dir_all(&precious).unwrap();
        std::fs::write(precious.join("thesis.txt"), "years of work").unwrap();
        std::os::unix::fs::symlink(&precious, tmp.path().join(".public.kb-new-1")).unwrap();
        replace_output(&tmp.path().join("public"), vec![file("a.txt", "1")]);
        assert!(precious.join("thesis.txt").is_file());
    }

    #[test]
    fn a_second_build_into_the_same_output_at_once_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let running = Staging::create(&out).unwrap();
        let err = Staging::create(&out).err().unwrap().to_string();
        assert!(err.contains("another kb build"), "{err}");
        drop(running);
        replace_output(&out, vec![file("a.txt", "1")]);
    }

    #[test]
    fn replaces_only_its_own_files_and_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("site");
        std::fs::create_dir_all(site.join("content")).unwrap();
        let out = site.join("public");
        check_output_dir(&site, &out).unwrap();
        replace_output(&out, vec![file("a/index.html", "1"), file("b.txt", "2")]);
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "1"
        );
        std::fs::create_dir_all(out.join("mine")).unwrap();
        check_output_dir(&site, &out).unwrap();
        replace_output(&out, vec![file("c.txt", "3")]);
        assert!(!out.join("a").exists() && out.join("c.txt").exists() && out.join("mine").is_dir());
        assert_eq!(
            std::fs::read_dir(&site).unwrap().count(),
            2,
            "no temporary folders left behind"
        );

        assert!(check_output_dir(&site, &site).is_err());
        assert!(check_output_dir(&site, tmp.path()).is_err());
        assert!(check_output_dir(&site, &site.join("content/out")).is_err());
        let foreign = tmp.path().join("foreign");
        std::fs::create_dir_all(foreign.join(".git")).unwrap();
        std::fs::write(foreign.join("CNAME"), "x").unwrap();
        check_output_dir(&site, &foreign).unwrap();
        std::fs::write(foreign.join("keep.txt"), "x").unwrap();
        let err = check_output_dir(&site, &foreign).unwrap_err().to_string();
        assert!(
            err.contains("kb did not build into it") && err.contains("keep.txt"),
            "{err}"
        );
    }
}
