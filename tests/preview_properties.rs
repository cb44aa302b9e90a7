//! Property test of what `kb serve` promises: after any sequence of edits (bodies, titles, dates,
//! tags, summaries, renames, moves to another type, deletions, new items, bundle assets, config, templates, static
//! files, section intros), the preview serves exactly the bytes a full build of the same files
//! makes.
//! `KB_PROPTEST_CASES=N` runs N edit sequences (default 24: well under a minute on two cores).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use kb::session::Session;
use kb::site::BuildOptions;
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};

const TYPES: [(&str, &str, &str); 3] = [
    ("articles", "מאמר", "מאמרים"),
    ("tools", "כלי", "כלים"),
    ("cases", "מקרה בוחן", "מקרי בוחן"),
];
const TAGS: [&str; 4] = ["backbone", "trust", "measurement", "budget"];
const WORDS: [&str; 10] = [
    "שיתוף",
    "ארגון",
    "קהילה",
    "מדידה",
    "אמון",
    "שדרה",
    "עירייה",
    "מתנדבים",
    "תקציב",
    "מפגש",
];
/// Items 0 and 1 are never renamed or deleted: other bodies link to the first, and the second
/// is the bundle whose assets the edits change.
const PINNED: usize = 2;

fn word(n: usize) -> &'static str {
    WORDS[n % WORDS.len()]
}

/// One item of the generated site, as its file says it.
#[derive(Debug, Clone)]
struct Item {
    kind: usize,
    slug: String,
    title: String,
    day: u32,
    tags: u8,
    summary: Option<String>,
    body: usize,
}

/// The whole generated site; every edit changes it and rewrites the files it touches.
#[derive(Debug)]
struct Model {
    dir: PathBuf,
    title: String,
    description: String,
    tag_names: [String; 4],
    paginate_by: usize,
    organization: String,
    items: Vec<Item>,
    assets: Vec<usize>,
    statics: Vec<usize>,
    made: usize,
}

/// An edit, by numbers the model reads modulo what exists.
#[derive(Debug, Clone)]
enum Edit {
    Body(usize, usize),
    Title(usize, usize),
    Date(usize, u32),
    Tags(usize, u8),
    Summary(usize, Option<usize>),
    Rename(usize),
    Move(usize, usize),
    Delete(usize),
    Add(usize, usize, u8),
    Asset(usize, bool),
    Config(usize, usize),
    Template(Option<u8>),
    Static(usize, bool),
    Intro(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let n = || 0..1000usize;
    prop_oneof![
        3 => (n(), n()).prop_map(|(i, b)| Edit::Body(i, b)),
        2 => (n(), n()).prop_map(|(i, t)| Edit::Title(i, t)),
        2 => (n(), 0..2000u32).prop_map(|(i, d)| Edit::Date(i, d)),
        2 => (n(), any::<u8>()).prop_map(|(i, t)| Edit::Tags(i, t)),
        1 => (n(), proptest::option::of(n())).prop_map(|(i, s)| Edit::Summary(i, s)),
        1 => n().prop_map(Edit::Rename),
        1 => (n(), n()).prop_map(|(i, kind)| Edit::Move(i, kind)),
        1 => n().prop_map(Edit::Delete),
        2 => (n(), n(), any::<u8>()).prop_map(|(k, t, g)| Edit::Add(k, t, g)),
        1 => (n(), any::<bool>()).prop_map(|(i, keep)| Edit::Asset(i, keep)),
        2 => (0..5usize, n()).prop_map(|(what, v)| Edit::Config(what, v)),
        1 => proptest::option::of(any::<u8>()).prop_map(Edit::Template),
        1 => (n(), any::<bool>()).prop_map(|(i, keep)| Edit::Static(i, keep)),
        1 => (n(), n()).prop_map(|(k, n)| Edit::Intro(k, n)),
    ]
}

impl Model {
    fn new(dir: &Path) -> Model {
        let item = |kind: usize, slug: &str, n: usize| Item {
            kind,
            slug: slug.to_string(),
            title: format!("{} {}", word(n), word(n + 3)),
            day: (n * 97 % 2000) as u32,
            tags: (n % 15 + 1) as u8,
            summary: None,
            body: n,
        };
        let model = Model {
            dir: dir.to_path_buf(),
            title: "מאגר הניסוי".into(),
            description: "אתר שנוצר לבדיקה".into(),
            tag_names: TAGS.map(|key| format!("תגית {key}")),
            paginate_by: 2,
            organization: "ארגון הבדיקות".into(),
            items: vec![
                item(0, "anchor", 0),
                item(1, "kit", 1),
                item(2, "city", 2),
                item(0, "roles", 3),
                item(1, "map", 4),
            ],
            assets: vec![0],
            statics: vec![0],
            made: 0,
        };
        model.write(
            "content/_index.md",
            "+++\ntitle = \"ברוכים הבאים\"\n+++\n\nמבוא.\n",
        );
        model.write("content/tools/kit/sheet.txt", "דף עבודה");
        model.write_config();
        model.write_assets_and_statics();
        for i in 0..model.items.len() {
            model.write_item(i);
        }
        model
    }

