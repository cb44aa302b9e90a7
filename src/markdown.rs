//! Markdown to HTML with pulldown-cmark: stable Hebrew heading ids, a table of contents,
//! `@/` links resolved to page URLs, scrollable tables, video addresses alone on a line turned
//! into players, raw embeds the pages would block reported, and the plain text the search and
//! summaries need.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd,
};

use crate::diagnostics::line_of;
use crate::embed::{Blocked, Video, blocked_tags};
use crate::escape::escape_xml;
use crate::hebrew::heading_id;
pub use crate::sanitise::RawHtml;
use crate::t;

/// Prefix of internal links: `[text](@/articles/x.md#id)`.
pub const INTERNAL_PREFIX: &str = "@/";
const SUMMARY_CHARS: usize = 220;

/// A heading listed in the table of contents.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TocEntry {
    /// 2 or 3.
    pub level: u8,
    /// The heading's `id`, the `#anchor` links use.
    pub id: String,
    /// The heading's text, without markup.
    pub title: String,
}

/// A heading of the body and where its section starts in the body's text: search results name
/// the section their words are in and link to it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Section {
    /// Byte offset in [`Rendered::text`] where the heading's text starts.
    pub start: usize,
    /// The heading's `id`.
    pub id: String,
    /// The heading's text, without markup.
    pub title: String,
}

/// An `@/` link found in the body, resolved or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternalLink {
    /// `articles/x.md`.
    pub target: String,
    /// The `#anchor` after the file, without the `#`.
    pub anchor: Option<String>,
    /// 1-based line in the file.
    pub line: usize,
}

/// Problems found in a body, each with its 1-based file line.
pub type OnLines = Vec<(usize, Blocked)>;

/// The result of rendering one Markdown body.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The body as HTML, links resolved.
    pub html: String,
    /// h2 and h3 headings.
    pub toc: Vec<TocEntry>,
    /// Every heading id, for checking `#anchor` links.
    pub ids: HashSet<String>,
    /// Text of every heading, in order.
    pub headings: Vec<String>,
    /// Every heading with its id and where it starts in `text`, in order.
    pub sections: Vec<Section>,
    /// The body without markup, blocks separated by newlines.
    pub text: String,
    /// The opening sentences, for pages without a `summary`.
    pub summary: String,
    /// How many words the body has, for its reading time.
    pub words: usize,
    /// Every `@/` link, for checking that its page and anchor exist.
    pub links: Vec<InternalLink>,
    /// Raw `<iframe>` and `<script>` tags the pages' Content-Security-Policy would block, or
    /// that would run, with their 1-based file lines.
    pub blocked: OnLines,
    /// What sanitising took out of the body (tags, attributes, addresses), with file lines.
    pub removed: OnLines,
    /// Hash of `html`, for telling whether a page must be rendered again.
    pub fingerprint: u64,
}

/// Finds the URL of an `@/` link target (`articles/x.md`), and the path the site is served
/// under, which every link to the site (`@/` or `/articles/x/`) gets in front.
pub trait LinkResolver {
    /// The site path of the page, e.g. `/articles/x/`.
    fn url_of(&self, target: &str) -> Option<&str>;
    /// `/kb-site` for a site served under `https://org.github.io/kb-site/`; empty at a root.
    fn base_path(&self) -> &str {
        ""
    }
}

