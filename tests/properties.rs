//! Property tests: generated config, front matter, Markdown and file trees fed to the library.
//! Whatever the input, kb does not panic, every problem names a place in the site (a file that
//! exists, and a line in it for text files), and a rebuild over an old output equals a fresh
//! build, leaving what kb did not write alone. `KB_PROPTEST_CASES=N` runs N sites per property
//! (default 24: about a minute in all on two cores); the cheap properties run 16 N cases.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use kb::diagnostics::Diagnostics;
use kb::multilingual::build_into;
use kb::output::OutputFile;
use kb::site::{BuildError, BuildOptions, Sink};
use kb::write::{Staging, check_output_dir};
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};

fn cases(scale: u32) -> Config {
    let sites = std::env::var("KB_PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(24);
    Config {
        cases: sites * scale,
        max_shrink_iters: 4096,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/properties.proptest-regressions",
        ))),
        ..Config::default()
    }
}

// ---- Generated text -------------------------------------------------------------------------

/// Text a user might write, and what a word processor or a bad paste adds to it.
fn words() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => Just("שלום".to_string()),
        2 => Just("ארגון שדרה".to_string()),
        2 => Just("word".to_string()),
        2 => Just(" ".to_string()),
        1 => Just("\u{b}".to_string()),
        1 => Just("\0".to_string()),
        1 => Just("\u{ffff}".to_string()),
        1 => Just("\"'<>&".to_string()),
        1 => Just("\r\n".to_string()),
        1 => Just("\u{5b0}\u{5be}".to_string()),
        1 => Just("🙂".to_string()),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|parts| parts.concat())
}

/// A TOML string literal of `text` (escaped, so any text is a valid value).
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// What generated sites are made of: `WILD` has every mistake a user can make, `TAME` mostly
/// valid sites (so that rebuilds have an old output to go over).
struct Pools {
    types: &'static [&'static str],
    tags: &'static [&'static str],
    slugs: &'static [&'static str],
    statics: &'static [&'static str],
    assets: &'static [&'static str],
    /// Broken config, front matter, links and templates, and random text, now and then.
    mistakes: bool,
}

const WILD: Pools = Pools {
    types: &["articles", "tools", "cases", "videos", "tags", "Bad Key"],
    tags: &["backbone", "trust", "x-y", "Nope"],
    slugs: &["a", "b", "page", "index", "search", "שלום", "a b", "c"],
    statics: &[
        "a.txt",
        "sitemap.xml",
        "search/x.json",
        "articles",
        "kb/style.css",
        "dir/file",
        "dir",
        "CNAME",
        ".kb-output",
        "tags/backbone",
        "404.html",
        ".git/config",
        "x\ny.txt",
    ],
    assets: &["data", "data/a.csv", "map.svg", "notes.md", "index.html"],
    mistakes: true,
};

const TAME: Pools = Pools {
    types: &["articles", "tools", "cases"],
    tags: &["backbone", "trust"],
    slugs: &["a", "b", "page", "c"],
    statics: &[
        "a.txt",
        "dir/file",
        "dir",
        "x/y/z.txt",
        "kb/extra.css",
        "files",
    ],
    assets: &["data", "data/a.csv", "map.svg", "notes.txt"],
    mistakes: false,
};

fn one_of(items: &'static [&'static str]) -> impl Strategy<Value = &'static str> {
    prop::sample::select(items)
}

