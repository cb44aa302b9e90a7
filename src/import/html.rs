//! A post's HTML to kb Markdown: WordPress's additions undone (`wordpress_html`), link and
//! image addresses rewritten by the caller, then htmd (turndown's rules: headings, lists,
//! pipe tables, blockquotes, links, images) and the slots filled in.

use std::sync::LazyLock;

use htmd::{Element, HtmlToMarkdown, element_handler::Handlers};

use crate::import::markup::{self, tag_end};
use crate::import::wordpress_html::{self, Attachments, Prepared, slot_token};

/// A post's body in Markdown, with what the conversion found.
#[derive(Debug, Default)]
pub struct Converted {
    /// The Markdown body.
    pub markdown: String,
    /// Video addresses that became kb video lines.
    pub embeds: Vec<String>,
    /// Markup kept as visible text.
    pub kept: Vec<String>,
}

/// Rewrites the `href` of links and the `src` of images: the new address, or `None` to keep.
pub trait Addresses {
    /// A link's new address.
    fn link(&mut self, href: &str) -> Option<String>;
    /// An image's (or a link to an uploaded file's) new address.
    fn image(&mut self, src: &str) -> Option<String>;
}

static CONVERTER: LazyLock<HtmlToMarkdown> = LazyLock::new(|| {
    HtmlToMarkdown::builder()
        .skip_tags(vec!["script", "style", "head"])
        .add_handler(
            vec!["figcaption"],
            |handlers: &dyn Handlers, element: Element| {
                let text = handlers.walk_children(element.node).content;
                let text = text.trim();
                Some(if text.is_empty() {
                    String::new().into()
                } else {
                    format!("\n\n*{text}*\n\n").into()
                })
            },
        )
        .add_handler(
            vec!["figure"],
            |handlers: &dyn Handlers, element: Element| {
                let inner = handlers.walk_children(element.node).content;
                Some(format!("\n\n{}\n\n", inner.trim()).into())
            },
        )
        .build()
});

/// Converts a post's HTML; `footnotes_meta` is its block-editor footnotes.
pub fn convert(
    html: &str,
    footnotes_meta: Option<&str>,
    files: &dyn Attachments,
    addresses: &mut dyn Addresses,
) -> Converted {
    let prepared = wordpress_html::prepare(html, footnotes_meta, files);
    let html = rewrite_addresses(&prepared.html, addresses);
    let markdown = CONVERTER.convert(&html).unwrap_or_default();
    Converted {
        markdown: finish(&markdown, &prepared),
        embeds: prepared.embeds,
        kept: prepared.kept,
    }
}

/// The slots filled in, footnote texts appended, runs of blank lines made one.
fn finish(markdown: &str, prepared: &Prepared) -> String {
    let mut text = markdown.to_string();
    // From the last, so `kbslot1x` is not read inside `kbslot12x`.
    for (index, slot) in prepared.slots.iter().enumerate().rev() {
        text = text.replace(&slot_token(index), slot);
    }
    for (number, note) in prepared.footnotes.iter().enumerate() {
        text.push_str(&format!("\n\n[^{}]: {}", number + 1, note));
    }
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.trim().lines() {
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if blank > 0 && !out.is_empty() {
            out.push('\n');
        }
        blank = 0;
        // Two spaces at the end are a line break (a `<br>`); anything else there is noise.
        let trimmed = line.trim_end();
        out.push_str(trimmed);
        if line[trimmed.len()..].starts_with("  ") {
            out.push_str("  ");
        }
        out.push('\n');
    }
    out
}

