//! `config.toml`: parsed into raw serde structs that refuse unknown keys, then validated into the
//! `Config` the rest of kb uses (types in config order, tags in Hebrew alphabetical order, menus,
//! the accessibility statement).

mod accessibility;
mod address;
pub mod cms;
mod languages;
mod menu;

use std::path::Path;

use indexmap::IndexMap;
use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Severity, line_of, not_utf8};
use crate::hebrew::{HebrewOrder, without_bidi_controls};
use crate::i18n::Text;
use crate::t;
use crate::walk::Scope;

pub use accessibility::Accessibility;
pub use cms::Cms;
pub use languages::Language;
pub use menu::{MenuItem, MenuLink, Menus};

/// The site's configuration file, at the root of the site folder.
pub const CONFIG_FILE: &str = "config.toml";
const DEFAULT_PAGINATE_BY: usize = 20;
/// URL folders of kb's own pages, which a type listing would overwrite.
pub const RESERVED_TYPE_KEYS: [&str; 2] = ["tags", "search"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    base_url: String,
    #[serde(default = "default_language")]
    language: String,
    #[serde(default)]
    description: String,
    theme: Option<String>,
    paginate_by: Option<usize>,
    #[serde(default)]
    types: IndexMap<String, RawType>,
    #[serde(default)]
    tags: IndexMap<String, RawTag>,
    #[serde(default)]
    menu: menu::RawMenus,
    accessibility: Option<accessibility::RawAccessibility>,
    #[serde(default)]
    hebrew_dates: bool,
    #[serde(default)]
    git_dates: bool,
    #[serde(default)]
    security: RawSecurity,
    cms: Option<cms::RawCms>,
    #[serde(default)]
    extra: toml::Table,
    #[serde(default)]
    languages: IndexMap<String, languages::RawLanguage>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSecurity {
    #[serde(default)]
    allow_links_to: Vec<String>,
    #[serde(default)]
    trust_html: bool,
}

impl Security {
    /// How raw HTML in Markdown bodies is treated.
    pub fn raw_html(&self) -> crate::sanitise::RawHtml {
        if self.trust_html {
            crate::sanitise::RawHtml::Trust
        } else {
            crate::sanitise::RawHtml::Sanitise
        }
    }
}

/// `[security]`: how far kb trusts what the site's files hold. By default, not at all: content
/// comes from many hands and is built on machines that hold secrets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Security {
    /// Folders outside the site that its symbolic links may lead into (relative to the site
    /// folder, or absolute).
    pub allow_links_to: Vec<std::path::PathBuf>,
    /// Raw HTML in Markdown is kept as written (no sanitising), and `.html`/`.svg` files may
    /// carry script: for a site whose every author is trusted.
    pub trust_html: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawType {
    name: String,
    plural: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTag {
    name: String,
    #[serde(default)]
    description: String,
}

fn default_language() -> String {
    "he".to_string()
}

/// A content type: a folder under `content/` with Hebrew display names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeDef {
    /// The folder name under `content/`, also the URL segment: `articles`.
    pub key: String,
    /// The display name of one item: `מאמר`.
    pub name: String,
    /// The display name of many, for listings: `מאמרים`.
    pub plural: String,
}

/// A tag of the controlled vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagDef {
    /// What front matter writes in `tags` and the URL segment: `cooperation`.
    pub key: String,
    /// The display name: `שיתוף פעולה`.
    pub name: String,
    /// Shown on the tag's page; may be empty.
    pub description: String,
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The site's name: the feed's title and the home page's default title.
    pub title: String,
    /// Without a trailing slash.
    pub base_url: String,
    /// The pages' `lang`, `he` unless set; it also decides `dir` (see [`Config::dir`]).
    pub language: String,
    /// What the site is about, for the feed and `site.description`; may be empty.
    pub description: String,
    /// The folder under `themes/` to use; `None` (or `default` without such a folder) for the
    /// built-in theme.
    pub theme: Option<String>,
    /// How many cards a listing page shows; at least 1.
    pub paginate_by: usize,
    /// In the order config.toml lists them.
    pub types: Vec<TypeDef>,
    /// In Hebrew alphabetical order of their names.
    pub tags: Vec<TagDef>,
    /// The header and footer links set in config.toml.
    pub menus: Menus,
    /// What the accessibility statement says; `None` when config.toml has no `[accessibility]`.
    pub accessibility: Option<Accessibility>,
    /// `hebrew_dates = true`: pages and cards show the Hebrew calendar date beside the
    /// Gregorian one.
    pub hebrew_dates: bool,
    /// `git_dates = true`: `kb build` takes `updated` from each file's last commit.
    pub git_dates: bool,
    /// `[security]`: links out of the site and raw HTML.
    pub security: Security,
    /// `[cms]`: the browser editor at `/admin/`; `None` when config.toml has no such table.
    pub cms: Option<Cms>,
    /// The `[extra]` table, given to templates as `site.extra` unchecked.
    pub extra: toml::Table,
    /// What the site builds with all the same (a language written as a name).
    pub warnings: Vec<Diagnostic>,
    /// The site's default language (`language`), whichever language this config builds.
    pub default_language: String,
    /// The site's base URL, whichever language this config builds (`base_url` of another
    /// language ends in its folder).
    pub root_url: String,
    /// `[languages.<code>]`: the other languages, in config order; empty for a site in one.
    pub languages: Vec<Language>,
}