fn config(pools: &'static Pools) -> impl Strategy<Value = String> {
    // A `TAME` config has every type and tag its content may use.
    let all = |keys: &[&str]| {
        if pools.mistakes {
            0..4
        } else {
            keys.len()..keys.len() + 1
        }
    };
    let types = prop::collection::btree_set(one_of(pools.types), all(pools.types));
    let tags = prop::collection::btree_set(one_of(pools.tags), all(pools.tags));
    let paginate = prop::option::of(usize::from(!pools.mistakes)..4);
    let base = if pools.mistakes {
        one_of(&["https://kb.example.org/", "http://x", "kb.example.org"]).boxed()
    } else {
        Just("https://kb.example.org/").boxed()
    };
    let noise = if pools.mistakes { 0u8..12 } else { 3..4 };
    (words(), base, types, tags, paginate, words(), noise).prop_map(
        |(title, base, types, tags, paginate, name, noise)| {
            let mut text = format!("title = {}\nbase_url = \"{base}\"\n", quoted(&title));
            if let Some(n) = paginate {
                text.push_str(&format!("paginate_by = {n}\n"));
            }
            match noise {
                0 => text.push_str("descripton = \"typo\"\n"),
                1 => text.push_str("title = \"twice\"\n"),
                2 => text.push_str("[types\n"),
                _ => {}
            }
            for key in types {
                text.push_str(&format!(
                    "[types.\"{key}\"]\nname = {}\nplural = {}\n",
                    quoted(&name),
                    quoted(&format!("{name}ים"))
                ));
            }
            for key in tags {
                text.push_str(&format!("[tags.\"{key}\"]\nname = {}\n", quoted(&name)));
            }
            text
        },
    )
}

/// A Markdown body from pieces that exercise headings, ids, links, tables and raw HTML.
fn markdown(pools: &'static Pools) -> impl Strategy<Value = String> {
    // `TAME` sites link to no page (a link to a missing page is an error) and hold no noise.
    let only_wild = |strategy: BoxedStrategy<String>| {
        if pools.mistakes {
            strategy
        } else {
            Just(String::new()).boxed()
        }
    };
    let block = prop_oneof![
        3 => words().prop_map(|w| format!("{w}\n\n")),
        3 => words().prop_map(|w| format!("## {w}\n\n")),
        1 => Just("## same\n\n## same\n\n## same-1\n\n".to_string()),
        1 => words().prop_map(|w| format!("### {w} {{#same}}\n\n")),
        2 => only_wild((one_of(pools.types), one_of(pools.slugs), words())
            .prop_map(|(t, s, a)| format!("[link](@/{t}/{s}.md#{a})\n\n")).boxed()),
        2 => only_wild((one_of(pools.types), one_of(pools.slugs))
            .prop_map(|(t, s)| format!("[b](@/{t}/{s}/index.md)\n")).boxed()),
        1 => Just("| a | b |\n|---|---|\n| 1 | 2 |\n\n".to_string()),
        1 => Just("```rust\nfn x() {}\n```\n".to_string()),
        1 => Just("<aside>raw</aside>\n\n".to_string()),
        1 => Just("- [x] done\n- [ ] not\n\n[^1]\n\n[^1]: note\n".to_string()),
        1 => Just("+++\n".to_string()),
        2 => only_wild(any::<String>().boxed()),
    ];
    prop::collection::vec(block, 0..8).prop_map(|blocks| blocks.concat())
}

/// An item or section file: front matter (sometimes broken) and a Markdown body.
fn item(pools: &'static Pools) -> impl Strategy<Value = Vec<u8>> {
    let date = if pools.mistakes {
        one_of(&[
            "date = 2024-03-10\n",
            "date = \"2023-02-30\"\n",
            "date = 5\n",
            "",
        ])
        .boxed()
    } else {
        one_of(&["date = 2024-03-10\n", "date = 2021-12-21\n"]).boxed()
    };
    let extra = if pools.mistakes {
        one_of(&[
            "",
            "",
            "",
            "",
            "",
            "",
            "draft = true\n",
            "author = [\"x\"]\n",
            "video = \"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"\n",
            "video = \"https://example.com/v\"\n",
            "updated = 2025-01-01\n",
            "title = \n",
        ])
        .boxed()
    } else {
        one_of(&["", "", "draft = true\n", "updated = 2025-01-01\n"]).boxed()
    };
    let tags = prop::collection::vec(one_of(pools.tags), 0..3);
    let slug = prop::option::of(one_of(pools.slugs));
    let shape = if pools.mistakes { 0u8..10 } else { 0..1 };
    (
        words(),
        date,
        tags,
        extra,
        slug,
        words(),
        markdown(pools),
        shape,
    )
        .prop_map(|(title, date, tags, extra, slug, summary, body, shape)| {
            let tags: Vec<String> = tags.iter().map(|t| format!("\"{t}\"")).collect();
            let slug = slug
                .map(|s| format!("slug = \"{s}\"\n"))
                .unwrap_or_default();
            let front = format!(
                "title = {}\n{date}tags = [{}]\n{extra}{slug}summary = {}\n",
                quoted(&format!("x{title}")),
                tags.join(", "),
                quoted(&summary)
            );
            let text = match shape {
                0..8 => format!("+++\n{front}+++\n{body}"),
                8 => format!("+++\n{front}{body}"),
                _ => body,
            };
            text.into_bytes()
        })
}

