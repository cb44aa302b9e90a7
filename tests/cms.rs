//! The browser editor's files (`/admin/`), generated from config.toml at every build: their
//! content (snapshots of `config.yml`), every field a key kb reads and every key a field, the
//! admin policy in `_headers`, `/admin/` kept out of the sitemap, feeds and search, and the
//! `[cms]` table checked and written by `kb init --cms`.

mod common;

use common::TestSite;
use yaml_rust2::{Yaml, YamlLoader};

/// content-example's own `[cms]` table.
const EXAMPLE_CMS: &str =
    "[cms]\nbackend = \"github\"\nrepo = \"kb-ssg/kb-example\"\nbranch = \"main\"\n";

/// content-example with `table` in place of its `[cms]` table (empty: none), and the 1-based
/// line where the table starts.
fn example_with(table: &str) -> (TestSite, usize) {
    let site = TestSite::copy_of("content-example");
    let config = std::fs::read_to_string(site.dir.join("config.toml")).unwrap();
    let at = config
        .find(EXAMPLE_CMS)
        .expect("content-example has its [cms] table");
    let line = config[..at].lines().count() + 1;
    site.write("config.toml", config.replacen(EXAMPLE_CMS, table, 1));
    (site, line)
}

fn with_cms(relative: &str) -> TestSite {
    let site = TestSite::copy_of(relative);
    let config = std::fs::read_to_string(site.dir.join("config.toml")).unwrap();
    site.write("config.toml", format!("{config}\n{EXAMPLE_CMS}"));
    site
}

fn editor_config(site: &TestSite) -> (String, Yaml) {
    let text = site.read("admin/config.yml");
    let yaml = YamlLoader::load_from_str(&text).unwrap().remove(0);
    (text, yaml)
}

fn collection<'a>(config: &'a Yaml, name: &str) -> &'a Yaml {
    config["collections"]
        .as_vec()
        .unwrap()
        .iter()
        .find(|c| c["name"].as_str() == Some(name))
        .unwrap_or_else(|| panic!("no collection {name}"))
}

fn field_names(collection: &Yaml) -> Vec<String> {
    collection["fields"]
        .as_vec()
        .unwrap()
        .iter()
        .map(|field| field["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_example_site_gets_an_editor_of_its_own_schema() {
    let site = TestSite::copy_of("content-example");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (text, config) = editor_config(&site);
    insta::assert_snapshot!("content-example.config.yml", text);
    assert_eq!(config["backend"]["name"].as_str(), Some("github"));
    assert_eq!(config["locale"].as_str(), Some("he"));
    // One collection per type, labelled with its Hebrew names; tags chosen by name, saved as key.
    let articles = collection(&config, "articles");
    assert_eq!(articles["label"].as_str(), Some("מאמרים"));
    assert_eq!(articles["folder"].as_str(), Some("content/articles"));
    assert_eq!(articles["format"].as_str(), Some("toml-frontmatter"));
    let tags = articles["fields"]
        .as_vec()
        .unwrap()
        .iter()
        .find(|field| field["name"].as_str() == Some("tags"))
        .unwrap();
    assert_eq!(tags["multiple"].as_bool(), Some(true));
    let backbone = tags["options"]
        .as_vec()
        .unwrap()
        .iter()
        .find(|option| option["value"].as_str() == Some("backbone"))
        .unwrap();
    assert_eq!(backbone["label"].as_str(), Some("ארגון שדרה"));
    // The video keys only where the site shows videos; bundles where the site uses them.
    assert!(field_names(collection(&config, "videos")).contains(&"video".to_string()));
    assert!(!field_names(articles).contains(&"video".to_string()));
    assert_eq!(
        collection(&config, "tools")["path"].as_str(),
        Some("{{slug}}/index")
    );
    assert!(articles["path"].is_badvalue());

    let shell = site.read("admin/index.html");
    assert!(shell.contains("<html lang=\"he\" dir=\"rtl\">"), "{shell}");
    assert!(shell.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"));
    assert!(
        shell.contains("connect-src 'self' https://api.github.com;"),
        "{shell}"
    );
    assert!(shell.contains(
        "<script src=\"https://unpkg.com/decap-cms@3.16.3/dist/decap-cms.js\"></script>"
    ));
    // The pages' own policy stays as strict as without an editor; the editor's rule comes after
    // it and detaches it first.
    let headers = site.read("_headers");
    let pages = headers
        .find("/*\n  Content-Security-Policy: default-src 'self'; img-src")
        .unwrap();
    let admin = headers
        .find("/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'self'; script-src 'self' https://unpkg.com 'unsafe-eval'")
        .unwrap();
    assert!(pages < admin, "{headers}");
    assert!(headers.contains("X-Robots-Tag: noindex"));
    // No sitemap, feed or search entry leads to the editor.
    for file in ["sitemap.xml", "atom.xml"] {
        assert!(!site.read(file).contains("/admin"), "{file}");
    }
    for entry in walkdir::WalkDir::new(site.out().join("search")) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).unwrap();
            assert!(
                !String::from_utf8_lossy(&bytes).contains("/admin"),
                "{}",
                entry.path().display()
            );
        }
    }
    // The same build without [cms] has no editor and no admin rule.
    let (plain, _) = example_with("");
    assert_eq!(plain.build(&[]).code, 0);
    assert!(!plain.out().join("admin").exists());
    assert!(!plain.read("_headers").contains("/admin"));
}

