//! The Hebrew analyser: text to search tokens, identical at index time and (in `search.js`)
//! at query time; `tests/search_vectors.tsv` holds the cases both implementations must pass.
//!
//! [`words`] finds words in the original text (niqqud, geresh inside a word and maqaf compounds
//! stay in one word) and keeps their byte ranges for excerpts. [`normalise`] turns one word into
//! matching form: niqqud, cantillation and Latin diacritics removed, quotes dropped, Latin
//! lower-cased, final letters folded, the doubled ו and י of full spelling made single (הוועדה
//! and הועדה meet), compounds split into their parts.
//!
//! Prefixes are handled on the index side and without a dictionary: [`strips`] gives every base
//! that a chain of ו ה ב כ ל מ ש can leave (two letters at least), whether or not the base is
//! written anywhere in the site. A site of twenty items writes most words only behind a prefix
//! (בירושלים, לירושלים, never ירושלים), so a rule that strips only towards words seen bare
//! misses most pages there. Every reading is indexed, and the cost, accidental readings such as
//! משה -> מ+שה, is paid in ranking instead: the indexer marks each reading as plausible or not
//! from what the site shows of the word (see `invert`), and the browser ranks implausible
//! readings below every plausible match. Exact forms rank above stripped ones.
//!
//! Inflection is matched at query time: [`inflection_stems`] removes regular suffixes (plural,
//! construct, feminine, possessive); two words meet when their stems meet. All of a word's
//! stems start its letters, so the browser finds them by scanning the index's term range that
//! begins with the shortest stem: nothing extra is stored. Typos use [`deletions`]: the index
//! keeps, for each word of the site, the words one deletion away, the SymSpell scheme.
//!
//! Arabic words (their first letter in the Arabic block) take the rules of [`super::arabic`]
//! in place of the Hebrew prefixes and suffixes.

use super::arabic;
use std::ops::Range;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Tokens longer than this (in characters) are dropped: they are hashes or garbage, not words.
pub const MAX_TOKEN_CHARS: usize = 40;
/// A prefix is stripped only when at least this many characters remain.
pub const MIN_BASE_CHARS: usize = 2;
/// The longest prefix chain, ו+לכש+מה.
const MAX_PREFIX_CHARS: usize = 6;

/// One word of the text in matching form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The whole word; a compound (רב־מגזרי) is joined without its hyphen (רבמגזרי).
    pub whole: String,
    /// The parts of a compound, in order; empty for a simple word.
    pub parts: Vec<String>,
}

/// A token as the index sees it: a form from the text, or a base word found behind a prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The form the index stores.
    pub text: String,
    /// Whether it was found behind a prefix (ranked below exact forms).
    pub stripped: bool,
}

/// Apostrophes, quotes, geresh and gershayim: ignored inside a word (מנכ״ל = מנכ"ל = מנכל).
fn is_quote(c: char) -> bool {
    matches!(
        c,
        '\'' | '"' | '\u{05F3}' | '\u{05F4}' | '\u{2019}' | '\u{201D}'
    )
}

/// Hyphen, maqaf and the Unicode hyphens: a compound's parts are matched alone and as a whole.
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{05BE}' | '\u{2010}' | '\u{2011}')
}

fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | '\u{05D0}'..='\u{05EA}' => true,
        '\0'..='\u{7F}' => false,
        _ => c.is_alphanumeric() || is_combining_mark(c),
    }
}

/// Any Unicode digit (`char::is_numeric`), without a table lookup for ASCII and Hebrew letters.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && !is_hebrew_letter(c) && c.is_numeric())
}

fn is_hebrew_letter(c: char) -> bool {
    ('\u{05D0}'..='\u{05EA}').contains(&c)
}

/// Final letters fold to their ordinary forms for matching.
fn fold_final(c: char) -> char {
    match c {
        'ך' => 'כ',
        'ם' => 'מ',
        'ן' => 'נ',
        'ף' => 'פ',
        'ץ' => 'צ',
        _ => c,
    }
}

/// Whether `c` joins the word around it: a quote or hyphen between word characters, or a
/// decimal point or thousands comma between digits.
fn joins(prev: Option<char>, c: char, next: Option<char>) -> bool {
    let (Some(prev), Some(next)) = (prev, next) else {
        return false;
    };
    if is_quote(c) || is_hyphen(c) {
        return is_word_char(prev) && is_word_char(next);
    }
    matches!(c, '.' | ',') && is_digit(prev) && is_digit(next)
}

