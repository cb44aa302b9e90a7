//! `kb build` end to end: the real binary on fixture sites, asserting on the HTML it writes, its
//! exit codes and its error messages.

mod common;

use common::{TestSite, snapshot};

fn built() -> TestSite {
    let site = TestSite::fixture("basic");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

#[test]
fn builds_the_example_site() {
    let site = TestSite::copy_of("content-example");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("kb: built "), "{}", run.stdout);
    assert!(
        run.stdout.contains("articles") && run.stdout.contains("public"),
        "{}",
        run.stdout
    );
    let home = site.read("index.html");
    assert!(home.contains("<html lang=\"he\" dir=\"rtl\">"), "{home}");
}

#[test]
fn writes_every_url_of_the_contract() {
    let site = built();
    for path in [
        "index.html",
        "articles/index.html",
        "articles/roles/index.html",
        "articles/page/2/index.html",
        "tools/partner-map/index.html",
        "tools/partner-map/map.svg",
        "cases/city/index.html",
        "tags/index.html",
        "tags/backbone/index.html",
        "tags/backbone/articles/index.html",
        "search/index.html",
        "sitemap.xml",
        "atom.xml",
        "404.html",
        "robots.txt",
        "hello.txt",
        "kb/style.css",
    ] {
        assert!(site.out().join(path).is_file(), "missing {path}");
    }
    assert!(
        !site.out().join("tools/map-bundle").exists(),
        "the slug replaces the bundle name"
    );
    assert!(
        !site.out().join("tools/partner-map/index.md").exists(),
        "the bundle source is not copied"
    );
}

#[test]
fn pages_are_hebrew_rtl_with_dates_authors_and_tag_names() {
    let site = built();
    let page = site.read("articles/roles/index.html");
    assert!(page.contains("<html lang=\"he\" dir=\"rtl\">"));
    assert!(page.contains("21 בדצמבר 2021"), "Hebrew date");
    assert!(page.contains("datetime=\"2021-12-21\""));
    assert!(page.contains("דנה לוי") && page.contains("Yossi Cohen") && page.contains("רות"));
    assert!(page.contains("href=\"/tags/backbone/\"") && page.contains("ארגון שדרה"));
    assert!(page.contains("מאמר"), "type name in Hebrew");
    assert!(
        page.contains("id=\"מה-זה-ארגון-שדרה\""),
        "Hebrew heading id"
    );
    assert!(
        page.contains("<aside class=\"note\">הערה בתוך HTML</aside>"),
        "raw HTML passes through"
    );
    assert!(page.contains("class=\"table-scroll\""));
    assert!(page.contains("rel=\"canonical\" href=\"https://test.example.org/articles/roles/\""));
    assert!(page.contains("og:title"));
}

#[test]
fn escapes_content_everywhere_but_the_markdown_body() {
    let site = built();
    // JSON search data holds titles as data; the search script inserts them as text.
    for file in snapshot(&site.out())
        .into_iter()
        .filter(|f| f.0.extension().is_some_and(|e| e == "html" || e == "xml"))
    {
        let text = String::from_utf8_lossy(&file.1);
        assert!(
            !text.contains("<script>alert(1)</script>"),
            "raw script in {}",
            file.0.display()
        );
        assert!(
            !text.contains("<b>תגית</b>"),
            "raw summary HTML in {}",
            file.0.display()
        );
    }
    for page in [
        "articles/trust/index.html",
        "articles/index.html",
        "tags/backbone/index.html",
        "index.html",
    ] {
        assert!(
            site.read(page)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{page}"
        );
    }
    assert!(site.read("atom.xml").contains("&lt;script&gt;"));
    assert!(site.read("search/index.html").contains("<html"));
}

