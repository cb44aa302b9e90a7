//! The default theme's own words in each language (`themes/default/locales/<lang>.ftl`,
//! Fluent), which templates read through the `tr` function:
//! `tr(id="skip-link", lang=site.language)`, `tr(id="item-count", lang=site.language, count=3)`.
//! Fluent chooses the plural form (Arabic has six). A language without a catalogue gets English.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use tera::Value;

/// Each catalogue by its language code.
const CATALOGUES: [(&str, &str); 3] = [
    ("he", include_str!("../themes/default/locales/he.ftl")),
    ("ar", include_str!("../themes/default/locales/ar.ftl")),
    ("en", include_str!("../themes/default/locales/en.ftl")),
];

/// The bundles, parsed once: constant data compiled into kb.
static BUNDLES: LazyLock<Vec<(&'static str, FluentBundle<FluentResource>)>> = LazyLock::new(|| {
    CATALOGUES
        .iter()
        .map(|(code, text)| {
            let resource = FluentResource::try_new(text.to_string())
                .expect("the theme's catalogues parse (tests/build.rs reads them all)");
            let id: unic_langid::LanguageIdentifier =
                code.parse().expect("the catalogue codes are language ids");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Pages isolate names with <bdi>; Fluent's invisible marks would only add bytes.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .expect("a catalogue defines each id once");
            (*code, bundle)
        })
        .collect()
});

/// The message `id` in `lang` (English for a language without a catalogue), with `args`;
/// `None` when the catalogue has no such message.
pub fn word(lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    let primary = lang.split('-').next().unwrap_or(lang);
    let (_, bundle) = BUNDLES
        .iter()
        .find(|(code, _)| *code == primary)
        .or_else(|| BUNDLES.iter().find(|(code, _)| *code == "en"))?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned(),
    )
}

/// The `tr` template function.
pub fn tr(args: &HashMap<String, Value>) -> tera::Result<Value> {
    let text = |name: &str| args.get(name).and_then(Value::as_str);
    let id = text("id").ok_or("tr needs id=\"...\"")?;
    let lang = text("lang").ok_or("tr needs lang=site.language")?;
    let values: Vec<(&str, FluentValue<'_>)> = args
        .iter()
        .filter(|(name, _)| *name != "id" && *name != "lang")
        .map(|(name, value)| {
            let value = match value {
                Value::Number(n) => n
                    .as_i64()
                    .map(FluentValue::from)
                    .unwrap_or_else(|| FluentValue::from(n.as_f64().unwrap_or(0.0))),
                Value::String(s) => FluentValue::from(s.as_str()),
                other => FluentValue::from(other.to_string()),
            };
            (name.as_str(), value)
        })
        .collect();
    word(lang, id, &values)
        .map(Value::String)
        .ok_or_else(|| format!("the theme has no word `{id}`").into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ids a catalogue defines.
    fn ids(text: &str) -> Vec<&str> {
        let mut ids: Vec<&str> = text
            .lines()
            .filter(|line| !line.starts_with([' ', '#']) && line.contains(" = "))
            .filter_map(|line| line.split(" = ").next())
            .collect();
        ids.sort_unstable();
        ids
    }

    #[test]
    fn every_catalogue_has_every_word_the_hebrew_one_has() {
        let hebrew = ids(CATALOGUES[0].1);
        for (code, text) in CATALOGUES {
            assert_eq!(ids(text), hebrew, "{code}");
            for id in &hebrew {
                let count = FluentValue::from(3);
                assert!(word(code, id, &[("count", count)]).is_some(), "{code} {id}");
            }
        }
    }

    #[test]
    fn numbers_agree_with_their_nouns_in_each_language() {
        let count = |lang, n: i64| word(lang, "item-count", &[("count", n.into())]).unwrap();
        assert_eq!(count("he", 1), "פריט אחד");
        assert_eq!(count("he", 2), "2 פריטים");
        assert_eq!(count("ar", 2), "مادتان");
        assert_eq!(count("ar", 5), "5 مواد");
        assert_eq!(count("ar", 11), "11 مادة");
        assert_eq!(count("en", 1), "One item");
        assert_eq!(
            count("ru", 4),
            "4 items",
            "English for a language without words"
        );
    }
}
