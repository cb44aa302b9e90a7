//! Reading a WordPress export (WXR 1.0–1.2, an RSS file with `wp:` elements) into plain
//! records: the channel, authors, terms and every `<item>` with its post meta. Nothing is
//! interpreted here; a file that is not an export, or broken XML, is an error with its line.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::i18n::Text;
use crate::t;

/// The export, as written.
#[derive(Debug, Default)]
pub struct Export {
    /// `<title>` of the channel.
    pub title: String,
    /// `<link>` of the channel: the site's address.
    pub link: String,
    /// `<description>` of the channel.
    pub description: String,
    /// `<language>`, e.g. `he-IL`.
    pub language: String,
    /// `wp:wxr_version`.
    pub version: String,
    /// (login, display name) of each `wp:author`.
    pub authors: Vec<(String, String)>,
    /// Categories, tags and other taxonomies' terms declared in the channel.
    pub terms: Vec<Term>,
    /// Every `<item>`: posts, pages, attachments, menu items...
    pub items: Vec<Item>,
}

/// A term of a taxonomy (`category`, `post_tag`, `nav_menu`...).
#[derive(Debug, Default, Clone)]
pub struct Term {
    /// `wp:term_id`.
    pub id: u64,
    /// `category`, `post_tag`, or the `wp:term_taxonomy`.
    pub taxonomy: String,
    /// The slug, as stored (often percent-encoded Hebrew).
    pub slug: String,
    /// The name readers see.
    pub name: String,
    /// Its description.
    pub description: String,
}

/// An `<item>` of the export.
#[derive(Debug, Default, Clone)]
pub struct Item {
    /// 1-based line of `<item>` in the export, for messages.
    pub line: usize,
    /// `wp:post_id`.
    pub id: u64,
    /// `<title>`.
    pub title: String,
    /// `<link>`: the permalink.
    pub link: String,
    /// `<guid>`: often `https://site/?p=ID`.
    pub guid: String,
    /// `dc:creator`: the author's login.
    pub creator: String,
    /// `content:encoded`: the body's HTML.
    pub content: String,
    /// `excerpt:encoded`.
    pub excerpt: String,
    /// `wp:post_date`, `YYYY-MM-DD HH:MM:SS`.
    pub date: String,
    /// `wp:post_modified`.
    pub modified: String,
    /// `wp:post_name`: the slug, percent-encoded.
    pub slug: String,
    /// `wp:status`: publish, draft, pending, private, future, trash, auto-draft, inherit.
    pub status: String,
    /// `wp:post_type`: post, page, attachment, nav_menu_item, or a custom type.
    pub post_type: String,
    /// `wp:post_parent`.
    pub parent: u64,
    /// `wp:menu_order`.
    pub menu_order: i64,
    /// `wp:post_password`: a post only readers with the password could open.
    pub password: String,
    /// `wp:attachment_url`, for attachments.
    pub attachment_url: String,
    /// (domain, nicename, name) of each `<category>`.
    pub terms: Vec<(String, String, String)>,
    /// (key, value) of each `wp:postmeta`.
    pub meta: Vec<(String, String)>,
    /// How many `wp:comment`s it has.
    pub comments: usize,
}

