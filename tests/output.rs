//! The output folder as users deploy it (often a git worktree): kb replaces or removes only what
//! it wrote there, every change between two builds works, and a failed build leaves the
//! previous output as it was or says exactly what changed. The real binary, on fixture sites.

mod common;

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{KB, TestSite, Tree, tree};

fn built() -> TestSite {
    let site = TestSite::fixture("basic");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

fn succeeds(site: &TestSite) {
    let run = site.build(&[]);
    assert_eq!(
        run.code, 0,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
}

fn marker(site: &TestSite) -> PathBuf {
    site.out().join(".kb-output")
}

fn git(dir: &Path, args: &[&str]) -> String {
    let output = Command::new("git")
        .args(["-c", "user.name=kb test", "-c", "user.email=kb@example.org"])
        .args([
            "-c",
            "init.defaultBranch=gh-pages",
            "-c",
            "core.quotepath=off",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git is installed");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_marker_that_points_outside_the_output_is_refused() {
    let site = built();
    let original = std::fs::read_to_string(marker(&site)).unwrap();
    let victim = site.tmp.path().join("victim.txt");
    let outside = site.tmp.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(&victim, "mine").unwrap();
    std::fs::write(outside.join("keep.txt"), "mine too").unwrap();
    std::os::unix::fs::symlink(&outside, site.out().join("link")).unwrap();
    std::fs::create_dir_all(site.out().join(".git")).unwrap();
    std::fs::write(site.out().join(".git/HEAD"), "ref: refs/heads/gh-pages\n").unwrap();
    let absolute = victim.to_str().unwrap().to_string();
    for entry in [
        "../victim.txt",
        &absolute,
        "link/keep.txt",
        "articles/../../victim.txt",
        ".git/HEAD",
    ] {
        std::fs::write(
            marker(&site),
            format!("{original}0123456789abcdef {entry}\n"),
        )
        .unwrap();
        let before = tree(&site.out());
        let run = site.build(&[]);
        assert_eq!(run.code, 2, "{entry}: {}", run.stderr);
        assert!(
            run.stderr.contains(".kb-output") && run.stderr.contains("not written by kb"),
            "{entry}: {}",
            run.stderr
        );
        assert!(run.stderr.contains(entry), "{entry}: {}", run.stderr);
        assert!(tree(&site.out()) == before, "{entry}: the output changed");
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "mine");
    assert_eq!(
        std::fs::read_to_string(outside.join("keep.txt")).unwrap(),
        "mine too"
    );
    assert!(site.out().join(".git/HEAD").is_file());
}

#[test]
fn a_git_repository_and_everything_else_kb_did_not_write_survive_a_rebuild() {
    let site = built();
    let out = site.out();
    git(&out, &["init", "-q"]);
    git(&out, &["add", "-A"]);
    git(&out, &["commit", "-q", "-m", "first deploy"]);
    git(&out, &["gc", "-q"]);
    let heads = out.join(".git/refs/heads");
    assert!(
        heads.is_dir() && std::fs::read_dir(&heads).unwrap().next().is_none(),
        "git gc packs the refs"
    );
    std::fs::write(out.join("CNAME"), "kb.example.org\n").unwrap();
    std::fs::write(out.join(".nojekyll"), "").unwrap();
    std::fs::create_dir_all(out.join("mine/empty")).unwrap();
    std::fs::create_dir_all(out.join("articles/notes")).unwrap();
    std::fs::write(out.join("tools/partner-map/notes.txt"), "my notes").unwrap();

    site.remove("content/articles/old.md");
    remove_bundle(&site);
    succeeds(&site);

    assert!(heads.is_dir(), ".git/refs/heads survives");
    assert_eq!(
        std::fs::read_to_string(out.join("CNAME")).unwrap(),
        "kb.example.org\n"
    );
    assert!(out.join(".nojekyll").is_file());
    assert!(out.join("mine/empty").is_dir() && out.join("articles/notes").is_dir());
    assert_eq!(
        std::fs::read_to_string(out.join("tools/partner-map/notes.txt")).unwrap(),
        "my notes"
    );
    assert!(
        !out.join("tools/partner-map/index.html").exists()
            && !out.join("tools/partner-map/map.svg").exists()
    );
    assert!(
        !out.join("articles/old").exists(),
        "a folder kb created and emptied goes"
    );
    let status = git(&out, &["status", "--porcelain", "--untracked-files=all"]);
    assert!(status.contains(" D articles/old/index.html"), "{status}");
    assert!(status.contains("?? CNAME"), "{status}");
}

/// Builds the basic site after `before`, then again after `after`; the second build must equal
/// a fresh build of the same sources, folders included.
fn transition(before: impl Fn(&TestSite), after: impl Fn(&TestSite)) {
    let site = TestSite::fixture("basic");
    before(&site);
    succeeds(&site);
    after(&site);
    succeeds(&site);
    let fresh = site.fresh_build();
    assert!(
        tree(&site.out()) == tree(&fresh.out()),
        "the rebuild differs from a fresh build"
    );
}

const BUNDLE: &str = "content/tools/map-bundle";

/// Removes the tool bundle and the link to it (in the trust article, renamed or not).
fn remove_bundle(site: &TestSite) {
    std::fs::remove_dir_all(site.dir.join(BUNDLE)).unwrap();
    for article in [
        "content/articles/trust.md",
        "content/articles/trust-first.md",
    ] {
        if let Ok(text) = std::fs::read_to_string(site.dir.join(article)) {
            site.write(
                article,
                text.replace("גם [המפה](@/tools/map-bundle/index.md).", ""),
            );
        }
    }
}

fn remove_any(site: &TestSite, relative: &str) {
    let path = site.dir.join(relative);
    if path.is_dir() {
        std::fs::remove_dir_all(path).unwrap();
    } else {
        std::fs::remove_file(path).unwrap();
    }
}

#[test]
fn a_bundle_file_that_becomes_a_folder_and_back() {
    let as_file = |site: &TestSite| site.write(&format!("{BUNDLE}/data"), "a,b\n");
    let as_folder = |site: &TestSite| site.write(&format!("{BUNDLE}/data/a.csv"), "a,b\n");
    transition(as_file, |site| {
        remove_any(site, &format!("{BUNDLE}/data"));
        as_folder(site);
    });
    transition(as_folder, |site| {
        remove_any(site, &format!("{BUNDLE}/data"));
        as_file(site);
    });
}

#[test]
fn a_static_file_that_becomes_a_folder_and_back() {
    let as_file = |site: &TestSite| site.write("static/files", "one");
    let as_folder = |site: &TestSite| site.write("static/files/deep/two.txt", "two");
    transition(as_file, |site| {
        remove_any(site, "static/files");
        as_folder(site);
    });
    transition(as_folder, |site| {
        remove_any(site, "static/files");
        as_file(site);
    });
}

#[test]
fn a_page_that_becomes_a_bundle_and_back() {
    let page = "content/articles/trust.md";
    let bundle = "content/articles/trust/index.md";
    let to_bundle = |site: &TestSite| {
        let text = std::fs::read_to_string(site.dir.join(page)).unwrap();
        site.remove(page);
        site.write(bundle, text);
        site.write("content/articles/trust/chart.svg", "<svg/>");
    };
    transition(|_| {}, to_bundle);
    transition(to_bundle, |site| {
        let text = std::fs::read_to_string(site.dir.join(bundle)).unwrap();
        remove_any(site, "content/articles/trust");
        site.write(page, text);
    });
}

#[test]
fn a_type_renamed() {
    transition(
        |_| {},
        |site| {
            let config = std::fs::read_to_string(site.dir.join("config.toml")).unwrap();
            site.write(
                "config.toml",
                config.replace("[types.cases]", "[types.stories]"),
            );
            std::fs::rename(
                site.dir.join("content/cases"),
                site.dir.join("content/stories"),
            )
            .unwrap();
        },
    );
}

#[test]
fn a_static_folder_removed() {
    transition(
        |site| site.write("static/docs/deep/guide.txt", "guide"),
        |site| remove_any(site, "static"),
    );
}

/// Runs `kb build` as an unprivileged user when the tests run as root, so that file
/// permissions hold; returns that user's id, or `None` when the tests are unprivileged.
fn unprivileged(site: &TestSite) -> Option<u32> {
    if std::fs::metadata("/proc/self").unwrap().uid() != 0 {
        return None;
    }
    let nobody = 65534;
    std::fs::set_permissions(
        site.tmp.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    for entry in walkdir::WalkDir::new(&site.dir) {
        std::os::unix::fs::lchown(entry.unwrap().path(), Some(nobody), Some(nobody)).unwrap();
    }
    Some(nobody)
}

fn build_as(site: &TestSite, user: Option<u32>) -> common::Run {
    let Some(id) = user else {
        return site.build(&[]);
    };
    // A copy of kb beside the site: the user may not be able to reach the one in target/.
    let kb = site.tmp.path().join("kb");
    if !kb.exists() {
        std::fs::copy(KB, &kb).unwrap();
    }
    let mut command = Command::new(&kb);
    command
        .env("KB_LANG", "en")
        .args(["build", "."])
        .current_dir(&site.dir);
    std::os::unix::process::CommandExt::uid(&mut command, id);
    std::os::unix::process::CommandExt::gid(&mut command, id);
    // A test forking while the copy was being written holds it open for a moment, and exec
    // fails with ETXTBSY until that child has exec'd in turn: try again briefly.
    for _ in 0..50 {
        match command.output() {
            Err(err) if err.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            result => return result.unwrap().into(),
        }
    }
    panic!("{} stayed busy", kb.display())
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(mode)).unwrap();
}

#[test]
fn a_write_error_half_way_puts_back_what_kb_changed() {
    let site = TestSite::fixture("basic");
    let user = unprivileged(&site);
    let run = build_as(&site, user);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Renaming the tag changes every page that shows it; the last of them cannot be written.
    let config = std::fs::read_to_string(site.dir.join("config.toml")).unwrap();
    std::fs::write(
        site.dir.join("config.toml"),
        config.replace("name = \"מדידה משותפת\"", "name = \"מדידה בשותפות\""),
    )
    .unwrap();
    let locked = site.out().join("tags/measurement");
    set_mode(&locked.join("index.html"), 0o444);
    set_mode(&locked, 0o555);
    let before = tree(&site.out());
    let run = build_as(&site, user);
    set_mode(&locked, 0o755);
    set_mode(&locked.join("index.html"), 0o644);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("tags/measurement"), "{}", run.stderr);
    assert!(run.stderr.contains("unchanged"), "{}", run.stderr);
    assert!(tree(&site.out()) == before, "the previous output changed");
    let leftovers: Vec<_> = std::fs::read_dir(&site.dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().contains("kb-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let run = build_as(&site, user);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.read("tags/measurement/index.html")
            .contains("מדידה בשותפות")
    );
    assert!(tree(&site.out()) == tree(&site.fresh_build().out()));
}

fn leftovers(site: &TestSite) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(&site.dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".kb-"))
        .collect();
    names.sort();
    names
}

#[test]
fn the_staging_folders_of_a_killed_build_are_removed_by_the_next_build() {
    let site = built();
    for name in [".public.kb-new-4000000", ".public.kb-new-4000001"] {
        site.write(
            &format!("{name}/new/articles/roles/index.html"),
            "half-written",
        );
        site.write(&format!("{name}/lock"), name);
    }
    // Named like a staging folder, but without kb's lock naming it: the user's.
    site.write(".public.kb-new-mybackup/thesis.txt", "years of work");
    site.write(".public.kb-new-4000002/lock", ".public.kb-new-4000003");
    succeeds(&site);
    assert_eq!(
        leftovers(&site),
        [".public.kb-new-4000002", ".public.kb-new-mybackup"]
    );

    // A real build, killed wherever it happens to be.
    let large = TestSite::copy_of("content-example");
    for delay in [0, 20, 60, 150] {
        let mut child = Command::new(KB)
            .env("KB_LANG", "en")
            .args(["build", "."])
            .current_dir(&large.dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay));
        child.kill().unwrap();
        child.wait().unwrap();
    }
    succeeds(&large);
    assert_eq!(leftovers(&large), Vec::<String>::new());
    assert!(tree(&large.out()) == tree(&large.fresh_build().out()));
}

#[test]
fn a_file_kb_did_not_write_is_never_overwritten() {
    let site = built();
    std::fs::write(site.out().join("CNAME"), "mine.example.org\n").unwrap();
    site.write("static/CNAME", "theirs.example.org\n");
    let before = tree(&site.out());
    let run = site.build(&[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("CNAME") && run.stderr.contains("not written by kb"),
        "{}",
        run.stderr
    );
    assert!(tree(&site.out()) == before);
}

/// The output is a git repository (a gh-pages worktree): ten rebuilds with edits, renames and
/// deletions; after each, `git status` works and lists exactly the files whose bytes changed.
#[test]
fn ten_rebuilds_into_a_git_repository_show_exactly_the_changed_files() {
    let site = TestSite::fixture("basic");
    let out = site.out();
    std::fs::create_dir_all(&out).unwrap();
    git(&out, &["init", "-q"]);
    std::fs::write(out.join("CNAME"), "kb.example.org\n").unwrap();
    std::fs::write(out.join(".nojekyll"), "").unwrap();
    git(&out, &["add", "-A"]);
    git(&out, &["commit", "-q", "-m", "an empty gh-pages"]);
    succeeds(&site);
    git(&out, &["add", "-A"]);
    git(&out, &["commit", "-q", "-m", "first build"]);

    let roles = "content/articles/roles.md";
    let edit = |site: &TestSite, path: &str, from: &str, to: &str| {
        let text = std::fs::read_to_string(site.dir.join(path)).unwrap();
        assert!(text.contains(from), "{path} has no `{from}`");
        site.write(path, text.replacen(from, to, 1));
    };
    let rename = |site: &TestSite, from: &str, to: &str| {
        std::fs::create_dir_all(site.dir.join(to).parent().unwrap()).unwrap();
        std::fs::rename(site.dir.join(from), site.dir.join(to)).unwrap();
    };
    type Step<'a> = Box<dyn Fn(&TestSite) + 'a>;
    let steps: Vec<Step> = vec![
        Box::new(|s| edit(s, roles, "הוא לא מוביל לבד", "הוא מוביל יחד")),
        Box::new(|s| {
            rename(
                s,
                "content/articles/trust.md",
                "content/articles/trust-first.md",
            )
        }),
        Box::new(|s| s.remove("content/articles/old.md")),
        Box::new(|s| {
            s.write("content/cases/village.md", "+++\ntitle = \"כפר\"\ndate = 2024-02-02\ntags = [\"measurement\"]\n+++\n\nמקרה חדש.\n")
        }),
        Box::new(|s| s.write("static/files/guide.txt", "guide")),
        Box::new(|s| {
            remove_any(s, "static/files");
            s.write("static/files", "now a file");
        }),
        Box::new(|s| {
            rename(s, "content/cases/city.md", "content/cases/city/index.md");
            s.write("content/cases/city/plan.csv", "a,b\n");
        }),
        Box::new(|s| rename(s, "static/hello.txt", "static/greeting.txt")),
        Box::new(remove_bundle),
        Box::new(|s| edit(s, "config.toml", "name = \"אמון\"", "name = \"אמון הדדי\"")),
    ];
    for (n, step) in steps.iter().enumerate() {
        let before = tree(&out);
        step(&site);
        succeeds(&site);
        let after = tree(&out);
        let mut changed: Vec<String> = changed_files(&before, &after);
        changed.sort();
        let status = git(
            &out,
            &["status", "--porcelain", "-z", "--untracked-files=all"],
        );
        let mut listed: Vec<String> = status
            .split('\0')
            .filter(|entry| !entry.is_empty())
            .map(|entry| entry[3..].to_string())
            .collect();
        listed.sort();
        assert_eq!(listed, changed, "step {n}");
        assert!(!changed.is_empty(), "step {n} changed nothing");
        git(&out, &["add", "-A"]);
        git(&out, &["commit", "-q", "-m", &format!("build {n}")]);
    }
    git(&out, &["fsck", "--no-progress"]);
    assert_eq!(git(&out, &["rev-list", "--count", "HEAD"]).trim(), "12");
    let kept = |entries: Tree| -> Vec<_> {
        entries
            .into_iter()
            .filter(|(path, _)| {
                !path.starts_with(".git")
                    && path != Path::new("CNAME")
                    && path != Path::new(".nojekyll")
            })
            .collect()
    };
    assert!(
        kept(tree(&out)) == kept(tree(&site.fresh_build().out())),
        "ten rebuilds differ from a fresh build"
    );
}

/// Files (not folders, not under `.git`) added, removed or changed between two trees.
fn changed_files(before: &Tree, after: &Tree) -> Vec<String> {
    let files = |entries: &Tree| -> std::collections::BTreeMap<String, Vec<u8>> {
        entries
            .iter()
            .filter(|(path, _)| !path.starts_with(".git"))
            .filter_map(|(path, bytes)| Some((path.to_string_lossy().into_owned(), bytes.clone()?)))
            .collect()
    };
    let (before, after) = (files(before), files(after));
    let mut paths: Vec<String> = before.keys().chain(after.keys()).cloned().collect();
    paths.sort();
    paths.dedup();
    paths.retain(|path| before.get(path) != after.get(path));
    paths
}
