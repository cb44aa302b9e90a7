//! The immutable index of a site's items: newest-first order, items per type and per tag,
//! `@/` link targets, and related items by shared tags (grouped by tag set, so it never
//! compares every pair of pages).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::{Page, Standalone};

/// How many related items an item page shows.
pub const RELATED_COUNT: usize = 4;

/// Items and the indexes over them. Page ids are positions in `pages`, newest first. The
/// indexes are shared with the next library when an edit leaves them as they were.
#[derive(Debug)]
pub struct Library {
    /// Published items, newest first: a page's id is its position here.
    pub pages: Vec<Arc<Page>>,
    /// Type key → page ids, newest first.
    pub by_type: Arc<HashMap<String, Vec<usize>>>,
    /// Tag key → page ids, newest first.
    pub by_tag: Arc<HashMap<String, Vec<usize>>>,
    /// `articles/x.md` → page id, for `@/` links.
    pub by_link_key: Arc<HashMap<String, usize>>,
    /// Page id → up to `RELATED_COUNT` related page ids.
    pub related: Arc<Vec<Vec<usize>>>,
    /// Pages outside the types (`content/about.md`), by URL.
    pub standalone: Vec<Arc<Standalone>>,
}

/// What an `@/` link points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// An item, by page id.
    Item(usize),
    /// A page outside the types, by its place in `standalone`.
    Standalone(usize),
}

impl Library {
    /// Indexes `pages`, which it sorts newest first. When every page keeps the place, URL,
    /// type, tags and link key it had in `previous`, the indexes of `previous` are shared.
    pub fn new(
        config: &Config,
        mut pages: Vec<Arc<Page>>,
        mut standalone: Vec<Arc<Standalone>>,
        previous: Option<&Library>,
    ) -> Library {
        pages.par_sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.url.cmp(&b.url)));
        standalone.sort_by(|a, b| a.url.cmp(&b.url));
        if let Some(previous) = previous.filter(|old| same_places(&old.pages, &pages)) {
            return Library {
                pages,
                by_type: Arc::clone(&previous.by_type),
                by_tag: Arc::clone(&previous.by_tag),
                by_link_key: Arc::clone(&previous.by_link_key),
                related: Arc::clone(&previous.related),
                standalone,
            };
        }
        let mut by_type: HashMap<String, Vec<usize>> = config
            .types
            .iter()
            .map(|t| (t.key.clone(), Vec::new()))
            .collect();
        let mut by_tag: HashMap<String, Vec<usize>> = config
            .tags
            .iter()
            .map(|t| (t.key.clone(), Vec::new()))
            .collect();
        let mut by_link_key = HashMap::with_capacity(pages.len());
        for (id, page) in pages.iter().enumerate() {
            by_type.entry(page.type_key.clone()).or_default().push(id);
            for tag in &page.tags {
                by_tag.entry(tag.clone()).or_default().push(id);
            }
            by_link_key.insert(page.link_key.clone(), id);
        }
        let related = related_by_tags(&pages);
        Library {
            pages,
            by_type: Arc::new(by_type),
            by_tag: Arc::new(by_tag),
            by_link_key: Arc::new(by_link_key),
            related: Arc::new(related),
            standalone,
        }
    }

    /// The item or page an `@/` link names (`articles/x.md`, `about.md`).
    pub fn target(&self, link_key: &str) -> Option<Target> {
        match self.by_link_key.get(link_key) {
            Some(&id) => Some(Target::Item(id)),
            None => self
                .standalone
                .iter()
                .position(|page| page.link_key == link_key)
                .map(Target::Standalone),
        }
    }

    /// The site path an `@/` link leads to, e.g. `/articles/x/`.
    pub fn url_of(&self, link_key: &str) -> Option<&str> {
        Some(match self.target(link_key)? {
            Target::Item(id) => &self.pages[id].url,
            Target::Standalone(index) => &self.standalone[index].url,
        })
    }

    /// Every `@/` link target of the site: items and pages.
    pub fn link_keys(&self) -> impl Iterator<Item = &str> {
        let pages = self.standalone.iter().map(|page| page.link_key.as_str());
        self.by_link_key.keys().map(String::as_str).chain(pages)
    }

    /// Whether `other` indexes the same pages in the same places (its indexes are these).
    pub fn shares_indexes(&self, other: &Library) -> bool {
        Arc::ptr_eq(&self.related, &other.related)
    }

    /// Ids of the pages of a type, newest first; empty for an unknown type.
    pub fn of_type(&self, type_key: &str) -> &[usize] {
        self.by_type.get(type_key).map_or(&[], Vec::as_slice)
    }

    /// Ids of the pages with a tag, newest first; empty for an unused tag.
    pub fn with_tag(&self, tag: &str) -> &[usize] {
        self.by_tag.get(tag).map_or(&[], Vec::as_slice)
    }
}