/// Where a file goes: items, bundles and their assets, sections, static files, templates.
fn place(pools: &'static Pools) -> impl Strategy<Value = String> {
    let t = || one_of(pools.types);
    let s = || one_of(pools.slugs);
    let misplaced = if pools.mistakes {
        prop_oneof![
            Just("content/stray.md".to_string()),
            one_of(&["page.html", "list.html", "base.html"]).prop_map(|n| format!("templates/{n}")),
        ]
        .boxed()
    } else {
        Just("content/_index.md".to_string()).boxed()
    };
    prop_oneof![
        6 => (t(), s()).prop_map(|(t, s)| format!("content/{t}/{s}.md")),
        3 => (t(), s()).prop_map(|(t, s)| format!("content/{t}/{s}/index.md")),
        2 => (t(), s(), one_of(pools.assets)).prop_map(|(t, s, a)| format!("content/{t}/{s}/{a}")),
        1 => t().prop_map(|t| format!("content/{t}/_index.md")),
        1 => Just("content/_index.md".to_string()),
        3 => one_of(pools.statics).prop_map(|name| format!("static/{name}")),
        2 => misplaced,
    ]
}

fn template() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"{% extends \"base.html\" %}{% block main %}{{ page.title }}{% endblock %}".to_vec()),
        Just(b"<p>{{ nope | no_filter }}</p>".to_vec()),
        Just(b"{% if %}".to_vec()),
        Just(b"\xff\xfe".to_vec()),
    ]
}

/// A site's files by path; shown as text, so a failing case reads like the site it is.
#[derive(Clone)]
struct Site(BTreeMap<String, Vec<u8>>);

impl std::fmt::Debug for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let files = self
            .0
            .iter()
            .map(|(path, bytes)| (path, String::from_utf8_lossy(bytes)));
        f.debug_map().entries(files).finish()
    }
}

fn file(pools: &'static Pools) -> impl Strategy<Value = (String, Vec<u8>)> {
    place(pools).prop_flat_map(move |path| {
        let bytes = if path.ends_with("/_index.md") && !pools.mistakes {
            words()
                .prop_map(|title| {
                    format!("+++\ntitle = {}\n+++\nמבוא\n", quoted(&title)).into_bytes()
                })
                .boxed()
        } else if path.ends_with(".md") {
            item(pools).boxed()
        } else if path.starts_with("templates/") {
            template().boxed()
        } else {
            prop::collection::vec(any::<u8>(), 0..16).boxed()
        };
        (Just(path), bytes)
    })
}

/// A whole site: config.toml and a tree of files (later files may not fit where earlier ones
/// went; those are left out, as a user could not have made both).
fn site(pools: &'static Pools) -> impl Strategy<Value = Site> {
    (config(pools), prop::collection::vec(file(pools), 0..12)).prop_map(|(config, files)| {
        let mut site: BTreeMap<String, Vec<u8>> = files.into_iter().collect();
        site.insert("config.toml".into(), config.into_bytes());
        Site(site)
    })
}

/// A site and the same site after edits: some files removed, some added or rewritten, and now
/// and then a new config (types renamed, tags gone).
fn edited_site() -> impl Strategy<Value = (Site, Site)> {
    let edits = (
        prop::collection::vec(any::<bool>(), 12),
        prop::collection::vec(file(&TAME), 0..6),
        prop::option::weighted(0.2, config(&TAME)),
    );
    (site(&TAME), edits).prop_map(|(old, (kept, added, config))| {
        let mut new: BTreeMap<String, Vec<u8>> = old
            .0
            .iter()
            .zip(kept.iter().cycle())
            .filter(|((path, _), keep)| **keep || *path == "config.toml")
            .map(|((path, bytes), _)| (path.clone(), bytes.clone()))
            .collect();
        new.extend(added);
        if let Some(config) = config {
            new.insert("config.toml".into(), config.into_bytes());
        }
        (old, Site(new))
    })
}