impl Item {
    /// The value of a post meta key.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Why an export cannot be read: the message and its 1-based line.
#[derive(Debug)]
pub struct ReadError {
    /// The line where reading stopped.
    pub line: usize,
    /// What is wrong.
    pub message: Text,
}

/// Reads an export file's text.
pub fn parse(text: &str) -> Result<Export, ReadError> {
    let mut reader = Reader::from_str(text);
    let mut state = Reading::default();
    // Lines counted as the reader moves on: counting from the start at each item would make
    // a 5,000-post export quadratic.
    let (mut counted_to, mut line) = (0, 1);
    loop {
        let at = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|err| ReadError {
            line: crate::diagnostics::line_of(text, reader.error_position() as usize),
            message: t!("import-broken-xml", error = err.to_string()),
        })?;
        match event {
            Event::Start(start) => {
                line += newlines(&text.as_bytes()[counted_to..at]);
                counted_to = at;
                state.start(&start, line);
            }
            Event::End(_) => state.end(),
            Event::Text(chunk) => state.value.push_str(&chunk.xml10_content()),
            Event::CData(chunk) => state.value.push_str(&chunk.xml10_content()),
            Event::GeneralRef(reference) => {
                let name = reference.xml10_content();
                match reference
                    .resolve_char_ref()
                    .ok()
                    .flatten()
                    .or_else(|| named_entity(&name))
                {
                    Some(c) => state.value.push(c),
                    None => state.value.push_str(&format!("&{name};")),
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !state.saw_rss || state.export.version.is_empty() {
        return Err(ReadError {
            line: 1,
            message: t!("import-not-wordpress"),
        });
    }
    Ok(state.export)
}

/// What the reader has seen so far: the export, the open elements and the record being read.
#[derive(Default)]
struct Reading {
    export: Export,
    path: Vec<String>,
    value: String,
    item: Option<Item>,
    term: Term,
    author: (String, String),
    meta: (String, String),
    saw_rss: bool,
}

impl Reading {
    /// An element opens on `line`.
    fn start(&mut self, start: &BytesStart<'_>, line: usize) {
        let name = name_of(start);
        if self.path.is_empty() {
            self.saw_rss = name == "rss";
        }
        if name == "item" && self.path.len() == 2 {
            self.item = Some(Item {
                line,
                ..Item::default()
            });
        }
        if name == "category"
            && let Some(item) = self.item.as_mut()
        {
            let attr = |key: &str| {
                start
                    .try_get_attribute(key)
                    .ok()
                    .flatten()
                    .and_then(|a| {
                        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .ok()
                            .map(|v| v.into_owned())
                    })
                    .unwrap_or_default()
            };
            item.terms
                .push((attr("domain"), attr("nicename"), String::new()));
        }
        self.path.push(name);
        self.value.clear();
    }

    /// The innermost open element closes: its text goes where its place says.
    fn end(&mut self) {
        let name = self.path.pop().unwrap_or_default();
        let parent = self.path.last().map(String::as_str).unwrap_or("");
        let text = std::mem::take(&mut self.value);
        match (parent, name.as_str()) {
            ("channel", "item") => self.export.items.extend(self.item.take()),
            ("wp:postmeta", "wp:meta_key") => self.meta.0 = text,
            ("wp:postmeta", "wp:meta_value") => self.meta.1 = text,
            (_, "wp:postmeta") => {
                if let Some(item) = self.item.as_mut() {
                    item.meta.push(std::mem::take(&mut self.meta));
                }
            }
            (_, "wp:comment") => {
                if let Some(item) = self.item.as_mut() {
                    item.comments += 1;
                }
            }
            ("item", _) => {
                if let Some(item) = self.item.as_mut() {
                    item_field(item, &name, text);
                }
            }
            ("wp:author", "wp:author_login") => self.author.0 = text,
            ("wp:author", "wp:author_display_name") => self.author.1 = text,
            ("channel", "wp:author") => {
                let author = std::mem::take(&mut self.author);
                self.export.authors.push(author);
            }
            ("channel", "wp:category" | "wp:tag" | "wp:term") => {
                let mut term = std::mem::take(&mut self.term);
                match name.as_str() {
                    "wp:category" => term.taxonomy = "category".into(),
                    "wp:tag" => term.taxonomy = "post_tag".into(),
                    _ => {}
                }
                self.export.terms.push(term);
            }
            ("wp:category" | "wp:tag" | "wp:term", field) => {
                term_field(&mut self.term, field, text)
            }
            ("channel", field) => channel_field(&mut self.export, field, text),
            _ => {}
        }
    }
}

fn newlines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

fn name_of(start: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(start.name().as_ref().as_bytes()).into_owned()
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => return None,
    })
}

fn channel_field(export: &mut Export, field: &str, text: String) {
    match field {
        "title" => export.title = text,
        "link" => export.link = text,
        "description" => export.description = text,
        "language" => export.language = text,
        "wp:wxr_version" => export.version = text,
        "wp:base_site_url" if export.link.is_empty() => export.link = text,
        _ => {}
    }
}

fn term_field(term: &mut Term, field: &str, text: String) {
    match field {
        "wp:category_nicename" | "wp:tag_slug" | "wp:term_slug" => term.slug = text,
        "wp:cat_name" | "wp:tag_name" | "wp:term_name" => term.name = text,
        "wp:category_description" | "wp:tag_description" | "wp:term_description" => {
            term.description = text
        }
        "wp:term_taxonomy" => term.taxonomy = text,
        "wp:term_id" => term.id = text.trim().parse().unwrap_or(0),
        _ => {}
    }
}

fn item_field(item: &mut Item, field: &str, text: String) {
    match field {
        "title" => item.title = text,
        "link" => item.link = text,
        "guid" => item.guid = text,
        "dc:creator" => item.creator = text,
        "content:encoded" => item.content = text,
        "excerpt:encoded" => item.excerpt = text,
        "wp:post_id" => item.id = text.trim().parse().unwrap_or(0),
        "wp:post_date" => item.date = text,
        "wp:post_modified" => item.modified = text,
        "wp:post_name" => item.slug = text,
        "wp:status" => item.status = text,
        "wp:post_type" => item.post_type = text,
        "wp:post_parent" => item.parent = text.trim().parse().unwrap_or(0),
        "wp:menu_order" => item.menu_order = text.trim().parse().unwrap_or(0),
        "wp:attachment_url" => item.attachment_url = text,
        "wp:post_password" => item.password = text,
        "category" => {
            if let Some(last) = item.terms.last_mut() {
                last.2 = text;
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPORT: &str = r#"<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>מרכז ידע</title>
  <link>https://example.org</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:author><wp:author_login><![CDATA[dana]]></wp:author_login><wp:author_display_name><![CDATA[דנה לוי]]></wp:author_display_name></wp:author>
  <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename><![CDATA[%d7%9b%d7%9c%d7%99%d7%9d]]></wp:category_nicename><wp:cat_name><![CDATA[כלים]]></wp:cat_name></wp:category>
  <item>
    <title>א &amp; ב</title>
    <dc:creator><![CDATA[dana]]></dc:creator>
    <content:encoded><![CDATA[<p>גוף</p>]]></content:encoded>
    <wp:post_id>12</wp:post_id>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <category domain="category" nicename="%d7%9b%d7%9c%d7%99%d7%9d"><![CDATA[כלים]]></category>
    <wp:postmeta><wp:meta_key><![CDATA[footnotes]]></wp:meta_key><wp:meta_value><![CDATA[[]]]></wp:meta_value></wp:postmeta>
    <wp:comment><wp:comment_id>1</wp:comment_id></wp:comment>
  </item>
</channel>
</rss>
"#;

    #[test]
    fn reads_channel_terms_and_items() {
        let export = parse(EXPORT).unwrap();
        assert_eq!(export.title, "מרכז ידע");
        assert_eq!(export.authors, [("dana".into(), "דנה לוי".into())]);
        assert_eq!(export.terms[0].name, "כלים");
        assert_eq!(export.terms[0].taxonomy, "category");
        let item = &export.items[0];
        assert_eq!((item.id, item.title.as_str(), item.line), (12, "א & ב", 9));
        assert_eq!(item.content, "<p>גוף</p>");
        assert_eq!(item.terms[0].2, "כלים");
        assert_eq!(item.meta("footnotes"), Some("[]"));
        assert_eq!(item.comments, 1);
    }

    #[test]
    fn other_files_and_broken_xml_are_errors_with_a_line() {
        let err = parse("<rss><channel><title>x</title></channel></rss>").unwrap_err();
        assert_eq!((err.line, err.message.id()), (1, "import-not-wordpress"));
        let broken = EXPORT.replace("</wp:post_id>", "</wp:post>");
        let err = parse(&broken).unwrap_err();
        assert_eq!((err.line, err.message.id()), (13, "import-broken-xml"));
    }
}
