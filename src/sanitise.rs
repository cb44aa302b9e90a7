//! Raw HTML in Markdown bodies, made safe: one allow-list of the tags and attributes that
//! Markdown and kb's own features produce (headings with ids, tables, footnotes, images, links,
//! video placeholders, `<details>`, `<kbd>`...), enforced by ammonia on every body that holds
//! raw HTML, and read again to tell the author, on the file's line, what was taken out.
//! Scripts, event handlers, `javascript:` and `data:` addresses (but in images), `<meta>`,
//! `<base>`, `<form>`, `<object>`, `<style>` go; unclosed markup is balanced, so a body can
//! never swallow the page's footer.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::i18n::Text;
use crate::t;

/// How far raw HTML in a body is trusted (`[security] trust_html` in config.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RawHtml {
    /// Sanitised to the allow-list of this module: content comes from many hands.
    #[default]
    Sanitise,
    /// Kept as written: every author of the site is trusted.
    Trust,
}

/// Attributes any allowed tag may have.
const GLOBAL: &[&str] = &[
    "id",
    "class",
    "dir",
    "lang",
    "title",
    "role",
    "tabindex",
    "aria-label",
    "aria-labelledby",
    "aria-describedby",
    "aria-hidden",
];

/// The allowed tags, each with the attributes it may have besides [`GLOBAL`].
const TAGS: &[(&str, &[&str])] = &[
    ("a", &["href", "hreflang"]),
    ("abbr", &[]),
    ("aside", &[]),
    ("b", &[]),
    ("bdi", &[]),
    ("bdo", &[]),
    ("blockquote", &["cite"]),
    ("br", &[]),
    ("caption", &[]),
    ("cite", &[]),
    ("code", &[]),
    ("col", &["span"]),
    ("colgroup", &["span"]),
    ("dd", &[]),
    ("del", &["cite", "datetime"]),
    ("details", &["open"]),
    ("dfn", &[]),
    ("div", &[]),
    ("dl", &[]),
    ("dt", &[]),
    ("em", &[]),
    ("figcaption", &[]),
    ("figure", &["data-kb-video", "data-embed", "data-title"]),
    ("h1", &[]),
    ("h2", &[]),
    ("h3", &[]),
    ("h4", &[]),
    ("h5", &[]),
    ("h6", &[]),
    ("hr", &[]),
    ("i", &[]),
    (
        "iframe",
        &[
            "src",
            "width",
            "height",
            "allow",
            "allowfullscreen",
            "loading",
            "referrerpolicy",
        ],
    ),
    (
        "img",
        &["src", "alt", "width", "height", "loading", "decoding"],
    ),
    ("input", &["type", "checked", "disabled"]),
    ("ins", &["cite", "datetime"]),
    ("kbd", &[]),
    ("li", &["value"]),
    ("mark", &[]),
    ("ol", &["start", "reversed", "type"]),
    ("p", &[]),
    ("pre", &[]),
    ("q", &["cite"]),
    ("rp", &[]),
    ("rt", &[]),
    ("ruby", &[]),
    ("s", &[]),
    ("samp", &[]),
    ("section", &[]),
    ("small", &[]),
    ("span", &[]),
    ("strong", &[]),
    ("sub", &[]),
    ("summary", &[]),
    ("sup", &[]),
    ("table", &[]),
    ("tbody", &[]),
    ("td", &["colspan", "rowspan", "headers"]),
    ("tfoot", &[]),
    ("th", &["colspan", "rowspan", "headers", "scope"]),
    ("thead", &[]),
    ("time", &["datetime"]),
    ("tr", &[]),
    ("u", &[]),
    ("ul", &[]),
    ("var", &[]),
    ("wbr", &[]),
];

/// Schemes an address in a body may have (relative addresses and `#anchors` are fine too).
const SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Hosts whose players the pages' `frame-src` lets in (base.html of the default theme), the only
/// ones a frame, or kb's video placeholder, may load.
pub const FRAME_HOSTS: [&str; 2] = [
    "https://www.youtube-nocookie.com/",
    "https://player.vimeo.com/",
];

/// Attributes holding an address, checked for their scheme.
fn is_url_attribute(name: &str) -> bool {
    matches!(name, "href" | "src" | "cite" | "data-embed")
}