fn write_site(dir: &Path, site: &Site) {
    std::fs::create_dir_all(dir.join("content")).unwrap();
    for (path, bytes) in &site.0 {
        let path = dir.join(path);
        let _ = std::fs::create_dir_all(path.parent().unwrap());
        let _ = std::fs::write(path, bytes);
    }
}

// ---- Checks ---------------------------------------------------------------------------------

/// Every problem names a file or folder of the site (relative to it) that exists; a problem in
/// a text file (Markdown, TOML, a template) names a line of it.
fn check_places(site_dir: &Path, problems: &Diagnostics) -> Result<(), TestCaseError> {
    prop_assert!(!problems.is_empty(), "an error without a problem");
    for problem in &problems.0 {
        prop_assert!(problem.path.is_relative(), "{problem}");
        let path = site_dir.join(&problem.path);
        let meta = std::fs::symlink_metadata(&path);
        prop_assert!(meta.is_ok(), "{problem}: names a path that does not exist");
        let text_file = meta.unwrap().is_file()
            && ["md", "toml", "html"]
                .iter()
                .any(|ext| path.extension().is_some_and(|e| e == *ext))
            && !problem.path.starts_with("static")
            // A problem with a file's name (a bundle's `\u{202e}.md`) is on no line of it.
            && !problem.message.id().starts_with("path-")
            && !problem.message.to_string().contains("would replace")
            && !problem
                .message
                .to_string()
                .contains("would both be written")
            && !problem
                .message
                .to_string()
                .contains("where kb writes a folder");
        if text_file {
            let lines = std::fs::read(&path).unwrap().split(|&b| b == b'\n').count();
            prop_assert!(
                problem.line.is_some_and(|line| (1..=lines).contains(&line)),
                "{problem}: no line, or one past the file's {lines}"
            );
        }
    }
    Ok(())
}

/// Files kept in memory.
#[derive(Default)]
struct Memory(Vec<OutputFile>);

impl Sink for Memory {
    fn accept(&mut self, files: Vec<OutputFile>) -> anyhow::Result<()> {
        self.0.extend(files);
        Ok(())
    }
}

fn options(site_dir: &Path) -> BuildOptions {
    BuildOptions {
        site_dir: site_dir.to_path_buf(),
        ..BuildOptions::default()
    }
}

/// `kb build` as the binary does it, into `out`.
fn build(site_dir: &Path, out: &Path) -> Result<(), BuildError> {
    let start = || -> anyhow::Result<Staging> {
        check_output_dir(site_dir, out)?;
        Staging::create(out)
    };
    let mut staging = start().map_err(BuildError::Output)?;
    build_into(&options(site_dir), &mut staging)?;
    staging.commit().map(drop).map_err(BuildError::Output)
}

/// Every file and folder under `dir` but what the test itself put there (the `.git`).
fn tree(dir: &Path) -> common::Tree {
    let mut entries = common::tree(dir);
    entries.retain(|(path, _)| !path.starts_with(".git"));
    entries
}

// ---- Properties -----------------------------------------------------------------------------

