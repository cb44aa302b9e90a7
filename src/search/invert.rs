//! Builds the inverted index: every term of the site with its postings (doc id, score byte).
//!
//! Each distinct word form of the site is analysed once (a 10,000-page site repeats a few
//! thousand forms millions of times). Terms are the written forms and every base a prefix chain
//! can leave of them; a base's postings hold each doc where it is written, bare or behind a
//! prefix, with the best class of reading the doc gives it (exact, plausible, implausible; see
//! `readings`). Scores are BM25 term-frequency parts over field-weighted counts (BM25F style),
//! quantised to 1-31.

use super::SearchDoc;
use super::analyser::{self, Word};
use super::encode::Posting;
use super::readings::Readings;
use super::shards::js_cmp;
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

/// How much one occurrence counts in each field: title > summary and tags > headings > body.
const TITLE: u32 = 6;
const SUMMARY: u32 = 3;
const TAGS: u32 = 3;
const HEADINGS: u32 = 2;
const BODY: u32 = 1;
const K1: f64 = 1.2;
const B: f64 = 0.75;
/// Bits 6-7 of a score: how the doc has the term. The exact form is written in it.
pub const EXACT: u8 = 3 << 6;
/// The term is a plausible reading of a word written in the doc, behind a prefix.
pub const PLAUSIBLE: u8 = 2 << 6;
/// The term is only an implausible reading (משה as מ+שה): ranked below every plausible match.
pub const IMPLAUSIBLE: u8 = 1 << 6;
/// Bit 5 of a score: the term occurs in the title (in any reading).
pub const IN_TITLE: u8 = 0x20;
/// The term-frequency part of a score runs from 1 to this.
const LEVELS: f64 = 31.0;

/// All terms in JavaScript string order; for each, which of its own prefix readings are
/// plausible (a bit per reading, for queries written with a prefix), whether a doc has it in a
/// plausible reading (typo corrections point only to those), and its postings sorted by doc id.
/// Per doc, the byte ranges of the body sentences that hold its rarest words, for excerpts.
#[derive(Debug, Default)]
pub struct Inverted {
    pub terms: Vec<String>,
    pub masks: Vec<u8>,
    pub real: Vec<bool>,
    pub postings: Vec<Vec<Posting>>,
    pub sentences: Vec<Vec<Range<usize>>>,
    /// The BM25 average doc length the scores were quantised with.
    pub average: f64,
}

/// Bytes of body text a doc keeps for its excerpts: with the rest of a doc's file, 20 results
/// of a 10,000-page site fetch about 70 KB, within the 150 KB a query may fetch.
const EXCERPT_BYTES: usize = 2400;
/// A form seen only outside the body has no sentence.
const NO_SENTENCE: u16 = u16::MAX;
/// Slots of a chunk's table of recent words (the top 12 bits of a hash pick one).
const RECENT: usize = 1 << 12;

/// Word forms interned per chunk of docs (one hash lookup per word of text), and each doc of
/// the chunk as counts of its forms.
#[derive(Default)]
pub struct Chunk<'a> {
    /// Form -> chunk-local id: words of up to 16 bytes (most Hebrew words) keyed as integers.
    short_ids: HashMap<u128, u32>,
    /// The last short word seen in each of a few slots, with its id: the common words are
    /// found here, in a table small enough to stay in the processor's fastest cache.
    recent: Vec<(u128, u32)>,
    ids: HashMap<&'a str, u32>,
    pub forms: Vec<&'a str>,
    pub docs: Vec<DocForms>,
    /// Scratch: the current doc's count and first body sentence per form, the forms it has
    /// touched, and where its body sentences start.
    counts: Vec<u32>,
    first: Vec<u16>,
    touched: Vec<u32>,
    starts: Vec<usize>,
}

/// One doc: its index, (chunk-local form id, field-weighted count, first body sentence) triples
/// (the first `titles` of them are the forms of the title), its weighted length, and the byte
/// offsets where its body sentences start.
pub struct DocForms {
    index: usize,
    counts: Vec<(u32, u32, u16)>,
    titles: usize,
    length: u32,
    starts: Vec<usize>,
}