/// Whether `value` may stand in attribute `name` of tag `tag`: addresses only of the allowed
/// schemes (`data:` only for an image's picture), frames only from the video players.
fn allowed_value(tag: &str, name: &str, value: &str) -> bool {
    if (tag == "iframe" && name == "src") || name == "data-embed" {
        return FRAME_HOSTS.iter().any(|host| value.starts_with(host));
    }
    if tag == "input" && name == "type" {
        return value.eq_ignore_ascii_case("checkbox");
    }
    if !is_url_attribute(name) {
        return true;
    }
    match scheme(value) {
        None => true,
        Some(scheme) if scheme == "data" => tag == "img" && name == "src",
        Some(scheme) => SCHEMES.contains(&scheme.as_str()),
    }
}

/// The scheme of an address, lower-cased, as a browser reads it (tabs and new lines inside it
/// are ignored, so `java\tscript:` is `javascript`); `None` for a relative address.
pub fn scheme(url: &str) -> Option<String> {
    let url = url.trim_start_matches(|c: char| c <= ' ');
    let colon = url.find(':')?;
    let head: String = url[..colon]
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let is_scheme = head.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && head
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    // `/a:b` or `?q=a:b` is a path or query holding a colon, not a scheme.
    (is_scheme && !url[..colon].contains(['/', '?', '#'])).then(|| head.to_ascii_lowercase())
}

/// Whether an address (of a Markdown link or image) is one a body may have; `image` allows
/// `data:` pictures.
pub fn allowed_url(url: &str, image: bool) -> bool {
    allowed_value(
        if image { "img" } else { "a" },
        if image { "src" } else { "href" },
        url,
    )
}

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(TAGS.iter().map(|(tag, _)| *tag).collect())
        .tag_attributes(
            TAGS.iter()
                .map(|(tag, attributes)| (*tag, attributes.iter().copied().collect()))
                .collect::<HashMap<&str, HashSet<&str>>>(),
        )
        .generic_attributes(GLOBAL.iter().copied().collect())
        .url_schemes(SCHEMES.iter().copied().chain(["data"]).collect())
        .link_rel(None)
        .strip_comments(true)
        .clean_content_tags(["script", "style"].into_iter().collect())
        .attribute_filter(|tag, name, value| {
            allowed_value(tag, name, value).then(|| value.to_string().into())
        });
    builder
});

/// `html` with everything outside the allow-list taken out and its markup balanced.
pub fn clean(html: &str) -> String {
    CLEANER.clean(html).to_string()
}

/// What [`clean`] takes out of a raw HTML fragment of a body, each with its byte offset in
/// `html`: tags, attributes, addresses; and an unclosed comment, which hides the rest of the body.
/// `<script>` and `<iframe>` are left to `embed::blocked_tags`, which makes them errors.
pub fn removed(html: &str) -> Vec<(usize, Text)> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(start) = html[at..].find('<').map(|offset| at + offset) {
        let rest = &html[start..];
        if rest.starts_with("<!--") {
            match rest.find("-->") {
                Some(end) => at = start + end + 3,
                None => {
                    found.push((start, t!("html-unclosed-comment")));
                    break;
                }
            }
            continue;
        }
        at = start + 1;
        let Some(tag) = read_tag(rest) else {
            continue;
        };
        at = start + tag.len;
        if matches!(tag.name.as_str(), "script" | "style") && !tag.closing {
            // Their text is code, not markup: skip to the end of the element.
            let end = format!("</{}", tag.name);
            at = html[at..]
                .to_ascii_lowercase()
                .find(&end)
                .map_or(html.len(), |offset| at + offset);
        }
        if tag.closing || matches!(tag.name.as_str(), "script" | "iframe") {
            continue;
        }
        let Some((_, attributes)) = TAGS.iter().find(|(name, _)| *name == tag.name) else {
            found.push((start, t!("html-removed-tag", tag = tag.name.as_str())));
            continue;
        };
        for (name, value) in &tag.attributes {
            let known = GLOBAL.contains(&name.as_str()) || attributes.contains(&name.as_str());
            if !known {
                found.push((
                    start,
                    t!(
                        "html-removed-attribute",
                        attribute = name.as_str(),
                        tag = tag.name.as_str()
                    ),
                ));
            } else if !allowed_value(&tag.name, name, value) {
                found.push((
                    start,
                    t!(
                        "html-removed-address",
                        address = value.as_str(),
                        tag = tag.name.as_str()
                    ),
                ));
            }
        }
    }
    found
}

