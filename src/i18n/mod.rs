//! The message catalogue: every sentence kb says to an author, in Hebrew, Arabic and English
//! (`locales/<lang>/kb.ftl`, Fluent), and the choice of language: `--lang`, `KB_LANG`, or the
//! site's own `language`. Messages are kept as ids with arguments until printed, so one
//! problem can be shown in either language (the terminal, the preview's overlay).

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The codes `--lang` and `KB_LANG` take: the languages of the catalogue.
pub const LANG_CODES: [&str; 3] = ["he", "ar", "en"];

/// The language kb speaks to the author in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Hebrew, right to left.
    He,
    /// Arabic, right to left.
    Ar,
    /// English, the default for a site in any other language.
    #[default]
    En,
}

impl Lang {
    /// Hebrew for `he` and its regional forms (`he-IL`, `he_IL.UTF-8`) or a name of it
    /// (`עברית`), Arabic for `ar` and its forms, English otherwise.
    pub fn of_code(code: &str) -> Lang {
        let code = if code.contains(['_', '.']) || crate::languages::is_language_code(code) {
            code
        } else {
            crate::languages::nearest_language(code)
        };
        let primary = code.split(['-', '_', '.']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("he") || primary.eq_ignore_ascii_case("iw") {
            Lang::He
        } else if primary.eq_ignore_ascii_case("ar") {
            Lang::Ar
        } else {
            Lang::En
        }
    }

    /// The language's code: `he`, `ar` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::He => "he",
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }

    /// The writing direction, for the preview's overlay.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::He | Lang::Ar => "rtl",
            Lang::En => "ltr",
        }
    }
}

/// A message of the catalogue with its arguments, rendered in a language when shown.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text {
    id: &'static str,
    // Boxed, not a Vec: a Diagnostic holds two Texts and travels in every `Result`.
    args: Box<[(&'static str, Arg)]>,
}

/// An argument of a message: words and paths as written, counts (which choose the plural
/// form), or another message (rendered in the same language).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// Words or a path, shown as written.
    Str(String),
    /// A count: chooses the plural form.
    Num(i64),
    /// Another message, in the same language.
    Msg(Box<Text>),
    /// Messages shown one after another, separated by commas.
    List(Vec<Text>),
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Str(text)
    }
}
impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Str(text.to_string())
    }
}
impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Str(text.clone())
    }
}
impl From<&Path> for Arg {
    fn from(path: &Path) -> Self {
        Arg::Str(path.display().to_string())
    }
}
impl From<PathBuf> for Arg {
    fn from(path: PathBuf) -> Self {
        Arg::from(path.as_path())
    }
}
impl From<&PathBuf> for Arg {
    fn from(path: &PathBuf) -> Self {
        Arg::from(path.as_path())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<Vec<Text>> for Arg {
    fn from(texts: Vec<Text>) -> Self {
        Arg::List(texts)
    }
}
impl From<Text> for Arg {
    fn from(text: Text) -> Self {
        Arg::Msg(Box::new(text))
    }
}

/// `t!(<message id>, name = value, ...)`: a [`Text`] of the catalogue.
#[macro_export]
macro_rules! t {
    ($id:literal $(, $key:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Text::new($id, vec![$((stringify!($key), $crate::i18n::Arg::from($value))),*])
    };
}

impl Text {
    /// The message `id` of the catalogue with its arguments (the `t!` macro writes these).
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Text {
        Text {
            id,
            args: args.into_boxed_slice(),
        }
    }

    /// Its id in the catalogue.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The word or path given as argument `name`.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(key, value)| match value {
            Arg::Str(text) if *key == name => Some(text.as_str()),
            _ => None,
        })
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        for (key, value) in self.args.iter() {
            let value = match value {
                Arg::Str(text) => FluentValue::from(text.as_str()),
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Msg(text) => FluentValue::from(text.render(lang)),
                Arg::List(texts) => {
                    let shown: Vec<String> = texts.iter().map(|t| t.render(lang)).collect();
                    FluentValue::from(shown.join(", "))
                }
            };
            args.set(*key, value);
        }
        CATALOGUE.format(lang, self.id, Some(&args))
    }
}

