//! Rendering: the flat list of pages a site has (items, listings, tag pages, home, search, 404)
//! and each one turned into HTML with tera. Pure: reads the library, returns files, writes nothing.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::{Value, json};
use std::sync::Arc;
use tera::{Context, Tera};
use xxhash_rust::xxh3::xxh3_64;

use crate::config::{Accessibility, Config, MenuItem, MenuLink};
use crate::content::{Library, Page, Standalone};
use crate::diagnostics::Diagnostic;
use crate::hebrew::Date;
use crate::markdown::Rendered;
use crate::output::OutputFile;
use crate::templates::ThemeFiles;
use crate::translations::Translations;

/// Rendered intros of the home page (`None`) and of each type listing: (title, `[extra]`, body).
pub type Intros = HashMap<Option<String>, (Option<String>, toml::Table, Arc<Rendered>)>;

/// How many cards the home page shows.
const LATEST_COUNT: usize = 10;
/// How many pages on each side of the current one a paginator lists.
const PAGES_AROUND: usize = 2;

/// A template context as it is built, or only its fingerprint. The same code fills both, so a
/// page's fingerprint covers exactly what its template is given: a field added to a context
/// changes the fingerprint, with no second list of inputs to keep in step. Large values that
/// many pages share (the site, cards, bodies) enter a fingerprint by the hash computed once
/// from them; everything else by its JSON.
enum Fields<'h> {
    /// Values are moved in, and handed to tera without the deep copy `Context::insert` makes.
    Build(serde_json::Map<String, Value>),
    /// What the context would hold, written out to be hashed once (one hash of the whole
    /// costs less than many small updates).
    Print(&'h mut Vec<u8>),
}

impl Fields<'_> {
    fn build() -> Fields<'static> {
        Fields::Build(serde_json::Map::new())
    }

    fn key(print: &mut Vec<u8>, key: &str, kind: u8) {
        print.extend_from_slice(key.as_bytes());
        print.extend_from_slice(&[0, kind]);
    }

    fn insert(&mut self, key: &str, value: impl Serialize) {
        match self {
            Fields::Build(map) => {
                let value = serde_json::to_value(value).expect("context values are JSON");
                map.insert(key.to_string(), value);
            }
            Fields::Print(print) => {
                Fields::key(print, key, 0);
                serde_json::to_writer(&mut **print, &value).expect("context values are JSON");
            }
        }
    }

    /// Inserts a large value by `hash`, which its owner computed from all of it.
    fn insert_hashed(&mut self, key: &str, hash: u64, value: impl FnOnce() -> Value) {
        match self {
            Fields::Build(map) => {
                map.insert(key.to_string(), value());
            }
            Fields::Print(print) => {
                Fields::key(print, key, 1);
                print.extend_from_slice(&hash.to_le_bytes());
            }
        }
    }

    /// Inserts a list of cards.
    fn insert_cards<'c>(&mut self, key: &str, cards: impl Iterator<Item = &'c Card>) {
        match self {
            Fields::Build(map) => {
                let values = cards.map(|card| card.value.clone()).collect();
                map.insert(key.to_string(), Value::Array(values));
            }
            Fields::Print(print) => {
                Fields::key(print, key, 2);
                cards.for_each(|card| print.extend_from_slice(&card.hash.to_le_bytes()));
            }
        }
    }

    /// Inserts an object: the fields of `card` (if any), then what `fill` adds.
    fn insert_object(&mut self, key: &str, card: Option<&Card>, fill: impl FnOnce(&mut Fields)) {
        match self {
            Fields::Build(map) => {
                let start = match card.map(|card| &card.value) {
                    Some(Value::Object(fields)) => fields.clone(),
                    _ => serde_json::Map::new(),
                };
                let mut object = Fields::Build(start);
                fill(&mut object);
                if let Fields::Build(object) = object {
                    map.insert(key.to_string(), Value::Object(object));
                }
            }
            Fields::Print(print) => {
                Fields::key(print, key, 3);
                print.extend_from_slice(&card.map_or(0, |card| card.hash).to_le_bytes());
                fill(&mut Fields::Print(print));
                print.push(b'}');
            }
        }
    }

    fn into_context(self) -> Context {
        match self {
            Fields::Build(map) => {
                Context::from_value(Value::Object(map)).expect("an object is a context")
            }
            Fields::Print(_) => unreachable!("a fingerprint is no context"),
        }
    }
}

