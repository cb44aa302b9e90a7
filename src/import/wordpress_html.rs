//! What WordPress adds to HTML, undone before the HTML becomes Markdown: block-editor comments,
//! shortcodes (`[caption]`, `[embed]`, `[youtube]`, `[gallery]`, footnotes), video iframes and
//! bare video addresses, block footnotes, and the classic editor's paragraphs (wpautop). What
//! must reach the Markdown as written (a video line, a footnote mark, text kept as it was) is
//! put in a numbered slot that `html::convert` fills in after the conversion.

use crate::embed::Video;
use crate::import::markup::{attr_escape, attribute, escape_markdown, plain_text, tag_end};

/// What a post's HTML becomes before conversion, and what was found on the way.
#[derive(Debug, Default)]
pub struct Prepared {
    /// HTML with every WordPress addition replaced by plain HTML or a slot token.
    pub html: String,
    /// Markdown for each slot token, by number.
    pub slots: Vec<String>,
    /// Footnote texts, numbered from 1 in the order their marks appear.
    pub footnotes: Vec<String>,
    /// Video addresses that became kb video lines.
    pub embeds: Vec<String>,
    /// Markup kb cannot convert, kept as visible text: a short description of each.
    pub kept: Vec<String>,
}

/// An attachment the export describes: its address, alt text and caption.
#[derive(Debug, Clone, Default)]
pub struct Attachment {
    /// `wp:attachment_url`.
    pub url: String,
    /// `_wp_attachment_image_alt`.
    pub alt: String,
    /// The attachment's excerpt, which WordPress shows as the caption.
    pub caption: String,
}

/// What the conversion asks of the export: galleries name attachments by id.
pub trait Attachments {
    /// The attachment with this id.
    fn by_id(&self, id: u64) -> Option<&Attachment>;
    /// The attachments whose parent is the post being converted, in menu order.
    fn of_post(&self) -> Vec<&Attachment>;
}

/// The token a slot leaves in the HTML: letters and digits only, so no converter escapes it.
pub fn slot_token(index: usize) -> String {
    format!("kbslot{index}x")
}

impl Prepared {
    fn slot(&mut self, markdown: String) -> String {
        self.slots.push(markdown);
        slot_token(self.slots.len() - 1)
    }

    /// A block of its own: a video line, a kept shortcode.
    fn block_slot(&mut self, markdown: String) -> String {
        format!("\n\n<p>{}</p>\n\n", self.slot(markdown))
    }

    fn footnote(&mut self, text: String) -> String {
        self.footnotes.push(text);
        let mark = format!("[^{}]", self.footnotes.len());
        self.slot(mark)
    }

    fn keep(&mut self, what: String, text: &str) -> String {
        self.kept.push(what);
        self.block_slot(escape_markdown(text))
    }
}

/// Prepares a post's HTML; `footnotes_meta` is the block editor's `footnotes` post meta.
pub fn prepare(html: &str, footnotes_meta: Option<&str>, files: &dyn Attachments) -> Prepared {
    let mut prepared = Prepared::default();
    let html = html.replace("\r\n", "\n");
    let block_editor = html.contains("<!-- wp:");
    let html = without_block_comments(&html, &mut prepared);
    let html = shortcodes(&html, &mut prepared, files);
    let html = block_footnotes(&html, footnotes_meta, &mut prepared);
    let html = foreign_markup(&html, &mut prepared);
    let html = bare_addresses(&html, &mut prepared);
    prepared.html = if block_editor { html } else { autop(&html) };
    prepared
}