#[test]
fn resolves_internal_links_and_copies_bundle_assets() {
    let site = built();
    let page = site.read("articles/trust/index.html");
    assert!(page.contains("href=\"/articles/roles/\""), "{page}");
    assert!(page.contains("href=\"/articles/roles/#%D7%9E%D7%94-%D7%96%D7%94-%D7%90%D7%A8%D7%92%D7%95%D7%9F-%D7%A9%D7%93%D7%A8%D7%94\""));
    assert!(page.contains("href=\"/tools/partner-map/\""));
    let tool = site.read("tools/partner-map/index.html");
    assert!(
        tool.contains("src=\"map.svg\"")
            && tool.contains("alt=\"מפה של השותפים סביב ארגון השדרה\"")
    );
    assert!(tool.contains("type=\"checkbox\""));
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = built();
    assert!(!site.out().join("articles/draft").exists());
    for (path, bytes) in snapshot(&site.out()) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("טיוטה סודית"),
            "draft title in {}",
            path.display()
        );
    }
    let run = site.build(&["--drafts"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.read("articles/draft/index.html")
            .contains("טיוטה סודית")
    );
}

#[test]
fn listings_are_newest_first_and_paginated() {
    let site = built();
    let first = site.read("articles/index.html");
    let (trust, roles) = (
        first.find("אמון לפני אסטרטגיה").unwrap(),
        first.find("תפקידי ארגון השדרה").unwrap(),
    );
    assert!(trust < roles, "newest first");
    assert!(
        first.contains("כל המאמרים") && first.contains("מאמרים על עבודה משותפת"),
        "intro from _index.md"
    );
    assert!(!first.contains("מאמר ישן"));
    assert!(site.read("articles/page/2/index.html").contains("מאמר ישן"));
    assert!(first.contains("href=\"/articles/page/2/\""));
}