/// One page of the built site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Job {
    /// An item's page (a page id).
    Item(usize),
    /// A page outside the types (index into `library.standalone`).
    Standalone(usize),
    /// A type listing (index into `config.types`), page `number` (1-based).
    TypeList {
        /// Index into `config.types`.
        type_index: usize,
        /// 1-based page number.
        number: usize,
    },
    /// A tag page (index into `config.tags`), optionally filtered by type.
    TagList {
        /// Index into `config.tags`.
        tag_index: usize,
        /// The type filtered by, if any (index into `config.types`).
        type_index: Option<usize>,
        /// 1-based page number.
        number: usize,
    },
    /// `/tags/`: every tag.
    Tags,
    /// `/`: the intro and the newest items.
    Home,
    /// `/search/`: the page the search script fills.
    Search,
    /// `/404.html`.
    NotFound,
    /// The accessibility statement kb writes from `[accessibility]`.
    Accessibility,
}

/// Everything rendering reads, built once per build.
pub struct Renderer<'a> {
    config: &'a Config,
    library: &'a Library,
    /// Rendered Markdown per page id.
    bodies: &'a [Arc<Rendered>],
    /// Rendered Markdown of each page outside the types.
    standalone_bodies: &'a [Arc<Rendered>],
    /// Rendered intro of the home page and of each type listing.
    intros: &'a Intros,
    tera: &'a Tera,
    theme: &'a ThemeFiles,
    site: Value,
    site_hash: u64,
    cards: &'a [Arc<Card>],
    /// (tag index, type index) → page ids, newest first.
    tag_type_ids: HashMap<(usize, usize), Vec<usize>>,
    /// The site's pages in its other languages.
    translations: &'a Translations,
}

/// What the Markdown of a site rendered into, as a renderer reads it.
pub struct Bodies<'a> {
    /// Rendered Markdown per page id.
    pub items: &'a [Arc<Rendered>],
    /// Card per page id.
    pub cards: &'a [Arc<Card>],
    /// Rendered Markdown of each page outside the types.
    pub standalone: &'a [Arc<Rendered>],
    /// Rendered intro of the home page and of each type listing.
    pub intros: &'a Intros,
}