/// The word at `range` of `text`, of up to 16 bytes, as one integer, zero-padded (a word never
/// contains a NUL byte). Read as 16 bytes of the text and masked where the text goes on, which
/// spares a copy per word.
fn pack(text: &str, range: &Range<usize>) -> Option<u128> {
    let len = range.len();
    if len > 16 {
        return None;
    }
    let keep = |whole: u128| whole & (u128::MAX >> (8 * (16 - len)));
    match text.as_bytes().get(range.start..range.start + 16) {
        Some(sixteen) => Some(keep(u128::from_le_bytes(sixteen.try_into().ok()?))),
        None => {
            let mut buf = [0u8; 16];
            buf[..len].copy_from_slice(&text.as_bytes()[range.clone()]);
            Some(u128::from_le_bytes(buf))
        }
    }
}

/// Whether the text between two words ends a sentence.
fn ends_sentence(gap: &str) -> bool {
    gap.bytes().any(|b| matches!(b, b'.' | b'!' | b'?' | b'\n'))
}

impl<'a> Chunk<'a> {
    /// Counts the words of one field; `body` also tracks sentences.
    fn add_text(&mut self, text: &'a str, weight: u32, body: bool) -> u32 {
        let mut length = 0;
        let mut end = 0;
        analyser::for_each_word(text, |range| {
            if body && (self.starts.is_empty() || ends_sentence(&text[end..range.start])) {
                self.starts.push(range.start);
            }
            end = range.end;
            let packed = pack(text, &range);
            let form = &text[range];
            let next = self.forms.len() as u32;
            let id = match packed {
                Some(key) => self.short_id(key, next),
                None => *self.ids.entry(form).or_insert(next),
            } as usize;
            if id == next as usize {
                self.forms.push(form);
                self.counts.push(0);
                self.first.push(NO_SENTENCE);
            }
            if self.counts[id] == 0 {
                self.touched.push(id as u32);
            }
            if body && self.first[id] == NO_SENTENCE {
                self.first[id] = (self.starts.len() - 1).min(usize::from(NO_SENTENCE - 1)) as u16;
            }
            self.counts[id] += weight;
            length += weight;
        });
        length
    }

    /// The id of a short word, `next` if it is new.
    fn short_id(&mut self, key: u128, next: u32) -> u32 {
        if self.recent.is_empty() {
            self.recent = vec![(0, 0); RECENT];
        }
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        let slot = (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize;
        match self.recent[slot] {
            (seen, id) if seen == key => id,
            _ => {
                let id = *self.short_ids.entry(key).or_insert(next);
                self.recent[slot] = (key, id);
                id
            }
        }
    }

    fn add(mut self, (index, doc): (usize, &SearchDoc<'a>)) -> Self {
        let mut length = self.add_text(doc.title, TITLE, false);
        let titles = self.touched.len();
        length += self.add_text(doc.summary, SUMMARY, false);
        length += doc
            .tag_names
            .iter()
            .map(|t| self.add_text(t, TAGS, false))
            .sum::<u32>();
        length += doc
            .headings
            .iter()
            .map(|h| self.add_text(h, HEADINGS, false))
            .sum::<u32>();
        length += self.add_text(doc.body_text, BODY, true);
        let counts = self
            .touched
            .drain(..)
            .map(|id| {
                let first = std::mem::replace(&mut self.first[id as usize], NO_SENTENCE);
                (id, std::mem::take(&mut self.counts[id as usize]), first)
            })
            .collect();
        let starts = std::mem::take(&mut self.starts);
        self.docs.push(DocForms {
            index,
            counts,
            titles,
            length,
            starts,
        });
        self
    }
}

/// All forms of all chunks, once each, and per chunk its local-to-global form ids.
fn merge_forms<'a>(chunks: &[Chunk<'a>]) -> (Vec<&'a str>, Vec<Vec<u32>>) {
    let mut ids: HashMap<&str, u32> = HashMap::default();
    let mut forms = Vec::new();
    let maps = chunks
        .iter()
        .map(|chunk| {
            let mut global = |form: &'a str| {
                *ids.entry(form).or_insert_with(|| {
                    forms.push(form);
                    forms.len() as u32 - 1
                })
            };
            chunk.forms.iter().map(|&f| global(f)).collect()
        })
        .collect();
    (forms, maps)
}

