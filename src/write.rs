//! The one place that writes the built site. Nothing is written before every page has rendered,
//! so a build that fails on its input leaves the previous output as it was; kb only ever
//! replaces a folder that carries its marker (which lists the hash of every file it wrote).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;

use crate::output::OutputFile;
use crate::site::Sink;
use std::collections::{HashMap, HashSet};
use xxhash_rust::xxh3::xxh3_64;

/// The file that marks a folder as kb's output, safe to replace.
pub const MARKER: &str = ".kb-output";

/// Refuses output folders kb must not replace: the site itself, a folder holding the site or
/// its sources, or a non-empty folder kb did not create.
pub fn check_output_dir(site_dir: &Path, out: &Path) -> Result<()> {
    let site = site_dir
        .canonicalize()
        .with_context(|| format!("cannot open the site folder {}", site_dir.display()))?;
    let target = absolute(out)?;
    if target == site || site.starts_with(&target) {
        bail!(
            "refusing to write the site into {}: it holds the site's own files, which a build would replace.\n  hint: choose an output folder of its own, e.g. -o {}",
            out.display(),
            site.join("public").display()
        );
    }
    for source in ["content", "templates", "static", "themes"] {
        if target.starts_with(site.join(source)) {
            bail!(
                "refusing to write the site into {}: it is inside the site's {source}/ folder.\n  hint: choose an output folder outside {source}/, e.g. the default public/",
                out.display()
            );
        }
    }
    if target.is_file() {
        bail!(
            "refusing to write the site into {}: it is a file.\n  hint: choose a folder",
            out.display()
        );
    }
    if target.is_dir() && !target.join(MARKER).is_file() {
        let mut entries =
            std::fs::read_dir(&target).with_context(|| format!("cannot read {}", out.display()))?;
        if entries.next().is_some() {
            bail!(
                "refusing to replace {}: it is not empty and was not created by kb (it has no {MARKER} file).\n  hint: choose a new or empty folder, or delete this one yourself if you are sure",
                out.display()
            );
        }
    }
    Ok(())
}

/// Where a build is written. A first build streams into a fresh folder beside the output and
/// renames it into place. A rebuild over kb's own output keeps in memory only the files whose
/// bytes changed (by the hashes in the marker file) and writes them, and removes stale files,
/// once every page has rendered. Either way a build that fails on its input writes nothing.
pub struct Staging {
    target: PathBuf,
    mode: Mode,
    /// Output path → hash of every file of this build.
    hashes: HashMap<String, u64>,
    committed: bool,
}

enum Mode {
    Fresh {
        dir: PathBuf,
        dirs: HashSet<String>,
    },
    Update {
        previous: HashMap<String, u64>,
        changed: Vec<OutputFile>,
    },
}

impl Staging {
    pub fn create(out: &Path) -> Result<Staging> {
        let target = absolute(out)?;
        let previous = read_manifest(&target.join(MARKER));
        let mode = match previous {
            Some(previous) => Mode::Update {
                previous,
                changed: Vec::new(),
            },
            None => {
                let parent = target
                    .parent()
                    .context("the output folder has no parent folder")?;
                let name = target
                    .file_name()
                    .context("the output folder has no name")?
                    .to_string_lossy()
                    .into_owned();
                let dir = parent.join(format!(".{name}.kb-new-{}", std::process::id()));
                remove_dir(&dir)?;
                std::fs::create_dir_all(&dir)
                    .with_context(|| format!("cannot create {}", dir.display()))?;
                Mode::Fresh {
                    dir,
                    dirs: HashSet::new(),
                }
            }
        };
        Ok(Staging {
            target,
            mode,
            hashes: HashMap::new(),
            committed: false,
        })
    }

    /// Puts the build in place of the previous output.
    pub fn commit(mut self) -> Result<()> {
        let manifest = manifest_text(&self.hashes);
        match &mut self.mode {
            Mode::Fresh { dir, .. } => {
                write_file(&dir.join(MARKER), manifest.as_bytes())?;
                // What is there is empty or kb's own (check_output_dir refuses anything else).
                let old = dir.with_extension("old");
                if self.target.exists() {
                    std::fs::rename(&self.target, &old).with_context(|| {
                        format!(
                            "cannot move the previous output {} aside",
                            self.target.display()
                        )
                    })?;
                }
                std::fs::rename(&*dir, &self.target).with_context(|| {
                    format!("cannot move the new output into {}", self.target.display())
                })?;
                remove_dir(&old)?;
            }
            Mode::Update { previous, changed } => {
                write_files(&self.target, changed, &mut HashSet::new())?;
                let stale: Vec<&String> = previous
                    .keys()
                    .filter(|path| !self.hashes.contains_key(*path))
                    .collect();
                stale
                    .par_iter()
                    .try_for_each(|path| remove_file(&self.target.join(path)))?;
                remove_empty_dirs(&self.target);
                write_file(&self.target.join(MARKER), manifest.as_bytes())?;
            }
        }
        self.committed = true;
        Ok(())
    }
}

