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
    /// Where in `x` each section's text starts, with the section's heading id and title.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    s: Vec<Mark<'a>>,
}

/// A section start in the excerpt text: the offset in UTF-16 code units (as the browser indexes
/// strings), the heading's title, and its id unless the id is the title with hyphens for spaces
/// (most are: a doc file is fetched per result, and ids would double the marks' size).
#[derive(Serialize, Debug, PartialEq)]
#[serde(untagged)]
enum Mark<'a> {
    Plain(usize, &'a str),
    Named(usize, &'a str, &'a str),
}

impl<'a> Mark<'a> {
    fn new(offset: usize, section: &'a crate::markdown::Section) -> Self {
        match section.title.replace(' ', "-") == section.id {
            true => Mark::Plain(offset, &section.title),
            false => Mark::Named(offset, &section.title, &section.id),
        }
    }
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
/// body sentences chosen for excerpts (`sentences`, byte ranges into the body), one per line;
/// and where in that text each section of the body starts.
fn excerpt_source<'a>(doc: &SearchDoc<'a>, sentences: &[Range<usize>]) -> (String, Vec<Mark<'a>>) {
    let body = doc.body_text;
    // Each part with its byte offset in the body (none for the summary).
    let mut parts: Vec<(&str, Option<usize>)> = Vec::new();
    match doc.summary.trim() {
        "" if sentences
            .first()
            .is_some_and(|r| body[..r.start].trim().is_empty()) => {}
        "" => parts.push((truncate(body.trim(), EXCERPT_CHARS), None)),
        summary => parts.push((summary, None)),
    }
    for range in sentences {
        let raw = &body[range.clone()];
        let sentence = raw.trim();
        if !sentence.is_empty() && !parts.iter().any(|part| part.0.contains(sentence)) {
            let start = range.start + (raw.len() - raw.trim_start().len());
            parts.push((sentence, Some(start)));
        }
    }
    let (mut text, mut marks, mut at) = (String::new(), Vec::new(), 0);
    let mut current: Option<usize> = None;
    for (i, (part, start)) in parts.iter().enumerate() {
        if i > 0 {
            text.push('\n');
            at += 1;
        }
        if let Some(start) = *start {
            let end = start + part.len();
            for (k, section) in doc.sections.iter().enumerate() {
                let inside = section.start > start && section.start < end;
                let opens = section.start <= start
                    && doc
                        .sections
                        .get(k + 1)
                        .is_none_or(|next| next.start > start);
                if (opens && current != Some(k)) || inside {
                    let offset = at
                        + part[..section.start.max(start) - start]
                            .encode_utf16()
                            .count();
                    marks.push(Mark::new(offset, section));
                    current = Some(k);
                }
            }
        }
        text.push_str(part);
        at += part.encode_utf16().count();
    }
    (text, marks)
}

/// The JSON file of one doc.
pub fn fragment(doc: &SearchDoc<'_>, sentences: &[Range<usize>]) -> Vec<u8> {
    let (x, s) = excerpt_source(doc, sentences);
    let fragment = Fragment {
        u: doc.url,
        t: doc.title,
        y: doc.type_key,
        g: doc.tags,
        d: doc.date,
        x,
        s,
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
            sections: &[],
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
            let got = excerpt_source(&doc(summary, body, &[]), sentences).0;
            assert_eq!(got, expected, "{summary:?} {sentences:?}");
        }
    }

    #[test]
    fn marks_where_each_section_starts_in_the_excerpt_text() {
        let body = "פתיחה.\nשיטה\nנדיר מאוד.\nסיכום\nסוף.\n";
        let section = |title: &str, id: &str| crate::markdown::Section {
            start: body.find(title).unwrap(),
            id: id.to_string(),
            title: title.to_string(),
        };
        let sections = [section("שיטה", "id-שיטה"), section("סיכום", "סיכום")];
        let with = |summary| SearchDoc {
            sections: &sections,
            ..doc(summary, body, &[])
        };
        let whole = excerpt_source(&with(""), std::slice::from_ref(&(0..body.len())));
        assert_eq!(whole.0, body.trim());
        let at = |text: &str| {
            body.trim()
                .find(text)
                .map(|b| body[..b].encode_utf16().count())
        };
        let expected = vec![
            Mark::Named(at("שיטה").unwrap(), "שיטה", "id-שיטה"),
            Mark::Plain(at("סיכום").unwrap(), "סיכום"),
        ];
        assert_eq!(whole.1, expected);
        let json = serde_json::to_string(&whole.1).unwrap();
        assert_eq!(
            json, r#"[[7,"שיטה","id-שיטה"],[23,"סיכום"]]"#,
            "no id that the title gives"
        );
        let start = body.find("נדיר").unwrap();
        let sentence = start..start + "נדיר מאוד.".len();
        let one = excerpt_source(&with("תקציר"), std::slice::from_ref(&sentence));
        assert_eq!(one.0, "תקציר\nנדיר מאוד.");
        assert_eq!(
            one.1,
            vec![Mark::Named(6, "שיטה", "id-שיטה")],
            "the section the sentence is in"
        );
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
