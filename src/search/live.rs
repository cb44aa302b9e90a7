//! The search index of `kb serve`, kept between rebuilds and brought up to date by parts: an edit
//! re-analyses only the edited docs, then re-encodes only the shards, typo shards and doc files
//! their terms touch, so a word just saved is findable a moment after its page is served.
//!
//! What an update leaves as it was, a full build redoes: the BM25 average length and the
//! plausibility of prefix readings judged from the whole site (a word new to the site gets the
//! default judgement, `Readings::unjudged_mask`). A change of the set of docs, of their order
//! (a date) or of the type and tag names rebuilds the whole index. The preview builds it whole
//! again once edits pause, so it ends byte-identical to `kb build`.

use super::encode::{self, Posting, TermEntry};
use super::invert::{self, EXACT, PLAUSIBLE, Scratch};
use super::readings::Readings;
use super::shards::js_cmp;
use super::typos::{self, Target, TypoKey};
use super::{
    Built, DOCS, Meta, Names, SHARDS, SearchDoc, TYPOS, analyser, docstore, facet_names,
    facets_file, in_index_order, numbered_path, version,
};
use crate::output::OutputFile;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;

/// One term: its reading mask, whether a doc has it in a plausible reading, its postings.
struct Term {
    text: Box<str>,
    mask: u8,
    real: bool,
    postings: Vec<Posting>,
}

/// A keyspace cut into shards at fixed separators: each shard's keys in JavaScript order, and
/// its encoded file.
struct Shelf {
    separators: Vec<String>,
    members: Vec<Vec<Box<str>>>,
    files: Vec<Vec<u8>>,
}

impl Shelf {
    fn new(keys: Vec<&str>, built: super::Sharded) -> Shelf {
        let members = built
            .ranges
            .iter()
            .map(|r| keys[r.clone()].iter().map(|&k| Box::from(k)).collect())
            .collect();
        Shelf {
            separators: built.separators,
            members,
            files: built.files,
        }
    }

    /// The shard `key` belongs to, as the browser finds it.
    fn shard_of(&self, key: &str) -> usize {
        self.separators
            .partition_point(|sep| js_cmp(sep, key).is_le())
    }

    /// Lists `key` in its shard, or takes it out.
    fn set(&mut self, key: &str, listed: bool) {
        let shard = self.shard_of(key);
        if shard >= self.members.len() {
            self.members.resize(shard + 1, Vec::new());
            self.files.resize(shard + 1, Vec::new());
        }
        let keys = &mut self.members[shard];
        match (keys.binary_search_by(|k| js_cmp(k, key)), listed) {
            (Err(at), true) => keys.insert(at, Box::from(key)),
            (Ok(at), false) => {
                keys.remove(at);
            }
            _ => {}
        }
    }
}

/// A search index that follows edits by parts.
pub struct LiveIndex {
    urls: Vec<String>,
    prints: Vec<u64>,
    average: f64,
    terms: Vec<Term>,
    ids: HashMap<Box<str>, u32>,
    doc_terms: Vec<Vec<(u32, u8)>>,
    shelf: Shelf,
    typo_targets: HashMap<Box<str>, Vec<Target>>,
    typo_shelf: Shelf,
    fragments: Vec<Vec<u8>>,
    facets: Vec<u8>,
    types: Names,
    tags: Names,
    version: String,
}

/// A fingerprint of everything the index reads of a doc.
fn fingerprint(doc: &SearchDoc<'_>) -> u64 {
    let mut hash = xxhash_rust::xxh3::Xxh3::new();
    let fields = [
        doc.url,
        doc.title,
        doc.type_key,
        doc.type_name,
        doc.date,
        doc.summary,
    ];
    let lists = [doc.tags, doc.tag_names, doc.headings];
    for text in fields
        .into_iter()
        .chain(lists.iter().flat_map(|l| l.iter().map(String::as_str)))
    {
        hash.update(text.as_bytes());
        hash.update(&[0xFF]);
    }
    for section in doc.sections {
        hash.update(section.id.as_bytes());
        hash.update(&[0xFF]);
    }
    hash.update(doc.body_text.as_bytes());
    hash.digest()
}

