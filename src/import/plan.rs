//! Where everything in the export goes, decided before anything is converted: each post's
//! type, slug, file, new URL and old addresses; the tag vocabulary with its Latin keys; the
//! index that turns an old link (permalink, `?p=ID`) into an `@/` link; the main menu.

use std::collections::{HashMap, HashSet};

use crate::config::{RESERVED_TYPE_KEYS, is_key};
use crate::hebrew::{Date, slug_of};
use crate::import::map::{INTERNAL_TYPES, Map, PAGE, SKIP};
use crate::import::markup::decode_entities;
use crate::import::wxr::{Export, Item};

/// A post that becomes an item or a page.
#[derive(Debug, Clone)]
pub struct Planned {
    /// Its place in `Export::items`.
    pub index: usize,
    /// The type key, or `None` for a page.
    pub type_key: Option<String>,
    /// The file name's stem and the last part of the URL.
    pub slug: String,
    /// `articles/x.md` or `x.md`: the `@/` link key and the file under `content/`.
    pub link_key: String,
    /// `/articles/x/`.
    pub url: String,
    /// Tag keys.
    pub tags: Vec<String>,
    /// Old addresses, decoded, without the site's base path.
    pub aliases: Vec<String>,
    /// Not published (draft, pending, private, scheduled): imported with `draft = true`.
    pub draft: bool,
    /// The publication date and the last change, when later.
    pub date: Date,
    /// The last change, when after the date.
    pub updated: Option<Date>,
}

/// An export item left out, and why (a message id of the catalogue).
#[derive(Debug, Clone)]
pub struct Skipped {
    /// Its place in `Export::items`.
    pub index: usize,
    /// `import-skip-<reason>`.
    pub reason: &'static str,
}

/// A tag of the new vocabulary.
#[derive(Debug, Clone)]
pub struct Tag {
    /// The Latin key.
    pub key: String,
    /// The Hebrew name.
    pub name: String,
    /// Its description.
    pub description: String,
}

/// An entry of the main menu: its name and kb address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuEntry {
    /// What the reader sees.
    pub name: String,
    /// An `@/` link, a `/tags/` path or an outside address.
    pub url: String,
}

/// Everything decided.
#[derive(Debug, Default)]
pub struct Plan {
    /// Posts that become items or pages, in export order.
    pub posts: Vec<Planned>,
    /// Items left out.
    pub skipped: Vec<Skipped>,
    /// The vocabulary, in export order.
    pub tags: Vec<Tag>,
    /// The main menu.
    pub menu: Vec<MenuEntry>,
    /// The menu's name in WordPress, and menu entries left out (their titles).
    pub menu_name: String,
    /// The names of the other WordPress menus, not imported (kb has one main menu).
    pub other_menus: Vec<String>,
    /// Menu entries that lead nowhere kb knows: title and id.
    pub menu_skipped: Vec<(String, u64)>,
    /// Old addresses with no redirect (place in `Export::items`, the address, why: a message
    /// id): taken by a new page or another post, or a query no static host can redirect.
    pub aliases_dropped: Vec<(usize, String, &'static str)>,
    /// The site's path on its old domain (`/blog`), taken off every old address.
    pub base_path: String,
    /// Term id → tag key, for menu entries that name a category or tag.
    pub tag_of_term: HashMap<u64, String>,
    /// Post id → place in `posts`.
    pub by_id: HashMap<u64, usize>,
    /// Old path (decoded, base path off, with its trailing slash) → place in `posts`.
    pub by_path: HashMap<String, usize>,
}

/// Taxonomies that are not a vocabulary.
const NOT_TAGS: [&str; 5] = [
    "nav_menu",
    "post_format",
    "link_category",
    "wp_theme",
    "wp_template_part_area",
];

/// Decides everything for `export` with `map`; drafts are imported only when `drafts`.
pub fn plan(export: &Export, map: &Map, drafts: bool) -> Plan {
    let mut plan = Plan {
        base_path: path_of(&export.link).trim_end_matches('/').to_string(),
        ..Plan::default()
    };
    let tag_keys = vocabulary(export, &mut plan);
    let mut taken: HashSet<String> = map.types.keys().cloned().collect();
    taken.extend(["tags", "search", "accessibility", "wp-content"].map(String::from));
    for (index, item) in export.items.iter().enumerate() {
        match place(item, map, drafts) {
            Err(reason) => plan.skipped.push(Skipped { index, reason }),
            Ok((type_key, draft)) => {
                let slug = unique_slug(item, type_key.as_deref(), &mut taken);
                let (link_key, url) = match &type_key {
                    Some(key) => (format!("{key}/{slug}.md"), format!("/{key}/{slug}/")),
                    None => (format!("{slug}.md"), format!("/{slug}/")),
                };
                let tags = item_tags(item, &tag_keys);
                let (date, updated) = dates(item);
                plan.by_id.insert(item.id, plan.posts.len());
                plan.posts.push(Planned {
                    index,
                    type_key,
                    slug,
                    link_key,
                    url,
                    tags,
                    aliases: Vec::new(),
                    draft,
                    date,
                    updated,
                });
            }
        }
    }
    old_addresses(export, &mut plan);
    plan
}

/// The type of an item (`None`: a page) and whether it is a draft, or why it is left out.
fn place(item: &Item, map: &Map, drafts: bool) -> Result<(Option<String>, bool), &'static str> {
    if INTERNAL_TYPES.contains(&item.post_type.as_str()) {
        return Err(match item.post_type.as_str() {
            "attachment" => "import-skip-attachment",
            "nav_menu_item" => "import-skip-menu-item",
            "revision" => "import-skip-revision",
            _ => "import-skip-internal",
        });
    }
    let draft = match item.status.as_str() {
        "publish" | "" => false,
        "draft" | "pending" | "private" | "future" => true,
        "trash" => return Err("import-skip-trash"),
        "auto-draft" => return Err("import-skip-auto-draft"),
        _ => return Err("import-skip-status"),
    };
    // A password-protected post is private: never published unasked.
    if !item.password.is_empty() && !drafts {
        return Err("import-skip-password");
    }
    let draft = draft || !item.password.is_empty();
    if draft && !drafts {
        return Err("import-skip-draft");
    }
    let target = match map.post_types.get(&item.post_type) {
        None => return Err("import-skip-unmapped"),
        Some(target) if target == SKIP => return Err("import-skip-mapped"),
        Some(target) => target,
    };
    if target == PAGE {
        return Ok((None, draft));
    }
    let by_category = item
        .terms
        .iter()
        .filter(|(domain, _, _)| domain == "category")
        .find_map(|(_, _, name)| map.categories.get(decode_entities(name).trim()));
    Ok((Some(by_category.unwrap_or(target).clone()), draft))
}

