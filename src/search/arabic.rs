//! The Arabic half of the analyser (the twin of the Arabic section of `search.js`; both pass the
//! Arabic rows of `tests/search_vectors.tsv`), in the spirit of the published light stemmers
//! (Larkey's light10, ISRI): no dictionary, no roots.
//!
//! - [`fold`]: matching form. Harakat, shadda and the hamza written above or below a letter go
//!   with the other combining marks (the shared normalisation, NFD), which makes أ إ آ plain ا;
//!   here ٱ becomes ا, ى becomes ي, ة becomes ه and tatweel goes, so written and typed forms meet.
//! - [`strips`]: the readings of a word behind clitics and the article: و ف, then ب ك ل, then
//!   ال (ل + ال is written لل). Like the Hebrew prefixes, every reading is indexed.
//! - [`inflection_stems`]: what is left when plural, dual, feminine, nisba and possessive endings
//!   are removed (ات ون ين ان ه ي يه يات, ها هم هن كم نا ...), the ta marbuta that a possessive
//!   turns into ت included (مدرسته and مدرسة share مدرس). Broken plurals are out of its reach.

/// A clitic or the article leaves at least this many letters.
const MIN_BASE_CHARS: usize = 2;
/// A stem keeps at least this many letters (most Arabic words have a root of three).
const MIN_STEM_CHARS: usize = 3;

/// Possessive and object pronouns written at the end of a word, longest first.
/// Not ني ("me", written on verbs): on a noun it is the nisba of a word in ن (وطني, لبناني).
const PRONOUNS: [&str; 10] = ["كما", "هما", "كم", "كن", "هم", "هن", "نا", "ها", "ه", "ك"];
/// Endings of number, gender and the nisba adjective, longest first.
const ENDINGS: [&str; 9] = ["يات", "يين", "يون", "ات", "ون", "ين", "ان", "يه", "ه"];

/// Whether `c` is one of the Arabic letters (the block's letters, not its marks or digits).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
}

/// A word (already without its combining marks) in Arabic matching form; other words as given.
pub fn fold(word: String) -> String {
    if !word.chars().any(|c| is_arabic_letter(c) || c == '\u{0640}') {
        return word;
    }
    word.chars()
        .filter(|&c| c != '\u{0640}')
        .map(|c| match c {
            'ٱ' | 'أ' | 'إ' | 'آ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            _ => c,
        })
        .collect()
}

/// Whether `p` is a chain of Arabic clitics and the article: و or ف, then ب ك or ل, then ال
/// (لل for ل + ال).
pub fn is_prefix(p: &str) -> bool {
    let rest = p.strip_prefix(['و', 'ف']).unwrap_or(p);
    !p.is_empty() && matches!(rest, "" | "ب" | "ك" | "ل" | "ال" | "بال" | "كال" | "لل")
}

/// Every base a chain of clitics can leave of `token`, as (prefix length in characters, base),
/// longest base first.
pub fn strips(token: &str) -> Vec<(usize, &str)> {
    let count = token.chars().count();
    token
        .char_indices()
        .enumerate()
        .skip(1)
        .take(4.min(count.saturating_sub(MIN_BASE_CHARS)))
        .filter(|&(_, (at, _))| is_prefix(&token[..at]))
        .map(|(chars, (at, _))| (chars, &token[at..]))
        .collect()
}

