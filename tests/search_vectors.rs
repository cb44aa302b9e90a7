//! The shared analyser test vectors (`tests/search_vectors.tsv`) against the Rust analyser; the
//! browser tests run the same file through `search.js`, so the two analysers agree row by row.

use kb::search::analyser::analyse;
use std::collections::HashSet;

const VECTORS: &str = include_str!("search_vectors.tsv");

/// The lexicon line and the `(input, expected)` rows of the table.
fn table() -> (HashSet<&'static str>, Vec<(&'static str, &'static str)>) {
    let mut lexicon = HashSet::new();
    let mut rows = Vec::new();
    for line in VECTORS
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (input, expected) = line.split_once('\t').expect("a tab between the columns");
        match input {
            "lexicon" => lexicon.extend(expected.split(' ')),
            _ => rows.push((input, expected)),
        }
    }
    (lexicon, rows)
}

#[test]
fn rust_analyser_matches_every_vector() {
    let (lexicon, rows) = table();
    assert!(rows.len() >= 60, "the table has {} rows", rows.len());
    let has = |w: &str| lexicon.contains(w);
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|&(input, expected)| {
            let tokens = analyse(input, &has);
            let shown: Vec<String> = tokens
                .iter()
                .map(|t| format!("{}{}", if t.stripped { "~" } else { "" }, t.text))
                .collect();
            let got = shown.join(" ");
            (got != expected).then(|| format!("{input:?}: expected {expected:?}, got {got:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} rows differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
