//! The one place that writes the built site: into a fresh folder beside the output, swapped in
//! only when every file is written, so a failed build never leaves a half-written site. kb only
//! ever replaces a folder that carries its marker.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;

use crate::output::OutputFile;
use crate::site::Sink;
use std::collections::HashSet;

/// The file that marks a folder as kb's output, safe to replace.
pub const MARKER: &str = ".kb-output";
const MARKER_TEXT: &str = "This folder is written by `kb build` and replaced on every build.\n";

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

/// A fresh folder beside the output that receives the build; `commit` swaps it in. Dropped
/// without a commit, it removes itself and the previous output stays as it was.
pub struct Staging {
    target: PathBuf,
    fresh: PathBuf,
    old: PathBuf,
    dirs: HashSet<String>,
    committed: bool,
}

impl Staging {
    pub fn create(out: &Path) -> Result<Staging> {
        let target = absolute(out)?;
        let parent = target
            .parent()
            .context("the output folder has no parent folder")?;
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
        let name = target
            .file_name()
            .context("the output folder has no name")?
            .to_string_lossy()
            .into_owned();
        let fresh = parent.join(format!(".{name}.kb-new-{}", std::process::id()));
        let old = parent.join(format!(".{name}.kb-old-{}", std::process::id()));
        remove_dir(&fresh)?;
        std::fs::create_dir_all(&fresh)
            .with_context(|| format!("cannot create {}", fresh.display()))?;
        std::fs::write(fresh.join(MARKER), MARKER_TEXT)
            .with_context(|| format!("cannot write in {}", fresh.display()))?;
        Ok(Staging {
            target,
            fresh,
            old,
            dirs: HashSet::new(),
            committed: false,
        })
    }

    /// Swaps the staged build in for the previous output.
    pub fn commit(mut self) -> Result<()> {
        if self.target.exists() {
            std::fs::rename(&self.target, &self.old).with_context(|| {
                format!(
                    "cannot move the previous output {} aside",
                    self.target.display()
                )
            })?;
        }
        if let Err(err) = std::fs::rename(&self.fresh, &self.target) {
            let _ = std::fs::rename(&self.old, &self.target);
            return Err(err).with_context(|| {
                format!("cannot move the new output into {}", self.target.display())
            });
        }
        self.committed = true;
        remove_dir(&self.old)
    }
}

impl Sink for Staging {
    fn accept(&mut self, files: Vec<OutputFile>) -> Result<()> {
        let mut new_dirs: Vec<&str> = files
            .iter()
            .filter_map(|f| f.path.rsplit_once('/').map(|(dir, _)| dir))
            .filter(|dir| !self.dirs.contains(*dir))
            .collect();
        new_dirs.sort_unstable();
        new_dirs.dedup();
        for dir in new_dirs {
            let path = self.fresh.join(dir);
            std::fs::create_dir_all(&path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            self.dirs.insert(dir.to_string());
        }
        let root = &self.fresh;
        files.par_iter().try_for_each(|file| {
            let path = root.join(&file.path);
            std::fs::write(&path, &file.bytes)
                .with_context(|| format!("cannot write {}", path.display()))
        })
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = remove_dir(&self.fresh);
        }
    }
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
