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
        "content/tagged.md:3:1: `tags` is not a known key",
        "has no `tags`; to make it an item, move it to content/<type>/",
        "content/articles-page.md:3: the page would take /articles/",
        "content/tags.md:1: the page would take /tags/",
        "content/dated.md:3:8: `date` is not a real date: 2024-02-30",
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

/// The basic fixture's config.toml with `more` appended.
fn with_config(more: &str) -> TestSite {
    let site = TestSite::fixture("basic");
    let config = std::fs::read_to_string(site.dir.join("config.toml")).unwrap();
    site.write("config.toml", format!("{config}\n{more}"));
    site
}

const MENUS: &str = "[[menu.main]]\nname = \"מאמרים\"\nurl = \"/articles/\"\n\n[[menu.main]]\nname = \"מי אנחנו\"\nurl = \"@/about.md#איך-מצטרפים\"\n\n[[menu.footer]]\nname = \"האתר הראשי\"\nurl = \"https://coalition.example.org\"\n";

#[test]
fn menus_come_from_config_and_their_links_are_checked() {
    let site = with_config(MENUS);
    site.write("content/about.md", ABOUT);
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let home = site.read("index.html");
    let nav = &home[home.find("class=\"site-nav\"").unwrap()..home.find("</nav>").unwrap()];
    assert!(nav.contains("<a href=\"/articles/\">מאמרים</a>"), "{nav}");
    assert!(
        nav.contains("<a href=\"/about/#איך-מצטרפים\">מי אנחנו</a>"),
        "{nav}"
    );
    assert!(
        !nav.contains("תגיות"),
        "the menu replaces the default links: {nav}"
    );
    let footer = &home[home.find("site-footer__links").unwrap()..];
    assert!(footer.contains("<a href=\"https://coalition.example.org\">האתר הראשי</a>"));
    assert!(!footer.contains("כל התגיות"), "{footer}");
    assert!(
        site.read("articles/index.html")
            .contains("<a href=\"/articles/\" aria-current=\"page\">מאמרים</a>")
    );

    let site = with_config(&MENUS.replace("@/about.md#איך-מצטרפים", "@/abuot.md"));
    site.write("content/about.md", ABOUT);
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let line = std::fs::read_to_string(site.dir.join("config.toml"))
        .unwrap()
        .lines()
        .position(|l| l.contains("@/abuot.md"))
        .unwrap()
        + 1;
    assert!(
        run.stderr.contains(&format!(
            "config.toml:{line}: broken link: @/abuot.md does not exist"
        )) && run.stderr.contains("did you mean @/about.md?"),
        "{}",
        run.stderr
    );

    let site = with_config("[[menu.footer]]\nname = \"x\"\nurl = \"about.md\"\n");
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the menu link `about.md` leads nowhere"),
        "{}",
        run.stderr
    );
}

#[test]
fn without_a_main_menu_the_header_lists_the_types_and_tags() {
    let site = TestSite::fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let home = site.read("index.html");
    let nav = &home[home.find("class=\"site-nav\"").unwrap()..home.find("</nav>").unwrap()];
    for link in [
        "/articles/\">מאמרים",
        "/tools/\">כלים",
        "/cases/\">מקרי בוחן",
        "/tags/\">תגיות",
    ] {
        assert!(nav.contains(link), "{link} in {nav}");
    }
}

const STATEMENT: &str = "[accessibility]\norganization = \"עמותת הבדיקות\"\ncoordinator = \"דנה רכזת\"\nphone = \"03-5550000\"\nemail = \"access@test.example.org\"\nlast_review = 2025-03-04\nlimitations = [\"סרטון ההדרכה עדיין בלי כתוביות.\"]\nphysical_arrangements = \"המשרד בקומת הקרקע, עם חניית נכים.\"\n";

#[test]
fn the_accessibility_statement_says_what_config_gives_it() {
    let site = with_config(STATEMENT);
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    let statement = site.read("accessibility/index.html");
    for expected in [
        "<title>הצהרת נגישות | מאגר בדיקה</title>",
        "<h1>הצהרת נגישות</h1>",
        "<bdi>עמותת הבדיקות</bdi> רואה חשיבות רבה",
        "התשע״ג–2013",
        "<bdi>ת״י 5568 ברמה AA</bdi>",
        "דלגו לתוכן הראשי״",
        "<bdi>דנה רכזת</bdi>",
        "href=\"tel:03-5550000\"",
        "href=\"mailto:access@test.example.org\"",
        "<li>סרטון ההדרכה עדיין בלי כתוביות.</li>",
        "המשרד בקומת הקרקע, עם חניית נכים.",
        "<time datetime=\"2025-03-04\">4 במרץ 2025</time>",
    ] {
        assert!(statement.contains(expected), "{expected} in {statement}");
    }
    for page in [
        "index.html",
        "articles/roles/index.html",
        "404.html",
        "tags/index.html",
    ] {
        assert!(
            site.read(page)
                .contains("<a href=\"/accessibility/\">הצהרת נגישות</a>"),
            "footer link on {page}"
        );
    }
    assert!(
        site.read("sitemap.xml")
            .contains("<loc>https://test.example.org/accessibility/</loc>")
    );
}

