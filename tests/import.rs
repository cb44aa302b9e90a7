//! `kb import wordpress`: fixture exports written like a Hebrew knowledge centre (custom post
//! types, Hebrew categories and tags, classic and block-editor posts, captions, embeds, a
//! gallery, footnotes, tables, internal links of every form, drafts, a menu) imported and built
//! with the real binary: every post at its new URL, every old permalink redirecting to it, its
//! words on the page and in search, and the report listing only what was not converted.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{KB, Run, repo, snapshot};

const EXPORT: &str = "tests/fixtures/wordpress/knowledge-centre.xml";
const UPLOADS: &str = "tests/fixtures/wordpress/uploads";

/// Each published post of the fixture: its new URL, its old permalink (decoded) and words of
/// its body.
const POSTS: [(&str, Option<&str>, &[&str]); 7] = [
    (
        "/articles/tfkidi-argun-shdra/",
        Some("/2021/05/תפקידי-ארגון-שדרה/"),
        &[
            "ארגון השדרה מחזיק את המהלך המשותף",
            "ארבעה תפקידים",
            "מחזיק את הנתונים",
            "השדרה היא לב העבודה המשותפת",
            "תיאום פגישות",
            "קניה וקרמר, 2011",
            "מפת השותפים כפי שצוירה בסדנה",
        ],
    ),
    (
        "/articles/shared-measurement-guide/",
        Some("/2022/01/shared-measurement-guide/"),
        &[
            "מדידה משותפת מתחילה בהסכמה על מדדים",
            "שלבי העבודה",
            "אוספים נתונים",
            "שיעור נשירה",
            "לוח המחוונים של הקואליציה",
            "מדריך המדדים",
        ],
    ),
    (
        "/tools/mft-shutfim/",
        Some("/2022/03/מפת-שותפים/"),
        &[
            "כלי פשוט למיפוי השותפים בעיר",
            "מפגש השותפים הראשון",
            "עמוד הצוות",
        ],
    ),
    (
        "/cases/beer-sheva/",
        Some("/case_study/beer-sheva/"),
        &["עשרים ארגונים עבדו יחד שלוש שנים", "מדריך המדידה"],
    ),
    (
        "/tools/meeting-summary/",
        Some("/tool/meeting-summary/"),
        &["תבנית מוכנה לסיכום פגישת שותפים"],
    ),
    ("/about/", None, &["מרכז הידע נבנה בידי השותפים"]),
    ("/team/", Some("/about/team/"), &["הצוות המקצועי של המרכז"]),
];

/// A temp folder to import into.
struct Import {
    _tmp: tempfile::TempDir,
    site: PathBuf,
}

fn kb(lang: &str, args: &[&str]) -> Run {
    Command::new(KB)
        .env("KB_LANG", lang)
        .args(args)
        .current_dir(repo())
        .output()
        .unwrap()
        .into()
}

fn import(extra: &[&str]) -> (Import, Run) {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let site_arg = site.to_str().unwrap();
    let mut args = vec![
        "import",
        "wordpress",
        EXPORT,
        site_arg,
        "--uploads",
        UPLOADS,
    ];
    args.extend_from_slice(extra);
    let run = kb("he", &args);
    (Import { _tmp: tmp, site }, run)
}

fn build(site: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["build", site.to_str().unwrap()];
    args.extend_from_slice(extra);
    kb("en", &args)
}

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

fn page_of(site: &Path, url: &str) -> String {
    read(
        site.join("public")
            .join(url.trim_start_matches('/'))
            .join("index.html"),
    )
}

