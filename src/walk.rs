//! Walking and reading the site's folders, one way for all of them, because their files come
//! from many hands: sorted by name; only regular files and folders (a FIFO, device or socket is
//! a problem naming it and is never opened, so `kb build` and the preview cannot hang on one);
//! symbolic links followed only while they lead inside the site folder (or a folder config.toml
//! allows), so a link to `/proc/self/environ` or `~/.ssh` is a problem naming the link and its
//! target, never published; a link that loops or leads nowhere is a problem too.

use std::io::Read;
use std::path::{Path, PathBuf};

use walkdir::{DirEntry, WalkDir};

use crate::diagnostics::{Diagnostic, io_reason};
use crate::t;

/// Where the site's files may come from: the site folder and the folders config.toml allows
/// (`[security] allow_links_to`), as real paths.
#[derive(Debug, Clone)]
pub struct Scope {
    roots: Vec<PathBuf>,
}

impl Scope {
    /// The site folder alone: for config.toml, read before its allow-list is known.
    pub fn site(site_dir: &Path) -> Scope {
        Scope {
            roots: vec![real(site_dir)],
        }
    }

    /// The site folder and the folders links may lead into (`[security] allow_links_to`,
    /// relative to the site folder or absolute).
    pub fn with_allowed(site_dir: &Path, allowed: &[PathBuf]) -> Scope {
        let mut scope = Scope::site(site_dir);
        scope
            .roots
            .extend(allowed.iter().map(|dir| real(&site_dir.join(dir))));
        scope
    }

    /// The real path of `path` when it is a link leading outside the scope.
    fn escape(&self, path: &Path) -> Option<PathBuf> {
        let target = path.canonicalize().ok()?;
        (!self.roots.iter().any(|root| target.starts_with(root))).then_some(target)
    }
}

fn real(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

/// The entries under `dir` (itself included), in file-name order: regular files and folders, or
/// a problem for each entry kb will not read (see the module's doc). `shown` turns a walked
/// path into the path messages show (relative to the site folder).
pub fn walk<'a>(dir: &Path, scope: &'a Scope, shown: &'a dyn Fn(&Path) -> PathBuf) -> Walk<'a> {
    Walk {
        entries: WalkDir::new(dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter(),
        scope,
        shown,
        skip_hidden_folders: false,
    }
}

/// A walk of a site folder: see [`walk`].
pub struct Walk<'a> {
    entries: walkdir::IntoIter,
    scope: &'a Scope,
    shown: &'a dyn Fn(&Path) -> PathBuf,
    skip_hidden_folders: bool,
}

impl Walk<'_> {
    /// Leaves out folders whose names start with a dot (`.git`, an editor's settings) and all
    /// they hold; files whose names start with a dot are still yielded.
    pub fn skip_hidden_folders(mut self) -> Self {
        self.skip_hidden_folders = true;
        self
    }
}

impl Iterator for Walk<'_> {
    type Item = Result<DirEntry, Diagnostic>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let entry = match self.entries.next()? {
                Ok(entry) => entry,
                Err(err) => return Some(Err(problem(&err, self.shown))),
            };
            let is_dir = entry.file_type().is_dir();
            if self.skip_hidden_folders && is_dir && entry.depth() > 0 && is_hidden(&entry) {
                self.entries.skip_current_dir();
                continue;
            }
            let refused = refusal(&entry, self.scope, self.shown);
            if refused.is_some() && is_dir {
                self.entries.skip_current_dir();
            }
            return Some(refused.map_or(Ok(entry), Err));
        }
    }
}

/// Whether the entry's name starts with a dot.
pub fn is_hidden(entry: &DirEntry) -> bool {
    entry.file_name().as_encoded_bytes().starts_with(b".")
}

/// Why kb will not read the walked entry, if it will not.
fn refusal(
    entry: &DirEntry,
    scope: &Scope,
    shown: &dyn Fn(&Path) -> PathBuf,
) -> Option<Diagnostic> {
    let path = entry.path();
    if (entry.path_is_symlink() || entry.depth() == 0)
        && let Some(target) = scope.escape(path)
    {
        return Some(outside(&shown(path), &target));
    }
    let kind = entry.file_type();
    (!kind.is_file() && !kind.is_dir()).then(|| not_a_file(&shown(path)))
}

fn outside(shown: &Path, target: &Path) -> Diagnostic {
    Diagnostic::new(shown, None, t!("link-outside", target = target))
        .with_hint(t!("link-outside-hint"))
}

fn not_a_file(shown: &Path) -> Diagnostic {
    Diagnostic::new(shown, None, t!("not-a-file")).with_hint(t!("not-a-file-hint"))
}