/// Where `markup` (an HTML or SVG file) would run script when opened: the offset of its first
/// `<script>`, event handler (`onload=`...) or `javascript:` address; `None` when it runs none.
pub fn runs_script(markup: &str) -> Option<usize> {
    let mut at = 0;
    while let Some(start) = markup[at..].find('<').map(|offset| at + offset) {
        at = start + 1;
        let Some(tag) = read_tag(&markup[start..]) else {
            continue;
        };
        let handler = tag.attributes.iter().any(|(name, value)| {
            name.starts_with("on")
                || matches!(scheme(value).as_deref(), Some("javascript" | "vbscript"))
        });
        if tag.name == "script" || handler {
            return Some(start);
        }
    }
    None
}

/// A tag read from raw HTML: its lower-cased name, attributes (names lower-cased, values as
/// written, entities not decoded) and length in bytes.
struct RawTag {
    name: String,
    closing: bool,
    attributes: Vec<(String, String)>,
    len: usize,
}

/// Reads the tag at the start of `text` (which starts with `<`); `None` when it is not one
/// (`a < b`).
fn read_tag(text: &str) -> Option<RawTag> {
    let bytes = text.as_bytes();
    let mut at = 1;
    let closing = bytes.get(at) == Some(&b'/');
    if closing {
        at += 1;
    }
    let name_start = at;
    if !bytes.get(at)?.is_ascii_alphabetic() {
        return None;
    }
    while bytes
        .get(at)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-')
    {
        at += 1;
    }
    let name = text[name_start..at].to_ascii_lowercase();
    let mut attributes = Vec::new();
    loop {
        while bytes
            .get(at)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            at += 1;
        }
        match bytes.get(at) {
            None => break,
            Some(b'>') => {
                at += 1;
                break;
            }
            Some(_) => {}
        }
        let attr_start = at;
        while bytes
            .get(at)
            .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/'))
        {
            at += 1;
        }
        let attr = text[attr_start..at].to_ascii_lowercase();
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        let mut value = String::new();
        if bytes.get(at) == Some(&b'=') {
            at += 1;
            while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                at += 1;
            }
            let (start, end) = match bytes.get(at) {
                Some(quote @ (b'"' | b'\'')) => {
                    let start = at + 1;
                    let end = text[start..]
                        .find(*quote as char)
                        .map_or(text.len(), |end| start + end);
                    at = (end + 1).min(text.len());
                    (start, end)
                }
                _ => {
                    let start = at;
                    while bytes
                        .get(at)
                        .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>')
                    {
                        at += 1;
                    }
                    (start, at)
                }
            };
            value = decode_entities(&text[start..end]);
        }
        if !attr.is_empty() {
            attributes.push((attr, value));
        }
    }
    Some(RawTag {
        name,
        closing,
        attributes,
        len: at,
    })
}

