//! Embedded media: YouTube and Vimeo videos (from the `video` key or an address alone on a line
//! of the body), shown as a link until the reader asks for the privacy-friendly player; and raw
//! `<iframe>` / `<script>` tags in the body that the pages' Content-Security-Policy would block.

use crate::escape::escape_xml;
use crate::i18n::Text;
use crate::sanitise::{FRAME_HOSTS, RawHtml};
use crate::t;

/// An embedded video, played from the provider's privacy-friendly domain after a click.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Video {
    /// `youtube` or `vimeo`.
    pub provider: &'static str,
    /// The provider's id of the video.
    pub id: String,
    /// The player's address on the privacy-friendly domain, loaded only after a click.
    pub embed_url: String,
    /// The video's page on the provider's site, for the link shown before a click.
    pub watch_url: String,
}

impl Video {
    /// Reads a YouTube or Vimeo URL; `None` for anything else.
    pub fn parse(url: &str) -> Option<Video> {
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))?;
        let rest = rest.strip_prefix("www.").unwrap_or(rest);
        let (host, path) = rest.split_once('/')?;
        let youtube_id = match host {
            "youtube.com" | "m.youtube.com" | "youtube-nocookie.com" => path
                .strip_prefix("watch?")
                .and_then(|query| query.split('&').find_map(|pair| pair.strip_prefix("v=")))
                .or_else(|| path.strip_prefix("embed/"))
                .or_else(|| path.strip_prefix("shorts/")),
            "youtu.be" => Some(path),
            _ => None,
        };
        if let Some(id) = youtube_id {
            let id = id.split(['?', '&', '#', '/']).next()?;
            let valid = id.len() == 11
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            return valid.then(|| Video {
                provider: "youtube",
                id: id.to_string(),
                embed_url: format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"),
                watch_url: format!("https://www.youtube.com/watch?v={id}"),
            });
        }
        let id = match host {
            "vimeo.com" => path.split(['?', '#', '/']).next()?,
            "player.vimeo.com" => path.strip_prefix("video/")?.split(['?', '#', '/']).next()?,
            _ => return None,
        };
        (!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())).then(|| Video {
            provider: "vimeo",
            id: id.to_string(),
            embed_url: format!("https://player.vimeo.com/video/{id}?dnt=1&autoplay=1"),
            watch_url: format!("https://vimeo.com/{id}"),
        })
    }
}

impl Video {
    /// The placeholder the theme's script turns into the player on a click; without the script
    /// it is a link to the video. `title` names the player for screen readers.
    pub fn placeholder_html(&self, title: &str) -> String {
        let provider = match self.provider {
            "vimeo" => "Vimeo",
            _ => "YouTube",
        };
        format!(
            "<figure class=\"video\" data-kb-video data-embed=\"{}\" data-title=\"{}\">\n  <a class=\"video__load\" href=\"{}\">\n    <span class=\"video__play\" aria-hidden=\"true\"></span>\n    <span class=\"video__text\">\n      <span class=\"video__cta\">צפייה בסרטון</span>\n      <span class=\"video__note\">הנגן של <span lang=\"en\">{provider}</span> ייטען רק אחרי לחיצה</span>\n    </span>\n  </a>\n</figure>\n",
            escape_xml(&self.embed_url),
            escape_xml(&format!("סרטון: {title}")),
            escape_xml(&self.watch_url),
        )
    }
}

/// A raw tag in the body that the Content-Security-Policy would block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blocked {
    /// Byte offset of the tag in the scanned text.
    pub offset: usize,
    /// What is wrong, for the diagnostic.
    pub message: Text,
    /// What to do instead, for the diagnostic.
    pub hint: Text,
}

/// The `<iframe>` and `<script>` tags in `html` that the pages would not load: frames from
/// anywhere but the two video players, scripts written in the page or loaded from another host;
/// and, unless the site trusts its authors' HTML, scripts of the site itself, which would run.
pub fn blocked_tags(html: &str, raw_html: RawHtml) -> Vec<Blocked> {
    let lower = html.to_ascii_lowercase();
    let mut found = Vec::new();
    for name in ["iframe", "script"] {
        let open = format!("<{name}");
        let mut from = 0;
        while let Some(at) = lower[from..].find(&open).map(|at| at + from) {
            from = at + open.len();
            let after = lower[from..].chars().next();
            if !after.is_some_and(|c| c.is_ascii_whitespace() || c == '>' || c == '/') {
                continue;
            }
            let end = lower[from..].find('>').map_or(html.len(), |end| from + end);
            let src = attribute(&html[from..end], "src");
            let blocked = match name {
                "iframe" => frame_problem(src),
                _ => script_problem(src, attribute(&html[from..end], "type"), raw_html),
            };
            if let Some((message, hint)) = blocked {
                found.push(Blocked {
                    offset: at,
                    message,
                    hint,
                });
            }
        }
    }
    found.sort_by_key(|b| b.offset);
    found
}

