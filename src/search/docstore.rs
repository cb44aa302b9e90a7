//! What the browser shows of a result: one small JSON file per doc, fetched only for the results
//! on screen, and the facet bitsets it counts type and tag filters with.

use super::SearchDoc;
use serde::Serialize;
use std::ops::Range;

/// Characters of the body's opening that stand for a missing summary.
const EXCERPT_CHARS: usize = 200;

/// One doc's file, `search/d/<id>.json`. Short keys: the file is fetched per result.
#[derive(Serialize)]
struct Fragment<'a> {
    u: &'a str,
    t: &'a str,
    y: &'a str,
    g: &'a [String],
    d: &'a str,
    /// Text the excerpt is cut from, with niqqud as written.
    x: String,
}

/// At most `max` characters of `text`, cut at a space when there is one.
fn truncate(text: &str, max: usize) -> &str {
    let Some((end, _)) = text.char_indices().nth(max) else {
        return text;
    };
    let cut = text[..end].rfind(char::is_whitespace).unwrap_or(end);
    &text[..cut]
}

/// The summary (or, unless the first sentence is chosen, the opening of the body), then the
/// body sentences chosen for excerpts (`sentences`, byte ranges into the body), one per line.
fn excerpt_source(doc: &SearchDoc<'_>, sentences: &[Range<usize>]) -> String {
    let body = doc.body_text;
    let mut parts: Vec<&str> = Vec::new();
    match doc.summary.trim() {
        "" if sentences
            .first()
            .is_some_and(|r| body[..r.start].trim().is_empty()) => {}
        "" => parts.push(truncate(body.trim(), EXCERPT_CHARS)),
        summary => parts.push(summary),
    }
    for range in sentences {
        let sentence = body[range.clone()].trim();
        if !sentence.is_empty() && !parts.iter().any(|part| part.contains(sentence)) {
            parts.push(sentence);
        }
    }
    parts.join("\n")
}

/// The JSON file of one doc.
pub fn fragment(doc: &SearchDoc<'_>, sentences: &[Range<usize>]) -> Vec<u8> {
    let fragment = Fragment {
        u: doc.url,
        t: doc.title,
        y: doc.type_key,
        g: doc.tags,
        d: doc.date,
        x: excerpt_source(doc, sentences),
    };
    serde_json::to_vec(&fragment).expect("a struct of strings serialises")
}

/// One bitset of all docs per facet value: each type key, then each tag key, in the given order.
pub fn facets(
    docs: &[SearchDoc<'_>],
    types: &[(String, String)],
    tags: &[(String, String)],
) -> Vec<u8> {
    let width = docs.len().div_ceil(8);
    let mut out = vec![0u8; width * (types.len() + tags.len())];
    for (id, doc) in docs.iter().enumerate() {
        let mut set = |row: usize| out[row * width + id / 8] |= 1 << (id % 8);
        if let Some(row) = types.iter().position(|t| t.0 == doc.type_key) {
            set(row);
        }
        for tag in doc.tags {
            if let Some(row) = tags.iter().position(|t| t.0 == *tag) {
                set(types.len() + row);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc<'a>(summary: &'a str, body: &'a str, tags: &'a [String]) -> SearchDoc<'a> {
        SearchDoc {
            url: "/a/b/",
            title: "<script>",
            type_key: "tools",
            type_name: "כלי",
            tags,
            tag_names: &[],
            date: "2024-01-01",
            summary,
            headings: &[],
            body_text: body,
        }
    }

    #[test]
    fn cuts_excerpt_sources() {
        let long = "מילה ".repeat(200);
        let body = "פתיחה. אמצע. נדיר מאוד. סוף";
        let cases: [(&str, &str, &[Range<usize>], String); 6] = [
            ("", "גוף קצר", &[], "גוף קצר".to_string()),
            ("תקציר", "", &[], "תקציר".to_string()),
            ("תקציר", body, &[], "תקציר".to_string()),
            (
                "תקציר",
                body,
                &[Range { start: 22, end: 41 }],
                "תקציר\nנדיר מאוד.".to_string(),
            ),
            ("", body, &[0..12, 22..41], "פתיחה.\nנדיר מאוד.".to_string()),
            (
                "",
                &long,
                &[],
                "מילה ".repeat(EXCERPT_CHARS / 5).trim_end().to_string(),
            ),
        ];
        for (summary, body, sentences, expected) in cases {
            let got = excerpt_source(&doc(summary, body, &[]), sentences);
            assert_eq!(got, expected, "{summary:?} {sentences:?}");
        }
    }

    #[test]
    fn writes_fragments_as_json() {
        let tags = ["backbone".to_string()];
        let json = String::from_utf8(fragment(&doc("", "גוף", &tags), &[])).unwrap();
        let expected = r#"{"u":"/a/b/","t":"<script>","y":"tools","g":["backbone"],"d":"2024-01-01","x":"גוף"}"#;
        assert_eq!(json, expected);
    }

    #[test]
    fn sets_facet_bits() {
        let tags = ["b".to_string()];
        let docs: Vec<SearchDoc> = (0..9)
            .map(|i| doc("", "", if i % 4 == 0 { &tags } else { &[] }))
            .collect();
        let names = |keys: &[&str]| -> Vec<(String, String)> {
            keys.iter()
                .map(|k| (k.to_string(), String::new()))
                .collect()
        };
        let bits = facets(&docs, &names(&["articles", "tools"]), &names(&["a", "b"]));
        assert_eq!(bits, [0, 0, 0xFF, 1, 0, 0, 0b0001_0001, 1]);
    }
}
