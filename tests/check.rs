//! `kb check`: exit codes (errors 1, warnings 0 unless --strict), the example site clean, each
//! problem of the check fixture reported once with its file and line, and `--external` against
//! a local HTTP server only (200, 404, a redirect, a timeout), with its cache.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::time::Duration;

use common::TestSite;
use kb::check::external::{self, Answer, Settings};

#[test]
fn the_example_site_reports_nothing() {
    let site = TestSite::copy_of("content-example");
    let run = site.kb(&["check", ".", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.starts_with("kb check: no problems found"),
        "{}",
        run.stderr
    );
    assert!(!site.out().exists(), "kb check writes nothing");
}

#[test]
fn each_problem_is_reported_once_with_its_file_and_line() {
    let site = TestSite::fixture("invalid/check-everything");
    site.write("content/articles/bundle/big.jpg", vec![0u8; 1_200_000]);
    let run = site.kb(&["check", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for expected in [
        "content/articles/all.md:5: warning",
        "content/articles/all.md:10:1: error",
        "content/articles/all.md:10:32: error",
        "content/articles/all.md:12:1: error",
        "content/articles/all.md:14:1: error",
        "content/articles/all.md:14:1: warning",
        "content/articles/all.md:16:1: warning",
        "content/articles/all.md:18:8: warning",
        "content/articles/all.md:20:1: warning",
        "content/articles/all.md:22:1: warning",
        "content/articles/bundle/index.md:2: warning",
        "content/articles/bundle/index.md:6:22: error",
        "content/articles/bundle/index.md:8:1: warning",
        "content/videos/talk.md:5: warning",
        "config.toml:16: warning",
    ] {
        let (place, label) = expected.rsplit_once(": ").unwrap();
        let line = format!("{label}: {place}: ");
        assert_eq!(
            run.stderr.matches(&line).count(),
            1,
            "{line} in\n{}",
            run.stderr
        );
    }
    // The fixture's good links and its chart.png are not reported.
    assert!(
        !run.stderr.contains("/articles/ok/#מה-זה-ארגון-שדרה") && !run.stderr.contains("chart.png"),
        "{}",
        run.stderr
    );
    assert!(!site.out().exists());
}

#[test]
fn warnings_pass_unless_strict_and_build_still_passes() {
    let site = TestSite::fixture("invalid/language-name");
    assert_eq!(site.kb(&["check", "."]).code, 0);
    let strict = site.kb(&["check", ".", "--strict"]);
    assert_eq!(strict.code, 1, "{}", strict.stderr);
    assert!(strict.stderr.contains("1 warning"), "{}", strict.stderr);
    // kb build fails on what is broken for a reader, as kb check does, and writes nothing.
    let checked = TestSite::fixture("invalid/check-everything");
    let build = checked.build(&[]);
    assert_eq!(build.code, 1, "{}", build.stderr);
    assert!(
        build
            .stderr
            .contains("error: content/articles/all.md:10:1: broken link")
    );
    assert!(!checked.out().exists());
    // What only kb check looks for (tags, summaries, captions, heavy images) does not.
    let editorial = TestSite::fixture("invalid/heading-skip");
    let summary = "תקציר ארוך. ".repeat(20);
    editorial.write(
        "content/articles/long.md",
        format!("+++\ntitle = \"ארוך\"\ndate = 2024-03-01\nsummary = \"{summary}\"\n+++\n\nגוף.\n"),
    );
    let build = editorial.build(&[]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(!build.stderr.contains("long.md"), "{}", build.stderr);
    let check = editorial.kb(&["check", "."]);
    assert!(
        check.stderr.contains("long.md:2: this item has no tags")
            && check.stderr.contains("long.md:4: the summary is "),
        "{}",
        check.stderr
    );
}

/// A server on 127.0.0.1 answering `/ok` 200, `/gone` 404, `/moved` 301 to `/ok`, and
/// never answering `/slow`; returns its base URL.
fn local_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let location = format!("{base}/ok");
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let location = location.clone();
            std::thread::spawn(move || {
                let mut request = String::new();
                let _ = BufReader::new(&stream).read_line(&mut request);
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
                let answer = match path.as_str() {
                    "/ok" => "HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok".to_string(),
                    "/moved" => format!(
                        "HTTP/1.1 301 Moved Permanently\r\nlocation: {location}\r\ncontent-length: 0\r\n\r\n"
                    ),
                    "/slow" => {
                        std::thread::sleep(Duration::from_secs(5));
                        return;
                    }
                    _ => "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n".to_string(),
                };
                let _ = stream.write_all(answer.as_bytes());
            });
        }
    });
    base
}

#[test]
fn external_links_are_fetched_with_a_timeout_and_their_status() {
    let base = local_server();
    let urls = ["ok", "gone", "moved", "slow"].map(|p| format!("{base}/{p}"));
    let refs: Vec<&str> = urls.iter().map(String::as_str).collect();
    let settings = Settings {
        timeout: Duration::from_millis(700),
        workers: 4,
        cache: None,
    };
    let answers = external::fetch_all(&refs, &settings);
    let expected = [
        Answer::Status(404),
        Answer::Redirect(301, format!("{base}/ok")),
        Answer::Status(200),
        Answer::TimedOut,
    ];
    let got: Vec<&Answer> = answers.iter().map(|(_, a)| a).collect();
    assert_eq!(got, expected.iter().collect::<Vec<_>>(), "{answers:?}");
}

#[test]
fn kb_check_external_reports_broken_and_moved_links_and_caches_good_ones() {
    let base = local_server();
    let site = TestSite::fixture("invalid/language-name");
    site.write(
        "config.toml",
        std::fs::read_to_string(site.dir.join("config.toml"))
            .unwrap()
            .replace("language = \"עברית\"", ""),
    );
    site.write(
        "content/articles/ok.md",
        format!("+++\ntitle = \"קישורים\"\ndate = 2024-03-01\ntags = [\"backbone\", \"trust-building\"]\n+++\n\n[עובד]({base}/ok)\n\n[נעלם]({base}/gone)\n\n[עבר]({base}/moved)\n"),
    );
    let cache = site.tmp.path().join("cache");
    let check = |lang: &str| {
        let out = std::process::Command::new(common::KB)
            .args(["check", ".", "--external"])
            .env("KB_LANG", lang)
            .env("XDG_CACHE_HOME", &cache)
            .current_dir(&site.dir)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, stderr) = check("en");
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "error: content/articles/ok.md:9:1: broken link: {base}/gone answered 404"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "warning: content/articles/ok.md:11:1: the link {base}/moved moved (301)"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("hint: link to the new address: {base}/ok")),
        "{stderr}"
    );
    assert!(!stderr.contains(&format!("{base}/ok answered")), "{stderr}");
    let cached = std::fs::read_to_string(cache.join("kb/external-links.tsv")).unwrap();
    assert!(cached.starts_with(&format!("{base}/ok\t")), "{cached}");
    let (_, hebrew) = check("he");
    assert!(
        hebrew.contains(&format!(
            "שגיאה: content/articles/ok.md:9:1: קישור שבור: {base}/gone ענה 404"
        )),
        "{hebrew}"
    );
}