proptest! {
    #![proptest_config(cases(1))]

    #[test]
    fn any_site_builds_or_names_its_problems(site in site(&WILD)) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("site");
        write_site(&dir, &site);
        match build_into(&options(&dir), &mut Memory::default()) {
            Ok(_) => {}
            Err(BuildError::Content(problems)) => check_places(&dir, &problems)?,
            Err(BuildError::Output(err)) => prop_assert!(false, "memory refused a file: {err}"),
        }
    }

    #[test]
    fn a_rebuild_over_an_old_output_equals_a_fresh_build((old, new) in edited_site()) {
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        write_site(&a, &old);
        write_site(&b, &new);
        let out = tmp.path().join("public");
        prop_assume!(build(&a, &out).is_ok());
        // What a deployment keeps there, which no build may touch.
        std::fs::create_dir_all(out.join(".git/refs/heads")).unwrap();
        std::fs::write(out.join(".git/HEAD"), "ref: refs/heads/gh-pages\n").unwrap();
        let before = tree(&out);
        match build(&b, &out) {
            Ok(()) => {
                let fresh = tmp.path().join("fresh");
                prop_assert!(build(&b, &fresh).is_ok());
                prop_assert_eq!(tree(&out), tree(&fresh));
            }
            Err(BuildError::Content(problems)) => {
                check_places(&b, &problems)?;
                prop_assert_eq!(tree(&out), before, "a failed build changed the output");
            }
            Err(BuildError::Output(err)) => {
                // Refused before writing (a static file where the old output had the user's).
                prop_assert!(format!("{err:#}").contains("unchanged"), "{err:#}");
                prop_assert_eq!(tree(&out), before);
            }
        }
        prop_assert!(out.join(".git/refs/heads").is_dir() && out.join(".git/HEAD").is_file());
        let leftovers: Vec<_> = std::fs::read_dir(tmp.path()).unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.contains(".kb-new"))
            .collect();
        prop_assert!(leftovers.is_empty(), "{:?}", leftovers);
    }
}

/// Where a hostile file lands, and what it is.
#[derive(Debug, Clone)]
enum Hostile {
    File(Vec<u8>),
    /// A link to a file of the site.
    LinkInside,
    /// A link to a secret outside the site, or to the folder holding it.
    LinkOutside {
        folder: bool,
    },
    Fifo,
}

/// A file name a hostile pull request might hold: separators, dots, Unicode, controls.
fn hostile_name() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        Just("..".to_string()),
        Just(".".to_string()),
        Just("\\".to_string()),
        Just("..\\".to_string()),
        Just("/".to_string()),
        Just("../".to_string()),
        "[a-z\u{5d0}-\u{5ea}]{1,4}",
        Just("\u{202e}".to_string()),
        Just(":".to_string()),
        Just("\n".to_string()),
        Just(" ".to_string()),
        Just("CON".to_string()),
        Just(".md".to_string()),
        Just(".svg".to_string()),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(part, 1..6).prop_map(|parts| parts.concat())
}

fn hostile_tree() -> impl Strategy<Value = Vec<(&'static str, String, Hostile)>> {
    let kind = prop_oneof![
        3 => prop::collection::vec(any::<u8>(), 0..40).prop_map(Hostile::File),
        1 => Just(Hostile::LinkInside),
        1 => any::<bool>().prop_map(|folder| Hostile::LinkOutside { folder }),
        1 => Just(Hostile::Fifo),
    ];
    let place = one_of(&[
        "static",
        "content/tools/kit",
        "content/articles",
        "templates",
    ]);
    prop::collection::vec((place, hostile_name(), kind), 1..8)
}

const SECRET: &str = "SECRET-of-the-machine-that-builds";

/// Writes a small site with the hostile files in it; the secret lies beside the site.
fn write_hostile_site(root: &Path, files: &[(&str, String, Hostile)]) {
    let site = root.join("site");
    let secret = root.join("secrets");
    std::fs::create_dir_all(&secret).unwrap();
    std::fs::write(secret.join("token.txt"), SECRET).unwrap();
    let write = |relative: &str, text: &str| {
        let path = site.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "config.toml",
        "title = \"אתר\"\nbase_url = \"https://x.example.org/\"\n",
    );
    write(
        "content/tools/kit/index.md",
        "+++\ntitle = \"ערכה\"\ndate = 2024-01-01\n+++\n\nגוף.\n",
    );
    write(
        "content/articles/a.md",
        "+++\ntitle = \"א\"\ndate = 2024-01-02\n+++\n\nגוף.\n",
    );
    for (place, name, kind) in files {
        // The test itself must not write outside the site: `.` and `..` segments are dropped
        // (what kb makes of them inside one name, `..\..\x`, is what this property tests).
        let segments: Vec<&str> = name
            .split('/')
            .filter(|s| !matches!(*s, "" | "." | ".."))
            .collect();
        if segments.is_empty() || name.contains('\0') {
            continue;
        }
        let path = site.join(place).join(segments.join("/"));
        if path.exists() || std::fs::create_dir_all(path.parent().unwrap()).is_err() {
            continue;
        }
        let _ = match kind {
            Hostile::File(bytes) => std::fs::write(&path, bytes),
            Hostile::LinkInside => {
                std::os::unix::fs::symlink(site.join("content/articles/a.md"), &path)
            }
            Hostile::LinkOutside { folder: true } => std::os::unix::fs::symlink(&secret, &path),
            Hostile::LinkOutside { folder: false } => {
                std::os::unix::fs::symlink(secret.join("token.txt"), &path)
            }
            Hostile::Fifo => {
                let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
                match unsafe { libc::mkfifo(c.as_ptr(), 0o644) } {
                    0 => Ok(()),
                    _ => Err(std::io::Error::last_os_error()),
                }
            }
        };
    }
}