#[test]
fn every_post_is_at_its_new_url_and_every_old_one_redirects() {
    let (import, run) = import(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let built = build(&import.site, &[]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    assert!(!built.stderr.contains("error"), "{}", built.stderr);
    let search: String = snapshot(&import.site.join("public/search"))
        .into_iter()
        .map(|(_, bytes)| String::from_utf8_lossy(&bytes).into_owned())
        .collect();
    for (url, old, words) in POSTS {
        let page = page_of(&import.site, url);
        for phrase in words {
            assert!(page.contains(phrase), "{phrase} on {url}");
        }
        assert!(search.contains(words[0]), "{} in search", words[0]);
        if let Some(old) = old {
            let redirect = page_of(&import.site, old);
            let refresh = format!("content=\"0; url={url}\"");
            assert!(redirect.contains(&refresh), "{old} → {url}: {redirect}");
        }
    }
    let check = kb("en", &["check", import.site.to_str().unwrap()]);
    assert_eq!(check.code, 0, "kb check finds no error: {}", check.stderr);
    let rules = read(import.site.join("public/_redirects"));
    assert!(
        rules.contains("/case_study/beer-sheva/ /cases/beer-sheva/ 301\n"),
        "{rules}"
    );
    assert!(rules.contains("/about/team/ /team/ 301\n"));
}

#[test]
fn bodies_keep_their_structure_links_media_and_notes() {
    let (import, run) = import(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let source = read(import.site.join("content/articles/tfkidi-argun-shdra.md"));
    for expected in [
        "title = \"תפקידי ארגון השדרה\"",
        "date = 2021-05-10\nupdated = 2022-02-01",
        "authors = [\"דנה לוי\"]",
        "tags = [\"argun-shdra\", \"shutfuiut\"]",
        "summary = \"מה עושה ארגון שדרה ולמה הוא נחוץ.\"",
        // Classic editor: one new line is a line break, a blank line a paragraph.
        "המשותף.  \nהוא לא מוביל לבד",
        "[![מפת השותפים בעיר](/wp-content/uploads/2021/05/mapa.jpg)](/wp-content/uploads/2021/05/mapa.jpg)",
        "[המדריך למדידה משותפת](@/articles/shared-measurement-guide.md)",
        "[עמוד האודות](@/about.md)",
        "| רכזת  | תיאום פגישות |",
        "\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n",
        "[^1]: קניה וקרמר, 2011.",
    ] {
        assert!(source.contains(expected), "{expected} in {source}");
    }
    let block = read(
        import
            .site
            .join("content/articles/shared-measurement-guide.md"),
    );
    for expected in [
        "[תפקידי השדרה](@/articles/tfkidi-argun-shdra.md)",
        "\nhttps://youtu.be/aqz-KE-bpKQ\n",
        "\nhttps://vimeo.com/76979871\n",
        "[^1]: ראו מדריך המדדים של הקואליציה.",
        "\\[contact-form-7 id=\"9\" title=\"צרו קשר\"\\]",
    ] {
        assert!(block.contains(expected), "{expected} in {block}");
    }
    assert!(!block.contains("wp:"), "{block}");
    let tool = read(import.site.join("content/tools/mft-shutfim.md"));
    assert!(tool.contains("[עמוד הצוות](@/team.md)"), "{tool}");
    assert!(
        tool.contains("![לוח עם פתקים](https://kc.example.org/wp-content/uploads/2021/05/g2.jpg)")
    );
    assert!(
        import
            .site
            .join("static/wp-content/uploads/2021/05/mapa.jpg")
            .is_file()
    );
    let config = read(import.site.join("config.toml"));
    for expected in [
        "title = \"מרכז הידע של הקואליציה\"",
        "base_url = \"https://kc.example.org/\"",
        "language = \"he\"",
        "[tags.klim]\nname = \"כלים\"\ndescription = \"כלים מעשיים לשותפויות\"",
        "[tags.shared-measurement]\nname = \"מדידה משותפת\"",
        "[[menu.main]]\nname = \"אודות\"\nurl = \"@/about.md\"",
        "[[menu.main]]\nname = \"כל הכלים\"\nurl = \"/tags/klim/\"",
    ] {
        assert!(config.contains(expected), "{expected} in {config}");
    }
}

#[test]
fn the_report_lists_only_what_was_not_converted() {
    let (import, run) = import(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = read(import.site.join("import-report.txt"));
    assert_eq!(
        run.stdout.split("\nkb: ").next().unwrap().trim(),
        report.trim()
    );
    for expected in [
        "יובאו: מאמרים: 2, כלים: 2, מקרי בוחן: 1, 2 עמודים; מהם 0 טיוטות",
        "5 תגיות באוצר התגיות",
        "התפריט \"תפריט ראשי\" הפך לתפריט הראשי (3 פריטים)",
        "6 כתובות ישנות מפנות",
        "2 קבצים הועתקו",
        "3 סרטונים משובצים הומרו",
        "2 תגובות נספרו ולא יובאו",
        "\"מדריך למדידה משותפת\" (מזהה 11): [contact-form-7] נשאר כטקסט",
        "\"מפת שותפים\" (מזהה 12): הקובץ https://kc.example.org/wp-content/uploads/2021/05/g2.jpg לא נמצא",
        "\"טיוטה על גיוס משאבים\" (מזהה 30): טיוטה",
        "\"נמחק\" (מזהה 31): בפח",
        "\"פרוטוקול ישיבת ההנהלה\" (מזהה 34): מוגן בסיסמה",
        "\"תפקידי ארגון השדרה\" (מזהה 10): התמונה הראשית שלו https://kc.example.org/wp-content/uploads/2021/05/mapa.jpg לא יובאה",
        "\"הצוות שלנו\" (מזהה 53): פריט תפריט",
        "\"הקואליציה לחינוך בבאר שבע\" (מזהה 13): הקישור https://kc.example.org/2022/01/shared-measurement-guide/#steps מוביל לפוסט בלי העוגן",
    ] {
        assert!(report.contains(expected), "{expected} in {report}");
    }
    for converted in [
        "caption", "embed", "gallery", "youtube", "[ref]", "iframe", "footnote",
    ] {
        assert!(
            !report.contains(converted),
            "{converted} reported in {report}"
        );
    }
    let english = kb(
        "en",
        &[
            "import",
            "wordpress",
            EXPORT,
            import.site.join("en").to_str().unwrap(),
        ],
    );
    assert!(
        english
            .stdout
            .contains("\"מדריך למדידה משותפת\" (ID 11): [contact-form-7] kept as text"),
        "{}",
        english.stdout
    );
}

#[test]
fn old_addresses_work_under_a_sub_path() {
    let (import, run) = import(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let built = build(&import.site, &["--base-url", "https://org.github.io/kc/"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let redirect = page_of(&import.site, "/2021/05/תפקידי-ארגון-שדרה/");
    assert!(
        redirect.contains("url=/kc/articles/tfkidi-argun-shdra/"),
        "{redirect}"
    );
    let page = page_of(&import.site, "/articles/tfkidi-argun-shdra/");
    assert!(
        page.contains("src=\"/kc/wp-content/uploads/2021/05/mapa.jpg\""),
        "{page}"
    );
    assert!(page.contains("href=\"/kc/articles/shared-measurement-guide/\""));
}

#[test]
fn drafts_come_with_drafts_and_a_map_moves_post_types() {
    let (import, run) = import(&["--drafts"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let draft = read(
        import
            .site
            .join("content/articles/tiuta-al-gius-mshavim.md"),
    );
    assert!(draft.contains("draft = true"), "{draft}");
    let protected = read(import.site.join("content/articles/board-minutes.md"));
    assert!(protected.contains("draft = true"), "{protected}");
    assert_eq!(build(&import.site, &[]).code, 0);
    let map = read(import.site.join("import.toml"));
    let edited = map.replace("tool = \"tools\"", "tool = \"articles\"");
    assert_ne!(map, edited, "{map}");
    let map_path = import.site.join("edited.toml");
    std::fs::write(&map_path, edited).unwrap();
    let again = import.site.parent().unwrap().join("again");
    let run = kb(
        "en",
        &[
            "import",
            "wordpress",
            EXPORT,
            again.to_str().unwrap(),
            "--map",
            map_path.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(again.join("content/articles/meeting-summary.md").is_file());
    assert_eq!(build(&again, &[]).code, 0);
}

#[test]
fn a_file_that_is_not_an_export_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let not_export = tmp.path().join("feed.xml");
    std::fs::write(
        &not_export,
        "<?xml version=\"1.0\"?>\n<rss><channel><title>x</title></channel></rss>\n",
    )
    .unwrap();
    let broken = tmp.path().join("broken.xml");
    let text = read(repo().join(EXPORT)).replace(
        "</wp:post_id>\n\t\t<wp:post_date><![CDATA[2022-01-15",
        "</wp:post>\n\t\t<wp:post_date><![CDATA[2022-01-15",
    );
    std::fs::write(&broken, text).unwrap();
    let cases = [
        (
            &not_export,
            "feed.xml:1: this file is not a WordPress export",
        ),
        (
            &broken,
            "broken.xml:117: this export is not well-formed XML",
        ),
    ];
    for (file, expected) in cases {
        let run = kb(
            "en",
            &[
                "import",
                "wordpress",
                file.to_str().unwrap(),
                site.to_str().unwrap(),
            ],
        );
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(
            run.stderr.contains(expected),
            "{expected} in {}",
            run.stderr
        );
        assert!(!site.exists(), "nothing written");
    }
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("notes.txt"), "mine").unwrap();
    let run = kb(
        "en",
        &["import", "wordpress", EXPORT, site.to_str().unwrap()],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("is not empty (it holds `notes.txt`)"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_old_export_of_a_blog_under_a_path_keeps_its_addresses_under_it() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let export = "tests/fixtures/wordpress/blog-wxr-1.0.xml";
    let run = kb(
        "en",
        &["import", "wordpress", export, site.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let config = read(site.join("config.toml"));
    assert!(
        config.contains("title = \"הבלוג של רשת הארגונים & השותפים\""),
        "{config}"
    );
    assert!(config.contains("base_url = \"https://org.example/blog/\""));
    let first = read(site.join("content/articles/first-meeting.md"));
    for expected in [
        "aliases = [\"/2019/03/first-meeting/\"]",
        "נפגשנו בפעם הראשונה – שנים עשר ארגונים.  \nכל אחד הציג את עצמו.",
        "[ההמשך](@/articles/second-meeting.md)",
        "[אתר אחר](https://other.example/)",
        "\nhttp://youtube.com/watch?v=dQw4w9WgXcQ",
    ] {
        assert!(first.contains(expected), "{expected} in {first}");
    }
    let second = read(site.join("content/articles/second-meeting.md"));
    assert!(
        second.contains("[חזרנו](@/articles/first-meeting.md)"),
        "{second}"
    );
    assert!(
        second.contains("\\<script\\>alert(\"x\")\\</script\\>"),
        "{second}"
    );
    assert!(
        run.stdout
            .contains("\"הפגישה השנייה\" (ID 6): <script> kept as text")
    );
    assert!(
        run.stdout
            .contains("(ID 6): its old address /blog/?p=6 has a query")
    );
    let built = build(&site, &[]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let redirect = page_of(&site, "/2019/03/first-meeting/");
    assert!(
        redirect.contains("url=/blog/articles/first-meeting/"),
        "{redirect}"
    );
    assert_eq!(
        read(site.join("public/_redirects")),
        "/blog/2019/03/first-meeting/ /blog/articles/first-meeting/ 301\n"
    );
}
