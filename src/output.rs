//! The files a build produces, the sink they go to (held in memory until the one writer puts
//! them on disk), the name of the writer's marker, and the
//! one rule every output path obeys (`check_path`): plain relative names that stay inside the
//! output folder on every system the site may be built or served on.

use crate::hebrew::is_bidi_control;
use crate::i18n::Text;
use crate::t;

/// Where rendered files go: a staging folder on disk, or memory for `kb serve`. Called from one
/// thread, a batch at a time, so a sink needs no locks.
pub trait Sink {
    /// Takes a batch of files; an error stops the build.
    fn accept(&mut self, files: Vec<OutputFile>) -> anyhow::Result<()>;
}

/// The file that marks a folder as kb's output: what kb wrote there (see `write`).
pub const MARKER: &str = ".kb-output";

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

/// Why a path cannot be written in the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadPath {
    /// Empty, or an empty segment (`a//b`, a trailing `/`).
    Empty,
    /// Starts at the root (`/etc/x`) or a drive (`C:`).
    Absolute,
    /// A `.` or `..` segment, which leads elsewhere.
    Dots,
    /// A backslash: a folder separator on Windows, and a way out on a server that decodes it.
    Backslash,
    /// A control character (a new line, NUL, a bidi control...).
    Control(char),
    /// A character Windows does not allow in a file name (`<>:"|?*`).
    NotOnWindows(char),
    /// A name Windows keeps for devices (`CON`, `nul.txt`, `COM1`...).
    Device(String),
    /// A name ending in a dot or a space, which Windows silently drops.
    TrailingDot(String),
}

impl BadPath {
    /// What is wrong, in the author's language.
    pub fn message(&self) -> Text {
        match self {
            BadPath::Empty => t!("path-empty-segment"),
            BadPath::Absolute => t!("path-absolute"),
            BadPath::Dots => t!("path-dots"),
            BadPath::Backslash => t!("path-backslash"),
            BadPath::Control(c) => t!("path-control", code = format!("U+{:04X}", *c as u32)),
            BadPath::NotOnWindows(c) => t!("path-windows-char", char = c.to_string()),
            BadPath::Device(name) => t!("path-device", name = name),
            BadPath::TrailingDot(name) => t!("path-trailing-dot", name = name),
        }
    }
}

/// Checks that `path` (relative, forward slashes) is a path kb may write: every segment a plain
/// name, so joined to the output folder it stays inside it, on Linux, macOS and Windows alike.
pub fn check_path(path: &str) -> Result<(), BadPath> {
    if path.starts_with('/') || path.as_bytes().get(1) == Some(&b':') {
        return Err(BadPath::Absolute);
    }
    if let Some(c) = path.chars().find(|c| c.is_control() || is_bidi_control(*c)) {
        return Err(BadPath::Control(c));
    }
    if path.contains('\\') {
        return Err(BadPath::Backslash);
    }
    for segment in path.split('/') {
        check_segment(segment)?;
    }
    Ok(())
}

fn check_segment(segment: &str) -> Result<(), BadPath> {
    match segment {
        "" => return Err(BadPath::Empty),
        "." | ".." => return Err(BadPath::Dots),
        _ => {}
    }
    if let Some(c) = segment.chars().find(|c| "<>:\"|?*".contains(*c)) {
        return Err(BadPath::NotOnWindows(c));
    }
    if segment.ends_with(['.', ' ']) {
        return Err(BadPath::TrailingDot(segment.to_string()));
    }
    let stem = segment.split('.').next().unwrap_or(segment).trim_end();
    let device = matches!(
        stem.to_ascii_uppercase().as_str(),
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
    ) || (stem.len() == 4
        && ["COM", "LPT"]
            .iter()
            .any(|p| stem.get(..3).is_some_and(|s| s.eq_ignore_ascii_case(p)))
        && stem.as_bytes()[3].is_ascii_digit()
        && stem.as_bytes()[3] != b'0');
    if device {
        return Err(BadPath::Device(segment.to_string()));
    }
    Ok(())
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
    fn output_paths_are_plain_names_inside_the_folder() {
        for good in [
            "index.html",
            "articles/x/index.html",
            ".well-known/security.txt",
            "kb/fonts/heebo.woff2",
            "תמונות/מפה.png",
            "a b/c-d_e.f.txt",
            "console.txt",
            "com0.txt",
            // Four bytes, not four letters: no device name, and no panic.
            "uiנ.png",
        ] {
            assert_eq!(check_path(good), Ok(()), "{good}");
        }
        let bad = [
            ("", BadPath::Empty),
            ("a//b", BadPath::Empty),
            ("a/", BadPath::Empty),
            ("/etc/passwd", BadPath::Absolute),
            ("C:/x", BadPath::Absolute),
            ("../x", BadPath::Dots),
            ("a/../../x", BadPath::Dots),
            ("./a", BadPath::Dots),
            ("..\\..\\pwned.txt", BadPath::Backslash),
            ("a\nb", BadPath::Control('\n')),
            ("a\0b", BadPath::Control('\0')),
            ("\u{202e}gpj.exe", BadPath::Control('\u{202e}')),
            ("map:2.png", BadPath::NotOnWindows(':')),
            ("what?.html", BadPath::NotOnWindows('?')),
            ("x/NUL", BadPath::Device("NUL".into())),
            ("con.txt", BadPath::Device("con.txt".into())),
            ("LPT1.html", BadPath::Device("LPT1.html".into())),
            ("dir./x", BadPath::TrailingDot("dir.".into())),
            ("x ", BadPath::TrailingDot("x ".into())),
        ];
        for (path, why) in bad {
            assert_eq!(check_path(path), Err(why), "{path:?}");
        }
    }

    #[test]
    fn forbidden_characters_are_taken_out() {
        assert_eq!(clean("שורה\u{b}רכה\u{c}דף"), "שורה רכה דף");
        assert_eq!(clean("a\0b\u{1}c\u{1f}d\u{fffe}e\u{ffff}f"), "abcdef");
        let allowed = "טאב\tשורה\nחזרה\r\u{fffd}\u{fffc}\u{10ffff}\u{7f}";
        assert_eq!(clean(allowed), allowed);
    }
}