/// The Markdown extensions kb reads: tables, footnotes, strikethrough, task lists, heading
/// attributes.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders `markdown`, whose first line is line `first_line` of its file, on a page titled
/// `title` (which names its video players); raw HTML in it as `raw_html` says.
pub fn render(
    markdown: &str,
    first_line: usize,
    title: &str,
    resolver: &dyn LinkResolver,
    raw_html: RawHtml,
) -> Rendered {
    let events: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(markdown, options())
        .into_offset_iter()
        .collect();
    let has_raw_html = events
        .iter()
        .any(|(event, _)| matches!(event, Event::Html(_) | Event::InlineHtml(_)));
    let mut events = embed_videos(events, title);
    let (blocked, removed) = raw_html_problems(markdown, first_line, &events, raw_html);
    let mut out = Rendered {
        blocked,
        removed,
        ..Rendered::default()
    };
    let line_at = |offset: usize| first_line + line_of(markdown, offset) - 1;
    let mut heading: Option<(usize, String)> = None;
    let mut heading_start = 0;
    let mut first_paragraph: Option<String> = None;
    let mut in_paragraph = false;
    let mut extra: Vec<(usize, Event<'static>)> = Vec::new();
    let mut tables = 0;
    let mut suffixes = HashMap::new();
    for index in 0..events.len() {
        let (event, range) = &mut events[index];
        match event {
            Event::Start(Tag::Heading { attrs, .. }) => {
                if raw_html == RawHtml::Sanitise && !attrs.is_empty() {
                    out.removed
                        .push((line_at(range.start), heading_attributes(attrs)));
                    attrs.clear();
                }
                heading = Some((index, String::new()));
                heading_start = out.text.len();
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((start, title)) = heading.take() {
                    let title = title.trim().to_string();
                    let id = name_heading(&mut events[start].0, &title, &mut suffixes, &mut out);
                    out.sections.push(Section {
                        start: heading_start,
                        id,
                        title: title.clone(),
                    });
                    out.headings.push(title);
                    out.text.push('\n');
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, title)) = heading.as_mut() {
                    title.push_str(text);
                }
                if in_paragraph && first_paragraph.is_none() {
                    extra_summary(&mut out.summary, text);
                }
                out.text.push_str(text);
            }
            Event::SoftBreak | Event::HardBreak => out.text.push(' '),
            Event::Start(Tag::Paragraph) => in_paragraph = true,
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::TableRow | TagEnd::BlockQuote(_),
            ) => {
                if in_paragraph && first_paragraph.is_none() && !out.summary.trim().is_empty() {
                    first_paragraph = Some(out.summary.clone());
                }
                in_paragraph = false;
                out.text.push('\n');
            }
            Event::End(TagEnd::TableCell) => out.text.push(' '),
            Event::Start(Tag::Link { dest_url, .. }) if dest_url.starts_with(INTERNAL_PREFIX) => {
                let line = line_at(range.start);
                *dest_url = resolve_link(dest_url, line, resolver, &mut out.links).into();
            }
            Event::Start(Tag::Link { dest_url, .. })
                if raw_html == RawHtml::Sanitise
                    && !crate::sanitise::allowed_url(dest_url, false) =>
            {
                out.removed
                    .push((line_at(range.start), take_address(dest_url)));
            }
            Event::Start(Tag::Image { dest_url, .. })
                if raw_html == RawHtml::Sanitise
                    && !crate::sanitise::allowed_url(dest_url, true) =>
            {
                out.removed
                    .push((line_at(range.start), take_address(dest_url)));
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if is_site_path(dest_url) && !resolver.base_path().is_empty() =>
            {
                *dest_url = format!("{}{dest_url}", resolver.base_path()).into();
            }
            Event::Start(Tag::Table(_)) => {
                // Each scrolling region needs a name of its own for screen-reader landmarks.
                tables += 1;
                extra.push((index, Event::Html(format!(
                    "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"טבלה {tables}\">"
                ).into())));
            }
            Event::TaskListMarker(done) => {
                let (checked, label) = if *done {
                    (" checked", "בוצע")
                } else {
                    ("", "לא בוצע")
                };
                *event = Event::Html(
                    format!("<input type=\"checkbox\" disabled{checked} aria-label=\"{label}\"> ")
                        .into(),
                );
            }
            Event::End(TagEnd::Table) => extra.push((index + 1, Event::Html("</div>\n".into()))),
            Event::Start(Tag::CodeBlock(kind)) => {
                let class = match kind {
                    CodeBlockKind::Fenced(lang) if !lang.is_empty() => {
                        format!(
                            " class=\"language-{}\"",
                            escape_xml(lang.split_whitespace().next().unwrap_or(""))
                        )
                    }
                    _ => String::new(),
                };
                *event =
                    Event::Html(format!("<pre tabindex=\"0\" dir=\"ltr\"><code{class}>").into());
            }
            Event::End(TagEnd::CodeBlock) => {
                *event = Event::Html("</code></pre>\n".into());
                out.text.push('\n');
            }
            _ => {}
        }
    }
    out.summary = summarise(first_paragraph.as_deref().unwrap_or(&out.summary));
    out.words = out.text.split_whitespace().count();
    let mut merged = Vec::with_capacity(events.len() + extra.len());
    let mut extra = extra.into_iter().peekable();
    for (index, (event, _)) in events.into_iter().enumerate() {
        while let Some((_, inserted)) = extra.next_if(|(at, _)| *at == index) {
            merged.push(inserted);
        }
        merged.push(event);
    }
    merged.extend(extra.map(|(_, inserted)| inserted));
    out.html.reserve(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut out.html, reader_links(merged).into_iter());
    // Markdown alone cannot write markup (pulldown-cmark escapes text and attributes, and the
    // addresses and heading attributes were checked above): only raw HTML needs the sanitiser.
    if has_raw_html && raw_html == RawHtml::Sanitise {
        out.html = crate::sanitise::clean(&out.html);
    }
    out.removed.sort_by_key(|(line, _)| *line);
    out.fingerprint = xxhash_rust::xxh3::xxh3_64(out.html.as_bytes());
    out
}

