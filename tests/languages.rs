//! A site in several languages: translations beside their originals, each language's pages
//! under `/<code>/` with its own `lang`/`dir`, hreflang links, a switcher that leads to the same
//! page where it exists, per-language listings, tag pages, feeds and sitemaps.

mod common;

use common::TestSite;

const CONFIG: &str = r#"title = "ידע"
base_url = "https://kb.example.org/"

[types.articles]
name = "מאמר"
plural = "מאמרים"

[tags.trust]
name = "אמון"

[tags.only-ar]
name = "רק בערבית"

[tags.fruit]
name = "פרי"

[accessibility]
organization = "עמותה"
coordinator = "דנה"
email = "a@example.org"
last_review = 2025-01-01

[languages.ar]
title = "معرفة"

[languages.ar.types.articles]
name = "مقال"
plural = "مقالات"

[languages.ar.tags.trust]
name = "الثقة"

[languages.ar.tags.only-ar]
name = "بالعربية فقط"

[languages.en]
title = "Knowledge"

[languages.en.tags.trust]
name = "Trust"

[languages.en.tags.fruit]
name = "banana"
"#;

fn item(title: &str, tags: &str, body: &str) -> String {
    format!("+++\ntitle = \"{title}\"\ndate = 2024-03-01\ntags = [{tags}]\n+++\n\n{body}\n")
}

/// A site with one article in three languages, one only in Hebrew, and one in Arabic tagged
/// with a tag no Hebrew item has.
fn site(config: &str) -> TestSite {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    let site = TestSite { tmp, dir };
    site.write("config.toml", config);
    site.write(
        "content/articles/shared.md",
        item("אמון", "\"trust\"", "על [הבית](@/about.md)."),
    );
    site.write(
        "content/articles/shared.ar.md",
        item("الثقة", "\"trust\"", "عن [البيت](@/about.md)."),
    );
    site.write(
        "content/articles/shared.en.md",
        item("Trust", "\"trust\"", "Trust is built."),
    );
    site.write(
        "content/articles/hebrew-only.md",
        item("רק עברית", "", "גוף."),
    );
    site.write(
        "content/articles/arabic-tag/index.md",
        item("עם תגית", "", "גוף."),
    );
    site.write(
        "content/articles/arabic-tag/index.ar.md",
        item("مع وسم", "\"only-ar\"", "![صورة](pic.svg)"),
    );
    site.write(
        "content/articles/arabic-tag/pic.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write(
        "content/about.md",
        "+++\ntitle = \"אודות\"\n+++\n\nאנחנו.\n",
    );
    site.write(
        "content/about.ar.md",
        "+++\ntitle = \"من نحن\"\n+++\n\nنحن.\n",
    );
    site
}

fn built() -> TestSite {
    let site = site(CONFIG);
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

fn html_tag(page: &str) -> &str {
    let start = page.find("<html").unwrap();
    &page[start..start + page[start..].find('>').unwrap() + 1]
}

/// The `href` of the switcher's link to `code`.
fn switcher_href<'p>(page: &'p str, code: &str) -> &'p str {
    let nav = &page[page.find("class=\"lang-switch\"").expect("a switcher")..];
    let link = &nav[nav.find(&format!("lang=\"{code}\"")).unwrap()..];
    let before = &nav[..nav.len() - link.len()];
    let href = &before[before.rfind("href=\"").unwrap() + 6..];
    &href[..href.find('"').unwrap()]
}

#[test]
fn every_page_kind_is_in_each_language_with_its_lang_and_dir() {
    let site = built();
    let kinds = [
        "index.html",
        "articles/index.html",
        "articles/shared/index.html",
        "tags/index.html",
        "tags/trust/index.html",
        "search/index.html",
        "404.html",
        "accessibility/index.html",
        "about/index.html",
    ];
    for (prefix, lang, dir) in [
        ("", "he", "rtl"),
        ("ar/", "ar", "rtl"),
        ("en/", "en", "ltr"),
    ] {
        for kind in kinds {
            if prefix == "en/" && kind == "about/index.html" {
                continue;
            }
            let page = site.read(&format!("{prefix}{kind}"));
            let tag = html_tag(&page);
            assert!(
                tag.contains(&format!("lang=\"{lang}\" dir=\"{dir}\"")),
                "{prefix}{kind}: {tag}"
            );
            assert!(page.contains("class=\"lang-switch\""), "{prefix}{kind}");
        }
        for feed in ["atom.xml", "sitemap.xml", "articles/atom.xml"] {
            assert!(
                site.out().join(format!("{prefix}{feed}")).is_file(),
                "{prefix}{feed}"
            );
        }
    }
    // The theme's words are the page's language's, and its files are at the site's root once.
    let ar = site.read("ar/index.html");
    assert!(ar.contains("تخطَّ إلى المحتوى الرئيسي"), "{ar}");
    assert!(ar.contains("href=\"/kb/style.css\""));
    assert!(
        site.read("en/search/index.html")
            .contains("Search the knowledge base")
    );
    assert!(!site.out().join("ar/kb").exists());
    assert!(!site.out().join("ar/robots.txt").exists());
    assert!(
        site.out().join("ar/search").is_dir(),
        "a search index per language"
    );
    // Tag names in the alphabetical order of the page's language (not code points: T < b).
    let tags = site.read("en/tags/index.html");
    assert!(
        tags.find("banana").unwrap() < tags.find("Trust").unwrap(),
        "{tags}"
    );
    // The Arabic pages preload the Arabic font.
    assert!(ar.contains("/kb/fonts/ibm-plex-sans-arabic-arabic-400-normal.woff2"));
    assert!(
        site.out()
            .join("kb/fonts/ibm-plex-sans-arabic-arabic-400-normal.woff2")
            .is_file()
    );
    // Dates in the language of the page.
    let card = site.read("ar/articles/index.html");
    assert!(card.contains("1 مارس 2024"), "{card}");
}

