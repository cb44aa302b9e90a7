//! A site published under a sub-path (a GitHub Pages project site): every internal URL in every
//! output file starts with the path, so the output works when served there.

mod common;

use common::{TestSite, snapshot};

const BASE: &str = "https://org.github.io/kb-site/";
const PATH: &str = "/kb-site/";

/// Every URL-like value in `text`: attribute values, CSS `url(...)`, sitemap and feed
/// entries, and the result URLs of the search index.
fn urls(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for (open, close) in [
        ("href=\"", '"'),
        ("src=\"", '"'),
        ("action=\"", '"'),
        ("content=\"", '"'),
        ("data-embed=\"", '"'),
        ("url(\"", '"'),
        ("url(", ')'),
        ("<loc>", '<'),
        ("<id>", '<'),
        ("\"u\":\"", '"'),
        ("Sitemap: ", '\n'),
    ] {
        let mut rest = text;
        while let Some(at) = rest.find(open) {
            rest = &rest[at + open.len()..];
            let end = rest.find(close).unwrap_or(rest.len());
            found.push(&rest[..end]);
        }
    }
    found
}

#[test]
fn every_internal_url_is_under_the_base_path() {
    let site = TestSite::copy_of("content-example");
    let run = site.build(&["--base-url", BASE]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (path, bytes) in snapshot(&site.out()) {
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        for url in urls(&text) {
            let site_path = url.starts_with('/') && !url.starts_with("//");
            let absolute = url.contains("org.github.io");
            if site_path || absolute {
                checked += 1;
                let good = if site_path {
                    url.starts_with(PATH)
                } else {
                    url.starts_with(BASE)
                };
                if !good {
                    wrong.push(format!("{}: {url}", path.display()));
                }
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "{} URLs outside {PATH}:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert!(checked > 2000, "only {checked} URLs checked");
    let page = site.read("articles/backbone-roles/index.html");
    for expected in [
        "href=\"/kb-site/kb/style.css\"",
        "src=\"/kb-site/kb/search.js\"",
        "href=\"/kb-site/kb/fonts/heebo-hebrew-wght-normal.woff2\"",
        "action=\"/kb-site/search/\"",
        "href=\"/kb-site/\"",
        "rel=\"canonical\" href=\"https://org.github.io/kb-site/articles/backbone-roles/\"",
    ] {
        assert!(page.contains(expected), "{expected}");
    }
    assert!(
        site.read("404.html")
            .contains("href=\"/kb-site/kb/style.css\"")
    );
    assert!(
        site.read("sitemap.xml")
            .contains("<loc>https://org.github.io/kb-site/tags/</loc>")
    );
}

#[test]
fn a_site_at_the_root_keeps_root_links() {
    let site = TestSite::copy_of("content-example");
    let run = site.build(&["--base-url", "https://kb.example.org/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("articles/backbone-roles/index.html");
    assert!(page.contains("href=\"/kb/style.css\""));
    assert!(page.contains("href=\"/articles/\""));
}