impl Config {
    /// `rtl` for Hebrew and Arabic, else `ltr`.
    pub fn dir(&self) -> &'static str {
        let primary = self.language.split(['-', '_']).next().unwrap_or("");
        if matches!(primary, "he" | "ar" | "fa" | "ur" | "yi") {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The path of `base_url` without its trailing slash: `/kb-site` for
    /// `https://org.github.io/kb-site/`, empty for a site at the root of its domain. Every link
    /// kb writes into a page starts with it, so the site works when served under that path.
    pub fn base_path(&self) -> &str {
        path_of(&self.base_url)
    }

    /// Where the site's files may come from: the site folder and `[security] allow_links_to`.
    pub fn scope(&self, site_dir: &Path) -> Scope {
        Scope::with_allowed(site_dir, &self.security.allow_links_to)
    }

    /// `date` in the Hebrew calendar when the site shows such dates, else empty.
    pub fn hebrew_calendar(&self, date: Option<crate::hebrew::Date>) -> String {
        match date {
            Some(date) if self.hebrew_dates => crate::calendar::hebrew_calendar_date(date),
            _ => String::new(),
        }
    }

    /// The content type with this key, if config.toml defines it.
    pub fn type_def(&self, key: &str) -> Option<&TypeDef> {
        self.types.iter().find(|t| t.key == key)
    }

    /// The tag with this key, if the vocabulary has it.
    pub fn tag_def(&self, key: &str) -> Option<&TagDef> {
        self.tags.iter().find(|t| t.key == key)
    }

    /// Reads and validates `SITE_DIR/config.toml`, with the values given on the command line.
    pub fn load(site_dir: &Path, overrides: &Overrides) -> Result<Config, Diagnostics> {
        let path = site_dir.join(CONFIG_FILE);
        if !path.exists() {
            return Err(Diagnostic::new(
                CONFIG_FILE,
                None,
                t!("config-unreadable", error = t!("io-not-found")),
            )
            .with_hint(t!("config-unreadable-hint", dir = site_dir))
            .into());
        }
        let text = crate::walk::read(&path, Path::new(CONFIG_FILE), &Scope::site(site_dir))?;
        let text = String::from_utf8(text).map_err(|err| not_utf8(CONFIG_FILE, &err))?;
        Config::parse(&text, overrides)
    }

    /// Parses the text of a config.toml, replaces what `overrides` gives, and validates it.
    pub fn parse(text: &str, overrides: &Overrides) -> Result<Config, Diagnostics> {
        let read = crate::hints::read_toml::<RawConfig>(Path::new(CONFIG_FILE), text, 0);
        let Some(mut raw) = read.raw else {
            return Err(Diagnostics(read.problems).finish());
        };
        if let Some(base_url) = &overrides.base_url {
            raw.base_url.clone_from(base_url);
        }
        if read.problems.is_empty() {
            return validate(raw, text, overrides);
        }
        // The lines that read are checked too, so one run reports everything.
        let mut problems = Diagnostics(read.problems);
        problems.extend(
            validate(raw, text, overrides)
                .err()
                .into_iter()
                .flat_map(|d| d.0),
        );
        Err(problems.finish())
    }
}

/// The path of a URL without its trailing slash, empty at a domain's root.
fn path_of(url: &str) -> &str {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    after_scheme.find('/').map_or("", |at| &after_scheme[at..])
}

/// Config values given on the command line, validated like those of config.toml.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--base-url`: where this build will be served (e.g. a preview deployment).
    pub base_url: Option<String>,
}

