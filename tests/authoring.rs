//! What an author adds besides items: pages (`content/about.md`), menus, the accessibility
//! statement, videos and embeds in the body. The real binary on the `basic` fixture.

mod common;

use common::{TestSite, snapshot};

const ABOUT: &str = "+++\ntitle = \"מי אנחנו\"\nsummary = \"על המאגר ועל מי שכותבים בו.\"\n+++\n\nמאגר ידע של **הקואליציה**. ראו גם [תפקידים](@/articles/roles.md).\n\n## איך מצטרפים\n\nכותבים לנו.\n";

fn with_about() -> TestSite {
    let site = TestSite::fixture("basic");
    site.write("content/about.md", ABOUT);
    site.write(
        "content/articles/links-to-about.md",
        "+++\ntitle = \"קישור לעמוד\"\ndate = 2024-06-01\n+++\n\n[עלינו](@/about.md#איך-מצטרפים)\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

/// Every output file whose text contains `needle`.
fn files_containing(site: &TestSite, needle: &str) -> Vec<String> {
    snapshot(&site.out())
        .into_iter()
        .filter(|(_, bytes)| String::from_utf8_lossy(bytes).contains(needle))
        .map(|(path, _)| path.display().to_string())
        .collect()
}

#[test]
fn a_page_is_at_its_url_and_in_no_listing_or_feed() {
    let site = with_about();
    let page = site.read("about/index.html");
    assert!(page.contains("<h1><bdi>מי אנחנו</bdi></h1>"), "{page}");
    assert!(page.contains("<strong>הקואליציה</strong>"));
    assert!(page.contains("href=\"/articles/roles/\""));
    assert!(page.contains("<title>מי אנחנו | מאגר בדיקה</title>"));
    assert!(page.contains("content=\"על המאגר ועל מי שכותבים בו.\""));
    assert!(
        !page.contains("class=\"item__type\""),
        "a page has no type line"
    );
    let linking = site.read("articles/links-to-about/index.html");
    assert!(
        linking.contains(
            "href=\"/about/#%D7%90%D7%99%D7%9A-%D7%9E%D7%A6%D7%98%D7%A8%D7%A4%D7%99%D7%9D\""
        ),
        "{linking}"
    );
    // The title shows only on the page itself, the sitemap and in the search index.
    let mut found = files_containing(&site, "מי אנחנו");
    found.retain(|path| !path.starts_with("search/"));
    assert_eq!(found, ["about/index.html"]);
    assert!(
        site.read("sitemap.xml")
            .contains("<loc>https://test.example.org/about/</loc></url>")
    );
    assert!(
        !files_containing(&site, "\"u\":\"/about/\"").is_empty(),
        "the page is in the search index"
    );
}

#[test]
fn a_page_has_a_title_and_none_of_an_items_keys() {
    let site = TestSite::fixture("basic");
    site.write("content/nameless.md", "+++\nsummary = \"x\"\n+++\n");
    site.write(
        "content/tagged.md",
        "+++\ntitle = \"א\"\ntags = [\"backbone\"]\n+++\n",
    );
    site.write(
        "content/articles-page.md",
        "+++\ntitle = \"א\"\nslug = \"articles\"\n+++\n",
    );
    site.write("content/tags.md", "+++\ntitle = \"תגיות שלנו\"\n+++\n");
    site.write(
        "content/dated.md",
        "+++\ntitle = \"א\"\ndate = 2024-02-30\n+++\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for needle in [
        "content/nameless.md:2: the page has no title",
        "content/tagged.md:3: unknown field `tags`",
        "has no `tags`; to make it an item, move it to content/<type>/",
        "content/articles-page.md:3: the page would take /articles/",
        "content/tags.md:1: the page would take /tags/",
        "content/dated.md:3: invalid date",
        "5 problems found",
    ] {
        assert!(
            run.stderr.contains(needle),
            "`{needle}` in:\n{}",
            run.stderr
        );
    }
}

#[test]
fn a_broken_anchor_into_a_page_is_reported() {
    let site = TestSite::fixture("basic");
    site.write("content/about.md", ABOUT);
    site.write(
        "content/articles/bad-link.md",
        "+++\ntitle = \"א\"\ndate = 2024-06-01\n+++\n\n[x](@/about.md#איך-מצטרפות)\n\n[y](@/abot.md)\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("bad-link.md:6: broken anchor: @/about.md")
            && run.stderr.contains("did you mean `איך-מצטרפים`?"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean @/about.md?"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_sites_page_template_renders_its_pages() {
    let site = TestSite::fixture("basic");
    site.write("content/about.md", ABOUT);
    site.write(
        "templates/page.html",
        "{{ page_kind }}: {{ page.title }} {{ page.url }}",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(site.read("about/index.html"), "page: מי אנחנו /about/");
    assert!(run.stdout.contains(", 1 page ("), "{}", run.stdout);
}
