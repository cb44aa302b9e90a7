//! Splits the sorted term list into shards of bounded size, so a query fetches only the few
//! shards its words fall in. Shards are ranges of consecutive terms; the browser finds a term's
//! shard by binary search over each shard's separator (a short prefix of its first term).
//!
//! Terms are ordered by UTF-16 code units, the order of JavaScript's `<` on strings.

use std::cmp::Ordering;
use std::ops::Range;

/// A shard is closed before it grows past this many bytes (a single bigger term stays alone).
pub const TARGET_SHARD_BYTES: usize = 12 * 1024;

/// Compares two strings as JavaScript does (by UTF-16 code units). That is the UTF-8 byte order
/// except where a character beyond U+FFFF (a surrogate pair, D800-DFFF) meets one in
/// U+E000-U+FFFF, so only the first differing characters need a closer look.
pub fn js_cmp(a: &str, b: &str) -> Ordering {
    let Some(at) = a.bytes().zip(b.bytes()).position(|(x, y)| x != y) else {
        return a.len().cmp(&b.len());
    };
    let start = (0..=at).rev().find(|&i| a.is_char_boundary(i)).unwrap_or(0);
    let first_unit = |s: &str| s[start..].encode_utf16().next();
    first_unit(a).cmp(&first_unit(b))
}

/// Cuts terms (sorted, with their encoded sizes) into consecutive ranges of at most `target`
/// bytes each, except where one term alone is bigger.
pub fn partition(sizes: &[usize], target: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (i, &size) in sizes.iter().enumerate() {
        if i > start && bytes + size > target {
            out.push(start..i);
            start = i;
            bytes = 0;
        }
        bytes += size;
    }
    if start < sizes.len() {
        out.push(start..sizes.len());
    }
    out
}

/// The shortest prefix of `first` (whole characters) that sorts after `previous`.
pub fn separator<'a>(previous: &str, first: &'a str) -> &'a str {
    first
        .char_indices()
        .skip(1)
        .map(|(at, _)| &first[..at])
        .find(|prefix| js_cmp(prefix, previous) == Ordering::Greater)
        .unwrap_or(first)
}

/// Separators as one string, each written as the number of characters it shares with the one
/// before (0-9) and the rest, space-separated: `0אבג 2ד` for אבג, אבד.
pub fn front_code(separators: &[&str]) -> String {
    let mut out = Vec::with_capacity(separators.len());
    let mut previous = "";
    for sep in separators {
        let shared = previous
            .chars()
            .zip(sep.chars())
            .take_while(|(a, b)| a == b)
            .count()
            .min(9);
        let rest: String = sep.chars().skip(shared).collect();
        out.push(format!("{shared}{rest}"));
        previous = sep;
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partitions_by_size() {
        type Case = (&'static [usize], Vec<Range<usize>>);
        let cases: [Case; 4] = [
            (&[], vec![]),
            (&[4, 4, 4], vec![0..2, 2..3]),
            (&[20, 1, 1], vec![0..1, 1..3]),
            (&[5, 5, 5, 5], vec![0..2, 2..4]),
        ];
        for (sizes, expected) in cases {
            assert_eq!(partition(sizes, 10), expected, "{sizes:?}");
        }
    }

    #[test]
    fn finds_short_separators() {
        let cases = [
            ("אבג", "אד", "אד"),
            ("אבג", "אבד", "אבד"),
            ("אב", "אבא", "אבא"),
            ("ת", "תא", "תא"),
            ("a", "bcd", "b"),
        ];
        for (previous, first, expected) in cases {
            assert_eq!(separator(previous, first), expected, "{previous} {first}");
        }
    }

    #[test]
    fn front_codes_separators() {
        let cases: [(&[&str], &str); 3] = [
            (&[], ""),
            (&["אבג", "אבד", "ב"], "0אבג 2ד 0ב"),
            (&["abcdefghijkl", "abcdefghijkm"], "0abcdefghijkl 9jkm"),
        ];
        for (seps, expected) in cases {
            assert_eq!(front_code(seps), expected, "{seps:?}");
        }
    }

    #[test]
    fn orders_like_javascript() {
        let words = [
            "",
            "a",
            "ab",
            "b",
            "אב",
            "אבא",
            "אבב",
            "\u{FFFD}",
            "\u{1F600}",
            "a\u{1F600}",
            "a\u{FFFD}",
            "\u{E000}x",
            "\u{10000}",
            "\u{7FF}",
            "\u{800}",
        ];
        for a in words {
            for b in words {
                let utf16 = a.encode_utf16().cmp(b.encode_utf16());
                assert_eq!(js_cmp(a, b), utf16, "{a:?} {b:?}");
            }
        }
        assert_eq!(js_cmp("\u{FFFD}", "\u{1F600}"), Ordering::Greater);
    }
}
