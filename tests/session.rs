//! Incremental rebuilds of `kb serve`'s in-memory session: what an edit re-renders, and that
//! the result equals a full build.

mod common;

use std::sync::Arc;

use common::TestSite;
use kb::session::Session;
use kb::site::BuildOptions;

fn session(site: &TestSite) -> Session {
    Session::start(BuildOptions {
        site_dir: site.dir.clone(),
        ..Default::default()
    })
    .unwrap()
}

fn edit(site: &TestSite, path: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(site.dir.join(path)).unwrap();
    assert!(text.contains(from), "{path} has no `{from}`");
    site.write(path, text.replace(from, to));
}

fn same(a: &Option<Arc<[u8]>>, b: &Option<Arc<[u8]>>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if Arc::ptr_eq(a, b))
}

#[test]
fn a_body_edit_re_renders_only_its_page() {
    let site = TestSite::fixture("basic");
    let mut session = session(&site);
    let before = session.files();
    edit(
        &site,
        "content/cases/city.md",
        "סיפור של עיר.",
        "סיפור של עיר.\n\nפסקה חדשה.",
    );
    let after = session
        .rebuild(&[site.dir.join("content/cases/city.md")])
        .unwrap();
    let page = String::from_utf8(after.get("cases/city/index.html").unwrap().to_vec()).unwrap();
    assert!(page.contains("פסקה חדשה"));
    for untouched in [
        "articles/roles/index.html",
        "articles/index.html",
        "tags/measurement/index.html",
        "index.html",
        "kb/style.css",
    ] {
        assert!(
            same(&before.get(untouched), &after.get(untouched)),
            "{untouched} was rendered again"
        );
    }
}

#[test]
fn a_title_edit_reaches_listings_tags_and_related_items() {
    let site = TestSite::fixture("basic");
    let mut session = session(&site);
    edit(
        &site,
        "content/articles/roles.md",
        "title = \"תפקידי ארגון השדרה\"",
        "title = \"שבעה תפקידים\"",
    );
    let files = session
        .rebuild(&[site.dir.join("content/articles/roles.md")])
        .unwrap();
    let text = |path: &str| String::from_utf8(files.get(path).unwrap().to_vec()).unwrap();
    for page in [
        "articles/roles/index.html",
        "articles/index.html",
        "tags/backbone/page/2/index.html",
        "tags/measurement/index.html",
        "articles/trust/index.html",
        "index.html",
        "atom.xml",
    ] {
        assert!(
            text(page).contains("שבעה תפקידים"),
            "{page} still shows the old title"
        );
    }
}

#[test]
fn incremental_rebuilds_equal_a_full_build() {
    let site = TestSite::fixture("basic");
    let mut session = session(&site);
    edit(
        &site,
        "content/articles/trust.md",
        "tags = [\"trust-building\", \"backbone\"]",
        "tags = [\"measurement\"]",
    );
    site.remove("content/articles/old.md");
    site.write("content/cases/new-case.md", "+++\ntitle = \"מקרה חדש\"\ndate = 2025-01-01\ntags = [\"backbone\"]\n+++\n\nראו [תפקידים](@/articles/roles.md).\n");
    let changed = [
        "content/articles/trust.md",
        "content/articles/old.md",
        "content/cases/new-case.md",
    ]
    .map(|p| site.dir.join(p));
    let incremental = session.rebuild(&changed).unwrap();
    assert_equals_full_build(
        &site,
        &mut session,
        "tags changed, a page gone, a page added",
    );
    assert!(incremental.get("articles/old/index.html").is_none());
}

#[test]
fn every_kind_of_edit_equals_a_full_build() {
    let site = TestSite::fixture("basic");
    let mut session = session(&site);
    let city = "content/cases/city.md";
    let roles = "content/articles/roles.md";
    // (what changes, file, from, to): each keeps or moves the page's place in the library.
    let edits = [
        ("a body", city, "סיפור של עיר.", "סיפור אחר של עיר."),
        (
            "a title that links show",
            roles,
            "תפקידי ארגון השדרה",
            "תפקידי השדרה",
        ),
        (
            "a heading that an anchor uses",
            roles,
            "## מה זה ארגון שדרה",
            "## מה זה ארגון שדרה\n\n### חדש",
        ),
        (
            "a date that moves the page first",
            city,
            "date = 2020-09-09",
            "date = 2026-01-01",
        ),
        (
            "a summary",
            city,
            "tags = [\"measurement\"]",
            "summary = \"תקציר\"\ntags = [\"measurement\"]",
        ),
        (
            "tags",
            roles,
            "tags = [\"backbone\", \"measurement\"]",
            "tags = [\"measurement\"]",
        ),
    ];
    for (what, path, from, to) in edits {
        edit(&site, path, from, to);
        session.rebuild(&[site.dir.join(path)]).unwrap();
        assert_equals_full_build(&site, &mut session, what);
    }
}

