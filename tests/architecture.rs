//! The house's shape, read from the sources: the modules of `src/` import each other without a
//! circle (data flows one way: load → parse → index → render → write), and every file says in
//! a `//!` line what it owns.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level module → the top-level modules its files name as `crate::<module>` (the `t!`
/// macro is the message catalogue's, `i18n`).
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let relative = path.strip_prefix(&src).unwrap();
        let module = relative
            .iter()
            .next()
            .unwrap()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if matches!(module.as_str(), "lib" | "main") {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let edges = graph.entry(module.clone()).or_default();
        for (at, _) in text.match_indices("crate::") {
            let name: String = text[at + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let name = if name == "t" {
                "i18n".to_string()
            } else {
                name
            };
            if name != module && !name.is_empty() {
                edges.insert(name);
            }
        }
        let uses_t = text.match_indices("t!(").any(|(at, _)| {
            let before = text[..at].chars().next_back();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
        });
        if module != "i18n" && uses_t {
            edges.insert("i18n".to_string());
        }
    }
    graph
}

/// A circle of imports reachable from `start`, if there is one.
fn circle_from(
    graph: &BTreeMap<String, BTreeSet<String>>,
    path: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    let here = path.last().unwrap().clone();
    for next in graph.get(&here).into_iter().flatten() {
        if let Some(at) = path.iter().position(|m| m == next) {
            let mut circle = path[at..].to_vec();
            circle.push(next.clone());
            return Some(circle);
        }
        if done.contains(next) {
            continue;
        }
        path.push(next.clone());
        if let Some(circle) = circle_from(graph, path, done) {
            return Some(circle);
        }
        path.pop();
    }
    done.insert(here);
    None
}

#[test]
fn the_modules_import_each_other_without_a_circle() {
    let graph = imports();
    assert!(graph.len() > 20, "{} modules read", graph.len());
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        let mut path = vec![module.clone()];
        if let Some(circle) = circle_from(&graph, &mut path, &mut done) {
            panic!("an import circle: {}", circle.join(" → "));
        }
    }
}

#[test]
fn the_circle_finder_finds_a_circle() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")] {
        graph.entry(from.into()).or_default().insert(to.into());
    }
    let mut path = vec!["d".to_string()];
    let circle = circle_from(&graph, &mut path, &mut BTreeSet::new()).unwrap();
    assert_eq!(circle, ["a", "b", "c", "a"]);
}

#[test]
fn every_source_file_says_what_it_owns() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let missing: Vec<String> = walkdir::WalkDir::new(&src)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .filter(|e| {
            let text = std::fs::read_to_string(e.path()).unwrap();
            !text.trim_start().starts_with("//!")
        })
        .map(|e| e.path().display().to_string())
        .collect();
    assert!(missing.is_empty(), "no //! line: {missing:?}");
}