/// An item with every key kb reads, a video, a bundle and a page with every key of a page.
fn every_key_site() -> TestSite {
    let site = with_cms("tests/fixtures/basic");
    let config = std::fs::read_to_string(site.dir.join("config.toml")).unwrap();
    assert!(config.contains("[types.articles]") && !config.contains("[types.videos]"));
    site.write(
        "config.toml",
        format!("{config}\n[types.videos]\nname = \"וידאו\"\nplural = \"סרטונים\"\n"),
    );
    let tag = config
        .lines()
        .find_map(|line| line.strip_prefix("[tags.")?.strip_suffix(']'))
        .unwrap_or("backbone")
        .trim_matches('"')
        .to_string();
    site.write(
        "content/articles/every-key.md",
        format!(
            "+++\ntitle = \"כל המפתחות\"\ndate = 2024-01-02\nupdated = 2024-02-03\nsummary = \"תקציר\"\nauthors = [\"נועה\"]\neditors = [\"דן\"]\ntags = [\"{tag}\"]\ndraft = false\nslug = \"every-key\"\naliases = [\"/old-every-key/\"]\n\n[extra]\nnote = \"x\"\n+++\n\nגוף.\n"
        ),
    );
    site.write(
        "content/videos/a-video.md",
        "+++\ntitle = \"סרטון\"\ndate = 2024-01-02\nvideo = \"https://www.youtube.com/watch?v=kB7xQ2mR4tA\"\ncaptions = true\n+++\n\nתקציר הסרטון.\n",
    );
    site.write(
        "content/articles/a-bundle/index.md",
        "+++\ntitle = \"צרור\"\ndate = 2024-01-02\n+++\n\nגוף.\n",
    );
    site.write(
        "content/every-page-key.md",
        "+++\ntitle = \"דף\"\ndate = 2024-01-02\nupdated = 2024-02-03\nsummary = \"תקציר\"\ndraft = false\nslug = \"every-page-key\"\naliases = [\"/old-page/\"]\n+++\n\nגוף.\n",
    );
    site
}

/// A value of the kind the field's widget saves, as TOML.
fn value_for(field: &Yaml) -> String {
    match field["widget"].as_str().unwrap() {
        "datetime" => "\"2024-03-04\"".into(),
        "list" if field["name"].as_str() == Some("aliases") => "[\"/old/\"]".into(),
        "list" => "[\"שם\"]".into(),
        "boolean" => "true".into(),
        "select" => format!("[\"{}\"]", field["options"][0]["value"].as_str().unwrap()),
        _ if field["name"].as_str() == Some("slug") => "\"a-slug\"".into(),
        _ if field["name"].as_str() == Some("video") => {
            "\"https://www.youtube.com/watch?v=kB7xQ2mR4tA\"".into()
        }
        _ => "\"טקסט\"".into(),
    }
}

