//! Machine-read files: `sitemap.xml`, `atom.xml`, `robots.txt` and `_headers`, written directly
//! (not through templates) because their format is fixed and they must stay linear at 100,000
//! pages.

use std::fmt::Write;
use std::sync::Arc;

use crate::config::Config;
use crate::content::Library;
use crate::escape::{escape_xml, push_escaped};
use crate::markdown::Rendered;
use crate::output::OutputFile;
use crate::translations::Translations;

const FEED_ENTRIES: usize = 20;

/// The output paths of the files written here.
pub const FILES: [&str; 4] = ["sitemap.xml", "atom.xml", "robots.txt", HEADERS];

/// The response headers file of Netlify and Cloudflare Pages; a site's own `static/_headers`
/// comes first in it.
pub const HEADERS: &str = "_headers";

/// What every page may load: its own scripts, styles, pictures and fonts, and the two video
/// players' frames. The pages carry it in a `<meta>` (base.html, as `site.content_security_policy`);
/// `_headers` gives it to every file, so an `.svg` opened by itself runs no script either.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com; base-uri 'self'; form-action 'self'";

/// The sitemap: every listing path given, every item and every page outside the types, with
/// the date it last changed where there is one, and, on a site in several languages, each
/// page's translations (`xhtml:link` alternates).
pub fn sitemap(
    config: &Config,
    library: &Library,
    listing_paths: &[String],
    translations: &Translations,
) -> OutputFile {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"",
    );
    if !translations.is_empty() {
        xml.push_str(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
    }
    xml.push_str(">\n");
    // Written piece by piece: a format! per URL costs more than the rest of an edit's rebuild.
    let url = |xml: &mut String, path: &str| {
        xml.push_str("  <url><loc>");
        push_escaped(xml, &config.base_url);
        push_escaped(xml, path);
        xml.push_str("</loc>");
        for alternate in translations.alternates(path, &config.language) {
            if !alternate.url.is_empty() {
                xml.push_str("<xhtml:link rel=\"alternate\" hreflang=\"");
                push_escaped(xml, &alternate.code);
                xml.push_str("\" href=\"");
                push_escaped(xml, &alternate.url);
                xml.push_str("\"/>");
            }
        }
    };
    for path in listing_paths {
        url(&mut xml, path);
        xml.push_str("</url>\n");
    }
    for page in &library.pages {
        url(&mut xml, &page.url);
        let lastmod = page.updated.unwrap_or(page.date);
        let _ = writeln!(xml, "<lastmod>{lastmod}</lastmod></url>");
    }
    for page in &library.standalone {
        url(&mut xml, &page.url);
        match page.last_change() {
            Some(lastmod) => _ = writeln!(xml, "<lastmod>{lastmod}</lastmod></url>"),
            None => xml.push_str("</url>\n"),
        }
    }
    xml.push_str("</urlset>\n");
    OutputFile::markup("sitemap.xml".into(), xml.into_bytes())
}

/// What one Atom feed holds: the whole site's newest items (`/atom.xml`), or those of a tag
/// (`/tags/<key>/atom.xml`) or a type (`/<type>/atom.xml`).
pub struct Feed<'a> {
    /// The site path of the page the feed follows, `/` or `/tags/backbone/`: the feed is
    /// `atom.xml` in it.
    pub path: String,
    /// The feed's title.
    pub title: String,
    /// What it is about; may be empty.
    pub subtitle: &'a str,
    /// Its items' ids, newest first.
    pub ids: &'a [usize],
}

impl Feed<'_> {
    /// The output path of the feed: `tags/backbone/atom.xml`.
    pub fn output_path(&self) -> String {
        format!("{}atom.xml", self.path.trim_start_matches('/'))
    }
}

/// An Atom feed of the newest items of `feed`.
pub fn atom(
    config: &Config,
    library: &Library,
    bodies: &[Arc<Rendered>],
    feed: &Feed<'_>,
) -> OutputFile {
    let base = &config.base_url;
    let items = || feed.ids.iter().map(|&id| (&library.pages[id], &bodies[id]));
    // A feed with no items yet is dated by the site's newest item, so it stays valid Atom.
    let updated = items()
        .map(|(p, _)| p.updated.unwrap_or(p.date))
        .max()
        .or_else(|| {
            library
                .pages
                .iter()
                .map(|p| p.updated.unwrap_or(p.date))
                .max()
        });
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">",
        escape_xml(&config.language)
    );
    let _ = writeln!(xml, "  <title>{}</title>", escape_xml(&feed.title));
    if !feed.subtitle.is_empty() {
        let _ = writeln!(xml, "  <subtitle>{}</subtitle>", escape_xml(feed.subtitle));
    }
    let page = escape_xml(&format!("{base}{}", feed.path));
    let _ = writeln!(
        xml,
        "  <link href=\"{page}atom.xml\" rel=\"self\"/>\n  <link href=\"{page}\"/>\n  <id>{page}</id>"
    );
    if let Some(date) = updated {
        let _ = writeln!(xml, "  <updated>{date}T00:00:00Z</updated>");
    }
    // Atom asks for an author of the feed when an entry has none: the site.
    let _ = writeln!(
        xml,
        "  <author><name>{}</name></author>",
        escape_xml(&config.title)
    );
    for (page, body) in items().take(FEED_ENTRIES) {
        let url = escape_xml(&format!("{base}{}", page.url));
        let summary = page.summary.as_deref().unwrap_or(&body.summary);
        let _ = writeln!(
            xml,
            "  <entry>\n    <title>{}</title>\n    <link href=\"{url}\"/>\n    <id>{url}</id>",
            escape_xml(&page.title)
        );
        let _ = writeln!(
            xml,
            "    <published>{}T00:00:00Z</published>\n    <updated>{}T00:00:00Z</updated>",
            page.date,
            page.updated.unwrap_or(page.date)
        );
        for author in &page.authors {
            let _ = writeln!(
                xml,
                "    <author><name>{}</name></author>",
                escape_xml(author)
            );
        }
        let _ = writeln!(
            xml,
            "    <summary>{}</summary>\n  </entry>",
            escape_xml(summary)
        );
    }
    xml.push_str("</feed>\n");
    OutputFile::markup(feed.output_path(), xml.into_bytes())
}

/// `robots.txt`: allows everything and points to the sitemap.
pub fn robots(config: &Config) -> OutputFile {
    let mut text = format!(
        "User-agent: *\nAllow: /\nSitemap: {}/sitemap.xml\n",
        config.base_url
    );
    for language in &config.languages {
        let _ = writeln!(
            text,
            "Sitemap: {}/{}/sitemap.xml",
            config.base_url, language.code
        );
    }
    OutputFile {
        path: "robots.txt".into(),
        bytes: text.into_bytes(),
    }
}

/// `_headers`: the site's own rules (`static/_headers`), then the policy for every file, then
/// the browser editor's own (`admin`), which must come after the rule it replaces.
pub fn headers(site_rules: Option<&[u8]>, admin: Option<String>) -> OutputFile {
    let mut bytes = site_rules.map(<[u8]>::to_vec).unwrap_or_default();
    if !bytes.is_empty() && !bytes.ends_with(b"\n") {
        bytes.push(b'\n');
    }
    bytes.extend_from_slice(
        format!(
            "/*\n  Content-Security-Policy: {CONTENT_SECURITY_POLICY}\n  X-Content-Type-Options: nosniff\n"
        )
        .as_bytes(),
    );
    bytes.extend_from_slice(admin.unwrap_or_default().as_bytes());
    OutputFile {
        path: HEADERS.into(),
        bytes,
    }
}
