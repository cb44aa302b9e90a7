//! `admin/config.yml`: the editor's backend, media folder and collections, one per type, one for
//! the pages and one for the intros, with a field for every front matter key kb reads, of the
//! kind kb expects, labelled from kb's message catalogue.

use super::yaml::{self, Yaml};
use crate::config::{Cms, Config};
use crate::content::library::Library;
use crate::i18n::{Lang, Text};
use crate::t;

/// What kind of value a front matter key holds, and so which widget edits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text.
    Line,
    /// The address part of the URL, in Latin letters.
    Slug,
    /// A few lines of text.
    Text,
    /// A date, written `YYYY-MM-DD`.
    Date,
    /// A list of names or addresses.
    List,
    /// Keys of the tag vocabulary, chosen by their names.
    Tags,
    /// Yes or no.
    Switch,
    /// A YouTube or Vimeo address.
    Video,
}

/// A front matter key and how the editor shows it.
pub struct Field {
    pub key: &'static str,
    pub kind: FieldKind,
    /// The editor refuses to save without it (kb would refuse to build).
    pub required: bool,
}

const fn field(key: &'static str, kind: FieldKind, required: bool) -> Field {
    Field {
        key,
        kind,
        required,
    }
}

/// The fields of an item, in the order the form shows them; `extra` is the only key kb reads
/// that has none: it is free for templates, so no form can know its fields (the editor keeps
/// it as it was on save).
pub const ITEM_FIELDS: [Field; 12] = [
    field("title", FieldKind::Line, true),
    field("date", FieldKind::Date, true),
    field("summary", FieldKind::Text, false),
    field("tags", FieldKind::Tags, false),
    field("authors", FieldKind::List, false),
    field("editors", FieldKind::List, false),
    field("video", FieldKind::Video, false),
    field("captions", FieldKind::Switch, false),
    field("updated", FieldKind::Date, false),
    field("draft", FieldKind::Switch, false),
    field("slug", FieldKind::Slug, false),
    field("aliases", FieldKind::List, false),
];

/// The fields of a page (`content/about.md`).
pub const PAGE_FIELDS: [Field; 7] = [
    field("title", FieldKind::Line, true),
    field("summary", FieldKind::Text, false),
    field("date", FieldKind::Date, false),
    field("updated", FieldKind::Date, false),
    field("draft", FieldKind::Switch, false),
    field("slug", FieldKind::Slug, false),
    field("aliases", FieldKind::List, false),
];

/// The fields of an intro (`_index.md`).
const INTRO_FIELDS: [Field; 1] = [field("title", FieldKind::Line, false)];

/// The keys only items that show a video have.
const VIDEO_KEYS: [&str; 2] = ["video", "captions"];

