//! The shared analyser test vectors (`tests/search_vectors.tsv`) against the Rust analyser; the
//! browser tests run the same file through `search.js`, so the two analysers agree row by row.

use kb::search::analyser::{
    analyse, deletions, inflection_stems, inflects, irregular, normalise, spellings,
};
use kb::search::verbs::conjugations;

const VECTORS: &str = include_str!("search_vectors.tsv");

/// The rows of the table as (kind, input, expected); `tokens` rows have no `@kind` column.
fn table() -> Vec<(&'static str, &'static str, &'static str)> {
    VECTORS
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            let mut columns = line.split('\t');
            let first = columns.next().expect("a first column");
            let (kind, input) = match first.strip_prefix('@') {
                Some(kind) => (kind, columns.next().expect("an input column")),
                None => ("tokens", first),
            };
            (kind, input, columns.next().expect("an expected column"))
        })
        .collect()
}

/// The whole of a written word in matching form.
fn matching(word: &str) -> String {
    normalise(word).map(|w| w.whole).unwrap_or_default()
}

/// What the Rust analyser gives for one row, written as the table writes it.
fn run(kind: &str, input: &str) -> String {
    match kind {
        "tokens" => {
            let shown: Vec<String> = analyse(input)
                .iter()
                .map(|t| format!("{}{}", if t.stripped { "~" } else { "" }, t.text))
                .collect();
            shown.join(" ")
        }
        "stems" => inflection_stems(&matching(input)).join(" "),
        "meets" => {
            let (a, b) = input.split_once(' ').expect("two words");
            let yes = inflects(&matching(a), &matching(b));
            if yes { "yes" } else { "no" }.to_string()
        }
        "deletions" => {
            let keys: Vec<String> = deletions(&matching(input))
                .into_iter()
                .map(|d| d.2)
                .collect();
            keys.join(" ")
        }
        "spellings" => spellings(&matching(input)).join(" "),
        "irregular" => irregular(&matching(input)).join(" "),
        "verbs" => conjugations(&matching(input)).join(" "),
        "plurals" => kb::search::arabic::broken_plural_partners(&matching(input)).join(" "),
        other => panic!("unknown kind of row: @{other}"),
    }
}

#[test]
fn rust_analyser_matches_every_vector() {
    let rows = table();
    for kind in [
        "tokens",
        "stems",
        "meets",
        "deletions",
        "spellings",
        "verbs",
    ] {
        let count = rows.iter().filter(|r| r.0 == kind).count();
        assert!(count >= 4, "{count} rows of kind {kind}");
    }
    assert!(rows.len() >= 150, "the table has {} rows", rows.len());
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|&(kind, input, expected)| {
            let got = run(kind, input);
            (got != expected)
                .then(|| format!("{kind} {input:?}: expected {expected:?}, got {got:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} rows differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
