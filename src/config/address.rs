//! The addresses config.toml holds (`base_url`, `--base-url`, menu links, `[extra] og_image`),
//! checked the way a browser will read them: a backslash, a space or an invisible character
//! makes a browser go somewhere else than the text seems to say (`/\evil.example/` is another
//! site), so none is let through.

use crate::i18n::Text;
use crate::t;

/// Why `url` cannot be the site's own address (`base_url`), if it cannot: an `http(s)://`
/// address with a host, and a path of plain folders, without a query or a fragment.
pub fn base_url_problem(url: &str) -> Option<Text> {
    if let Some(why) = characters_problem(url) {
        return Some(why);
    }
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    if host.is_empty() || host.contains('@') {
        return Some(t!("url-why-host"));
    }
    if path.contains(['?', '#']) || host.contains(['?', '#']) {
        return Some(t!("url-why-query"));
    }
    if path
        .split('/')
        .any(|segment| segment == "." || segment == "..")
    {
        return Some(t!("url-why-dots"));
    }
    None
}

/// Why an address of a link cannot be used as written, if it cannot: a backslash, a space or
/// an invisible character in it.
pub fn characters_problem(url: &str) -> Option<Text> {
    let bad = url.chars().any(|c| {
        c == '\\' || c.is_whitespace() || c.is_control() || crate::hebrew::is_bidi_control(c)
    });
    bad.then(|| t!("url-why-chars"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sites_address_is_a_plain_folder() {
        for good in [
            "https://kb.example.org",
            "https://kb.example.org/",
            "https://org.github.io/kb-site/",
            "http://localhost:1111/a/b",
        ] {
            assert_eq!(base_url_problem(good), None, "{good}");
        }
        let why = |url: &str| base_url_problem(url).map(|t| t.id());
        assert_eq!(why("https://kb.example.org/?q=1"), Some("url-why-query"));
        assert_eq!(why("https://kb.example.org/#frag"), Some("url-why-query"));
        assert_eq!(why("https://kb.example.org/a b/"), Some("url-why-chars"));
        assert_eq!(why("https://kb.example.org/a/../b/"), Some("url-why-dots"));
        assert_eq!(
            why("https://kb.example.org\\@evil.example/"),
            Some("url-why-chars")
        );
        assert_eq!(why("https://user@evil.example/"), Some("url-why-host"));
        assert_eq!(why("https:///x"), Some("url-why-host"));
        assert_eq!(
            why("kb.example.org"),
            None,
            "not absolute: reported on its own"
        );
    }
}
