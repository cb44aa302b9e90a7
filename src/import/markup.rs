//! Small readers and writers of HTML text the importer needs around the full parse: where a
//! tag ends, an attribute's value, a fragment's plain text, the entities WordPress writes, and
//! text escaped for Markdown. A leaf: it imports nothing of the crate.

/// Where the tag opened at `at` ends (after its `>`), quotes respected.
pub fn tag_end(html: &str, at: usize) -> Option<usize> {
    let mut quote = None;
    for (i, c) in html[at..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(at + i + 1),
            _ => {}
        }
    }
    None
}

/// The value of `name="..."` (or single quotes) in a tag or a shortcode's attributes.
pub fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(found) = tag[from..].find(name) {
        let at = from + found;
        from = at + name.len();
        let before = tag[..at].chars().next_back();
        if before.is_some_and(|c| !c.is_whitespace() && c != '[') {
            continue;
        }
        let rest = tag[from..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let quote = rest.chars().next()?;
        let value = if quote == '"' || quote == '\'' {
            rest[1..].split(quote).next()?
        } else {
            rest.split([' ', '>', ']']).next()?
        };
        return Some(decode_entities(value));
    }
    None
}

/// The text of some HTML: tags out, entities decoded, white space collapsed.
pub fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    decode_entities(&text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The common HTML entities WordPress writes into titles and attributes.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| entity(&after[..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" | "#039" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        _ => return None,
    })
}

/// Text for an attribute value in double quotes.
pub fn attr_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// Text shown as written in Markdown: the characters Markdown or HTML would read escaped.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if "\\`*_[]<>#|!".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_entities_and_text() {
        let tag = "<img class='a' src=\"x.jpg?a=1&amp;b=2\" alt=\"מפה &quot;עירונית&quot;\">";
        assert_eq!(attribute(tag, "src").as_deref(), Some("x.jpg?a=1&b=2"));
        assert_eq!(attribute(tag, "alt").as_deref(), Some("מפה \"עירונית\""));
        assert_eq!(
            attribute("[gallery ids=\"1,2\"]", "ids").as_deref(),
            Some("1,2")
        );
        assert_eq!(attribute(tag, "rc"), None);
        assert_eq!(tag_end("<a title=\"x>y\">z", 0), Some(15));
        assert_eq!(
            plain_text("<p>א&nbsp;<em>ב</em></p>\n ג &#8211; ד"),
            "א ב ג – ד"
        );
        assert_eq!(decode_entities("a &unknown; b &amp"), "a &unknown; b &amp");
        assert_eq!(escape_markdown("[x] *y*"), "\\[x\\] \\*y\\*");
    }
}
