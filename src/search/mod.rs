//! The search index: the Hebrew analyser and the split index files the browser script loads.

use crate::output::OutputFile;

/// What the index needs of one published item. Borrowed from the library; built once per build.
#[derive(Debug, Clone)]
pub struct SearchDoc<'a> {
    /// Page path, e.g. `/articles/backbone-roles/`.
    pub url: &'a str,
    pub title: &'a str,
    /// Type key (folder), e.g. `articles`.
    pub type_key: &'a str,
    /// Tag keys from the controlled vocabulary.
    pub tags: &'a [String],
    /// `YYYY-MM-DD`.
    pub date: &'a str,
    pub summary: &'a str,
    /// Text of the h1-h6 headings in the body, in order.
    pub headings: &'a [String],
    /// The body as plain text (no markup), paragraphs separated by newlines.
    pub body_text: &'a str,
}

/// Builds the index files, all under `search/` in the output folder. Deterministic.
pub fn build_index(docs: &[SearchDoc<'_>]) -> Vec<OutputFile> {
    let _ = docs;
    Vec::new()
}