fn validate(raw: RawConfig, text: &str, overrides: &Overrides) -> Result<Config, Diagnostics> {
    let mut problems = Diagnostics::default();
    // The table's header, its key quoted or not; else the first line naming the key.
    let line_of_table = |prefix: &str, key: &str| {
        [
            format!("[{prefix}.{key}]"),
            format!("[{prefix}.\"{key}\"]"),
            format!("[{prefix}.'{key}']"),
        ]
        .iter()
        .find_map(|header| text.find(header.as_str()))
        .or_else(|| text.find(key))
        .map(|offset| line_of(text, offset))
    };
    for key in raw.types.keys() {
        if !is_key(key) {
            problems.push(bad_key(
                t!("bad-type-key", key = key),
                line_of_table("types", key),
            ));
        } else if RESERVED_TYPE_KEYS.contains(&key.as_str()) {
            problems.push(
                Diagnostic::new(
                    CONFIG_FILE,
                    line_of_table("types", key),
                    t!("type-key-reserved", key = key),
                )
                .with_hint(t!("type-key-reserved-hint", key = key)),
            );
        }
    }
    for (key, tag) in &raw.tags {
        if !is_key(key) {
            problems.push(
                Diagnostic::new(
                    CONFIG_FILE,
                    line_of_table("tags", key),
                    t!("bad-tag-key", key = key),
                )
                .with_hint(crate::hints::tag_key_hint(key, &tag.name)),
            );
        }
    }
    let (language, language_problem) = read_language(&raw.language, text);
    problems
        .extend((language_problem.clone()).filter(|problem| problem.severity == Severity::Error));
    let base_url_line = text.find("base_url").map(|offset| line_of(text, offset));
    let absolute = raw.base_url.starts_with("http://") || raw.base_url.starts_with("https://");
    let problem = match (&overrides.base_url, absolute) {
        (Some(_), false) => Some((t!("base-url-override-relative", url = &raw.base_url), None)),
        (None, false) => Some((t!("base-url-relative", url = &raw.base_url), base_url_line)),
        (Some(_), true) => address::base_url_problem(&raw.base_url).map(|why| {
            (
                t!("base-url-override-bad", url = &raw.base_url, why = why),
                None,
            )
        }),
        (None, true) => address::base_url_problem(&raw.base_url).map(|why| {
            let message = t!("base-url-bad", url = &raw.base_url, why = why);
            (message, base_url_line)
        }),
    };
    if let Some((message, line)) = problem {
        let hint = match overrides.base_url {
            Some(_) => t!("base-url-override-relative-hint"),
            None => t!("base-url-relative-hint"),
        };
        problems.push(Diagnostic::new(CONFIG_FILE, line, message).with_hint(hint));
    }
    problems.extend(og_image_problem(&raw.extra, text));
    if raw.paginate_by == Some(0) {
        let line = text.find("paginate_by").map(|offset| line_of(text, offset));
        problems.push(
            Diagnostic::new(CONFIG_FILE, line, t!("paginate-zero"))
                .with_hint(t!("paginate-zero-hint")),
        );
    }
    let menus = menu::validate(raw.menu, text, &mut problems.0);
    let accessibility = raw
        .accessibility
        .and_then(|table| accessibility::validate(table, text, &mut problems.0));
    let cms = raw
        .cms
        .and_then(|table| cms::validate(table, text, &mut problems.0));
    let type_keys: Vec<String> = if raw.types.is_empty() {
        default_types().into_iter().map(|t| t.key).collect()
    } else {
        raw.types.keys().cloned().collect()
    };
    let tag_keys: Vec<String> = raw.tags.keys().cloned().collect();
    let languages = languages::validate(
        raw.languages,
        &language,
        &type_keys,
        &tag_keys,
        text,
        &mut problems,
    );
    problems.into_result()?;

    let types = if raw.types.is_empty() {
        default_types()
    } else {
        raw.types
            .into_iter()
            .map(|(key, t)| TypeDef {
                key,
                name: t.name,
                plural: t.plural,
            })
            .collect()
    };
    let order = HebrewOrder::new();
    let mut tags: Vec<TagDef> = raw
        .tags
        .into_iter()
        .map(|(key, t)| TagDef {
            key,
            name: without_bidi_controls(t.name),
            description: without_bidi_controls(t.description),
        })
        .collect();
    tags.sort_by(|a, b| order.compare(&a.name, &b.name));
    let base_url = raw.base_url.trim_end_matches('/').to_string();
    Ok(Config {
        warnings: language_problem.into_iter().collect(),
        title: without_bidi_controls(raw.title),
        root_url: base_url.clone(),
        base_url,
        default_language: language.clone(),
        languages,
        language,
        description: without_bidi_controls(raw.description),
        theme: raw.theme,
        paginate_by: raw.paginate_by.unwrap_or(DEFAULT_PAGINATE_BY),
        types,
        tags,
        menus,
        accessibility,
        hebrew_dates: raw.hebrew_dates,
        git_dates: raw.git_dates,
        security: Security {
            allow_links_to: raw.security.allow_links_to.iter().map(Into::into).collect(),
            trust_html: raw.security.trust_html,
        },
        cms,
        extra: raw.extra,
    })
}