#[test]
fn content_accessibility_md_replaces_the_text_and_keeps_the_url_and_link() {
    let site = with_config(STATEMENT);
    site.write(
        "content/accessibility.md",
        "+++\ntitle = \"הצהרת הנגישות שלנו\"\n+++\n\nנוסח משלנו, שכתבה יועצת הנגישות.\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let statement = site.read("accessibility/index.html");
    assert!(statement.contains("נוסח משלנו, שכתבה יועצת הנגישות."));
    assert!(!statement.contains("רואה חשיבות רבה"), "{statement}");
    assert!(
        site.read("index.html")
            .contains("<a href=\"/accessibility/\">הצהרת נגישות</a>")
    );
    // Without the table, the page alone is the statement: no warning.
    let site = TestSite::fixture("basic");
    site.write(
        "content/accessibility.md",
        "+++\ntitle = \"הצהרת נגישות\"\n+++\n\nנוסח משלנו.\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    assert!(
        site.read("tags/index.html")
            .contains("<a href=\"/accessibility/\">הצהרת נגישות</a>")
    );
}

#[test]
fn a_site_without_a_statement_is_warned_and_still_built() {
    let site = TestSite::fixture("basic");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("warning: config.toml: the site has no accessibility statement")
            && run.stderr.contains("hint: ")
            && run.stderr.contains("[accessibility]"),
        "{}",
        run.stderr
    );
    assert!(!site.out().join("accessibility").exists());
    assert!(!site.read("index.html").contains("הצהרת נגישות"));
}

#[test]
fn an_incomplete_statement_is_an_error_naming_what_is_missing() {
    let site = with_config(
        "[accessibility]\norganization = \"עמותה\"\nemail = \"no-at-sign\"\nlast_review = \"אתמול\"\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for needle in [
        "the accessibility statement needs `coordinator`",
        "`last_review` is not a date: אתמול",
        "the coordinator's `email` has no @",
    ] {
        assert!(
            run.stderr.contains(needle),
            "`{needle}` in:\n{}",
            run.stderr
        );
    }
    let site = with_config("[accessibility]\norganisation = \"עמותה\"\n");
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("did you mean `organization`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_video_address_alone_on_a_line_is_embedded_like_the_video_key() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/articles/with-video.md",
        "+++\ntitle = \"סרטון בגוף\"\ndate = 2024-06-01\n+++\n\nלפני הסרטון.\n\nhttps://www.youtube.com/watch?v=kB7xQ2mR4tA\n\nואחריו, סרטון מ-Vimeo:\n\nhttps://vimeo.com/76979871\n",
    );
    site.write(
        "content/articles/with-key.md",
        "+++\ntitle = \"סרטון בגוף\"\ndate = 2024-06-02\nvideo = \"https://youtu.be/kB7xQ2mR4tA\"\n+++\n\nטקסט.\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let body = site.read("articles/with-video/index.html");
    let keyed = site.read("articles/with-key/index.html");
    let figure = |html: &str| {
        let start = html
            .find("<figure class=\"video\"")
            .expect("a video figure");
        html[start..start + html[start..].find("</figure>").unwrap()].to_string()
    };
    assert_eq!(figure(&body), figure(&keyed), "the same placeholder");
    assert!(
        figure(&body).contains(
            "data-embed=\"https://www.youtube-nocookie.com/embed/kB7xQ2mR4tA?autoplay=1\""
        ),
        "{body}"
    );
    assert!(
        body.contains(
            "data-embed=\"https://player.vimeo.com/video/76979871?dnt=1&amp;autoplay=1\""
        )
    );
    assert!(!body.contains("<p>https://"), "{body}");
    assert!(
        !body.contains("<iframe"),
        "the player loads only on a click"
    );
}

#[test]
fn an_embed_the_pages_would_block_is_an_error_naming_file_and_line() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/articles/pasted-embed.md",
        "+++\ntitle = \"קוד הטמעה\"\ndate = 2024-06-01\n+++\n\nהסרטון:\n\n<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/kB7xQ2mR4tA?si=abc\" title=\"YouTube video player\" frameborder=\"0\" allowfullscreen></iframe>\n\nוגם טופס: <script src=\"https://forms.example.com/embed.js\"></script>\n",
    );
    site.write(
        "content/about.md",
        "+++\ntitle = \"עלינו\"\n+++\n\n<script>\ndocument.write('שלום');\n</script>\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for needle in [
        "content/articles/pasted-embed.md:8: this <iframe> would stay empty",
        "hint: put the video's address alone on a line instead of the embed code: https://www.youtube.com/watch?v=kB7xQ2mR4tA",
        "content/articles/pasted-embed.md:10: this <script> would not run",
        "forms.example.com",
        "content/about.md:5: this <script> would not run",
        "3 problems found",
    ] {
        assert!(
            run.stderr.contains(needle),
            "`{needle}` in:\n{}",
            run.stderr
        );
    }
}
