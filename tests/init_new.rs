//! `kb init` and `kb new`, run as a new user would: the real binary in a temp folder, then
//! `kb build` of what they wrote.

mod common;

use std::path::Path;
use std::process::Command;

use common::{KB, Run, TestSite};

const HOME: &str = env!("CARGO_PKG_REPOSITORY");
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// `kb ARGS` run in `dir`.
fn kb_in(dir: &Path, args: &[&str]) -> Run {
    Command::new(KB)
        .env("KB_LANG", "en")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
        .into()
}

/// A site made by `kb init site EXTRA` in a fresh temp folder.
fn init(extra: &[&str]) -> (TestSite, Run) {
    let tmp = tempfile::tempdir().unwrap();
    let mut args = vec!["init", "site"];
    args.extend_from_slice(extra);
    let run = kb_in(tmp.path(), &args);
    let dir = tmp.path().join("site");
    (TestSite { tmp, dir }, run)
}

fn initialised() -> TestSite {
    let (site, run) = init(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    fill_placeholders(&site);
    site
}

/// The starter's placeholders, filled in as the author does before publishing.
fn fill_placeholders(site: &TestSite) {
    let config = source(site, "config.toml")
        .replace("\"https://example.org\"", "\"https://kb.example.net\"")
        .replace("שם הארגון (למלא)", "עמותת ביחד")
        .replace("שם רכז/ת הנגישות (למלא)", "דנה כהן")
        .replace("03-0000000", "03-5551234")
        .replace("accessibility@example.org", "negishut@kb.example.net");
    site.write("config.toml", config);
}

fn source(site: &TestSite, relative: &str) -> String {
    let path = site.dir.join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// Today's date as `date` sees it, which is what kb new must write.
fn today() -> String {
    let out = Command::new("date").arg("+%F").output().unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn init_writes_a_hebrew_site_that_builds_without_a_diagnostic() {
    let (site, run) = init(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    for step in [
        "What now",
        "cd site",
        "kb serve",
        "kb new articles",
        "kb build",
        &format!("{HOME}/blob/main/docs/publishing.md"),
    ] {
        assert!(run.stdout.contains(step), "`{step}` in:\n{}", run.stdout);
    }
    let config = source(&site, "config.toml");
    for table in [
        "[types.articles]",
        "[types.tools]",
        "[types.cases]",
        "[types.videos]",
        "[tags.backbone]\nname = \"ארגון שדרה\"\ndescription = \"",
        "[tags.trust-building]\nname = \"בניית אמון\"\ndescription = \"",
        "[tags.measurement]\nname = \"מדידה משותפת\"\ndescription = \"",
        "[accessibility]",
    ] {
        assert!(config.contains(table), "{table}");
    }
    assert!(source(&site, ".gitignore").lines().any(|l| l == "public/"));
    assert!(!site.dir.join(".github").exists());

    // It builds, and says what is left to fill in before publishing: nothing else.
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let placeholders = run.stderr.matches("still holds the example value").count();
    assert_eq!(placeholders, 5, "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 10, "{}", run.stderr);
    fill_placeholders(&site);
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "no warning: {}", run.stderr);
    assert!(
        run.stdout
            .contains("built articles: 1, tools: 1, cases: 1, videos: 1, 1 page"),
        "{}",
        run.stdout
    );
    assert!(
        site.read("about/index.html")
            .contains("<h1><bdi>מי אנחנו</bdi></h1>")
    );
    let statement = site.read("accessibility/index.html");
    assert!(statement.contains("<h1>הצהרת נגישות</h1>"));
    assert!(
        statement.contains(&format!("<time datetime=\"{}\">", today())),
        "the review date is the day of init"
    );
    assert!(site.read("index.html").contains("ברוכים הבאים למאגר הידע"));
}

#[test]
fn init_with_github_pages_writes_the_workflow_that_builds_for_the_project_path() {
    let (site, run) = init(&["--github-pages", "--lang", "he"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for said in [
        "מה עכשיו:",
        "לפני הדחיפה הראשונה",
        "Settings ← Pages ← Source: GitHub Actions",
        &format!("kb {VERSION}"),
        &format!("{HOME}/blob/main/docs/publishing.he.md"),
    ] {
        assert!(run.stdout.contains(said), "`{said}` in:\n{}", run.stdout);
    }
    let workflow = source(&site, ".github/workflows/pages.yml");
    // tests/publishing.rs runs it; here, that kb init filled it in.
    for needle in [
        &format!("KB_VERSION: \"{VERSION}\""),
        &format!("KB_RELEASES: {HOME}/releases/download"),
        "kb check .",
        "kb build . --base-url \"$KB_SITE_URL\"",
        "uses: actions/deploy-pages@",
    ] {
        assert!(workflow.contains(needle), "`{needle}` in:\n{workflow}");
    }
    assert!(!workflow.contains("{{KB_"), "{workflow}");
    // The workflow is the site's: it is not content, and the build still has nothing to say
    // (the address given on the command line replaces the starter's).
    fill_placeholders(&site);
    site.write(
        "config.toml",
        source(&site, "config.toml").replace("https://kb.example.net", "https://example.org"),
    );
    let run = site.build(&["--base-url", "https://org.github.io/kb-site/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn init_refuses_a_folder_with_anything_but_git_in_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("notes");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("todo.txt"), "לא לשכוח").unwrap();
    let run = kb_in(tmp.path(), &["init", "notes"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("notes is not empty (it holds `todo.txt`)")
            && run
                .stderr
                .contains("hint: create the site in a new folder:\n    kb init my-site"),
        "{}",
        run.stderr
    );
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(left.len(), 1, "nothing was written");
    assert_eq!(
        std::fs::read_to_string(dir.join("todo.txt")).unwrap(),
        "לא לשכוח"
    );

    // A fresh clone of an empty repository is as good as an empty folder.
    std::fs::remove_file(dir.join("todo.txt")).unwrap();
    std::fs::create_dir(dir.join(".git")).unwrap();
    let run = kb_in(&dir, &["init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(dir.join("config.toml").is_file());
    assert!(!run.stdout.contains("cd "), "already there: {}", run.stdout);
}

#[test]
fn new_writes_an_item_of_each_type_a_bundle_and_a_page_that_build() {
    let site = initialised();
    let made = [
        (
            vec!["new", "articles", "מיפוי שותפים"],
            "content/articles/mifui-shutfim.md",
            "/articles/mifui-shutfim/",
        ),
        (
            vec!["new", "tools", "טופס הרשמה למפגש"],
            "content/tools/tufs-hrshma-lmfgsh.md",
            "/tools/tufs-hrshma-lmfgsh/",
        ),
        (
            vec!["new", "cases", "קואליציה בבאר שבע", "--bundle"],
            "content/cases/kualitzia-bvar-shva/index.md",
            "/cases/kualitzia-bvar-shva/",
        ),
        (
            vec![
                "new",
                "videos",
                "ראיון עם רכזת",
                "--slug",
                "coordinator-talk",
            ],
            "content/videos/coordinator-talk.md",
            "/videos/coordinator-talk/",
        ),
        (
            vec!["new", "page", "צרו קשר"],
            "content/tzru-kshr.md",
            "/tzru-kshr/",
        ),
    ];
    for (args, path, url) in &made {
        let run = site.kb(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert!(
            run.stdout.contains(path) && run.stdout.contains(url),
            "{args:?}: {}",
            run.stdout
        );
    }
    let article = source(&site, made[0].1);
    assert!(
        article.starts_with("+++\ntitle = \"מיפוי שותפים\"\n"),
        "{article}"
    );
    for line in [
        format!("date = {}", today()),
        "authors = []".to_string(),
        "#   backbone: ארגון שדרה".to_string(),
        "#   trust-building: בניית אמון".to_string(),
        "#   measurement: מדידה משותפת".to_string(),
    ] {
        assert!(
            article.lines().any(|l| l == line),
            "`{line}` in:\n{article}"
        );
    }
    assert!(
        article.lines().any(|l| l.starts_with("tags = []")),
        "{article}"
    );
    let page = source(&site, "content/tzru-kshr.md");
    assert!(page.starts_with("+++\ntitle = \"צרו קשר\"\n"), "{page}");
    assert!(!page.contains("date ="), "a page has no date: {page}");

    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    for (_, _, url) in &made {
        let html = site.read(&format!("{}index.html", &url[1..]));
        assert!(html.contains("<h1>"), "{url}");
    }
    assert!(
        !site.read("index.html").contains("/tzru-kshr/"),
        "a page is in no listing"
    );
}

#[test]
fn new_never_overwrites_a_file() {
    let site = initialised();
    assert_eq!(site.kb(&["new", "articles", "מיפוי שותפים"]).code, 0);
    let path = "content/articles/mifui-shutfim.md";
    site.write(
        path,
        "+++\ntitle = \"מיפוי שותפים\"\ndate = 2024-01-01\n+++\n\nטיוטה שלי.\n",
    );
    for args in [
        &["new", "articles", "מיפוי שותפים"][..],
        &["new", "articles", "כותרת אחרת", "--slug", "mifui-shutfim"],
        // A bundle of the same slug would take the same URL.
        &["new", "articles", "מיפוי שותפים", "--bundle"],
    ] {
        let run = site.kb(args);
        assert_eq!(run.code, 1, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "{path}: this file already exists; kb new never overwrites a file"
            )),
            "{}",
            run.stderr
        );
    }
    assert!(source(&site, path).contains("טיוטה שלי."));
    assert!(!site.dir.join("content/articles/mifui-shutfim").exists());

    let run = site.kb(&["new", "page", "מי אנחנו", "--slug", "about"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/about.md: this file already exists")
    );
}

#[test]
fn new_of_an_unknown_type_lists_the_types() {
    let site = initialised();
    let run = site.kb(&["new", "article", "מאמר"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("config.toml: there is no type `article`")
            && run.stderr.contains("did you mean `articles`?")
            && run
                .stderr
                .contains("the types are `articles`, `tools`, `cases`, `videos`, or `page`"),
        "{}",
        run.stderr
    );
    let run = site.kb(&["new", "articles", "!!!"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("--slug"), "{}", run.stderr);
    let run = site.kb(&["new", "page", "תגיות", "--slug", "tags"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("/tags/"), "{}", run.stderr);
    assert!(!site.dir.join("content/tags.md").exists());
}
