//! `[cms]` in config.toml: where the browser editor at `/admin/` saves (the Git host's backend,
//! the repository and its branch), what signing in needs on that host, and where the editor's
//! script comes from.

use serde::Deserialize;

use crate::config::CONFIG_FILE;
use crate::diagnostics::{Diagnostic, line_of};
use crate::t;

/// The editor kb generates `/admin/` for, pinned: the same version in every site, so a saved file
/// is written the way kb's tests saw it written.
pub const DEFAULT_SCRIPT: &str = "https://unpkg.com/decap-cms@3.16.3/dist/decap-cms.js";
/// Where images uploaded in the editor go, when `[cms] media_folder` does not say.
const DEFAULT_MEDIA_FOLDER: &str = "static/media";
/// The editor's backends (Git hosts and Netlify's gateway); `kb init --cms` takes the same names.
pub const BACKENDS: [&str; 6] = [
    "github",
    "gitlab",
    "gitea",
    "bitbucket",
    "azure",
    "git-gateway",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCms {
    backend: String,
    #[serde(default)]
    repo: String,
    branch: Option<String>,
    base_url: Option<String>,
    auth_endpoint: Option<String>,
    auth_type: Option<String>,
    app_id: Option<String>,
    api_root: Option<String>,
    script: Option<String>,
    media_folder: Option<String>,
}

/// The validated `[cms]` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cms {
    /// The editor's backend: one of [`BACKENDS`].
    pub backend: String,
    /// `org/site` on the host; empty for `git-gateway`, which knows it from the site.
    pub repo: String,
    /// The branch the editor commits to; `main` unless set.
    pub branch: String,
    /// Sign-in settings of the host, passed to the editor as written: the OAuth server
    /// (`base_url`, `auth_endpoint`), `auth_type = "pkce"` with `app_id` (GitLab, Gitea), a
    /// self-hosted API (`api_root`).
    pub sign_in: Vec<(&'static str, String)>,
    /// The editor's script: a full `https://` address or a path on the site.
    pub script: String,
    /// Where uploaded images are saved, relative to the site folder; under `static/`.
    pub media_folder: String,
}

impl Cms {
    /// The address the pages use for a file in the media folder: `/media` for `static/media`.
    pub fn public_folder(&self) -> String {
        format!(
            "/{}",
            self.media_folder
                .strip_prefix("static/")
                .unwrap_or(&self.media_folder)
        )
    }
}

/// `https://host[:port]` of a full address whose host is plain (letters, digits, `.`, `-`, a
/// port), so it can go into a Content-Security-Policy as it is; `None` otherwise (a path on the
/// site, or an address no policy should name).
pub fn origin(address: &str) -> Option<&str> {
    let rest = address.strip_prefix("https://")?;
    let end = rest.find('/').unwrap_or(rest.len());
    let host = &rest[..end];
    let plain = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    plain.then(|| &address[.."https://".len() + end])
}

/// Validates the `[cms]` table of the config whose text is `text`.
pub(super) fn validate(raw: RawCms, text: &str, problems: &mut Vec<Diagnostic>) -> Option<Cms> {
    let line = |key: &str| {
        let table = text.find("[cms]").unwrap_or(0);
        text[table..]
            .find(&format!("{key} "))
            .or_else(|| text[table..].find(&format!("{key}=")))
            .map(|offset| line_of(text, table + offset))
            .or_else(|| text.find("[cms]").map(|offset| line_of(text, offset)))
    };
    let before = problems.len();
    if !BACKENDS.contains(&raw.backend.as_str()) {
        let hint = match crate::spelling::nearest(&raw.backend, BACKENDS) {
            Some(near) => t!("cms-backend-unknown-near-hint", near = near),
            None => t!("cms-backend-unknown-hint", backends = BACKENDS.join(", ")),
        };
        problems.push(
            Diagnostic::new(
                CONFIG_FILE,
                line("backend"),
                t!("cms-backend-unknown", backend = &raw.backend),
            )
            .with_hint(hint),
        );
    }
    let needs_repo = raw.backend != "git-gateway";
    if needs_repo && !is_repo(&raw.repo) {
        problems.push(
            Diagnostic::new(
                CONFIG_FILE,
                line("repo"),
                t!("cms-repo-bad", repo = &raw.repo),
            )
            .with_hint(t!("cms-repo-bad-hint")),
        );
    }
    let script = raw.script.unwrap_or_else(|| DEFAULT_SCRIPT.to_string());
    let script_ok = (origin(&script).is_some() || crate::markdown::is_site_path(&script))
        && super::address::characters_problem(&script).is_none();
    if !script_ok {
        problems.push(
            Diagnostic::new(
                CONFIG_FILE,
                line("script"),
                t!("cms-script-bad", script = &script),
            )
            .with_hint(t!("cms-script-bad-hint", default = DEFAULT_SCRIPT)),
        );
    }
    let media_folder = raw
        .media_folder
        .unwrap_or_else(|| DEFAULT_MEDIA_FOLDER.to_string());
    let media_ok = media_folder
        .strip_prefix("static/")
        .is_some_and(|rest| crate::output::check_path(rest).is_ok());
    if !media_ok {
        problems.push(
            Diagnostic::new(
                CONFIG_FILE,
                line("media_folder"),
                t!("cms-media-folder-bad", folder = &media_folder),
            )
            .with_hint(t!("cms-media-folder-bad-hint")),
        );
    }
    let sign_in: Vec<(&'static str, String)> = [
        ("base_url", raw.base_url),
        ("auth_endpoint", raw.auth_endpoint),
        ("auth_type", raw.auth_type),
        ("app_id", raw.app_id),
        ("api_root", raw.api_root),
    ]
    .into_iter()
    .filter_map(|(key, value)| Some((key, value?)))
    .collect();
    for (key, value) in &sign_in {
        let address = matches!(*key, "base_url" | "api_root");
        if address && origin(value).is_none() {
            problems.push(
                Diagnostic::new(
                    CONFIG_FILE,
                    line(key),
                    t!("cms-address-bad", key = *key, value = value),
                )
                .with_hint(t!("cms-address-bad-hint", key = *key)),
            );
        }
    }
    (problems.len() == before).then(|| Cms {
        backend: raw.backend,
        repo: raw.repo,
        branch: raw.branch.unwrap_or_else(|| "main".to_string()),
        sign_in,
        script,
        media_folder,
    })
}

/// `owner/name`, each part letters, digits, `-`, `_` or `.` (GitLab groups may nest).
fn is_repo(repo: &str) -> bool {
    let parts: Vec<&str> = repo.split('/').collect();
    parts.len() >= 2
        && parts.iter().all(|part| {
            !part.is_empty()
                && *part != "."
                && *part != ".."
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_of_plain_addresses_only() {
        assert_eq!(
            origin("https://unpkg.com/decap-cms@3/dist/decap-cms.js"),
            Some("https://unpkg.com")
        );
        assert_eq!(
            origin("https://auth.example.org:8443"),
            Some("https://auth.example.org:8443")
        );
        for none in [
            "/vendor/decap-cms.js",
            "http://x.org/a",
            "https://x.org';script-src *",
            "https://",
        ] {
            assert_eq!(origin(none), None, "{none}");
        }
    }

    #[test]
    fn repositories_are_owner_slash_name() {
        for good in ["org/site", "my-org/kb.site", "group/sub/site"] {
            assert!(is_repo(good), "{good}");
        }
        for bad in [
            "",
            "site",
            "org/",
            "/site",
            "org/../x",
            "org/ site",
            "org/סייט",
        ] {
            assert!(!is_repo(bad), "{bad}");
        }
    }
}