pub fn config_yml(config: &Config, cms: &Cms, library: &Library, lang: Lang) -> String {
    let label = |text: Text| Yaml::Str(text.render(lang));
    let mut backend = vec![
        ("name", Yaml::from(cms.backend.as_str())),
        ("branch", cms.branch.as_str().into()),
    ];
    if !cms.repo.is_empty() {
        backend.insert(1, ("repo", cms.repo.as_str().into()));
    }
    backend.extend(
        cms.sign_in
            .iter()
            .map(|(key, value)| (*key, value.as_str().into())),
    );
    let mut collections: Vec<Yaml> = config
        .types
        .iter()
        .map(|type_def| {
            let pages = library.of_type(&type_def.key);
            let uses = |key: &str| {
                type_def.key == "videos"
                    || pages.iter().any(|&id| {
                        let page = &library.pages[id];
                        match key {
                            "video" => page.video.is_some(),
                            _ => page.captions.is_some(),
                        }
                    })
            };
            let bundles = pages
                .iter()
                .any(|&id| library.pages[id].bundle_dir.is_some());
            let fields: Vec<Yaml> = ITEM_FIELDS
                .iter()
                .filter(|field| !VIDEO_KEYS.contains(&field.key) || uses(field.key))
                .map(|field| widget(field, config, lang))
                .chain(std::iter::once(body(lang)))
                .collect();
            let mut collection = vec![
                ("name", Yaml::from(type_def.key.as_str())),
                ("label", type_def.plural.as_str().into()),
                ("label_singular", type_def.name.as_str().into()),
                ("folder", format!("content/{}", type_def.key).into()),
                ("format", "toml-frontmatter".into()),
                ("extension", "md".into()),
                ("create", true.into()),
                ("slug", "{{fields.slug}}".into()),
                ("summary", "{{title}}".into()),
                (
                    "sortable_fields",
                    Yaml::List(vec!["date".into(), "title".into()]),
                ),
            ];
            if bundles {
                // New items become bundles: their images sit beside them.
                collection.extend([
                    ("path", "{{slug}}/index".into()),
                    ("media_folder", "".into()),
                    ("public_folder", "".into()),
                ]);
            }
            collection.push(("fields", Yaml::List(fields)));
            Yaml::Map(collection)
        })
        .collect();
    let page_fields: Vec<Yaml> = PAGE_FIELDS
        .iter()
        .map(|field| widget(field, config, lang))
        .chain(std::iter::once(body(lang)))
        .collect();
    collections.push(Yaml::Map(vec![
        ("name", "pages".into()),
        ("label", label(t!("cms-pages"))),
        ("label_singular", label(t!("cms-page"))),
        ("folder", "content".into()),
        ("format", "toml-frontmatter".into()),
        ("extension", "md".into()),
        ("create", true.into()),
        ("slug", "{{fields.slug}}".into()),
        ("fields", Yaml::List(page_fields)),
    ]));
    let intro = |file: String, name: String, title: String| {
        Yaml::Map(vec![
            ("name", name.into()),
            ("label", title.into()),
            ("file", file.into()),
            ("format", "toml-frontmatter".into()),
            (
                "fields",
                Yaml::List(
                    INTRO_FIELDS
                        .iter()
                        .map(|field| widget(field, config, lang))
                        .chain(std::iter::once(body(lang)))
                        .collect(),
                ),
            ),
        ])
    };
    let intros = std::iter::once(intro(
        "content/_index.md".into(),
        "home".into(),
        t!("cms-home-intro").render(lang),
    ))
    .chain(config.types.iter().map(|type_def| {
        intro(
            format!("content/{}/_index.md", type_def.key),
            format!("intro-{}", type_def.key),
            t!("cms-listing-intro", plural = &type_def.plural).render(lang),
        )
    }))
    .collect();
    collections.push(Yaml::Map(vec![
        ("name", "intros".into()),
        ("label", label(t!("cms-intros"))),
        ("files", Yaml::List(intros)),
    ]));
    let document = Yaml::Map(vec![
        ("backend", Yaml::Map(backend)),
        ("locale", lang.code().into()),
        ("site_url", config.base_url.as_str().into()),
        ("display_url", config.base_url.as_str().into()),
        ("media_folder", cms.media_folder.as_str().into()),
        ("public_folder", cms.public_folder().into()),
        (
            "slug",
            Yaml::Map(vec![
                ("encoding", "ascii".into()),
                ("clean_accents", true.into()),
            ]),
        ),
        ("collections", Yaml::List(collections)),
    ]);
    let header = t!("cms-config-header").render(lang);
    format!("# {header}\n{}", yaml::to_string(&document))
}

fn body(lang: Lang) -> Yaml {
    Yaml::Map(vec![
        ("name", "body".into()),
        ("label", t!("cms-field-body").render(lang).into()),
        ("widget", "markdown".into()),
        ("hint", t!("cms-field-body-hint").render(lang).into()),
    ])
}

