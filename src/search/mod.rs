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
pub mod arabic;
mod docstore;
pub mod encode;
mod invert;
pub mod live;
mod readings;
mod shards;
mod typos;
pub mod verbs;

use crate::markdown::Section;
use crate::output::OutputFile;
use invert::Inverted;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::ops::Range;
use typos::TypoKey;

/// What the index needs of one published item. Borrowed from the library; built once per build.
#[derive(Debug, Clone)]
pub struct SearchDoc<'a> {
    /// Page path, e.g. `/articles/backbone-roles/`.
    pub url: &'a str,
    /// The title, searched with the highest weight.
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
    /// The summary (or the body's opening), searched and shown as the excerpt.
    pub summary: &'a str,
    /// Text of the h1-h6 headings in the body, in order.
    pub headings: &'a [String],
    /// The headings with their ids and where their sections start in `body_text`.
    pub sections: &'a [Section],
    /// The body as plain text (no markup), paragraphs separated by newlines.
    pub body_text: &'a str,
}

/// A hash of all index files: the version the browser appends to its fetches.
fn version<'a>(files: impl Iterator<Item = &'a [u8]>) -> String {
    let mut hash = xxhash_rust::xxh3::Xxh3::new();
    files.for_each(|bytes| hash.update(bytes));
    format!("{:016x}", hash.digest())
}

/// Type and tag keys with their display names, sorted by key.
type Names = Vec<(String, String)>;

/// The type and tag keys in use with their display names.
fn facet_names(docs: &[SearchDoc<'_>]) -> (Names, Names) {
    let mut types = BTreeMap::new();
    let mut tags = BTreeMap::new();
    for doc in docs {
        types.insert(doc.type_key, doc.type_name);
        for (i, key) in doc.tags.iter().enumerate() {
            tags.insert(key.as_str(), doc.tag_names.get(i).unwrap_or(key).as_str());
        }
    }
    let owned = |map: BTreeMap<&str, &str>| {
        map.into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    (owned(types), owned(tags))
}

/// Docs in index order: newest first, then by URL.
fn in_index_order<'a>(docs: &[SearchDoc<'a>]) -> Vec<SearchDoc<'a>> {
    let mut docs = docs.to_vec();
    docs.sort_by(|a, b| b.date.cmp(a.date).then_with(|| a.url.cmp(b.url)));
    docs
}

/// Shards of sorted keys: each shard's keys, its file, and the separators `meta.json` lists.
struct Sharded {
    ranges: Vec<Range<usize>>,
    files: Vec<Vec<u8>>,
    separators: Vec<String>,
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
    let separators = ranges
        .iter()
        .skip(1)
        .map(|r| shards::separator(key(&keys[r.start - 1]), key(&keys[r.start])).to_string())
        .collect();
    Sharded {
        ranges,
        files,
        separators,
    }
}

/// Everything the index files are made of.
struct Built {
    urls: Vec<String>,
    index: Inverted,
    terms: Sharded,
    typo_keys: Vec<TypoKey>,
    typos: Sharded,
    fragments: Vec<Vec<u8>>,
    facets: Vec<u8>,
    types: Names,
    tags: Names,
}

impl Built {
    fn new(docs: &[SearchDoc<'_>]) -> Built {
        let docs = in_index_order(docs);
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
        drop(entries);
        let real = index.terms.par_iter().zip(&index.real);
        let typo_keys = typos::typo_keys(real.filter(|(_, real)| **real).map(|(t, _)| t.as_str()));
        let typos = shard(
            &typo_keys,
            |k| &k.key,
            encode::typo_size,
            encode::encode_typo_shard,
        );
        let fragments = docs
            .par_iter()
            .zip(&index.sentences)
            .map(|(doc, sentences)| docstore::fragment(doc, sentences))
            .collect();
        let (types, tags) = facet_names(&docs);
        let facets = docstore::facets(&docs, &types, &tags);
        Built {
            urls: docs.iter().map(|d| d.url.to_string()).collect(),
            index,
            terms,
            typo_keys,
            typos,
            fragments,
            facets,
            types,
            tags,
        }
    }

    /// The version of the index files.
    fn version(&self) -> String {
        let files = (self.terms.files.iter())
            .chain(&self.typos.files)
            .chain(&self.fragments)
            .chain([&self.facets]);
        version(files.map(Vec::as_slice))
    }

    fn files(&self, version: &str) -> Vec<OutputFile> {
        let meta = Meta {
            n: self.urls.len(),
            types: &self.types,
            tags: &self.tags,
            terms: (&self.terms.separators, &self.terms.files),
            typos: (&self.typos.separators, &self.typos.files),
        };
        let mut out = vec![meta.file(version), facets_file(&self.facets)];
        out.extend(numbered(SHARDS, &self.terms.files));
        out.extend(numbered(TYPOS, &self.typos.files));
        out.extend(numbered(DOCS, &self.fragments));
        out
    }
}

/// What `meta.json` lists: doc count, facet names, and each keyspace's separators and sizes.
struct Meta<'a> {
    n: usize,
    types: &'a Names,
    tags: &'a Names,
    terms: (&'a [String], &'a [Vec<u8>]),
    typos: (&'a [String], &'a [Vec<u8>]),
}

impl Meta<'_> {
    fn file(&self, version: &str) -> OutputFile {
        let separators = |seps: &[String]| {
            let seps: Vec<&str> = seps.iter().map(String::as_str).collect();
            shards::front_code(&seps)
        };
        let sizes = |files: &[Vec<u8>]| -> Vec<usize> {
            files.iter().map(|f| f.len().div_ceil(1024)).collect()
        };
        let meta = serde_json::json!({
            "v": version,
            "n": self.n,
            "types": self.types,
            "tags": self.tags,
            "seps": separators(self.terms.0),
            "sizes": sizes(self.terms.1),
            "tseps": separators(self.typos.0),
            "tsizes": sizes(self.typos.1),
        });
        OutputFile {
            path: "search/meta.json".into(),
            bytes: meta.to_string().into_bytes(),
        }
    }
}

/// Where each kind of numbered file lives: folder and extension.
const SHARDS: (&str, &str) = ("s", "bin");
const TYPOS: (&str, &str) = ("t", "bin");
const DOCS: (&str, &str) = ("d", "json");

/// The output path of numbered file `i` of a kind.
fn numbered_path((folder, ext): (&str, &str), i: usize) -> String {
    format!("search/{folder}/{i}.{ext}")
}

fn numbered<'a>(
    kind: (&'a str, &'a str),
    files: &'a [Vec<u8>],
) -> impl Iterator<Item = OutputFile> + 'a {
    files.iter().enumerate().map(move |(i, bytes)| OutputFile {
        path: numbered_path(kind, i),
        bytes: bytes.clone(),
    })
}

fn facets_file(facets: &[u8]) -> OutputFile {
    OutputFile {
        path: "search/facets.bin".into(),
        bytes: facets.to_vec(),
    }
}

/// Builds the index files, all under `search/` in the output folder. Deterministic.
pub fn build_index(docs: &[SearchDoc<'_>]) -> Vec<OutputFile> {
    let built = Built::new(docs);
    built.files(&built.version())
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
            sections: &[],
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
