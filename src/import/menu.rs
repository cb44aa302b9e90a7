//! WordPress's navigation menus → `[[menu.main]]`: the top-level entries of the menu with the
//! most entries kb can place, each to the imported page, tag or outside address it names. Entries kb cannot place (a nested
//! entry, a link to a post not imported) are listed in the report.

use std::collections::BTreeMap;

use crate::import::markup::decode_entities;
use crate::import::plan::{MenuEntry, Plan};
use crate::import::wxr::{Export, Item};

/// The menu with the most entries kb can place, as the main menu: its top-level entries in
/// order. Its entries that lead nowhere kb knows are listed in `plan.menu_skipped`.
pub fn main_menu(export: &Export, plan: &mut Plan) {
    let mut menus: BTreeMap<&str, Vec<&Item>> = Default::default();
    for item in export
        .items
        .iter()
        .filter(|i| i.post_type == "nav_menu_item")
    {
        if let Some((_, _, name)) = item.terms.iter().find(|(d, _, _)| d == "nav_menu") {
            menus.entry(name.as_str()).or_default().push(item);
        }
    }
    let placed = menus.into_iter().map(|(name, mut entries)| {
        entries.sort_by_key(|e| (e.menu_order, e.id));
        let (menu, skipped) = entries_of(export, plan, &entries);
        (name, menu, skipped)
    });
    // BTreeMap order and `max_by` keeping the last of equals: ties go to the first name.
    let mut placed: Vec<_> = placed.collect();
    let best = (0..placed.len()).rev().max_by_key(|&at| placed[at].1.len());
    if let Some(at) = best {
        let (name, menu, skipped) = placed.remove(at);
        plan.menu_name = decode_entities(name);
        plan.menu = menu;
        plan.menu_skipped = skipped;
    }
    plan.other_menus = placed
        .into_iter()
        .map(|(name, _, _)| decode_entities(name))
        .collect();
}

/// The entries kb can place, and the title and id of the others.
fn entries_of(
    export: &Export,
    plan: &Plan,
    entries: &[&Item],
) -> (Vec<MenuEntry>, Vec<(String, u64)>) {
    let (mut menu, mut skipped) = (Vec::new(), Vec::new());
    for entry in entries {
        let meta = |key| entry.meta(key).unwrap_or("");
        let title = decode_entities(entry.title.trim());
        if !matches!(meta("_menu_item_menu_item_parent"), "" | "0") {
            skipped.push((title, entry.id));
            continue;
        }
        let object_id: u64 = meta("_menu_item_object_id").parse().unwrap_or(0);
        let target = match meta("_menu_item_type") {
            "post_type" => plan
                .by_id
                .get(&object_id)
                .map(|&at| &plan.posts[at])
                .filter(|post| !post.draft)
                .map(|post| {
                    let title = export.items[post.index].title.trim();
                    (format!("@/{}", post.link_key), decode_entities(title))
                }),
            "taxonomy" => plan
                .tag_of_term
                .get(&object_id)
                .and_then(|key| plan.tags.iter().find(|tag| &tag.key == key))
                .map(|tag| (format!("/tags/{}/", tag.key), tag.name.clone())),
            "custom" => {
                let url = meta("_menu_item_url");
                let outside = ["https://", "http://", "mailto:", "tel:"]
                    .iter()
                    .any(|p| url.starts_with(p));
                outside.then(|| (url.to_string(), String::new()))
            }
            _ => None,
        };
        let name_of = |fallback: String| {
            if title.is_empty() {
                fallback
            } else {
                title.clone()
            }
        };
        match target.map(|(url, fallback)| (url, name_of(fallback))) {
            Some((url, name)) if !name.is_empty() => menu.push(MenuEntry { name, url }),
            _ => skipped.push((title, entry.id)),
        }
    }
    (menu, skipped)
}