impl<'a> Renderer<'a> {
    /// Computes once what many pages share: the `site` value and its hash, tag pages' ids by type.
    pub fn new(
        config: &'a Config,
        library: &'a Library,
        bodies: Bodies<'a>,
        tera: &'a Tera,
        theme: &'a ThemeFiles,
        translations: &'a Translations,
    ) -> Renderer<'a> {
        let mut tag_type_ids: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
        for (tag_index, tag) in config.tags.iter().enumerate() {
            for &id in library.with_tag(&tag.key) {
                if let Some(type_index) = config
                    .types
                    .iter()
                    .position(|t| t.key == library.pages[id].type_key)
                {
                    tag_type_ids
                        .entry((tag_index, type_index))
                        .or_default()
                        .push(id);
                }
            }
        }
        let site = site_value(config, library);
        Renderer {
            site_hash: xxh3_64(site.to_string().as_bytes()),
            site,
            config,
            library,
            bodies: bodies.items,
            standalone_bodies: bodies.standalone,
            intros: bodies.intros,
            tera,
            theme,
            cards: bodies.cards,
            tag_type_ids,
            translations,
        }
    }

    /// Every page of the site, in a fixed order.
    pub fn jobs(&self) -> Vec<Job> {
        let per = self.config.paginate_by;
        let mut jobs: Vec<Job> = (0..self.library.pages.len()).map(Job::Item).collect();
        jobs.extend((0..self.library.standalone.len()).map(Job::Standalone));
        for (type_index, t) in self.config.types.iter().enumerate() {
            let count = page_count(self.library.of_type(&t.key).len(), per);
            jobs.extend((1..=count).map(|number| Job::TypeList { type_index, number }));
        }
        for (tag_index, tag) in self.config.tags.iter().enumerate() {
            let count = page_count(self.library.with_tag(&tag.key).len(), per);
            jobs.extend((1..=count).map(|number| Job::TagList {
                tag_index,
                type_index: None,
                number,
            }));
            for type_index in 0..self.config.types.len() {
                let ids = self
                    .tag_type_ids
                    .get(&(tag_index, type_index))
                    .map_or(0, Vec::len);
                if ids > 0 {
                    let count = page_count(ids, per);
                    jobs.extend((1..=count).map(|number| Job::TagList {
                        tag_index,
                        type_index: Some(type_index),
                        number,
                    }));
                }
            }
        }
        jobs.extend([Job::Tags, Job::Home, Job::Search, Job::NotFound]);
        if self.config.accessibility.is_some() && statement_page(self.library).is_none() {
            jobs.push(Job::Accessibility);
        }
        jobs
    }

    /// The file a job is written to, e.g. `articles/page/2/index.html`.
    pub fn file_path(&self, job: Job) -> String {
        output_path(&self.path(job))
    }

    /// The path a job is served at, e.g. `/articles/page/2/`.
    pub fn path(&self, job: Job) -> String {
        match job {
            Job::Item(id) => self.library.pages[id].url.clone(),
            Job::Standalone(index) => self.library.standalone[index].url.clone(),
            Job::TypeList { type_index, number } => {
                paged(&type_url(&self.config.types[type_index].key), number)
            }
            Job::TagList {
                tag_index,
                type_index,
                number,
            } => paged(&self.tag_list_url(tag_index, type_index), number),
            Job::Tags => "/tags/".into(),
            Job::Home => "/".into(),
            Job::Search => "/search/".into(),
            Job::NotFound => "/404.html".into(),
            Job::Accessibility => STATEMENT_PATH.into(),
        }
    }

    fn tag_list_url(&self, tag_index: usize, type_index: Option<usize>) -> String {
        let base = tag_url(&self.config.tags[tag_index].key);
        match type_index {
            Some(t) => format!("{base}{}/", self.config.types[t].key),
            None => base,
        }
    }

    /// Renders one page.
    pub fn render(&self, job: Job) -> Result<OutputFile, Diagnostic> {
        let mut context = Fields::build();
        let template = self.fill(job, &mut context);
        // Straight into bytes: `Tera::render` would check the whole page is UTF-8 once more.
        let mut bytes = Vec::with_capacity(32 * 1024);
        self.tera
            .render_to(template, &context.into_context(), &mut bytes)
            .map_err(|err| self.theme.error(&err))?;
        Ok(OutputFile::markup(self.file_path(job), bytes))
    }

    /// A hash of everything a page's HTML depends on (with the same templates): its template
    /// and its context, as [`Renderer::render`] fills it. A page whose fingerprint did not
    /// change need not be rendered again.
    pub fn fingerprint(&self, job: Job) -> u64 {
        let mut print = Vec::with_capacity(1024);
        let template = self.fill(job, &mut Fields::Print(&mut print));
        print.extend_from_slice(template.as_bytes());
        xxh3_64(&print)
    }

    /// Fills the context of a page; returns its template.
    fn fill(&self, job: Job, context: &mut Fields) -> &'static str {
        let path = self.path(job);
        context.insert_hashed("site", self.site_hash, || self.site.clone());
        context.insert("permalink", format!("{}{}", self.config.base_url, path));
        context.insert("current_path", href(self.config, &path));
        context.insert(
            "translations",
            self.translations.alternates(&path, &self.config.language),
        );
        match job {
            Job::Item(id) => {
                context.insert("page_kind", "item");
                context.insert_object("page", Some(&self.cards[id]), |page| {
                    self.page_fields(id, page)
                });
                "page.html"
            }
            Job::Standalone(index) => {
                context.insert("page_kind", "page");
                context.insert_object("page", None, |page| self.standalone_fields(index, page));
                "page.html"
            }
            Job::TypeList { type_index, number } => {
                let t = &self.config.types[type_index];
                context.insert("page_kind", "list");
                context.insert_object("section", None, |section| {
                    section.insert("key", t.key.as_str());
                    section.insert("name", t.name.as_str());
                    section.insert("plural", t.plural.as_str());
                    section.insert("url", href(self.config, &type_url(&t.key)));
                    self.intro_fields(section, Some(&t.key), &t.plural);
                });
                self.paginator(
                    context,
                    self.library.of_type(&t.key),
                    &type_url(&t.key),
                    number,
                );
                "list.html"
            }
            Job::TagList {
                tag_index,
                type_index,
                number,
            } => {
                self.tag_context(context, tag_index, type_index, number);
                "tag.html"
            }
            Job::Tags => {
                context.insert("page_kind", "tags");
                "tags.html"
            }
            Job::Home => {
                context.insert("page_kind", "home");
                context.insert_object("section", None, |section| {
                    self.intro_fields(section, None, &self.config.title);
                });
                context.insert_cards(
                    "latest",
                    self.cards.iter().take(LATEST_COUNT).map(Arc::as_ref),
                );
                "index.html"
            }
            Job::Search => {
                context.insert("page_kind", "search");
                "search.html"
            }
            Job::NotFound => {
                context.insert("page_kind", "404");
                "404.html"
            }
            Job::Accessibility => {
                context.insert("page_kind", "accessibility");
                let statement = self.config.accessibility.as_ref();
                let language = self.config.language.as_str();
                let statement = statement.map(|a| accessibility_value(a, language));
                context.insert("accessibility", statement);
                "accessibility.html"
            }
        }
    }

    /// The `title`, `content` and `extra` of a listing's intro (`_index.md`), or `title` alone.
    fn intro_fields(&self, section: &mut Fields, key: Option<&str>, default_title: &str) {
        let (title, extra, body) = match self.intros.get(&key.map(str::to_string)) {
            Some((title, extra, body)) => (title.as_deref(), Some(extra), Some(body)),
            None => (None, None, None),
        };
        section.insert("title", title.unwrap_or(default_title));
        section.insert("extra", extra.unwrap_or(&toml::Table::new()));
        match body {
            Some(body) => {
                section.insert_hashed("content", body.fingerprint, || body.html.clone().into())
            }
            None => section.insert("content", ""),
        }
    }

    fn tag_context(
        &self,
        context: &mut Fields,
        tag_index: usize,
        type_index: Option<usize>,
        number: usize,
    ) {
        let tag = &self.config.tags[tag_index];
        let all = self.library.with_tag(&tag.key);
        let ids = match type_index {
            Some(t) => self
                .tag_type_ids
                .get(&(tag_index, t))
                .map_or(&[][..], Vec::as_slice),
            None => all,
        };
        // Structs, not `json!`: a fingerprint serialises them without building a value.
        #[derive(Serialize)]
        struct Facet<'a> {
            key: &'a str,
            name: &'a str,
            plural: &'a str,
            count: usize,
            url: String,
            current: bool,
        }
        #[derive(Serialize)]
        struct TagShown<'a> {
            key: &'a str,
            name: &'a str,
            description: &'a str,
            url: String,
            count: usize,
        }
        #[derive(Serialize)]
        struct TypeShown<'a> {
            key: &'a str,
            name: &'a str,
            plural: &'a str,
        }
        let facets: Vec<Facet> = self
            .config
            .types
            .iter()
            .enumerate()
            .filter_map(|(t, def)| {
                let count = self.tag_type_ids.get(&(tag_index, t)).map_or(0, Vec::len);
                (count > 0).then(|| Facet {
                    key: &def.key,
                    name: &def.name,
                    plural: &def.plural,
                    count,
                    url: href(self.config, &self.tag_list_url(tag_index, Some(t))),
                    current: type_index == Some(t),
                })
            })
            .collect();
        context.insert("page_kind", "tag");
        context.insert(
            "tag",
            TagShown {
                key: &tag.key,
                name: &tag.name,
                description: &tag.description,
                url: href(self.config, &tag_url(&tag.key)),
                count: all.len(),
            },
        );
        context.insert(
            "type_filter",
            type_index.map(|t| {
                let def = &self.config.types[t];
                TypeShown {
                    key: &def.key,
                    name: &def.name,
                    plural: &def.plural,
                }
            }),
        );
        context.insert("facets", facets);
        self.paginator(
            context,
            ids,
            &self.tag_list_url(tag_index, type_index),
            number,
        );
    }

    fn paginator(&self, context: &mut Fields, ids: &[usize], base: &str, number: usize) {
        let per = self.config.paginate_by;
        let total_pages = page_count(ids.len(), per);
        let start = (number - 1) * per;
        let items = ids[start.min(ids.len())..(start + per).min(ids.len())]
            .iter()
            .map(|&id| self.cards[id].as_ref());
        let url = |n: usize| href(self.config, &paged(base, n));
        // The first, the last and the nearest pages only: listing every page on every page
        // would grow with the square of the listing's length.
        let near = number.saturating_sub(PAGES_AROUND).max(1)..=(number + PAGES_AROUND);
        #[derive(Serialize)]
        struct PageLink {
            number: usize,
            url: String,
            current: bool,
        }
        let pages: Vec<PageLink> = (1..=total_pages)
            .filter(|n| *n == 1 || *n == total_pages || near.contains(n))
            .map(|n| PageLink {
                number: n,
                url: url(n),
                current: n == number,
            })
            .collect();
        context.insert_object("paginator", None, |paginator| {
            paginator.insert_cards("items", items);
            paginator.insert("number", number);
            paginator.insert("total_pages", total_pages);
            paginator.insert("total_items", ids.len());
            paginator.insert("first_url", url(1));
            paginator.insert("last_url", url(total_pages));
            paginator.insert(
                "prev_url",
                if number > 1 {
                    url(number - 1)
                } else {
                    String::new()
                },
            );
            paginator.insert(
                "next_url",
                if number < total_pages {
                    url(number + 1)
                } else {
                    String::new()
                },
            );
            paginator.insert("pages", pages);
        });
    }

    /// What a page outside the types shows.
    fn standalone_fields(&self, index: usize, fields: &mut Fields) {
        let page = &self.library.standalone[index];
        let body = &self.standalone_bodies[index];
        let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        let lang = self.config.language.as_str();
        let date_he = |d: Option<Date>| d.map(|d| d.written_in(lang)).unwrap_or_default();
        fields.insert("url", href(self.config, &page.url));
        fields.insert("title", &page.title);
        fields.insert("permalink", format!("{}{}", self.config.base_url, page.url));
        fields.insert("date", date(page.date));
        fields.insert("date_he", date_he(page.date));
        fields.insert("date_hebrew", self.config.hebrew_calendar(page.date));
        fields.insert("updated", date(page.updated));
        fields.insert("updated_he", date_he(page.updated));
        fields.insert("updated_hebrew", self.config.hebrew_calendar(page.updated));
        fields.insert("summary", page.summary.as_deref().unwrap_or(&body.summary));
        body_fields(body, fields);
        fields.insert("extra", &page.extra);
    }

    /// What an item's page shows beyond its card.
    fn page_fields(&self, id: usize, fields: &mut Fields) {
        let page = &self.library.pages[id];
        let body = &self.bodies[id];
        let video = page.video.as_ref().map(|v| json!({
            "provider": v.provider, "id": v.id, "embed_url": v.embed_url, "watch_url": v.watch_url,
            "html": v.placeholder_html(&page.title),
        }));
        fields.insert("permalink", format!("{}{}", self.config.base_url, page.url));
        fields.insert(
            "updated",
            page.updated.map(|d| d.to_string()).unwrap_or_default(),
        );
        fields.insert(
            "updated_he",
            page.updated
                .map(|d| d.written_in(&self.config.language))
                .unwrap_or_default(),
        );
        fields.insert("updated_hebrew", self.config.hebrew_calendar(page.updated));
        fields.insert("authors", &page.authors);
        fields.insert("editors", &page.editors);
        fields.insert("reading_minutes", reading_minutes(body.words));
        body_fields(body, fields);
        fields.insert("video", video);
        fields.insert("extra", &page.extra);
        fields.insert_cards(
            "related",
            self.library.related[id]
                .iter()
                .map(|&other| self.cards[other].as_ref()),
        );
    }
}