#[test]
fn tag_pages_filter_by_type_and_tags_sort_in_hebrew_order() {
    let site = built();
    let tag = site.read("tags/backbone/index.html");
    assert!(tag.contains("מה עושה ארגון השדרה"), "tag description");
    assert!(tag.contains("href=\"/tags/backbone/tools/\""), "type facet");
    let filtered = site.read("tags/backbone/tools/index.html");
    assert!(filtered.contains("מפת שותפים") && !filtered.contains("תפקידי ארגון השדרה"));
    let index = site.read("tags/index.html");
    let positions: Vec<usize> = ["אמון<", "ארגון שדרה", "בניית אמון", "מדידה משותפת", "תקציב"]
        .iter()
        .map(|name| {
            index
                .find(name)
                .unwrap_or_else(|| panic!("{name} missing from tags index"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "Hebrew order: {positions:?}"
    );
}

#[test]
fn related_items_share_tags() {
    let site = built();
    let page = site.read("articles/roles/index.html");
    let related = &page[page.find("קראו עוד").expect("related section")..];
    assert!(related.contains("/articles/trust/"), "shares backbone");
}

#[test]
fn feeds_and_sitemap_list_the_items() {
    let site = built();
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains(
        "<loc>https://test.example.org/articles/roles/</loc><lastmod>2021-12-21</lastmod>"
    ));
    assert!(sitemap.contains("<loc>https://test.example.org/tags/backbone/</loc>"));
    assert!(!sitemap.contains("draft"));
    let atom = site.read("atom.xml");
    assert!(atom.contains("<link href=\"https://test.example.org/articles/roles/\"/>"));
    assert!(
        site.read("robots.txt")
            .contains("Sitemap: https://test.example.org/sitemap.xml")
    );
}

#[test]
fn base_url_can_be_overridden() {
    let site = TestSite::fixture("basic");
    assert_eq!(
        site.build(&["--base-url", "https://preview.example.net"])
            .code,
        0
    );
    assert!(
        site.read("sitemap.xml")
            .contains("https://preview.example.net/articles/roles/")
    );
}

#[test]
fn a_base_url_override_is_validated_like_config() {
    let site = TestSite::fixture("basic");
    let run = site.build(&["--base-url", "preview.example.net"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("--base-url `preview.example.net` is not an absolute URL"),
        "{}",
        run.stderr
    );
    assert!(!site.out().exists(), "nothing is written");
    let run = site.build(&["--base-url", "https://preview.example.net/kb/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.read("articles/index.html")
            .contains("href=\"/kb/articles/roles/\""),
        "the trailing slash is the config's rule"
    );
}

#[test]
fn output_is_deterministic() {
    let site = TestSite::fixture("basic");
    assert_eq!(site.build(&["-o", "out1"]).code, 0);
    assert_eq!(site.build(&["-o", "out2"]).code, 0);
    let (a, b) = (
        snapshot(&site.dir.join("out1")),
        snapshot(&site.dir.join("out2")),
    );
    assert!(a.len() > 20);
    assert!(a == b, "two builds differ");
}

#[test]
fn parallel_and_single_threaded_builds_are_identical() {
    let site = TestSite::copy_of("content-example");
    assert_eq!(site.build(&["-o", "parallel"]).code, 0);
    let single = std::process::Command::new(common::KB)
        .env("KB_LANG", "en")
        .args(["build", ".", "-o", "single"])
        .env("RAYON_NUM_THREADS", "1")
        .current_dir(&site.dir)
        .status()
        .unwrap();
    assert!(single.success());
    assert!(snapshot(&site.dir.join("parallel")) == snapshot(&site.dir.join("single")));
}

/// Breaks the built fixture with `files`, rebuilds, and checks the error and that the previous
/// output is untouched. Returns stderr.
fn fails_with(files: &[(&str, &[u8])], expected: &[&str]) -> String {
    let site = built();
    let before = snapshot(&site.out());
    for (path, text) in files {
        site.write(path, text);
    }
    let run = site.build(&[]);
    assert_eq!(
        run.code, 1,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    for needle in expected {
        assert!(
            run.stderr.contains(needle),
            "expected `{needle}` in:\n{}",
            run.stderr
        );
    }
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"),
        "{}",
        run.stderr
    );
    assert!(
        snapshot(&site.out()) == before,
        "the previous output changed"
    );
    let leftovers: Vec<_> = std::fs::read_dir(&site.dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().contains("kb-new"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    run.stderr
}

const ITEM: &str = "+++\ntitle = \"חדש\"\ndate = 2024-01-01\n+++\nגוף\n";

#[test]
fn malformed_toml() {
    fails_with(
        &[(
            "content/articles/bad.md",
            b"+++\ntitle = \"x\ndate = 2024-01-01\n+++\n",
        )],
        &["content/articles/bad.md:2"],
    );
}

#[test]
fn missing_title() {
    fails_with(
        &[("content/articles/bad.md", b"+++\ndate = 2024-01-01\n+++\n")],
        &["content/articles/bad.md:2", "no title", "title = "],
    );
}

#[test]
fn bad_date() {
    fails_with(
        &[(
            "content/articles/bad.md",
            "+++\ntitle = \"א\"\ndate = \"2023-02-30\"\n+++\n".as_bytes(),
        )],
        &["content/articles/bad.md:3", "not a real date", "2024-03-10"],
    );
}

#[test]
fn unknown_tag_suggests_the_nearest() {
    fails_with(
        &[(
            "content/articles/bad.md",
            "+++\ntitle = \"א\"\ndate = 2024-01-01\ntags = [\"backbon\"]\n+++\n".as_bytes(),
        )],
        &[
            "content/articles/bad.md:4",
            "unknown tag `backbon`",
            "did you mean `backbone`?",
        ],
    );
}

#[test]
fn unknown_front_matter_key_suggests_the_nearest() {
    fails_with(
        &[(
            "content/articles/bad.md",
            "+++\ntitle = \"א\"\ndate = 2024-01-01\nauthor = [\"דנה\"]\n+++\n".as_bytes(),
        )],
        &[
            "content/articles/bad.md:4",
            "`author`",
            "did you mean `authors`?",
        ],
    );
}

#[test]
fn unknown_config_key_suggests_the_nearest() {
    let site = TestSite::fixture("basic");
    let config = std::fs::read_to_string(site.dir.join("config.toml")).unwrap();
    drop(site);
    fails_with(
        &[(
            "config.toml",
            format!("{config}\n[types.articles.x]\n").as_bytes(),
        )],
        &["config.toml"],
    );
    fails_with(
        &[(
            "config.toml",
            config
                .replacen("description =", "descripton =", 1)
                .as_bytes(),
        )],
        &["config.toml:3", "did you mean `description`?"],
    );
}

#[test]
fn unknown_type_folder_suggests_the_nearest() {
    fails_with(
        &[("content/article/x.md", ITEM.as_bytes())],
        &[
            "content/article",
            "unknown type folder `article`",
            "did you mean `articles`?",
            "[types.article]",
        ],
    );
}

#[test]
fn duplicate_slug() {
    fails_with(
        &[(
            "content/articles/roles-again.md",
            "+++\ntitle = \"א\"\ndate = 2024-01-01\nslug = \"roles\"\n+++\n".as_bytes(),
        )],
        &["content/articles/roles", "/articles/roles/", "also used by"],
    );
}

#[test]
fn broken_link_and_anchor() {
    let body = "+++\ntitle = \"א\"\ndate = 2024-01-01\n+++\n\n[x](@/articles/role.md)\n\n[y](@/articles/roles.md#תפקיד)\n";
    fails_with(
        &[("content/articles/links.md", body.as_bytes())],
        &[
            "content/articles/links.md:6: broken link: @/articles/role.md",
            "did you mean @/articles/roles.md?",
            "content/articles/links.md:8: broken anchor",
            "did you mean `תפקידים`?",
        ],
    );
}

#[test]
fn template_error_names_template_and_line() {
    fails_with(&[("templates/page.html", b"{% extends \"base.html\" %}\n{% block main %}\n{{ page.title | no_such_filter }}\n{% endblock %}\n")], &["templates/page.html", "no_such_filter"]);
    fails_with(
        &[("templates/list.html", b"<p>\n{% if %}\n")],
        &["templates/list.html:2"],
    );
}

#[test]
fn invalid_utf8() {
    fails_with(
        &[(
            "content/articles/bad.md",
            b"+++\ntitle = \"a\"\ndate = 2024-01-01\n+++\n\n\xff\xfe\n",
        )],
        &["content/articles/bad.md:6", "not valid UTF-8"],
    );
}

#[test]
fn all_content_errors_are_reported_at_once() {
    let stderr = fails_with(
        &[
            ("content/articles/bad1.md", b"+++\ndate = 2024-01-01\n+++\n"),
            (
                "content/cases/bad2.md",
                "+++\ntitle = \"א\"\ndate = 2024-01-01\ntags = [\"nope\"]\n+++\n".as_bytes(),
            ),
        ],
        &[
            "content/articles/bad1.md",
            "content/cases/bad2.md",
            "2 problems found",
        ],
    );
    assert!(stderr.find("bad1").unwrap() < stderr.find("bad2").unwrap());
}

#[test]
fn refuses_output_folders_it_must_not_replace() {
    let site = TestSite::fixture("basic");
    let foreign = site.tmp.path().join("documents");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("thesis.docx"), "precious").unwrap();
    for (out, needle) in [
        (".", "holds the site"),
        ("content/public", "inside the site's content/"),
        (foreign.to_str().unwrap(), "kb did not build into it"),
    ] {
        let run = site.build(&["-o", out]);
        assert_eq!(run.code, 2, "{out}: {}", run.stderr);
        assert!(run.stderr.contains(needle), "{out}: {}", run.stderr);
    }
    assert_eq!(
        std::fs::read_to_string(foreign.join("thesis.docx")).unwrap(),
        "precious"
    );
    assert!(site.dir.join("content/articles/roles.md").is_file());
}

#[test]
fn a_rebuild_updates_changed_files_and_removes_stale_ones() {
    let site = built();
    site.remove("content/articles/old.md");
    site.write(
        "content/articles/roles.md",
        std::fs::read_to_string(site.dir.join("content/articles/roles.md"))
            .unwrap()
            .replace("הוא לא מוביל לבד", "הוא מוביל יחד"),
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !site.out().join("articles/old").exists(),
        "removed item's folder is gone"
    );
    assert!(
        !site.out().join("articles/page/2").exists(),
        "the listing shrank to one page"
    );
    assert!(
        site.read("articles/roles/index.html")
            .contains("הוא מוביל יחד")
    );
    let fresh = TestSite::fixture("basic");
    fresh.remove("content/articles/old.md");
    fresh.write(
        "content/articles/roles.md",
        std::fs::read_to_string(site.dir.join("content/articles/roles.md")).unwrap(),
    );
    assert_eq!(fresh.build(&[]).code, 0);
    assert!(
        snapshot(&fresh.out()) == snapshot(&site.out()),
        "a rebuild equals a clean build"
    );
}

#[test]
fn a_sections_extra_reaches_its_template_as_section_extra() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/_index.md",
        "+++\ntitle = \"בית\"\n[extra]\nbanner = \"ברוכים\"\n+++\n",
    );
    site.write(
        "content/articles/_index.md",
        "+++\n[extra]\nbanner = \"מאמרים\"\n+++\n",
    );
    let template = "[{{ section.extra.banner | default(value=\"-\") }}]";
    site.write("templates/index.html", template);
    site.write("templates/list.html", template);
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(site.read("index.html"), "[ברוכים]");
    assert_eq!(site.read("articles/index.html"), "[מאמרים]");
    // A listing without `_index.md` has an empty `extra`.
    assert_eq!(site.read("cases/index.html"), "[-]");
}

#[test]
fn a_paginator_lists_only_the_pages_near_the_current_one() {
    let site = TestSite::fixture("basic");
    for n in 1..=12 {
        site.write(
            &format!("content/cases/c{n:02}.md"),
            format!("+++\ntitle = \"מקרה {n}\"\ndate = 2024-01-{n:02}\n+++\n\nטקסט.\n"),
        );
    }
    site.write(
        "templates/list.html",
        "{% for p in paginator.pages %}[{{ p.number }}{% if p.current %}*{% endif %}]{% endfor %}",
    );
    assert_eq!(site.build(&[]).code, 0);
    // 13 cases, 2 per page: 7 pages.
    assert_eq!(site.read("cases/index.html"), "[1*][2][3][7]");
    assert_eq!(
        site.read("cases/page/4/index.html"),
        "[1][2][3][4*][5][6][7]"
    );
    assert_eq!(site.read("cases/page/7/index.html"), "[1][5][6][7*]");
}

/// Bytes XML 1.0 forbids: C0 controls but tab, newline and carriage return; U+FFFE and U+FFFF.
fn forbidden_xml_chars(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
        })
        .collect()
}

#[test]
fn characters_xml_forbids_never_reach_the_feed_the_sitemap_or_the_html() {
    let site = TestSite::fixture("basic");
    let config = std::fs::read_to_string(site.dir.join("config.toml")).unwrap();
    site.write(
        "config.toml",
        config
            .replace("title = \"מאגר בדיקה\"", "title = \"מאגר\\u000Bבדיקה\"")
            .replace("name = \"אמון\"", "name = \"אמון\\u0000\""),
    );
    site.write(
        "content/articles/pasted.md",
        "+++\ntitle = \"הודבק\\u000Bמוורד\\u0000\"\ndate = 2030-01-01\nsummary = \"תקציר\\u000Cעם\\u0001תו\"\nauthors = [\"דנה\\u001F\"]\ntags = [\"aa-first\"]\n+++\n\nשורה\u{b}רכה ותו\u{c}דף ו\u{1}בקרה ו\u{ffff}סוף.\n\n## כותרת\u{b}משנה\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (path, bytes) in snapshot(&site.out()) {
        if path.extension().is_some_and(|e| e == "html" || e == "xml") {
            let text = String::from_utf8(bytes).unwrap();
            assert_eq!(
                forbidden_xml_chars(&text),
                Vec::<char>::new(),
                "{}",
                path.display()
            );
        }
    }
    let atom = site.read("atom.xml");
    assert!(
        atom.contains("<title>הודבק מוורד</title>"),
        "a soft line break becomes a space: {atom}"
    );
    assert!(atom.contains("<title>מאגר בדיקה</title>"), "{atom}");
    assert!(atom.contains("תקציר עםתו"), "{atom}");
    let page = site.read("articles/pasted/index.html");
    assert!(page.contains("שורה רכה ותו דף ובקרה וסוף."), "{page}");
}

#[test]
fn symlinked_folders_and_files_are_followed_only_into_folders_config_allows() {
    let site = TestSite::fixture("basic");
    let shared = site.tmp.path().join("shared");
    std::fs::create_dir_all(shared.join("cases")).unwrap();
    std::fs::create_dir_all(shared.join("static")).unwrap();
    for n in 1..=2 {
        std::fs::write(
            shared.join(format!("cases/shared-{n}.md")),
            format!("+++\ntitle = \"משותף {n}\"\ndate = 2024-01-0{n}\n+++\n\nגוף.\n"),
        )
        .unwrap();
    }
    std::fs::write(
        shared.join("linked.md"),
        "+++\ntitle = \"מקושר\"\ndate = 2024-02-01\n+++\n\nגוף.\n",
    )
    .unwrap();
    std::fs::write(shared.join("static/a.txt"), "from a linked folder").unwrap();
    std::fs::write(shared.join("file.txt"), "from a linked file").unwrap();
    std::fs::write(shared.join("map.csv"), "a,b\n").unwrap();
    std::fs::remove_dir_all(site.dir.join("content/cases")).unwrap();
    let link = |target: &str, at: &str| {
        std::os::unix::fs::symlink(shared.join(target), site.dir.join(at)).unwrap()
    };
    link("cases", "content/cases");
    link("linked.md", "content/articles/linked.md");
    link("map.csv", "content/tools/map-bundle/map.csv");
    link("static", "static/shared");
    link("file.txt", "static/one.txt");
    let refused = site.build(&[]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    for link in [
        "content/articles/linked.md",
        "content/cases",
        "content/tools/map-bundle/map.csv",
        "static/one.txt",
        "static/shared",
    ] {
        let line = format!("{link}: this symbolic link leads to {}", shared.display());
        assert!(refused.stderr.contains(&line), "{line}\n{}", refused.stderr);
    }
    assert!(!site.out().exists(), "nothing written");
    let config = std::fs::read_to_string(site.dir.join("config.toml")).unwrap();
    std::fs::write(
        site.dir.join("config.toml"),
        format!("{config}\n[security]\nallow_links_to = [\"../shared\"]\n"),
    )
    .unwrap();
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("cases: 2"), "{}", run.stdout);
    assert!(site.read("cases/shared-2/index.html").contains("משותף 2"));
    assert!(site.read("articles/linked/index.html").contains("מקושר"));
    assert_eq!(site.read("tools/partner-map/map.csv"), "a,b\n");
    assert_eq!(site.read("shared/a.txt"), "from a linked folder");
    assert_eq!(site.read("one.txt"), "from a linked file");
}

#[test]
fn a_symlink_loop_or_a_link_to_nothing_is_an_error_naming_it() {
    let site = built();
    let before = snapshot(&site.out());
    std::os::unix::fs::symlink("..", site.dir.join("content/articles/loop")).unwrap();
    std::os::unix::fs::symlink("no-such-file.md", site.dir.join("content/articles/gone.md"))
        .unwrap();
    std::os::unix::fs::symlink(".", site.dir.join("static/again")).unwrap();
    std::os::unix::fs::symlink(
        "../nowhere",
        site.dir.join("content/tools/map-bundle/lost.svg"),
    )
    .unwrap();
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for needle in [
        "content/articles/loop: ",
        "content/articles/gone.md: ",
        "static/again: ",
        "content/tools/map-bundle/lost.svg: ",
    ] {
        assert!(
            run.stderr.contains(needle),
            "expected `{needle}` in:\n{}",
            run.stderr
        );
    }
    assert!(run.stderr.contains("loop"), "{}", run.stderr);
    assert!(snapshot(&site.out()) == before);
}

#[test]
fn a_static_file_named_like_a_generated_file_is_an_error_naming_both() {
    let stderr = fails_with(
        &[
            ("static/sitemap.xml", b"<urlset/>"),
            ("static/robots.txt", b"User-agent: *"),
            ("static/atom.xml", b"<feed/>"),
            ("static/search/meta.json", b"{}"),
            ("static/.kb-output", b"mine"),
            ("static/404.html", b"<p>lost</p>"),
            ("static/.git/hooks/post-checkout", b"#!/bin/sh\n"),
        ],
        &[
            "7 problems found",
            "static/.git/hooks/post-checkout: kb never writes into .git/",
        ],
    );
    for name in [
        "sitemap.xml",
        "robots.txt",
        "atom.xml",
        "search/meta.json",
        ".kb-output",
        "404.html",
    ] {
        assert!(
            stderr.contains(&format!("static/{name}: "))
                && stderr.contains(&format!("generated {name}")),
            "{name}:\n{stderr}"
        );
    }
}

#[test]
fn a_static_file_where_kb_writes_a_folder_is_an_error_naming_it() {
    let stderr = fails_with(
        &[
            ("static/articles", b"a file"),
            ("static/tags/backbone", b"another"),
        ],
        &["static/articles: ", "static/tags/backbone: ", "folder"],
    );
    assert!(stderr.contains("articles/index.html"), "{stderr}");
}

#[test]
fn twenty_thousand_identical_headings_take_linear_time() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/articles/long.md",
        format!(
            "+++\ntitle = \"ארוך\"\ndate = 2024-01-01\n+++\n\n{}",
            "## כותרת\n\nטקסט.\n\n".repeat(20_000)
        ),
    );
    let started = std::time::Instant::now();
    let mut child = std::process::Command::new(common::KB)
        .env("KB_LANG", "en")
        .args(["build", "."])
        .current_dir(&site.dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let limit = std::time::Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            child.kill().unwrap();
            panic!("still building after {limit:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(status.success());
    let page = site.read("articles/long/index.html");
    assert!(page.contains("id=\"כותרת\"") && page.contains("id=\"כותרת-1\""));
    assert!(page.contains("id=\"כותרת-19999\"") && !page.contains("id=\"כותרת-20000\""));
}

#[test]
fn a_template_that_extends_itself_is_an_error_not_a_crash() {
    fails_with(
        &[(
            "templates/base.html",
            b"<!doctype html>\n{% extends \"base.html\" %}{% block main %}{% endblock %}",
        )],
        &[
            "templates/base.html:2",
            "extends itself: base.html → base.html",
        ],
    );
}

#[test]
fn hebrew_calendar_dates_are_shown_beside_the_gregorian_ones_when_asked() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/articles/purim.md",
        "+++\ntitle = \"פורים קטן\"\ndate = 2024-03-24\n+++\n\nגוף.\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !site
            .read("articles/purim/index.html")
            .contains("date-hebrew")
    );
    let config = std::fs::read_to_string(site.dir.join("config.toml")).unwrap();
    site.write("config.toml", format!("hebrew_dates = true\n{config}"));
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("articles/purim/index.html");
    assert!(
        page.contains("24 במרץ 2024</time><span class=\"sep\" aria-hidden=\"true\"> · </span><span class=\"date-hebrew\">י״ד באדר ב׳ תשפ״ד</span>"),
        "{page}"
    );
    assert!(
        site.read("articles/index.html")
            .contains("י״ד באדר ב׳ תשפ״ד")
    );
}

