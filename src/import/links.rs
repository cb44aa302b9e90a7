//! Old addresses read against the plan: a link to another post (permalink, relative, Hebrew
//! percent-encoded, `?p=ID`, `?page_id=ID`) becomes its `@/` link; a file under
//! `wp-content/uploads/` is found in `--uploads` and kept at the same path in `static/`, so
//! old links to files keep working too.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::import::html::Addresses;
use crate::import::markup::decode_entities;
use crate::import::plan::{Plan, old_path, path_of, percent_decode};
use crate::output::check_path;

/// Where uploaded files sit in the new site (under `static/`) and in its URLs.
pub const UPLOADS: &str = "wp-content/uploads/";

/// Resolves the addresses of one post's body, noting the files it needs.
pub struct Resolver<'a> {
    /// The plan with every post's new place.
    pub plan: &'a Plan,
    /// The old site's address (`https://example.org`), for relative addresses kept.
    pub site: &'a str,
    /// The old site's host, to tell its links from others.
    pub host: &'a str,
    /// `--uploads DIR`.
    pub uploads: Option<&'a Path>,
    /// Files to copy, relative to `uploads`.
    pub copied: BTreeSet<String>,
    /// Uploaded files not found, as addressed.
    pub missing: Vec<String>,
    /// Links to drafts, left as they were.
    pub drafts_linked: Vec<String>,
    /// Links to another post whose `#anchor` was left out: kb's headings have ids of their own.
    pub anchors_dropped: Vec<String>,
}

impl Resolver<'_> {
    /// Whether `address` is on the old site: relative, or on its host.
    fn on_site(&self, address: &str) -> bool {
        match address.split_once("://") {
            Some((_, rest)) => {
                let host = rest.split(['/', '?', '#']).next().unwrap_or("");
                host.trim_start_matches("www.") == self.host.trim_start_matches("www.")
            }
            None => !address.starts_with("//") && !address.contains(':'),
        }
    }

    /// The post an old address leads to: by `?p=`/`?page_id=` or by its path.
    fn post_of(&self, address: &str) -> Option<usize> {
        let path = path_of(address);
        if let Some((_, query)) = path.split_once('?') {
            let id = query
                .split(['&', '#'])
                .find_map(|pair| {
                    pair.strip_prefix("p=")
                        .or_else(|| pair.strip_prefix("page_id="))
                })
                .and_then(|id| id.parse().ok())?;
            return self.plan.by_id.get(&id).copied();
        }
        let path = old_path(address, &self.plan.base_path)?;
        self.plan.by_path.get(&path).copied()
    }

    /// The file under `--uploads` for an uploaded file's address, trying the full-size file
    /// when a resized one (`x-300x200.jpg`) is not there.
    fn upload_of(&self, address: &str) -> Option<Option<String>> {
        let path = path_of(address);
        let at = path.find(UPLOADS)?;
        let relative = percent_decode(path[at + UPLOADS.len()..].split(['?', '#']).next()?);
        if check_path(&format!("{UPLOADS}{relative}")).is_err() {
            return Some(None);
        }
        let uploads = self.uploads?;
        let found = [Some(relative.clone()), full_size(&relative)]
            .into_iter()
            .flatten()
            .find(|candidate| is_plain_file(uploads, candidate));
        Some(found)
    }

    fn upload(&mut self, address: &str) -> Option<String> {
        match self.upload_of(address) {
            None if address.contains(UPLOADS) => self.missed(address),
            None => None,
            Some(None) => self.missed(address),
            Some(Some(relative)) => {
                let url = format!("/{UPLOADS}{relative}");
                self.copied.insert(relative);
                Some(url)
            }
        }
    }

    fn missed(&mut self, address: &str) -> Option<String> {
        self.missing.push(address.to_string());
        (!address.contains("://")).then(|| format!("{}{}", self.site, address))
    }
}

impl Addresses for Resolver<'_> {
    fn link(&mut self, href: &str) -> Option<String> {
        let href = decode_entities(href);
        if !self.on_site(&href) || href.starts_with('#') {
            return None;
        }
        if href.contains(UPLOADS) {
            return self.upload(&href);
        }
        let target = self.post_of(&href)?;
        let post = &self.plan.posts[target];
        if post.draft {
            self.drafts_linked.push(href);
            return None;
        }
        if href.contains('#') {
            self.anchors_dropped.push(href.clone());
        }
        Some(format!("@/{}", post.link_key))
    }

    fn image(&mut self, src: &str) -> Option<String> {
        let src = decode_entities(src);
        if self.on_site(&src) || src.contains(UPLOADS) {
            self.upload(&src)
        } else {
            None
        }
    }
}

/// `a-300x200.jpg` → `a.jpg`: WordPress's resized copies name their original.
fn full_size(relative: &str) -> Option<String> {
    let (stem, ext) = relative.rsplit_once('.')?;
    let (base, size) = stem.rsplit_once('-')?;
    let (w, h) = size.split_once('x')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(w) && digits(h)).then(|| format!("{base}.{ext}"))
}

/// Whether `relative` is a regular file inside `uploads`: not a link, a device, or a file
/// reached through a linked folder that leads out (the folder is as untrusted as the export).
fn is_plain_file(uploads: &Path, relative: &str) -> bool {
    let path = uploads.join(relative);
    let inside = match (std::fs::canonicalize(uploads), std::fs::canonicalize(&path)) {
        (Ok(root), Ok(real)) => real.starts_with(root),
        _ => false,
    };
    inside && std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_file())
}

/// The file to copy for `relative`, and its path in the new site.
pub fn copy_paths(uploads: &Path, relative: &str) -> (PathBuf, String) {
    (
        uploads.join(relative),
        format!("static/{UPLOADS}{relative}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_files_inside_the_uploads_folder_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let uploads = dir.path().join("uploads");
        std::fs::create_dir_all(uploads.join("2021")).unwrap();
        std::fs::write(uploads.join("2021/a.jpg"), "x").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "x").unwrap();
        std::os::unix::fs::symlink(dir.path(), uploads.join("out")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), uploads.join("s.jpg")).unwrap();
        assert!(is_plain_file(&uploads, "2021/a.jpg"));
        assert!(!is_plain_file(&uploads, "out/secret.txt"));
        assert!(!is_plain_file(&uploads, "s.jpg"));
        assert!(!is_plain_file(&uploads, "2021"));
    }

    #[test]
    fn resized_images_name_their_original() {
        assert_eq!(
            full_size("2020/05/map-300x200.jpg"),
            Some("2020/05/map.jpg".into())
        );
        assert_eq!(full_size("2020/05/map-x.jpg"), None);
    }
}