#[test]
fn every_front_matter_key_has_a_field_and_every_field_is_read_by_kb() {
    let site = every_key_site();
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (text, config) = editor_config(&site);
    insta::assert_snapshot!("every-key.config.yml", text);
    let front_matter_keys = |relative: &str| -> Vec<String> {
        let text = std::fs::read_to_string(site.dir.join(relative)).unwrap();
        let toml = text.split("+++").nth(1).unwrap();
        let table: toml::Table = toml.parse().unwrap();
        table
            .keys()
            .filter(|key| *key != "extra")
            .cloned()
            .collect()
    };
    for (collection_name, file) in [
        ("articles", "content/articles/every-key.md"),
        ("videos", "content/videos/a-video.md"),
        ("pages", "content/every-page-key.md"),
    ] {
        let names = field_names(collection(&config, collection_name));
        for key in front_matter_keys(file) {
            assert!(
                names.contains(&key),
                "{collection_name}: no field for {key}"
            );
        }
    }
    // Each field alone, with a value of its widget's kind, is front matter kb builds.
    for (collection_name, folder) in [
        ("articles", "content/articles"),
        ("videos", "content/videos"),
        ("pages", "content"),
    ] {
        for field in collection(&config, collection_name)["fields"]
            .as_vec()
            .unwrap()
        {
            let name = field["name"].as_str().unwrap();
            if matches!(name, "title" | "date" | "body") {
                continue;
            }
            // An absolute path: `copy_of` joins it to the repository, which keeps it as it is.
            let probe = TestSite::copy_of(site.dir.to_str().unwrap());
            let file = format!("{folder}/field-probe.md");
            probe.write(
                &file,
                format!(
                    "+++\ntitle = \"בדיקה\"\ndate = \"2024-01-02\"\n{name} = {}\n+++\n\nגוף.\n",
                    value_for(field)
                ),
            );
            let run = probe.build(&[]);
            assert_eq!(run.code, 0, "{collection_name}.{name}: {}", run.stderr);
        }
    }
}

#[test]
fn a_wrong_cms_table_is_an_error_naming_the_line_and_the_fix() {
    let (site, table) = example_with(
        "[cms]\nbackend = \"gitub\"\nrepo = \"kb-site\"\nscript = \"http://cdn.example/x.js\"\n",
    );
    let line = table + 1;
    for command in ["build", "check"] {
        let run = site.kb(&[command, "."]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(
            run.stderr.contains(&format!("config.toml:{line}")),
            "{command}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("backend = \"github\""),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("owner/name"), "{}", run.stderr);
        assert!(run.stderr.contains("https://"), "{}", run.stderr);
    }
    assert!(!site.out().join("admin").exists());
}

#[test]
fn kb_init_with_cms_writes_a_table_kb_check_accepts() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    let run: common::Run = std::process::Command::new(common::KB)
        .env("KB_LANG", "en")
        .args(["init", dir.to_str().unwrap(), "--cms", "gitea"])
        .output()
        .unwrap()
        .into();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("/admin/"), "{}", run.stdout);
    let config = std::fs::read_to_string(dir.join("config.toml")).unwrap();
    assert!(
        config.contains("\n[cms]\nbackend = \"gitea\"\n"),
        "{config}"
    );
    let check: common::Run = std::process::Command::new(common::KB)
        .env("KB_LANG", "en")
        .args(["check", dir.to_str().unwrap()])
        .output()
        .unwrap()
        .into();
    assert_eq!(check.code, 0, "{}", check.stderr);
    // The repository to fill in is pointed out, like the starter's other placeholders.
    let repo_line = config
        .lines()
        .position(|line| line == "repo = \"my-org/my-site\"")
        .unwrap()
        + 1;
    assert!(
        check.stderr.contains(&format!("config.toml:{repo_line}")),
        "{}",
        check.stderr
    );
}

#[test]
fn a_self_hosted_editor_under_a_sub_path_is_loaded_from_it() {
    let (site, _) = example_with(
        "[cms]\nbackend = \"github\"\nrepo = \"org/kb-site\"\nscript = \"/vendor/decap-cms.js\"\n",
    );
    let config = std::fs::read_to_string(site.dir.join("config.toml"))
        .unwrap()
        .replace(
            "base_url = \"https://kb.example.org\"",
            "base_url = \"https://org.github.io/kb-site/\"",
        );
    site.write("config.toml", config);
    site.write("static/vendor/decap-cms.js", "// stand-in\n");
    assert_eq!(site.build(&[]).code, 0);
    let shell = site.read("admin/index.html");
    assert!(
        shell.contains("<script src=\"/kb-site/vendor/decap-cms.js\"></script>"),
        "{shell}"
    );
    assert!(shell.contains("<script src=\"/kb-site/admin/kb-admin.js\"></script>"));
    assert!(shell.contains("script-src 'self' 'unsafe-eval'"), "{shell}");
    let (_, config) = editor_config(&site);
    assert_eq!(
        config["site_url"].as_str(),
        Some("https://org.github.io/kb-site")
    );
}