/// `[extra] og_image`, the picture of link previews, is a path on the site or a full address.
fn og_image_problem(extra: &toml::Table, text: &str) -> Option<Diagnostic> {
    let value = extra.get("og_image")?;
    let url = value.as_str().unwrap_or_default();
    let well_formed = (crate::markdown::is_site_path(url)
        || url.starts_with("https://")
        || url.starts_with("http://"))
        && address::characters_problem(url).is_none();
    if well_formed {
        return None;
    }
    let line = text.find("og_image").map(|offset| line_of(text, offset));
    Some(
        Diagnostic::new(CONFIG_FILE, line, t!("og-image-bad", url = url))
            .with_hint(t!("og-image-bad-hint")),
    )
}

/// The language code of `language = "..."`: a code as written; a language's name (`עברית`,
/// `Hebrew`) as its code, with a warning; anything else is an error, so a Hebrew site is never
/// built left to right by mistake.
fn read_language(language: &str, text: &str) -> (String, Option<Diagnostic>) {
    if crate::languages::is_language_code(language) {
        return (language.to_string(), None);
    }
    let line = text.find("language").map(|offset| line_of(text, offset));
    match crate::languages::language_of_name(language) {
        Some(code) => (
            code.to_string(),
            Some(
                Diagnostic::warning(
                    CONFIG_FILE,
                    line,
                    t!("language-name", value = language, code = code),
                )
                .with_hint(t!("language-unknown-hint", code = code)),
            ),
        ),
        None => {
            let code = crate::languages::nearest_language(language);
            (
                language.to_string(),
                Some(
                    Diagnostic::new(CONFIG_FILE, line, t!("language-unknown", value = language))
                        .with_hint(t!("language-unknown-hint", code = code)),
                ),
            )
        }
    }
}

/// Refuses a folder that is not a kb site (it has no config.toml), before a command reads it.
pub fn require_site(site_dir: &Path) -> anyhow::Result<()> {
    if site_dir.join(CONFIG_FILE).is_file() {
        return Ok(());
    }
    Err(crate::diagnostics::refusal(
        t!("not-a-site", dir = site_dir),
        t!("not-a-site-hint"),
    ))
}

/// The `language` of the site in `site_dir`, read from config.toml's lines without parsing it
/// (so a broken config still gets its messages in its language); `he` when unset.
pub fn site_language(site_dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(site_dir.join(CONFIG_FILE)).ok()?;
    let top = text.split("\n[").next().unwrap_or("");
    let value = top.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        (key.trim() == "language").then(|| value.trim().trim_matches(['"', '\'']).to_string())
    });
    Some(value.unwrap_or_else(default_language))
}

