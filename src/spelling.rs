//! "Did you mean …?": the closest of a few known names to a mistyped one. A leaf, so messages,
//! hints and the language table can all ask it.

/// The closest candidate to `wrong` by edit distance, when it is close enough to be a likely typo.
pub fn nearest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::damerau_levenshtein(wrong, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= 2.max(candidate.chars().count() / 3))
        .min()
        .map(|(_, candidate)| candidate)
}
