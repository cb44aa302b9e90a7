//! The Hebrew analyser: text to search tokens, identical at index time and (in `search.js`)
//! at query time; `tests/search_vectors.tsv` holds the cases both implementations must pass.
//!
//! Three pure steps. [`words`] finds words in the original text (niqqud, geresh inside a
//! word and maqaf compounds stay in one word) and keeps their byte ranges for excerpts.
//! [`normalise`] turns one word into matching form: niqqud, cantillation and Latin diacritics
//! removed, quotes dropped, Latin lower-cased, final letters folded, compounds split into their
//! parts. [`strips`] finds the base words behind Hebrew prefixes, but only those the site uses
//! (the lexicon), so משה stays משה unless שה is a word of the site.

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
    pub text: String,
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
    let mut i = 0;
    while i < text.len() {
        let (c, width) = char_at(text, i);
        i += width;
        if !is_word_char(c) {
            continue;
        }
        let start = i - width;
        let mut prev = c;
        while i < text.len() {
            // Fast path for the common characters; `prev` only needs to be a letter or a digit.
            match text.as_bytes()[i] {
                b'a'..=b'z' | b'A'..=b'Z' => (prev, i) = ('a', i + 1),
                b'0'..=b'9' => (prev, i) = ('0', i + 1),
                0xD7 if matches!(text.as_bytes().get(i + 1), Some(0x90..=0xAA)) => {
                    (prev, i) = ('א', i + 2)
                }
                b' ' => break,
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
        out.push(start..i);
    }
    out
}

/// One part of a word in matching form (no hyphens inside).
fn normalise_part(part: &str) -> String {
    let plain = part
        .chars()
        .all(|c| is_hebrew_letter(c) || c.is_ascii_lowercase() || c.is_ascii_digit());
    if plain {
        return part.chars().map(fold_final).collect();
    }
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
}

/// Whether `p` is a chain of Hebrew prefixes: ו? then ש/כש/לכש/מש? then ה/ב/כ/ל/מ/מה?
pub fn is_prefix(p: &str) -> bool {
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

/// The base words behind the prefixes of `token` that the lexicon knows, longest first.
pub fn strips(token: &str, lexicon: &dyn Fn(&str) -> bool) -> Vec<String> {
    if !token.starts_with(is_hebrew_letter) {
        return Vec::new();
    }
    let count = token.chars().count();
    token
        .char_indices()
        .skip(1)
        .take(MAX_PREFIX_CHARS.min(count.saturating_sub(MIN_BASE_CHARS)))
        .filter(|&(at, _)| is_prefix(&token[..at]) && lexicon(&token[at..]))
        .map(|(at, _)| token[at..].to_string())
        .collect()
}

/// A word's tokens in index order: the whole, its bases, then each part and its bases.
pub fn word_tokens(word: &Word, lexicon: &dyn Fn(&str) -> bool) -> Vec<Token> {
    let mut out = Vec::new();
    for form in std::iter::once(&word.whole).chain(&word.parts) {
        out.push(Token {
            text: form.clone(),
            stripped: false,
        });
        out.extend(strips(form, lexicon).into_iter().map(|text| Token {
            text,
            stripped: true,
        }));
    }
    out
}

/// All tokens of `text`, in order. The index and the shared test vectors use this.
pub fn analyse(text: &str, lexicon: &dyn Fn(&str) -> bool) -> Vec<Token> {
    words(text)
        .into_iter()
        .filter_map(|r| normalise(&text[r]))
        .flat_map(|w| word_tokens(&w, lexicon))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEXICON: &[&str] = &[
        "ארגונ",
        "הארגונ",
        "מדדימ",
        "המדדימ",
        "שולחנ",
        "שה",
        "רב",
        "מגזרי",
        "ביטוח",
        "לכ",
    ];

    fn lexicon(w: &str) -> bool {
        LEXICON.contains(&w)
    }

    fn render(text: &str) -> String {
        let tokens = analyse(text, &lexicon);
        let shown: Vec<String> = tokens
            .iter()
            .map(|t| {
                if t.stripped {
                    format!("~{}", t.text)
                } else {
                    t.text.clone()
                }
            })
            .collect();
        shown.join(" ")
    }

    #[test]
    fn analyses_hebrew_cases() {
        let cases = [
            ("ארגון", "ארגונ"),
            ("והארגון", "והארגונ ~הארגונ ~ארגונ"),
            ("בארגון", "בארגונ ~ארגונ"),
            ("לכשהארגון", "לכשהארגונ ~הארגונ ~ארגונ"),
            ("והמדדים", "והמדדימ ~המדדימ ~מדדימ"),
            ("משה", "משה ~שה"),
            ("ביטוח", "ביטוח"),
            ("הביטוח", "הביטוח ~ביטוח"),
            ("בלכ", "בלכ ~לכ"),
            ("שִׁיתּוּף", "שיתופ"),
            ("מנכ״ל מנכ\"ל מנכל", "מנכל מנכל מנכל"),
            ("רב־מגזרי", "רבמגזרי רב מגזרי"),
            ("רב-מגזרי", "רבמגזרי רב מגזרי"),
            ("ה-backbone", "backbone"),
            ("כ-84%", "84"),
            ("Café FSG", "cafe fsg"),
            ("3.5 1,000 2011.", "3.5 1000 2011"),
            ("ג'ירפה פרופ'", "גירפה פרופ"),
            ("אב", "אב"),
            ("הב", "הב"),
        ];
        for (input, expected) in cases {
            assert_eq!(render(input), expected, "input {input:?}");
        }
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
    fn keeps_word_ranges_on_the_original_text() {
        let text = "בְּרֵאשִׁית, מנכ״ל רב־מגזרי 'שלום' a-";
        let found: Vec<&str> = words(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["בְּרֵאשִׁית", "מנכ״ל", "רב־מגזרי", "שלום", "a"]);
    }
}
