//! Old addresses that keep working (`aliases`): a small page at each alias that sends a browser
//! on and tells search engines where the page now is, and `_redirects`, the same moves as rules
//! Netlify and Cloudflare Pages answer with a real 301. Neither is in the sitemap, the feed or
//! search: an alias is not a page of the site.

use std::path::Path;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use crate::config::Config;
use crate::content::{Alias, Library};
use crate::escape::escape_xml;
use crate::output::OutputFile;

/// The redirect rules file of Netlify and Cloudflare Pages; a site's own `static/_redirects`
/// comes first in it (the first matching rule wins there).
pub const REDIRECTS: &str = "_redirects";

/// What `_redirects` percent-encodes in a path: controls, spaces and every non-ASCII byte.
const RULE_PATH: &AsciiSet = &CONTROLS.add(b' ').add(b'#').add(b'%').add(b'?');

/// One alias and the page it leads to.
pub struct Redirect<'a> {
    /// The old address.
    pub alias: &'a Alias,
    /// The page's URL, without the base path: `/articles/x/`.
    pub url: &'a str,
    /// The page's title, the text of the visible link.
    pub title: &'a str,
    /// The file whose front matter names the alias.
    pub source: &'a Path,
}

/// Every alias of the published items and pages, in the order of their old addresses.
pub fn all(library: &Library) -> Vec<Redirect<'_>> {
    let items = library
        .pages
        .iter()
        .map(|p| (&p.aliases, &p.url, &p.title, &p.source));
    let pages = library
        .standalone
        .iter()
        .map(|p| (&p.aliases, &p.url, &p.title, &p.source));
    let mut redirects: Vec<Redirect<'_>> = items
        .chain(pages)
        .flat_map(|(aliases, url, title, source)| {
            aliases.iter().map(move |alias| Redirect {
                alias,
                url,
                title,
                source,
            })
        })
        .collect();
    redirects.sort_by(|a, b| a.alias.path.cmp(&b.alias.path));
    redirects
}

/// A redirect page per alias, and `_redirects` when there is a rule to write (the site's own
/// or an alias).
pub fn files(config: &Config, library: &Library, site_rules: Option<&[u8]>) -> Vec<OutputFile> {
    let redirects = all(library);
    let mut files: Vec<OutputFile> = redirects.iter().map(|r| page(config, r)).collect();
    if !redirects.is_empty() || site_rules.is_some() {
        files.push(rules(config, &redirects, site_rules));
    }
    files
}

/// The page at an old address: refresh at once, canonical to the new one, not indexed, and a
/// link for a browser that does not follow the refresh.
fn page(config: &Config, redirect: &Redirect<'_>) -> OutputFile {
    let target = escape_xml(&format!("{}{}", config.base_path(), redirect.url));
    let canonical = escape_xml(&format!("{}{}", config.base_url, redirect.url));
    let title = escape_xml(redirect.title);
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title}</title>\n<meta name=\"robots\" content=\"noindex\">\n\
         <link rel=\"canonical\" href=\"{canonical}\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={target}\">\n</head>\n\
         <body>\n<p><a href=\"{target}\">{title}</a></p>\n</body>\n</html>\n",
        lang = escape_xml(&config.language),
        dir = config.dir(),
    );
    OutputFile::markup(redirect.alias.file.clone(), html.into_bytes())
}

/// `_redirects`: the site's own rules, then `old new 301` per alias, under the base path.
fn rules(config: &Config, redirects: &[Redirect<'_>], site_rules: Option<&[u8]>) -> OutputFile {
    let mut bytes = site_rules.map(<[u8]>::to_vec).unwrap_or_default();
    if !bytes.is_empty() && !bytes.ends_with(b"\n") {
        bytes.push(b'\n');
    }
    let base = config.base_path();
    for redirect in redirects {
        let from = utf8_percent_encode(&redirect.alias.path, RULE_PATH);
        let to = utf8_percent_encode(redirect.url, RULE_PATH);
        bytes.extend_from_slice(format!("{base}{from} {base}{to} 301\n").as_bytes());
    }
    OutputFile {
        path: REDIRECTS.into(),
        bytes,
    }
}