/// `value` with its character references decoded as a browser decodes an attribute (`&#x09;`,
/// `&#58;`, `&colon;`...), so `java&#x09;script:` is seen for the `javascript:` it is.
fn decode_entities(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map_or(rest.len(), |len| len + 1);
        let name = &rest[1..end];
        let decoded = match name.strip_prefix('#') {
            Some(number) => match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => number.parse().ok(),
            }
            .and_then(char::from_u32),
            None => match name.to_ascii_lowercase().as_str() {
                "tab" => Some('\t'),
                "newline" => Some('\n'),
                "colon" => Some(':'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                _ => None,
            },
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = rest[end..].strip_prefix(';').unwrap_or(&rest[end..]);
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(html: &str) -> Vec<String> {
        removed(html)
            .iter()
            .map(|(_, text)| text.to_string())
            .collect()
    }

    #[test]
    fn what_markdown_and_kb_write_is_kept() {
        for html in [
            "<h2 id=\"מה-זה\">מה זה?</h2>",
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"טבלה 1\"><table><thead><tr><th>א</th></tr></thead><tbody><tr><td>ב</td></tr></tbody></table></div>",
            "<sup class=\"footnote-reference\"><a href=\"#1\">1</a></sup>",
            "<div class=\"footnote-definition\" id=\"1\"><sup class=\"footnote-definition-label\">1</sup><p>הערה</p></div>",
            "<p><img src=\"a.png\" alt=\"מפה\"></p>",
            "<p><a href=\"https://example.org/\" title=\"x\">קישור</a> <a href=\"/articles/x/#y\">שם</a> <a href=\"mailto:a@b.org\">מייל</a></p>",
            "<pre tabindex=\"0\" dir=\"ltr\"><code class=\"language-toml\">a = 1</code></pre>",
            "<ul><li><input type=\"checkbox\" disabled=\"\" checked=\"\" aria-label=\"בוצע\"> משימה</li></ul>",
            "<details><summary>עוד</summary><p><kbd>Ctrl</kbd></p></details>",
            "<figure class=\"video\" data-kb-video=\"\" data-embed=\"https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1\" data-title=\"סרטון\"><a class=\"video__load\" href=\"https://www.youtube.com/watch?v=abcdefghijk\"><span class=\"video__play\" aria-hidden=\"true\"></span></a></figure>",
        ] {
            assert_eq!(clean(html), html);
            assert!(removed(html).is_empty(), "{html}: {:?}", ids(html));
        }
    }

    #[test]
    fn scripts_handlers_and_dangerous_addresses_go() {
        let cases = [
            ("<p onclick=\"alert(1)\">x</p>", "<p>x</p>"),
            ("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>"),
            ("<a href=\"java\tscript:alert(1)\">x</a>", "<a>x</a>"),
            (
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "<a>x</a>",
            ),
            (
                "<img src=\"data:image/png;base64,AAAA\" alt=\"\">",
                "<img src=\"data:image/png;base64,AAAA\" alt=\"\">",
            ),
            (
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
                "",
            ),
            ("<base href=\"https://evil.example/\">", ""),
            (
                "<form action=\"https://evil.example/\"><input name=\"q\"></form>",
                "<input>",
            ),
            ("<object data=\"x.swf\"></object>", ""),
            ("<style>body{display:none}</style>", ""),
            ("<script src=\"x.js\"></script>", ""),
            (
                "<iframe src=\"https://evil.example/\"></iframe>",
                "<iframe></iframe>",
            ),
            ("<svg><script>alert(1)</script></svg>", ""),
            (
                "<figure data-embed=\"https://evil.example/\">x</figure>",
                "<figure>x</figure>",
            ),
            ("<input type=\"text\">", "<input>"),
        ];
        for (html, cleaned) in cases {
            assert_eq!(clean(html), cleaned, "{html}");
        }
    }

    #[test]
    fn unclosed_markup_is_balanced() {
        assert_eq!(clean("<div><p>a"), "<div><p>a</p></div>");
        assert_eq!(
            clean("<plaintext>a</p><footer>"),
            "a&lt;/p&gt;&lt;footer&gt;"
        );
        assert_eq!(clean("a<!-- b"), "a");
    }

    #[test]
    fn what_is_taken_out_is_named() {
        assert_eq!(
            ids("<p onclick=\"x\">a</p>"),
            ["the onclick attribute of <p> was taken out"]
        );
        assert_eq!(
            ids("<meta http-equiv=refresh content='0;url=https://evil.example/'>"),
            ["<meta> was taken out"]
        );
        assert_eq!(
            ids("<a href='javascript:alert(1)'>x</a>"),
            ["the address javascript:alert(1) of <a> was taken out"]
        );
        assert_eq!(
            ids("<!-- note -->ok<!-- open"),
            ["an unclosed comment hides everything after it"]
        );
        assert!(ids("<script>x</script><iframe src=x></iframe>").is_empty());
        assert!(ids("a < b and c > d").is_empty());
    }

    #[test]
    fn markup_that_runs_script_is_found() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<circle r=\"1\"/>\n<script>alert(1)</script></svg>";
        assert_eq!(runs_script(svg), svg.find("<script"));
        assert!(runs_script("<svg onload=\"alert(1)\"></svg>").is_some());
        assert!(runs_script("<a xlink:href=\"javascript:alert(1)\">x</a>").is_some());
        assert!(runs_script("<html><body><p>שלום</p></body></html>").is_none());
        assert!(runs_script("<svg><path d=\"M0 0\"/></svg>").is_none());
    }

    #[test]
    fn schemes_are_read_as_browsers_read_them() {
        assert_eq!(scheme("JavaScript:x").as_deref(), Some("javascript"));
        assert_eq!(scheme(" \tjava\nscript:x").as_deref(), Some("javascript"));
        assert_eq!(scheme("/a:b"), None);
        assert_eq!(scheme("page?x=a:b"), None);
        assert_eq!(scheme("#a:b"), None);
        assert_eq!(scheme("https://x").as_deref(), Some("https"));
        assert!(allowed_url("data:image/png;base64,AA", true));
        assert!(!allowed_url("data:image/png;base64,AA", false));
        assert!(!allowed_url("vbscript:x", false));
    }
}