/// The BM25 term-frequency part, scaled to 1..=31.
fn quantise(tf: u32, length: u32, average: f64) -> u8 {
    let tf = f64::from(tf);
    let norm = K1 * (1.0 - B + B * f64::from(length) / average);
    let part = tf * (K1 + 1.0) / (tf + norm) / (K1 + 1.0);
    // Half up by hand: `f64::round` is a call per posting, and the part is never negative.
    ((part * LEVELS + 0.5) as u8).clamp(1, LEVELS as u8)
}

/// Every word form of the site analysed once: the terms with their reading masks, and per form
/// its (term, class) tokens.
struct Forms {
    terms: Vec<String>,
    masks: Vec<u8>,
    real: Vec<bool>,
    tokens: Vec<Vec<(u32, u8)>>,
}

/// The tokens of one word: each form (whole, parts) exact, then its readings by their class.
/// `term` gives a form's term id and the mask of its plausible readings.
pub fn classed_tokens(word: &Word, term: &mut dyn FnMut(&str) -> (u32, u8)) -> Vec<(u32, u8)> {
    let mut out = Vec::new();
    for form in std::iter::once(&word.whole).chain(&word.parts) {
        let (id, mask) = term(form);
        out.push((id, EXACT));
        for (i, (_, base)) in analyser::strips(form).into_iter().enumerate() {
            let plausible = i < 8 && mask & (1 << i) != 0;
            let class = if plausible { PLAUSIBLE } else { IMPLAUSIBLE };
            out.push((term(base).0, class));
        }
    }
    out
}

fn analyse_forms(forms: &[&str]) -> Forms {
    let words: Vec<Option<Word>> = forms.par_iter().map(|f| analyser::normalise(f)).collect();
    let written: HashSet<&str> = words
        .iter()
        .flatten()
        .flat_map(|w| std::iter::once(&w.whole).chain(&w.parts))
        .map(String::as_str)
        .collect();
    let all: HashSet<&str> = written
        .iter()
        .flat_map(|&w| std::iter::once(w).chain(analyser::strips(w).into_iter().map(|(_, b)| b)))
        .collect();
    let mut terms: Vec<String> = all.iter().map(|t| t.to_string()).collect();
    terms.par_sort_unstable_by(|a, b| js_cmp(a, b));
    let ids: HashMap<&str, u32> = terms
        .iter()
        .enumerate()
        .map(|(i, t)| (t.as_str(), i as u32))
        .collect();
    let readings = Readings::new(&written);
    let masks: Vec<u8> = terms
        .par_iter()
        .map(|t| readings.plausible_mask(t))
        .collect();
    let tokens: Vec<Vec<(u32, u8)>> = words
        .par_iter()
        .map(|word| {
            let mut term = |t: &str| {
                let id = ids[t];
                (id, masks[id as usize])
            };
            word.as_ref()
                .map(|w| classed_tokens(w, &mut term))
                .unwrap_or_default()
        })
        .collect();
    let mut real = vec![false; terms.len()];
    for &(id, class) in tokens.iter().flatten() {
        real[id as usize] |= class >= PLAUSIBLE;
    }
    Forms {
        terms,
        masks,
        real,
        tokens,
    }
}

/// Per-thread scratch for scoring: per term, the doc's weighted count and flags.
#[derive(Default)]
pub struct Scratch {
    tf: Vec<(u32, u8)>,
    touched: Vec<u32>,
}

