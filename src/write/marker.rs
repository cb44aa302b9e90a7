//! The marker `.kb-output`: what kb wrote in an output folder, each file with the hash of its
//! bytes and each folder it created. It is all that lets kb replace or remove anything there,
//! so it is believed only when every entry stays inside the folder: a marker naming `../x`, an
//! absolute path, a path through a symbolic link or into `.git/` is not kb's and is refused.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use anyhow::Result;

use crate::diagnostics::io_failure;
use crate::i18n::Text;
use crate::t;

use crate::output::MARKER;

const HEADER: &str = "# Written by `kb build`. kb replaces or removes only what this list names: each file it wrote (with a hash of its bytes) and each folder it created.\n";
/// The header of markers written before kb listed folders: files only.
const FILES_ONLY_HEADER: &str = "# Written by `kb build`, which replaces this folder on every build. Hash and path of each file:\n";
/// Written instead of a hash for a file a build is replacing: its bytes are not known.
const CHANGING: &str = "changing";
const FOLDER: &str = "folder";

/// What kb wrote in an output folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marker {
    /// Output path → hash of its bytes; `None` while a build replaces it (a build killed then
    /// may have left either version).
    pub files: HashMap<String, Option<u64>>,
    /// Folders kb created (and may remove once they hold nothing).
    pub folders: BTreeSet<String>,
}

impl Marker {
    /// The marker of the output folder `out`; `None` when it has none.
    pub fn read(out: &Path) -> Result<Option<Marker>> {
        let path = out.join(MARKER);
        match std::fs::symlink_metadata(&path) {
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(io_failure(t!("io-read", path = &path), &err)),
            Ok(meta) if !meta.is_file() => refuse(out, MARKER, "marker-not-file")?,
            Ok(_) => {}
        }
        let text = std::fs::read_to_string(&path)
            .map_err(|err| io_failure(t!("io-read", path = &path), &err))?;
        let marker = Marker::parse(&text).or_else(|line| refuse(out, &line, "marker-not-line"))?;
        for path in marker.files.keys().chain(&marker.folders) {
            if let Err(why) = check_entry(out, path) {
                refuse(out, path, why)?;
            }
        }
        Ok(Some(marker))
    }

    /// Reads the text of a marker; the first line kb would not have written is the error.
    fn parse(text: &str) -> Result<Marker, String> {
        let (body, files_only) = match (
            text.strip_prefix(HEADER),
            text.strip_prefix(FILES_ONLY_HEADER),
        ) {
            (Some(body), _) => (body, false),
            (None, Some(body)) => (body, true),
            (None, None) => return Err(text.lines().next().unwrap_or_default().to_string()),
        };
        let mut marker = Marker::default();
        for line in body.lines() {
            let bad = || line.to_string();
            let (kind, path) = line.split_once(' ').ok_or_else(bad)?;
            match kind {
                FOLDER if !files_only => {
                    marker.folders.insert(path.to_string());
                }
                CHANGING if !files_only => {
                    marker.files.insert(path.to_string(), None);
                }
                hash if hash.len() == 16 => {
                    let hash = u64::from_str_radix(hash, 16).map_err(|_| bad())?;
                    marker.files.insert(path.to_string(), Some(hash));
                }
                _ => return Err(bad()),
            }
        }
        if files_only {
            // kb created every folder of its files then (it refused folders it had not made).
            let folders: Vec<String> = marker
                .files
                .keys()
                .flat_map(|path| ancestors(path))
                .map(str::to_string)
                .collect();
            marker.folders.extend(folders);
        }
        Ok(marker)
    }

    /// The marker's text: one line per file and folder, sorted by path.
    pub fn text(&self) -> String {
        let mut lines: BTreeMap<&str, String> = BTreeMap::new();
        for (path, hash) in &self.files {
            let kind = hash.map_or_else(|| CHANGING.to_string(), |hash| format!("{hash:016x}"));
            lines.insert(path, kind);
        }
        for path in &self.folders {
            lines.insert(path, FOLDER.to_string());
        }
        let mut text = String::with_capacity(HEADER.len() + lines.len() * 48);
        text.push_str(HEADER);
        for (path, kind) in lines {
            text.push_str(&kind);
            text.push(' ');
            text.push_str(path);
            text.push('\n');
        }
        text
    }
}

