//! Which prefix readings of a word are plausible, judged from what the site writes.
//!
//! Every reading a prefix chain allows is indexed (see `analyser`); this module only decides how
//! a reading ranks. A reading P+X of a written word W is implausible when the site shows W to be
//! a word of its own:
//! - W is written behind a prefix that cannot combine with P (למשה makes מ+שה unlikely: ל+מ is
//!   no prefix chain, so the מ of משה belongs to the word);
//! - W has an inflection written in the site that P+X does not explain (ועדה beside ועדות makes
//!   ו+עדות unlikely, as עדה is no inflection of עדות; הארגון beside הארגונים is explained by
//!   ה+ארגון, so ה+ארגונים stays plausible);
//! - X has two letters, is never written bare and P does not end in the article ה (the short
//!   readings are the accidental ones: משה, כמה, למה; השה is the likely one).
//!
//! A dictionary would know more; this needs none, and on a twenty-item site it errs towards
//! plausible, which costs ranking, never a missed page.

use super::analyser::{self, MIN_BASE_CHARS};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// What the site writes, indexed for the plausibility questions.
pub struct Readings<'a> {
    written: &'a HashSet<&'a str>,
    /// Written word -> the prefix chains it is written behind.
    outer: HashMap<&'a str, Vec<&'a str>>,
    /// Inflection stem -> the written words that have it.
    by_stem: HashMap<&'a str, Vec<&'a str>>,
}

impl<'a> Readings<'a> {
    /// Indexes the written words (whole words and compound parts, in matching form).
    pub fn new(written: &'a HashSet<&'a str>) -> Self {
        let mut outer: HashMap<&str, Vec<&str>> = HashMap::default();
        let mut by_stem: HashMap<&str, Vec<&str>> = HashMap::default();
        for &word in written {
            for (chars, base) in analyser::strips(word) {
                if written.contains(base) {
                    let prefix = &word[..word.len() - base.len()];
                    debug_assert_eq!(prefix.chars().count(), chars);
                    outer.entry(base).or_default().push(prefix);
                }
            }
            for stem in analyser::inflection_stems(word) {
                by_stem.entry(stem).or_default().push(word);
            }
        }
        Readings {
            written,
            outer,
            by_stem,
        }
    }

    /// One bit per reading of `word`, in the order of `analyser::strips`: set when plausible.
    pub fn plausible_mask(&self, word: &str) -> u8 {
        analyser::strips(word)
            .iter()
            .take(8)
            .enumerate()
            .filter(|(_, (_, base))| self.plausible(word, base))
            .fold(0, |mask, (i, _)| mask | 1 << i)
    }

    /// Whether `word` read as a prefix chain + `base` is a plausible reading.
    fn plausible(&self, word: &str, base: &str) -> bool {
        let prefix = &word[..word.len() - base.len()];
        let lexical =
            self.behind_other_prefix(word, prefix) || self.has_own_inflection(word, prefix, base);
        !lexical && (self.written.contains(base) || !short_reading(prefix, base))
    }

    /// The mask of a word that was not in the site when its readings were judged (`kb serve`
    /// until the next whole build): every reading plausible but the short accidental ones.
    pub fn unjudged_mask(word: &str) -> u8 {
        analyser::strips(word)
            .iter()
            .take(8)
            .enumerate()
            .filter(|(_, (_, base))| !short_reading(&word[..word.len() - base.len()], base))
            .fold(0, |mask, (i, _)| mask | 1 << i)
    }

    /// Whether `word` is written behind a prefix chain that `prefix` cannot continue.
    fn behind_other_prefix(&self, word: &str, prefix: &str) -> bool {
        let combines = |outer: &str| analyser::is_prefix(&format!("{outer}{prefix}"));
        self.outer
            .get(word)
            .is_some_and(|outers| outers.iter().any(|outer| !combines(outer)))
    }

    /// Whether the site writes an inflection of `word` that `prefix` + an inflection of `base`
    /// does not explain. Only stems of three letters count here: the short feminine stems join
    /// too much (עדה and עדות would explain ועדה beside ועדות) for a judgement of plausibility.
    fn has_own_inflection(&self, word: &str, prefix: &str, base: &str) -> bool {
        let explained = |other: &str| {
            other
                .strip_prefix(prefix)
                .is_some_and(|rest| analyser::share_stem(rest, base, false))
        };
        analyser::inflection_stems(word)
            .iter()
            .filter_map(|stem| self.by_stem.get(stem))
            .flatten()
            .filter(|&&other| other != word && analyser::share_stem(other, word, false))
            .any(|&other| !explained(other))
    }
}

/// Whether a reading leaves a base of two letters behind a prefix other than the article ה: the
/// accidental kind (משה, כמה, למה), unless the site writes the base bare.
fn short_reading(prefix: &str, base: &str) -> bool {
    base.chars().count() <= MIN_BASE_CHARS && !prefix.ends_with('ה')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mask(site: &[&str], word: &str) -> u8 {
        let written: HashSet<&str> = site.iter().copied().collect();
        Readings::new(&written).plausible_mask(word)
    }

    #[test]
    fn weighs_readings_by_what_the_site_writes() {
        // (site words, word, mask): bit i is the i-th reading of analyser::strips.
        let cases: [(&[&str], &str, u8); 10] = [
            (&["בירושלימ", "לירושלימ"], "בירושלימ", 0b1),
            (&["משה"], "משה", 0),
            (&["משה", "שה"], "משה", 0b1),
            (&["השה"], "השה", 0b1),
            (&["משה", "שה", "למשה"], "משה", 0),
            (&["ועדות", "ועדה"], "ועדות", 0),
            (&["ועדות"], "ועדות", 0b1),
            (&["הארגונימ", "הארגונ", "ארגונ"], "הארגונימ", 0b1),
            (&["והארגונ", "הארגונ"], "הארגונ", 0b1),
            (&["והארגונ"], "והארגונ", 0b11),
        ];
        for (site, word, expected) in cases {
            assert_eq!(mask(site, word), expected, "{word} in {site:?}");
        }
    }
}