#[test]
fn hreflang_and_the_switcher_lead_to_each_translation() {
    let site = built();
    let page = site.read("articles/shared/index.html");
    for (code, url) in [
        ("he", "https://kb.example.org/articles/shared/"),
        ("x-default", "https://kb.example.org/articles/shared/"),
        ("ar", "https://kb.example.org/ar/articles/shared/"),
        ("en", "https://kb.example.org/en/articles/shared/"),
    ] {
        let link = format!("<link rel=\"alternate\" hreflang=\"{code}\" href=\"{url}\">");
        assert!(page.contains(&link), "{link}");
    }
    assert_eq!(switcher_href(&page, "ar"), "/ar/articles/shared/");
    assert_eq!(
        switcher_href(&site.read("en/articles/shared/index.html"), "he"),
        "/articles/shared/"
    );
    // A link to a page that has a translation leads to the translation.
    let ar = site.read("ar/articles/shared/index.html");
    assert!(ar.contains("href=\"/ar/about/\""), "{ar}");
}

#[test]
fn an_item_without_a_translation_switches_to_the_languages_home() {
    let site = built();
    let page = site.read("articles/hebrew-only/index.html");
    assert_eq!(switcher_href(&page, "ar"), "/ar/");
    assert_eq!(switcher_href(&page, "en"), "/en/");
    assert!(
        !page.contains("hreflang=\"ar\" href"),
        "no alternate that does not exist"
    );
    assert!(!site.out().join("ar/articles/hebrew-only").exists());
    assert!(!site.read("ar/articles/index.html").contains("hebrew-only"));
    // The sitemap lists the alternates that exist.
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
    assert!(sitemap.contains("<loc>https://kb.example.org/articles/shared/</loc><xhtml:link rel=\"alternate\" hreflang=\"he\" href=\"https://kb.example.org/articles/shared/\"/><xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"https://kb.example.org/ar/articles/shared/\"/>"), "{sitemap}");
    assert!(sitemap.contains("<loc>https://kb.example.org/articles/hebrew-only/</loc><xhtml:link rel=\"alternate\" hreflang=\"he\" href=\"https://kb.example.org/articles/hebrew-only/\"/><lastmod>"), "{sitemap}");
}

#[test]
fn a_tag_used_only_in_arabic_lists_its_arabic_items() {
    let site = built();
    let ar = site.read("ar/tags/only-ar/index.html");
    assert!(ar.contains("مع وسم"), "{ar}");
    assert!(ar.contains("بالعربية فقط"));
    let he = site.read("tags/only-ar/index.html");
    assert!(
        !he.contains("עם תגית"),
        "the Hebrew original has no such tag"
    );
    // The bundle's picture is beside its Arabic page too, and no page source is copied.
    assert!(site.out().join("ar/articles/arabic-tag/pic.svg").is_file());
    assert!(!site.out().join("articles/arabic-tag/index.ar.md").exists());
    assert!(!site.out().join("ar/articles/arabic-tag/index.md").exists());
}

#[test]
fn a_language_under_a_sub_path_keeps_every_link_under_it() {
    let site = built();
    let run = site.build(&["--base-url", "https://org.github.io/kb-site/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("ar/articles/shared/index.html");
    assert!(page.contains("data-kb-base=\"/kb-site/ar\""));
    assert!(page.contains("href=\"/kb-site/kb/style.css\""));
    assert_eq!(switcher_href(&page, "he"), "/kb-site/articles/shared/");
    assert!(
        page.contains("hreflang=\"en\" href=\"https://org.github.io/kb-site/en/articles/shared/\"")
    );
}

#[test]
fn a_site_in_one_language_has_no_switcher_nor_alternates() {
    let site = TestSite::fixture("basic");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("index.html");
    assert!(!page.contains("hreflang"));
    assert!(!page.contains("lang-switch"));
    assert!(!page.contains("data-kb-base"));
    assert!(!site.read("sitemap.xml").contains("xhtml"));
}

#[test]
fn a_language_table_names_only_the_sites_types_and_tags() {
    let site = site(&format!(
        "{CONFIG}\n[languages.ar.tags.nosuch]\nname = \"x\"\n[languages.he]\ntitle = \"x\"\n"
    ));
    let run = site.build(&[]);
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("the tag `nosuch`"), "{}", run.stderr);
    assert!(run.stderr.contains("[languages.he]"), "{}", run.stderr);
}