impl Sink for Staging {
    fn accept(&mut self, files: Vec<OutputFile>) -> Result<()> {
        let hashed: Vec<(OutputFile, u64)> = files
            .into_par_iter()
            .map(|file| {
                let hash = xxh3_64(&file.bytes);
                (file, hash)
            })
            .collect();
        match &mut self.mode {
            Mode::Fresh { dir, dirs } => {
                let files: Vec<&OutputFile> = hashed.iter().map(|(file, _)| file).collect();
                write_files(dir, &files, dirs)?;
            }
            Mode::Update { previous, changed } => {
                let target = &self.target;
                let fresh: Vec<OutputFile> = hashed
                    .par_iter()
                    .filter(|(file, hash)| {
                        previous.get(&file.path) != Some(hash)
                            || !unchanged_on_disk(&target.join(&file.path), file.bytes.len())
                    })
                    .map(|(file, _)| file.clone())
                    .collect();
                changed.extend(fresh);
            }
        }
        self.hashes
            .extend(hashed.into_iter().map(|(file, hash)| (file.path, hash)));
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if let (false, Mode::Fresh { dir, .. }) = (self.committed, &self.mode) {
            let _ = remove_dir(dir);
        }
    }
}

/// The file is still there with the size kb wrote (so nobody edited or removed it by hand).
fn unchanged_on_disk(path: &Path, len: usize) -> bool {
    std::fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.len() == len as u64)
}

fn write_files<F: std::borrow::Borrow<OutputFile> + Sync>(
    root: &Path,
    files: &[F],
    made: &mut HashSet<String>,
) -> Result<()> {
    let mut new_dirs: Vec<&str> = files
        .iter()
        .filter_map(|f| f.borrow().path.rsplit_once('/').map(|(dir, _)| dir))
        .filter(|dir| !made.contains(*dir))
        .collect();
    new_dirs.sort_unstable();
    new_dirs.dedup();
    for dir in new_dirs {
        let path = root.join(dir);
        std::fs::create_dir_all(&path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        made.insert(dir.to_string());
    }
    files.par_iter().try_for_each(|file| {
        let file = file.borrow();
        write_file(&root.join(&file.path), &file.bytes)
    })
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

fn remove_file(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
            Err(err).with_context(|| format!("cannot remove {}", path.display()))
        }
        _ => Ok(()),
    }
}

/// Removes folders left empty by removed pages (deepest first).
fn remove_empty_dirs(root: &Path) {
    let mut dirs: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .min_depth(1)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_dir())
        .map(|e| e.into_path())
        .collect();
    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    for dir in dirs {
        let _ = std::fs::remove_dir(dir);
    }
}

const MANIFEST_HEADER: &str = "# Written by `kb build`, which replaces this folder on every build. Hash and path of each file:\n";

fn manifest_text(hashes: &HashMap<String, u64>) -> String {
    let mut lines: Vec<(&String, &u64)> = hashes.iter().collect();
    lines.sort_unstable();
    let mut text = String::with_capacity(MANIFEST_HEADER.len() + lines.len() * 48);
    text.push_str(MANIFEST_HEADER);
    for (path, hash) in lines {
        text.push_str(&format!("{hash:016x} {path}\n"));
    }
    text
}

/// The hashes of kb's previous output, or `None` when there is none to update.
fn read_manifest(path: &Path) -> Option<HashMap<String, u64>> {
    let text = std::fs::read_to_string(path).ok()?;
    let body = text.strip_prefix(MANIFEST_HEADER)?;
    body.lines()
        .map(|line| {
            let (hash, path) = line.split_once(' ')?;
            Some((path.to_string(), u64::from_str_radix(hash, 16).ok()?))
        })
        .collect()
}

/// Removes a folder of kb's own making, its subfolders in parallel; absent is fine.
fn remove_dir(dir: &Path) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    let paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.par_iter().try_for_each(|path| {
        let removed = if path.is_dir() {
            std::fs::remove_dir_all(path)
        } else {
            std::fs::remove_file(path)
        };
        removed.with_context(|| format!("cannot remove {}", path.display()))
    })?;
    std::fs::remove_dir(dir).with_context(|| format!("cannot remove {}", dir.display()))
}

fn absolute(path: &Path) -> Result<PathBuf> {
    if let Ok(canonical) = path.canonicalize() {
        return Ok(canonical);
    }
    let absolute =
        std::path::absolute(path).with_context(|| format!("cannot resolve {}", path.display()))?;
    match (
        absolute.parent().and_then(|p| p.canonicalize().ok()),
        absolute.file_name(),
    ) {
        (Some(parent), Some(name)) => Ok(parent.join(name)),
        _ => Ok(absolute),
    }
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
    fn replaces_only_its_own_folders() {
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
        check_output_dir(&site, &out).unwrap();
        replace_output(&out, vec![file("c.txt", "3")]);
        assert!(!out.join("a").exists() && out.join("c.txt").exists());
        assert_eq!(
            std::fs::read_dir(&site).unwrap().count(),
            2,
            "no temporary folders left behind"
        );

        assert!(check_output_dir(&site, &site).is_err());
        assert!(check_output_dir(&site, tmp.path()).is_err());
        assert!(check_output_dir(&site, &site.join("content/out")).is_err());
        let foreign = tmp.path().join("foreign");
        std::fs::create_dir_all(&foreign).unwrap();
        std::fs::write(foreign.join("keep.txt"), "x").unwrap();
        let err = check_output_dir(&site, &foreign).unwrap_err().to_string();
        assert!(err.contains("not created by kb"), "{err}");
    }
}
