//! The browser editor at `/admin/` (Decap CMS), generated from config.toml at every build so the
//! form is always the site's own schema: `admin/index.html` (the shell, with its own
//! Content-Security-Policy), `admin/config.yml` (the editor's collections and fields) and kb's
//! script and styles for it (Hebrew slugs, the preview in the site's stylesheet, right to left).

mod collections;
mod yaml;

use crate::config::{Cms, Config};
use crate::content::library::Library;
use crate::escape::escape_xml;
use crate::i18n::Lang;
use crate::output::OutputFile;
use crate::t;

/// The folder of the editor in the output, and in the site's URLs.
pub const ADMIN_DIR: &str = "admin";
/// kb's own script on the editor's page (after the editor's): registers the preview style and
/// fills a new item's slug from its Hebrew title.
const ADMIN_SCRIPT: &str = include_str!("kb-admin.js");
/// The shell's styles: right to left, and the message shown before the editor has loaded.
const ADMIN_STYLE: &str = include_str!("kb-admin.css");

/// The editor's files, when config.toml has `[cms]`.
pub fn files(config: &Config, library: &Library) -> Vec<OutputFile> {
    let Some(cms) = &config.cms else {
        return Vec::new();
    };
    let lang = Lang::of_code(&config.language);
    let file = |name: &str, bytes: Vec<u8>| OutputFile {
        path: format!("{ADMIN_DIR}/{name}"),
        bytes,
    };
    vec![
        file("index.html", shell(config, cms, lang).into_bytes()),
        file(
            "config.yml",
            collections::config_yml(config, cms, library, lang).into_bytes(),
        ),
        file("kb-admin.js", ADMIN_SCRIPT.as_bytes().to_vec()),
        file("kb-admin.css", ADMIN_STYLE.as_bytes().to_vec()),
    ]
}

/// The Content-Security-Policy of `/admin/`: what the editor needs and no more. The script's own
/// origin (or the site's, when it is self-hosted); `'unsafe-eval'` because the editor compiles
/// its configuration schema (ajv) and `'wasm-unsafe-eval'` for its image tools; inline styles
/// because it styles itself with emotion; the Git host's API for reading and saving.
pub fn content_security_policy(cms: &Cms) -> String {
    let script_origin = crate::config::cms::origin(&cms.script).unwrap_or("");
    let mut connect = vec!["'self'".to_string()];
    connect.extend(api_origins(cms));
    format!(
        "default-src 'self'; script-src 'self' {script_origin} 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; media-src 'self' blob: https:; font-src 'self' data:; connect-src {}; frame-src 'self' blob:; worker-src 'self' blob:; base-uri 'self'; form-action 'self'",
        connect.join(" ")
    )
    .replace("  ", " ")
}

/// The origins the editor talks to for this backend: the host's API, and the sign-in server
/// and self-hosted API the table names.
fn api_origins(cms: &Cms) -> Vec<String> {
    let host = match cms.backend.as_str() {
        "github" => vec!["https://api.github.com"],
        "gitlab" => vec!["https://gitlab.com"],
        "bitbucket" => vec!["https://api.bitbucket.org", "https://bitbucket.org"],
        "azure" => vec!["https://dev.azure.com"],
        "git-gateway" => vec!["https://api.netlify.com"],
        _ => vec![],
    };
    let mut origins: Vec<String> = host.into_iter().map(str::to_string).collect();
    for (key, value) in &cms.sign_in {
        if matches!(*key, "base_url" | "api_root")
            && let Some(origin) = crate::config::cms::origin(value)
        {
            origins.push(origin.to_string());
        }
    }
    origins.sort();
    origins.dedup();
    origins
}

fn shell(config: &Config, cms: &Cms, lang: Lang) -> String {
    let base = config.base_path();
    let script = if cms.script.starts_with('/') {
        format!("{base}{}", cms.script)
    } else {
        cms.script.clone()
    };
    let dir = config.dir();
    let title = t!("cms-page-title", site = &config.title).render(lang);
    let loading = t!("cms-loading").render(lang);
    let no_script = t!("cms-no-script").render(lang);
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex, nofollow\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n<title>{title}</title>\n<link rel=\"icon\" href=\"{base}/kb/favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"{base}/{ADMIN_DIR}/kb-admin.css\">\n</head>\n<body data-kb-base=\"{base}\">\n<main id=\"kb-admin-loading\"><h1>{title}</h1><p>{loading}</p><noscript><p>{no_script}</p></noscript></main>\n<script src=\"{script}\"></script>\n<script src=\"{base}/{ADMIN_DIR}/kb-admin.js\"></script>\n</body>\n</html>\n",
        lang = escape_xml(&config.language),
        // Keywords and plain origins only (see `cms::origin`): nothing to escape, and `'`
        // written as is keeps the policy readable.
        csp = content_security_policy(cms),
        title = escape_xml(&title),
        loading = escape_xml(&loading),
        no_script = escape_xml(&no_script),
        base = escape_xml(base),
        script = escape_xml(&script),
    )
}

/// The rule of `_headers` for `/admin/*`: Cloudflare Pages joins the headers of every rule that
/// matches, so the pages' policy is first detached (`!`); Netlify ignores that line and lets a
/// later rule replace an earlier one's header.
pub fn headers_rule(cms: &Cms) -> String {
    format!(
        "/{ADMIN_DIR}/*\n  ! Content-Security-Policy\n  Content-Security-Policy: {}\n  X-Robots-Tag: noindex\n",
        content_security_policy(cms)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_names_the_script_and_the_hosts_api() {
        let cms = |script: &str, backend: &str| Cms {
            backend: backend.into(),
            repo: "o/s".into(),
            branch: "main".into(),
            sign_in: vec![("base_url", "https://auth.example.org/x".into())],
            script: script.into(),
            media_folder: "static/media".into(),
        };
        let policy = content_security_policy(&cms("https://unpkg.com/decap-cms@3/d.js", "github"));
        assert!(
            policy.contains("script-src 'self' https://unpkg.com 'unsafe-eval'"),
            "{policy}"
        );
        assert!(
            policy.contains("connect-src 'self' https://api.github.com https://auth.example.org;"),
            "{policy}"
        );
        let policy = content_security_policy(&cms("/vendor/d.js", "gitlab"));
        assert!(
            policy.contains("script-src 'self' 'unsafe-eval'"),
            "{policy}"
        );
        assert!(!policy.contains(['"', '<', '&']));
    }
}