/// English, for logs and tests; authors see [`Text::render`] in their language.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// A message without arguments, in `lang` (labels, headings, the CLI help).
pub fn tr(lang: Lang, id: &str) -> String {
    CATALOGUE.format(lang, id, None)
}

/// Whether the catalogue has `id` (the CLI help asks for each option's text).
pub fn has(lang: Lang, id: &str) -> bool {
    CATALOGUE.bundle(lang).has_message(id)
}

const HEBREW: &str = include_str!("../../locales/he/kb.ftl");
const ARABIC: &str = include_str!("../../locales/ar/kb.ftl");
const ENGLISH: &str = include_str!("../../locales/en/kb.ftl");

/// The bundles, parsed once: the catalogue is constant data compiled into kb, so sharing it
/// is no hidden state (building a bundle per message would parse the files each time).
static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(Catalogue::load);

struct Catalogue {
    he: FluentBundle<FluentResource>,
    ar: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

impl Catalogue {
    fn load() -> Catalogue {
        Catalogue {
            he: bundle("he", HEBREW),
            ar: bundle("ar", ARABIC),
            en: bundle("en", ENGLISH),
        }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::He => &self.he,
            Lang::Ar => &self.ar,
            Lang::En => &self.en,
        }
    }

    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let bundle = self.bundle(lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            // The tests check every id kb uses is in both files; a miss still says something.
            return id.to_string();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

fn bundle(lang: &str, source: &str) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(source.to_string())
        .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/kb.ftl: {errors:?}"));
    let id = lang.parse().expect("a valid language id");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent wraps arguments in invisible isolation marks for HTML; in a terminal they show
    // as stray characters and break copy-paste of paths.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("locales/{lang}/kb.ftl: {errors:?}"));
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ids defined in a catalogue file, in order.
    fn ids(source: &str) -> Vec<&str> {
        source
            .lines()
            .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim()))
            .collect()
    }

    #[test]
    fn every_language_has_the_same_messages() {
        let mut en = ids(ENGLISH);
        en.sort_unstable();
        assert!(!en.is_empty());
        for (lang, source) in [("he", HEBREW), ("ar", ARABIC)] {
            let mut ids = ids(source);
            ids.sort_unstable();
            assert_eq!(
                ids, en,
                "locales/{lang}/kb.ftl and locales/en/kb.ftl differ"
            );
        }
    }

    /// Every id given to `t!` or `tr` in the sources names a message of both files.
    #[test]
    fn every_id_used_in_the_code_is_in_the_catalogue() {
        let defined: std::collections::HashSet<&str> = ids(ENGLISH).into_iter().collect();
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        for entry in walkdir::WalkDir::new(src) {
            let entry = entry.unwrap();
            if entry.path().extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap();
            for marker in ["t!(\"", "tr(lang, \"", "tr(self.lang, \""] {
                for (at, _) in text.match_indices(marker) {
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = &text[at + marker.len()..];
                    let id = &rest[..rest.find('"').unwrap()];
                    if !defined.contains(id) {
                        missing.push(format!("{}: {id}", entry.path().display()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "not in the catalogue: {missing:#?}");
    }

    #[test]
    fn numbers_agree_with_their_nouns() {
        let pages = |n: usize, lang| t!("count-pages", count = n).render(lang);
        assert_eq!(pages(1, Lang::He), "עמוד אחד");
        assert_eq!(pages(2, Lang::He), "2 עמודים");
        assert_eq!(pages(3, Lang::He), "3 עמודים");
        assert_eq!(pages(1, Lang::En), "1 page");
        assert_eq!(pages(3, Lang::En), "3 pages");
    }

    #[test]
    fn languages_are_read_from_codes() {
        assert_eq!(Lang::of_code("he"), Lang::He);
        assert_eq!(Lang::of_code("he_IL.UTF-8"), Lang::He);
        assert_eq!(Lang::of_code("en"), Lang::En);
        assert_eq!(Lang::of_code("ar"), Lang::Ar);
        assert_eq!(Lang::of_code("ar_IL.UTF-8"), Lang::Ar);
        assert_eq!(Lang::of_code("fr"), Lang::En);
    }
}