/// One doc's postings as (term id, score), in no particular order; `tokens` gives the tokens of
/// each of the doc's chunk-local forms.
pub fn score_doc<'t>(
    doc: &DocForms,
    tokens: &dyn Fn(u32) -> &'t [(u32, u8)],
    average: f64,
    s: &mut Scratch,
) -> Vec<(u32, u8)> {
    for (i, &(local, count, _)) in doc.counts.iter().enumerate() {
        let title = if i < doc.titles { IN_TITLE } else { 0 };
        for &(term, class) in tokens(local) {
            if term as usize >= s.tf.len() {
                s.tf.resize(term as usize + 1, (0, 0));
            }
            let slot = &mut s.tf[term as usize];
            if slot.0 == 0 {
                s.touched.push(term);
            }
            let best = (slot.1 & EXACT).max(class);
            *slot = (slot.0 + count, best | (slot.1 & IN_TITLE) | title);
        }
    }
    s.touched
        .drain(..)
        .map(|term| {
            let (tf, flags) = std::mem::take(&mut s.tf[term as usize]);
            (term, quantise(tf, doc.length, average) | flags)
        })
        .collect()
}

/// Byte ranges of the body sentences (in order, [`EXCERPT_BYTES`] at most in all) that hold
/// the first occurrence of as many of the doc's words as fit, the rarest first: the text an
/// excerpt can show a query word in. A body that fits is kept whole. `df` gives, for a
/// chunk-local form, in how many docs its word is written (`None` for numbers and other forms
/// that are not words).
pub fn excerpt_sentences(
    doc: &DocForms,
    df: &dyn Fn(u32) -> Option<usize>,
    body: &str,
) -> Vec<Range<usize>> {
    if body.len() <= EXCERPT_BYTES {
        return std::iter::once(0..body.len()).collect();
    }
    let mut words: Vec<(usize, u16)> = doc
        .counts
        .iter()
        .filter(|c| c.2 != NO_SENTENCE)
        .filter_map(|&(local, _, sentence)| Some((df(local)?, sentence)))
        .collect();
    words.sort_unstable();
    let end = |i: usize| doc.starts.get(i + 1).copied().unwrap_or(body.len());
    let range = |i: u16| doc.starts[usize::from(i)]..end(usize::from(i));
    let mut chosen = vec![false; doc.starts.len()];
    let mut spent = 0;
    for (_, sentence) in words {
        let size = range(sentence).len();
        if !chosen[usize::from(sentence)] && spent + size <= EXCERPT_BYTES {
            chosen[usize::from(sentence)] = true;
            spent += size;
        }
    }
    (0..chosen.len() as u16)
        .filter(|&i| chosen[usize::from(i)])
        .map(range)
        .collect()
}

/// Analyses one doc alone (for `kb serve`'s updates): its chunk, whose `docs[0]` holds its forms
/// and `forms` their text.
pub fn doc_forms<'a>(index: usize, doc: &SearchDoc<'a>) -> Chunk<'a> {
    Chunk::default().add((index, doc))
}