/// The rendered Markdown of a page: its HTML and table of contents.
/// Minutes a reader takes over `words` words, at 200 a minute (a common figure for reading on a
/// screen), at least one.
fn reading_minutes(words: usize) -> usize {
    words.div_ceil(200).max(1)
}

fn body_fields(body: &Rendered, fields: &mut Fields) {
    // The HTML holds every heading with its id: its hash covers the table of contents too.
    fields.insert_hashed("content", body.fingerprint, || body.html.clone().into());
    let toc = || serde_json::to_value(&body.toc).expect("headings are JSON");
    fields.insert_hashed("toc", body.fingerprint, toc);
    fields.insert("show_toc", body.toc.len() >= 3);
}

/// An item as listings show it, with the hash of that value: what a change to the item
/// touches in the pages that list it.
#[derive(Debug)]
pub struct Card {
    /// The card's fields, as templates read them.
    pub value: Value,
    /// Hash of `value`: it stands for the card in page fingerprints.
    pub hash: u64,
}

impl Card {
    /// The card of `page`, whose Markdown rendered into `body`.
    pub fn new(config: &Config, page: &Page, body: &Rendered) -> Card {
        let value = card_value(config, page, body);
        let hash = xxh3_64(value.to_string().as_bytes());
        Card { value, hash }
    }
}

