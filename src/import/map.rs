//! `import.toml`: where the export's posts go. Each WordPress post type is a kb type, `page`
//! or `skip`; a category named like a type sends a post there; the types' Hebrew names. The
//! importer writes the mapping it used, and `--map FILE` applies an edited one.

use std::path::Path;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::config::{RESERVED_TYPE_KEYS, is_key};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::import::wxr::Export;
use crate::t;

/// The file name the mapping is written to in the new site.
pub const MAP_FILE: &str = "import.toml";
/// What a post type maps to when its posts become pages (`content/<slug>.md`).
pub const PAGE: &str = "page";
/// What a post type maps to when its posts are left out.
pub const SKIP: &str = "skip";

/// Post types WordPress keeps for itself: never content.
pub const INTERNAL_TYPES: [&str; 15] = [
    "attachment",
    "nav_menu_item",
    "revision",
    "custom_css",
    "customize_changeset",
    "oembed_cache",
    "user_request",
    "wp_block",
    "wp_template",
    "wp_template_part",
    "wp_global_styles",
    "wp_navigation",
    "wp_font_family",
    "wp_font_face",
    "scheduled-action",
];

/// kb's four types, as `kb init` names them.
const KB_TYPES: [(&str, &str, &str); 4] = [
    ("articles", "מאמר", "מאמרים"),
    ("tools", "כלי", "כלים"),
    ("cases", "מקרה בוחן", "מקרי בוחן"),
    ("videos", "וידאו", "סרטונים"),
];

/// The names of a type.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct TypeNames {
    /// One item: `כלי`.
    pub name: String,
    /// Its listing: `כלים`.
    pub plural: String,
}

/// The mapping, as `import.toml` holds it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Map {
    /// WordPress post type → kb type key, `page` or `skip`.
    pub post_types: IndexMap<String, String>,
    /// Category name → kb type key.
    #[serde(default)]
    pub categories: IndexMap<String, String>,
    /// kb type key → its names.
    pub types: IndexMap<String, TypeNames>,
}

impl Map {
    /// The default for an export: posts → articles, pages → pages, each custom post type its
    /// own type (one of kb's four when its name says so), kb's type names as categories.
    pub fn default_for(export: &Export) -> Map {
        let mut map = Map {
            post_types: IndexMap::from([
                ("post".to_string(), "articles".to_string()),
                ("page".to_string(), PAGE.to_string()),
            ]),
            categories: IndexMap::new(),
            types: KB_TYPES
                .iter()
                .map(|(key, name, plural)| {
                    let names = TypeNames {
                        name: name.to_string(),
                        plural: plural.to_string(),
                    };
                    (key.to_string(), names)
                })
                .collect(),
        };
        for (key, name, plural) in KB_TYPES {
            map.categories.insert(plural.to_string(), key.to_string());
            map.categories.insert(name.to_string(), key.to_string());
        }
        let mut custom: Vec<&str> = export
            .items
            .iter()
            .map(|item| item.post_type.as_str())
            .filter(|t| !INTERNAL_TYPES.contains(t) && !map.post_types.contains_key(*t))
            .collect();
        custom.sort_unstable();
        custom.dedup();
        for post_type in custom {
            let key = type_key(post_type);
            map.types.entry(key.clone()).or_insert_with(|| TypeNames {
                name: post_type.to_string(),
                plural: post_type.to_string(),
            });
            map.post_types.insert(post_type.to_string(), key);
        }
        map
    }

    /// Reads an edited mapping; every wrong value is a problem on the file.
    pub fn load(path: &Path) -> Result<Map, Diagnostics> {
        let text = std::fs::read_to_string(path).map_err(|err| {
            Diagnostic::new(
                path,
                None,
                t!("import-map-unreadable", error = err.to_string()),
            )
        })?;
        let map: Map =
            toml::from_str(&text).map_err(|err| crate::hints::toml_error(path, &text, 0, &err))?;
        let mut problems = Diagnostics::default();
        for key in map.types.keys() {
            if !is_key(key)
                || RESERVED_TYPE_KEYS.contains(&key.as_str())
                || key == PAGE
                || key == SKIP
            {
                problems.push(
                    Diagnostic::new(path, None, t!("import-map-bad-type", key = key))
                        .with_hint(t!("bad-key-hint")),
                );
            }
        }
        let targets = map.post_types.values().filter(|v| *v != PAGE && *v != SKIP);
        for target in targets.chain(map.categories.values()) {
            if !map.types.contains_key(target) {
                problems.push(
                    Diagnostic::new(path, None, t!("import-map-unknown-type", key = target))
                        .with_hint(t!("import-map-unknown-type-hint")),
                );
            }
        }
        problems.into_result()?;
        Ok(map)
    }

    /// The mapping as `import.toml` text, with a comment saying how to use it.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!(
            "# kb import wordpress: where the export's posts went. Edit it and import again with\n\
             # --map import.toml. post_types: a WordPress post type -> a type key, \"page\" or \"skip\";\n\
             # categories: a post in this category goes to this type; types: their Hebrew names.\n\n{body}"
        )
    }
}

/// A kb type key for a custom post type: kb's own when the name says so (`tool` → `tools`),
/// else the name in key letters.
fn type_key(post_type: &str) -> String {
    let lower = post_type.to_ascii_lowercase().replace('_', "-");
    let known = match lower.trim_end_matches('s') {
        "article" | "post" => Some("articles"),
        "tool" => Some("tools"),
        "case" | "case-study" | "case-studie" => Some("cases"),
        "video" => Some("videos"),
        _ => None,
    };
    if let Some(key) = known {
        return key.to_string();
    }
    let key: String = lower
        .chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
        .collect();
    let key = key.trim_matches('-').to_string();
    if key.is_empty() || RESERVED_TYPE_KEYS.contains(&key.as_str()) || key == PAGE || key == SKIP {
        format!("type-{}", crate::hebrew::slug_of(post_type))
            .trim_end_matches('-')
            .to_string()
    } else {
        key
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::wxr::Item;

    #[test]
    fn custom_post_types_get_types_and_the_map_reads_back() {
        let mut export = Export::default();
        for post_type in ["post", "tool", "case_study", "podcast", "attachment"] {
            export.items.push(Item {
                post_type: post_type.into(),
                ..Item::default()
            });
        }
        let map = Map::default_for(&export);
        assert_eq!(map.post_types["tool"], "tools");
        assert_eq!(map.post_types["case_study"], "cases");
        assert_eq!(map.post_types["podcast"], "podcast");
        assert!(!map.post_types.contains_key("attachment"));
        assert_eq!(map.categories["כלים"], "tools");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(MAP_FILE);
        std::fs::write(&path, map.to_toml()).unwrap();
        assert_eq!(Map::load(&path).unwrap(), map);
        std::fs::write(&path, map.to_toml().replace("\"tools\"", "\"toolz\"")).unwrap();
        let problems = Map::load(&path).unwrap_err();
        assert!(
            problems
                .0
                .iter()
                .any(|d| d.message.id() == "import-map-unknown-type")
        );
    }
}
