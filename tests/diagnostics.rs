//! The messages of kb as a contract: every fixture under tests/fixtures/invalid/<case>/ holds
//! one kind of mistake (or, for `everything-at-once` and `check-everything`, many), and the
//! exact stderr and exit code of `kb build` (or of the command in its `command` file) are
//! snapshots, in Hebrew and in English. The Hebrew ones hold no English words.

mod common;

use std::path::Path;

use common::{KB, TestSite, repo};

const LANGS: [&str; 2] = ["he", "en"];

/// The run of `case` in `lang`: exit code and stderr, with the temp folder's path removed.
fn run(case: &str, lang: &str) -> String {
    let site = TestSite::fixture(&format!("invalid/{case}"));
    if case == "check-everything" {
        // 1.2 MB of image: too heavy for a phone, too big to keep in the repository.
        site.write("content/articles/bundle/big.jpg", vec![0u8; 1_200_000]);
    }
    let command = std::fs::read_to_string(site.dir.join("command")).unwrap_or("build".into());
    let out = std::process::Command::new(KB)
        .arg(command.trim())
        .arg(".")
        .env("KB_LANG", lang)
        .current_dir(&site.dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stderr = stderr.replace(site.dir.to_str().unwrap(), "SITE");
    let stdout = String::from_utf8_lossy(&out.stdout);
    format!(
        "exit: {}\n--- stderr\n{stderr}--- stdout\n{}",
        out.status.code().unwrap_or(-1),
        without_seconds(&stdout)
    )
}

/// The summary line's time (`0.07`), which no snapshot can hold, as `N.NN`.
fn without_seconds(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let time = chars[i].is_ascii_digit()
            && chars.get(i + 1) == Some(&'.')
            && chars.get(i + 2).is_some_and(char::is_ascii_digit)
            && chars.get(i + 3).is_some_and(char::is_ascii_digit);
        if time {
            out.push_str("N.NN");
            i += 4;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn cases() -> Vec<String> {
    let dir = repo().join("tests/fixtures/invalid");
    let mut cases: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    cases
}

#[test]
fn every_mistake_has_its_message_in_both_languages() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repo().join("tests/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for case in cases() {
            for lang in LANGS {
                insta::assert_snapshot!(format!("{case}.{lang}"), run(&case, lang));
            }
        }
    });
}

/// Words kb may leave in Latin letters in a Hebrew message: keys, names of formats and
/// products, and the command itself.
const LATIN_ALLOWED: [&str; 29] = [
    "kb", "check", "build", "toml", "yaml", "utf", "markdown", "html", "alt", "mb", "jpeg", "webp",
    "youtube", "vimeo", "title", "date", "tags", "tag", "summary", "captions", "true", "false",
    "language", "name", "plural", "types", "slug", "video", "config",
];

/// Latin words of `text` outside paths, `code`, "quoted values", key = value lines and
/// addresses.
fn latin_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for line in text.lines() {
        // A line of TOML shown as the fix (indented under the hint) is code.
        if line.starts_with("    ") || line.starts_with("exit:") || line.starts_with("---") {
            continue;
        }
        let mut in_code = false;
        let mut cleaned = String::new();
        for c in line.chars() {
            match c {
                '`' | '"' => in_code = !in_code,
                _ if !in_code => cleaned.push(c),
                _ => {}
            }
        }
        for token in cleaned.split_whitespace() {
            // Paths, file names (a dot inside), options and key = value are code.
            let inner = token.trim_end_matches(['.', ',', ';', ':', ')']);
            let codeish =
                inner.contains(['/', '.', '_', '=', '@', ':', '[', ']', '<', '>', '#', '!']);
            if codeish {
                continue;
            }
            let word: String = token
                .chars()
                .filter(|c| c.is_ascii_alphabetic() || *c == '-')
                .collect();
            let word = word.trim_matches('-').to_lowercase();
            if word.len() > 1 && !LATIN_ALLOWED.contains(&word.as_str()) && !word.contains('-') {
                words.push(word);
            }
        }
    }
    words
}

#[test]
fn hebrew_messages_hold_no_english_words() {
    for case in cases() {
        let words = latin_words(&run(&case, "he"));
        assert!(
            words.is_empty(),
            "{case}: English in the Hebrew messages: {words:?}"
        );
    }
    // The test can fail: the English run of a case is full of English words.
    assert!(!latin_words(&run("quote-in-word", "en")).is_empty());
}

#[test]
fn the_help_speaks_hebrew() {
    let site = TestSite::fixture("invalid/language-name");
    for args in [&["--help"][..], &["check", "--help"]] {
        let run = site.kb_in("he", args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let words = latin_words(&run.stdout);
        assert!(
            words.iter().all(|w| [
                "init", "new", "import", "serve", "help", "version", "options", "lang", "site",
                "dir", "drafts", "external", "strict"
            ]
            .contains(&w.as_str())),
            "{words:?}\n{}",
            run.stdout
        );
        assert!(run.stdout.contains("אפשרויות:"), "{}", run.stdout);
    }
    assert!(site.kb_in("en", &["--help"]).stdout.contains("Options:"));
}

#[test]
fn the_site_language_chooses_the_messages_and_lang_overrides_it() {
    let site = TestSite::fixture("invalid/date-slashes");
    let plain = std::process::Command::new(KB)
        .args(["build", "."])
        .env_remove("KB_LANG")
        .current_dir(&site.dir)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&plain.stderr).contains("שגיאה:"));
    let english = site.kb_in("he", &["build", ".", "--lang", "en"]);
    assert!(english.stderr.contains("error:"), "{}", english.stderr);
    assert!(Path::new(&site.dir).join("config.toml").exists());
}
