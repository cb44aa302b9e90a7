//! The messages of kb as a contract: every fixture under tests/fixtures/invalid/<case>/ holds
//! one kind of mistake (or, for `everything-at-once` and `check-everything`, many), and the
//! exact stderr and exit code of `kb build` (or of the command in its `command` file) are
//! snapshots, in Hebrew, Arabic and English. The Hebrew and Arabic ones hold no English words.

mod common;

use std::path::Path;

use common::{KB, TestSite, repo};

const LANGS: [&str; 3] = ["he", "ar", "en"];
/// The languages whose messages must hold no English word outside code.
const RTL_LANGS: [&str; 2] = ["he", "ar"];

/// The run of `case` in `lang`: exit code and stderr, with the temp folder's path removed.
fn run(case: &str, lang: &str) -> String {
    let site = TestSite::fixture(&format!("invalid/{case}"));
    if case == "check-everything" {
        // 1.2 MB of image: too heavy for a phone, too big to keep in the repository.
        site.write("content/articles/bundle/big.jpg", vec![0u8; 1_200_000]);
    }
    // The command line after `kb`, when the case is not `kb build .`.
    let command = std::fs::read_to_string(site.dir.join("command")).unwrap_or("build .".into());
    let out = std::process::Command::new(KB)
        .args(command.split_whitespace())
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
fn every_mistake_has_its_message_in_every_language() {
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
fn hebrew_and_arabic_messages_hold_no_english_words() {
    for case in cases() {
        for lang in RTL_LANGS {
            let words = latin_words(&run(&case, lang));
            assert!(
                words.is_empty(),
                "{case}: English in the {lang} messages: {words:?}"
            );
        }
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
            words.iter().all(|w| HELP_WORDS.contains(&w.as_str())),
            "{words:?}\n{}",
            run.stdout
        );
        assert!(run.stdout.contains("אפשרויות:"), "{}", run.stdout);
    }
    assert!(site.kb_in("en", &["--help"]).stdout.contains("Options:"));
}

/// Words of kb's help in Latin letters: the commands and options, which are typed as they are.
const HELP_WORDS: [&str; 13] = [
    "init", "new", "import", "serve", "help", "version", "options", "lang", "site", "dir",
    "drafts", "external", "strict",
];

/// Every command, outside a site and inside one, with the mistakes a newcomer makes: in
/// Hebrew, not one English word, and every run says something.
#[test]
fn every_command_speaks_hebrew_with_its_common_mistakes() {
    let outside = tempfile::tempdir().unwrap();
    let site = TestSite::fixture("invalid/heading-skip");
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port().to_string();
    let outside_runs: &[&[&str]] = &[
        &["biuld"],
        &[],
        &["--help"],
        &["build", "--help"],
        &["--versoin"],
        &["build"],
        &["check"],
        &["serve"],
        &["new", "articles", "מיפוי"],
        &["init", "new-site"],
        &["build", "--lang", "fr"],
    ];
    let site_runs: &[&[&str]] = &[
        &["biuld"],
        &["build", "--outptu", "x"],
        &["build", ".", "extra"],
        &["new"],
        &["new", "articles"],
        &["new", "articels", "מיפוי"],
        &["new", "articles", "מיפוי שותפים"],
        &["new", "articles", "מיפוי שותפים"],
        &["serve", "--port", &port],
        &["serve", "--port", "abc"],
        &["serve", "--bind", "somewhere"],
        &["build", "-o", "content/out"],
        &["build", "-o", "config.toml"],
        &["build"],
        &["check"],
        &["check", "--strict"],
        &["init", "."],
    ];
    let runs = outside_runs
        .iter()
        .map(|args| (outside.path(), args))
        .chain(site_runs.iter().map(|args| (site.dir.as_path(), args)));
    for ((dir, args), lang) in runs.flat_map(|run| RTL_LANGS.map(|lang| (run, lang))) {
        let out = std::process::Command::new(KB)
            .args(*args)
            .env("KB_LANG", lang)
            .current_dir(dir)
            .output()
            .unwrap();
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!said.trim().is_empty(), "kb {args:?} said nothing");
        let words: Vec<String> = latin_words(&said)
            .into_iter()
            .filter(|word| !HELP_WORDS.contains(&word.as_str()))
            .collect();
        assert!(
            words.is_empty(),
            "kb {args:?} ({lang}): English {words:?} in:\n{said}"
        );
    }
    drop(busy);
}

/// Names of products and systems kb's Hebrew messages name as they are.
const PRODUCTS: [&str; 4] = ["windows", "tera", "github", "svg"];

/// Every Hebrew and Arabic message of the catalogue, beyond those the fixtures and commands
/// above print: the first line of each (the lines after it are the code to copy), its arguments
/// left out, holds no English word outside code. (The help's texts are checked as printed, above.)
#[test]
fn no_hebrew_or_arabic_message_of_the_catalogue_holds_an_english_word() {
    let mut found = Vec::new();
    let catalogues = RTL_LANGS.map(|lang| {
        let path = format!("locales/{lang}/kb.ftl");
        (std::fs::read_to_string(repo().join(&path)).unwrap(), path)
    });
    let lines = catalogues
        .iter()
        .flat_map(|(text, path)| text.lines().map(move |line| (path, line)));
    for (path, line) in lines {
        let Some((id, value)) = line.split_once(" = ") else {
            continue;
        };
        if line.starts_with([' ', '#']) || id.starts_with("cli-") {
            continue;
        }
        // Arguments and selectors (`{ $count ->` opens one that closes lines below).
        let mut words = String::new();
        let mut depth = 0;
        for c in value.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => words.push(c),
                _ => {}
            }
        }
        let english: Vec<String> = latin_words(&words)
            .into_iter()
            .filter(|word| !PRODUCTS.contains(&word.as_str()))
            .collect();
        if !english.is_empty() {
            found.push(format!("{path}: {id}: {english:?}"));
        }
    }
    assert!(found.is_empty(), "English in the catalogues: {found:#?}");
    // The test can fail: the same reading of the English catalogue finds English.
    let english = std::fs::read_to_string(repo().join("locales/en/kb.ftl")).unwrap();
    assert!(!latin_words(&english).is_empty());
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
    // An Arabic site is answered in Arabic, its help too.
    let config = std::fs::read_to_string(site.dir.join("config.toml")).unwrap();
    site.write(
        "config.toml",
        format!(
            "language = \"ar\"\n{}",
            config.replace("language = \"he\"\n", "")
        ),
    );
    let arabic = std::process::Command::new(KB)
        .args(["build", "."])
        .env_remove("KB_LANG")
        .current_dir(&site.dir)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&arabic.stderr).contains("خطأ:"));
    let help = site.kb_in("ar", &["--help"]);
    assert!(help.stdout.contains("الخيارات:"), "{}", help.stdout);
    assert!(Path::new(&site.dir).join("config.toml").exists());
}