impl LiveIndex {
    /// Builds the whole index of `docs`: the live index and every file of it.
    pub fn new(docs: &[SearchDoc<'_>]) -> (LiveIndex, Vec<OutputFile>) {
        let built = Built::new(docs);
        let version = built.version();
        let files = built.files(&version);
        let Built {
            urls,
            index,
            terms,
            typo_keys,
            typos,
            fragments,
            facets,
            types,
            tags,
        } = built;
        let mut doc_terms = vec![Vec::new(); urls.len()];
        for (term, postings) in index.postings.iter().enumerate() {
            for &(doc, score) in postings {
                doc_terms[doc as usize].push((term as u32, score));
            }
        }
        let shelf = Shelf::new(index.terms.iter().map(String::as_str).collect(), terms);
        let typo_shelf = Shelf::new(typo_keys.iter().map(|k| k.key.as_str()).collect(), typos);
        let typo_targets = typo_keys
            .into_iter()
            .map(|TypoKey { key, targets }| (key.into_boxed_str(), targets))
            .collect();
        let ids = index
            .terms
            .iter()
            .enumerate()
            .map(|(i, t)| (Box::from(t.as_str()), i as u32))
            .collect();
        let terms = index
            .terms
            .into_iter()
            .zip(index.masks)
            .zip(index.real)
            .zip(index.postings)
            .map(|(((text, mask), real), postings)| Term {
                text: text.into_boxed_str(),
                mask,
                real,
                postings,
            })
            .collect();
        let live = LiveIndex {
            prints: in_index_order(docs).iter().map(fingerprint).collect(),
            urls,
            average: index.average,
            terms,
            ids,
            doc_terms,
            shelf,
            typo_targets,
            typo_shelf,
            fragments,
            facets,
            types,
            tags,
            version,
        };
        (live, files)
    }

    /// Brings the index up to `docs`, returning the files that changed; `None` when the docs
    /// or their order changed, which only a whole build handles.
    pub fn update(&mut self, docs: &[SearchDoc<'_>]) -> Option<Vec<OutputFile>> {
        let docs = in_index_order(docs);
        let same_docs = docs.len() == self.urls.len()
            && docs.iter().zip(&self.urls).all(|(d, url)| d.url == url);
        if !same_docs || facet_names(&docs) != (self.types.clone(), self.tags.clone()) {
            return None;
        }
        let changed: Vec<usize> = (0..docs.len())
            .filter(|&i| fingerprint(&docs[i]) != self.prints[i])
            .collect();
        if changed.is_empty() {
            return Some(Vec::new());
        }
        let mut touched = BTreeSet::new();
        let mut scratch = Scratch::default();
        for &id in &changed {
            self.reanalyse(id, &docs[id], &mut touched, &mut scratch);
        }
        let (shards, typo_shards) = self.relist(&touched);
        self.facets = docstore::facets(&docs, &self.types, &self.tags);
        let mut files: Vec<OutputFile> = Vec::new();
        for shard in shards {
            self.shelf.files[shard] = self.encode_shard(shard, docs.len());
            files.push(file(numbered_path(SHARDS, shard), &self.shelf.files[shard]));
        }
        for shard in typo_shards {
            self.typo_shelf.files[shard] = self.encode_typo_shard(shard);
            files.push(file(
                numbered_path(TYPOS, shard),
                &self.typo_shelf.files[shard],
            ));
        }
        for &id in &changed {
            files.push(file(numbered_path(DOCS, id), &self.fragments[id]));
        }
        files.push(facets_file(&self.facets));
        let previous = self.version.as_bytes();
        self.version = version(std::iter::once(previous).chain(files.iter().map(|f| &f.bytes[..])));
        files.push(self.meta().file(&self.version));
        Some(files)
    }

    /// The id and reading mask of `text`'s term, made when the site did not have it.
    fn term(&mut self, text: &str) -> (u32, u8) {
        if let Some(&id) = self.ids.get(text) {
            return (id, self.terms[id as usize].mask);
        }
        let id = self.terms.len() as u32;
        let mask = Readings::unjudged_mask(text);
        self.terms.push(Term {
            text: Box::from(text),
            mask,
            real: false,
            postings: Vec::new(),
        });
        self.ids.insert(Box::from(text), id);
        (id, mask)
    }

    /// Analyses doc `id` again: its postings, its excerpt file, and the terms that changed.
    fn reanalyse(
        &mut self,
        id: usize,
        doc: &SearchDoc<'_>,
        touched: &mut BTreeSet<u32>,
        scratch: &mut Scratch,
    ) {
        let chunk = invert::doc_forms(id, doc);
        let tokens: Vec<Vec<(u32, u8)>> = chunk
            .forms
            .iter()
            .map(|form| match analyser::normalise(form) {
                Some(word) => invert::classed_tokens(&word, &mut |t| self.term(t)),
                None => Vec::new(),
            })
            .collect();
        let forms = &chunk.docs[0];
        let mut new = invert::score_doc(
            forms,
            &|local| &tokens[local as usize],
            self.average,
            scratch,
        );
        new.sort_unstable();
        let old = std::mem::replace(&mut self.doc_terms[id], new.clone());
        let old: HashMap<u32, u8> = old.into_iter().collect();
        for &(term, score) in &new {
            if old.get(&term) != Some(&score) {
                post(
                    &mut self.terms[term as usize].postings,
                    id as u32,
                    Some(score),
                );
                touched.insert(term);
            }
        }
        let kept: HashSet<u32> = new.iter().map(|&(t, _)| t).collect();
        for (&term, _) in old.iter().filter(|(t, _)| !kept.contains(*t)) {
            post(&mut self.terms[term as usize].postings, id as u32, None);
            touched.insert(term);
        }
        let word_df = |local: u32| {
            let &(whole, _) = tokens[local as usize].first()?;
            let word = chunk.forms[local as usize].starts_with(char::is_alphabetic);
            word.then(|| self.terms[whole as usize].postings.len())
        };
        let sentences = invert::excerpt_sentences(forms, &word_df, doc.body_text);
        self.fragments[id] = docstore::fragment(doc, &sentences);
        self.prints[id] = fingerprint(doc);
    }

    /// Lists and unlists the touched terms in their shards and their typo keys; returns the
    /// term shards and typo shards to encode again.
    fn relist(&mut self, touched: &BTreeSet<u32>) -> (BTreeSet<usize>, BTreeSet<usize>) {
        let mut shards = BTreeSet::new();
        let mut typo_shards = BTreeSet::new();
        for &id in touched {
            let term = &mut self.terms[id as usize];
            shards.insert(self.shelf.shard_of(&term.text));
            self.shelf.set(&term.text, !term.postings.is_empty());
            let real = term.postings.iter().any(|p| p.1 & EXACT >= PLAUSIBLE);
            if real == term.real {
                continue;
            }
            term.real = real;
            for (key, target) in typos::keys_of_word(&term.text) {
                let targets = self.typo_targets.entry(key.as_str().into()).or_default();
                match (targets.binary_search(&target), real) {
                    (Err(at), true) => targets.insert(at, target),
                    (Ok(at), false) => {
                        targets.remove(at);
                    }
                    _ => {}
                }
                let listed = !targets.is_empty();
                if !listed {
                    self.typo_targets.remove(key.as_str());
                }
                self.typo_shelf.set(&key, listed);
                typo_shards.insert(self.typo_shelf.shard_of(&key));
            }
        }
        (shards, typo_shards)
    }

    fn encode_shard(&self, shard: usize, n: usize) -> Vec<u8> {
        let entries: Vec<TermEntry> = self.shelf.members[shard]
            .iter()
            .map(|text| {
                let term = &self.terms[self.ids[text] as usize];
                TermEntry {
                    term: &term.text,
                    mask: term.mask,
                    postings: &term.postings,
                }
            })
            .collect();
        encode::encode_shard(&entries, n)
    }

    fn encode_typo_shard(&self, shard: usize) -> Vec<u8> {
        let keys: Vec<TypoKey> = self.typo_shelf.members[shard]
            .iter()
            .map(|key| TypoKey {
                key: key.to_string(),
                targets: self.typo_targets[key].clone(),
            })
            .collect();
        encode::encode_typo_shard(&keys)
    }

    fn meta(&self) -> Meta<'_> {
        Meta {
            n: self.urls.len(),
            types: &self.types,
            tags: &self.tags,
            terms: (&self.shelf.separators, &self.shelf.files),
            typos: (&self.typo_shelf.separators, &self.typo_shelf.files),
        }
    }
}

/// Sets (or, with `None`, removes) doc `id`'s posting in a list sorted by doc id.
fn post(postings: &mut Vec<Posting>, id: u32, score: Option<u8>) {
    match (postings.binary_search_by_key(&id, |p| p.0), score) {
        (Ok(at), Some(score)) => postings[at].1 = score,
        (Err(at), Some(score)) => postings.insert(at, (id, score)),
        (Ok(at), None) => {
            postings.remove(at);
        }
        (Err(_), None) => {}
    }
}

fn file(path: String, bytes: &[u8]) -> OutputFile {
    OutputFile {
        path,
        bytes: bytes.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::build_index;
    use super::*;
    use std::collections::BTreeMap;

    fn doc<'a>(url: &'a str, date: &'a str, body: &'a str) -> SearchDoc<'a> {
        SearchDoc {
            url,
            title: "כותרת",
            type_key: "articles",
            type_name: "מאמר",
            tags: &[],
            tag_names: &[],
            date,
            summary: "",
            headings: &[],
            sections: &[],
            body_text: body,
        }
    }

