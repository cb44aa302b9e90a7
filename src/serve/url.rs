//! Request paths to output paths, and output paths to Content-Types. The checks here keep every
//! request inside the built site: no `..`, no encoded slashes, no backslashes or NUL. Pure, so the
//! rules are unit-tested without a server.

use std::fmt;

use percent_encoding::percent_decode_str;

/// Why a request path was refused (answered with 400).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadPath(&'static str);

impl fmt::Display for BadPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad request path: {}", self.0)
    }
}

/// The output file a raw (percent-encoded) request path names: `/` → `index.html`,
/// `/articles/x/` → `articles/x/index.html`, `/atom.xml` → `atom.xml`. A path without a
/// trailing slash maps to itself (`/articles/x` → `articles/x`): the caller decides whether
/// that is a file or a folder to redirect to.
pub fn output_path(raw: &str) -> Result<String, BadPath> {
    let lower = raw.to_ascii_lowercase();
    if lower.contains("%2f") || lower.contains("%5c") {
        return Err(BadPath("encoded slashes are not allowed"));
    }
    let decoded = percent_decode_str(raw)
        .decode_utf8()
        .map_err(|_| BadPath("the path is not UTF-8"))?;
    if decoded.contains(['\\', '\0']) {
        return Err(BadPath("backslashes and NUL are not allowed"));
    }
    let relative = decoded
        .strip_prefix('/')
        .ok_or(BadPath("the path must start with /"))?;
    if relative
        .split('/')
        .any(|segment| segment == ".." || segment == ".")
    {
        return Err(BadPath("`.` and `..` segments are not allowed"));
    }
    if relative.is_empty() || relative.ends_with('/') {
        Ok(format!("{relative}index.html"))
    } else {
        Ok(relative.to_string())
    }
}

/// The Content-Type for an output path, by extension; text types carry `charset=utf-8`.
pub fn content_type(path: &str) -> &'static str {
    let extension = path
        .rsplit_once('.')
        .map(|(_, extension)| extension.to_ascii_lowercase());
    match extension.as_deref().unwrap_or("") {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "txt" | "md" => "text/plain; charset=utf-8",
        "yml" | "yaml" => "text/yaml; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml; charset=utf-8",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "pdf" => "application/pdf",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "mp3" => "audio/mpeg",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_urls_to_output_files() {
        let cases = [
            ("/", "index.html"),
            ("/articles/", "articles/index.html"),
            ("/articles/x/", "articles/x/index.html"),
            ("/articles/x", "articles/x"),
            ("/atom.xml", "atom.xml"),
            ("/tags/%D7%90/", "tags/א/index.html"),
            ("/a%20b.txt", "a b.txt"),
        ];
        for (raw, expected) in cases {
            assert_eq!(output_path(raw).as_deref(), Ok(expected), "{raw}");
        }
    }

    #[test]
    fn refuses_paths_that_could_leave_the_site() {
        let cases = [
            "/../Cargo.toml",
            "/a/../../etc/passwd",
            "/%2e%2e/x",
            "/%2E%2E/x",
            "/.%2e/x",
            "/a%2fb",
            "/a%2Fb",
            "/..%5c",
            "/a%5Cb",
            "/a\\b",
            "/a%00b",
            "/./x",
            "/%ff",
            "relative",
        ];
        for raw in cases {
            assert!(output_path(raw).is_err(), "{raw} was accepted");
        }
    }

    #[test]
    fn text_types_carry_utf8() {
        for path in [
            "index.html",
            "kb/style.css",
            "kb/kb.js",
            "search/d/0.json",
            "atom.xml",
            "robots.txt",
            "kb/favicon.svg",
        ] {
            assert!(content_type(path).ends_with("; charset=utf-8"), "{path}");
        }
        assert_eq!(content_type("kb/fonts/heebo.woff2"), "font/woff2");
        assert_eq!(content_type("search/s/0.bin"), "application/octet-stream");
        assert_eq!(content_type("IMG.JPG"), "image/jpeg");
    }
}
