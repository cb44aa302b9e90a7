//! What ties the languages of a site together: which pages exist in which language, for
//! hreflang links, the language switcher and the sitemap's alternates (a page's translations
//! are the pages at the same path in the other languages).

use std::collections::HashMap;

use serde::Serialize;

use crate::config::Config;

/// One language of the site as links to it need it.
#[derive(Debug, Clone)]
struct Edition {
    code: String,
    dir: &'static str,
    /// Its base path (`/ar`, `/kb-site/ar`, empty for the default language at a domain's root).
    base_path: String,
    /// Its base URL, for absolute links (sitemap, hreflang).
    base_url: String,
}

/// Which site paths (`/articles/x/`, `/tags/`) each language has: a page's translations are
/// the pages at the same path in the other languages.
#[derive(Debug, Default)]
pub struct Translations {
    /// The default language first; empty for a site in one language.
    editions: Vec<Edition>,
    /// Site path → one bit per edition that has it.
    paths: HashMap<String, u64>,
}

/// A page in one language, as the template and the sitemap link to it.
#[derive(Debug, Serialize)]
pub struct Alternate {
    /// The language code, for `hreflang` and `lang`.
    pub code: String,
    /// `rtl` or `ltr`.
    pub dir: &'static str,
    /// Its name in itself, for the switcher: `العربية`.
    pub name: &'static str,
    /// Where the switcher leads: the same page in this language, or the language's home.
    pub href: String,
    /// The absolute URL of the same page; empty when the language does not have it.
    pub url: String,
    /// This is the language of the page shown.
    pub current: bool,
}

impl Translations {
    /// Each language's config and the paths of its pages, the default language first.
    pub fn of<'c>(languages: impl IntoIterator<Item = (&'c Config, Vec<String>)>) -> Translations {
        let mut paths: HashMap<String, u64> = HashMap::new();
        let mut editions = Vec::new();
        for (bit, (config, pages)) in languages.into_iter().enumerate() {
            for path in pages {
                *paths.entry(path).or_default() |= 1 << bit;
            }
            editions.push(Edition {
                code: config.language.clone(),
                dir: config.dir(),
                base_path: config.base_path().to_string(),
                base_url: config.base_url.clone(),
            });
        }
        Translations { editions, paths }
    }

    /// Whether the site is in more than one language.
    pub fn is_empty(&self) -> bool {
        self.editions.is_empty()
    }

    /// The page at `path` in every language, for a page of `current` (empty for a site in one
    /// language).
    pub fn alternates(&self, path: &str, current: &str) -> Vec<Alternate> {
        let has = self.paths.get(path).copied().unwrap_or(0);
        self.editions
            .iter()
            .enumerate()
            .map(|(bit, edition)| {
                let exists = has & (1 << bit) != 0;
                let shown = if exists { path } else { "/" };
                Alternate {
                    code: edition.code.clone(),
                    dir: edition.dir,
                    name: native_name(&edition.code),
                    href: format!("{}{shown}", edition.base_path),
                    url: if exists {
                        format!("{}{path}", edition.base_url)
                    } else {
                        String::new()
                    },
                    current: edition.code == current,
                }
            })
            .collect()
    }
}

/// A language's name as its readers write it; the code for a language kb has no name for.
fn native_name(code: &str) -> &'static str {
    match code.split('-').next().unwrap_or(code) {
        "he" => "עברית",
        "ar" => "العربية",
        "en" => "English",
        "ru" => "Русский",
        "am" => "አማርኛ",
        "fr" => "Français",
        _ => "",
    }
}
