//! The search index: the Hebrew analyser and the split index files the browser script loads.
//!
//! Files, all under `search/` in the output folder:
//! - `meta.json`: doc count, type and tag names, shard separators (front-coded) and sizes
//!   (KiB), a version hash;
//! - `s/<n>.bin`: shards of the inverted index, consecutive term ranges (see [`encode`]);
//! - `t/<n>.bin`: shards of the typo keys (see `typos`), fetched only to correct a query word;
//! - `d/<id>.json`: one small file per doc (url, title, type, tags, date, excerpt text);
//! - `facets.bin`: a bitset of docs per type and per tag, for filters and facet counts.
//!
//! Doc ids follow date, newest first, so equal scores rank newer docs first.

pub mod analyser;
mod docstore;
pub mod encode;
mod invert;
mod readings;
mod shards;
mod typos;

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

/// Shards of sorted keys: the files, and the separators and sizes (KiB) `meta.json` lists.
struct Sharded {
    files: Vec<Vec<u8>>,
    separators: String,
    sizes: Vec<usize>,
}

/// Cuts sorted `keys` (with their planned sizes) into shards and encodes each.
fn shard<T: Sync>(
    keys: &[T],
    key: impl Fn(&T) -> &str,
    size: impl Fn(&T) -> usize + Sync + Send,
    encode: impl Fn(&[T]) -> Vec<u8> + Sync,
) -> Sharded {
    let sizes: Vec<usize> = keys.par_iter().map(size).collect();
    let ranges = shards::partition(&sizes, shards::TARGET_SHARD_BYTES);
    let files: Vec<Vec<u8>> = ranges
        .par_iter()
        .map(|r| encode(&keys[r.clone()]))
        .collect();
    let separators: Vec<&str> = ranges
        .iter()
        .skip(1)
        .map(|r| shards::separator(key(&keys[r.start - 1]), key(&keys[r.start])))
        .collect();
    Sharded {
        sizes: files.iter().map(|f| f.len().div_ceil(1024)).collect(),
        separators: shards::front_code(&separators),
        files,
    }
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
            mask: index.masks[i],
            postings: &index.postings[i],
        })
        .collect();
    let terms = shard(
        &entries,
        |e| e.term,
        |e| encode::term_size(e, n),
        |range| encode::encode_shard(range, n),
    );
    let real = index.terms.par_iter().zip(&index.real);
    let typo_keys = typos::typo_keys(real.filter(|(_, real)| **real).map(|(t, _)| t.as_str()));
    let typos = shard(
        &typo_keys,
        |k| &k.key,
        encode::typo_size,
        encode::encode_typo_shard,
    );
    let fragments: Vec<Vec<u8>> = docs
        .par_iter()
        .zip(&index.sentences)
        .map(|(doc, sentences)| docstore::fragment(doc, sentences))
        .collect();
    let (types, tags) = facet_names(&docs);
    let type_keys: Vec<&str> = types.keys().copied().collect();
    let tag_keys: Vec<&str> = tags.keys().copied().collect();
    let facets = docstore::facets(&docs, &type_keys, &tag_keys);
    let all = (terms.files.iter())
        .chain(&typos.files)
        .chain(&fragments)
        .chain([&facets]);
    let meta = serde_json::json!({
        "v": version(all.map(Vec::as_slice)),
        "n": n,
        "types": types.into_iter().collect::<Vec<_>>(),
        "tags": tags.into_iter().collect::<Vec<_>>(),
        "seps": terms.separators,
        "sizes": terms.sizes,
        "tseps": typos.separators,
        "tsizes": typos.sizes,
    });
    let file = |path: String, bytes: Vec<u8>| OutputFile { path, bytes };
    let mut out = vec![
        file("search/meta.json".into(), meta.to_string().into_bytes()),
        file("search/facets.bin".into(), facets),
    ];
    let numbered = |folder: &'static str, files: Vec<Vec<u8>>, ext: &'static str| {
        files
            .into_iter()
            .enumerate()
            .map(move |(i, b)| file(format!("search/{folder}/{i}.{ext}"), b))
    };
    out.extend(numbered("s", terms.files, "bin"));
    out.extend(numbered("t", typos.files, "bin"));
    out.extend(numbered("d", fragments, "json"));
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
            "search/t/0.bin",
            "search/d/0.json",
            "search/d/1.json",
        ];
        assert_eq!(paths(&files), expected);
        let first: serde_json::Value = serde_json::from_slice(&files[4].bytes).unwrap();
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
