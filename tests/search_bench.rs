//! Times the search index alone on a generated corpus (`bench/search.sh` runs it in release):
//! `KB_BENCH_SITE=/tmp/kb10k cargo test --release --test search_bench -- --ignored --nocapture`.
//! The Markdown is read with a rough front-matter split (title, date, summary, tags) and the raw
//! body as text: the same volume of words the real build hands to `build_index`.

use kb::search::{SearchDoc, build_index};
use std::path::{Path, PathBuf};
use std::time::Instant;

struct Item {
    url: String,
    title: String,
    type_key: String,
    tags: Vec<String>,
    date: String,
    summary: String,
    headings: Vec<String>,
    body: String,
}

/// The value of `key = "..."` (or a bare value) in TOML front matter, without quotes.
fn field(front: &str, key: &str) -> String {
    let line = front
        .lines()
        .find_map(|l| l.strip_prefix(key)?.trim_start().strip_prefix('='));
    line.map(|v| v.trim().trim_matches('"').to_string())
        .unwrap_or_default()
}

fn read_item(path: &Path, type_key: &str) -> Option<Item> {
    let text = std::fs::read_to_string(path).ok()?;
    let (front, body) = text.strip_prefix("+++\n")?.split_once("+++\n")?;
    let tags = field(front, "tags");
    let tags = tags.trim_matches(['[', ']']).split(',');
    Some(Item {
        url: format!("/{type_key}/{}/", path.file_stem()?.to_string_lossy()),
        title: field(front, "title"),
        type_key: type_key.to_string(),
        tags: tags
            .map(|t| t.trim().trim_matches('"').to_string())
            .filter(|t| !t.is_empty())
            .collect(),
        date: field(front, "date"),
        summary: field(front, "summary"),
        headings: body
            .lines()
            .filter_map(|l| l.strip_prefix("## "))
            .map(str::to_string)
            .collect(),
        body: body.to_string(),
    })
}

fn read_site(site: &Path) -> Vec<Item> {
    let mut items = Vec::new();
    for dir in std::fs::read_dir(site.join("content"))
        .expect("a content folder")
        .flatten()
    {
        let type_key = dir.file_name().to_string_lossy().to_string();
        let Ok(files) = std::fs::read_dir(dir.path()) else {
            continue;
        };
        let mut files: Vec<PathBuf> = files.flatten().map(|f| f.path()).collect();
        files.sort();
        let pages = files.iter().filter(|f| !f.ends_with("_index.md"));
        items.extend(pages.filter_map(|f| read_item(f, &type_key)));
    }
    items
}

/// CPU time of this process so far (all threads, user and system): a figure that other load on
/// the machine disturbs less than wall time.
fn cpu_seconds() -> f64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage writes a whole rusage into the pointer it is given.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr());
        usage.assume_init()
    };
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

#[test]
#[ignore = "a benchmark: needs KB_BENCH_SITE and a release build"]
fn index_build_time() {
    let site = PathBuf::from(std::env::var("KB_BENCH_SITE").expect("KB_BENCH_SITE=<a kb site>"));
    let items = read_site(&site);
    let names: Vec<Vec<String>> = items.iter().map(|i| i.tags.clone()).collect();
    let docs: Vec<SearchDoc> = items
        .iter()
        .zip(&names)
        .map(|(i, names)| SearchDoc {
            url: &i.url,
            title: &i.title,
            type_key: &i.type_key,
            type_name: &i.type_key,
            tags: &i.tags,
            tag_names: names,
            date: &i.date,
            summary: &i.summary,
            headings: &i.headings,
            sections: &[],
            body_text: &i.body,
        })
        .collect();
    let words: usize = items
        .iter()
        .map(|i| i.body.split_whitespace().count())
        .sum();
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut files = Vec::new();
    for _ in 0..3 {
        let (start, cpu) = (Instant::now(), cpu_seconds());
        files = build_index(&docs);
        best = best.min(start.elapsed().as_secs_f64());
        best_cpu = best_cpu.min(cpu_seconds() - cpu);
    }
    let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
    println!(
        "search index: {} pages, {words} words, {} files, {bytes} bytes, built in {best:.3} s, {best_cpu:.3} s of CPU (best of 3, {} threads)",
        docs.len(),
        files.len(),
        rayon::current_num_threads()
    );
}