/// Lower-case ASCII letters, digits and hyphens: keys appear in URLs and file names.
pub fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn bad_key(message: Text, line: Option<usize>) -> Diagnostic {
    Diagnostic::new(CONFIG_FILE, line, message).with_hint(t!("bad-key-hint"))
}

fn default_types() -> Vec<TypeDef> {
    [
        ("articles", "מאמר", "מאמרים"),
        ("tools", "כלי", "כלים"),
        ("cases", "מקרה בוחן", "מקרי בוחן"),
        ("videos", "וידאו", "סרטונים"),
    ]
    .into_iter()
    .map(|(key, name, plural)| TypeDef {
        key: key.into(),
        name: name.into(),
        plural: plural.into(),
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bad_line_of_the_config_is_reported_at_once() {
        let text = "title = \"א\"\nbase_url = \"https://x.org\"\npaginate_by = \"עשרים\"\n[tags.דיור]\nname = \"דיור\"\n[tags.b]\nnmae = \"ב\"\n";
        let problems = Config::parse(text, &Overrides::default()).unwrap_err();
        let lines: Vec<_> = problems.0.iter().map(|d| d.line).collect();
        // The tag `b` left without `name` once `nmae` is set aside is not a fourth problem.
        assert_eq!(lines, [Some(3), Some(4), Some(7)], "{problems}");
    }

    const MINIMAL: &str = "title = \"ידע\"\nbase_url = \"https://kb.example.org/\"\n";

    #[test]
    fn defaults_to_hebrew_rtl_and_the_four_types() {
        let config = Config::parse(MINIMAL, &Overrides::default()).unwrap();
        assert_eq!((config.language.as_str(), config.dir()), ("he", "rtl"));
        assert_eq!(config.base_url, "https://kb.example.org");
        let keys: Vec<_> = config.types.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, ["articles", "tools", "cases", "videos"]);
    }

    #[test]
    fn the_base_path_is_the_path_of_base_url() {
        let with = |url: &str| {
            let text = MINIMAL.replace("https://kb.example.org/", url);
            Config::parse(&text, &Overrides::default())
                .unwrap()
                .base_path()
                .to_string()
        };
        assert_eq!(with("https://kb.example.org/"), "");
        assert_eq!(with("https://kb.example.org"), "");
        assert_eq!(with("https://org.github.io/kb-site/"), "/kb-site");
        assert_eq!(with("http://example.net/a/b"), "/a/b");
    }

    #[test]
    fn unknown_key_names_line_and_suggestion() {
        let text = format!("{MINIMAL}descripton = \"x\"\n");
        let err = Config::parse(&text, &Overrides::default()).unwrap_err();
        let d = &err.0[0];
        assert_eq!(d.line, Some(3));
        assert!(
            d.hint
                .as_ref()
                .unwrap()
                .to_string()
                .contains("did you mean `description`?"),
            "{d}"
        );
    }

    #[test]
    fn unknown_key_in_a_tag_table_is_refused() {
        let text = format!("{MINIMAL}[tags.backbone]\nname = \"ארגון שדרה\"\ndescripton = \"x\"\n");
        let err = Config::parse(&text, &Overrides::default()).unwrap_err();
        assert_eq!(err.0[0].line, Some(5));
        assert!(
            err.to_string().contains("did you mean `description`?"),
            "{err}"
        );
    }

    #[test]
    fn tags_sort_in_hebrew_order() {
        let text = format!(
            "{MINIMAL}[tags.z]\nname = \"תקציב\"\n[tags.a]\nname = \"אמון\"\n[tags.m]\nname = \"מדידה\"\n"
        );
        let config = Config::parse(&text, &Overrides::default()).unwrap();
        let names: Vec<_> = config.tags.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["אמון", "מדידה", "תקציב"]);
    }

    #[test]
    fn type_keys_of_kbs_own_pages_are_refused() {
        let text = format!("{MINIMAL}[types.tags]\nname = \"תגית\"\nplural = \"תגיות\"\n");
        let err = Config::parse(&text, &Overrides::default()).unwrap_err();
        assert_eq!(err.0[0].line, Some(3));
        assert!(err.0[0].message.to_string().contains("/tags/"), "{err}");
    }
}