fn card_value(config: &Config, page: &Page, body: &Rendered) -> Value {
    let type_name = config
        .type_def(&page.type_key)
        .map_or("", |t| t.name.as_str());
    let tags: Vec<Value> = page
        .tags
        .iter()
        .filter_map(|key| config.tag_def(key))
        .map(|tag| {
            json!({
                "key": tag.key, "name": tag.name, "url": href(config, &tag_url(&tag.key)),
            })
        })
        .collect();
    json!({
        "url": href(config, &page.url), "title": page.title, "type": page.type_key,
        "type_name": type_name,
        "date": page.date.to_string(), "date_he": page.date.written_in(&config.language),
        "date_hebrew": config.hebrew_calendar(Some(page.date)),
        "summary": page.summary.as_deref().unwrap_or(&body.summary), "tags": tags,
    })
}

fn site_value(config: &Config, library: &Library) -> Value {
    let types: Vec<Value> = config
        .types
        .iter()
        .map(|t| {
            json!({
                "key": t.key, "name": t.name, "plural": t.plural,
                "url": href(config, &type_url(&t.key)),
                "count": library.of_type(&t.key).len(),
            })
        })
        .collect();
    let tags: Vec<Value> = config
        .tags
        .iter()
        .map(|t| {
            json!({
                "key": t.key, "name": t.name, "description": t.description,
                "url": href(config, &tag_url(&t.key)),
                "count": library.with_tag(&t.key).len(),
            })
        })
        .collect();
    let menu = |items: &[MenuItem]| -> Vec<Value> {
        items
            .iter()
            .map(|item| json!({"name": item.name, "url": menu_url(config, library, &item.link)}))
            .collect()
    };
    let statement = has_statement(config, library).then(|| href(config, STATEMENT_PATH));
    json!({
        "title": config.title, "description": config.description, "base_url": config.base_url,
        "base_path": config.base_path(), "language": config.language, "dir": config.dir(),
        "assets_path": config.assets_path(), "default_language": config.default_language,
        "extra": config.extra,
        "content_security_policy": crate::feeds::CONTENT_SECURITY_POLICY,
        "types": types, "tags": tags,
        "menu": {"main": menu(&config.menus.main), "footer": menu(&config.menus.footer)},
        "accessibility_url": statement.unwrap_or_default(),
    })
}