/// Links a reader follows inside a page: each h2–h4 gets a link to its own `#id` (named
/// "קישור לסעיף: ..." for screen readers), and footnotes link both ways: a reference has an id
/// its definition links back to ("חזרה לטקסט"). Footnotes are numbered as pulldown-cmark numbers
/// them: in the order their labels first appear.
fn reader_links(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut numbers: HashMap<String, usize> = HashMap::new();
    let mut number = |name: &str| {
        let next = numbers.len() + 1;
        *numbers.entry(name.to_string()).or_insert(next)
    };
    let mut heading: Option<(String, String)> = None;
    let mut definition: Option<String> = None;
    for event in events {
        match &event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2 | HeadingLevel::H3 | HeadingLevel::H4,
                id: Some(id),
                ..
            }) => {
                heading = Some((id.to_string(), String::new()));
                out.push(Event::Html("<div class=\"heading\">".into()));
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, title)) = heading.as_mut() {
                    title.push_str(text);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((id, title)) = heading.take() {
                    out.push(event);
                    out.push(Event::Html(format!(
                        "<a class=\"heading__link\" href=\"#{}\" aria-label=\"קישור לסעיף: {}\"><span aria-hidden=\"true\">#</span></a></div>\n",
                        escape_xml(&id),
                        escape_xml(title.trim())
                    ).into()));
                    continue;
                }
            }
            Event::FootnoteReference(name) => {
                let n = number(name);
                let name = escape_xml(name);
                out.push(Event::Html(format!(
                    "<sup class=\"footnote-reference\" id=\"fnref-{name}\"><a href=\"#{name}\">{n}</a></sup>"
                ).into()));
                continue;
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                let n = number(name);
                let name = escape_xml(name);
                out.push(Event::Html(format!(
                    "<div class=\"footnote-definition\" id=\"{name}\"><sup class=\"footnote-definition-label\">{n}</sup>"
                ).into()));
                definition = Some(name);
                continue;
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                let name = definition.take().unwrap_or_default();
                out.push(Event::Html(format!(
                    "<a class=\"footnote-backref\" href=\"#fnref-{name}\" aria-label=\"חזרה לטקסט\">↩</a></div>\n"
                ).into()));
                continue;
            }
            _ => {}
        }
        out.push(event);
    }
    out
}

