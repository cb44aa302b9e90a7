//! Walking the site's folders, one way for all of them: sorted by name, symbolic links followed
//! (a site may link a shared folder or file in), and a link that loops or leads nowhere
//! reported as a problem naming the link, never skipped in silence.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, io_reason};
use crate::t;

/// A walk of `dir` (itself included) that follows symbolic links, in file-name order.
pub fn walk(dir: &Path) -> WalkDir {
    WalkDir::new(dir).follow_links(true).sort_by_file_name()
}

/// A failed step of a walk as a problem; `shown` turns a walked path into the path the user
/// sees (relative to the site folder).
pub fn problem(err: &walkdir::Error, shown: &dyn Fn(&Path) -> PathBuf) -> Diagnostic {
    let path = err.path().map(shown).unwrap_or_default();
    if let Some(ancestor) = err.loop_ancestor() {
        return Diagnostic::new(path, None, t!("link-loops", ancestor = &shown(ancestor)))
            .with_hint(t!("link-loops-hint"));
    }
    match err.io_error() {
        Some(io) if io.kind() == std::io::ErrorKind::NotFound => {
            Diagnostic::new(path, None, t!("link-dangles")).with_hint(t!("link-dangles-hint"))
        }
        Some(io) => Diagnostic::new(path, None, t!("file-unreadable", error = io_reason(io).0)),
        None => Diagnostic::new(
            path,
            None,
            t!("file-unreadable", error = t!("io-other", code = "?")),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::display_path;

    #[test]
    fn loops_and_dangling_links_are_problems_naming_the_link() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("a")).unwrap();
        std::os::unix::fs::symlink("..", root.join("a/up")).unwrap();
        std::os::unix::fs::symlink("missing", root.join("a/gone")).unwrap();
        std::fs::write(root.join("file.txt"), "x").unwrap();
        std::os::unix::fs::symlink("file.txt", root.join("b.txt")).unwrap();
        let shown = |path: &Path| display_path(root, path);
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for entry in walk(root) {
            match entry {
                Ok(entry) if entry.file_type().is_file() => files.push(shown(entry.path())),
                Ok(_) => {}
                Err(err) => problems.push(problem(&err, &shown)),
            }
        }
        assert_eq!(files, [PathBuf::from("b.txt"), PathBuf::from("file.txt")]);
        let found: Vec<(String, bool)> = problems
            .iter()
            .map(|d| (d.path.display().to_string(), d.message.id() == "link-loops"))
            .collect();
        assert_eq!(
            found,
            [("a/gone".to_string(), false), ("a/up".to_string(), true)]
        );
    }
}
