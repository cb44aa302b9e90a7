//! `kb init`: a working Hebrew site in a new or empty folder (config with the four types, a
//! starter tag vocabulary, menus and the accessibility settings to fill in; one sample item of
//! each type, a home intro, an about page, `.gitignore`), and with `--github-pages` the workflow
//! that publishes it. The starter lives in `init/` and is embedded in the binary.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use include_dir::{Dir, include_dir};

use crate::new::today;

static STARTER: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/init/site");
const GITHUB_PAGES: &str = include_str!("../init/github-pages.yml");
const WORKFLOW: &str = ".github/workflows/pages.yml";
/// Where kb itself is installed from by the workflow, when Cargo.toml names its repository.
const KB_GIT: &str = env!("CARGO_PKG_REPOSITORY");
/// Whether the workflow `--github-pages` writes already names where to install kb from; when
/// not, the user must fill in `KB_GIT`, and `kb init` says so.
pub const WORKFLOW_KNOWS_KB: bool = !KB_GIT.is_empty();

/// What a folder may already hold for `kb init` to write into it: a fresh `git clone` of an
/// empty repository.
const ALLOWED: [&str; 1] = [".git"];

/// Where to create the site, and whether to add the GitHub Pages workflow.
#[derive(Debug, Clone)]
pub struct InitOptions {
    /// The folder to create the site in: new, empty, or a fresh clone.
    pub dir: PathBuf,
    /// Also write `.github/workflows/pages.yml`.
    pub github_pages: bool,
}

/// Writes the starter site; returns the files written, relative to the folder, sorted.
pub fn init(options: &InitOptions) -> anyhow::Result<Vec<PathBuf>> {
    refuse_non_empty(&options.dir, "kb init")?;
    let mut files = Vec::new();
    let mut stack = vec![&STARTER];
    while let Some(dir) = stack.pop() {
        for file in dir.files() {
            let text = String::from_utf8_lossy(file.contents());
            files.push((file.path().to_path_buf(), fill(&text)));
        }
        stack.extend(dir.dirs());
    }
    if options.github_pages {
        let git = if WORKFLOW_KNOWS_KB {
            KB_GIT
        } else {
            "https://github.com/OWNER/kb # replace with the address of kb's repository"
        };
        files.push((WORKFLOW.into(), GITHUB_PAGES.replace("{{KB_GIT}}", git)));
    }
    files.sort();
    for (relative, text) in &files {
        let path = options.dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create the folder {}", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

/// The starter's dates are the day the site is created.
fn fill(text: &str) -> String {
    text.replace("{{TODAY}}", &today().to_string())
}

/// Refuses a folder that holds anything but `.git`: `command` (`kb init`, `kb import
/// wordpress EXPORT.xml`) writes a whole site and replaces nothing of yours.
pub(crate) fn refuse_non_empty(dir: &Path, command: &str) -> anyhow::Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(err) => {
            return Err(err).with_context(|| format!("cannot read the folder {}", dir.display()));
        }
    };
    let mut found: Vec<String> = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot read the folder {}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !ALLOWED.contains(&name.as_str()) {
            found.push(name);
        }
    }
    if !found.is_empty() {
        found.sort();
        let shown = found.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
        bail!(
            "{} is not empty (it holds {shown}{}); {command} writes only into a new or empty folder, so nothing of yours is replaced.\n  hint: run `{command} NEW-FOLDER-NAME` to create the site in a new folder",
            dir.display(),
            if found.len() > 3 { ", ..." } else { "" }
        );
    }
    Ok(())
}