/// `href` of `<a>` and `src` of `<img>` replaced where `addresses` says; `srcset` dropped (its
/// other sizes are WordPress's).
fn rewrite_addresses(html: &str, addresses: &mut dyn Addresses) -> String {
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    while let Some(found) = html[at..].find('<') {
        let start = at + found;
        out.push_str(&html[at..start]);
        let Some(end) = tag_end(html, start) else {
            out.push_str(&html[start..]);
            return out;
        };
        let tag = &html[start..end];
        let lower = tag.to_ascii_lowercase();
        let rewritten = if lower.starts_with("<a ") {
            rewrite_attribute(tag, "href", |value| addresses.link(value))
        } else if lower.starts_with("<img ") {
            rewrite_attribute(tag, "src", |value| addresses.image(value))
        } else {
            None
        };
        out.push_str(rewritten.as_deref().unwrap_or(tag));
        at = end;
    }
    out.push_str(&html[at..]);
    out
}

/// `tag` with the value of `name` replaced by `new(value)`, when that gives one.
fn rewrite_attribute(
    tag: &str,
    name: &str,
    mut new: impl FnMut(&str) -> Option<String>,
) -> Option<String> {
    let value = markup::attribute(tag, name)?;
    let replacement = new(&value)?;
    let key = format!("{name}=");
    let at = tag.find(&key)? + key.len();
    let quote = tag[at..].chars().next()?;
    let (value_start, value_end) = if quote == '"' || quote == '\'' {
        (at + 1, at + 1 + tag[at + 1..].find(quote)?)
    } else {
        (
            at,
            at + tag[at..].find([' ', '>', '/']).unwrap_or(tag.len() - at),
        )
    };
    let escaped = replacement.replace('&', "&amp;").replace('"', "&quot;");
    let quoted = if quote == '"' || quote == '\'' {
        escaped
    } else {
        format!("\"{escaped}\"")
    };
    Some(format!(
        "{}{quoted}{}",
        &tag[..value_start],
        &tag[value_end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::wordpress_html::tests::NoFiles;

    struct Moved;
    impl Addresses for Moved {
        fn link(&mut self, href: &str) -> Option<String> {
            (href == "https://old.example/?p=5").then(|| "@/articles/x.md".into())
        }
        fn image(&mut self, src: &str) -> Option<String> {
            src.strip_prefix("https://old.example").map(str::to_string)
        }
    }

    fn md(html: &str) -> String {
        convert(html, None, &NoFiles, &mut Moved).markdown
    }

    #[test]
    fn structure_becomes_markdown() {
        let out = md(
            "<h2>כותרת</h2>\n<p>ראו <a href=\"https://old.example/?p=5\">כאן בפנים</a>.</p>\n<ul><li>א</li><li>ב</li></ul>\n<blockquote><p>ציטוט</p></blockquote>\n<table><thead><tr><th>שם</th><th>תפקיד</th></tr></thead><tbody><tr><td>דנה</td><td>רכזת</td></tr></tbody></table>",
        );
        for expected in [
            "## כותרת",
            "[כאן בפנים](@/articles/x.md)",
            "*   א",
            "> ציטוט",
            "| שם  | תפקיד |",
            "| דנה | רכזת  |",
        ] {
            assert!(out.contains(expected), "{expected} in {out}");
        }
    }

    #[test]
    fn images_captions_videos_and_footnotes() {
        let out = md(
            "[caption id=\"x\"]<img src=\"https://old.example/wp-content/uploads/a.jpg\" alt=\"מפה\" width=\"3\"> כיתוב התמונה[/caption]\n\nטקסט[ref]מקור ראשון[/ref] ועוד.\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n[gravityform id=\"1\"]",
        );
        for expected in [
            "![מפה](/wp-content/uploads/a.jpg)",
            "*כיתוב התמונה*",
            "טקסט[^1] ועוד.",
            "\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n",
            "\\[gravityform id=\"1\"\\]",
            "[^1]: מקור ראשון",
        ] {
            assert!(out.contains(expected), "{expected} in {out}");
        }
    }

    #[test]
    fn text_that_looks_like_markup_stays_text() {
        let out = md("<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>");
        assert!(out.contains("a \\<script>alert(1)\\</script> b"), "{out}");
    }
}