/// Removes `<!-- wp:name {...} -->`, `<!-- /wp:name -->` and `<!--more-->`: the structure is in
/// the HTML between them. A self-closing one (`<!-- wp:latest-posts /-->`) is a block WordPress
/// renders on each view, with nothing in the export to convert: kept as text (but footnotes).
fn without_block_comments(html: &str, prepared: &mut Prepared) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!--") {
        let comment = &rest[at + 4..];
        let trimmed = comment.trim_start();
        let ours = ["wp:", "/wp:", "more", "nextpage", "noteaser"]
            .iter()
            .any(|p| trimmed.starts_with(p));
        match comment.find("-->") {
            Some(end) if ours => {
                out.push_str(&rest[..at]);
                let body = comment[..end].trim();
                let dynamic = body.starts_with("wp:") && body.ends_with('/');
                if dynamic && !body.starts_with("wp:footnotes") {
                    let name = body.split_whitespace().next().unwrap_or(body);
                    out.push_str(&prepared.keep(name.trim_end_matches('/').to_string(), body));
                }
                rest = &comment[end + 3..];
            }
            _ => {
                out.push_str(&rest[..at + 4]);
                rest = comment;
            }
        }
    }
    out.push_str(rest);
    out
}

/// One shortcode found in the text.
struct Shortcode<'a> {
    name: &'a str,
    attrs: &'a str,
    inner: Option<&'a str>,
    /// Byte length of the whole shortcode, closing tag included.
    len: usize,
}

/// Reads the shortcode starting at `text[0] == '['`, if it is one.
fn read_shortcode(text: &str) -> Option<Shortcode<'_>> {
    let body = text.strip_prefix('[')?;
    let name_len = body
        .bytes()
        .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_' || *b == b'-')
        .count();
    let name = &body[..name_len];
    let after = body[name_len..].chars().next()?;
    if name.is_empty() || !matches!(after, ' ' | ']' | '=' | '/') {
        return None;
    }
    let close = body.find(']')?;
    if body[..close].contains('\n') && !body[..close].contains('=') {
        return None;
    }
    let attrs = body[name_len..close].trim_end_matches('/').trim();
    let open_len = close + 2;
    let closing = format!("[/{name}]");
    let inner_end = (!body[..close].ends_with('/'))
        .then(|| text[open_len..].find(&closing))
        .flatten();
    let known = KNOWN.contains(&name) || inner_end.is_some() || attrs.contains('=');
    if !known || text[open_len..].starts_with('(') {
        return None;
    }
    Some(match inner_end {
        Some(end) => Shortcode {
            name,
            attrs,
            inner: Some(&text[open_len..open_len + end]),
            len: open_len + end + closing.len(),
        },
        None => Shortcode {
            name,
            attrs,
            inner: None,
            len: open_len,
        },
    })
}

/// Shortcodes kb converts, and the plugins' footnote shortcodes.
const KNOWN: [&str; 10] = [
    "caption",
    "wp_caption",
    "embed",
    "youtube",
    "vimeo",
    "video",
    "gallery",
    "footnote",
    "ref",
    "efn_note",
];

fn shortcodes(html: &str, prepared: &mut Prepared, files: &dyn Attachments) -> String {
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    while let Some(found) = html[at..].find('[') {
        let start = at + found;
        out.push_str(&html[at..start]);
        match read_shortcode(&html[start..]) {
            Some(code) => {
                out.push_str(&convert_shortcode(&code, prepared, files));
                at = start + code.len;
            }
            None => {
                out.push('[');
                at = start + 1;
            }
        }
    }
    out.push_str(&html[at..]);
    out
}

