//! The files a build produces, held in memory until the one writer puts them on disk.

/// One file of the built site: a path relative to the output root (forward slashes) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative to the output folder, forward slashes: `articles/x/index.html`.
    pub path: String,
    /// The file's contents.
    pub bytes: Vec<u8>,
}

impl OutputFile {
    /// An HTML page, the feed or the sitemap: text that must be well-formed, so the characters
    /// XML 1.0 forbids are taken out (see `without_forbidden_xml`).
    pub fn markup(path: String, bytes: Vec<u8>) -> OutputFile {
        OutputFile {
            path,
            bytes: without_forbidden_xml(bytes),
        }
    }
}

/// `bytes` (UTF-8) without the characters XML 1.0 forbids, which make a feed unreadable and an
/// HTML page invalid: a vertical tab or form feed (a word processor's soft line or page break)
/// becomes a space, so the words on each side stay apart; the other C0 controls (NUL included)
/// but tab, newline and carriage return, and the non-characters U+FFFE and U+FFFF, are dropped.
pub fn without_forbidden_xml(bytes: Vec<u8>) -> Vec<u8> {
    if !(0..bytes.len()).any(|at| forbidden_len(&bytes, at) > 0) {
        return bytes;
    }
    let mut clean = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        match forbidden_len(&bytes, at) {
            0 => {
                clean.push(bytes[at]);
                at += 1;
            }
            len => {
                if matches!(bytes[at], 0x0b | 0x0c) {
                    clean.push(b' ');
                }
                at += len;
            }
        }
    }
    clean
}

/// The length in bytes of a forbidden character starting at `at`, or 0. Works on bytes: in
/// UTF-8 a byte below 0x20 is always a character of its own, and 0xEF always starts one.
fn forbidden_len(bytes: &[u8], at: usize) -> usize {
    match bytes[at] {
        b'\t' | b'\n' | b'\r' => 0,
        0..0x20 => 1,
        0xef if matches!(bytes.get(at + 1..at + 3), Some([0xbf, 0xbe | 0xbf])) => 3,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str) -> String {
        String::from_utf8(without_forbidden_xml(text.as_bytes().to_vec())).unwrap()
    }

    #[test]
    fn forbidden_characters_are_taken_out() {
        assert_eq!(clean("שורה\u{b}רכה\u{c}דף"), "שורה רכה דף");
        assert_eq!(clean("a\0b\u{1}c\u{1f}d\u{fffe}e\u{ffff}f"), "abcdef");
        let allowed = "טאב\tשורה\nחזרה\r\u{fffd}\u{fffc}\u{10ffff}\u{7f}";
        assert_eq!(clean(allowed), allowed);
    }
}