/// Paragraphs that hold nothing but a YouTube or Vimeo address (bare or as `<...>`) become the
/// video's placeholder, as for the `video` key.
fn embed_videos<'a>(
    events: Vec<(Event<'a>, Range<usize>)>,
    title: &str,
) -> Vec<(Event<'a>, Range<usize>)> {
    let mut out: Vec<(Event<'a>, Range<usize>)> = Vec::with_capacity(events.len());
    let mut paragraph: Option<(usize, String)> = None;
    for (event, range) in events {
        match &event {
            Event::Start(Tag::Paragraph) => paragraph = Some((out.len(), String::new())),
            Event::Text(text) => {
                if let Some((_, address)) = paragraph.as_mut() {
                    address.push_str(text);
                }
            }
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink,
                ..
            })
            | Event::End(TagEnd::Link) => {}
            Event::End(TagEnd::Paragraph) => {
                let video = paragraph.take().and_then(|(start, address)| {
                    let address = address.trim();
                    let bare = !address.contains(char::is_whitespace);
                    Some((start, Video::parse(address).filter(|_| bare)?))
                });
                if let Some((start, video)) = video {
                    let start_range = out[start].1.start;
                    out.truncate(start);
                    let html = video.placeholder_html(title);
                    out.push((Event::Html(html.into()), start_range..range.end));
                    continue;
                }
            }
            _ => paragraph = None,
        }
        out.push((event, range));
    }
    out
}