/// Reads the file at `path`, shown as `shown`, only if it is a regular file inside `scope`:
/// opened without waiting (a FIFO would block forever) and checked to be a file once open, so
/// a file swapped for a FIFO or a device between the walk and the read is refused too.
pub fn read(path: &Path, shown: &Path, scope: &Scope) -> Result<Vec<u8>, Diagnostic> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|meta| meta.is_symlink());
    if is_link && let Some(target) = scope.escape(path) {
        return Err(outside(shown, &target));
    }
    let unreadable = |err: std::io::Error| {
        Diagnostic::new(shown, None, t!("file-unreadable", error = err.to_string()))
    };
    let mut file = open_without_waiting(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    if !meta.is_file() {
        return Err(not_a_file(shown));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.read_to_end(&mut bytes).map_err(unreadable)?;
    Ok(bytes)
}

#[cfg(unix)]
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// A path relative to a walked folder as an output path: its names joined by `/` whatever the
/// system's separator, so a name holding `\` on Linux stays one name (and is refused by
/// `output::check_path`) instead of turning into folders.
pub fn relative_name(relative: &Path) -> String {
    let names: Vec<String> = relative
        .iter()
        .map(|name| name.to_string_lossy().into_owned())
        .collect();
    names.join("/")
}

/// A failed step of a walk as a problem; `shown` turns a walked path into the path the user
/// sees (relative to the site folder).
fn problem(err: &walkdir::Error, shown: &dyn Fn(&Path) -> PathBuf) -> Diagnostic {
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

    fn walked(root: &Path, scope: &Scope) -> (Vec<PathBuf>, Vec<(String, &'static str)>) {
        let shown = |path: &Path| display_path(root, path);
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for entry in walk(root, scope, &shown) {
            match entry {
                Ok(entry) if entry.file_type().is_file() => files.push(shown(entry.path())),
                Ok(_) => {}
                Err(d) => problems.push((d.path.display().to_string(), d.message.id())),
            }
        }
        (files, problems)
    }

    #[test]
    fn loops_dangling_links_and_links_out_are_problems_naming_the_link() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        let secrets = tmp.path().join("secrets");
        std::fs::create_dir_all(root.join("a")).unwrap();
        std::fs::create_dir_all(&secrets).unwrap();
        std::fs::write(secrets.join("key"), "secret").unwrap();
        std::os::unix::fs::symlink("..", root.join("a/up")).unwrap();
        std::os::unix::fs::symlink("missing", root.join("a/gone")).unwrap();
        std::fs::write(root.join("file.txt"), "x").unwrap();
        std::os::unix::fs::symlink("file.txt", root.join("b.txt")).unwrap();
        std::os::unix::fs::symlink(&secrets, root.join("c")).unwrap();
        std::os::unix::fs::symlink(secrets.join("key"), root.join("d.txt")).unwrap();
        std::os::unix::fs::symlink("/dev/zero", root.join("e.md")).unwrap();
        let scope = Scope::site(&root);
        let (files, problems) = walked(&root, &scope);
        assert_eq!(files, [PathBuf::from("b.txt"), PathBuf::from("file.txt")]);
        assert_eq!(
            problems,
            [
                ("a/gone".to_string(), "link-dangles"),
                ("a/up".to_string(), "link-loops"),
                ("c".to_string(), "link-outside"),
                ("d.txt".to_string(), "link-outside"),
                ("e.md".to_string(), "link-outside"),
            ]
        );
        assert_eq!(
            read(&root.join("d.txt"), Path::new("d.txt"), &scope)
                .unwrap_err()
                .message
                .id(),
            "link-outside"
        );
    }

    #[test]
    fn an_allowed_folder_may_be_linked_into() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        let shared = tmp.path().join("shared");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::create_dir_all(&shared).unwrap();
        std::fs::write(shared.join("logo.png"), "png").unwrap();
        std::os::unix::fs::symlink(&shared, root.join("shared")).unwrap();
        let scope = Scope {
            roots: vec![real(&root), real(&shared)],
        };
        let (files, problems) = walked(&root, &scope);
        assert_eq!(files, [PathBuf::from("shared/logo.png")]);
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn fifos_are_problems_and_never_opened() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let fifo = root.join("wait.md");
        let made = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(made.as_ptr(), 0o644) }, 0);
        let scope = Scope::site(root);
        let (files, problems) = walked(root, &scope);
        assert!(files.is_empty());
        assert_eq!(problems, [("wait.md".to_string(), "not-a-file")]);
        // Opening a FIFO for reading would block until a writer came: this returns at once.
        let err = read(&fifo, Path::new("wait.md"), &scope).unwrap_err();
        assert_eq!(err.message.id(), "not-a-file");
    }

    #[test]
    fn relative_names_keep_backslashes_inside_names() {
        assert_eq!(relative_name(Path::new("a/b.png")), "a/b.png");
        assert_eq!(relative_name(Path::new("..\\..\\x.txt")), "..\\..\\x.txt");
    }
}