    fn write(&self, relative: &str, text: &str) -> PathBuf {
        let path = self.dir.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    fn remove(&self, relative: &str) -> PathBuf {
        let path = self.dir.join(relative);
        std::fs::remove_file(&path).unwrap();
        path
    }

    fn write_config(&self) -> PathBuf {
        let mut text = format!(
            "title = \"{}\"\nbase_url = \"https://test.example.org/\"\ndescription = \"{}\"\npaginate_by = {}\n",
            self.title, self.description, self.paginate_by
        );
        for (key, name, plural) in TYPES {
            text += &format!("\n[types.{key}]\nname = \"{name}\"\nplural = \"{plural}\"\n");
        }
        for (key, name) in TAGS.iter().zip(&self.tag_names) {
            text += &format!("\n[tags.{key}]\nname = \"{name}\"\n");
        }
        text += &format!("\n[extra]\norganization = \"{}\"\n", self.organization);
        self.write("config.toml", &text)
    }

    fn write_assets_and_statics(&self) {
        for &n in &self.assets {
            self.write(&format!("content/tools/kit/a{n}.txt"), &format!("נספח {n}"));
        }
        for &n in &self.statics {
            self.write(&format!("static/s{n}.txt"), &format!("קובץ {n}"));
        }
    }

    fn item_path(&self, i: usize) -> String {
        let item = &self.items[i];
        let folder = TYPES[item.kind].0;
        if i == 1 {
            format!("content/{folder}/{}/index.md", item.slug)
        } else {
            format!("content/{folder}/{}.md", item.slug)
        }
    }

    fn write_item(&self, i: usize) -> PathBuf {
        let item = &self.items[i];
        let tags: Vec<String> = TAGS
            .iter()
            .enumerate()
            .filter(|(bit, _)| item.tags >> bit & 1 == 1)
            .map(|(_, key)| format!("\"{key}\""))
            .collect();
        let (year, month, day) = (
            2020 + item.day / 336,
            1 + item.day / 28 % 12,
            1 + item.day % 28,
        );
        let mut text = format!(
            "+++\ntitle = \"{}\"\ndate = {year}-{month:02}-{day:02}\ntags = [{}]\n",
            item.title,
            tags.join(", ")
        );
        if let Some(summary) = &item.summary {
            text += &format!("summary = \"{summary}\"\n");
        }
        let n = item.body;
        text += &format!(
            "+++\n\n## {} ו{}\n\n{} של {} ב{} ול{}.\n",
            word(n),
            word(n + 1),
            word(n + 2),
            word(n + 3),
            word(n + 4),
            word(n / 10)
        );
        if i != 0 && n.is_multiple_of(2) {
            text += "\nראו [העוגן](@/articles/anchor.md).\n";
        }
        if i == 1 {
            text += "\n[דף העבודה](sheet.txt)\n";
        }
        self.write(&self.item_path(i), &text)
    }

    /// Applies `edit` to the files and returns the paths it changed, as the watcher reports them.
    fn apply(&mut self, edit: &Edit) -> Vec<PathBuf> {
        let any = |i: usize| i % self.items.len();
        let movable = |i: usize| {
            (self.items.len() > PINNED).then(|| PINNED + i % (self.items.len() - PINNED))
        };
        match *edit {
            Edit::Body(i, n) => self.change(any(i), |item| item.body = n),
            Edit::Title(i, n) => self.change(any(i), |item| {
                item.title = format!("{} {}", word(n), word(n / 10))
            }),
            Edit::Date(i, day) => self.change(any(i), |item| item.day = day),
            Edit::Tags(i, tags) => self.change(any(i), |item| item.tags = tags),
            Edit::Summary(i, s) => self.change(any(i), |item| {
                item.summary = s.map(|n| format!("תקציר על {}", word(n)))
            }),
            Edit::Rename(i) => match movable(i) {
                Some(i) => {
                    let old = self.remove(&self.item_path(i));
                    self.made += 1;
                    self.items[i].slug = format!("renamed-{}", self.made);
                    vec![old, self.write_item(i)]
                }
                None => vec![],
            },
            Edit::Move(i, kind) => match movable(i) {
                Some(i) => {
                    let old = self.remove(&self.item_path(i));
                    self.items[i].kind = kind % TYPES.len();
                    vec![old, self.write_item(i)]
                }
                None => vec![],
            },
            Edit::Delete(i) => match movable(i) {
                Some(i) => {
                    let old = self.remove(&self.item_path(i));
                    self.items.remove(i);
                    vec![old]
                }
                None => vec![],
            },
            Edit::Add(kind, n, tags) => {
                self.made += 1;
                self.items.push(Item {
                    kind: kind % TYPES.len(),
                    slug: format!("new-{}", self.made),
                    title: format!("{} חדש", word(n)),
                    day: (n % 2000) as u32,
                    tags,
                    summary: None,
                    body: n,
                });
                vec![self.write_item(self.items.len() - 1)]
            }
            Edit::Asset(n, keep) => Self::toggle(&mut self.assets, n % 4, keep)
                .map(|n| {
                    self.write_or_remove(
                        &format!("content/tools/kit/a{n}.txt"),
                        keep,
                        &format!("נספח {n} מעודכן"),
                    )
                })
                .into_iter()
                .collect(),
            Edit::Static(n, keep) => Self::toggle(&mut self.statics, n % 4, keep)
                .map(|n| {
                    self.write_or_remove(
                        &format!("static/s{n}.txt"),
                        keep,
                        &format!("קובץ {n} מעודכן"),
                    )
                })
                .into_iter()
                .collect(),
            Edit::Config(what, n) => {
                match what {
                    0 => self.title = format!("מאגר {}", word(n)),
                    1 => self.description = format!("על {} ו{}", word(n), word(n / 10)),
                    2 => self.tag_names[n % 4] = format!("{} {}", word(n), n % 7),
                    3 => self.paginate_by = 1 + n % 3,
                    _ => self.organization = format!("עמותת {}", word(n)),
                }
                vec![self.write_config()]
            }
            Edit::Intro(kind, n) => {
                let folder = ["", "articles/", "tools/", "cases/"][kind % 4];
                let text = format!(
                    "+++\ntitle = \"{} כאן\"\n+++\n\nמבוא על {}.\n",
                    word(n),
                    word(n / 10)
                );
                vec![self.write(&format!("content/{folder}_index.md"), &text)]
            }
            Edit::Template(mark) => {
                let had = self.dir.join("templates/base.html").exists();
                match mark {
                    Some(mark) => {
                        let theme = std::fs::read_to_string(theme_template("base.html")).unwrap();
                        let marked =
                            theme.replacen("</body>", &format!("<!-- סימן {mark} --></body>"), 1);
                        vec![self.write("templates/base.html", &marked)]
                    }
                    None if had => vec![self.remove("templates/base.html")],
                    None => vec![],
                }
            }
        }
    }

    fn change(&mut self, i: usize, edit: impl FnOnce(&mut Item)) -> Vec<PathBuf> {
        edit(&mut self.items[i]);
        vec![self.write_item(i)]
    }

    /// Adds or keeps `n` in `set` (or takes it out): `Some(n)` when there is a file to touch.
    fn toggle(set: &mut Vec<usize>, n: usize, keep: bool) -> Option<usize> {
        let had = set.contains(&n);
        if keep && !had {
            set.push(n);
        }
        set.retain(|&x| keep || x != n);
        (keep || had).then_some(n)
    }

    fn write_or_remove(&self, relative: &str, keep: bool, text: &str) -> PathBuf {
        if keep {
            self.write(relative, text)
        } else {
            self.remove(relative)
        }
    }
}

fn theme_template(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("themes/default/templates")
        .join(name)
}

fn start(dir: &Path) -> Session {
    Session::start(BuildOptions {
        site_dir: dir.to_path_buf(),
        ..Default::default()
    })
    .unwrap_or_else(|problems| panic!("the generated site does not build: {problems}"))
}

/// The session's files once its search index has caught up (by parts, then whole), by path.
fn settled(session: &mut Session) -> BTreeMap<String, Vec<u8>> {
    for settle in [false, true] {
        if let Some(job) = session.search_job(settle) {
            session.apply_search(job.run());
        }
    }
    session
        .files()
        .iter()
        .map(|(path, bytes)| (path.to_string(), bytes.to_vec()))
        .collect()
}

fn cases() -> Config {
    let cases = std::env::var("KB_PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(24);
    Config {
        cases,
        max_shrink_iters: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/preview_properties.proptest-regressions",
        ))),
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(cases())]

    #[test]
    fn the_preview_after_any_edits_equals_a_full_build(
        steps in prop::collection::vec(prop::collection::vec(edit(), 1..4), 1..8)
    ) {
        let tmp = tempfile::tempdir().unwrap();
        let mut model = Model::new(tmp.path());
        let mut session = start(tmp.path());
        // A step is what the watcher reports at once: one save, or a few files (a git pull).
        for (step, edits) in steps.iter().enumerate() {
            let changed: Vec<PathBuf> = edits.iter().flat_map(|edit| model.apply(edit)).collect();
            if let Err(problems) = session.rebuild(&changed) {
                panic!("step {step} ({edits:?}) failed in the preview: {problems}");
            }
            let served = settled(&mut session);
            let built = settled(&mut start(tmp.path()));
            let differ: Vec<&String> = built
                .iter()
                .filter(|(path, bytes)| served.get(*path) != Some(bytes))
                .map(|(path, _)| path)
                .chain(served.keys().filter(|path| !built.contains_key(*path)))
                .collect();
            prop_assert!(differ.is_empty(), "after step {} ({:?}) the preview differs from a full build in {:?}", step, edits, differ);
        }
    }
}
