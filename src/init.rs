//! `kb init`: a working Hebrew site in a new or empty folder (config with the four types, a
//! starter tag vocabulary, menus and the accessibility settings to fill in; one sample item of
//! each type, a home intro, an about page, `.gitignore`), and with `--github-pages` the workflow
//! that checks and publishes it with the release of this very kb. The starter lives in `init/`
//! and is embedded in the binary.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::diagnostics::{io_failure, refusal};
use crate::new::today;
use crate::t;

static STARTER: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/init/site");
const GITHUB_PAGES: &str = include_str!("../init/github-pages.yml");
const WORKFLOW: &str = ".github/workflows/pages.yml";
/// kb's home, `repository` in Cargo.toml: where its releases and guides are. The Pages
/// workflow installs the release of this very version from it.
pub const KB_HOME: &str = env!("CARGO_PKG_REPOSITORY");
const _: () = assert!(
    !KB_HOME.is_empty(),
    "Cargo.toml must name kb's repository: the Pages workflow and kb init's messages use it"
);

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
    /// The browser editor's backend (`github`, `gitlab`, ...): config.toml gets a `[cms]` table.
    pub cms: Option<String>,
}

/// Writes the starter site; returns the files written, relative to the folder, sorted.
pub fn init(options: &InitOptions) -> anyhow::Result<Vec<PathBuf>> {
    refuse_non_empty(&options.dir, "kb init")?;
    let mut files = Vec::new();
    let mut stack = vec![&STARTER];
    while let Some(dir) = stack.pop() {
        for file in dir.files() {
            let mut text = fill(&String::from_utf8_lossy(file.contents()));
            if let Some(backend) = options.cms.as_deref()
                && file.path() == Path::new(crate::config::CONFIG_FILE)
            {
                text.push_str(&cms_table(backend));
            }
            files.push((file.path().to_path_buf(), text));
        }
        stack.extend(dir.dirs());
    }
    if options.github_pages {
        let workflow = GITHUB_PAGES
            .replace("{{KB_HOME}}", KB_HOME)
            .replace("{{KB_VERSION}}", env!("CARGO_PKG_VERSION"));
        files.push((WORKFLOW.into(), workflow));
    }
    files.sort();
    for (relative, text) in &files {
        let path = options.dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|err| io_failure(t!("io-create-folder", path = parent), &err))?;
        }
        std::fs::write(&path, text)
            .map_err(|err| io_failure(t!("io-write", path = &path), &err))?;
    }
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

/// The `[cms]` table `kb init --cms BACKEND` adds to config.toml, with what to fill in.
fn cms_table(backend: &str) -> String {
    let repo = if backend == "git-gateway" {
        String::new()
    } else {
        "# המאגר שבו שמור האתר, כפי שהוא מופיע בכתובת שלו (ארגון/שם)\nrepo = \"my-org/my-site\"\n"
            .to_string()
    };
    format!(
        "\n# ---------------------------------------------------------------------------\n# העורך בדפדפן, בכתובת /admin/ של האתר: כותבים ושומרים בטופס, בלי TOML ובלי git.\n# ב־kb serve הוא שומר ישר לתיקייה הזאת; באתר המפורסם, למאגר (ראו docs/cms.he.md).\n# ---------------------------------------------------------------------------\n\n[cms]\nbackend = \"{backend}\"\n{repo}branch = \"main\"\n"
    )
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
            return Err(io_failure(t!("io-read-folder", path = dir), &err));
        }
    };
    let mut found: Vec<String> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|err| io_failure(t!("io-read-folder", path = dir), &err))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !ALLOWED.contains(&name.as_str()) {
            found.push(name);
        }
    }
    if !found.is_empty() {
        found.sort();
        let shown: Vec<String> = found
            .iter()
            .take(3)
            .map(|name| format!("`{name}`"))
            .collect();
        let shown = shown.join(", ");
        let more = if found.len() > 3 { ", ..." } else { "" };
        return Err(refusal(
            t!(
                "init-not-empty",
                dir = dir,
                found = format!("{shown}{more}"),
                command = command
            ),
            t!("init-not-empty-hint", command = command),
        ));
    }
    Ok(())
}