/// The editor's field for a front matter key.
fn widget(field: &Field, config: &Config, lang: Lang) -> Yaml {
    let (label, hint) = labels(field.key);
    let mut map = vec![
        ("name", Yaml::from(field.key)),
        ("label", label.render(lang).into()),
    ];
    match field.kind {
        FieldKind::Line => map.push(("widget", "string".into())),
        FieldKind::Slug => map.extend([
            ("widget", "string".into()),
            (
                "pattern",
                Yaml::List(vec![
                    "^[a-z0-9]+(-[a-z0-9]+)*$".into(),
                    t!("cms-slug-pattern").render(lang).into(),
                ]),
            ),
        ]),
        FieldKind::Text => map.push(("widget", "text".into())),
        FieldKind::Date => {
            map.extend([
                ("widget", "datetime".into()),
                ("format", "YYYY-MM-DD".into()),
                ("date_format", "DD.MM.YYYY".into()),
                ("time_format", false.into()),
                ("picker_utc", true.into()),
            ]);
            if field.required {
                map.push(("default", "{{now}}".into()));
            }
        }
        FieldKind::List => map.push(("widget", "list".into())),
        FieldKind::Tags => map.extend([
            ("widget", "select".into()),
            ("multiple", true.into()),
            (
                "options",
                Yaml::List(
                    config
                        .tags
                        .iter()
                        .map(|tag| {
                            Yaml::Map(vec![
                                ("label", tag.name.as_str().into()),
                                ("value", tag.key.as_str().into()),
                            ])
                        })
                        .collect(),
                ),
            ),
        ]),
        FieldKind::Switch => map.extend([("widget", "boolean".into()), ("default", false.into())]),
        FieldKind::Video => map.extend([
            ("widget", "string".into()),
            (
                "pattern",
                Yaml::List(vec![
                    "^https://(www\\.)?(youtube\\.com|youtu\\.be|vimeo\\.com)/".into(),
                    t!("cms-video-pattern").render(lang).into(),
                ]),
            ),
        ]),
    }
    map.push(("required", field.required.into()));
    map.push(("hint", hint.render(lang).into()));
    Yaml::Map(map)
}

/// The label and hint of a key's field.
fn labels(key: &str) -> (Text, Text) {
    match key {
        "title" => (t!("cms-field-title"), t!("cms-field-title-hint")),
        "date" => (t!("cms-field-date"), t!("cms-field-date-hint")),
        "summary" => (t!("cms-field-summary"), t!("cms-field-summary-hint")),
        "tags" => (t!("cms-field-tags"), t!("cms-field-tags-hint")),
        "authors" => (t!("cms-field-authors"), t!("cms-field-authors-hint")),
        "editors" => (t!("cms-field-editors"), t!("cms-field-editors-hint")),
        "video" => (t!("cms-field-video"), t!("cms-field-video-hint")),
        "captions" => (t!("cms-field-captions"), t!("cms-field-captions-hint")),
        "updated" => (t!("cms-field-updated"), t!("cms-field-updated-hint")),
        "draft" => (t!("cms-field-draft"), t!("cms-field-draft-hint")),
        "slug" => (t!("cms-field-slug"), t!("cms-field-slug-hint")),
        "aliases" => (t!("cms-field-aliases"), t!("cms-field-aliases-hint")),
        _ => unreachable!("every field's key has a label: {key}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::front_matter::{RawItem, RawStandalone};
    use serde::de::{self, Deserialize, Deserializer, Visitor};

    /// The keys a front matter struct reads, as serde sees them: its `deserialize_struct` fields.
    fn keys_read<'de, T: Deserialize<'de>>() -> Vec<&'static str> {
        struct Fields(Vec<&'static str>);
        impl<'de> Deserializer<'de> for &mut Fields {
            type Error = de::value::Error;
            fn deserialize_struct<V: Visitor<'de>>(
                self,
                _: &'static str,
                fields: &'static [&'static str],
                _: V,
            ) -> Result<V::Value, Self::Error> {
                self.0.extend(fields);
                Err(de::Error::custom("only the fields were wanted"))
            }
            fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
                Err(de::Error::custom("not a struct"))
            }
            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
                byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
                identifier ignored_any
            }
        }
        let mut fields = Fields(Vec::new());
        let _ = T::deserialize(&mut fields);
        fields.0
    }

    fn keys_of(fields: &[Field]) -> Vec<&'static str> {
        let mut keys: Vec<&str> = fields.iter().map(|field| field.key).collect();
        keys.sort_unstable();
        keys
    }

    #[test]
    fn every_key_kb_reads_has_a_field_and_every_field_is_a_key_kb_reads() {
        for (read, fields) in [
            (keys_read::<RawItem>(), keys_of(&ITEM_FIELDS)),
            (keys_read::<RawStandalone>(), keys_of(&PAGE_FIELDS)),
        ] {
            let mut read: Vec<&str> = read.into_iter().filter(|key| *key != "extra").collect();
            read.sort_unstable();
            assert!(!read.is_empty());
            assert_eq!(read, fields);
        }
    }
}