#[test]
fn each_tag_and_type_has_a_valid_feed_of_its_own_items_linked_from_its_page() {
    let site = TestSite::fixture("basic");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let entries = |feed: &str| -> Vec<String> {
        feed.split("<entry>")
            .skip(1)
            .map(|entry| {
                let start = entry.find("<id>").unwrap() + 4;
                entry[start..start + entry[start..].find("</id>").unwrap()].to_string()
            })
            .collect()
    };
    for (page, feed, expected) in [
        (
            "tags/backbone/index.html",
            "tags/backbone/atom.xml",
            vec![
                "articles/trust/",
                "tools/partner-map/",
                "articles/roles/",
                "articles/old/",
            ],
        ),
        (
            "articles/index.html",
            "articles/atom.xml",
            vec!["articles/trust/", "articles/roles/", "articles/old/"],
        ),
        ("tags/zz-last/index.html", "tags/zz-last/atom.xml", vec![]),
    ] {
        let html = site.read(page);
        let link =
            format!("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/{feed}\"");
        assert!(html.contains(&link), "{page}: {link}");
        let xml = site.read(feed);
        for required in [
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"he\">",
            "<title>",
            &format!("<link href=\"https://test.example.org/{feed}\" rel=\"self\"/>"),
            "<id>https://test.example.org/",
            "<updated>",
            "<author><name>מאגר בדיקה</name></author>",
            "</feed>\n",
        ] {
            assert!(xml.contains(required), "{feed}: {required}\n{xml}");
        }
        let urls: Vec<String> = expected
            .iter()
            .map(|path| format!("https://test.example.org/{path}"))
            .collect();
        assert_eq!(entries(&xml), urls, "{feed}");
        let fresh = site.fresh_build();
        assert_eq!(fresh.read(feed), xml, "{feed} is deterministic");
    }
}