fn frame_problem(src: Option<&str>) -> Option<(Text, Text)> {
    let src = src.unwrap_or("");
    if FRAME_HOSTS.iter().any(|host| src.starts_with(host)) {
        return None;
    }
    let message = if src.is_empty() {
        t!("iframe-blocked-inline")
    } else {
        t!("iframe-blocked", src = src)
    };
    let hint = match Video::parse(src) {
        Some(video) => t!("iframe-video-hint", url = &video.watch_url),
        None => t!("iframe-other-hint"),
    };
    Some((message, hint))
}

fn script_problem(
    src: Option<&str>,
    kind: Option<&str>,
    raw_html: RawHtml,
) -> Option<(Text, Text)> {
    // A data block (JSON-LD) is never run, so the policy lets it be.
    if src.is_none() && kind.is_some_and(|kind| kind.contains("json")) {
        return None;
    }
    let message = match src {
        None => t!("script-blocked-inline"),
        Some(src) if src.contains("//") => t!("script-blocked", src = src),
        Some(_) if raw_html == RawHtml::Trust => return None,
        Some(_) => t!("script-blocked-content"),
    };
    let hint = t!("script-blocked-hint");
    Some((message, hint))
}

/// The value of attribute `name` in the inside of a tag (`src="..."`, `src='...'`, `src=...`).
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(name).map(|at| at + from) {
        from = at + name.len();
        let starts_word = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = tag[from..].trim_start();
        let Some(value) = rest.strip_prefix('=').filter(|_| starts_word) else {
            continue;
        };
        let value = value.trim_start();
        return Some(match value.chars().next() {
            Some(quote @ ('"' | '\'')) => value[1..].split(quote).next().unwrap_or(""),
            _ => value
                .split(|c: char| c.is_ascii_whitespace() || c == '>')
                .next()
                .unwrap_or(""),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_video_urls() {
        let v = Video::parse("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10").unwrap();
        assert_eq!(
            v.embed_url,
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
        );
        assert_eq!(
            Video::parse("https://youtu.be/dQw4w9WgXcQ").unwrap().id,
            "dQw4w9WgXcQ"
        );
        assert_eq!(
            Video::parse("https://vimeo.com/123456").unwrap().provider,
            "vimeo"
        );
        assert_eq!(
            Video::parse("https://example.com/watch?v=dQw4w9WgXcQ"),
            None
        );
        assert_eq!(Video::parse("https://www.youtube.com/watch?v=short"), None);
    }

    #[test]
    fn frames_other_than_the_players_and_page_scripts_are_blocked() {
        let html = "<p>x</p>\n<IFRAME width=\"560\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?si=x\"></iframe>\n<iframe src='https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'></iframe><iframe src=https://maps.example.org/x></iframe><script>alert(1)</script><script src=\"/kb/extra.js\"></script><script type=\"application/ld+json\">{}</script><script src=\"https://cdn.example.org/w.js\"></script><scripts>";
        let trusted = blocked_tags(html, RawHtml::Trust);
        assert_eq!(trusted.len(), 4, "{trusted:?}");
        let found = blocked_tags(html, RawHtml::Sanitise);
        let offsets: Vec<usize> = found.iter().map(|b| b.offset).collect();
        assert_eq!(offsets.len(), 5, "{found:?}");
        assert_eq!(offsets[0], html.find("<IFRAME").unwrap());
        assert!(
            found[0]
                .hint
                .to_string()
                .ends_with("https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
            "{found:?}"
        );
        assert!(found[1].message.to_string().contains("maps.example.org"));
        assert!(found[2].message.to_string().contains("written in the page"));
        assert!(
            found[3]
                .message
                .to_string()
                .contains("no script into content")
        );
        assert!(found[4].message.to_string().contains("cdn.example.org"));
    }

    #[test]
    fn the_placeholder_escapes_the_title() {
        let video = Video::parse("https://vimeo.com/123456").unwrap();
        let html = video.placeholder_html("\"א\" <ב>");
        assert!(
            html.contains("data-title=\"סרטון: &quot;א&quot; &lt;ב&gt;\""),
            "{html}"
        );
        assert!(html.contains("href=\"https://vimeo.com/123456\""));
        assert!(html.contains("<span lang=\"en\">Vimeo</span>"));
    }
}