/// Where the accessibility statement is published, whether kb writes it or the site does.
pub const STATEMENT_PATH: &str = "/accessibility/";

/// Whether the site has an accessibility statement: its own page at `/accessibility/` or the
/// one kb writes from `[accessibility]`.
pub fn has_statement(config: &Config, library: &Library) -> bool {
    config.accessibility.is_some() || statement_page(library).is_some()
}

/// The site's own page at `/accessibility/`, which replaces the statement kb would write.
fn statement_page(library: &Library) -> Option<&Standalone> {
    library
        .standalone
        .iter()
        .find(|page| page.url == STATEMENT_PATH)
        .map(|page| page.as_ref())
}

/// The `href` of a menu link (its `@/` target exists: the build checked it).
fn menu_url(config: &Config, library: &Library, link: &MenuLink) -> String {
    match link {
        MenuLink::Internal { target, anchor } => {
            let url = href(config, library.url_of(target).unwrap_or("/"));
            match anchor {
                Some(anchor) => format!("{url}#{anchor}"),
                None => url,
            }
        }
        MenuLink::Site(path) => href(config, path),
        MenuLink::External(url) => url.clone(),
    }
}

fn accessibility_value(a: &Accessibility, language: &str) -> Value {
    json!({
        "organization": a.organization, "coordinator": a.coordinator, "phone": a.phone,
        "email": a.email, "last_review": a.last_review.to_string(),
        "last_review_he": a.last_review.written_in(language), "standard": a.standard,
        "limitations": a.limitations, "physical_arrangements": a.physical_arrangements,
    })
}