fn convert_shortcode(
    code: &Shortcode<'_>,
    prepared: &mut Prepared,
    files: &dyn Attachments,
) -> String {
    let inner = code.inner.unwrap_or("");
    let whole = || {
        let space = if code.attrs.is_empty() { "" } else { " " };
        let open = format!("[{}{space}{}]", code.name, code.attrs);
        match code.inner {
            Some(inner) => format!("{open}{inner}[/{}]", code.name),
            None => open,
        }
    };
    match code.name {
        "caption" | "wp_caption" => caption(inner, attribute(code.attrs, "caption")),
        "embed" | "youtube" | "vimeo" | "video" => {
            let url = [
                Some(inner.trim().to_string()),
                attribute(code.attrs, "src"),
                attribute(code.attrs, "url"),
                attribute(code.attrs, "mp4"),
                Some(code.attrs.trim_start_matches('=').trim().to_string()),
            ]
            .into_iter()
            .flatten()
            .find(|url| url.starts_with("http"));
            match url {
                Some(url) if Video::parse(&url).is_some() => video_line(prepared, url),
                _ => prepared.keep(format!("[{}]", code.name), &whole()),
            }
        }
        "gallery" => gallery(code.attrs, prepared, files),
        "footnote" | "ref" | "efn_note" => prepared.footnote(plain_text(inner)),
        _ => prepared.keep(format!("[{}]", code.name), &whole()),
    }
}

fn video_line(prepared: &mut Prepared, url: String) -> String {
    prepared.embeds.push(url.clone());
    prepared.block_slot(url)
}

/// `[caption]<img ...> Text[/caption]` (the image maybe inside a link) → a figure.
fn caption(inner: &str, attr_caption: Option<String>) -> String {
    let image_end = match inner.rfind("</a>") {
        Some(end) if inner[..end].contains("<img") => end + 4,
        _ => inner
            .find("<img")
            .and_then(|at| tag_end(inner, at))
            .unwrap_or(0),
    };
    let (image, text) = inner.split_at(image_end);
    let text = attr_caption.unwrap_or_else(|| text.trim().to_string());
    format!("\n\n<figure>{image}<figcaption>{text}</figcaption></figure>\n\n")
}

/// `[gallery ids="1,2"]`, or the post's own attachments without `ids`.
fn gallery(attrs: &str, prepared: &mut Prepared, files: &dyn Attachments) -> String {
    let chosen: Vec<Option<&Attachment>> = match attribute(attrs, "ids") {
        Some(ids) => ids
            .split(',')
            .map(|id| id.trim().parse().ok().and_then(|id| files.by_id(id)))
            .collect(),
        None => files.of_post().into_iter().map(Some).collect(),
    };
    if chosen.is_empty() {
        return prepared.keep("[gallery]".into(), &format!("[gallery {attrs}]"));
    }
    let mut html = String::from("\n\n");
    for attachment in chosen {
        match attachment {
            Some(file) => html.push_str(&format!(
                "<figure><img src=\"{}\" alt=\"{}\">{}</figure>\n\n",
                attr_escape(&file.url),
                attr_escape(&file.alt),
                if file.caption.is_empty() {
                    String::new()
                } else {
                    format!("<figcaption>{}</figcaption>", file.caption)
                }
            )),
            None => {
                html.push_str(&prepared.keep("[gallery]".into(), &format!("[gallery {attrs}]")))
            }
        }
    }
    html
}

/// `<sup data-fn="id">…</sup>` of the block editor → footnote marks, with the texts from the
/// post's `footnotes` meta (JSON: `[{"id": …, "content": …}]`).
fn block_footnotes(html: &str, meta: Option<&str>, prepared: &mut Prepared) -> String {
    let notes: Vec<serde_json::Value> = meta
        .and_then(|json| serde_json::from_str(json).ok())
        .unwrap_or_default();
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<sup data-fn=\"") {
        let Some(end) = rest[at..].find("</sup>") else {
            break;
        };
        out.push_str(&rest[..at]);
        let tag = &rest[at..at + end];
        let id = attribute(tag, "data-fn").unwrap_or_default();
        let text = notes
            .iter()
            .find(|note| note["id"].as_str() == Some(id.as_str()))
            .and_then(|note| note["content"].as_str())
            .map(plain_text)
            .unwrap_or_else(|| plain_text(tag));
        out.push_str(&prepared.footnote(text));
        rest = &rest[at + end + "</sup>".len()..];
    }
    out.push_str(rest);
    out
}

