//! `[[menu.main]]` and `[[menu.footer]]` in config.toml: links with a name and a URL that is an
//! `@/` path (checked like a link in the body once the content is loaded), a path on the site
//! or another site's address.

use serde::Deserialize;
use toml::Spanned;

use crate::config::CONFIG_FILE;
use crate::diagnostics::{Diagnostic, line_of};
use crate::markdown::{INTERNAL_PREFIX, is_site_path};
use crate::t;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMenus {
    #[serde(default)]
    main: Vec<RawMenuItem>,
    #[serde(default)]
    footer: Vec<RawMenuItem>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMenuItem {
    name: Spanned<String>,
    url: Spanned<String>,
}

/// The site's menus; an empty one leaves the theme's own links in place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Menus {
    /// The links of the header, in config order.
    pub main: Vec<MenuItem>,
    /// The links of the footer, in config order.
    pub footer: Vec<MenuItem>,
}

/// One link of a menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuItem {
    /// The text shown for the link.
    pub name: String,
    /// Where the link leads, as validated from its `url`.
    pub link: MenuLink,
    /// The config.toml line of its `url`.
    pub line: usize,
}

/// Where a menu link leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MenuLink {
    /// `@/about.md#anchor`: a page or item, found once the content is loaded.
    Internal {
        /// The content file linked to, relative to `content/`: `about.md`.
        target: String,
        /// The `#anchor` after the file, without the `#`.
        anchor: Option<String>,
    },
    /// `/tags/`: a path on the site, served under its base path.
    Site(String),
    /// `https://...`, `mailto:...` or `tel:...`, used as written.
    External(String),
}

/// Schemes a menu may link to on another site or app.
const EXTERNAL: [&str; 4] = ["https://", "http://", "mailto:", "tel:"];

/// Validates both menus of the raw config whose text is `text`.
pub(super) fn validate(raw: RawMenus, text: &str, problems: &mut Vec<Diagnostic>) -> Menus {
    let mut menu = |items: Vec<RawMenuItem>| -> Vec<MenuItem> {
        items
            .into_iter()
            .filter_map(|item| {
                let line = line_of(text, item.url.span().start);
                let name = item.name.into_inner();
                if name.trim().is_empty() {
                    problems.push(
                        Diagnostic::new(CONFIG_FILE, Some(line), t!("menu-no-name"))
                            .with_hint(t!("menu-no-name-hint")),
                    );
                    return None;
                }
                let link = read_link(item.url.get_ref(), line)
                    .map_err(|d| problems.push(d))
                    .ok()?;
                Some(MenuItem { name, link, line })
            })
            .collect()
    };
    Menus {
        main: menu(raw.main),
        footer: menu(raw.footer),
    }
}

fn read_link(url: &str, line: usize) -> Result<MenuLink, Diagnostic> {
    if let Some(why) = super::address::characters_problem(url) {
        return Err(Diagnostic::new(
            CONFIG_FILE,
            Some(line),
            t!("menu-bad-characters", url = url, why = why),
        )
        .with_hint(t!("menu-bad-url-hint")));
    }
    if let Some(path) = url.strip_prefix(INTERNAL_PREFIX) {
        let (target, anchor) = match path.split_once('#') {
            Some((target, anchor)) => (target, Some(anchor.to_string())),
            None => (path, None),
        };
        return Ok(MenuLink::Internal {
            target: target.to_string(),
            anchor,
        });
    }
    if is_site_path(url) {
        return Ok(MenuLink::Site(url.to_string()));
    }
    if EXTERNAL.iter().any(|scheme| url.starts_with(scheme)) {
        return Ok(MenuLink::External(url.to_string()));
    }
    Err(
        Diagnostic::new(CONFIG_FILE, Some(line), t!("menu-bad-url", url = url))
            .with_hint(t!("menu-bad-url-hint")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_three_kinds_of_link() {
        assert_eq!(
            read_link("@/about.md#צוות", 1).unwrap(),
            MenuLink::Internal {
                target: "about.md".into(),
                anchor: Some("צוות".into())
            }
        );
        assert_eq!(
            read_link("/tags/", 1).unwrap(),
            MenuLink::Site("/tags/".into())
        );
        assert_eq!(
            read_link("mailto:a@example.org", 1).unwrap(),
            MenuLink::External("mailto:a@example.org".into())
        );
        for bad in [
            "about.md",
            "//cdn.example.org/x",
            "/\\evil.example/",
            "/a b/",
            "https://kb.example.org/\u{202e}x",
            "javascript:alert(1)",
            "",
        ] {
            assert!(read_link(bad, 1).is_err(), "{bad}");
        }
    }
}