/// A site path (`/articles/x/`) as the link a page writes: under the base path of the site.
pub fn href(config: &Config, path: &str) -> String {
    format!("{}{path}", config.base_path())
}

/// The site path of a type listing: `/articles/`.
pub fn type_url(key: &str) -> String {
    format!("/{key}/")
}

/// The site path of a tag page: `/tags/cooperation/`.
pub fn tag_url(key: &str) -> String {
    format!("/tags/{key}/")
}

fn paged(base: &str, number: usize) -> String {
    if number <= 1 {
        base.to_string()
    } else {
        format!("{base}page/{number}/")
    }
}

fn page_count(items: usize, per: usize) -> usize {
    items.div_ceil(per).max(1)
}

/// `/articles/x/` → `articles/x/index.html`; `/404.html` → `404.html`.
fn output_path(url: &str) -> String {
    let trimmed = url.trim_start_matches('/');
    if trimmed.is_empty() || trimmed.ends_with('/') {
        format!("{trimmed}index.html")
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_map_to_files() {
        assert_eq!(output_path("/"), "index.html");
        assert_eq!(output_path("/articles/x/"), "articles/x/index.html");
        assert_eq!(output_path("/404.html"), "404.html");
        assert_eq!(paged("/tags/a/", 1), "/tags/a/");
        assert_eq!(paged("/tags/a/", 3), "/tags/a/page/3/");
        assert_eq!(page_count(0, 20), 1);
        assert_eq!(page_count(41, 20), 3);
    }
}
