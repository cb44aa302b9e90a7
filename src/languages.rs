//! Language codes and the names authors write instead of them (`עברית`, `Hebrew`): which codes
//! kb knows by name, and the code meant by a name. A leaf: config, messages and hints ask it.

/// Language codes kb suggests for a name it cannot read as one, by what authors write.
const LANGUAGES: [(&str, &[&str]); 6] = [
    ("he", &["עברית", "hebrew", "heb", "iw", "ivrit"]),
    ("ar", &["ערבית", "arabic", "ara", "عربي", "العربية"]),
    ("en", &["אנגלית", "english", "eng"]),
    ("ru", &["רוסית", "russian", "rus"]),
    ("am", &["אמהרית", "amharic", "amh"]),
    ("fr", &["צרפתית", "french", "fra"]),
];

/// A BCP 47-shaped code (`he`, `en-US`): two or three lower-case letters, then subtags.
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The code of a language written by its name (`עברית`, `Hebrew`), when kb knows the name.
pub fn language_of_name(written: &str) -> Option<&'static str> {
    let lower = written.trim().to_lowercase();
    LANGUAGES
        .iter()
        .find(|(_, names)| names.contains(&lower.as_str()))
        .map(|(code, _)| *code)
}

/// The code meant by a language written as a name (`עברית`, `Hebrew`), or the nearest code.
pub fn nearest_language(written: &str) -> &'static str {
    let lower = written.trim().to_lowercase();
    language_of_name(written)
        .or_else(|| crate::spelling::nearest(&lower, LANGUAGES.iter().map(|(c, _)| *c)))
        .unwrap_or("he")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_names_point_to_their_codes() {
        assert_eq!(nearest_language("עברית"), "he");
        assert_eq!(nearest_language("Arabic"), "ar");
        assert_eq!(nearest_language("Hebrew"), "he");
        assert_eq!(nearest_language("ra"), "ar");
        assert!(is_language_code("he") && is_language_code("en-US"));
        assert!(!is_language_code("עברית") && !is_language_code("Hebrew"));
    }
}