/// A slug no other post of the same folder has: the decoded WordPress slug, spelled in Latin
/// letters when Hebrew, else the title's, else `post-ID`.
fn unique_slug(item: &Item, type_key: Option<&str>, taken: &mut HashSet<String>) -> String {
    let decoded = percent_decode(&item.slug);
    let base = [
        decoded.clone(),
        slug_of(&decoded),
        slug_of(&decode_entities(&item.title)),
    ]
    .into_iter()
    .find(|s| is_key(s) && s.len() <= 80)
    .unwrap_or_else(|| format!("post-{}", item.id));
    let folder = type_key.unwrap_or("");
    let reserved = |slug: &str| type_key.is_none() && RESERVED_TYPE_KEYS.contains(&slug);
    let mut slug = base.clone();
    let mut n = 1;
    while reserved(&slug)
        || !taken.insert(format!("{folder}/{slug}"))
        || (folder.is_empty() && taken.contains(&slug))
    {
        n += 1;
        slug = format!("{base}-{n}");
    }
    slug
}

/// The publication date and the last change when it is a later day.
fn dates(item: &Item) -> (Date, Option<Date>) {
    let day = |text: &str| text.get(..10).and_then(Date::parse);
    let modified = day(&item.modified);
    let date = day(&item.date)
        .or(modified)
        .unwrap_or_else(crate::new::today);
    (date, modified.filter(|m| *m > date))
}

/// Every category, tag and term of another vocabulary taxonomy → a tag with a Latin key.
/// Returns (taxonomy, stored slug) → key.
fn vocabulary(export: &Export, plan: &mut Plan) -> HashMap<(String, String), String> {
    let declared = export.terms.iter().map(|t| {
        (
            t.taxonomy.clone(),
            t.slug.clone(),
            t.name.clone(),
            t.description.clone(),
            t.id,
        )
    });
    let used = export.items.iter().flat_map(|item| {
        item.terms.iter().map(|(domain, slug, name)| {
            (domain.clone(), slug.clone(), name.clone(), String::new(), 0)
        })
    });
    let mut keys: HashMap<(String, String), String> = HashMap::new();
    let mut by_key: HashMap<String, String> = HashMap::new();
    for (taxonomy, slug, name, description, term_id) in declared.chain(used) {
        let ids = (taxonomy.clone(), slug.clone());
        if NOT_TAGS.contains(&taxonomy.as_str()) || taxonomy.is_empty() || keys.contains_key(&ids) {
            continue;
        }
        let decoded = percent_decode(&slug);
        let name = match decode_entities(&name).trim() {
            "" => decoded.clone(),
            name => name.to_string(),
        };
        // The same name in two taxonomies (a category and a tag) is one tag.
        if let Some(key) = by_key.get(&name) {
            if term_id != 0 {
                plan.tag_of_term.insert(term_id, key.clone());
            }
            keys.insert(ids, key.clone());
            continue;
        }
        let base = [decoded.clone(), slug_of(&decoded), slug_of(&name)]
            .into_iter()
            .find(|s| is_key(s))
            .unwrap_or_else(|| "tag".to_string());
        let mut key = base.clone();
        let mut n = 1;
        while plan.tags.iter().any(|t| t.key == key) {
            n += 1;
            key = format!("{base}-{n}");
        }
        by_key.insert(name.clone(), key.clone());
        if term_id != 0 {
            plan.tag_of_term.insert(term_id, key.clone());
        }
        keys.insert(ids, key.clone());
        plan.tags.push(Tag {
            key,
            name,
            description: decode_entities(&description).trim().to_string(),
        });
    }
    keys
}