/// The folders that hold `path`, outermost first: `a/b/c.txt` → `a`, `a/b`.
pub fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    path.match_indices('/').map(move |(at, _)| &path[..at])
}

/// Why an entry of a marker cannot be kb's, if it cannot: kb writes only plain relative paths
/// inside the folder, never into `.git/`, never through a symbolic link. The reason is an id
/// of the catalogue.
fn check_entry(out: &Path, path: &str) -> Result<(), &'static str> {
    if path.starts_with('/') {
        return Err("marker-absolute");
    }
    let segments: Vec<&str> = path.split('/').collect();
    if segments.contains(&"..") {
        return Err("marker-leads-out");
    }
    if segments
        .iter()
        .any(|s| s.is_empty() || *s == "." || s.contains('\\'))
    {
        return Err("marker-not-path");
    }
    if segments[0] == ".git" {
        return Err("marker-in-git");
    }
    if path == MARKER {
        return Err("marker-itself");
    }
    let through_link = ancestors(path).chain([path]).any(|prefix| {
        std::fs::symlink_metadata(out.join(prefix)).is_ok_and(|meta| meta.file_type().is_symlink())
    });
    if through_link {
        return Err("marker-through-link");
    }
    Ok(())
}

fn refuse<T>(out: &Path, entry: &str, why: &'static str) -> Result<T> {
    Err(crate::diagnostics::refusal(
        t!(
            "marker-foreign",
            marker = out.join(MARKER),
            entry = entry,
            why = Text::new(why, Vec::new())
        ),
        t!("marker-foreign-hint", marker = MARKER),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_reads_back_as_the_same_marker() {
        let mut marker = Marker::default();
        marker
            .files
            .insert("articles/x/index.html".into(), Some(0xfeed));
        marker.files.insert("a b/c.txt".into(), None);
        marker.folders.extend([
            "articles".to_string(),
            "articles/x".to_string(),
            "a b".to_string(),
        ]);
        let text = marker.text();
        assert!(
            text.contains("\n000000000000feed articles/x/index.html\n"),
            "{text}"
        );
        assert!(text.contains("\nchanging a b/c.txt\n") && text.contains("\nfolder articles/x\n"));
        assert_eq!(Marker::parse(&text), Ok(marker));
    }

    #[test]
    fn markers_of_earlier_versions_list_files_and_imply_their_folders() {
        let text = format!("{FILES_ONLY_HEADER}00000000000000ff a/b/c.txt\n");
        let marker = Marker::parse(&text).unwrap();
        assert_eq!(marker.files["a/b/c.txt"], Some(0xff));
        assert_eq!(
            marker.folders,
            BTreeSet::from(["a".to_string(), "a/b".to_string()])
        );
        assert!(Marker::parse(&format!("{FILES_ONLY_HEADER}folder a\n")).is_err());
    }

    #[test]
    fn entries_that_leave_the_folder_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        std::fs::create_dir_all(out.join("real")).unwrap();
        std::os::unix::fs::symlink(tmp.path(), out.join("link")).unwrap();
        for bad in [
            "../x",
            "/etc/passwd",
            "a/../../x",
            "a//b",
            "./a",
            ".git/HEAD",
            ".kb-output",
            "link",
            "link/x",
            "",
        ] {
            assert!(check_entry(&out, bad).is_err(), "{bad}");
        }
        for good in ["real/x.html", "index.html", "a b/ג.txt", ".well-known/x"] {
            assert_eq!(check_entry(&out, good), Ok(()), "{good}");
        }
        std::fs::write(out.join(MARKER), format!("{HEADER}0000000000000001 ../x\n")).unwrap();
        let err = Marker::read(&out).unwrap_err().to_string();
        assert!(
            err.contains("not written by kb") && err.contains("`../x`"),
            "{err}"
        );
        std::fs::write(out.join(MARKER), "rm -rf /\n").unwrap();
        assert!(Marker::read(&out).is_err());
    }
}