/// The stems of an Arabic word: itself, and what is left without a pronoun, an ending, or a
/// pronoun then an ending (at least [`MIN_STEM_CHARS`] letters), shortest first.
pub fn inflection_stems(word: &str) -> Vec<&str> {
    let long_enough = |stem: &&str| stem.chars().count() >= MIN_STEM_CHARS;
    let mut bare = vec![word];
    for pronoun in PRONOUNS {
        if let Some(stem) = word.strip_suffix(pronoun).filter(long_enough) {
            bare.push(stem);
            // A possessive turns the ta marbuta into ت: مدرسته is مدرسة + ه.
            bare.extend(stem.strip_suffix('ت').filter(long_enough));
        }
    }
    let mut out = Vec::new();
    // The feminine endings may leave two letters (مرة and مرات share مر), as in Hebrew.
    let mut short = Vec::new();
    for form in bare {
        out.push(form);
        for ending in ENDINGS.iter().chain(&["ي"]) {
            if let Some(stem) = form.strip_suffix(ending) {
                out.push(stem);
                // The nisba ي before a feminine or plural ending: اجتماعيين, اجتماعي.
                out.extend(stem.strip_suffix('ي'));
                if matches!(*ending, "ه" | "ات") && stem.chars().count() == 2 {
                    short.push(stem);
                }
                // The dual of a feminine noun keeps its ta marbuta as ت: منظمتان, منظمة.
                if matches!(*ending, "ان" | "ين") {
                    out.extend(stem.strip_suffix('ت'));
                }
            }
        }
    }
    out.retain(|stem| *stem == word || long_enough(stem));
    out.extend(short);
    out.sort_unstable();
    out.dedup();
    out.sort_by_key(|stem| stem.len());
    out
}