fn item_tags(item: &Item, keys: &HashMap<(String, String), String>) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for (domain, slug, _) in &item.terms {
        if let Some(key) = keys.get(&(domain.clone(), slug.clone()))
            && !tags.contains(key)
        {
            tags.push(key.clone());
        }
    }
    tags
}

/// Indexes every post by its old path and id, and gives it its old path as an alias unless
/// a new URL, a folder kb writes or an earlier post has it.
fn old_addresses(export: &Export, plan: &mut Plan) {
    let new_urls: HashSet<String> = plan.posts.iter().map(|p| p.url.clone()).collect();
    let first_segments: HashSet<String> = plan
        .posts
        .iter()
        .filter_map(|p| p.type_key.clone())
        .chain(["tags", "search", "accessibility", "wp-content", "kb"].map(String::from))
        .collect();
    for at in 0..plan.posts.len() {
        let item = &export.items[plan.posts[at].index];
        for address in [&item.link, &item.guid] {
            if let Some(path) = old_path(address, &plan.base_path) {
                plan.by_path.entry(path).or_insert(at);
            }
        }
        let Some(path) = old_path(&item.link, &plan.base_path) else {
            if path_of(&item.link).contains('?') {
                let address = path_of(&item.link).to_string();
                let index = plan.posts[at].index;
                plan.aliases_dropped
                    .push((index, address, "import-alias-query"));
            }
            continue;
        };
        if path == plan.posts[at].url || path == "/" {
            continue;
        }
        let segment = path.trim_start_matches('/').split('/').next().unwrap_or("");
        let owner = plan.by_path.get(&path).copied();
        let why = if crate::content::alias::file_of(&path).is_err() {
            Some("import-alias-invalid")
        } else if new_urls.contains(&path) || first_segments.contains(segment) || owner != Some(at)
        {
            Some("import-alias-dropped")
        } else {
            None
        };
        match why {
            Some(why) => plan.aliases_dropped.push((plan.posts[at].index, path, why)),
            None => plan.posts[at].aliases.push(path),
        }
    }
}

/// The decoded path of an address on the old site, base path taken off, with a trailing
/// slash for a folder; `None` for an address with a query (`?p=12`) or on no path.
pub fn old_path(address: &str, base_path: &str) -> Option<String> {
    let path = path_of(address);
    if path.contains('?') || path.is_empty() {
        return None;
    }
    let path = path.split('#').next().unwrap_or("");
    let path = percent_decode(path);
    let path = path.strip_prefix(base_path).unwrap_or(&path);
    let path = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    };
    let last = path.rsplit('/').next().unwrap_or("");
    Some(if path.ends_with('/') || last.contains('.') {
        path
    } else {
        format!("{path}/")
    })
}

/// The path (and query) of an address: `https://a.org/x/?p=1` → `/x/?p=1`; a relative
/// address as it is.
pub fn path_of(address: &str) -> &str {
    let address = address.trim();
    match address.split_once("://") {
        Some((_, rest)) => rest.find(['/', '?']).map_or("", |at| &rest[at..]),
        None => address,
    }
}

/// `%d7%90` → `א`; bytes that are not UTF-8 are kept encoded.
pub fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8()
        .map_or_else(|_| text.to_string(), |s| s.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_paths_are_decoded_without_the_base_path() {
        assert_eq!(
            old_path("https://a.org/blog/%d7%9b%d7%9c%d7%99/", "/blog"),
            Some("/כלי/".into())
        );
        assert_eq!(
            old_path("https://a.org/2020/05/x", ""),
            Some("/2020/05/x/".into())
        );
        assert_eq!(old_path("https://a.org/?p=12", ""), None);
        assert_eq!(old_path("/about/#team", ""), Some("/about/".into()));
        assert_eq!(
            old_path("https://a.org/old.html", ""),
            Some("/old.html".into())
        );
    }

    #[test]
    fn hebrew_slugs_are_spelled_in_latin_and_kept_unique() {
        let mut taken = HashSet::new();
        let item = Item {
            slug: "%d7%9e%d7%99%d7%a4%d7%95%d7%99-%d7%a9%d7%95%d7%aa%d7%a4%d7%99%d7%9d".into(),
            ..Item::default()
        };
        assert_eq!(
            unique_slug(&item, Some("tools"), &mut taken),
            "mifui-shutfim"
        );
        assert_eq!(
            unique_slug(&item, Some("tools"), &mut taken),
            "mifui-shutfim-2"
        );
        assert_eq!(
            unique_slug(&item, Some("articles"), &mut taken),
            "mifui-shutfim"
        );
        let untitled = Item {
            id: 7,
            ..Item::default()
        };
        assert_eq!(unique_slug(&untitled, None, &mut taken), "post-7");
    }
}