/// Markup whose meaning a static page cannot keep: video iframes become video lines; other
/// iframes, scripts, styles, objects, forms and self-hosted audio and video are kept as
/// visible text.
fn foreign_markup(html: &str, prepared: &mut Prepared) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let lower = rest.to_ascii_lowercase();
        let found = [
            "<iframe",
            "<script",
            "<style",
            "<object",
            "<embed",
            "<form",
            "<noscript",
            "<audio",
            "<video",
        ]
        .iter()
        .filter_map(|tag| lower.find(tag).map(|at| (at, &tag[1..])))
        .min();
        let Some((at, tag)) = found else { break };
        out.push_str(&rest[..at]);
        let open_end = tag_end(rest, at).unwrap_or(rest.len());
        let closing = format!("</{tag}>");
        let end = lower[open_end..]
            .find(&closing)
            .map_or(open_end, |e| open_end + e + closing.len());
        let element = &rest[at..end];
        let src = attribute(&rest[at..open_end], "src").unwrap_or_default();
        match Video::parse(&src) {
            Some(video) if tag == "iframe" => {
                out.push_str(&video_line(prepared, video.watch_url));
            }
            _ => out.push_str(&prepared.keep(format!("<{tag}>"), element)),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// A video address alone on a line (WordPress embeds it) becomes kb's video line.
fn bare_addresses(html: &str, prepared: &mut Prepared) -> String {
    let mut out = String::with_capacity(html.len());
    for line in html.split_inclusive('\n') {
        let bare = line
            .trim()
            .trim_start_matches("<p>")
            .trim_end_matches("</p>")
            .trim();
        if bare.starts_with("http")
            && !bare.contains([' ', '<', '"'])
            && Video::parse(bare).is_some()
        {
            out.push_str(&video_line(prepared, bare.to_string()));
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Block-level tags, as WordPress's wpautop lists them.
const BLOCKS: [&str; 44] = [
    "table",
    "thead",
    "tfoot",
    "caption",
    "col",
    "colgroup",
    "tbody",
    "tr",
    "td",
    "th",
    "div",
    "dl",
    "dd",
    "dt",
    "ul",
    "ol",
    "li",
    "pre",
    "form",
    "map",
    "area",
    "blockquote",
    "address",
    "style",
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "fieldset",
    "legend",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "nav",
    "figure",
    "figcaption",
    "details",
    "summary",
];

/// The block tag starting at `text` (`<ul ...>` or `</ul>`), if it is one.
fn is_block_tag(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('<') else {
        return false;
    };
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let after = rest[len..].chars().next();
    BLOCKS.iter().any(|b| rest[..len].eq_ignore_ascii_case(b))
        && matches!(after, Some(' ' | '>' | '/' | '\n' | '\t'))
}

/// wpautop, as the classic editor shows a post: blank lines separate paragraphs, a single new
/// line is a line break; block tags stand on their own and `<pre>` is left as written.
fn autop(html: &str) -> String {
    let mut spaced = String::with_capacity(html.len() + 64);
    let mut in_pre = false;
    for (at, c) in html.char_indices() {
        if c == '<' {
            let rest = &html[at..];
            let lower = rest
                .get(..5)
                .map(str::to_ascii_lowercase)
                .unwrap_or_default();
            if lower.starts_with("<pre") {
                in_pre = true;
            }
            if is_block_tag(rest) && !in_pre {
                spaced.push_str("\n\n");
            }
            if lower.starts_with("</pre") {
                in_pre = false;
            }
        }
        spaced.push(c);
        if c == '>' && !in_pre {
            let before = &html[..=at];
            if let Some(open) = before.rfind('<')
                && before[open..].starts_with("</")
                && is_block_tag(&before[open..])
            {
                spaced.push_str("\n\n");
            }
        }
    }
    let mut out = String::with_capacity(spaced.len() + 64);
    let mut in_pre = false;
    for chunk in spaced.split("\n\n") {
        let chunk = chunk.trim_matches('\n');
        if chunk.trim().is_empty() {
            continue;
        }
        let lower = chunk.to_ascii_lowercase();
        let block = is_block_tag(chunk.trim_start());
        if in_pre || block {
            out.push_str(chunk);
        } else {
            out.push_str("<p>");
            out.push_str(&chunk.trim().replace('\n', "<br>"));
            out.push_str("</p>");
        }
        out.push_str("\n\n");
        if lower.contains("<pre") {
            in_pre = true;
        }
        if lower.contains("</pre") {
            in_pre = false;
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A post with no attachments (also used by `html`'s tests).
    pub(crate) struct NoFiles;
    impl Attachments for NoFiles {
        fn by_id(&self, _: u64) -> Option<&Attachment> {
            None
        }
        fn of_post(&self) -> Vec<&Attachment> {
            vec![]
        }
    }

    #[test]
    fn classic_paragraphs_and_line_breaks() {
        let html =
            autop("שורה אחת\nשורה שתיים\n\nפסקה\n<ul>\n<li>א</li>\n</ul>\n<pre>a\n\nb</pre>");
        assert!(html.contains("<p>שורה אחת<br>שורה שתיים</p>"), "{html}");
        assert!(html.contains("<p>פסקה</p>"), "{html}");
        assert!(!html.contains("<p><ul>"), "{html}");
        assert!(html.contains("<pre>a\n\nb</pre>"), "{html}");
    }

    #[test]
    fn shortcodes_and_embeds() {
        let html = "[embed]https://twitter.com/x/status/1[/embed]\n\n[caption id=\"a\" width=\"300\"]<img src=\"x.jpg\" alt=\"מפה\" /> כיתוב[/caption]\n\n[embed]https://youtu.be/dQw4w9WgXcQ[/embed]\n\n[gallery columns=\"2\"]\n\n[contact-form-7 id=\"5\"]\n\nטקסט[footnote]הערה[/footnote] ו-[link](x)";
        let prepared = prepare(html, None, &NoFiles);
        assert!(
            prepared
                .html
                .contains("<figure><img src=\"x.jpg\" alt=\"מפה\" />")
                && prepared.html.contains("<figcaption>כיתוב"),
            "{}",
            prepared.html
        );
        assert_eq!(prepared.embeds, ["https://youtu.be/dQw4w9WgXcQ"]);
        assert_eq!(prepared.kept, ["[embed]", "[gallery]", "[contact-form-7]"]);
        assert!(
            prepared
                .slots
                .contains(&"\\[embed\\]https://twitter.com/x/status/1\\[/embed\\]".to_string())
        );
        assert_eq!(prepared.footnotes, ["הערה"]);
        assert!(prepared.html.contains("[link](x)"));
        assert!(
            prepared
                .slots
                .contains(&"\\[contact-form-7 id=\"5\"\\]".to_string())
        );
    }

    #[test]
    fn block_editor_comments_go_and_iframes_become_lines() {
        let html = "<!-- wp:latest-posts {\"postsToShow\":3} /-->\n<!-- wp:paragraph -->\n<p>א<sup data-fn=\"f1\" class=\"fn\"><a href=\"#f1\">1</a></sup></p>\n<!-- /wp:paragraph -->\n<iframe src=\"https://player.vimeo.com/video/123456\"></iframe><iframe src=\"https://evil.example/x\"></iframe><style>p{}</style><audio controls src=\"a.mp3\"></audio>";
        let prepared = prepare(
            html,
            Some(r#"[{"id":"f1","content":"<em>מקור</em>"}]"#),
            &NoFiles,
        );
        assert!(!prepared.html.contains("wp:"), "{}", prepared.html);
        assert_eq!(prepared.footnotes, ["מקור"]);
        assert_eq!(prepared.embeds, ["https://vimeo.com/123456"]);
        assert_eq!(
            prepared.kept,
            ["wp:latest-posts", "<iframe>", "<style>", "<audio>"]
        );
    }
}
