//! The typo keys: for each word of the site, itself and the words one deleted letter away
//! (SymSpell). A query word that finds little looks up itself and its own deletions; any key
//! they share with a word of the site puts that word within one insertion, deletion,
//! substitution or adjacent swap, which the browser then checks. Fetched only for such queries.

use super::analyser;
use super::shards::js_cmp;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// Words shorter than this get no keys: a query word of 5 letters reaches words of 4 and more.
pub const MIN_CHARS: usize = 4;

/// How a key leads back to a word of the site.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    /// The key is the word itself.
    Word,
    /// The word has this letter at this position (in characters) of the key.
    Insert(u8, char),
    /// The word, written out: its deletion left a ו or י doubled, which the key has once.
    Spelled(String),
}

/// One key and the words of the site it leads to.
#[derive(Debug, PartialEq)]
pub struct TypoKey {
    pub key: String,
    pub targets: Vec<Target>,
}

/// Whether `term` is a word that typo corrections may lead to: letters only, long enough.
fn correctable(term: &str) -> bool {
    let chars = term.chars().count();
    (MIN_CHARS..=usize::from(u8::MAX)).contains(&chars) && term.chars().all(char::is_alphabetic)
}

/// The keys of one word of the site, as (key, target) pairs; none for words typo corrections do
/// not lead to.
pub fn keys_of_word(term: &str) -> Vec<(String, Target)> {
    if !correctable(term) {
        return Vec::new();
    }
    let chars = term.chars().count();
    let target = |position: usize, letter: char, key: &str| match key.chars().count() + 1 {
        n if n == chars => Target::Insert(position as u8, letter),
        _ => Target::Spelled(term.to_string()),
    };
    let deleted = analyser::deletions(term).into_iter();
    let targets = deleted.map(|(position, letter, key)| {
        let target = target(position, letter, &key);
        (key, target)
    });
    std::iter::once((term.to_string(), Target::Word))
        .chain(targets)
        .collect()
}

/// The typo keys of `terms` (the plausible words of the site), sorted as JavaScript sorts.
pub fn typo_keys<'a>(terms: impl ParallelIterator<Item = &'a str>) -> Vec<TypoKey> {
    let pairs: Vec<(String, Target)> = terms.flat_map_iter(keys_of_word).collect();
    // Grouped by key first: sorting the distinct keys costs far less than sorting every pair.
    let mut grouped: HashMap<String, Vec<Target>> = HashMap::default();
    for (key, target) in pairs {
        grouped.entry(key).or_default().push(target);
    }
    let mut out: Vec<TypoKey> = grouped
        .into_iter()
        .map(|(key, mut targets)| {
            targets.sort_unstable();
            targets.dedup();
            TypoKey { key, targets }
        })
        .collect();
    out.par_sort_unstable_by(|a, b| js_cmp(&a.key, &b.key));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leads_keys_back_to_words() {
        use Target::*;
        let keys = typo_keys(["אבגד", "אבג", "12345", "ורוד"].into_par_iter());
        let shown: Vec<(&str, &[Target])> = keys
            .iter()
            .map(|k| (k.key.as_str(), k.targets.as_slice()))
            .collect();
        let spelled = [Spelled("ורוד".into())];
        assert_eq!(
            shown,
            [
                ("אבג", &[Insert(3, 'ד')][..]),
                ("אבגד", &[Word][..]),
                ("אבד", &[Insert(2, 'ג')][..]),
                ("אגד", &[Insert(1, 'ב')][..]),
                ("בגד", &[Insert(0, 'א')][..]),
                ("וד", &spelled[..]),
                ("ורד", &[Insert(2, 'ו')][..]),
                ("ורו", &[Insert(3, 'ד')][..]),
                ("ורוד", &[Word][..]),
                ("רוד", &[Insert(0, 'ו')][..]),
            ]
        );
    }
}
