//! A hostile pull request: content written to write outside the output, publish the builder's
//! secrets, run script on readers, lose the user's files or hang the build. Each input is
//! refused with its file (and line), or built into an output with nothing outside it, no
//! secret and nothing that runs; a refused build leaves the previous output byte for byte.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{KB, Run, TestSite, snapshot, tree};

/// A secret the machine that builds holds, as CI machines hold tokens.
const TOKEN: &str = "ghs_hostile_test_token_4f9a";

/// `kb` with a token in its environment, killed (and the test failed) if it hangs.
fn kb(site: &TestSite, args: &[&str]) -> Run {
    let mut child = Command::new(KB)
        .env("KB_LANG", "en")
        .env("GITHUB_TOKEN", TOKEN)
        .args(args)
        .current_dir(&site.dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("kb {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap().into()
}

/// A built copy of the basic fixture, and everything beside it that a build must not touch.
fn built() -> (TestSite, common::Tree) {
    let site = TestSite::fixture("basic");
    let run = kb(&site, &["build", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let outside = outside(&site);
    (site, outside)
}

/// Everything in the test's temp folder but the output.
fn outside(site: &TestSite) -> common::Tree {
    tree(site.tmp.path())
        .into_iter()
        .filter(|(path, _)| !path.starts_with("site/public"))
        .collect()
}

/// The build refuses with each `(file, words)` on a line of its errors, and changes nothing:
/// not the previous output, not anything outside it but the hostile files `added`.
fn refused(site: &TestSite, added: &[&str], expected: &[(&str, &str)]) {
    let before = snapshot(&site.out());
    let outside_before = outside(site);
    for args in [&["build", "."][..], &["check", "."][..]] {
        let run = kb(site, args);
        assert_eq!(run.code, 1, "kb {args:?}: {}", run.stderr);
        for (file, words) in expected {
            let named = run
                .stderr
                .lines()
                .any(|line| line.starts_with(&format!("error: {file}")) && line.contains(words));
            assert!(
                named,
                "kb {args:?}: no error on {file} with {words:?}:\n{}",
                run.stderr
            );
        }
        assert!(!run.stderr.contains(TOKEN), "{}", run.stderr);
    }
    assert_eq!(snapshot(&site.out()), before, "the previous output changed");
    let outside_after = outside(site);
    let changed: Vec<&PathBuf> = outside_after
        .iter()
        .filter(|entry| !outside_before.contains(entry))
        .map(|(path, _)| path)
        .filter(|path| {
            !added
                .iter()
                .any(|a| path.starts_with(Path::new("site").join(a)))
        })
        .collect();
    assert!(
        changed.is_empty(),
        "written outside the output: {changed:?}"
    );
}

#[test]
fn backslash_and_dot_names_never_write_outside_the_output() {
    let (site, _) = built();
    site.write("static/..\\..\\..\\pwned.txt", "x");
    site.write("content/tools/map-bundle/..\\..\\..\\..\\bundle.txt", "x");
    site.write("static/a\u{202e}txt.exe", "x");
    site.write("static/con.txt", "x");
    refused(
        &site,
        &["static", "content"],
        &[
            ("static/..\\..\\..\\pwned.txt", "backslash"),
            (
                "content/tools/map-bundle/..\\..\\..\\..\\bundle.txt",
                "backslash",
            ),
            ("static/a\u{202e}txt.exe", "invisible character (U+202E)"),
            ("static/con.txt", "Windows keeps for devices"),
        ],
    );
    assert!(!site.tmp.path().join("pwned.txt").exists());
}

#[test]
fn links_out_of_the_site_are_refused_and_no_secret_is_published() {
    let (site, _) = built();
    let home = site.tmp.path().join("home");
    std::fs::create_dir_all(home.join(".ssh")).unwrap();
    std::fs::write(home.join(".ssh/id_ed25519"), TOKEN).unwrap();
    let link =
        |target: &Path, at: &str| std::os::unix::fs::symlink(target, site.dir.join(at)).unwrap();
    link(Path::new("/proc/self/environ"), "static/env.txt");
    link(&home.join(".ssh"), "static/ssh");
    link(Path::new("/dev/zero"), "content/articles/zero.md");
    link(
        &home.join(".ssh/id_ed25519"),
        "content/tools/map-bundle/key.txt",
    );
    refused(
        &site,
        &["static", "content"],
        &[
            ("static/env.txt", "/proc/"),
            ("static/ssh", "outside the site folder"),
            ("content/articles/zero.md", "/dev/zero"),
            (
                "content/tools/map-bundle/key.txt",
                "outside the site folder",
            ),
        ],
    );
}

#[test]
fn a_link_to_config_outside_the_site_is_refused() {
    let (site, _) = built();
    std::fs::rename(
        site.dir.join("config.toml"),
        site.tmp.path().join("config.toml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        site.tmp.path().join("config.toml"),
        site.dir.join("config.toml"),
    )
    .unwrap();
    refused(
        &site,
        &["config.toml"],
        &[("config.toml", "outside the site folder")],
    );
}

#[test]
fn fifos_are_refused_at_once_and_never_hang_the_build() {
    let (site, _) = built();
    for fifo in ["content/articles/wait.md", "static/pipe.txt"] {
        let path = std::ffi::CString::new(site.dir.join(fifo).to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o644) }, 0);
    }
    refused(
        &site,
        &["static", "content"],
        &[
            ("content/articles/wait.md", "not a regular file"),
            ("static/pipe.txt", "not a regular file"),
        ],
    );
}

#[test]
fn templates_read_only_public_environment_variables() {
    let (site, _) = built();
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}{{ get_env(name=\"GITHUB_TOKEN\") }}{% endblock main %}",
    );
    site.write("content/about.md", "+++\ntitle = \"אודות\"\n+++\n\nגוף.\n");
    refused(
        &site,
        &["templates", "content"],
        &[("templates/page.html", "KB_PUBLIC_")],
    );
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}[{{ get_env(name=\"KB_PUBLIC_NOTE\") }}]{% endblock main %}",
    );
    let mut run = Command::new(KB);
    run.env("KB_PUBLIC_NOTE", "גרסה 3")
        .env("GITHUB_TOKEN", TOKEN);
    let run: Run = run
        .args(["build", "."])
        .current_dir(&site.dir)
        .output()
        .unwrap()
        .into();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.read("about/index.html").contains("[גרסה 3]"));
    for (path, bytes) in snapshot(&site.out()) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains(TOKEN),
            "{} holds the token",
            path.display()
        );
    }
}

#[test]
fn scripts_in_bodies_and_markup_files_are_refused_with_their_lines() {
    let (site, _) = built();
    let bundle = "content/tools/map-bundle/index.md";
    let body = std::fs::read_to_string(site.dir.join(bundle)).unwrap();
    let lines = body.lines().count();
    site.write(bundle, format!("{body}\n<script src=\"x.js\"></script>\n"));
    site.write("content/tools/map-bundle/x.js", "window.pwned = 1");
    let line = format!("{bundle}:{}", lines + 2);
    refused(&site, &["content"], &[(&line, "no script into content")]);
    site.write(bundle, &body);
    site.write(
        "static/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script></svg>",
    );
    site.write(
        "static/page.html",
        "<html><body onload=\"alert(1)\"></body></html>",
    );
    site.write(
        "content/tools/map-bundle/map.svg",
        "<svg><a href=\"javascript:alert(1)\"/></svg>",
    );
    refused(
        &site,
        &["static", "content"],
        &[
            ("static/logo.svg:2", "holds script"),
            ("static/page.html:1", "holds script"),
            ("content/tools/map-bundle/map.svg:1", "holds script"),
        ],
    );
    site.write(bundle, format!("{body}\n<script src=\"x.js\"></script>\n"));
    site.write(
        "config.toml",
        std::fs::read_to_string(site.dir.join("config.toml")).unwrap()
            + "\n[security]\ntrust_html = true\n",
    );
    let run = kb(&site, &["build", "."]);
    assert_eq!(
        run.code, 0,
        "a site that trusts its authors builds: {}",
        run.stderr
    );
    assert!(
        site.read("tools/partner-map/index.html")
            .contains("<script src=\"x.js\"></script>")
    );
}

#[test]
fn addresses_in_config_are_checked_as_a_browser_reads_them() {
    let (site, _) = built();
    let config = std::fs::read_to_string(site.dir.join("config.toml")).unwrap();
    let with = |text: String| site.write("config.toml", text);
    with(format!(
        "{config}\n[[menu.main]]\nname = \"רע\"\nurl = \"/\\\\evil.example/\"\n"
    ));
    refused(&site, &["config.toml"], &[("config.toml:", "backslash")]);
    with(config.replace("[extra]", "[extra]\nog_image = \"javascript:alert(1)\""));
    refused(&site, &["config.toml"], &[("config.toml:", "og_image")]);
    for bad in [
        "https://test.example.org/?q=1",
        "https://test.example.org/#frag",
        "https://test.example.org/a b/",
        "https://test.example.org/a/../b/",
    ] {
        with(config.replace("https://test.example.org/", bad));
        refused(
            &site,
            &["config.toml"],
            &[("config.toml:", "cannot be the site's address")],
        );
        with(config.clone());
        let run = kb(&site, &["build", ".", "--base-url", bad]);
        assert_eq!(run.code, 1, "--base-url {bad}: {}", run.stderr);
        assert!(run.stderr.contains("--base-url"), "{}", run.stderr);
    }
}

#[test]
fn bodies_are_sanitised_titles_lose_reordering_controls_and_footers_stay() {
    let site = TestSite::fixture("hostile");
    let run = kb(&site, &["build", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for warned in [
        "warning: content/articles/tricks.md:9: the onclick attribute of <p> was taken out",
        "warning: content/articles/tricks.md:11: the onerror attribute of <img> was taken out",
        "warning: content/articles/tricks.md:13: the address javascript:window.__pwned='link' was taken out",
        "warning: content/articles/tricks.md:15: the heading's attributes onclick were taken out",
        "warning: content/articles/tricks.md:17: <meta> was taken out",
        "warning: content/articles/tricks.md:19: <base> was taken out",
        "warning: content/articles/tricks.md:21: <form> was taken out",
        "warning: content/articles/tricks.md:23: <style> was taken out",
        "warning: content/articles/tricks.md:25: the ontoggle attribute of <details> was taken out",
        "warning: content/articles/tricks.md:27: the address   java\tscript:window.__pwned='entity' of <a> was taken out",
        "warning: content/articles/mutation.md:8: <noscript> was taken out",
        "warning: content/articles/unclosed.md:8: an unclosed comment hides everything after it",
        "warning: content/articles/plaintext.md:8: <plaintext> was taken out",
    ] {
        assert!(run.stderr.contains(warned), "{warned}\n{}", run.stderr);
    }
    for (path, bytes) in snapshot(&site.out()) {
        let text = String::from_utf8_lossy(&bytes);
        // Its `<noscript>` trick survives only as the text of an attribute: the browser test
        // shows that nothing runs.
        if path.starts_with("articles/mutation") {
            continue;
        }
        for gone in [
            "__pwned",
            "evil.example",
            "<meta http-equiv=\"refresh\"",
            "<base ",
            "<form action=\"https",
            "<style",
            "\u{202e}",
            "\u{2067}",
        ] {
            assert!(!text.contains(gone), "{}: {gone}", path.display());
        }
        let is_page = path.extension().is_some_and(|e| e == "html");
        if is_page {
            let footer = text.find("<footer class=\"site-footer\">");
            let statement = text.rfind("<a href=\"/accessibility/\"");
            assert!(
                footer.zip(statement).is_some_and(|(f, s)| s > f),
                "{}: the footer lost its accessibility link",
                path.display()
            );
        }
    }
    let page = site.read("articles/tricks/index.html");
    assert!(
        page.contains("<title>טריקים של כותבים | מאגר עוין</title>"),
        "{page}"
    );
    assert!(
        page.contains("<h2 id=\"with-attribute\">כותרת עם מאפיין</h2>"),
        "{page}"
    );
    let headers = site.read("_headers");
    assert!(
        headers.starts_with("/*\n  Content-Security-Policy: default-src 'self';"),
        "{headers}"
    );
}

#[test]
fn hand_edits_in_the_output_are_kept_with_a_warning() {
    let (site, _) = built();
    let robots = site.out().join("robots.txt");
    let edited = format!("{}Disallow: /drafts/\n", site.read("robots.txt"));
    std::fs::write(&robots, &edited).unwrap();
    std::fs::write(site.out().join("mine.txt"), "שלי").unwrap();
    let marker = site.out().join(".kb-output");
    let mut text = std::fs::read_to_string(&marker).unwrap();
    text.push_str("0123456789abcdef mine.txt\n");
    std::fs::write(&marker, text).unwrap();
    let backup = site.dir.join(".public.kb-new-mybackup");
    std::fs::create_dir_all(&backup).unwrap();
    std::fs::write(backup.join("thesis.txt"), "years of work").unwrap();
    site.write(
        "content/articles/new.md",
        "+++\ntitle = \"חדש\"\ndate = 2024-06-01\n+++\n\nגוף.\n",
    );
    let run = kb(&site, &["build", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for kept in ["public/mine.txt", "public/robots.txt"] {
        assert!(
            run.stderr.contains(&format!(
                "warning: {kept}: this file in the output folder was changed after kb wrote it"
            )),
            "{kept}: {}",
            run.stderr
        );
    }
    assert_eq!(std::fs::read_to_string(&robots).unwrap(), edited);
    assert_eq!(site.read("mine.txt"), "שלי");
    assert_eq!(
        std::fs::read_to_string(backup.join("thesis.txt")).unwrap(),
        "years of work"
    );
    assert!(site.read("articles/new/index.html").contains("חדש"));
    std::fs::remove_file(&robots).unwrap();
    let run = kb(&site, &["build", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("robots.txt"), "{}", run.stderr);
    assert!(site.read("robots.txt").starts_with("User-agent: *"));
}

#[test]
fn an_output_inside_the_sources_is_refused_however_it_is_written() {
    let (site, _) = built();
    let before = snapshot(&site.dir.join("static"));
    let run = kb(&site, &["build", ".", "-o", "nonexist/../static"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("static/"), "{}", run.stderr);
    assert_eq!(snapshot(&site.dir.join("static")), before);
    assert!(!site.dir.join("nonexist").exists());
}

#[test]
fn builds_racing_into_one_output_leave_one_whole_site() {
    let (site, _) = built();
    site.write(
        "content/articles/race.md",
        "+++\ntitle = \"מרוץ\"\ndate = 2024-06-02\n+++\n\nגוף.\n",
    );
    for round in 0..6 {
        let children: Vec<_> = (0..3)
            .map(|_| {
                Command::new(KB)
                    .env("KB_LANG", "en")
                    .args(["build", "."])
                    .current_dir(&site.dir)
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let runs: Vec<Run> = children
            .into_iter()
            .map(|child| child.wait_with_output().unwrap().into())
            .collect();
        for run in &runs {
            let refused = run.code == 2 && run.stderr.contains("another kb build is writing");
            assert!(
                run.code == 0 || refused,
                "round {round}: {} {}",
                run.code,
                run.stderr
            );
        }
        assert!(
            runs.iter().any(|run| run.code == 0),
            "round {round}: none built"
        );
        let fresh = site.fresh_build();
        assert_eq!(
            tree(&site.out()),
            tree(&fresh.out()),
            "round {round}: a mixed output"
        );
    }
    let leftovers: Vec<_> = std::fs::read_dir(&site.dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".public"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Docker volumes and tmpfs: an output folder that is a mount point is on another file system
/// than its staging folder. Needs root (to mount); CI runs as root.
#[test]
fn an_output_on_another_file_system_is_written_by_copying() {
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: mounting a tmpfs needs root");
        return;
    }
    let (site, _) = built();
    let out = site.tmp.path().join("volume");
    std::fs::create_dir_all(&out).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "tmpfs"])
        .arg(&out)
        .status()
        .unwrap();
    assert!(mounted.success(), "mount -t tmpfs failed");
    let unmount = || Command::new("umount").arg(&out).status().unwrap();
    let out_arg = out.to_str().unwrap();
    let first = kb(&site, &["build", ".", "-o", out_arg]);
    site.write(
        "content/articles/moved.md",
        "+++\ntitle = \"עבר\"\ndate = 2024-06-03\n+++\n\nגוף.\n",
    );
    let second = kb(&site, &["build", ".", "-o", out_arg]);
    let built_tree = tree(&out);
    unmount();
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert_eq!(second.code, 0, "{}", second.stderr);
    let fresh = site.fresh_build();
    assert_eq!(built_tree, tree(&fresh.out()));
}

#[test]
fn a_markdown_file_kb_skips_is_named_in_a_warning() {
    let (site, _) = built();
    site.write(
        "content/articles/.secret-draft.md",
        "+++\ntitle = \"טיוטה\"\ndate = 2024-06-04\n+++\n\nגוף.\n",
    );
    site.write("content/articles/.obsidian/workspace.md", "not content");
    let run = kb(&site, &["build", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "warning: content/articles/.secret-draft.md: the file's name starts with a dot"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains(".obsidian"), "{}", run.stderr);
}
