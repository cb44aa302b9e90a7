//! `aliases`: old addresses of items and pages redirect to them (a page at each alias and
//! `_redirects`), are checked like every output path, and may not collide with anything.

mod common;

use common::TestSite;

const ITEM: &str = "+++\ntitle = \"תפקידים ישנים\"\ndate = 2024-03-01\naliases = [\"/2019/05/roles/\", \"/%d7%aa%d7%a4%d7%a7%d7%99%d7%93%d7%99%d7%9d/\", \"/old.html\"]\n+++\n\nגוף.\n";

fn site_with_aliases() -> TestSite {
    let site = TestSite::fixture("basic");
    site.write("content/articles/moved.md", ITEM);
    site.write(
        "content/about.md",
        "+++\ntitle = \"עלינו\"\naliases = [\"/about-us\"]\n+++\n\nמי אנחנו.\n",
    );
    site
}

#[test]
fn every_alias_is_a_redirect_page_and_a_rule() {
    let site = site_with_aliases();
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("2019/05/roles/index.html");
    for expected in [
        "<meta http-equiv=\"refresh\" content=\"0; url=/articles/moved/\">",
        "<link rel=\"canonical\" href=\"https://test.example.org/articles/moved/\">",
        "<meta name=\"robots\" content=\"noindex\">",
        "<a href=\"/articles/moved/\">תפקידים ישנים</a>",
        "dir=\"rtl\"",
    ] {
        assert!(page.contains(expected), "{expected} in {page}");
    }
    // Percent-encoded Hebrew is a UTF-8 folder; a `.html` alias is that file.
    assert!(
        site.read("תפקידים/index.html")
            .contains("url=/articles/moved/")
    );
    assert!(site.read("old.html").contains("url=/articles/moved/"));
    assert!(site.read("about-us/index.html").contains("url=/about/"));
    assert_eq!(
        site.read("_redirects"),
        "/2019/05/roles/ /articles/moved/ 301\n\
         /about-us/ /about/ 301\n\
         /old.html /articles/moved/ 301\n\
         /%D7%AA%D7%A4%D7%A7%D7%99%D7%93%D7%99%D7%9D/ /articles/moved/ 301\n"
    );
    for (file, old) in [
        ("sitemap.xml", "2019/05"),
        ("atom.xml", "2019/05"),
        ("sitemap.xml", "about-us"),
    ] {
        assert!(!site.read(file).contains(old), "{old} in {file}");
    }
    let search = common::snapshot(&site.out().join("search"));
    assert!(
        search
            .iter()
            .all(|(_, bytes)| !String::from_utf8_lossy(bytes).contains("2019/05")),
        "an alias is not in search"
    );
}

#[test]
fn aliases_live_under_the_base_path() {
    let site = site_with_aliases();
    site.write("static/_redirects", "/from-the-site /about/ 302");
    let run = site.build(&["--base-url", "https://org.github.io/kb-site/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("2019/05/roles/index.html");
    assert!(
        page.contains("content=\"0; url=/kb-site/articles/moved/\""),
        "{page}"
    );
    assert!(page.contains("href=\"https://org.github.io/kb-site/articles/moved/\""));
    let rules = site.read("_redirects");
    assert!(
        rules.starts_with("/from-the-site /about/ 302\n/kb-site/2019/05/roles/ "),
        "{rules}"
    );
    assert!(rules.contains("/kb-site/about-us/ /kb-site/about/ 301\n"));
}

#[test]
fn a_draft_has_no_redirect() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/articles/hidden.md",
        "+++\ntitle = \"טיוטה\"\ndate = 2024-03-01\ndraft = true\naliases = [\"/hidden-old/\"]\n+++\n",
    );
    assert_eq!(site.build(&[]).code, 0);
    assert!(!site.out().join("hidden-old").exists());
    assert!(!site.out().join("_redirects").exists());
}

#[test]
fn an_alias_that_leaves_the_output_is_an_error_on_its_line() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/articles/bad.md",
        "+++\ntitle = \"רע\"\ndate = 2024-03-01\naliases = [\"/%2e%2e/%2e%2e/etc/\", \"old\", \"/x?p=1\"]\n+++\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for expected in [
        "content/articles/bad.md:4: the alias /%2e%2e/%2e%2e/etc/ cannot be written: the path has a \".\" or \"..\" segment",
        "the alias old cannot be written: it does not start with a single /",
        "the alias /x?p=1 cannot be written: it has a ? or a #",
    ] {
        assert!(
            run.stderr.contains(expected),
            "{expected} in {}",
            run.stderr
        );
    }
    assert!(!site.out().exists(), "nothing written");
}

#[test]
fn an_alias_that_collides_names_both() {
    let cases = [
        // Another item's address.
        ("/articles/roles/", "content/articles/roles.md"),
        // Another alias.
        ("/about-us/", "content/about.md"),
    ];
    for (alias, other) in cases {
        let site = site_with_aliases();
        site.write(
            "content/articles/clash.md",
            format!("+++\ntitle = \"א\"\ndate = 2024-03-01\naliases = [\"{alias}\"]\n+++\n"),
        );
        let run = site.build(&[]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        // Named on either side, whichever is read second.
        let one_way = format!(
            "content/articles/clash.md:4: the alias {alias} is also the address of {other}"
        );
        let other_way = format!(
            "{other}:3: the alias {alias} is also the address of content/articles/clash.md"
        );
        assert!(
            run.stderr.contains(&one_way) || run.stderr.contains(&other_way),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn an_alias_where_kb_or_a_static_file_writes_is_an_error() {
    let site = site_with_aliases();
    site.write(
        "content/articles/listing.md",
        "+++\ntitle = \"א\"\ndate = 2024-03-01\naliases = [\"/tags/\"]\n+++\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the alias /tags/ is the address of a page kb writes itself"),
        "{}",
        run.stderr
    );
    site.remove("content/articles/listing.md");
    site.write("static/about-us/index.html", "<p>old</p>");
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "this file and content/about.md would both be written to about-us/index.html"
        ),
        "{}",
        run.stderr
    );
}
