//! The new site's text files: `config.toml` (channel, types, vocabulary, main menu) and each
//! item's or page's front matter above its Markdown. Values are written by the toml crate, so
//! any title or name from the export is quoted as TOML needs.

use std::fmt::Write as _;

use crate::hebrew::without_bidi_controls;
use crate::import::map::Map;
use crate::import::markup::{decode_entities, plain_text};
use crate::import::plan::{Plan, Planned};
use crate::import::wxr::{Export, Item};

/// A TOML string literal.
fn quoted(text: &str) -> String {
    toml::Value::String(without_bidi_controls(text.to_string())).to_string()
}

fn list(values: &[String]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| quoted(v)).collect();
    format!("[{}]", quoted.join(", "))
}

/// `config.toml` for the export: title, address, language and description of the channel; the
/// mapped types that have items (articles always); the vocabulary; the main menu.
pub fn config(export: &Export, map: &Map, plan: &Plan) -> String {
    let language = language(export);
    let base_url = match export.link.trim().trim_end_matches('/') {
        "" => "https://example.org/".to_string(),
        link => format!("{link}/"),
    };
    let mut text = String::from("# Written by kb import wordpress from the export's channel.\n\n");
    let _ = writeln!(text, "title = {}", quoted(&decode_entities(&export.title)));
    let _ = writeln!(text, "base_url = {}", quoted(&base_url));
    let _ = writeln!(text, "language = {}", quoted(&language));
    let _ = writeln!(
        text,
        "description = {}",
        quoted(&decode_entities(&export.description))
    );
    for (key, names) in &map.types {
        let used = key == "articles" || plan.posts.iter().any(|p| p.type_key.as_ref() == Some(key));
        if used {
            let _ = write!(
                text,
                "\n[types.{key}]\nname = {}\nplural = {}\n",
                quoted(&names.name),
                quoted(&names.plural)
            );
        }
    }
    for tag in &plan.tags {
        let _ = write!(text, "\n[tags.{}]\nname = {}\n", tag.key, quoted(&tag.name));
        if !tag.description.is_empty() {
            let _ = writeln!(text, "description = {}", quoted(&tag.description));
        }
    }
    for entry in &plan.menu {
        let _ = write!(
            text,
            "\n[[menu.main]]\nname = {}\nurl = {}\n",
            quoted(&entry.name),
            quoted(&entry.url)
        );
    }
    text
}

/// The site's language: the channel's (`he-IL` → `he`), Hebrew when it says none.
pub fn language(export: &Export) -> String {
    export
        .language
        .split(['-', '_'])
        .next()
        .filter(|l| !l.trim().is_empty())
        .unwrap_or("he")
        .to_ascii_lowercase()
}

/// An item's or page's file: front matter, then the Markdown body.
pub fn page(
    item: &Item,
    post: &Planned,
    author: Option<&str>,
    body: &str,
    untitled: &str,
) -> String {
    let title = decode_entities(item.title.trim());
    let title = if title.is_empty() { untitled } else { &title };
    let mut text = format!("+++\ntitle = {}\ndate = {}\n", quoted(title), post.date);
    if let Some(updated) = post.updated {
        let _ = writeln!(text, "updated = {updated}");
    }
    let summary = plain_text(&item.excerpt);
    if !summary.is_empty() {
        let _ = writeln!(text, "summary = {}", quoted(&summary));
    }
    if post.type_key.is_some() {
        let authors: Vec<String> = author.into_iter().map(str::to_string).collect();
        let _ = writeln!(text, "authors = {}", list(&authors));
        let _ = writeln!(text, "tags = {}", list(&post.tags));
    }
    if post.draft {
        text.push_str("draft = true\n");
    }
    if !post.aliases.is_empty() {
        let _ = writeln!(text, "aliases = {}", list(&post.aliases));
    }
    let _ = write!(text, "\n[extra]\nwordpress_id = {}\n+++\n\n{body}", item.id);
    text
}