/// The BM25 average length of `docs`' chunks.
fn average_length(chunks: &[Chunk<'_>], n_docs: usize) -> f64 {
    let total: u64 = chunks
        .iter()
        .flat_map(|c| &c.docs)
        .map(|d| u64::from(d.length))
        .sum();
    (total as f64 / n_docs.max(1) as f64).max(1.0)
}

/// The inverted index of `docs`; a doc's id is its position in the slice.
pub fn invert(docs: &[SearchDoc<'_>]) -> Inverted {
    let chunks: Vec<Chunk> = docs
        .par_iter()
        .enumerate()
        .with_min_len(64)
        .fold(Chunk::default, Chunk::add)
        .collect();
    let (all_forms, maps) = merge_forms(&chunks);
    let forms = analyse_forms(&all_forms);
    let average = average_length(&chunks, docs.len());
    let jobs: Vec<(&DocForms, &[u32])> = chunks
        .iter()
        .zip(&maps)
        .flat_map(|(c, map)| c.docs.iter().map(move |d| (d, map.as_slice())))
        .collect();
    let n_terms = forms.terms.len();
    let mut scored: Vec<(usize, Vec<(u32, u8)>)> = jobs
        .par_iter()
        .map_init(
            || Scratch {
                tf: vec![(0, 0); n_terms],
                touched: Vec::new(),
            },
            |s, (doc, map)| {
                let tokens = |local: u32| forms.tokens[map[local as usize] as usize].as_slice();
                (doc.index, score_doc(doc, &tokens, average, s))
            },
        )
        .collect();
    scored.sort_unstable_by_key(|(index, _)| *index);
    let mut df = vec![0usize; n_terms];
    scored
        .iter()
        .flat_map(|(_, l)| l)
        .for_each(|&(t, _)| df[t as usize] += 1);
    let mut postings: Vec<Vec<Posting>> = df.iter().map(|&n| Vec::with_capacity(n)).collect();
    for (doc, list) in &scored {
        for &(term, score) in list {
            postings[term as usize].push((*doc as u32, score));
        }
    }
    // Per form: in how many docs its word is written; `None` for numbers and the like.
    let word_df: Vec<Option<usize>> = (all_forms.par_iter().zip(&forms.tokens))
        .map(|(form, tokens)| {
            let &(whole, _) = tokens.first()?;
            form.starts_with(char::is_alphabetic)
                .then(|| df[whole as usize])
        })
        .collect();
    let mut sentences: Vec<(usize, Vec<Range<usize>>)> = jobs
        .par_iter()
        .map(|(doc, map)| {
            let word_df = |local: u32| word_df[map[local as usize] as usize];
            let body = docs[doc.index].body_text;
            (doc.index, excerpt_sentences(doc, &word_df, body))
        })
        .collect();
    sentences.sort_unstable_by_key(|(index, _)| *index);
    Inverted {
        terms: forms.terms,
        masks: forms.masks,
        real: forms.real,
        postings,
        sentences: sentences.into_iter().map(|(_, s)| s).collect(),
        average,
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
            sections: &[],
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
    fn indexes_every_reading_with_its_class() {
        let docs = [
            doc("ארגון", "משה הלך"),
            doc("בארגון והמדדים", "בירושלים מדדים"),
            doc("למשה", "שה"),
        ];
        let index = invert(&docs);
        let classes = |term: &str| -> Vec<(u32, u8)> {
            postings_of(&index, term)
                .iter()
                .map(|&(d, s)| (d, s & EXACT))
                .collect()
        };
        let cases: [(&str, Vec<(u32, u8)>); 6] = [
            ("ארגונ", vec![(0, EXACT), (1, PLAUSIBLE)]),
            ("מדדימ", vec![(1, EXACT)]),
            ("ירושלימ", vec![(1, PLAUSIBLE)]),
            ("משה", vec![(0, EXACT), (2, PLAUSIBLE)]),
            ("שה", vec![(0, IMPLAUSIBLE), (2, EXACT)]),
            ("דדימ", vec![(1, IMPLAUSIBLE)]),
        ];
        for (term, expected) in cases {
            assert_eq!(classes(term), expected, "{term}");
        }
        let position = |term: &str| index.terms.iter().position(|t| t == term).unwrap();
        assert_eq!(index.masks[position("בירושלימ")], 0b1);
        assert_eq!(index.masks[position("משה")], 0, "למשה shows משה is a word");
        assert!(index.real[position("ירושלימ")]);
        assert!(!index.real[position("שה")] || classes("שה").iter().any(|c| c.1 == EXACT));
        assert!(index.terms.windows(2).all(|w| js_cmp(&w[0], &w[1]).is_lt()));
    }

    #[test]
    fn weights_fields_and_saturates() {
        let cases = [
            (1, 100, 100.0, 14),
            (6, 100, 100.0, 26),
            (100, 100, 100.0, 31),
            (1, 1000, 100.0, 3),
        ];
        for (tf, length, average, expected) in cases {
            assert_eq!(quantise(tf, length, average), expected, "{tf} {length}");
        }
        let index = invert(&[doc("אמון", "שקיפות"), doc("שקיפות", "אמון")]);
        let trust = postings_of(&index, "אמונ");
        assert_eq!(
            trust[0].1 & (EXACT | IN_TITLE),
            EXACT | IN_TITLE,
            "{trust:?}"
        );
        assert_eq!(trust[1].1 & (EXACT | IN_TITLE), EXACT, "{trust:?}");
    }
}