#[test]
fn items_show_their_reading_time_and_link_their_sections() {
    let site = TestSite::fixture("basic");
    let words = "מילה ".repeat(450);
    site.write(
        "content/articles/long.md",
        format!("+++\ntitle = \"ארוך\"\ndate = 2024-06-05\n+++\n\n## פתיחה\n\n{words}\n"),
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let long = site.read("articles/long/index.html");
    assert!(
        long.contains("<span class=\"item__reading\">3 דקות קריאה</span>"),
        "{long}"
    );
    assert!(
        long.contains("<div class=\"heading\">\n<h2 id=\"פתיחה\">פתיחה</h2>\n<a class=\"heading__link\" href=\"#פתיחה\" aria-label=\"קישור לסעיף: פתיחה\">"),
        "{long}"
    );
    assert!(
        site.read("articles/roles/index.html")
            .contains("דקת קריאה אחת")
    );
}

#[test]
fn git_dates_give_items_without_updated_their_last_commit_day() {
    let site = TestSite::fixture("basic");
    let git = |dir: &std::path::Path, args: &[&str], day: &str| {
        let status = std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
            .args(args)
            .current_dir(dir)
            .env("GIT_AUTHOR_DATE", format!("{day}T12:00:00Z"))
            .env("GIT_COMMITTER_DATE", format!("{day}T12:00:00Z"))
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    };
    git(&site.dir, &["init", "-q", "-b", "main"], "2024-01-01");
    git(&site.dir, &["add", "."], "2024-01-01");
    git(&site.dir, &["commit", "-q", "-m", "first"], "2024-06-01");
    let roles = std::fs::read_to_string(site.dir.join("content/articles/roles.md")).unwrap();
    site.write("content/articles/roles.md", format!("{roles}\nעוד שורה.\n"));
    git(&site.dir, &["commit", "-q", "-am", "edit"], "2025-02-03");
    let run = site.build(&["--git-dates"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("articles/roles/index.html");
    assert!(
        page.contains("<time datetime=\"2025-02-03\">3 בפברואר 2025</time>"),
        "{page}"
    );
    assert!(
        site.read("articles/trust/index.html")
            .contains("datetime=\"2024-06-01\"")
    );
    let plain = site.build(&[]);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    assert!(
        !site
            .read("articles/roles/index.html")
            .contains("2025-02-03")
    );

    let shallow = site.tmp.path().join("shallow");
    let source = format!("file://{}", site.dir.display());
    git(
        site.tmp.path(),
        &[
            "clone",
            "-q",
            "--depth",
            "1",
            &source,
            shallow.to_str().unwrap(),
        ],
        "2025-02-03",
    );
    let run = common::TestSite {
        tmp: tempfile::tempdir().unwrap(),
        dir: shallow,
    }
    .build(&["--git-dates"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("shallow clone"), "{}", run.stderr);
}