/// Whether every page has the place and the indexed fields it had before.
fn same_places(old: &[Arc<Page>], new: &[Arc<Page>]) -> bool {
    old.len() == new.len()
        && old.iter().zip(new).all(|(a, b)| {
            Arc::ptr_eq(a, b)
                || (a.url == b.url
                    && a.type_key == b.type_key
                    && a.tags == b.tags
                    && a.link_key == b.link_key)
        })
}

/// For each page, the pages sharing the most tags with it, newest first among equals.
///
/// Pages are grouped by their exact tag set; a page looks only at the groups that share a tag
/// with it and at the newest few pages of each. The cost is pages × groups sharing a tag, which
/// stays small for a controlled vocabulary, instead of pages × pages.
fn related_by_tags(pages: &[Arc<Page>]) -> Vec<Vec<usize>> {
    let mut groups: BTreeMap<Vec<&str>, Vec<usize>> = BTreeMap::new();
    for (id, page) in pages.iter().enumerate() {
        let mut tags: Vec<&str> = page.tags.iter().map(String::as_str).collect();
        tags.sort_unstable();
        if !tags.is_empty() {
            let group = groups.entry(tags).or_default();
            // The page itself may be among a group's newest, so keep one more than shown.
            if group.len() <= RELATED_COUNT {
                group.push(id);
            }
        }
    }
    // Tag → the groups holding it, as (tag set, newest ids).
    type Groups<'g> = Vec<(&'g Vec<&'g str>, &'g Vec<usize>)>;
    let mut groups_by_tag: HashMap<&str, Groups> = HashMap::new();
    for (tags, ids) in &groups {
        for tag in tags {
            groups_by_tag.entry(tag).or_default().push((tags, ids));
        }
    }
    pages
        .par_iter()
        .enumerate()
        .map(|(id, page)| {
            let mut candidates: Vec<(usize, usize)> = Vec::new();
            let mut seen_groups = std::collections::HashSet::new();
            for tag in &page.tags {
                for (tags, ids) in groups_by_tag.get(tag.as_str()).into_iter().flatten() {
                    if !seen_groups.insert(*tags as *const Vec<&str>) {
                        continue;
                    }
                    let shared = tags
                        .iter()
                        .filter(|t| page.tags.iter().any(|p| p == *t))
                        .count();
                    candidates.extend(
                        ids.iter()
                            .filter(|&&other| other != id)
                            .map(|&other| (shared, other)),
                    );
                }
            }
            candidates.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            candidates
                .into_iter()
                .take(RELATED_COUNT)
                .map(|(_, other)| other)
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hebrew::Date;

    fn page(url: &str, day: u8, tags: &[&str]) -> Arc<Page> {
        Arc::new(Page {
            source: url.into(),
            link_key: url.into(),
            type_key: "articles".into(),
            url: url.into(),
            title: url.into(),
            date: Date {
                year: 2024,
                month: 1,
                day,
            },
            updated: None,
            summary: None,
            authors: vec![],
            editors: vec![],
            tags: tags.iter().map(|t| t.to_string()).collect(),
            draft: false,
            video: None,
            captions: None,
            aliases: vec![],
            extra: Default::default(),
            body: String::new(),
            body_line: 1,
            bundle_dir: None,
        })
    }

    #[test]
    fn related_prefers_more_shared_tags_then_newer() {
        let pages = vec![
            page("a", 9, &["x", "y"]),
            page("b", 8, &["x"]),
            page("c", 7, &["x", "y"]),
            page("d", 6, &["z"]),
            page("e", 5, &["y", "z"]),
        ];
        let related = related_by_tags(&pages);
        assert_eq!(related[0], vec![2, 1, 4]);
        assert_eq!(related[3], vec![4]);
        assert_eq!(related[1], vec![0, 2]);
    }
}
