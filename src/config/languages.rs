//! `[languages.<code>]` in config.toml: the languages a site is written in beside its default
//! `language`, each with its own title, description, menus, accessibility statement and the
//! names of the shared types and tags in that language; and the config a language is built
//! with ([`Config::for_language`]).

use indexmap::IndexMap;
use serde::Deserialize;

use super::{CONFIG_FILE, Config, RawTag, RawType, TagDef, TypeDef, accessibility, menu};
use crate::config::{Accessibility, Menus};
use crate::diagnostics::{Diagnostic, Diagnostics, line_of};
use crate::hebrew::{HebrewOrder, without_bidi_controls};
use crate::t;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLanguage {
    title: Option<String>,
    description: Option<String>,
    #[serde(default)]
    types: IndexMap<String, RawType>,
    #[serde(default)]
    tags: IndexMap<String, RawTag>,
    #[serde(default)]
    menu: menu::RawMenus,
    accessibility: Option<accessibility::RawAccessibility>,
    #[serde(default)]
    extra: toml::Table,
}

/// A language of the site beside the default one, validated: what differs from the default.
#[derive(Debug, Clone, PartialEq)]
pub struct Language {
    /// Its code, also its URL folder: `ar` for `/ar/`.
    pub code: String,
    /// The site's title in this language; the default's when unset.
    pub title: Option<String>,
    /// The site's description in this language; the default's when unset.
    pub description: Option<String>,
    /// Type key → (name, plural) in this language.
    pub types: IndexMap<String, (String, String)>,
    /// Tag key → (name, description) in this language.
    pub tags: IndexMap<String, (String, String)>,
    /// Its own menus; empty ones leave the theme's links.
    pub menus: Menus,
    /// Its own accessibility statement; the default's when unset.
    pub accessibility: Option<Accessibility>,
    /// Laid over the site's `[extra]`.
    pub extra: toml::Table,
}

/// Validates every `[languages.<code>]`: a known code shape, not the default language, and only
/// the type and tag keys the site defines (the vocabulary is shared across languages).
pub(super) fn validate(
    raw: IndexMap<String, RawLanguage>,
    default: &str,
    types: &[String],
    tags: &[String],
    text: &str,
    problems: &mut Diagnostics,
) -> Vec<Language> {
    let line_of_key = |needle: &str| text.find(needle).map(|offset| line_of(text, offset));
    let mut languages = Vec::new();
    for (code, raw) in raw {
        let header = format!("[languages.{code}");
        if !crate::languages::is_language_code(&code) || code == default {
            problems.push(
                Diagnostic::new(
                    CONFIG_FILE,
                    line_of_key(&header),
                    t!("language-table-bad", code = &code, default = default),
                )
                .with_hint(t!("language-table-bad-hint")),
            );
            continue;
        }
        for key in raw.types.keys().filter(|key| !types.contains(key)) {
            problems.push(
                Diagnostic::new(
                    CONFIG_FILE,
                    line_of_key(&format!("{header}.types.{key}]")),
                    t!("language-unknown-type", code = &code, key = key),
                )
                .with_hint(t!("language-unknown-key-hint")),
            );
        }
        for key in raw.tags.keys().filter(|key| !tags.contains(key)) {
            problems.push(
                Diagnostic::new(
                    CONFIG_FILE,
                    line_of_key(&format!("{header}.tags.{key}]")),
                    t!("language-unknown-tag", code = &code, key = key),
                )
                .with_hint(t!("language-unknown-key-hint")),
            );
        }
        let menus = menu::validate(raw.menu, text, &mut problems.0);
        let accessibility = raw
            .accessibility
            .and_then(|table| accessibility::validate(table, text, &mut problems.0));
        languages.push(Language {
            code,
            title: raw.title.map(without_bidi_controls),
            description: raw.description.map(without_bidi_controls),
            types: raw
                .types
                .into_iter()
                .map(|(key, t)| (key, (t.name, t.plural)))
                .collect(),
            tags: raw
                .tags
                .into_iter()
                .map(|(key, t)| {
                    let names = (
                        without_bidi_controls(t.name),
                        without_bidi_controls(t.description),
                    );
                    (key, names)
                })
                .collect(),
            menus,
            accessibility,
            extra: raw.extra,
        });
    }
    languages
}

impl Config {
    /// Whether the site is written in more than one language.
    pub fn is_multilingual(&self) -> bool {
        !self.languages.is_empty()
    }

    /// The code of every language of the site, the default first.
    pub fn language_codes(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.default_language.as_str())
            .chain(self.languages.iter().map(|l| l.code.as_str()))
    }

    /// The config the pages of `language` are built with: its words in place of the default
    /// language's, and its pages under `/<code>/` (the base URL gains the folder, so every link
    /// the pages write leads into it; the theme's files stay at the site's root).
    pub fn for_language(&self, language: &Language) -> Config {
        let order = HebrewOrder::for_language(&language.code);
        let types = self
            .types
            .iter()
            .map(|t| match language.types.get(&t.key) {
                Some((name, plural)) => TypeDef {
                    key: t.key.clone(),
                    name: name.clone(),
                    plural: plural.clone(),
                },
                None => t.clone(),
            })
            .collect();
        let mut tags: Vec<TagDef> = self
            .tags
            .iter()
            .map(|t| match language.tags.get(&t.key) {
                Some((name, description)) => TagDef {
                    key: t.key.clone(),
                    name: name.clone(),
                    description: description.clone(),
                },
                None => t.clone(),
            })
            .collect();
        tags.sort_by(|a, b| order.compare(&a.name, &b.name));
        let mut extra = self.extra.clone();
        extra.extend(language.extra.clone());
        Config {
            title: language.title.clone().unwrap_or_else(|| self.title.clone()),
            base_url: format!("{}/{}", self.base_url, language.code),
            language: language.code.clone(),
            description: language
                .description
                .clone()
                .unwrap_or_else(|| self.description.clone()),
            types,
            tags,
            menus: language.menus.clone(),
            accessibility: language
                .accessibility
                .clone()
                .or_else(|| self.accessibility.clone()),
            extra,
            // The default language's build reports these once.
            warnings: Vec::new(),
            ..self.clone()
        }
    }

    /// The language a content file is written in, from its name (`x.ar.md`, `index.en.md`),
    /// and its name without the language (`x.md`); the default language for any other name.
    pub fn language_of_file<'n>(&self, name: &'n str) -> (&str, std::borrow::Cow<'n, str>) {
        let stem = name.strip_suffix(".md").unwrap_or(name);
        for language in &self.languages {
            if let Some(base) = stem
                .strip_suffix(&language.code)
                .and_then(|rest| rest.strip_suffix('.'))
                .filter(|base| !base.is_empty())
            {
                return (&language.code, format!("{base}.md").into());
            }
        }
        (&self.default_language, name.into())
    }

    /// The site's root URL path (`/kb-site`, or empty at a domain's root): where the theme's
    /// own files are, whatever the language of the page.
    pub fn assets_path(&self) -> &str {
        super::path_of(&self.root_url)
    }
}
