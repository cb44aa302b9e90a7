//! The search index: the Hebrew analyser and the split index files the browser script loads.
//!
//! Files, all under `search/` in the output folder:
//! - `meta.json`: doc count, type and tag names, shard separators (front-coded) and sizes
//!   (KiB), a version hash;
//! - `s/<n>.bin`: shards of the inverted index, consecutive term ranges (see [`encode`]);
//! - `d/<id>.json`: one small file per doc (url, title, type, tags, date, excerpt text);
//! - `facets.bin`: a bitset of docs per type and per tag, for filters and facet counts.
//!
//! Doc ids follow date, newest first, so equal scores rank newer docs first.

pub mod analyser;
mod docstore;
pub mod encode;
mod invert;
mod shards;

use crate::output::OutputFile;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// What the index needs of one published item. Borrowed from the library; built once per build.
#[derive(Debug, Clone)]
pub struct SearchDoc<'a> {
    /// Page path, e.g. `/articles/backbone-roles/`.
    pub url: &'a str,
    pub title: &'a str,
    /// Type key (folder), e.g. `articles`.
    pub type_key: &'a str,
    /// The type's display name, e.g. `מאמר`.
    pub type_name: &'a str,
    /// Tag keys from the controlled vocabulary.
    pub tags: &'a [String],
    /// The tags' display names, in the order of `tags`; searched like the summary.
    pub tag_names: &'a [String],
    /// `YYYY-MM-DD`.
    pub date: &'a str,
    pub summary: &'a str,
    /// Text of the h1-h6 headings in the body, in order.
    pub headings: &'a [String],
    /// The body as plain text (no markup), paragraphs separated by newlines.
    pub body_text: &'a str,
}

/// FNV-1a over all index files: the version the browser appends to its fetches.
fn version<'a>(files: impl Iterator<Item = &'a [u8]>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in files.flatten() {
        hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The type and tag keys in use with their display names, sorted by key.
fn facet_names<'a>(
    docs: &[SearchDoc<'a>],
) -> (BTreeMap<&'a str, &'a str>, BTreeMap<&'a str, &'a str>) {
    let mut types = BTreeMap::new();
    let mut tags = BTreeMap::new();
    for doc in docs {
        types.insert(doc.type_key, doc.type_name);
        for (i, key) in doc.tags.iter().enumerate() {
            tags.insert(key.as_str(), doc.tag_names.get(i).unwrap_or(key).as_str());
        }
    }
    (types, tags)
}

/// Builds the index files, all under `search/` in the output folder. Deterministic.
pub fn build_index(docs: &[SearchDoc<'_>]) -> Vec<OutputFile> {
    let mut docs = docs.to_vec();
    docs.sort_by(|a, b| b.date.cmp(a.date).then_with(|| a.url.cmp(b.url)));
    let n = docs.len();
    let index = invert::invert(&docs);
    let entries: Vec<encode::TermEntry> = (0..index.terms.len())
        .map(|i| encode::TermEntry {
            term: &index.terms[i],
            bases: &index.bases[i],
            postings: &index.postings[i],
        })
        .collect();
    let sizes: Vec<usize> = entries
        .par_iter()
        .map(|e| encode::term_size(e, n))
        .collect();
    let ranges = shards::partition(&sizes, shards::TARGET_SHARD_BYTES);
    let shard_files: Vec<Vec<u8>> = ranges
        .par_iter()
        .map(|r| encode::encode_shard(&entries[r.clone()], n))
        .collect();
    let separators: Vec<&str> = ranges
        .iter()
        .skip(1)
        .map(|r| shards::separator(&index.terms[r.start - 1], &index.terms[r.start]))
        .collect();
    let fragments: Vec<Vec<u8>> = docs
        .par_iter()
        .zip(&index.sentences)
        .map(|(doc, sentences)| docstore::fragment(doc, sentences))
        .collect();
    let (types, tags) = facet_names(&docs);
    let type_keys: Vec<&str> = types.keys().copied().collect();
    let tag_keys: Vec<&str> = tags.keys().copied().collect();
    let facets = docstore::facets(&docs, &type_keys, &tag_keys);
    let all = shard_files.iter().chain(&fragments).chain([&facets]);
    let meta = serde_json::json!({
        "v": version(all.map(Vec::as_slice)),
        "n": n,
        "types": types.into_iter().collect::<Vec<_>>(),
        "tags": tags.into_iter().collect::<Vec<_>>(),
        "seps": shards::front_code(&separators),
        "sizes": shard_files.iter().map(|f| f.len().div_ceil(1024)).collect::<Vec<_>>(),
    });
    let file = |path: String, bytes: Vec<u8>| OutputFile { path, bytes };
    let mut out = vec![
        file("search/meta.json".into(), meta.to_string().into_bytes()),
        file("search/facets.bin".into(), facets),
    ];
    out.extend(
        shard_files
            .into_iter()
            .enumerate()
            .map(|(i, b)| file(format!("search/s/{i}.bin"), b)),
    );
    out.extend(
        fragments
            .into_iter()
            .enumerate()
            .map(|(i, b)| file(format!("search/d/{i}.json"), b)),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc<'a>(url: &'a str, date: &'a str, tags: &'a [String]) -> SearchDoc<'a> {
        SearchDoc {
            url,
            title: "ארגון",
            type_key: "articles",
            type_name: "מאמר",
            tags,
            tag_names: &[],
            date,
            summary: "",
            headings: &[],
            body_text: "והארגון",
        }
    }

    fn paths(files: &[OutputFile]) -> Vec<&str> {
        files.iter().map(|f| f.path.as_str()).collect()
    }

    #[test]
    fn writes_the_same_files_whatever_the_input_order() {
        let tags = ["b".to_string()];
        let docs = [
            doc("/a/old/", "2020-01-01", &[]),
            doc("/a/new/", "2024-01-01", &tags),
        ];
        let files = build_index(&docs);
        let reversed = build_index(&[docs[1].clone(), docs[0].clone()]);
        assert_eq!(files, reversed);
        let expected = [
            "search/meta.json",
            "search/facets.bin",
            "search/s/0.bin",
            "search/d/0.json",
            "search/d/1.json",
        ];
        assert_eq!(paths(&files), expected);
        let first: serde_json::Value = serde_json::from_slice(&files[3].bytes).unwrap();
        assert_eq!(first["u"], "/a/new/", "newest first");
        let meta: serde_json::Value = serde_json::from_slice(&files[0].bytes).unwrap();
        assert_eq!(meta["n"], 2);
        assert_eq!(meta["types"], serde_json::json!([["articles", "מאמר"]]));
        assert_eq!(meta["tags"], serde_json::json!([["b", "b"]]));
        assert_eq!(meta["seps"], "");
        assert_eq!(meta["sizes"], serde_json::json!([1]));
    }

    #[test]
    fn writes_an_empty_index_for_an_empty_site() {
        let files = build_index(&[]);
        assert_eq!(paths(&files), ["search/meta.json", "search/facets.bin"]);
        let meta: serde_json::Value = serde_json::from_slice(&files[0].bytes).unwrap();
        assert_eq!(meta["n"], 0);
    }
}
