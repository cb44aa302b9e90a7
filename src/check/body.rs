//! What `kb check` reads in one Markdown body: every link, image and media reference with its
//! text and place, and every heading level. Raw HTML tags (`<img>`, `<a>`, `<video>`) count
//! as much as Markdown ones, since authors paste them.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::embed::attribute;

/// A link or media reference, where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub kind: Kind,
    pub url: String,
    /// The link's text or the image's alt text, trimmed; `None` for raw HTML without one.
    pub text: Option<String>,
    pub line: usize,
    pub col: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Link,
    Image,
    /// `<video>`, `<audio>` and `<source>`.
    Media,
}

/// The references and heading levels of a body.
#[derive(Debug, Default)]
pub struct Scan {
    pub references: Vec<Reference>,
    /// (level, line, col) of each heading, in order.
    pub headings: Vec<(u8, usize, usize)>,
}

/// Scans `markdown`, whose first line is line `first_line` of its file.
pub fn scan(markdown: &str, first_line: usize) -> Scan {
    // Where each line starts, so a place is found in log time: a body of 20 000 headings
    // stays linear.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(markdown.match_indices('\n').map(|(at, _)| at + 1))
        .collect();
    let place = |offset: usize| {
        let offset = offset.min(markdown.len());
        let index = starts.partition_point(|&start| start <= offset) - 1;
        let col = markdown[starts[index]..offset].chars().count() + 1;
        (first_line + index, col)
    };
    let mut scan = Scan::default();
    // The reference being read (its text follows until its end tag).
    let mut open: Option<Reference> = None;
    for (event, range) in Parser::new_ext(markdown, crate::markdown::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                let (line, col) = place(range.start);
                let kind = if markdown[range.clone()].starts_with('!') {
                    Kind::Image
                } else {
                    Kind::Link
                };
                open = Some(Reference {
                    kind,
                    url: dest_url.to_string(),
                    text: Some(String::new()),
                    line,
                    col,
                });
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if let Some(mut reference) = open.take() {
                    reference.text = reference.text.map(|t| t.trim().to_string());
                    scan.references.push(reference);
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(Reference { text: Some(t), .. }) = open.as_mut() {
                    t.push_str(&text);
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                let (line, col) = place(range.start);
                scan.headings.push((level as u8, line, col));
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                for (offset, reference) in raw_tags(&html) {
                    let (line, col) = place(range.start + offset);
                    scan.references.push(Reference {
                        line,
                        col,
                        ..reference
                    });
                }
            }
            _ => {}
        }
    }
    scan
}

/// `<img>`, `<a>`, `<video>`, `<audio>` and `<source>` tags in raw HTML, at their offsets.
fn raw_tags(html: &str) -> Vec<(usize, Reference)> {
    let mut found = Vec::new();
    for (at, name, inside) in tags(html) {
        let (kind, attr) = match name.to_ascii_lowercase().as_str() {
            "img" => (Kind::Image, "src"),
            "a" => (Kind::Link, "href"),
            "video" | "audio" | "source" => (Kind::Media, "src"),
            _ => continue,
        };
        let Some(url) = attribute(inside, attr) else {
            continue;
        };
        let text = match kind {
            Kind::Image => attribute(inside, "alt").map(|alt| alt.trim().to_string()),
            // The text of a raw <a> is checked by what follows it, which may be Markdown.
            _ => None,
        };
        let reference = Reference {
            kind,
            url: url.to_string(),
            text,
            line: 0,
            col: 0,
        };
        found.push((at, reference));
    }
    found
}

/// Every start tag of `html` as (offset, name, what follows the name up to its `>`), read as a
/// browser tokenises: a `<` inside a quoted attribute value or a comment starts no tag.
fn tags(html: &str) -> Vec<(usize, &str, &str)> {
    let bytes = html.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(next) = html[at..].find('<').map(|i| at + i) {
        if html[next..].starts_with("<!--") {
            at = html[next..]
                .find("-->")
                .map_or(html.len(), |i| next + i + 3);
            continue;
        }
        let name_end = html[next + 1..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .map_or(html.len(), |i| next + 1 + i);
        if name_end == next + 1 || !bytes[next + 1].is_ascii_alphabetic() {
            at = next + 1;
            continue;
        }
        let mut end = name_end;
        let mut quote = None;
        while end < bytes.len() {
            match (quote, bytes[end]) {
                (None, b'>') => break,
                (None, q @ (b'"' | b'\'')) => quote = Some(q),
                (Some(q), c) if c == q => quote = None,
                _ => {}
            }
            end += 1;
        }
        found.push((next, &html[next + 1..name_end], &html[name_end..end]));
        at = end.max(next + 1);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_links_images_and_raw_tags_on_their_lines() {
        let md = "פתיחה\n\n[כאן](/a/) ו־![](x.png)\n\n<img src=\"y.jpg\">\n<video src=\"v.mp4\"></video>\n\n## א\n\n#### ב\n";
        let scan = scan(md, 5);
        let found: Vec<_> = scan
            .references
            .iter()
            .map(|r| (r.kind, r.url.as_str(), r.text.as_deref(), r.line, r.col))
            .collect();
        assert_eq!(
            found,
            [
                (Kind::Link, "/a/", Some("כאן"), 7, 1),
                (Kind::Image, "x.png", Some(""), 7, 14),
                (Kind::Image, "y.jpg", None, 9, 1),
                (Kind::Media, "v.mp4", None, 10, 1),
            ]
        );
        assert_eq!(scan.headings, [(2, 12, 1), (4, 14, 1)]);
    }

    #[test]
    fn a_tag_inside_an_attribute_or_a_comment_is_no_tag() {
        let html = "<p title=\"<img src=x>\"><!-- <img src=y> --><img src='z.png' alt=\"א\">";
        let found: Vec<_> = raw_tags(html).into_iter().map(|(_, r)| r.url).collect();
        assert_eq!(found, ["z.png"]);
    }
}