/// The broken-plural partners of a word: the plurals its singular pattern takes (هدف ->
/// اهداف, مكتب -> مكاتب, قانون -> قوانين) and the singulars its plural pattern comes from
/// (مناطق -> منطقه, خبراء -> خبير), in a fixed order, without the word. A guess from the
/// pattern alone: the browser looks each up as an inflection, and only the ones the site
/// writes match.
pub fn broken_plural_partners(word: &str) -> Vec<String> {
    let c: Vec<char> = word.chars().collect();
    let mut out: Vec<Vec<char>> = Vec::new();
    match *c.as_slice() {
        // Singular patterns and their plurals.
        [a, b, d] => out.extend([
            vec!['ا', a, b, 'ا', d],
            vec![a, b, 'و', d],
            vec![a, b, 'ا', d],
        ]),
        [a, 'ا', d, e] => out.extend([
            vec![a, 'و', 'ا', d, e],
            vec![a, d, 'ا', e],
            vec![a, d, e, 'ا', 'ء'],
        ]),
        [a, b, 'ي', e] => out.extend([
            vec![a, b, e, 'ا', 'ء'],
            vec![a, b, 'ا', e],
            vec!['ا', a, b, e, 'ا', 'ء'],
        ]),
        ['م', b, d, e] => out.push(vec!['م', b, 'ا', d, e]),
        _ => {}
    }
    match *c.as_slice() {
        ['م', b, d, e, 'ه'] => out.push(vec!['م', b, 'ا', d, e]),
        [a, b, 'ي' | 'ا', e, 'ه'] => out.push(vec![a, b, 'ا', 'ي', e]),
        _ => {}
    }
    match *c.as_slice() {
        [a, 'ا', d, e, 'ه'] => out.push(vec![a, 'و', 'ا', d, e]),
        [a, 'ا', d, 'و' | 'ي', f] => out.push(vec![a, 'و', 'ا', d, 'ي', f]),
        [a, b, d, 'و' | 'ي', f] => out.push(vec![a, b, 'ا', d, 'ي', f]),
        _ => {}
    }
    // Plural patterns and the singulars they come from.
    match *c.as_slice() {
        ['ا', b, d, 'ا', f] => out.push(vec![b, d, f]),
        [a, b, 'و', e] => out.push(vec![a, b, e]),
        [a, b, 'ا', e] => out.extend([vec![a, b, e], vec![a, b, 'ي', e], vec![a, 'ا', b, e]]),
        [a, 'و', 'ا', e, f] => out.extend([vec![a, 'ا', e, f], vec![a, 'ا', e, f, 'ه']]),
        [a, b, d, 'ا', 'ء'] => out.extend([vec![a, b, 'ي', d], vec![a, 'ا', b, d]]),
        ['م', b, 'ا', e, f] => out.extend([vec!['م', b, e, f], vec!['م', b, e, f, 'ه']]),
        [a, b, 'ا', 'ي', f] => out.extend([vec![a, b, 'ي', f, 'ه'], vec![a, b, 'ا', f, 'ه']]),
        [a, 'و', 'ا', e, 'ي', g] => out.push(vec![a, 'ا', e, 'و', g]),
        [a, b, 'ا', e, 'ي', g] => out.extend([vec![a, b, e, 'و', g], vec![a, b, e, 'ي', g]]),
        ['ا', b, d, e, 'ا', 'ء'] => out.push(vec![b, d, 'ي', e]),
        _ => {}
    }
    // Rarer patterns, both ways: حق حقوق, شهر اشهر, سبيل سبل, مثال امثله, غيمه غيوم.
    match *c.as_slice() {
        [a, b] => out.push(vec![a, b, 'و', b]),
        [a, b, d] => out.extend([vec!['ا', a, b, d], vec![a, b, 'ي', d]]),
        [a, b, 'و', e] if b == e => out.push(vec![a, b]),
        ['ا', b, d, e] => out.push(vec![b, d, e]),
        [a, b, 'ي', e] => out.push(vec![a, b, e]),
        [a, b, 'ا', e] => out.push(vec!['ا', a, b, e, 'ه']),
        [a, b, d, 'ه'] => out.push(vec![a, b, 'و', d]),
        ['ا', b, d, e, 'ه'] => out.push(vec![b, d, 'ا', e]),
        _ => {}
    }
    let mut partners: Vec<String> = Vec::new();
    for form in out {
        let form: String = form.into_iter().collect();
        if form != word && !partners.contains(&form) {
            partners.push(form);
        }
    }
    partners
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_the_written_variants_of_letters() {
        assert_eq!(fold("ٱلمدرسة".into()), "المدرسه");
        assert_eq!(fold("مستشفى".into()), "مستشفي");
        assert_eq!(fold("عـــربي".into()), "عربي");
        assert_eq!(fold("שלום".into()), "שלום");
    }

    #[test]
    fn reads_clitics_and_the_article() {
        let bases = |w| strips(w).into_iter().map(|(_, b)| b).collect::<Vec<_>>();
        assert_eq!(bases("وبالمدرسه"), ["بالمدرسه", "المدرسه", "مدرسه"]);
        assert_eq!(bases("للمدرسه"), ["لمدرسه", "مدرسه"]);
        assert!(bases("الي").is_empty(), "إلى is no article");
        assert!(is_prefix("فال") && is_prefix("ولل") && !is_prefix("الو"));
    }

    #[test]
    fn inflections_share_a_stem() {
        let share = |a, b| {
            let other = inflection_stems(b);
            inflection_stems(a).iter().any(|s| other.contains(s))
        };
        for (a, b) in [
            ("مدرسه", "مدرسته"),
            ("معلم", "معلمات"),
            ("معلم", "معلمون"),
            ("اجتماعي", "اجتماعيه"),
            ("اجتماعي", "اجتماعيين"),
            ("عمليه", "عمليات"),
            ("مدينه", "مدينتنا"),
        ] {
            assert!(share(a, b), "{a} {b}");
        }
        assert!(!share("علم", "عالم"));
    }

    #[test]
    fn broken_plurals_meet_their_singulars() {
        for (singular, plural) in [
            ("هدف", "اهداف"),
            ("جبل", "جبال"),
            ("عصر", "عصور"),
            ("هاتف", "هواتف"),
            ("عامل", "عمال"),
            ("خبير", "خبراء"),
            ("مكتب", "مكاتب"),
            ("معركه", "معارك"),
            ("رساله", "رسايل"),
            ("قاعده", "قواعد"),
            ("قانون", "قوانين"),
            ("اسبوع", "اسابيع"),
            ("صديق", "اصدقاء"),
        ] {
            let there = broken_plural_partners(singular);
            let back = broken_plural_partners(plural);
            assert!(there.iter().any(|p| p == plural), "{singular} -> {there:?}");
            assert!(back.iter().any(|s| s == singular), "{plural} -> {back:?}");
        }
    }
}