/// After bringing the session's search index up to date (by parts, then whole once edits
/// pause), every file of a full `kb build` of the site is served with the same bytes, and
/// nothing else is served.
fn assert_equals_full_build(site: &TestSite, session: &mut Session, after: &str) {
    if let Some(update) = session.search_job(false) {
        session.apply_search(update.run());
    }
    if let Some(settle) = session.search_job(true) {
        session.apply_search(settle.run());
    }
    assert!(session.search_job(false).is_none() && session.search_job(true).is_none());
    let served = session.files();
    let out = site.tmp.path().join("full");
    assert_eq!(
        site.kb(&["build", ".", "-o", out.to_str().unwrap()]).code,
        0
    );
    let built = common::snapshot(&out);
    assert_eq!(
        served.len(),
        built.len() - 1,
        "after {after}: file counts differ"
    );
    for (path, bytes) in built {
        let path = path.to_string_lossy().replace('\\', "/");
        if path == ".kb-output" {
            continue;
        }
        let file = served
            .get(&path)
            .unwrap_or_else(|| panic!("after {after}: {path} missing"));
        assert!(
            *file == *bytes,
            "after {after}: {path} differs from a full build"
        );
    }
}

#[test]
fn a_broken_edit_keeps_the_last_good_build() {
    let site = TestSite::fixture("basic");
    let mut session = session(&site);
    let before = session.files();
    edit(
        &site,
        "content/articles/roles.md",
        "tags = [\"backbone\", \"measurement\"]",
        "tags = [\"backbon\"]",
    );
    let problems = session
        .rebuild(&[site.dir.join("content/articles/roles.md")])
        .unwrap_err();
    assert!(
        problems
            .to_string()
            .contains("content/articles/roles.md:6: unknown tag `backbon`"),
        "{problems}"
    );
    assert!(Arc::ptr_eq(&before, &session.files()));
    edit(
        &site,
        "content/articles/roles.md",
        "tags = [\"backbon\"]",
        "tags = [\"backbone\"]",
    );
    assert!(
        session
            .rebuild(&[site.dir.join("content/articles/roles.md")])
            .is_ok()
    );
}

#[test]
fn a_search_update_overtaken_by_a_newer_build_is_kept_and_followed() {
    let site = TestSite::fixture("basic");
    let mut session = session(&site);
    let city = "content/cases/city.md";
    edit(&site, city, "סיפור של עיר.", "סיפור של כפר.");
    session.rebuild(&[site.dir.join(city)]).unwrap();
    let job = session.search_job(false).unwrap();
    assert!(session.search_job(false).is_none(), "one job at a time");
    edit(&site, city, "סיפור של כפר.", "סיפור של מושב.");
    session.rebuild(&[site.dir.join(city)]).unwrap();
    assert!(
        session.apply_search(job.run()).is_some(),
        "its files are kept"
    );
    let job = session.search_job(false).expect("stale again");
    assert!(session.apply_search(job.run()).is_some());
    assert_equals_full_build(&site, &mut session, "two edits");
}

#[test]
fn a_search_update_overtaken_by_a_whole_rebuild_is_dropped() {
    let site = TestSite::fixture("basic");
    let mut session = session(&site);
    let city = "content/cases/city.md";
    edit(&site, city, "סיפור של עיר.", "סיפור של כפר.");
    session.rebuild(&[site.dir.join(city)]).unwrap();
    let job = session.search_job(false).unwrap();
    session.rebuild(&[site.dir.join("config.toml")]).unwrap();
    assert!(session.apply_search(job.run()).is_none());
    assert_equals_full_build(&site, &mut session, "a whole rebuild");
}

/// The preview reports what `kb build` does: a missing image fails a rebuild (the last good
/// build stays served) and a skipped heading is a warning of the build that goes through.
#[test]
fn a_rebuild_fails_on_a_missing_image_and_warns_of_a_skipped_heading() {
    let site = TestSite::fixture("basic");
    let mut session = session(&site);
    let path = "content/cases/city.md";
    let good = session.files();
    edit(
        &site,
        path,
        "סיפור של עיר.",
        "סיפור של עיר.\n\n![מפה](/images/no-such-map.png)",
    );
    let failed = session.rebuild(&[site.dir.join(path)]).unwrap_err();
    assert!(
        failed
            .to_string()
            .contains("/images/no-such-map.png does not exist"),
        "{failed}"
    );
    assert!(
        Arc::ptr_eq(&good, &session.files()),
        "the last good build stays"
    );
    edit(&site, path, "![מפה](/images/no-such-map.png)", "### שלב");
    session.rebuild(&[site.dir.join(path)]).unwrap();
    let warnings = session.warnings().to_string();
    assert!(
        warnings.contains("a level 3 heading right after a level 1 heading"),
        "{warnings}"
    );
}

#[test]
fn a_removed_alias_takes_its_redirect_with_it() {
    let site = TestSite::fixture("basic");
    edit(
        &site,
        "content/cases/city.md",
        "+++\n",
        "+++\naliases = [\"/old-city/\"]\n",
    );
    let mut session = session(&site);
    let before = session.files();
    assert!(before.get("old-city/index.html").is_some());
    assert!(before.get("_redirects").is_some());
    edit(
        &site,
        "content/cases/city.md",
        "aliases = [\"/old-city/\"]\n",
        "",
    );
    let after = session
        .rebuild(&[site.dir.join("content/cases/city.md")])
        .unwrap();
    assert!(after.get("old-city/index.html").is_none());
    assert!(after.get("_redirects").is_none());
}
