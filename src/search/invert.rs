//! Builds the inverted index: every term of the site with its postings (doc id, score byte).
//!
//! Each distinct word form of the site is analysed once (a 10,000-page site repeats a few
//! thousand forms millions of times). The lexicon for prefix stripping is the set of all forms
//! the site uses, so a term exists in the index exactly when it is a word of the site: the
//! browser relies on that to decide whether a prefix can be stripped from a query word.
//! Scores are BM25 term-frequency parts over field-weighted counts (BM25F style), quantised to
//! 1-7, with bit 3 set when the doc has the exact form, not only prefixed ones.

use super::SearchDoc;
use super::analyser::{self, Word};
use super::encode::Posting;
use super::shards::js_cmp;
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// How much one occurrence counts in each field: title > summary and tags > headings > body.
const TITLE: u32 = 6;
const SUMMARY: u32 = 3;
const TAGS: u32 = 3;
const HEADINGS: u32 = 2;
const BODY: u32 = 1;
const K1: f64 = 1.2;
const B: f64 = 0.75;
/// Bit 3 of a score: the exact form occurs in the doc.
pub const EXACT: u8 = 0x8;
/// Scores without the flag run from 1 to this.
const LEVELS: f64 = 7.0;

/// All terms in JavaScript string order; for each, the lengths (in characters) of the prefixes
/// that can be stripped from it, and its postings sorted by doc id.
#[derive(Debug, Default, PartialEq)]
pub struct Inverted {
    pub terms: Vec<String>,
    pub bases: Vec<Vec<u8>>,
    pub postings: Vec<Vec<Posting>>,
}

/// One doc's word forms (slices of its text) with field-weighted counts, and its weighted length.
struct DocWords<'a> {
    counts: HashMap<&'a str, u32>,
    length: u32,
}

fn doc_words<'a>(doc: &SearchDoc<'a>) -> DocWords<'a> {
    let mut out = DocWords {
        counts: HashMap::with_capacity_and_hasher(1024, Default::default()),
        length: 0,
    };
    let mut add = |text: &'a str, weight: u32| {
        for range in analyser::words(text) {
            *out.counts.entry(&text[range]).or_default() += weight;
            out.length += weight;
        }
    };
    add(doc.title, TITLE);
    add(doc.summary, SUMMARY);
    doc.tag_names.iter().for_each(|t| add(t, TAGS));
    doc.headings.iter().for_each(|h| add(h, HEADINGS));
    add(doc.body_text, BODY);
    out
}

/// The BM25 term-frequency part, scaled to 1..=7.
fn quantise(tf: u32, length: u32, average: f64) -> u8 {
    let tf = f64::from(tf);
    let norm = K1 * (1.0 - B + B * f64::from(length) / average);
    let part = tf * (K1 + 1.0) / (tf + norm) / (K1 + 1.0);
    (part * LEVELS).round().clamp(1.0, LEVELS) as u8
}

/// Every word form of the site analysed once: form -> (term id, stripped) pairs.
struct Forms<'a> {
    terms: Vec<String>,
    bases: Vec<Vec<u8>>,
    tokens: HashMap<&'a str, Vec<(u32, bool)>>,
}

fn analyse_forms<'a>(forms: Vec<&'a str>) -> Forms<'a> {
    let words: Vec<(&str, Word)> = forms
        .into_par_iter()
        .filter_map(|f| analyser::normalise(f).map(|w| (f, w)))
        .collect();
    let lexicon: HashSet<&str> = words
        .iter()
        .flat_map(|(_, w)| std::iter::once(&w.whole).chain(&w.parts))
        .map(String::as_str)
        .collect();
    let mut terms: Vec<String> = lexicon.iter().map(|t| t.to_string()).collect();
    terms.par_sort_unstable_by(|a, b| js_cmp(a, b));
    let ids: HashMap<&str, u32> = terms
        .iter()
        .enumerate()
        .map(|(i, t)| (t.as_str(), i as u32))
        .collect();
    let has = |t: &str| lexicon.contains(t);
    let bases = terms
        .par_iter()
        .map(|t| {
            let chars = t.chars().count();
            let strips = analyser::strips(t, &has);
            strips
                .iter()
                .map(|b| (chars - b.chars().count()) as u8)
                .collect()
        })
        .collect();
    let tokens = words
        .par_iter()
        .map(|(form, word)| {
            let tokens = analyser::word_tokens(word, &has);
            (
                *form,
                tokens
                    .iter()
                    .map(|t| (ids[t.text.as_str()], t.stripped))
                    .collect(),
            )
        })
        .collect();
    Forms {
        terms,
        bases,
        tokens,
    }
}

