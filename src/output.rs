//! The files a build produces, held in memory until the one writer puts them on disk.

/// One file of the built site: a path relative to the output root (forward slashes) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}