/// The raw tags of the body the pages would not load (errors), and what sanitising takes out
/// of them (warnings), with their file lines.
fn raw_html_problems(
    markdown: &str,
    first_line: usize,
    events: &[(Event<'_>, Range<usize>)],
    raw_html: RawHtml,
) -> (OnLines, OnLines) {
    let mut blocked = Vec::new();
    let mut removed = Vec::new();
    let line_at = |offset: usize| first_line + line_of(markdown, offset) - 1;
    for (event, range) in events {
        let html = match event {
            Event::Start(Tag::HtmlBlock) => &markdown[range.clone()],
            Event::InlineHtml(html) => html.as_ref(),
            _ => continue,
        };
        for found in blocked_tags(html, raw_html) {
            blocked.push((line_at(range.start + found.offset), found));
        }
        if raw_html == RawHtml::Sanitise {
            for (offset, message) in crate::sanitise::removed(html) {
                let hint = match message.id() {
                    "html-unclosed-comment" => t!("html-unclosed-comment-hint"),
                    _ => t!("html-removed-hint"),
                };
                let found = Blocked {
                    offset,
                    message,
                    hint,
                };
                removed.push((line_at(range.start + offset), found));
            }
        }
    }
    (blocked, removed)
}

/// Replaces an address a body may not have with `#`; the warning saying so.
fn take_address(address: &mut CowStr<'_>) -> Blocked {
    let taken = Blocked {
        offset: 0,
        message: t!("markdown-removed-address", address = address.as_ref()),
        hint: t!("markdown-removed-address-hint"),
    };
    *address = "#".into();
    taken
}

fn heading_attributes(attrs: &[(CowStr<'_>, Option<CowStr<'_>>)]) -> Blocked {
    let names: Vec<&str> = attrs.iter().map(|(name, _)| name.as_ref()).collect();
    Blocked {
        offset: 0,
        message: t!("heading-attributes-removed", attributes = names.join(", ")),
        hint: t!("heading-attributes-removed-hint"),
    }
}

fn extra_summary(summary: &mut String, text: &str) {
    if summary.chars().count() < SUMMARY_CHARS * 2 {
        summary.push_str(text);
    }
}

/// Gives a heading its unique id (returned) and records it in the table of contents. A repeated id gets
/// the first free `-1`, `-2`, ... suffix; `suffixes` remembers where each id's search stopped,
/// so a page of many identical headings is named in linear time.
fn name_heading(
    event: &mut Event<'_>,
    title: &str,
    suffixes: &mut HashMap<String, usize>,
    out: &mut Rendered,
) -> String {
    let Event::Start(Tag::Heading { level, id, .. }) = event else {
        return String::new();
    };
    let base = id
        .as_deref()
        .map(str::to_string)
        .unwrap_or_else(|| heading_id(title));
    let unique = if out.ids.contains(&base) {
        let n = suffixes.entry(base.clone()).or_insert(1);
        while out.ids.contains(&format!("{base}-{n}")) {
            *n += 1;
        }
        *n += 1;
        format!("{base}-{}", *n - 1)
    } else {
        base
    };
    out.ids.insert(unique.clone());
    if matches!(level, HeadingLevel::H2 | HeadingLevel::H3) {
        out.toc.push(TocEntry {
            level: *level as u8,
            id: unique.clone(),
            title: title.to_string(),
        });
    }
    *id = Some(CowStr::from(unique.clone()));
    unique
}

fn resolve_link(
    dest: &str,
    line: usize,
    resolver: &dyn LinkResolver,
    links: &mut Vec<InternalLink>,
) -> String {
    let path = &dest[INTERNAL_PREFIX.len()..];
    let (target, anchor) = match path.split_once('#') {
        Some((target, anchor)) => (target, Some(anchor.to_string())),
        None => (path, None),
    };
    let url = resolver.url_of(target);
    links.push(InternalLink {
        target: target.to_string(),
        anchor: anchor.clone(),
        line,
    });
    let base = if url.is_some() {
        resolver.base_path()
    } else {
        ""
    };
    let url = url.unwrap_or("#");
    match anchor {
        Some(anchor) => format!("{base}{url}#{anchor}"),
        None => format!("{base}{url}"),
    }
}

/// A path on this site (`/articles/x/`), not a URL of another host (`//host/x`, `/\host/x`).
pub fn is_site_path(url: &str) -> bool {
    // A browser reads `/\host` as `//host`.
    url.starts_with('/') && !url.starts_with("//") && !url.starts_with("/\\")
}

/// The opening sentences of `text`, cut at a sentence end near `SUMMARY_CHARS` characters.
pub fn summarise(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= SUMMARY_CHARS {
        return text;
    }
    let limit = text
        .char_indices()
        .nth(SUMMARY_CHARS)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..limit];
    let sentence_end = head.rfind(['.', '?', '!']).filter(|&end| end > limit / 3);
    match sentence_end {
        Some(end) => head[..=end].to_string(),
        None => format!("{}…", head[..head.rfind(' ').unwrap_or(limit)].trim_end()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Pages;
    impl LinkResolver for Pages {
        fn url_of(&self, target: &str) -> Option<&str> {
            (target == "articles/roles.md").then_some("/articles/roles/")
        }
    }

    /// The same pages, on a site served under `/kb-site/`.
    struct UnderPath;
    impl LinkResolver for UnderPath {
        fn url_of(&self, target: &str) -> Option<&str> {
            Pages.url_of(target)
        }
        fn base_path(&self) -> &str {
            "/kb-site"
        }
    }

    #[test]
    fn links_to_the_site_go_under_its_base_path() {
        let md = "[א](@/articles/roles.md) [ב](/tags/x/) ![ג](/img/a.png) [ד](//cdn.example.org/a) [ה](https://example.org/b) [ו](a.svg)\n";
        let r = render(md, 1, "", &UnderPath, RawHtml::Sanitise);
        for expected in [
            "href=\"/kb-site/articles/roles/\"",
            "href=\"/kb-site/tags/x/\"",
            "src=\"/kb-site/img/a.png\"",
            "href=\"//cdn.example.org/a\"",
            "href=\"https://example.org/b\"",
            "href=\"a.svg\"",
        ] {
            assert!(r.html.contains(expected), "{expected} in {}", r.html);
        }
    }

    #[test]
    fn headings_get_unique_hebrew_ids_and_a_toc() {
        let r = render(
            "# כותרת\n\n## מה זה ארגון שדרה?\n\n### שלב א\n\n## מה זה ארגון שדרה?\n",
            1,
            "",
            &Pages,
            RawHtml::Sanitise,
        );
        assert!(
            r.html.contains("<h2 id=\"מה-זה-ארגון-שדרה\">"),
            "{}",
            r.html
        );
        assert!(
            r.html.contains("<h2 id=\"מה-זה-ארגון-שדרה-1\">"),
            "{}",
            r.html
        );
        let ids: Vec<_> = r.toc.iter().map(|e| (e.level, e.id.as_str())).collect();
        assert_eq!(
            ids,
            [
                (2, "מה-זה-ארגון-שדרה"),
                (3, "שלב-א"),
                (2, "מה-זה-ארגון-שדרה-1")
            ]
        );
        assert_eq!(r.headings.len(), 4);
        // Each section starts where its heading's text is in the body text, with the same id.
        let sections: Vec<_> = r
            .sections
            .iter()
            .map(|s| (s.id.as_str(), &r.text[s.start..s.start + s.title.len()]))
            .collect();
        assert_eq!(
            sections,
            [
                ("כותרת", "כותרת"),
                ("מה-זה-ארגון-שדרה", "מה זה ארגון שדרה?"),
                ("שלב-א", "שלב א"),
                ("מה-זה-ארגון-שדרה-1", "מה זה ארגון שדרה?")
            ]
        );
    }

    #[test]
    fn repeated_ids_take_the_first_free_suffix() {
        let md = "## א\n\n## א-1 {#א-1}\n\n## א\n\n## א\n\n## ב {#א-3}\n\n## א\n\n## א-2\n";
        let r = render(md, 1, "", &Pages, RawHtml::Sanitise);
        let ids: Vec<&str> = r.toc.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["א", "א-1", "א-2", "א-3", "א-3-1", "א-4", "א-2-1"]);
    }

    #[test]
    fn internal_links_resolve_and_report_lines() {
        let md = "שורה\n\n[תפקידים](@/articles/roles.md#שלב-א) ו[שבור](@/articles/none.md)\n";
        let r = render(md, 5, "", &Pages, RawHtml::Sanitise);
        // pulldown-cmark percent-encodes non-ASCII in URLs; browsers match it to the Hebrew id.
        assert!(
            r.html
                .contains("href=\"/articles/roles/#%D7%A9%D7%9C%D7%91-%D7%90\""),
            "{}",
            r.html
        );
        assert!(r.html.contains("href=\"#\">שבור</a>"), "{}", r.html);
        assert_eq!(r.links.len(), 2);
        assert_eq!(
            (r.links[1].target.as_str(), r.links[1].line),
            ("articles/none.md", 7)
        );
    }

    #[test]
    fn tables_scroll_in_their_own_box_and_gfm_extensions_work() {
        let md = "| א | ב |\n|---|---|\n| 1 | 2 |\n\n- [x] בוצע\n- [ ] עוד לא\n\n~~מחוק~~ והערה[^1]\n\n[^1]: הערת שוליים\n\n| ג |\n|---|\n| 3 |\n";
        let r = render(md, 1, "", &Pages, RawHtml::Sanitise);
        assert!(r.html.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"טבלה 1\"><table>"), "{}", r.html);
        assert!(r.html.contains("</table>\n</div>"), "{}", r.html);
        assert!(r.html.contains("aria-label=\"טבלה 2\""), "{}", r.html);
        assert!(
            r.html
                .contains("<input type=\"checkbox\" disabled checked aria-label=\"בוצע\">")
        );
        assert!(
            r.html
                .contains("<input type=\"checkbox\" disabled aria-label=\"לא בוצע\">")
        );
        assert!(r.html.contains("<del>מחוק</del>"));
        assert!(r.html.contains("footnote"));
    }

    #[test]
    fn raw_html_passes_through_and_text_is_collected() {
        let r = render(
            "<aside>הערה</aside>\n\nפסקה **ראשונה**. משפט שני.\n",
            1,
            "",
            &Pages,
            RawHtml::Sanitise,
        );
        assert!(r.html.contains("<aside>הערה</aside>"));
        assert!(r.text.contains("פסקה ראשונה. משפט שני."));
        assert_eq!(r.summary, "פסקה ראשונה. משפט שני.");
    }

    #[test]
    fn a_video_address_alone_on_a_line_becomes_its_player() {
        let md = "פתיחה.\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ&t=5\n\n<https://vimeo.com/123456>\n\nראו https://youtu.be/dQw4w9WgXcQ בהמשך.\n\nhttps://example.org/watch?v=dQw4w9WgXcQ\n";
        let r = render(md, 1, "כותרת", &Pages, RawHtml::Sanitise);
        let youtube = Video::parse("https://youtu.be/dQw4w9WgXcQ").unwrap();
        let vimeo = Video::parse("https://vimeo.com/123456").unwrap();
        assert!(
            r.html.contains(&youtube.placeholder_html("כותרת")),
            "{}",
            r.html
        );
        assert!(
            r.html.contains(&vimeo.placeholder_html("כותרת")),
            "{}",
            r.html
        );
        assert!(
            r.html
                .contains("<p>ראו https://youtu.be/dQw4w9WgXcQ בהמשך.</p>")
        );
        assert!(
            r.html
                .contains("<p>https://example.org/watch?v=dQw4w9WgXcQ</p>")
        );
        assert_eq!(r.html.matches("<figure").count(), 2);
        assert_eq!(r.summary, "פתיחה.");
    }

    #[test]
    fn embeds_the_pages_would_block_are_reported_on_their_lines() {
        let md = "פסקה.\n\n<div>\n<iframe\n  src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>\n</div>\n\nטקסט <script>alert(1)</script> ועוד.\n";
        let r = render(md, 10, "", &Pages, RawHtml::Sanitise);
        let lines: Vec<usize> = r.blocked.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [13, 17], "{:?}", r.blocked);
    }

    #[test]
    fn raw_html_is_sanitised_and_what_went_is_reported_on_its_line() {
        let md = "פתיחה.\n\n<p onclick=\"steal()\">פסקה</p>\n\n[קישור](javascript:alert(1)) ו־![תמונה](data:image/png;base64,AAAA)\n\n## כותרת {#id .wide onclick=x}\n\n<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">\n\nסוף.\n\n<!-- לא נסגרת\n\nfooter\n";
        let r = render(md, 3, "", &Pages, RawHtml::Sanitise);
        for gone in ["onclick", "javascript:", "<meta", "evil.example", "footer"] {
            assert!(!r.html.contains(gone), "{gone} in {}", r.html);
        }
        assert!(
            r.html.contains("<h2 id=\"id\" class=\"wide\">כותרת</h2>"),
            "{}",
            r.html
        );
        assert!(
            r.html.contains("src=\"data:image/png;base64,AAAA\""),
            "{}",
            r.html
        );
        let found: Vec<(usize, &str)> = r
            .removed
            .iter()
            .map(|(line, taken)| (*line, taken.message.id()))
            .collect();
        assert_eq!(
            found,
            [
                (5, "html-removed-attribute"),
                (7, "markdown-removed-address"),
                (9, "heading-attributes-removed"),
                (11, "html-removed-tag"),
                (15, "html-unclosed-comment"),
            ]
        );
        let trusted = render(md, 3, "", &Pages, RawHtml::Trust);
        assert!(trusted.html.contains("onclick=\"steal()\""));
        assert!(trusted.removed.is_empty());
    }

    #[test]
    fn summaries_cut_at_a_sentence() {
        let long = format!("{} סוף. {}", "מילה ".repeat(30), "עוד ".repeat(50));
        let summary = summarise(&long);
        assert!(summary.ends_with("סוף."), "{summary}");
    }
}