/// One doc's postings as (term id, score byte), sorted by term id.
fn score_doc(words: &DocWords<'_>, forms: &Forms<'_>, average: f64) -> Vec<(u32, u8)> {
    let mut hits: Vec<(u32, u32, bool)> = Vec::with_capacity(words.counts.len() * 2);
    for (form, &count) in &words.counts {
        let tokens = forms
            .tokens
            .get(form)
            .map(Vec::as_slice)
            .unwrap_or_default();
        hits.extend(
            tokens
                .iter()
                .map(|&(term, stripped)| (term, count, !stripped)),
        );
    }
    hits.sort_unstable_by_key(|h| h.0);
    let mut out: Vec<(u32, u8)> = Vec::with_capacity(hits.len());
    let mut i = 0;
    while i < hits.len() {
        let term = hits[i].0;
        let (mut tf, mut exact) = (0, false);
        while i < hits.len() && hits[i].0 == term {
            tf += hits[i].1;
            exact |= hits[i].2;
            i += 1;
        }
        let flag = if exact { EXACT } else { 0 };
        out.push((term, quantise(tf, words.length, average) | flag));
    }
    out
}

/// The inverted index of `docs`; a doc's id is its position in the slice.
pub fn invert(docs: &[SearchDoc<'_>]) -> Inverted {
    let t0 = std::time::Instant::now();
    let per_doc: Vec<DocWords> = docs.par_iter().map(doc_words).collect();
    eprintln!("TIMING words {:?}", t0.elapsed());
    let forms: HashSet<&str> = per_doc
        .par_iter()
        .fold(HashSet::default, |mut set, d| {
            set.extend(d.counts.keys().copied());
            set
        })
        .reduce(HashSet::default, |a, b| {
            let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
            big.extend(small);
            big
        });
    eprintln!("TIMING forms set {:?}", t0.elapsed());
    let forms = analyse_forms(forms.into_iter().collect());
    eprintln!("TIMING analysed {:?}", t0.elapsed());
    let total: u64 = per_doc.iter().map(|d| u64::from(d.length)).sum();
    let average = (total as f64 / per_doc.len().max(1) as f64).max(1.0);
    let scored: Vec<Vec<(u32, u8)>> = per_doc
        .par_iter()
        .map(|d| score_doc(d, &forms, average))
        .collect();
    eprintln!("TIMING scored {:?}", t0.elapsed());
    let mut postings: Vec<Vec<Posting>> = vec![Vec::new(); forms.terms.len()];
    for (doc, list) in scored.iter().enumerate() {
        for &(term, score) in list {
            postings[term as usize].push((doc as u32, score));
        }
    }
    Inverted {
        terms: forms.terms,
        bases: forms.bases,
        postings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc<'a>(title: &'a str, body: &'a str) -> SearchDoc<'a> {
        SearchDoc {
            url: "/x/",
            title,
            type_key: "articles",
            type_name: "מאמר",
            tags: &[],
            tag_names: &[],
            date: "2024-01-01",
            summary: "",
            headings: &[],
            body_text: body,
        }
    }

    fn postings_of<'a>(index: &'a Inverted, term: &str) -> &'a [Posting] {
        let i = index
            .terms
            .iter()
            .position(|t| t == term)
            .unwrap_or_else(|| panic!("{term}"));
        &index.postings[i]
    }

    #[test]
    fn strips_prefixes_only_towards_words_of_the_site() {
        let docs = [doc("ארגון", "משה הלך"), doc("בארגון והמדדים", "מדדים")];
        let index = invert(&docs);
        let ids = |term: &str| -> Vec<(u32, bool)> {
            postings_of(&index, term)
                .iter()
                .map(|&(d, s)| (d, s & EXACT != 0))
                .collect()
        };
        let cases: [(&str, Vec<(u32, bool)>); 4] = [
            ("ארגונ", vec![(0, true), (1, false)]),
            ("מדדימ", vec![(1, true)]),
            ("והמדדימ", vec![(1, true)]),
            ("משה", vec![(0, true)]),
        ];
        for (term, expected) in cases {
            assert_eq!(ids(term), expected, "{term}");
        }
        assert!(!index.terms.contains(&"שה".to_string()));
        let bases = |term: &str| &index.bases[index.terms.iter().position(|t| t == term).unwrap()];
        assert_eq!(bases("והמדדימ"), &[2]);
        assert_eq!(bases("בארגונ"), &[1]);
        assert!(index.terms.windows(2).all(|w| js_cmp(&w[0], &w[1]).is_lt()));
    }

    #[test]
    fn weights_fields_and_saturates() {
        let cases = [
            (1, 100, 100.0, 3),
            (6, 100, 100.0, 6),
            (100, 100, 100.0, 7),
            (1, 1000, 100.0, 1),
        ];
        for (tf, length, average, expected) in cases {
            assert_eq!(quantise(tf, length, average), expected, "{tf} {length}");
        }
        let index = invert(&[doc("אמון", "שקיפות"), doc("שקיפות", "אמון")]);
        let trust = postings_of(&index, "אמונ");
        assert!(trust[0].1 > trust[1].1, "title outweighs body: {trust:?}");
    }
}