/// The character at byte `i` of `text` (a char boundary) and its length in bytes; the one- and
/// two-byte cases (ASCII, Hebrew) are decoded inline because this runs on every character.
fn char_at(text: &str, i: usize) -> (char, usize) {
    let bytes = text.as_bytes();
    match bytes[i] {
        b if b < 0x80 => (char::from(b), 1),
        b if b & 0xE0 == 0xC0 => {
            let code = u32::from(b & 0x1F) << 6 | u32::from(bytes[i + 1] & 0x3F);
            (
                char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER),
                2,
            )
        }
        _ => {
            let c = text[i..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            (c, c.len_utf8())
        }
    }
}

/// The words of `text` as byte ranges into it, in order.
pub fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(text.len() / 10);
    for_each_word(text, |range| out.push(range));
    out
}

/// Whether the two bytes at `i` are a Hebrew letter (U+05D0-U+05EA: D7 90 to D7 AA).
#[inline(always)]
fn hebrew_letter_at(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i..i + 2) {
        Some(&[lead, trail]) => lead == 0xD7 && trail.wrapping_sub(0x90) <= 0x1A,
        _ => false,
    }
}

/// Calls `found` with the byte range of each word of `text`, in order: [`words`] without the
/// vector, for the indexer's pass over every word of the site.
pub fn for_each_word(text: &str, mut found: impl FnMut(Range<usize>)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        // The first character: ASCII and Hebrew letters without decoding.
        let (first, width) = match bytes[i] {
            b if b.is_ascii_alphabetic() => ('a', 1),
            b if b.is_ascii_digit() => ('0', 1),
            b if b < 0x80 => {
                i += 1;
                continue;
            }
            _ if hebrew_letter_at(bytes, i) => ('א', 2),
            _ => match char_at(text, i) {
                (c, width) if is_word_char(c) => (c, width),
                (_, width) => {
                    i += width;
                    continue;
                }
            },
        };
        let mut prev = first;
        i += width;
        while i < bytes.len() {
            // A run of Hebrew letters, the most common case, in a loop of its own.
            if hebrew_letter_at(bytes, i) {
                i += 2;
                while hebrew_letter_at(bytes, i) {
                    i += 2;
                }
                prev = 'א';
                continue;
            }
            // `prev` only needs to say letter or digit, and is exact otherwise.
            match bytes[i] {
                b' ' | b'\n' => break,
                b if b.is_ascii_alphabetic() => (prev, i) = ('a', i + 1),
                b if b.is_ascii_digit() => (prev, i) = ('0', i + 1),
                _ => {
                    let (c, width) = char_at(text, i);
                    let next = || (i + width < text.len()).then(|| char_at(text, i + width).0);
                    if !is_word_char(c) && !joins(Some(prev), c, next()) {
                        break;
                    }
                    (prev, i) = (c, i + width);
                }
            }
        }
        found(start..i);
    }
}

/// One part of a word in matching form (no hyphens inside).
fn normalise_part(part: &str) -> String {
    let plain = part
        .chars()
        .all(|c| is_hebrew_letter(c) || c.is_ascii_lowercase() || c.is_ascii_digit());
    let folded: String = if plain {
        part.chars().map(fold_final).collect()
    } else {
        let bare: String = part
            .nfd()
            .filter(|&c| !is_combining_mark(c) && !is_quote(c) && c != ',')
            .collect();
        bare.nfc()
            .collect::<String>()
            .to_lowercase()
            .chars()
            .map(fold_final)
            .collect()
    };
    super::arabic::fold(single_vav_yod(folded))
}

