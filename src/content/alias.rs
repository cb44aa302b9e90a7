//! `aliases = ["/old/path/"]`: the old addresses of an item or page, read into the site path
//! they answer and the output file that redirects from them. An alias is an output path like
//! any other, so it passes `output::check_path` (percent-encoded Hebrew decoded to UTF-8
//! folders, as servers decode a request before looking for the file).

use std::path::Path;

use crate::diagnostics::Diagnostic;
use crate::output::check_path;
use crate::t;

/// One old address of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// The site path, decoded, with the base path left out: `/old/path/` or `/old.html`.
    pub path: String,
    /// The redirect page's output file: `old/path/index.html` or `old.html`.
    pub file: String,
    /// The front matter line of `aliases`, for messages.
    pub line: Option<usize>,
}

/// Reads the `aliases` of `source`, written on `line`; every alias that is not a site path kb
/// can write is a problem.
pub(crate) fn read(
    source: &Path,
    line: Option<usize>,
    written: &[String],
) -> Result<Vec<Alias>, Vec<Diagnostic>> {
    let mut aliases = Vec::with_capacity(written.len());
    let mut problems = Vec::new();
    for alias in written {
        match file_of(alias) {
            Ok((path, file)) => aliases.push(Alias { path, file, line }),
            Err(why) => problems.push(
                Diagnostic::new(source, line, t!("alias-bad", alias = alias, why = why))
                    .with_hint(t!("alias-bad-hint")),
            ),
        }
    }
    if problems.is_empty() {
        Ok(aliases)
    } else {
        Err(problems)
    }
}

/// The decoded site path and the output file of `alias`, or what is wrong with it; the
/// importer asks it too before it writes an alias.
pub(crate) fn file_of(alias: &str) -> Result<(String, String), crate::i18n::Text> {
    let Some(relative) = alias
        .strip_prefix('/')
        .filter(|rest| !rest.starts_with('/'))
    else {
        return Err(t!("alias-not-site-path"));
    };
    if relative.contains(['?', '#']) {
        return Err(t!("alias-query"));
    }
    let decoded = percent_encoding::percent_decode_str(relative)
        .decode_utf8()
        .map_err(|_| t!("alias-not-utf8"))?;
    let lower = decoded.to_ascii_lowercase();
    let file = if decoded.is_empty() || decoded.ends_with('/') {
        format!("{decoded}index.html")
    } else if lower.ends_with(".html") || lower.ends_with(".htm") {
        decoded.to_string()
    } else {
        format!("{decoded}/index.html")
    };
    check_path(&file).map_err(|bad| bad.message())?;
    let path = format!("/{}", file.strip_suffix("index.html").unwrap_or(&file));
    Ok((path, file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_become_decoded_paths_and_files() {
        let cases = [
            ("/old/path/", "/old/path/", "old/path/index.html"),
            ("/old/path", "/old/path/", "old/path/index.html"),
            (
                "/2019/05/page.html",
                "/2019/05/page.html",
                "2019/05/page.html",
            ),
            ("/%d7%9b%d7%9c%d7%99/", "/כלי/", "כלי/index.html"),
            ("/מיפוי/", "/מיפוי/", "מיפוי/index.html"),
        ];
        for (alias, path, file) in cases {
            assert_eq!(file_of(alias), Ok((path.into(), file.into())), "{alias}");
        }
    }

    #[test]
    fn aliases_that_leave_the_output_are_refused() {
        for alias in [
            "old/",
            "//evil.example/",
            "/../x/",
            "/%2e%2e/x/",
            "/a/%2e%2e/%2e%2e/x",
            "/a%5cb/",
            "/x?p=1",
            "/CON/",
            "/%ff/",
            "/a//b/",
        ] {
            assert!(file_of(alias).is_err(), "{alias}");
        }
    }
}