/// Every entry under `root` but the output folder, links read as links (never followed).
fn all_but_output(root: &Path) -> common::Tree {
    common::tree_without(root, Some("public"))
}

proptest! {
    #![proptest_config(cases(1))]

    /// Whatever the names and links a pull request holds, a build, a rebuild and the preview
    /// write nothing outside the output, publish no secret, and hang on nothing.
    #[test]
    fn hostile_names_and_links_never_reach_outside_the_output(files in hostile_tree()) {
        let tmp = tempfile::tempdir().unwrap();
        write_hostile_site(tmp.path(), &files);
        let site = tmp.path().join("site");
        let out = site.join("public");
        let before = all_but_output(tmp.path());
        let mut memory = Memory::default();
        let preview = build_into(&options(&site), &mut memory);
        let first = build(&site, &out);
        prop_assert_eq!(first.is_ok(), preview.is_ok());
        if let Err(BuildError::Content(problems)) = &first {
            check_places(&site, problems)?;
        }
        let edited = "+++\ntitle = \"ב\"\ndate = 2024-01-03\n+++\n\nגוף אחר.\n";
        std::fs::write(site.join("content/articles/a.md"), edited).unwrap();
        let after_edit = all_but_output(tmp.path());
        let _ = build(&site, &out);
        prop_assert_eq!(all_but_output(tmp.path()), after_edit.clone(), "a rebuild wrote outside");
        let changed: Vec<_> = after_edit
            .iter()
            .filter(|entry| !before.contains(entry))
            .map(|entry| entry.0.clone())
            .collect();
        prop_assert_eq!(changed, vec![std::path::PathBuf::from("site/content/articles/a.md")]);
        for file in &memory.0 {
            prop_assert!(kb::output::check_path(&file.path).is_ok(), "{:?}", file.path);
            prop_assert!(!String::from_utf8_lossy(&file.bytes).contains(SECRET), "{}", file.path);
        }
        if out.exists() {
            for (path, bytes) in common::snapshot(&out) {
                prop_assert!(!String::from_utf8_lossy(&bytes).contains(SECRET), "{}", path.display());
            }
        }
    }
}

proptest! {
    #![proptest_config(cases(16))]

    #[test]
    fn any_config_parses_or_names_a_line_of_it(text in config(&WILD)) {
        if let Err(problems) = kb::config::Config::parse(&text, &kb::config::Overrides::default()) {
            let lines = text.split('\n').count();
            for problem in &problems.0 {
                prop_assert!(problem.line.is_some_and(|l| (1..=lines).contains(&l)), "{problem}");
            }
        }
    }

    #[test]
    fn any_markdown_renders_with_unique_heading_ids(body in markdown(&WILD), first in 1usize..50) {
        struct NoPages;
        impl kb::markdown::LinkResolver for NoPages {
            fn url_of(&self, _: &str) -> Option<&str> {
                None
            }
        }
        let rendered = kb::markdown::render(&body, first, "", &NoPages, kb::markdown::RawHtml::Sanitise);
        let ids: Vec<&str> = rendered.toc.iter().map(|e| e.id.as_str()).collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        prop_assert_eq!(unique.len(), ids.len(), "{:?}", ids);
        prop_assert!(rendered.ids.len() >= ids.len());
        let last = first + body.split('\n').count();
        for link in &rendered.links {
            prop_assert!((first..=last).contains(&link.line), "{:?}", link);
        }
    }
}
