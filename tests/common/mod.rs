//! Test harness: a fixture site copied to a temp folder, built with the real `kb` binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

pub const KB: &str = env!("CARGO_BIN_EXE_kb");

/// A site in a temp folder, built by the real binary.
pub struct TestSite {
    pub tmp: TempDir,
    pub dir: PathBuf,
}

/// The result of one `kb` run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Self {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

impl TestSite {
    /// A copy of `tests/fixtures/<name>` (or of a repo folder, e.g. `content-example`).
    pub fn copy_of(relative: &str) -> TestSite {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("site");
        copy_dir(&repo().join(relative), &dir);
        let _ = std::fs::remove_dir_all(dir.join("public"));
        TestSite { tmp, dir }
    }

    pub fn fixture(name: &str) -> TestSite {
        TestSite::copy_of(&format!("tests/fixtures/{name}"))
    }

    pub fn write(&self, relative: &str, text: impl AsRef<[u8]>) {
        let path = self.dir.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn remove(&self, relative: &str) {
        std::fs::remove_file(self.dir.join(relative)).unwrap();
    }

    pub fn kb(&self, args: &[&str]) -> Run {
        Command::new(KB)
            .env("KB_LANG", "en")
            .args(args)
            .current_dir(&self.dir)
            .output()
            .unwrap()
            .into()
    }

    /// `kb` with its messages in `lang`.
    pub fn kb_in(&self, lang: &str, args: &[&str]) -> Run {
        Command::new(KB)
            .env("KB_LANG", lang)
            .args(args)
            .current_dir(&self.dir)
            .output()
            .unwrap()
            .into()
    }

    /// `kb build` of this site into its `public/`.
    pub fn build(&self, extra: &[&str]) -> Run {
        let mut args = vec!["build", "."];
        args.extend_from_slice(extra);
        self.kb(&args)
    }

    pub fn out(&self) -> PathBuf {
        self.dir.join("public")
    }

    pub fn read(&self, relative: &str) -> String {
        let path = self.out().join(relative);
        std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, sorted by path.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

/// Every file (with its bytes) and folder (without) under a folder, sorted by path.
pub type Tree = Vec<(PathBuf, Option<Vec<u8>>)>;

/// The tree of `dir`: two outputs are the same when their trees are.
pub fn tree(dir: &Path) -> Tree {
    tree_without(dir, None)
}

/// The tree of `dir` without the folders named `skipped`; links are entries of their own,
/// never followed.
pub fn tree_without(dir: &Path, skipped: Option<&str>) -> Tree {
    let mut entries: Vec<_> = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| skipped.is_none_or(|name| e.file_name() != name))
        .map(Result::unwrap)
        .map(|e| {
            let bytes = e
                .file_type()
                .is_file()
                .then(|| std::fs::read(e.path()).unwrap());
            (e.path().strip_prefix(dir).unwrap().to_path_buf(), bytes)
        })
        .collect();
    entries.sort();
    entries
}

impl TestSite {
    /// A copy of this site's sources (without its output), built fresh: what a rebuild of this
    /// site must equal.
    pub fn fresh_build(&self) -> TestSite {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("site");
        copy_dir(&self.dir, &dir);
        let _ = std::fs::remove_dir_all(dir.join("public"));
        let fresh = TestSite { tmp, dir };
        let run = fresh.build(&[]);
        assert_eq!(run.code, 0, "fresh build: {}", run.stderr);
        fresh
    }
}