/// Full spelling doubles ו and י where they are consonants (הוועדה, עניין): one of each pair
/// is dropped, so the full and the defective spelling (הועדה, ענין) are one form.
pub fn single_vav_yod(word: String) -> String {
    // ו is D7 95 and י is D7 99 in UTF-8: a doubled one is the same two bytes twice.
    let doubled = |w: &[u8]| w[0] == 0xD7 && matches!(w[1], 0x95 | 0x99) && w[..2] == w[2..];
    if !word.as_bytes().windows(4).any(doubled) {
        return word;
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if matches!(c, 'ו' | 'י') && out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Whether `p` is a chain of Hebrew prefixes: ו? then ש/כש/לכש/מש? then ה/ב/כ/ל/מ/מה?
pub fn is_prefix(p: &str) -> bool {
    if p.starts_with(arabic::is_arabic_letter) {
        return arabic::is_prefix(p);
    }
    let rest = p.strip_prefix('ו').unwrap_or(p);
    let rest = ["לכש", "כש", "מש", "ש"]
        .iter()
        .find_map(|m| rest.strip_prefix(m))
        .unwrap_or(rest);
    !p.is_empty() && matches!(rest, "" | "ה" | "ב" | "כ" | "ל" | "מ" | "מה")
}

/// A word (as [`words`] cuts it) in matching form, or `None` when nothing of it is left.
pub fn normalise(word: &str) -> Option<Word> {
    let mut parts: Vec<String> = word
        .split(is_hyphen)
        .map(normalise_part)
        .filter(|p| !p.is_empty())
        .collect();
    // ה-backbone, כ-20%: a prefix written before a hyphen and a Latin word or a number.
    let prefix_before_foreign = parts.len() > 1
        && is_prefix(&parts[0])
        && parts[1]
            .chars()
            .next()
            .is_some_and(|c| !is_hebrew_letter(c));
    if prefix_before_foreign {
        parts.remove(0);
    }
    parts.retain(|p| p.chars().count() <= MAX_TOKEN_CHARS);
    match parts.len() {
        0 => None,
        1 => Some(Word {
            whole: parts.remove(0),
            parts: Vec::new(),
        }),
        _ => {
            let whole: String = parts.concat();
            let whole_fits = whole.chars().count() <= MAX_TOKEN_CHARS;
            whole_fits.then_some(Word { whole, parts })
        }
    }
}

/// Every base a chain of prefixes can leave of `token`, as (prefix length in characters,
/// base), longest base first. Corpus-independent: whether a reading is plausible is for the
/// ranking to weigh.
pub fn strips(token: &str) -> Vec<(usize, &str)> {
    if token.starts_with(arabic::is_arabic_letter) {
        return arabic::strips(token);
    }
    if !token.starts_with(is_hebrew_letter) {
        return Vec::new();
    }
    let count = token.chars().count();
    token
        .char_indices()
        .enumerate()
        .skip(1)
        .take(MAX_PREFIX_CHARS.min(count.saturating_sub(MIN_BASE_CHARS)))
        .filter(|&(_, (at, _))| is_prefix(&token[..at]))
        .map(|(chars, (at, _))| (chars, &token[at..]))
        .collect()
}

/// A word's tokens in index order: the whole, its bases, then each part and its bases.
pub fn word_tokens(word: &Word) -> Vec<Token> {
    let mut out = Vec::new();
    for form in std::iter::once(&word.whole).chain(&word.parts) {
        out.push(Token {
            text: form.clone(),
            stripped: false,
        });
        out.extend(strips(form).into_iter().map(|(_, base)| Token {
            text: base.to_string(),
            stripped: true,
        }));
    }
    out
}

/// All tokens of `text`, in order. The index and the shared test vectors use this.
pub fn analyse(text: &str) -> Vec<Token> {
    words(text)
        .into_iter()
        .filter_map(|r| normalise(&text[r]))
        .flat_map(|w| word_tokens(&w))
        .collect()
}

/// A stem keeps at least this many characters: shorter ones join unrelated words...
pub const MIN_STEM_CHARS: usize = 3;
/// ...but for the feminine endings, whose nouns are often two letters and ה (דקה, דקות; רמה,
/// רמת), which keep two...
const FEMININE: [&str; 3] = ["ה", "ת", "ות"];
/// ...and for the masculine plural, construct and possessive endings of two-letter nouns (אח:
/// אחים, אחי, אחיו; צד: צדו).
const MASCULINE: [&str; 11] = [
    "ימ", "י", "ו", "יו", "יה", "ינו", "יכ", "יכמ", "יכנ", "יהמ", "יהנ",
];

/// Regular endings in matching form (final letters folded, ו and י single): plural and
/// construct (ים ות י ת), feminine and adjectives (ה ית יות), and the possessive endings of
/// singular and plural nouns (ו נו כם הם; יו ינו יהם; תו תנו; ותיו ותינו ...).
const SUFFIXES: &[&str] = &[
    "ימ",
    "ות",
    "י",
    "ה",
    "ת",
    "ית",
    "יות",
    "ו",
    "כ",
    "נו",
    "כמ",
    "כנ",
    "המ",
    "הנ",
    "יכ",
    "יו",
    "יה",
    "ינו",
    "יכמ",
    "יכנ",
    "יהמ",
    "יהנ",
    "תי",
    "תכ",
    "תו",
    "תה",
    "תנו",
    "תכמ",
    "תמ",
    "תנ",
    "ותי",
    "ותיכ",
    "ותיו",
    "ותיה",
    "ותינו",
    "ותיכמ",
    "ותיכנ",
    "ותיהמ",
    "ותיהנ",
];

/// The stems of a Hebrew word: itself, and what is left when a regular ending is removed (at
/// least [`MIN_STEM_CHARS`] characters, or two for the endings of [`FEMININE`] and
/// [`MASCULINE`]), shortest first. Two words inflect each other when their stems meet:
/// ארגונים and ארגוני share ארגונ; ועדה, ועדת and ועדות share ועד.
pub fn inflection_stems(word: &str) -> Vec<&str> {
    if word.starts_with(arabic::is_arabic_letter) {
        return arabic::inflection_stems(word);
    }
    let mut out = vec![word];
    if !word.starts_with(is_hebrew_letter) {
        return out;
    }
    let count = word.chars().count();
    for suffix in SUFFIXES {
        let Some(stem) = word.strip_suffix(suffix) else {
            continue;
        };
        let least = match FEMININE.contains(suffix) || MASCULINE.contains(suffix) {
            true => MIN_STEM_CHARS - 1,
            false => MIN_STEM_CHARS,
        };
        let long_enough = count - suffix.chars().count() >= least;
        if long_enough && !out.contains(&stem) {
            out.push(stem);
        }
    }
    out.sort_by_key(|stem| stem.len());
    out
}

/// Whether two words in matching form are inflections of each other (or the same word).
pub fn inflects(a: &str, b: &str) -> bool {
    share_stem(a, b, true)
}

/// Whether two words share a stem: one of [`MIN_STEM_CHARS`] letters, or with `short`, one of
/// two that both words continue with feminine endings (דקה, דקות share דק; the word עד is no
/// inflection of עדה), or with masculine ones, where the two-letter word itself counts (אח,
/// אחים, אחיו; not עד, עדות); in Arabic, one both words go beyond.
pub fn share_stem(a: &str, b: &str, short: bool) -> bool {
    let stems = inflection_stems(b);
    let short_stem = |stem: &str| {
        let (ea, eb) = (&a[stem.len()..], &b[stem.len()..]);
        let plural = |e: &str| e.is_empty() || MASCULINE.contains(&e);
        let feminine =
            !ea.is_empty() && !eb.is_empty() && FEMININE.contains(&ea) && FEMININE.contains(&eb);
        feminine || ((!ea.is_empty() || !eb.is_empty()) && plural(ea) && plural(eb))
    };
    // An Arabic two-letter stem counts when both words go beyond it (مرة, مرات share مر).
    let arabic = a.starts_with(arabic::is_arabic_letter);
    let counts = |stem: &&str| {
        stem.chars().count() >= MIN_STEM_CHARS
            || (short && arabic && *stem != a && *stem != b)
            || (short && !arabic && short_stem(stem))
    };
    inflection_stems(a)
        .iter()
        .any(|stem| stems.contains(stem) && counts(stem))
}

/// Nouns whose plural changes the stem, which no ending finds: each group one word's forms.
const IRREGULAR: [&[&str]; 8] = [
    &["יומ", "ימימ", "ימי"],
    &["בית", "בתימ", "בתי"],
    &["איש", "אנשימ", "אנשי"],
    &["אשה", "אישה", "נשימ", "נשי", "נשות"],
    &["שנה", "שנימ", "שנות", "שנת", "שנתימ"],
    &["עיר", "ערימ", "ערי"],
    &["בת", "בנות"],
    &["אב", "אבות"],
];

/// The other forms of an irregular noun in matching form (יום: ימים, ימי), none for any other.
pub fn irregular(word: &str) -> Vec<&'static str> {
    IRREGULAR
        .iter()
        .find(|group| group.contains(&word))
        .map(|group| group.iter().copied().filter(|f| *f != word).collect())
        .unwrap_or_default()
}

/// The other spelling of a word in matching form, full or defective: a י or ו after the first
/// letter written (מלה: מילה, תכנית: תוכנית) or dropped where three letters stay (זיכרון: זכרון).
pub fn spellings(word: &str) -> Vec<String> {
    let cs: Vec<char> = word.chars().collect();
    if !word.starts_with(is_hebrew_letter) || cs.len() < 3 {
        return Vec::new();
    }
    let rest: String = cs[1..].iter().collect();
    match cs[1] {
        'ו' | 'י' if cs.len() > 3 => vec![format!("{}{}", cs[0], &rest[cs[1].len_utf8()..])],
        'ו' | 'י' => Vec::new(),
        _ => ['י', 'ו']
            .iter()
            .map(|v| format!("{}{v}{rest}", cs[0]))
            .collect(),
    }
}

/// The words one deleted character away from `word` (in matching form), with the position (in
/// characters) and the character deleted: the typo keys of the index. A key is in matching form
/// too: a deletion that leaves ו or י doubled (ספורות -> ספוות) keeps one, as a query would.
pub fn deletions(word: &str) -> Vec<(usize, char, String)> {
    word.char_indices()
        .enumerate()
        .map(|(position, (at, c))| {
            let key = format!("{}{}", &word[..at], &word[at + c.len_utf8()..]);
            (position, c, single_vav_yod(key))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str) -> String {
        let shown: Vec<String> = analyse(text)
            .iter()
            .map(|t| match t.stripped {
                true => format!("~{}", t.text),
                false => t.text.clone(),
            })
            .collect();
        shown.join(" ")
    }

    #[test]
    fn analyses_hebrew_cases() {
        let cases = [
            ("ארגון", "ארגונ"),
            ("והארגון", "והארגונ ~הארגונ ~ארגונ"),
            ("לכשהארגון", "לכשהארגונ ~כשהארגונ ~הארגונ ~ארגונ"),
            ("משה", "משה ~שה"),
            ("בית", "בית ~ית"),
            ("לב", "לב"),
            ("הוועדה", "הועדה ~ועדה"),
            ("עניין", "ענינ"),
            ("שִׁיתּוּף", "שיתופ ~יתופ"),
            ("מנכ״ל מנכ\"ל מנכל", "מנכל ~נכל מנכל ~נכל מנכל ~נכל"),
            ("רב־מגזרי", "רבמגזרי רב מגזרי ~גזרי"),
            ("ה-backbone", "backbone"),
            ("כ-84%", "84"),
            ("Café FSG", "cafe fsg"),
            ("3.5 1,000 2011.", "3.5 1000 2011"),
            ("ג'ירפה פרופ'", "גירפה פרופ"),
        ];
        let failures: Vec<String> = cases
            .iter()
            .filter(|(input, expected)| render(input) != *expected)
            .map(|(input, _)| format!("(\"{input}\", \"{}\"),", render(input)))
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn recognises_prefix_chains() {
        let yes = ["ו", "ה", "וה", "ומה", "לכש", "ולכשה", "של", "כשב", "מש"];
        let no = ["", "א", "לכ", "הה", "בה", "ומהה", "שש"];
        for p in yes {
            assert!(is_prefix(p), "{p}");
        }
        for p in no {
            assert!(!is_prefix(p), "{p}");
        }
    }

    #[test]
    fn finds_inflection_stems() {
        let cases: [(&str, &[&str]); 6] = [
            ("ארגונ", &["ארגונ"]),
            ("ארגונימ", &["ארגונ", "ארגונימ"]),
            ("ועדות", &["ועד", "ועדו", "ועדות"]),
            ("ועדה", &["ועד", "ועדה"]),
            ("עיר", &["עיר"]),
            ("crm", &["crm"]),
        ];
        for (word, expected) in cases {
            assert_eq!(inflection_stems(word), expected, "{word}");
        }
        assert!(inflects("ועדה", "ועדת"));
        assert!(inflects("מדדימ", "מדדי"));
        assert!(!inflects("ארגונ", "ארגז"));
    }

    #[test]
    fn lists_deletions() {
        let keys = |w: &str| -> Vec<String> { deletions(w).into_iter().map(|d| d.2).collect() };
        assert_eq!(keys("אבב"), ["בב", "אב", "אב"]);
        assert_eq!(deletions("ab")[1], (1, 'b', "a".to_string()));
    }

    #[test]
    fn keeps_word_ranges_on_the_original_text() {
        let text = "בְּרֵאשִׁית, מנכ״ל רב־מגזרי 'שלום' a-";
        let found: Vec<&str> = words(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["בְּרֵאשִׁית", "מנכ״ל", "רב־מגזרי", "שלום", "a"]);
    }
}