    /// The files by path, with meta.json's version left out.
    fn by_path(files: Vec<OutputFile>) -> BTreeMap<String, Vec<u8>> {
        files
            .into_iter()
            .map(|f| {
                let bytes = match f.path.as_str() {
                    "search/meta.json" => {
                        let mut meta: serde_json::Value = serde_json::from_slice(&f.bytes).unwrap();
                        meta["v"] = serde_json::Value::Null;
                        meta.to_string().into_bytes()
                    }
                    _ => f.bytes,
                };
                (f.path, bytes)
            })
            .collect()
    }

    #[test]
    fn an_edit_changes_only_its_files_and_equals_a_whole_build() {
        let before = [
            doc("/a/", "2024-01-01", "ארגון חזק בירושלים"),
            doc("/b/", "2023-01-01", "קהילה ושותפות"),
        ];
        let (mut live, files) = LiveIndex::new(&before);
        let mut site = by_path(files);
        let after = [
            doc("/a/", "2024-01-01", "ארגון ירוק בירושלים"),
            doc("/b/", "2023-01-01", "קהילה ושותפות"),
        ];
        let changed = live
            .update(&after)
            .expect("the same docs in the same order");
        let paths: Vec<&str> = changed.iter().map(|f| f.path.as_str()).collect();
        assert!(paths.contains(&"search/d/0.json") && !paths.contains(&"search/d/1.json"));
        site.extend(by_path(changed));
        assert_eq!(site, by_path(build_index(&after)));
        assert_eq!(live.update(&after), Some(Vec::new()), "nothing changed");
    }

    #[test]
    fn a_new_order_needs_a_whole_build() {
        let before = [doc("/a/", "2024-01-01", "א"), doc("/b/", "2023-01-01", "ב")];
        let (mut live, _) = LiveIndex::new(&before);
        let after = [doc("/a/", "2022-01-01", "א"), doc("/b/", "2023-01-01", "ב")];
        assert_eq!(live.update(&after), None);
        assert_eq!(live.update(&before[..1]), None);
    }
}
